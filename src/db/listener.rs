//! One PostgreSQL connection per node that `LISTEN`s: other nodes' changes (and this node's
//! own, from writes outside `write_tx`) reach it as notifications, delivered at commit. The
//! authentication cache is its first subscriber; the conversation's live updates are meant
//! to be the next, on the same connection.
//!
//! diesel's connection does not expose its socket, so this speaks libpq (`pq-sys`, which
//! diesel already links) directly: a blocking thread that waits on the socket with `poll`,
//! so a notification is handled as soon as it arrives rather than at the next poll tick.

use std::ffi::{CStr, CString, c_char, c_int};
use std::sync::Weak;
use std::time::Duration;

use pq_sys as pq;

/// What the listener tells its subscriber.
pub enum Event<'a> {
    /// The connection is gone (or not yet made): nothing is heard until `Listening`.
    Lost,
    /// Listening on every channel; `fd` is the socket, which a subscriber may poll to learn
    /// that a notification is on its way.
    Listening {
        fd: c_int,
    },
    /// Bytes arrived and are being read (`true`) or were read and handed over (`false`).
    Reading(bool),
    Notified {
        channel: &'a str,
        payload: &'a str,
    },
}

pub trait Subscriber: Send + Sync {
    fn event(&self, event: Event<'_>);
}

/// How long the socket may stay silent before the connection is checked with a query (a
/// server that vanished without closing it is noticed within this plus the TCP keepalive).
const PROBE_EVERY: Duration = Duration::from_secs(5);

/// Starts the listener thread. It runs until the subscriber is dropped, reconnecting with a
/// growing pause (0.1 s to 5 s) whenever the connection fails.
pub fn start(url: &str, channels: &'static [&'static str], subscriber: Weak<dyn Subscriber>) {
    let url = url.to_string();
    let spawned = std::thread::Builder::new()
        .name("pg-listener".into())
        .spawn(move || run(&url, channels, &subscriber));
    if let Err(e) = spawned {
        tracing::error!(error = %e, "could not start the PostgreSQL listener");
    }
}

fn run(url: &str, channels: &[&str], subscriber: &Weak<dyn Subscriber>) {
    let mut pause = Duration::from_millis(100);
    let mut failures = 0u32;
    loop {
        match subscriber.upgrade() {
            Some(s) => s.event(Event::Lost),
            None => return,
        }
        match Conn::open(url, channels) {
            Ok(conn) => {
                if failures > 0 {
                    tracing::info!("PostgreSQL listener connected again");
                }
                pause = Duration::from_millis(100);
                failures = 0;
                match conn.serve(subscriber) {
                    Ok(()) => return,
                    Err(e) => tracing::warn!(error = %e, "PostgreSQL listener lost its connection"),
                }
            }
            Err(e) => {
                failures += 1;
                // Once, then every 50th try: a database that is down for long should not
                // fill the log.
                if failures == 1 || failures.is_multiple_of(50) {
                    tracing::warn!(error = %e, failures, "PostgreSQL listener cannot connect");
                }
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_secs(5));
            }
        }
    }
}

unsafe extern "C" fn quiet(_: *mut std::ffi::c_void, _: *const c_char) {}

struct Conn(*mut pq::PGconn);

impl Drop for Conn {
    fn drop(&mut self) {
        // SAFETY: the handle came from PQconnectdbParams and is finished once.
        unsafe { pq::PQfinish(self.0) }
    }
}

impl Conn {
    fn open(url: &str, channels: &[&str]) -> Result<Self, String> {
        let keys = [
            c"dbname",
            c"connect_timeout",
            c"keepalives_idle",
            c"keepalives_interval",
            c"keepalives_count",
            c"application_name",
        ];
        let url = CString::new(url).map_err(|_| "database URL holds a NUL byte".to_string())?;
        let values = [url.as_c_str(), c"5", c"5", c"2", c"2", c"portico-listener"];
        let mut k: Vec<*const c_char> = keys.iter().map(|s| s.as_ptr()).collect();
        let mut v: Vec<*const c_char> = values.iter().map(|s| s.as_ptr()).collect();
        k.push(std::ptr::null());
        v.push(std::ptr::null());
        // SAFETY: two NUL-terminated arrays of C strings that outlive the call;
        // expand_dbname = 1 reads the URL given as dbname, later keywords override it.
        let conn = Conn(unsafe { pq::PQconnectdbParams(k.as_ptr(), v.as_ptr(), 1) });
        if conn.0.is_null() {
            return Err("out of memory".into());
        }
        // libpq prints server notices (the FATAL of a terminated connection) on stderr; the
        // loop above logs what matters.
        // SAFETY: a non-null handle and a processor that ignores its arguments.
        unsafe { pq::PQsetNoticeProcessor(conn.0, Some(quiet), std::ptr::null_mut()) };
        // SAFETY: a non-null handle.
        if unsafe { pq::PQstatus(conn.0) } != pq::ConnStatusType::CONNECTION_OK {
            return Err(conn.error());
        }
        for channel in channels {
            conn.exec(
                &format!("LISTEN {channel}"),
                pq::ExecStatusType::PGRES_COMMAND_OK,
            )?;
        }
        Ok(conn)
    }

    fn error(&self) -> String {
        // SAFETY: libpq returns a NUL-terminated string owned by the connection.
        unsafe { CStr::from_ptr(pq::PQerrorMessage(self.0)) }
            .to_string_lossy()
            .trim()
            .to_string()
    }

    fn exec(&self, sql: &str, expect: pq::ExecStatusType) -> Result<(), String> {
        let sql = CString::new(sql).map_err(|_| "statement holds a NUL byte".to_string())?;
        // SAFETY: a live handle and a NUL-terminated statement; the result is cleared.
        unsafe {
            let res = pq::PQexec(self.0, sql.as_ptr());
            let status = pq::PQresultStatus(res);
            pq::PQclear(res);
            if status == expect {
                Ok(())
            } else {
                Err(self.error())
            }
        }
    }

    /// Waits for notifications and hands them over until the subscriber is dropped (`Ok`)
    /// or the connection fails (`Err`).
    fn serve(&self, subscriber: &Weak<dyn Subscriber>) -> Result<(), String> {
        // SAFETY: a live handle.
        let fd = unsafe { pq::PQsocket(self.0) };
        if fd < 0 {
            return Err("no socket".into());
        }
        match subscriber.upgrade() {
            Some(s) => s.event(Event::Listening { fd }),
            None => return Ok(()),
        }
        loop {
            let mut p = libc::pollfd {
                fd,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: one pollfd on the stack.
            let n = unsafe { libc::poll(&mut p, 1, PROBE_EVERY.as_millis() as c_int) };
            let Some(s) = subscriber.upgrade() else {
                return Ok(());
            };
            if n < 0 {
                let e = std::io::Error::last_os_error();
                if e.kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(e.to_string());
            }
            if n == 0 {
                // Silence: make sure the server is still there.
                s.event(Event::Reading(true));
                let probe = self.exec("SELECT 1", pq::ExecStatusType::PGRES_TUPLES_OK);
                self.drain(&*s);
                s.event(Event::Reading(false));
                probe?;
                continue;
            }
            s.event(Event::Reading(true));
            // SAFETY: a live handle; reads what the socket holds without blocking.
            let ok = unsafe { pq::PQconsumeInput(self.0) } == 1;
            self.drain(&*s);
            s.event(Event::Reading(false));
            if !ok || unsafe { pq::PQstatus(self.0) } != pq::ConnStatusType::CONNECTION_OK {
                return Err(self.error());
            }
        }
    }

    fn drain(&self, s: &dyn Subscriber) {
        loop {
            // SAFETY: a live handle; each notification is freed after use.
            let n = unsafe { pq::PQnotifies(self.0) };
            if n.is_null() {
                return;
            }
            unsafe {
                let channel = CStr::from_ptr((*n).relname).to_string_lossy();
                let payload = CStr::from_ptr((*n).extra).to_string_lossy();
                s.event(Event::Notified {
                    channel: &channel,
                    payload: &payload,
                });
                pq::PQfreemem(n.cast());
            }
        }
    }
}

// SAFETY: the handle is used by the one thread that owns the `Conn`.
unsafe impl Send for Conn {}
