//! Typed configuration read once from `PORTICO_*` variables (through clap) and validated at
//! start, with defaults that make the embedded mode work with zero settings.

/// Checks made once the settings are valid and before anything is served: the listening
/// socket, the database answering, the secret key belonging to the data.
pub mod preflight;
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
pub(crate) fn redact(raw: &str) -> String {
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

    /// Memory each node gives to the order list pages it remembers (`orders::cache`), in
    /// MiB; one tenant takes at most a quarter of it. 0 turns the memory off (every list is
    /// read from the database).
    #[arg(long, env = "PORTICO_LIST_CACHE_MB", default_value_t = 128)]
    pub list_cache_mb: u32,

    /// With local storage behind nginx: the internal location (e.g. `/_portico_objects/`)
    /// whose alias is the objects directory. Portico still checks access, audits and sets
    /// every header, then answers `X-Accel-Redirect` and nginx sends the bytes with
    /// sendfile. Only behind a proxy configured for it (`deploy/nginx-local.conf`; README,
    /// "Files sent by nginx"): a client reaching Portico directly would get an empty body.
    #[arg(long, env = "PORTICO_ACCEL_REDIRECT")]
    pub accel_redirect: Option<String>,

    /// Load balancers whose X-Forwarded-For header names the client (comma-separated
    /// addresses or ranges, e.g. 10.0.0.0/8). Without it the header is ignored.
    #[arg(long, env = "PORTICO_TRUSTED_PROXIES", default_value = "")]
    pub trusted_proxies: String,

    /// Bearer token that Prometheus sends to read `/metrics` (16 characters or more).
    /// Without it, `/metrics` is off.
    #[arg(long, env = "PORTICO_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,

    /// Files holding the secrets above, for container secrets (`/run/secrets/…`): the value
    /// then never sits in the environment, where `docker inspect` and crash reports show it.
    /// Setting both a variable and its `_FILE` is refused.
    #[arg(long, env = "PORTICO_DATABASE_URL_FILE")]
    pub database_url_file: Option<PathBuf>,
    /// See `database_url_file`.
    #[arg(long, env = "PORTICO_S3_SECRET_ACCESS_KEY_FILE")]
    pub s3_secret_access_key_file: Option<PathBuf>,
    /// See `database_url_file`.
    #[arg(long, env = "PORTICO_SMTP_PASSWORD_FILE")]
    pub smtp_password_file: Option<PathBuf>,
    /// See `database_url_file`.
    #[arg(long, env = "PORTICO_METRICS_TOKEN_FILE")]
    pub metrics_token_file: Option<PathBuf>,

    /// How long to keep trying to reach PostgreSQL at start, in seconds. By default one
    /// attempt of at most 4 s: an unreachable database is reported at once, not after a
    /// silent wait. Set it where the database may start after the app (compose, a reboot).
    #[arg(long, env = "PORTICO_DATABASE_WAIT_SECS", default_value_t = 0)]
    pub database_wait_secs: u64,

    /// Let webhooks reach private, loopback and link-local addresses, and plain http (a
    /// receiver on this host or network). Off: an admin's URL could otherwise reach the cloud
    /// metadata service or internal systems. `true` or `false`.
    #[arg(long, env = "PORTICO_WEBHOOK_ALLOW_PRIVATE", default_value = "false",
          action = clap::ArgAction::Set, value_parser = clap::builder::BoolishValueParser::new())]
    pub webhook_allow_private: bool,
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

impl ServeSettings {
    /// What clap's types cannot say. (Zero workers used to pass here and panic inside actix
    /// after "listening" was logged.)
    pub fn validate(&self) -> Result<(), StartError> {
        if self.workers == Some(0) {
            return Err(StartError::Config(
                "PORTICO_WORKERS (--workers) must be at least 1, got 0; leave it unset for one per core".into(),
            ));
        }
        Ok(())
    }
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
    pub list_cache_mb: u32,
    /// `PORTICO_ACCEL_REDIRECT`: the proxy's internal location for local objects.
    pub accel_redirect: Option<String>,
    pub trusted_proxies: Vec<crate::config::proxy::Net>,
    pub metrics_token: Option<String>,
    /// `PORTICO_WEBHOOK_ALLOW_PRIVATE` (`webhooks::target`).
    pub webhook_allow_private: bool,
}

impl Config {
    pub fn from_settings(s: &Settings, public_url: Option<&str>) -> Result<Self, StartError> {
        let database_url = secret(
            &s.database_url,
            &s.database_url_file,
            "PORTICO_DATABASE_URL",
        )?;
        let s3_secret = secret(
            &s.s3_secret_access_key,
            &s.s3_secret_access_key_file,
            "PORTICO_S3_SECRET_ACCESS_KEY",
        )?;
        let smtp_password = secret(
            &s.smtp_password,
            &s.smtp_password_file,
            "PORTICO_SMTP_PASSWORD",
        )?;
        let metrics_token = secret(
            &s.metrics_token,
            &s.metrics_token_file,
            "PORTICO_METRICS_TOKEN",
        )?;
        // Checked even without a relay: a typo should not wait for the day one is set.
        let smtp_tls = crate::mail::smtp::TlsMode::parse(&s.smtp_tls)?;
        let database = match &database_url {
            Some(u) => DatabaseUrl::parse(u)?,
            None => {
                DatabaseUrl::Sqlite(s.data_dir.join("portico.db").to_string_lossy().into_owned())
            }
        };
        let storage = match &s.storage_url {
            None => StorageUrl::Local(s.data_dir.join("objects")),
            Some(u) => StorageUrl::parse(u)?,
        };
        for (name, value) in [
            ("PORTICO_MAX_FILE_MB", s.max_file_mb),
            ("PORTICO_MAX_UPLOAD_MB", s.max_upload_mb),
            ("PORTICO_TENANT_QUOTA_GB", s.tenant_quota_gb),
        ] {
            if value == 0 {
                return Err(StartError::Config(format!(
                    "{name} must be at least 1, got 0"
                )));
            }
        }
        // A file larger than the request that carries it could never arrive: the limit
        // people are told ("files up to 5000 MB") would be a lie.
        if s.max_file_mb > s.max_upload_mb {
            return Err(StartError::Config(format!(
                "PORTICO_MAX_FILE_MB ({}) is larger than PORTICO_MAX_UPLOAD_MB ({}): a file must fit in one upload request",
                s.max_file_mb, s.max_upload_mb
            )));
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
        let accel_redirect = proxy::accel_location(s.accel_redirect.as_deref(), &storage)?;
        if s.db_pool_size == 0 {
            return Err(StartError::Config(
                "PORTICO_DB_POOL_SIZE must be at least 1, got 0".into(),
            ));
        }
        if let Some(key) = &s.key_file {
            key_file_directory(key)?;
        }
        font_dir(
            std::env::var_os("PORTICO_FONT_DIR")
                .map(PathBuf::from)
                .as_deref(),
        )?;
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
                secret_access_key: s3_secret,
                allow_http: s.s3_allow_http,
            },
            smtp: match &s.smtp_host {
                Some(host) if !host.is_empty() => Some(crate::mail::smtp::SmtpConfig {
                    host: host.clone(),
                    port: s.smtp_port,
                    tls: smtp_tls,
                    username: s.smtp_username.clone(),
                    password: smtp_password,
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
            list_cache_mb: s.list_cache_mb,
            accel_redirect,
            trusted_proxies: crate::config::proxy::Net::parse_list(&s.trusted_proxies)?,
            metrics_token: match metrics_token.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(t) if t.len() < 16 => {
                    // The value is a secret: its length only.
                    return Err(StartError::Config(format!(
                        "PORTICO_METRICS_TOKEN must be at least 16 characters, it has {}",
                        t.len()
                    )));
                }
                Some(t) => Some(t.to_string()),
            },
            webhook_allow_private: s.webhook_allow_private,
        })
    }

    pub fn is_https(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

/// A secret given directly or as `NAME_FILE` (its file's content, without the final line
/// break that an editor or `echo` adds).
fn secret(
    value: &Option<String>,
    file: &Option<PathBuf>,
    name: &str,
) -> Result<Option<String>, StartError> {
    match (value, file) {
        (Some(_), Some(_)) => Err(StartError::Config(format!(
            "{name} and {name}_FILE are both set: keep one"
        ))),
        (value, None) => Ok(value.clone()),
        (None, Some(path)) => std::fs::read_to_string(path)
            .map(|text| Some(text.trim_end_matches(['\r', '\n']).to_string()))
            .map_err(|e| StartError::Config(format!("{name}_FILE {}: {e}", path.display()))),
    }
}

/// A key file named by the operator must be in a directory that exists. Creating the
/// directory would turn a typo into a new, empty key, and a node with another key signs
/// everyone out (the key itself is guarded by `preflight::key_file`).
fn key_file_directory(key: &std::path::Path) -> Result<(), StartError> {
    let dir = match key.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => std::path::Path::new("."),
    };
    if !dir.is_dir() {
        return Err(StartError::Config(format!(
            "PORTICO_KEY_FILE {}: the directory {} does not exist (a key file in a new place would be a new key: fix the path, or create the directory)",
            key.display(),
            dir.display()
        )));
    }
    Ok(())
}

/// `PORTICO_FONT_DIR`, when set, must be a directory holding at least one font: otherwise
/// the first PDF report would fail hours after the start. (The report code reads the same
/// variable when it loads the fonts, so it is read from the environment here too.)
fn font_dir(dir: Option<&std::path::Path>) -> Result<(), StartError> {
    let Some(dir) = dir else { return Ok(()) };
    let entries = std::fs::read_dir(dir).map_err(|e| {
        StartError::Config(format!(
            "PORTICO_FONT_DIR {}: {}",
            dir.display(),
            if e.kind() == std::io::ErrorKind::NotFound {
                "the directory does not exist".to_string()
            } else {
                e.to_string()
            }
        ))
    })?;
    let has_font = entries.flatten().any(|e| {
        e.path()
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| {
                matches!(
                    x.to_ascii_lowercase().as_str(),
                    "ttf" | "otf" | "ttc" | "otc"
                )
            })
    });
    if !has_font {
        return Err(StartError::Config(format!(
            "PORTICO_FONT_DIR {} holds no .ttf, .otf or .ttc font",
            dir.display()
        )));
    }
    Ok(())
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

    #[test]
    fn secrets_from_files() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("token");
        std::fs::write(&file, "from-a-file-0123456789\n").unwrap();
        let name = "PORTICO_METRICS_TOKEN";
        assert_eq!(
            secret(&None, &Some(file.clone()), name).unwrap().as_deref(),
            Some("from-a-file-0123456789"),
            "the editor's final line break is not part of it"
        );
        assert_eq!(
            secret(&Some("direct".into()), &None, name)
                .unwrap()
                .as_deref(),
            Some("direct")
        );
        let both = secret(&Some("direct".into()), &Some(file), name)
            .unwrap_err()
            .to_string();
        assert!(both.contains("PORTICO_METRICS_TOKEN_FILE"), "{both}");
        let missing = secret(&None, &Some(dir.path().join("nope")), name)
            .unwrap_err()
            .to_string();
        assert!(missing.contains("PORTICO_METRICS_TOKEN_FILE") && missing.contains("nope"));
    }

    #[test]
    fn limits_and_places_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        assert!(key_file_directory(&dir.path().join("secret.key")).is_ok());
        assert!(key_file_directory(std::path::Path::new("secret.key")).is_ok());
        let e = key_file_directory(&dir.path().join("typo/secret.key"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("PORTICO_KEY_FILE") && e.contains("typo"), "{e}");
        let e = font_dir(Some(dir.path())).unwrap_err().to_string();
        assert!(e.contains("no .ttf"), "{e}");
        std::fs::write(dir.path().join("A.TTF"), b"").unwrap();
        assert!(font_dir(Some(dir.path())).is_ok());
        assert!(font_dir(None).is_ok());
    }
}
