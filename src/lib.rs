//! Portico: a multi-tenant portal where export manufacturers give their buyers scoped access
//! to orders. This crate builds the application; `main.rs` is the CLI around it and the tests
//! build the same application in-process.

pub mod account;
pub mod api_tokens;
pub mod app;
pub mod audit;
pub mod auth;
pub mod backup;
pub mod config;
pub mod dashboard;
pub mod db;
pub mod decisions;
pub mod demo;
pub mod documents;
pub mod error;
pub mod files;
pub mod i18n;
pub mod ids;
pub mod invitations;
pub mod jobs;
pub mod mail;
pub mod metrics;
pub mod notifications;
pub mod orders;
pub mod payments;
pub mod people;
pub mod policy;
pub mod reports;
pub mod shares;
pub mod storage;
pub mod tenants;
pub mod timeline;
pub mod validate;
pub mod web;
pub mod webhooks;

use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer};

use crate::app::AppState;
use crate::config::Config;
use crate::db::Db;
use crate::error::{AppError, StartError};

/// Connects the database (applying migrations), loads or creates the secret key and prepares
/// the data directories: everything a node needs before it serves.
pub fn init_state(config: Config) -> Result<AppState, StartError> {
    let db = Db::connect(
        &config.database,
        config.db_pool_size,
        config.sqlite_cache_mb,
    )?;
    let keys = auth::keys::Keys::load_or_create(&config.key_file)?;
    AppState::new(db, keys, config)
}

/// The application with its middleware and route table.
pub fn build_app(
    state: actix_web::web::Data<AppState>,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<actix_web::body::BoxBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    use actix_web::web;
    App::new()
        .app_data(state)
        .app_data(
            web::FormConfig::default()
                .limit(256 * 1024)
                .error_handler(|e, _| crate::web::request_errors::form(e).into()),
        )
        .app_data(
            web::JsonConfig::default()
                .limit(256 * 1024)
                .error_handler(|e, _| crate::web::request_errors::json(e).into()),
        )
        .app_data(
            web::QueryConfig::default()
                .error_handler(|e, _| crate::web::request_errors::query(e).into()),
        )
        .app_data(web::PathConfig::default().error_handler(|_, _| AppError::NotFound.into()))
        .configure(crate::web::routes::configure)
        .default_service(web::to(crate::web::unmatched))
        // Innermost: a replayed answer skips the handler, never the CSRF check.
        .wrap(from_fn(crate::web::idempotency::middleware))
        .wrap(from_fn(auth::csrf::middleware))
        .wrap(from_fn(crate::web::middleware::frame))
        // Text goes out gzip- or brotli-compressed when the client takes it; `frame` marked
        // every other response `identity` so that it is sent as it is, and the outermost
        // layer takes that mark off again.
        .wrap(actix_web::middleware::Compress::default())
        .wrap(from_fn(crate::web::middleware::unmark_identity))
}

/// `portico serve` on a socket bound beforehand (`config::preflight::listen`, so that a
/// port in use is named before anything is opened or printed): prints the first-run link
/// when there is no tenant yet, then serves.
pub async fn serve(
    config: Config,
    listener: std::net::TcpListener,
    workers: Option<usize>,
) -> Result<(), StartError> {
    let bind = listener.local_addr()?;
    let state = actix_web::web::Data::new(init_state(config.clone())?);
    let token = state
        .db
        .run(tenants::issue_setup_token)
        .await
        .map_err(|e| StartError::Database(e.to_string()))?;
    if let Some(token) = token {
        // For the operator on standard output, never through the log (the token opens the
        // portal). Not println!: it panics when standard output cannot be written (a full disk).
        use std::io::Write as _;
        let _ = write!(
            std::io::stdout(),
            "\n  Portico has no supplier yet. Open this one-time link (valid for 1 hour) to create\n  \
             the first tenant and its administrator:\n\n    {}/setup/{token}\n\n",
            config.public_url
        );
    }
    tracing::info!(%bind, public_url = %config.public_url, "listening");
    if let Some(location) = &config.accel_redirect {
        // Said once at start: a proxy without the location would send empty files.
        tracing::info!(%location, "local objects are sent by the proxy (X-Accel-Redirect)");
    }
    jobs::spawn_worker(state.clone());
    webhooks::spawn(state.clone());
    let mut server = HttpServer::new(move || build_app(state.clone())).listen(listener)?;
    if let Some(w) = workers {
        server = server.workers(w);
    }
    server.run().await?;
    Ok(())
}
