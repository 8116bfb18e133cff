//! Database access: one `DbConn` over SQLite and PostgreSQL, an r2d2 pool, the embedded
//! migrations of each backend, and `Db::run`, which moves synchronous diesel work off the
//! async workers.

pub mod listener;
pub mod schema;
mod sqlite;

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool, PooledConnection};
use diesel::{PgConnection, SqliteConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::config::DatabaseUrl;
use crate::error::{AppError, StartError};

#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Postgres(PgConnection),
    Sqlite(SqliteConnection),
}

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

pub type DbPool = Pool<ConnectionManager<DbConn>>;
pub type PooledConn = PooledConnection<ConnectionManager<DbConn>>;

/// SQLite needs per-connection settings: foreign keys are off by default, and WAL plus a busy
/// timeout let readers and one writer share the file without "database is locked" errors.
#[derive(Debug)]
struct ConnectionSetup {
    /// Page cache per connection, in KiB: the node's budget shared by the pool, so the
    /// cache cannot outgrow it however large the database becomes.
    cache_kib: u64,
}

impl CustomizeConnection<DbConn, diesel::r2d2::Error> for ConnectionSetup {
    fn on_acquire(&self, conn: &mut DbConn) -> Result<(), diesel::r2d2::Error> {
        if let DbConn::Sqlite(c) = conn {
            // A memory map and a larger page cache keep B-tree walks out of read() calls:
            // with a million orders the list was twice as slow as with a thousand without
            // them (benches/run.sh, scale).
            c.batch_execute(&format!(
                "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; \
                 PRAGMA mmap_size = 268435456; PRAGMA cache_size = -{};",
                self.cache_kib
            ))
            .map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

#[derive(Clone)]
pub struct Db {
    pool: DbPool,
}

impl Db {
    /// Opens the pool and applies pending migrations. `sqlite_cache_mib` is the page cache of
    /// all the pool's SQLite connections together (PostgreSQL ignores it).
    pub fn connect(
        url: &DatabaseUrl,
        pool_size: u32,
        sqlite_cache_mib: u32,
    ) -> Result<Self, StartError> {
        if let DatabaseUrl::Sqlite(path) = url {
            sqlite::install();
            if let Some(parent) = std::path::Path::new(path).parent()
                && !parent.as_os_str().is_empty()
            {
                std::fs::create_dir_all(parent)?;
            }
            // WAL lets readers and one writer share the file. It is a property of the file,
            // set once here: switching it needs a lock that pooled connections would fight over.
            use diesel::Connection;
            let mut c = SqliteConnection::establish(path)
                .map_err(|e| StartError::Database(e.to_string()))?;
            c.batch_execute("PRAGMA journal_mode = WAL;")
                .map_err(|e| StartError::Database(e.to_string()))?;
            // The authentication cache learns of a commit after it took place from the WAL
            // hook (`db::sqlite`); a file system without shared memory (some network
            // mounts) leaves the file in another mode, and then nothing would tell it.
            let mode: String = {
                use diesel::RunQueryDsl;
                diesel::select(diesel::dsl::sql::<diesel::sql_types::Text>(
                    "(SELECT journal_mode FROM pragma_journal_mode)",
                ))
                .get_result(&mut c)
                .map_err(|e| StartError::Database(e.to_string()))?
            };
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(StartError::Database(format!(
                    "{path}: SQLite could not use write-ahead logging (journal mode {mode}); \
                     keep the database on a local file system"
                )));
            }
        }
        let manager = ConnectionManager::<DbConn>::new(match url {
            DatabaseUrl::Sqlite(p) => format!("sqlite://{p}"),
            DatabaseUrl::Postgres(u) => u.clone(),
        });
        let pool = Pool::builder()
            .max_size(pool_size)
            // A SQLite connection is a file handle that cannot go stale; a PostgreSQL one
            // can (a restarted server), and is checked before each use.
            .test_on_check_out(matches!(url, DatabaseUrl::Postgres(_)))
            .connection_timeout(Duration::from_secs(10))
            .connection_customizer(Box::new(ConnectionSetup {
                cache_kib: (u64::from(sqlite_cache_mib) * 1024 / u64::from(pool_size.max(1)))
                    .max(512),
            }))
            .build(manager)
            .map_err(|e| StartError::Database(e.to_string()))?;
        let db = Self { pool };
        db.migrate()?;
        Ok(db)
    }

    pub fn migrate(&self) -> Result<Vec<String>, StartError> {
        let mut conn = self
            .pool
            .get()
            .map_err(|e| StartError::Database(e.to_string()))?;
        let applied = match &mut *conn {
            DbConn::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(names),
            DbConn::Postgres(c) => {
                // Nodes started together would otherwise race to apply the same migration
                // and all but one fail to start; the lock makes the others wait and find
                // nothing left to do.
                c.batch_execute("SELECT pg_advisory_lock(7406150001)")
                    .map_err(|e| StartError::Database(e.to_string()))?;
                let r = c.run_pending_migrations(POSTGRES_MIGRATIONS).map(names);
                let _ = c.batch_execute("SELECT pg_advisory_unlock(7406150001)");
                r
            }
        };
        applied.map_err(|e| StartError::Database(format!("migrations failed: {e}")))
    }

    /// Undoes every applied migration, newest first (tests prove each down migration works on
    /// both backends); returns the versions undone.
    pub fn revert_all(&self) -> Result<Vec<String>, StartError> {
        let mut conn = self
            .pool
            .get()
            .map_err(|e| StartError::Database(e.to_string()))?;
        let undone = match &mut *conn {
            DbConn::Sqlite(c) => c.revert_all_migrations(SQLITE_MIGRATIONS).map(names),
            DbConn::Postgres(c) => c.revert_all_migrations(POSTGRES_MIGRATIONS).map(names),
        };
        undone.map_err(|e| StartError::Database(format!("down migrations failed: {e}")))
    }

    /// A pooled connection for synchronous callers (CLI, tests). Request handlers use `run`.
    pub fn conn(&self) -> Result<PooledConn, AppError> {
        Ok(self.pool.get()?)
    }

    /// Runs `f` with a pooled connection on the blocking thread pool, so that diesel never
    /// blocks an async worker and no connection is held across an `.await`.
    pub async fn run<T, F>(&self, f: F) -> Result<T, AppError>
    where
        F: FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        actix_web::web::block(move || {
            let mut conn = pool.get()?;
            f(&mut conn)
        })
        .await
        .map_err(AppError::internal)?
    }

    /// Connections open and idle in this node's pool (for metrics).
    pub fn pool_state(&self) -> (u32, u32) {
        let s = self.pool.state();
        (s.connections, s.idle_connections)
    }

    pub async fn ping(&self) -> Result<(), AppError> {
        self.run(|conn| {
            use diesel::RunQueryDsl;
            diesel::sql_query("SELECT 1").execute(conn)?;
            Ok(())
        })
        .await
    }
}

fn names(v: Vec<diesel::migration::MigrationVersion<'_>>) -> Vec<String> {
    v.into_iter().map(|m| m.to_string()).collect()
}

/// Write transactions. On SQLite a plain (deferred) transaction that reads before it writes
/// fails at once with "database is locked" when another connection wrote in between (the
/// busy timeout cannot help an upgrade); `BEGIN IMMEDIATE` takes the write lock first and
/// waits for it. Nested calls become savepoints as usual.
///
/// On PostgreSQL the outermost transaction also asks, before it commits, whether it changed
/// what authentication reads (the `auth_changed` triggers, migration 000018), and if so
/// empties this process's authentication caches right after the commit
/// (`auth::cache::changed`), before the request that wrote it answers: a revocation is never
/// served from memory. Other nodes hear of it through their listener (`db::listener`), and
/// every node, this one included, hears everything committed before a request arrived
/// before memory answers that request (`listener::Fence::caught_up`). Changes to the order
/// lists (the `orders_changed` triggers, migration 000020) are heard the same way.
pub trait WriteTransaction {
    fn write_tx<T, E, F>(&mut self, f: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConn) -> Result<T, E>,
        E: From<diesel::result::Error>;
}

/// Whether the open PostgreSQL transaction changed what authentication reads (the flag the
/// `auth_changed` trigger sets for the transaction). (SQLite needs no question: its hooks
/// see every commit, `db::sqlite`.)
fn auth_changed(conn: &mut DbConn) -> Result<bool, diesel::result::Error> {
    use diesel::RunQueryDsl;
    diesel::select(diesel::dsl::sql::<diesel::sql_types::Bool>(
        "coalesce(current_setting('portico.auth_changed', true) = 'true', false)",
    ))
    .get_result(conn)
}

/// Begin, commit and rollback of the backend connection inside a `DbConn`: both use diesel's
/// ANSI transaction manager, so one implementation serves both.
trait AnsiConn {
    fn outermost(&mut self) -> bool;
    fn begin(&mut self, sql: &str) -> diesel::QueryResult<()>;
    fn commit(&mut self) -> diesel::QueryResult<()>;
    fn rollback(&mut self) -> diesel::QueryResult<()>;
}

impl<C> AnsiConn for C
where
    C: diesel::Connection<TransactionManager = diesel::connection::AnsiTransactionManager>,
{
    fn outermost(&mut self) -> bool {
        use diesel::connection::{AnsiTransactionManager, TransactionManager};
        AnsiTransactionManager::transaction_manager_status_mut(self)
            .transaction_depth()
            .ok()
            .flatten()
            .is_none()
    }
    fn begin(&mut self, sql: &str) -> diesel::QueryResult<()> {
        diesel::connection::AnsiTransactionManager::begin_transaction_sql(self, sql)
    }
    fn commit(&mut self) -> diesel::QueryResult<()> {
        use diesel::connection::{AnsiTransactionManager, TransactionManager};
        AnsiTransactionManager::commit_transaction(self)
    }
    fn rollback(&mut self) -> diesel::QueryResult<()> {
        use diesel::connection::{AnsiTransactionManager, TransactionManager};
        AnsiTransactionManager::rollback_transaction(self)
    }
}

impl DbConn {
    fn backend(&mut self) -> &mut dyn AnsiConn {
        match self {
            DbConn::Sqlite(c) => c,
            DbConn::Postgres(c) => c,
        }
    }
}

impl WriteTransaction for DbConn {
    fn write_tx<T, E, F>(&mut self, f: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConn) -> Result<T, E>,
        E: From<diesel::result::Error>,
    {
        use diesel::Connection;
        if !self.backend().outermost() {
            return self.transaction(f);
        }
        let sqlite = matches!(self, DbConn::Sqlite(_));
        self.backend()
            .begin(if sqlite { "BEGIN IMMEDIATE" } else { "BEGIN" })?;
        let result = f(self).and_then(|v| {
            let changed = !sqlite && auth_changed(self)?;
            Ok((v, changed))
        });
        match result {
            Ok((v, changed)) => match self.backend().commit() {
                Ok(()) => {
                    if changed {
                        crate::auth::cache::changed();
                    }
                    Ok(v)
                }
                Err(e) => {
                    let _ = self.backend().rollback();
                    Err(e.into())
                }
            },
            Err(e) => {
                let _ = self.backend().rollback();
                Err(e)
            }
        }
    }
}
