//! Typed configuration read once from `PORTICO_*` variables (through clap) and validated at
//! start, with defaults that make the embedded mode work with zero settings.

/// Trusted reverse proxies and the client address behind them.
pub mod proxy;

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

use crate::error::StartError;
pub use crate::storage::{S3Settings, StorageUrl};

/// Which database backend a URL names. SQLite would accept any path, so an unknown scheme is
/// refused here instead of silently creating a file named after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Sqlite(String),
    Postgres(String),
}

impl DatabaseUrl {
    pub fn parse(raw: &str) -> Result<Self, StartError> {
        if let Some(path) = raw.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err(StartError::Config(
                    "PORTICO_DATABASE_URL: sqlite:// needs a file path".into(),
                ));
            }
            Ok(Self::Sqlite(path.to_string()))
        } else if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            Ok(Self::Postgres(raw.to_string()))
        } else {
            Err(StartError::Config(format!(
                "PORTICO_DATABASE_URL: unsupported scheme in {:?}; use sqlite://PATH or postgres://USER@HOST/DB",
                redact(raw)
            )))
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            Self::Sqlite(p) => p,
            Self::Postgres(u) => u,
        }
    }
}

/// Hide a password in a URL before it reaches a log or an error message.
fn redact(raw: &str) -> String {
    match (raw.find("://"), raw.rfind('@')) {
        (Some(s), Some(at)) if at > s => format!("{}://***@{}", &raw[..s], &raw[at + 1..]),
        _ => raw.to_string(),
    }
}

/// Settings shared by every subcommand that touches data.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// Directory for the embedded defaults (SQLite file, objects, signing key).
    #[arg(long, env = "PORTICO_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,

    /// Database URL: sqlite://PATH or postgres://USER:PASS@HOST:PORT/DB.
    /// Default: sqlite://<data dir>/portico.db
    #[arg(long, env = "PORTICO_DATABASE_URL")]
    pub database_url: Option<String>,

    /// Object storage URL: file://PATH, or s3://BUCKET[/PREFIX] for any S3-compatible store.
    /// Default: file://<data dir>/objects
    #[arg(long, env = "PORTICO_STORAGE_URL")]
    pub storage_url: Option<String>,

    /// S3 endpoint for stores other than AWS (e.g. http://127.0.0.1:9000).
    #[arg(long, env = "PORTICO_S3_ENDPOINT")]
    pub s3_endpoint: Option<String>,

    /// S3 region (default us-east-1, or AWS_REGION).
    #[arg(long, env = "PORTICO_S3_REGION")]
    pub s3_region: Option<String>,

    /// S3 access key id (or AWS_ACCESS_KEY_ID).
    #[arg(long, env = "PORTICO_S3_ACCESS_KEY_ID")]
    pub s3_access_key_id: Option<String>,

    /// S3 secret access key (or AWS_SECRET_ACCESS_KEY).
    #[arg(long, env = "PORTICO_S3_SECRET_ACCESS_KEY", hide_env_values = true)]
    pub s3_secret_access_key: Option<String>,

    /// Allow a plain-http S3 endpoint (local test servers only).
    #[arg(long, env = "PORTICO_S3_ALLOW_HTTP", default_value_t = false)]
    pub s3_allow_http: bool,

    /// Largest single file, in MiB.
    #[arg(long, env = "PORTICO_MAX_FILE_MB", default_value_t = 2048)]
    pub max_file_mb: u64,

    /// Largest upload request (all its files together), in MiB.
    #[arg(long, env = "PORTICO_MAX_UPLOAD_MB", default_value_t = 4096)]
    pub max_upload_mb: u64,

    /// Storage quota of each tenant, in GiB.
    #[arg(long, env = "PORTICO_TENANT_QUOTA_GB", default_value_t = 100)]
    pub tenant_quota_gb: u64,

    /// SMTP relay for outgoing mail; without it mail stays queued in the database.
    #[arg(long, env = "PORTICO_SMTP_HOST")]
    pub smtp_host: Option<String>,

    /// SMTP port (587 for starttls, 465 for tls).
    #[arg(long, env = "PORTICO_SMTP_PORT", default_value_t = 587)]
    pub smtp_port: u16,

    /// starttls (default), tls, or none (a relay on the same host only).
    #[arg(long, env = "PORTICO_SMTP_TLS", default_value = "starttls")]
    pub smtp_tls: String,

    /// SMTP user name.
    #[arg(long, env = "PORTICO_SMTP_USERNAME")]
    pub smtp_username: Option<String>,

    /// SMTP password.
    #[arg(long, env = "PORTICO_SMTP_PASSWORD", hide_env_values = true)]
    pub smtp_password: Option<String>,

    /// Sender of every mail, e.g. "Portico <portico@example.com>".
    #[arg(
        long,
        env = "PORTICO_SMTP_FROM",
        default_value = "Portico <portico@localhost>"
    )]
    pub smtp_from: String,

    /// File holding the server's secret key (created with mode 0600 on first start when it
    /// does not exist). Every app node behind one load balancer needs the same file.
    /// Default: <data dir>/secret.key
    #[arg(long, env = "PORTICO_KEY_FILE")]
    pub key_file: Option<PathBuf>,

    /// Database connection pool size per node.
    #[arg(long, env = "PORTICO_DB_POOL_SIZE", default_value_t = 10)]
    pub db_pool_size: u32,

    /// SQLite page cache of the whole pool, in MiB, shared equally by its connections. Reads
    /// also go through a memory map of the file, so this mostly holds recently written pages;
    /// it bounds how much memory the cache may take as the database grows.
    #[arg(long, env = "PORTICO_SQLITE_CACHE_MB", default_value_t = 8)]
    pub sqlite_cache_mb: u32,

    /// Load balancers whose X-Forwarded-For header names the client (comma-separated
    /// addresses or ranges, e.g. 10.0.0.0/8). Without it the header is ignored.
    #[arg(long, env = "PORTICO_TRUSTED_PROXIES", default_value = "")]
    pub trusted_proxies: String,

    /// Bearer token that Prometheus sends to read `/metrics` (16 characters or more).
    /// Without it, `/metrics` is off.
    #[arg(long, env = "PORTICO_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,
}

/// Settings of `portico serve`.
#[derive(Debug, Clone, Args)]
pub struct ServeSettings {
    /// Address and port to listen on.
    #[arg(long, env = "PORTICO_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// The address people type to reach the portal (used in printed links and e-mails; an
    /// https URL turns on Secure cookies with the __Host- prefix and HSTS).
    /// Default: http://<bind address>
    #[arg(long, env = "PORTICO_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// HTTP worker threads (default: one per core).
    #[arg(long, env = "PORTICO_WORKERS")]
    pub workers: Option<usize>,
}

/// Upload limits, in bytes.
#[derive(Debug, Clone, Copy)]
pub struct FileLimits {
    pub max_file: u64,
    pub max_request: u64,
    pub tenant_quota: u64,
}

impl Default for FileLimits {
    fn default() -> Self {
        Self {
            max_file: 2048 << 20,
            max_request: 4096 << 20,
            tenant_quota: 100 << 30,
        }
    }
}

/// The validated configuration the application runs with.
#[derive(Debug, Clone)]
pub struct Config {
    pub data_dir: PathBuf,
    pub database: DatabaseUrl,
    pub storage: StorageUrl,
    pub s3: S3Settings,
    pub limits: FileLimits,
    pub smtp: Option<crate::mail::smtp::SmtpConfig>,
    pub key_file: PathBuf,
    pub public_url: String,
    pub db_pool_size: u32,
    pub sqlite_cache_mb: u32,
    pub trusted_proxies: Vec<crate::config::proxy::Net>,
    pub metrics_token: Option<String>,
}

impl Config {
    pub fn from_settings(s: &Settings, public_url: Option<&str>) -> Result<Self, StartError> {
        let database = match &s.database_url {
            Some(u) => DatabaseUrl::parse(u)?,
            None => {
                DatabaseUrl::Sqlite(s.data_dir.join("portico.db").to_string_lossy().into_owned())
            }
        };
        let storage = match &s.storage_url {
            None => StorageUrl::Local(s.data_dir.join("objects")),
            Some(u) => StorageUrl::parse(u)?,
        };
        if s.max_file_mb == 0 || s.max_upload_mb == 0 || s.tenant_quota_gb == 0 {
            return Err(StartError::Config(
                "PORTICO_MAX_FILE_MB, PORTICO_MAX_UPLOAD_MB and PORTICO_TENANT_QUOTA_GB must be at least 1".into(),
            ));
        }
        let public_url = public_url
            .unwrap_or("http://127.0.0.1:8080")
            .trim_end_matches('/')
            .to_string();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(StartError::Config(format!(
                "PORTICO_PUBLIC_URL must start with http:// or https://, got {public_url:?}"
            )));
        }
        if s.db_pool_size == 0 {
            return Err(StartError::Config(
                "PORTICO_DB_POOL_SIZE must be at least 1".into(),
            ));
        }
        Ok(Self {
            key_file: s
                .key_file
                .clone()
                .unwrap_or_else(|| s.data_dir.join("secret.key")),
            data_dir: s.data_dir.clone(),
            database,
            storage,
            s3: S3Settings {
                endpoint: s.s3_endpoint.clone(),
                region: s.s3_region.clone(),
                access_key_id: s.s3_access_key_id.clone(),
                secret_access_key: s.s3_secret_access_key.clone(),
                allow_http: s.s3_allow_http,
            },
            smtp: match &s.smtp_host {
                Some(host) if !host.is_empty() => Some(crate::mail::smtp::SmtpConfig {
                    host: host.clone(),
                    port: s.smtp_port,
                    tls: crate::mail::smtp::TlsMode::parse(&s.smtp_tls)?,
                    username: s.smtp_username.clone(),
                    password: s.smtp_password.clone(),
                    from: s.smtp_from.clone(),
                }),
                _ => None,
            },
            limits: FileLimits {
                max_file: s.max_file_mb << 20,
                max_request: s.max_upload_mb << 20,
                tenant_quota: s.tenant_quota_gb << 30,
            },
            public_url,
            db_pool_size: s.db_pool_size,
            sqlite_cache_mb: s.sqlite_cache_mb,
            trusted_proxies: crate::config::proxy::Net::parse_list(&s.trusted_proxies)?,
            metrics_token: match s.metrics_token.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(t) if t.len() < 16 => {
                    return Err(StartError::Config(
                        "PORTICO_METRICS_TOKEN must be at least 16 characters".into(),
                    ));
                }
                Some(t) => Some(t.to_string()),
            },
        })
    }

    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_url_schemes() {
        assert_eq!(
            DatabaseUrl::parse("sqlite://x.db").unwrap(),
            DatabaseUrl::Sqlite("x.db".into())
        );
        assert!(matches!(
            DatabaseUrl::parse("postgres://u@h/d").unwrap(),
            DatabaseUrl::Postgres(_)
        ));
        let err = DatabaseUrl::parse("mysql://u:secret@h/d")
            .unwrap_err()
            .to_string();
        assert!(err.contains("unsupported scheme"), "{err}");
        assert!(!err.contains("secret"), "password leaked: {err}");
        assert!(DatabaseUrl::parse("portico.db").is_err());
    }
}
