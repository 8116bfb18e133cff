//! The application state every node builds at start and every request, job and command
//! shares: the database, keys, configuration, templates, messages, object store and mail
//! relay. It lives outside the HTTP layer so that the job worker, reports, storage and auth
//! need not import `web`.

use actix_web::web;

use crate::auth::actor::CookieNames;
use crate::auth::keys::Keys;
use crate::config::Config;
use crate::db::Db;
use crate::error::AppError;
use crate::i18n::I18n;

pub(crate) mod assets {
    include!(concat!(env!("OUT_DIR"), "/assets.rs"));
}

pub struct AppState {
    pub db: Db,
    pub keys: Keys,
    pub config: Config,
    pub cookies: CookieNames,
    pub templates: tera::Tera,
    pub i18n: I18n,
    pub storage: crate::storage::Storage,
    /// The SMTP relay, when configured.
    pub mailer: Option<std::sync::Arc<crate::mail::smtp::Mailer>>,
    /// Wakes this node's job worker when work was queued here.
    pub jobs_wake: std::sync::Arc<tokio::sync::Notify>,
    /// The people this node has authenticated (`auth::cache`), kept current by the
    /// database's change notices.
    pub auth_cache: std::sync::Arc<crate::auth::cache::AuthCache>,
    /// The order list pages this node has answered (`orders::cache`), kept current the same
    /// way.
    pub order_lists: std::sync::Arc<crate::orders::cache::ListCache>,
    /// What the PostgreSQL listener tells (both caches); held here because the listener
    /// holds it weakly and stops when it is dropped.
    _heard: Option<std::sync::Arc<dyn crate::db::listener::Subscriber>>,
}

impl AppState {
    pub fn new(db: Db, keys: Keys, config: Config) -> Result<Self, crate::error::StartError> {
        let i18n = I18n::load();
        let mut templates = tera::Tera::default();
        let sources: Vec<(String, String)> = assets::TEMPLATES
            .iter()
            .map(|(name, bytes)| {
                (
                    name.to_string(),
                    String::from_utf8_lossy(bytes).into_owned(),
                )
            })
            .collect();
        templates.add_raw_templates(sources).map_err(|e| {
            crate::error::StartError::Other(format!("templates: {}", AppError::from(e)))
        })?;
        templates.register_function("t", i18n.clone());
        templates.register_function("asset", crate::web::assets::tera_function);
        let errors = i18n.clone();
        // `{{ error | err(lang=lang) }}`: an error message in the reader's language.
        templates.register_filter(
            "err",
            move |value: &tera::Value, args: &FilterArgs| -> tera::Result<tera::Value> {
                let english = value.as_str().unwrap_or_default();
                Ok(tera::Value::String(
                    errors.error_text(lang_arg(args), english),
                ))
            },
        );
        templates.register_filter("when", when);
        templates.register_filter("filesize", filesize);
        templates.register_filter("day", day);
        templates.register_filter("num", num);
        templates.autoescape_on(vec![".html"]);
        let storage = crate::storage::Storage::open(&config.storage, &config.s3)?
            .sent_by_proxy(config.accel_redirect.as_deref());
        let mailer = match &config.smtp {
            Some(c) => Some(std::sync::Arc::new(crate::mail::smtp::Mailer::new(c)?)),
            None => None,
        };
        let auth_cache = crate::auth::cache::AuthCache::new();
        let order_lists = crate::orders::cache::ListCache::new(
            auth_cache.clone(),
            (config.list_cache_mb as usize) << 20,
        );
        let heard = match &config.database {
            crate::config::DatabaseUrl::Postgres(url) => {
                use crate::db::listener::{Fanout, Subscriber};
                // The lists first: the authentication cache decides whether
                // memory is trusted at all, so on reconnect the lists must be empty before
                // it trusts again.
                let subscriber: std::sync::Arc<dyn Subscriber> =
                    std::sync::Arc::new(Fanout(vec![order_lists.clone(), auth_cache.clone()]));
                if let Some(fence) = crate::db::listener::start(
                    url,
                    &[crate::auth::cache::CHANNEL, crate::orders::cache::CHANNEL],
                    std::sync::Arc::downgrade(&subscriber),
                ) {
                    auth_cache.set_fence(fence);
                }
                Some(subscriber)
            }
            crate::config::DatabaseUrl::Sqlite(path) => {
                crate::auth::cache::watch_sqlite(path.clone(), &auth_cache, &order_lists);
                None
            }
        };
        Ok(Self {
            auth_cache,
            order_lists,
            _heard: heard,
            mailer,
            storage,
            jobs_wake: Default::default(),
            cookies: CookieNames::new(config.is_https()),
            db,
            keys,
            config,
            templates,
            i18n,
        })
    }

    pub fn db(&self) -> &Db {
        &self.db
    }
}

pub type State = web::Data<AppState>;

type FilterArgs = std::collections::HashMap<String, tera::Value>;

fn lang_arg(args: &FilterArgs) -> crate::i18n::Locale {
    crate::i18n::Locale::of(args.get("lang").and_then(|v| v.as_str()).unwrap_or("en"))
}

/// `{{ created_at | when(lang=lang, tz=tz) }}`: a stored UTC timestamp in the reader's
/// language and zone, "7 Dec 2026 14:05 (UTC+8)".
fn when(value: &tera::Value, args: &FilterArgs) -> tera::Result<tera::Value> {
    let s = value.as_str().unwrap_or_default();
    let tz: chrono_tz::Tz = args
        .get("tz")
        .and_then(|v| v.as_str())
        .and_then(|z| z.parse().ok())
        .unwrap_or(chrono_tz::UTC);
    Ok(tera::Value::String(
        match crate::i18n::format::parse_stored(s) {
            Some(t) => crate::i18n::format::date_time(lang_arg(args), t, tz),
            None => s.to_string(),
        },
    ))
}

/// `{{ paid_on | day(lang=lang) }}`: a date ("2026-12-07") as the language writes it.
fn day(value: &tera::Value, args: &FilterArgs) -> tera::Result<tera::Value> {
    let s = value.as_str().unwrap_or_default();
    Ok(tera::Value::String(
        match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(d) => crate::i18n::format::date(lang_arg(args), d),
            Err(_) => s.to_string(),
        },
    ))
}

/// `{{ amount | num(lang=lang) }}`: a decimal number with the language's marks.
fn num(value: &tera::Value, args: &FilterArgs) -> tera::Result<tera::Value> {
    let s = value
        .as_str()
        .map(String::from)
        .unwrap_or_else(|| value.to_string());
    Ok(tera::Value::String(crate::i18n::format::number(
        lang_arg(args),
        &s,
    )))
}

/// `{{ size_bytes | filesize(lang=lang) }}`: "1.4 MB", "820 KB", "12 B" with the language's
/// decimal mark.
fn filesize(value: &tera::Value, args: &FilterArgs) -> tera::Result<tera::Value> {
    let n = value.as_f64().unwrap_or(0.0);
    let (amount, unit) = if n >= 1e9 {
        (format!("{:.1}", n / 1e9), "GB")
    } else if n >= 1e6 {
        (format!("{:.1}", n / 1e6), "MB")
    } else if n >= 1e3 {
        (format!("{:.0}", n / 1e3), "KB")
    } else {
        (format!("{n}"), "B")
    };
    Ok(tera::Value::String(format!(
        "{} {unit}",
        crate::i18n::format::number(lang_arg(args), &amount)
    )))
}
