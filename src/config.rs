//! Typed configuration read once from `PORTICO_*` variables (through clap) and validated at
//! start, with defaults that make the embedded mode work with zero settings.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

use crate::error::StartError;

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

    /// Object storage URL: file://PATH (S3 arrives with the files feature).
    /// Default: file://<data dir>/objects
    #[arg(long, env = "PORTICO_STORAGE_URL")]
    pub storage_url: Option<String>,

    /// File holding the server's secret key (created with mode 0600 on first start when it
    /// does not exist). Every app node behind one load balancer needs the same file.
    /// Default: <data dir>/secret.key
    #[arg(long, env = "PORTICO_KEY_FILE")]
    pub key_file: Option<PathBuf>,

    /// Database connection pool size per node.
    #[arg(long, env = "PORTICO_DB_POOL_SIZE", default_value_t = 10)]
    pub db_pool_size: u32,
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

/// The validated configuration the application runs with.
#[derive(Debug, Clone)]
pub struct Config {
    pub data_dir: PathBuf,
    pub database: DatabaseUrl,
    pub storage_dir: PathBuf,
    pub key_file: PathBuf,
    pub public_url: String,
    pub db_pool_size: u32,
}

impl Config {
    pub fn from_settings(s: &Settings, public_url: Option<&str>) -> Result<Self, StartError> {
        let database = match &s.database_url {
            Some(u) => DatabaseUrl::parse(u)?,
            None => {
                DatabaseUrl::Sqlite(s.data_dir.join("portico.db").to_string_lossy().into_owned())
            }
        };
        let storage_dir = match &s.storage_url {
            None => s.data_dir.join("objects"),
            Some(u) => match u.strip_prefix("file://") {
                Some(p) if !p.is_empty() => PathBuf::from(p),
                _ => {
                    return Err(StartError::Config(format!(
                        "PORTICO_STORAGE_URL: unsupported value {u:?}; use file://PATH"
                    )));
                }
            },
        };
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
            storage_dir,
            public_url,
            db_pool_size: s.db_pool_size,
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
