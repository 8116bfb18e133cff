//! The HTTP layer: application state, the route table (one function), page rendering and
//! embedded static files.

pub mod audit;
pub mod jobs;
pub mod middleware;
pub mod openapi;
pub mod pages;
pub mod proxy;

use actix_web::http::header;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use serde::Serialize;

use crate::auth::actor::CookieNames;
use crate::auth::csrf::CsrfToken;
use crate::auth::keys::Keys;
use crate::config::Config;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::i18n::{I18n, Locale};
use crate::policy::{self, Actor};

mod assets {
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
    pub mailer: Option<std::sync::Arc<crate::notify::smtp::Mailer>>,
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
            Some(c) => Some(std::sync::Arc::new(crate::notify::smtp::Mailer::new(c)?)),
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

/// The one route table.
pub fn routes(cfg: &mut web::ServiceConfig) {
    use crate::{
        account, dashboard, decisions, files, invitations, orders, people, shares, tenants,
        timeline,
    };
    cfg.route("/healthz", web::get().to(pages::healthz))
        .route("/readyz", web::get().to(pages::readyz))
        .route("/metrics", web::get().to(crate::metrics::page))
        .route("/static/{file:.*}", web::get().to(static_file))
        .route("/favicon.ico", web::get().to(favicon))
        .route("/", web::get().to(pages::home))
        .route("/signin", web::get().to(pages::signin_form))
        .route("/signin", web::post().to(pages::signin))
        .route("/signout", web::post().to(pages::signout))
        .route("/language", web::post().to(pages::set_language))
        .route("/setup/{token}", web::get().to(tenants::web::setup_form))
        .route("/setup/{token}", web::post().to(tenants::web::setup))
        .route("/tenants", web::get().to(tenants::web::switcher))
        .route("/tenants/switch", web::post().to(tenants::web::switch))
        .route("/dashboard", web::get().to(dashboard::web::page))
        .route(
            "/admin/settings",
            web::get().to(tenants::web::settings_page),
        )
        .route(
            "/admin/settings",
            web::post().to(tenants::web::save_settings),
        )
        .route("/signin/2fa", web::get().to(pages::second_factor_form))
        .route("/signin/2fa", web::post().to(pages::second_factor))
        .route(
            "/api/v1/auth/second-factor",
            web::post().to(pages::api_second_factor),
        )
        .route("/account/2fa", web::get().to(account::web::twofactor))
        .route(
            "/account/confirm",
            web::get().to(account::security::confirm_page),
        )
        .route(
            "/account/confirm",
            web::post().to(account::security::confirm),
        )
        .route(
            "/api/v1/auth/step-up",
            web::post().to(account::security::api_step_up),
        )
        .route(
            "/account/security",
            web::get().to(account::security::security_page),
        )
        .route(
            "/account/security/{id}/not-me",
            web::post().to(account::security::not_me),
        )
        .route(
            "/api/v1/me/security-notices",
            web::get().to(account::security::api_notices),
        )
        .route(
            "/api/v1/me/security-notices/{id}/not-me",
            web::post().to(account::security::not_me),
        )
        .route(
            "/account/phrase",
            web::post().to(account::security::set_phrase),
        )
        .route(
            "/password/forgot",
            web::get().to(account::security::forgot_page),
        )
        .route(
            "/password/forgot",
            web::post().to(account::security::forgot),
        )
        .route(
            "/password/reset",
            web::get().to(account::security::reset_page),
        )
        .route("/password/reset", web::post().to(account::security::reset))
        .route(
            "/admin/people/{uid}/reset-2fa",
            web::post().to(account::security::admin_reset_two_factor),
        )
        .route("/account/email", web::get().to(account::web::email))
        .route(
            "/account/email/verify",
            web::post().to(account::web::email_verify),
        )
        .route(
            "/account/email/change",
            web::post().to(account::web::email_change),
        )
        .route(
            "/account/email/confirm",
            web::post().to(account::web::email_confirm),
        )
        .route(
            "/admin/security",
            web::get().to(account::security::admin_page),
        )
        .route(
            "/api/v1/admin/security",
            web::get().to(account::security::admin_page),
        )
        .route(
            "/signin/phrase",
            web::get().to(account::security::signin_phrase),
        )
        .route(
            "/account/2fa/enable",
            web::post().to(account::web::enable_twofactor),
        )
        .route(
            "/account/2fa/disable",
            web::post().to(account::web::disable_twofactor),
        )
        .route(
            "/account/sessions",
            web::get().to(account::web::sessions_page),
        )
        .route(
            "/account/sessions/end-others",
            web::post().to(account::web::end_others),
        )
        .route(
            "/account/sessions/{id}/end",
            web::post().to(account::web::end_session),
        )
        .route(
            "/account/password",
            web::get().to(account::web::password_page),
        )
        .route(
            "/account/password",
            web::post().to(account::web::change_password),
        )
        .route(
            "/api/v1/me/sessions",
            web::get().to(account::web::api_sessions),
        )
        .route(
            "/api/v1/me/sessions/{id}/end",
            web::post().to(account::web::api_end_session),
        )
        .route(
            "/access-requests",
            web::get().to(people::web::requests_page),
        )
        .route(
            "/access-requests",
            web::post().to(people::web::request_access),
        )
        .route(
            "/admin/access-requests/{id}/approve",
            web::post().to(people::web::approve_request),
        )
        .route(
            "/admin/access-requests/{id}/refuse",
            web::post().to(people::web::refuse_request),
        )
        .route("/orders", web::get().to(orders::web::list))
        .route("/orders/export.csv", web::get().to(orders::web::export))
        .route("/orders", web::post().to(orders::web::create))
        .route("/orders/new", web::get().to(orders::web::new_form))
        .route("/orders/{id}", web::get().to(orders::web::show))
        .route("/orders/{id}", web::post().to(orders::web::update))
        .route("/orders/{id}/edit", web::get().to(orders::web::edit_form))
        .route(
            "/orders/{id}/milestones",
            web::post().to(orders::web::add_milestone),
        )
        .route(
            "/orders/{id}/milestones/{mid}",
            web::post().to(orders::web::update_milestone),
        )
        .route(
            "/orders/{id}/transition",
            web::post().to(orders::web::transition),
        )
        .route(
            "/orders/{id}/updates",
            web::post().to(timeline::web::post_update),
        )
        .route(
            "/orders/{id}/comments",
            web::post().to(timeline::web::post_comment),
        )
        .route(
            "/orders/{id}/decisions",
            web::post().to(decisions::web::request),
        )
        .route(
            "/orders/{id}/decisions/{did}/answer",
            web::post().to(decisions::web::answer),
        )
        .route(
            "/orders/{id}/decisions/{did}/withdraw",
            web::post().to(decisions::web::withdraw),
        )
        .route(
            "/orders/{id}/access",
            web::get().to(people::web::order_access),
        )
        .route(
            "/admin/people/{uid}/access",
            web::get().to(people::web::person_access),
        )
        .route("/orders/{id}/files", web::get().to(files::web::page))
        .route("/orders/{id}/files", web::post().to(files::web::upload))
        .route("/files/{id}", web::get().to(files::web::show))
        .route("/files/{id}/content", web::get().to(files::web::content))
        .route("/files/{id}/content", web::head().to(files::web::content))
        .route(
            "/files/{id}/versions",
            web::post().to(files::web::upload_version),
        )
        .route(
            "/files/{id}/{which:thumb|preview}",
            web::get().to(files::web::derivative),
        )
        .route(
            "/api/v1/orders/{id}/files",
            web::get().to(files::web::api_list),
        )
        .route(
            "/api/v1/orders/{id}/files",
            web::post().to(files::web::api_upload),
        )
        .route("/api/v1/files/{id}", web::get().to(files::web::api_show))
        .route(
            "/api/v1/files/{id}/content",
            web::get().to(files::web::content),
        )
        .route(
            "/api/v1/files/{id}/content",
            web::head().to(files::web::content),
        )
        .route(
            "/api/v1/files/{id}/versions",
            web::post().to(files::web::upload_version),
        )
        .route(
            "/files/{id}/issue",
            web::post().to(crate::documents::issuing::issue),
        )
        .route(
            "/files/{id}/issue/approve",
            web::post().to(crate::documents::issuing::approve),
        )
        .route(
            "/files/{id}/issue/withdraw",
            web::post().to(crate::documents::issuing::withdraw),
        )
        .route(
            "/api/v1/files/{id}/issue",
            web::post().to(crate::documents::issuing::api_issue),
        )
        .route(
            "/api/v1/files/{id}/issue/approve",
            web::post().to(crate::documents::issuing::api_approve),
        )
        .route(
            "/api/v1/files/{id}/issue/withdraw",
            web::post().to(crate::documents::issuing::api_withdraw),
        )
        .route(
            "/notifications",
            web::get().to(crate::notifications::web::page),
        )
        .route(
            "/notifications/read-all",
            web::post().to(crate::notifications::web::read_all),
        )
        .route(
            "/notifications/{id}/read",
            web::post().to(crate::notifications::web::read),
        )
        .route(
            "/account/notifications",
            web::get().to(crate::notifications::web::preferences),
        )
        .route(
            "/account/notifications",
            web::post().to(crate::notifications::web::save_preferences),
        )
        .route(
            "/api/v1/notifications",
            web::get().to(crate::notifications::web::api_list),
        )
        .route(
            "/api/v1/notifications/read-all",
            web::post().to(crate::notifications::web::read_all),
        )
        .route(
            "/api/v1/notifications/{id}/read",
            web::post().to(crate::notifications::web::read),
        )
        .route(
            "/api/v1/notification-preferences",
            web::get().to(crate::notifications::web::api_preferences),
        )
        .route(
            "/api/v1/notification-preferences",
            web::put().to(crate::notifications::web::api_save_preferences),
        )
        .route("/reports", web::get().to(crate::reports::web::page))
        .route(
            "/reports",
            web::post().to(crate::reports::web::request_for_org),
        )
        .route("/reports/{id}/pdf", web::get().to(crate::reports::web::pdf))
        .route(
            "/reports/{id}/pdf",
            web::head().to(crate::reports::web::pdf),
        )
        .route(
            "/orders/{id}/reports",
            web::get().to(crate::reports::web::order_page),
        )
        .route(
            "/orders/{id}/reports",
            web::post().to(crate::reports::web::request_for_order),
        )
        .route(
            "/api/v1/reports",
            web::get().to(crate::reports::web::api_list),
        )
        .route(
            "/api/v1/reports",
            web::post().to(crate::reports::web::api_request),
        )
        .route(
            "/api/v1/orders/{id}/reports",
            web::get().to(crate::reports::web::api_list),
        )
        .route(
            "/api/v1/reports/{id}",
            web::get().to(crate::reports::web::api_show),
        )
        .route(
            "/api/v1/reports/{id}/pdf",
            web::get().to(crate::reports::web::pdf),
        )
        .route("/payments", web::get().to(crate::payments::web::page))
        .route("/payments", web::post().to(crate::payments::web::propose))
        .route(
            "/payments/records",
            web::post().to(crate::payments::web::record),
        )
        .route(
            "/payments/{id}/approve",
            web::post().to(crate::payments::web::approve),
        )
        .route(
            "/payments/{id}/cancel",
            web::post().to(crate::payments::web::cancel),
        )
        .route(
            "/payments/{id}/acknowledge",
            web::post().to(crate::payments::web::acknowledge),
        )
        .route(
            "/payments/{id}/pdf",
            web::get().to(crate::payments::web::sheet),
        )
        .route(
            "/admin/fraud-signals",
            web::get().to(crate::payments::web::fraud_page),
        )
        .route("/verify", web::get().to(crate::documents::web::form))
        .route("/verify", web::post().to(crate::documents::web::submit))
        .route("/api/v1/verify", web::post().to(crate::documents::web::api))
        .route(
            "/api/v1/signing-key",
            web::get().to(crate::documents::web::public_key),
        )
        .route(
            "/api/v1/payment-instructions",
            web::get().to(crate::payments::web::api_list),
        )
        .route(
            "/api/v1/payment-instructions",
            web::post().to(crate::payments::web::api_propose),
        )
        .route(
            "/api/v1/payment-instructions/{id}/approve",
            web::post().to(crate::payments::web::api_approve),
        )
        .route(
            "/api/v1/payment-instructions/{id}/cancel",
            web::post().to(crate::payments::web::api_cancel),
        )
        .route(
            "/api/v1/payment-instructions/{id}/acknowledge",
            web::post().to(crate::payments::web::acknowledge),
        )
        .route(
            "/api/v1/payment-instructions/{id}/acknowledgements",
            web::get().to(crate::payments::web::api_acknowledgements),
        )
        .route(
            "/api/v1/payment-instructions/{id}/pdf",
            web::get().to(crate::payments::web::sheet),
        )
        .route(
            "/api/v1/payments",
            web::get().to(crate::payments::web::api_records),
        )
        .route(
            "/api/v1/payments",
            web::post().to(crate::payments::web::api_record),
        )
        .route(
            "/api/v1/admin/fraud-signals",
            web::get().to(crate::payments::web::api_fraud),
        )
        .route("/admin/jobs", web::get().to(jobs::page))
        .route(
            "/admin/api-tokens",
            web::get().to(crate::api_tokens::web::page),
        )
        .route(
            "/admin/api-tokens",
            web::post().to(crate::api_tokens::web::create),
        )
        .route(
            "/admin/api-tokens/{id}/revoke",
            web::post().to(crate::api_tokens::web::revoke),
        )
        .route(
            "/api/v1/api-tokens",
            web::get().to(crate::api_tokens::web::api_list),
        )
        .route(
            "/api/v1/api-tokens",
            web::post().to(crate::api_tokens::web::api_create),
        )
        .route(
            "/api/v1/api-tokens/{id}/revoke",
            web::post().to(crate::api_tokens::web::revoke),
        )
        .route("/admin/audit/export.csv", web::get().to(audit::export))
        .route("/admin/jobs/{id}/retry", web::post().to(jobs::retry))
        .route("/orders/{id}/share", web::post().to(shares::web::create))
        .route(
            "/share-links/{id}/revoke",
            web::post().to(shares::web::revoke),
        )
        .route("/s/{token}", web::get().to(shares::web::view))
        .route("/s/{token}/files/{id}", web::get().to(shares::web::file))
        .route(
            "/s/{token}/files/{id}/{which:thumb|preview}",
            web::get().to(shares::web::derivative),
        )
        .route("/s/{token}", web::post().to(shares::web::unlock))
        .route("/orders/{id}/staff", web::post().to(orders::web::assign))
        .route(
            "/orders/{id}/staff/{uid}/remove",
            web::post().to(orders::web::unassign),
        )
        .route("/admin/people", web::get().to(people::web::list))
        .route("/admin/people", web::post().to(people::web::add))
        .route("/admin/people/new", web::get().to(people::web::new_form))
        .route("/admin/people/{uid}", web::get().to(people::web::edit_form))
        .route("/admin/people/{uid}", web::post().to(people::web::update))
        .route(
            "/admin/people/{uid}/remove",
            web::post().to(people::web::remove),
        )
        .route(
            "/admin/invitations/new",
            web::get().to(invitations::web::new_form),
        )
        .route(
            "/admin/invitations",
            web::post().to(invitations::web::create),
        )
        .route(
            "/admin/invitations/{id}/revoke",
            web::post().to(invitations::web::revoke),
        )
        .route(
            "/admin/invitations/{id}/resend",
            web::post().to(invitations::web::resend),
        )
        .route("/invite", web::get().to(invitations::web::accept_form))
        .route("/invite", web::post().to(invitations::web::accept))
        .route("/admin/customers", web::get().to(people::web::customers))
        .route(
            "/admin/customers",
            web::post().to(people::web::add_customer),
        )
        .route("/admin/audit", web::get().to(pages::audit_log))
        .route(
            "/admin/templates",
            web::get().to(orders::web::templates_page),
        )
        .route(
            "/admin/templates",
            web::post().to(orders::web::create_template),
        )
        .route("/api/v1/openapi.json", web::get().to(openapi::serve))
        .route("/api/v1/auth/token", web::post().to(pages::api_token))
        .route("/api/v1/auth/revoke", web::post().to(pages::api_revoke))
        .route("/api/v1/me", web::get().to(orders::api::me))
        .route("/api/v1/orders", web::get().to(orders::api::list))
        .route("/api/v1/orders", web::post().to(orders::api::create))
        .route(
            "/api/v1/orders/export.csv",
            web::get().to(orders::web::export),
        )
        .route("/api/v1/orders/{id}", web::get().to(orders::api::show))
        .route(
            "/api/v1/orders/{id}/transitions",
            web::post().to(orders::web::api_transition),
        )
        .route(
            "/api/v1/orders/{id}/milestones",
            web::post().to(orders::api::add_milestone),
        )
        .route(
            "/api/v1/orders/{id}/milestones/{mid}",
            web::post().to(orders::api::update_milestone),
        )
        .route(
            "/api/v1/orders/{id}/timeline",
            web::get().to(timeline::web::api_page),
        )
        .route(
            "/api/v1/orders/{id}/updates",
            web::post().to(timeline::web::api_update),
        )
        .route(
            "/api/v1/orders/{id}/comments",
            web::post().to(timeline::web::api_comment),
        )
        .route(
            "/api/v1/orders/{id}/decisions",
            web::get().to(decisions::web::api_of_order),
        )
        .route(
            "/api/v1/orders/{id}/decisions",
            web::post().to(decisions::web::api_request),
        )
        .route(
            "/api/v1/orders/{id}/decisions/{did}/answer",
            web::post().to(decisions::web::api_answer),
        )
        .route("/api/v1/decisions", web::get().to(decisions::web::api_list))
        .route("/api/v1/dashboard", web::get().to(dashboard::web::api))
        .route(
            "/api/v1/orders/{id}/share-links",
            web::get().to(shares::web::api_list),
        )
        .route(
            "/api/v1/orders/{id}/share-links",
            web::post().to(shares::web::api_create),
        )
        .route("/api/v1/share-links", web::get().to(shares::web::api_list))
        .route(
            "/api/v1/share-links/{id}/revoke",
            web::post().to(shares::web::api_revoke),
        )
        .route(
            "/api/v1/orders/{id}/access",
            web::get().to(people::web::api_order_access),
        )
        .route("/api/v1/people", web::get().to(people::web::api_list))
        .route(
            "/api/v1/access-requests/{id}/approve",
            web::post().to(people::web::api_approve_request),
        )
        .route(
            "/api/v1/access-requests/{id}/refuse",
            web::post().to(people::web::api_refuse_request),
        )
        .route(
            "/api/v1/access-requests",
            web::get().to(people::web::api_requests),
        )
        .route(
            "/api/v1/access-requests",
            web::post().to(people::web::api_request_access),
        )
        .route(
            "/api/v1/people/{uid}/access",
            web::get().to(people::web::api_person_access),
        )
        .route(
            "/api/v1/invitations",
            web::get().to(invitations::web::api_list),
        )
        .route(
            "/api/v1/invitations",
            web::post().to(invitations::web::api_create),
        )
        .route(
            "/api/v1/invitations/{id}/revoke",
            web::post().to(invitations::web::api_revoke),
        )
        .route(
            "/api/v1/milestone-templates",
            web::get().to(orders::web::api_templates),
        );
}

/// The language of this request: the person's setting, then the language cookie, then
/// Accept-Language, then English.
pub fn locale_of(req: &HttpRequest, actor: Option<&Actor>) -> Locale {
    actor
        .and_then(|a| a.locale.as_deref())
        .and_then(Locale::parse)
        .or_else(|| {
            let name = req
                .app_data::<web::Data<AppState>>()
                .map_or(pages::LANG_COOKIE, |s| s.cookies.lang.as_str());
            req.cookie(name).and_then(|c| Locale::parse(c.value()))
        })
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or(Locale::En)
}

#[derive(Serialize)]
struct Nav {
    orders: bool,
    requests: bool,
    templates: bool,
    new_order: bool,
    people: bool,
    audit: bool,
}

/// Renders a page inside the base layout, with what every page needs: language, CSRF token,
/// the signed-in person and what their navigation shows.
pub fn render(
    req: &HttpRequest,
    state: &AppState,
    actor: Option<&Actor>,
    template: &str,
    mut ctx: tera::Context,
) -> AppResult<HttpResponse> {
    let body = render_string(req, state, actor, template, &mut ctx)?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(body))
}

pub fn render_string(
    req: &HttpRequest,
    state: &AppState,
    actor: Option<&Actor>,
    template: &str,
    ctx: &mut tera::Context,
) -> AppResult<String> {
    let lang = locale_of(req, actor);
    ctx.insert("lang", lang.code());
    ctx.insert(
        "csrf_token",
        &req.extensions()
            .get::<CsrfToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default(),
    );
    ctx.insert("request_id", &middleware::request_id(req));
    // Where the language switch comes back to: this page when it was a plain GET (an error
    // page goes home: it must not echo an address the reader may not see).
    let here = match (req.method(), req.uri().path_and_query()) {
        (&actix_web::http::Method::GET, Some(pq)) if template != "error.html" => {
            middleware::safe_next(pq.as_str())
        }
        _ => "/".to_string(),
    };
    ctx.insert("here", &here);
    ctx.insert("actor", &actor);
    ctx.insert(
        "unread",
        &req.extensions()
            .get::<crate::auth::actor::Unread>()
            .map(|u| u.0)
            .unwrap_or(0),
    );
    if let Some(a) = actor {
        ctx.insert(
            "nav",
            &Nav {
                orders: true,
                requests: policy::can_request_access(a),
                templates: policy::can_manage_templates(a),
                new_order: policy::can_create_orders(a),
                people: policy::can_manage_people(a),
                audit: policy::can_view_audit(a),
            },
        );
    }
    Ok(state.templates.render(template, ctx)?)
}

/// A script on our pages (uploads) asks for JSON answers, errors included.
pub fn wants_json(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

/// See-other redirect after a successful form post.
pub fn redirect(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, to.to_string()))
        .finish()
}

async fn static_file(path: web::Path<String>) -> AppResult<HttpResponse> {
    let name = path.into_inner();
    let (_, bytes) = assets::STATIC
        .iter()
        .find(|(n, _)| *n == name)
        .ok_or(AppError::NotFound)?;
    let ct = match name.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    };
    Ok(HttpResponse::Ok()
        .content_type(ct)
        .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
        .body(*bytes))
}

/// `GET /favicon.ico`: what browsers ask for on every site (a PNG is fine for all of them).
async fn favicon() -> AppResult<HttpResponse> {
    static_file(web::Path::from("favicon.png".to_string())).await
}

/// Parses an url-encoded form body where a field may repeat (checkbox lists).
pub fn form_pairs(body: &[u8]) -> AppResult<Vec<(String, String)>> {
    serde_urlencoded::from_bytes(body)
        .map_err(|_| AppError::invalid("form_invalid", "The form could not be read."))
}
