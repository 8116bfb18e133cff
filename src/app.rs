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
        templates.register_filter("when", when);
        templates.register_filter("filesize", filesize);
        templates.autoescape_on(vec![".html"]);
        let storage = crate::storage::Storage::open(&config.storage, &config.s3)?;
        let mailer = match &config.smtp {
            Some(c) => Some(std::sync::Arc::new(crate::mail::smtp::Mailer::new(c)?)),
            None => None,
        };
        Ok(Self {
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

/// `{{ created_at | when }}`: a stored UTC timestamp as "2026-11-22 02:10".
fn when(
    value: &tera::Value,
    _: &std::collections::HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    let s = value.as_str().unwrap_or_default();
    Ok(tera::Value::String(
        s.replacen('T', " ", 1).chars().take(16).collect(),
    ))
}

/// `{{ size_bytes | filesize }}`: "1.4 MB", "820 KB", "12 bytes".
fn filesize(
    value: &tera::Value,
    _: &std::collections::HashMap<String, tera::Value>,
) -> tera::Result<tera::Value> {
    let n = value.as_f64().unwrap_or(0.0);
    let s = if n >= 1e9 {
        format!("{:.1} GB", n / 1e9)
    } else if n >= 1e6 {
        format!("{:.1} MB", n / 1e6)
    } else if n >= 1e3 {
        format!("{:.0} KB", n / 1e3)
    } else {
        format!("{n} bytes")
    };
    Ok(tera::Value::String(s))
}
