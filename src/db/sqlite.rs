//! Process-wide SQLite settings that diesel cannot reach: the connection handle is private
//! to it, so they are made by an auto-extension, which SQLite runs for every connection the
//! process opens.
//!
//! Besides stable plans, each connection reports commits that changed what this process
//! keeps in memory: what authentication reads (`auth::cache`; the `auth_changed` triggers of
//! migration 000018 write `auth_epoch`) and the order lists (`orders::cache`; the
//! `order_changed` triggers of migration 000020 write `order_epoch`). The update hook notices
//! those writes (flags of the connection's own), and the WAL hook, which SQLite calls after
//! the commit has taken place, empties the caches. Every write of this process is seen this
//! way, in a transaction or not, before the statement that committed returns.

use std::ffi::{CStr, c_char, c_int, c_void};
use std::sync::Once;
use std::sync::atomic::{AtomicU8, Ordering};

use libsqlite3_sys as ffi;

/// SQLite (3.53 here) plans `LIMIT ?` with the value bound at the time and marks the
/// statement to be prepared again whenever that parameter is bound again, which diesel does
/// at every run of a cached statement. Every `.first()` and page query was parsed and planned
/// anew: half the CPU time of an authenticated request went into `sqlite3Reprepare`
/// (perf, `GET /api/v1/me`). The query planner stability guarantee makes plans independent
/// of bound values, so a cached statement is used as it is.
unsafe extern "C" fn stable_plans(
    db: *mut ffi::sqlite3,
    _err: *mut *mut c_char,
    _api: *const ffi::sqlite3_api_routines,
) -> c_int {
    // SAFETY: SQLite calls this with the handle of a connection being opened; the option
    // takes an int and an optional int pointer for the old value.
    unsafe {
        ffi::sqlite3_db_config(
            db,
            ffi::SQLITE_DBCONFIG_ENABLE_QPSG,
            1 as c_int,
            std::ptr::null_mut::<c_int>(),
        )
    }
}

/// Per connection: what it wrote in its open transaction (`AUTH`, `ORDERS`). Kept as the
/// connection's client data (freed when it closes) and handed to its hooks.
struct Written(AtomicU8);

const AUTH: u8 = 1;
const ORDERS: u8 = 2;

/// Empties the caches a commit's marks name.
fn forget(marks: u8) {
    if marks & AUTH != 0 {
        crate::auth::cache::changed();
    }
    if marks & ORDERS != 0 {
        crate::orders::cache::changed();
    }
}

unsafe extern "C" fn free_flag(p: *mut c_void) {
    // SAFETY: the pointer came from `Box::into_raw` in `connection_setup`; SQLite calls this
    // once, when the connection closes.
    drop(unsafe { Box::from_raw(p.cast::<Written>()) });
}

/// SAFETY (for the callers): `p` is the connection's `Written`, alive while it is open.
unsafe fn flag<'a>(p: *mut c_void) -> &'a AtomicU8 {
    unsafe { &(*p.cast::<Written>()).0 }
}

unsafe extern "C" fn on_update(
    p: *mut c_void,
    _op: c_int,
    _db: *const c_char,
    table: *const c_char,
    _rowid: ffi::sqlite3_int64,
) {
    // SAFETY: SQLite passes the table's NUL-terminated name and our user data.
    let mark = match unsafe { CStr::from_ptr(table) }.to_bytes() {
        b"auth_epoch" => AUTH,
        b"order_epoch" => ORDERS,
        _ => return,
    };
    unsafe { flag(p) }.fetch_or(mark, Ordering::SeqCst);
}

/// Before the commit: forget already (kept for safety; the WAL hook below is what counts).
unsafe extern "C" fn on_commit(p: *mut c_void) -> c_int {
    // SAFETY: our user data.
    forget(unsafe { flag(p) }.load(Ordering::SeqCst));
    0
}

unsafe extern "C" fn on_rollback(p: *mut c_void) {
    // SAFETY: our user data.
    unsafe { flag(p) }.store(0, Ordering::SeqCst);
}

/// After the commit: forget again, for a request that read the old state between the two
/// calls. (`Db::connect` refuses a database that is not in WAL mode, so this always runs.)
/// Registering this hook replaces SQLite's automatic checkpoint, which it does here the same
/// way (a passive checkpoint once the log holds 1000 pages).
unsafe extern "C" fn on_wal_commit(
    p: *mut c_void,
    db: *mut ffi::sqlite3,
    name: *const c_char,
    pages: c_int,
) -> c_int {
    // SAFETY: our user data.
    forget(unsafe { flag(p) }.swap(0, Ordering::SeqCst));
    if pages >= 1000 {
        // SAFETY: the handle and database name SQLite passed to this hook.
        unsafe { ffi::sqlite3_wal_checkpoint(db, name) };
    }
    ffi::SQLITE_OK
}

unsafe extern "C" fn connection_setup(
    db: *mut ffi::sqlite3,
    err: *mut *mut c_char,
    api: *const ffi::sqlite3_api_routines,
) -> c_int {
    let written = Box::into_raw(Box::new(Written(AtomicU8::new(0)))).cast::<c_void>();
    // SAFETY: the handle of a connection being opened; the flag lives as the connection's
    // client data until it closes (SQLite then frees it with `free_flag`), and the hooks,
    // which SQLite calls only while the connection is open, receive it as their user data.
    unsafe {
        ffi::sqlite3_set_clientdata(db, c"portico.auth".as_ptr(), written, Some(free_flag));
        ffi::sqlite3_update_hook(db, Some(on_update), written);
        ffi::sqlite3_commit_hook(db, Some(on_commit), written);
        ffi::sqlite3_rollback_hook(db, Some(on_rollback), written);
        ffi::sqlite3_wal_hook(db, Some(on_wal_commit), written);
        stable_plans(db, err, api)
    }
}

/// Registers the settings for every SQLite connection opened from now on (idempotent).
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // SAFETY: registers a function with the signature SQLite expects of an extension.
        let rc = unsafe { ffi::sqlite3_auto_extension(Some(connection_setup)) };
        if rc != ffi::SQLITE_OK {
            tracing::warn!(rc, "could not register the SQLite connection setting");
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How often a cached `SELECT … LIMIT ?` is prepared again over three runs that bind
    /// the same value, with the guarantee on or off.
    fn reprepares(qpsg: c_int) -> c_int {
        let mut db: *mut ffi::sqlite3 = std::ptr::null_mut();
        let mut stmt: *mut ffi::sqlite3_stmt = std::ptr::null_mut();
        let mut on: c_int = -1;
        // SAFETY: an in-memory database and one statement, used and freed on this thread.
        unsafe {
            assert_eq!(
                ffi::sqlite3_open(c":memory:".as_ptr(), &mut db),
                ffi::SQLITE_OK
            );
            ffi::sqlite3_db_config(db, ffi::SQLITE_DBCONFIG_ENABLE_QPSG, -1 as c_int, &mut on);
            assert_eq!(on, 1, "connections get the guarantee");
            ffi::sqlite3_db_config(db, ffi::SQLITE_DBCONFIG_ENABLE_QPSG, qpsg, &mut on);
            let sql = c"SELECT 1 UNION ALL SELECT 2 LIMIT ?";
            let rc = ffi::sqlite3_prepare_v3(
                db,
                sql.as_ptr(),
                -1,
                ffi::SQLITE_PREPARE_PERSISTENT,
                &mut stmt,
                std::ptr::null_mut(),
            );
            assert_eq!(rc, ffi::SQLITE_OK);
            for _ in 0..3 {
                ffi::sqlite3_bind_int(stmt, 1, 1);
                assert_eq!(ffi::sqlite3_step(stmt), ffi::SQLITE_ROW);
                ffi::sqlite3_reset(stmt);
            }
            let n = ffi::sqlite3_stmt_status(stmt, ffi::SQLITE_STMTSTATUS_REPREPARE, 0);
            ffi::sqlite3_finalize(stmt);
            ffi::sqlite3_close(db);
            n
        }
    }

    #[test]
    fn cached_statements_are_not_prepared_again() {
        install();
        assert_eq!(reprepares(1), 0);
        // Without it SQLite prepares the statement again at each new binding: if this ever
        // becomes 0, SQLite stopped doing so and the setting is no longer needed.
        assert!(reprepares(0) > 0);
    }
}
