//! What `main` checks after the settings are valid and before it prints or serves anything:
//! the listening socket (a port in use is named), the database answering (an unreachable
//! PostgreSQL is one line within 5 s, not a silent 30-second wait), and the secret key
//! belonging to the data (a missing key file is never replaced by a new key once there is
//! data it signed).

use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, Instant};

use diesel::Connection;

use super::{Config, DatabaseUrl, redact};
use crate::db::DbConn;
use crate::error::StartError;

/// One attempt to reach PostgreSQL, at most: with the process's own start-up the whole
/// refusal stays within 5 s.
const ATTEMPT: Duration = Duration::from_secs(4);

/// Binds the listening socket with actix's backlog (1024; std's `TcpListener::bind` uses
/// 128). Called before the database is opened, so a port in use is reported by its address
/// before any migration runs or any link is printed. Needs a Tokio runtime (the listener is
/// registered with it, then handed back as a std socket for actix to take over).
pub fn listen(bind: SocketAddr) -> Result<std::net::TcpListener, StartError> {
    let failed = |e: std::io::Error| {
        StartError::Config(format!(
            "PORTICO_BIND {bind}: cannot listen on {bind}: {e}{}",
            if e.kind() == std::io::ErrorKind::AddrInUse {
                " (another program, or another portico, listens there)"
            } else {
                ""
            }
        ))
    };
    let socket = if bind.is_ipv4() {
        actix_web::rt::net::TcpSocket::new_v4()
    } else {
        actix_web::rt::net::TcpSocket::new_v6()
    }
    .map_err(failed)?;
    // As actix does: a restarted node may bind while old connections sit in TIME_WAIT.
    socket.set_reuseaddr(true).map_err(failed)?;
    socket.bind(bind).map_err(failed)?;
    let listener = socket.listen(1024).map_err(failed)?;
    listener.into_std().map_err(failed)
}

/// What a command does with the secret key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyUse {
    /// It loads the key (serve, demo, fsck, backup): a missing key file is created only on a
    /// fresh install and refused once there is data.
    Needs,
    /// It writes data without using the key (migrate, tenant create, user add): on a fresh
    /// install the key is created with the first data, so that the next `serve` finds the
    /// pair; with data and no key it does nothing (`serve` will say why).
    CreateIfFresh,
    /// It reads only (audit verify, user deactivate).
    Ignores,
}

/// Reaches the database (for `wait` more at most, with PostgreSQL) and guards the key.
pub fn database(config: &Config, wait: Duration, key: KeyUse) -> Result<(), StartError> {
    let mut conn = match &config.database {
        DatabaseUrl::Postgres(url) => Some(DbConn::Postgres(reach_postgres(url, wait)?)),
        // Opening a SQLite file that does not exist would create it: there is nothing to
        // reach, and no data.
        DatabaseUrl::Sqlite(path) if Path::new(path).exists() => Some(DbConn::Sqlite(
            diesel::SqliteConnection::establish(path).map_err(|e| {
                StartError::Database(format!(
                    "PORTICO_DATABASE_URL sqlite://{path}: {}",
                    one_line(&e.to_string())
                ))
            })?,
        )),
        DatabaseUrl::Sqlite(_) => None,
    };
    if key == KeyUse::Ignores || config.key_file.exists() {
        return Ok(());
    }
    let fresh = match conn.as_mut() {
        None => true,
        Some(c) => fresh(c).map_err(|e| {
            StartError::Database(format!("cannot read the database: {}", one_line(&e)))
        })?,
    };
    if fresh {
        // Born together with the data it will sign.
        crate::auth::keys::Keys::load_or_create(&config.key_file)?;
        return Ok(());
    }
    if key == KeyUse::CreateIfFresh {
        return Ok(());
    }
    Err(StartError::Config(format!(
        "PORTICO_KEY_FILE {key} does not exist, but the database {db} already holds data: a new key \
         would sign everyone out and stop the tenants' documents verifying. Point PORTICO_KEY_FILE \
         at this deployment's key file (the same on every node); only if it is truly lost, create \
         a new one with `head -c 64 /dev/urandom | base64 -w0 > {key}`",
        key = config.key_file.display(),
        db = match &config.database {
            DatabaseUrl::Sqlite(p) => format!("sqlite://{p}"),
            DatabaseUrl::Postgres(u) => redact(u),
        }
    )))
}

/// Whether the database is a fresh install, where a new key cannot sign anyone out.
///
/// SQLite is one file on one node, normally beside its key: it is fresh while it holds no
/// tenant and no person (nothing was signed yet). PostgreSQL is shared by several nodes,
/// each with its own copy of the key file: it is fresh only until the first node has
/// migrated it. A second node started with a mistyped `PORTICO_KEY_FILE` before anyone
/// signed up would otherwise make its own key and sign out, at random, whoever the balancer
/// sends to it. (Two nodes started at the very same moment on an empty database can still
/// race: create the key before the first start, as deploy/compose.yaml does.)
fn fresh(conn: &mut DbConn) -> Result<bool, String> {
    use diesel::RunQueryDsl;
    use diesel::dsl::sql;
    use diesel::sql_types::BigInt;
    let tables = match conn {
        DbConn::Sqlite(_) => {
            "(SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'tenants')"
        }
        DbConn::Postgres(_) => {
            "(SELECT COUNT(*) FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_name = 'tenants')"
        }
    };
    let migrated: i64 = diesel::select(sql::<BigInt>(tables))
        .get_result(conn)
        .map_err(|e| e.to_string())?;
    if migrated == 0 {
        return Ok(true);
    }
    if matches!(conn, DbConn::Postgres(_)) {
        return Ok(false);
    }
    let data: i64 = diesel::select(sql::<BigInt>(
        "CAST(CASE WHEN EXISTS (SELECT 1 FROM tenants) OR EXISTS (SELECT 1 FROM users) \
         THEN 1 ELSE 0 END AS BIGINT)",
    ))
    .get_result(conn)
    .map_err(|e| e.to_string())?;
    Ok(data == 0)
}

/// One connection to PostgreSQL, tried for `wait` at most (at least once). Each attempt runs
/// on a thread of its own so that a host that swallows packets cannot hold the start for
/// the TCP timeout; such a thread is left behind, and the process exits soon after.
fn reach_postgres(url: &str, wait: Duration) -> Result<diesel::PgConnection, StartError> {
    let deadline = Instant::now() + wait;
    let mut said = false;
    loop {
        let (tx, rx) = std::sync::mpsc::channel();
        let u = url.to_string();
        std::thread::spawn(move || {
            let _ = tx.send(diesel::PgConnection::establish(&u));
        });
        let why = match rx.recv_timeout(ATTEMPT) {
            Ok(Ok(c)) => return Ok(c),
            Ok(Err(e)) => one_line(&e.to_string()),
            Err(_) => format!("no answer within {} s", ATTEMPT.as_secs()),
        };
        let now = Instant::now();
        if now >= deadline {
            return Err(StartError::Database(format!(
                "PORTICO_DATABASE_URL {}: cannot connect to PostgreSQL: {why}{}",
                redact(url),
                if wait.is_zero() {
                    " (set PORTICO_DATABASE_WAIT_SECS to wait for it at start)"
                } else {
                    ""
                }
            )));
        }
        if !said {
            tracing::warn!(
                database = %redact(url),
                error = %why,
                wait_secs = wait.as_secs(),
                "PostgreSQL does not answer yet; trying again (PORTICO_DATABASE_WAIT_SECS)"
            );
            said = true;
        }
        std::thread::sleep((deadline - now).min(Duration::from_secs(1)));
    }
}

/// libpq's messages run over several lines ("…failed: Connection refused\n\tIs the server
/// running…"): one line for the operator's log.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_fit_on_one_line() {
        assert_eq!(
            one_line("connection to server failed: Connection refused\n\tIs the server running?\n"),
            "connection to server failed: Connection refused Is the server running?"
        );
    }
}
