//! One PostgreSQL connection per node that `LISTEN`s: other nodes' changes (and this node's
//! own, from writes outside `write_tx`) reach it as notifications, delivered at commit. The
//! authentication cache is its first subscriber; the conversation's live updates are meant
//! to be the next, on the same connection.
//!
//! diesel's connection does not expose its socket, so this speaks libpq (`pq-sys`, which
//! diesel already links) directly: a blocking thread that waits on the socket with `poll`,
//! so a notification is handled as soon as it arrives rather than at the next poll tick.

use std::ffi::{CStr, CString, c_char, c_int};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use pq_sys as pq;

/// What the listener tells its subscriber.
#[derive(Clone, Copy)]
pub enum Event<'a> {
    /// The connection is gone (or not yet made): nothing is heard until `Listening`.
    Lost,
    /// Listening on every channel (and its first heartbeat came back).
    Listening,
    /// The node's own heartbeat came back through the connection: everything committed
    /// before it was sent has been heard.
    Alive,
    Notified {
        channel: &'a str,
        payload: &'a str,
    },
}

pub trait Subscriber: Send + Sync {
    fn event(&self, event: Event<'_>);
}

/// Several subscribers on one listener, told in order.
pub struct Fanout(pub Vec<Arc<dyn Subscriber>>);

impl Subscriber for Fanout {
    fn event(&self, event: Event<'_>) {
        for s in &self.0 {
            s.event(event);
        }
    }
}

/// How often the listener sends itself a heartbeat on a channel of its own. When it comes
/// back, every notice committed before it was sent has been delivered; a subscriber that has
/// not heard one for a few beats knows the connection may have died silently (a firewall
/// dropping it, a failover moving the address) and stops trusting what it remembers.
pub const BEAT_EVERY: Duration = Duration::from_millis(250);

/// Lets a caller wait until this node's listener has heard everything committed before the
/// call: the caller asks for a heartbeat, which the listener sends on its own connection, and
/// as the server hands a listener the notices in commit order, its coming back means every
/// notice committed earlier came first.
///
/// A request fences before it trusts memory (`auth::cache`, `orders::cache`): a revocation
/// answered by any node before this request arrived is then heard first. (Writers used to
/// fence instead, waiting for their own node to hear the change back: that proves nothing
/// about the other nodes, whose server processes may not have passed the notice on yet;
/// under load one had not, and a revoked token was answered from memory by the other node.)
pub struct Fence {
    wake: std::os::fd::OwnedFd,
    /// Heartbeats asked for, and the last asked-for one that came back.
    state: Mutex<(u64, u64)>,
    /// Whether the listener is connected: while it is not, its node reads the database for
    /// every request and nobody answers a heartbeat, so nobody waits for one.
    connected: std::sync::atomic::AtomicBool,
    /// The last asked-for heartbeat that came back, for requests waiting without a thread.
    answered: tokio::sync::watch::Sender<u64>,
}

impl Fence {
    fn new() -> Option<Arc<Self>> {
        use std::os::fd::FromRawFd;
        // SAFETY: eventfd returns a new descriptor (or -1), owned from here on.
        let fd = unsafe { libc::eventfd(0, libc::EFD_NONBLOCK | libc::EFD_CLOEXEC) };
        (fd >= 0).then(|| {
            Arc::new(Self {
                wake: unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) },
                state: Mutex::new((0, 0)),
                connected: std::sync::atomic::AtomicBool::new(false),
                answered: tokio::sync::watch::Sender::new(0),
            })
        })
    }

    /// A fence whose listener is connected but never answers (for tests of its callers).
    #[cfg(test)]
    pub(crate) fn unanswered() -> Arc<Self> {
        let f = Self::new().expect("an eventfd");
        f.connected.store(true, std::sync::atomic::Ordering::SeqCst);
        f
    }

    /// Asks for a heartbeat (one in flight serves every caller that asked before it was
    /// sent); the number that answers this caller.
    fn ask(&self, st: &mut (u64, u64)) -> u64 {
        use std::os::fd::AsRawFd;
        st.0 += 1;
        let one: u64 = 1;
        // SAFETY: writes 8 bytes from a u64 to our eventfd.
        unsafe { libc::write(self.wake.as_raw_fd(), (&raw const one).cast(), 8) };
        st.0
    }

    /// Whether the listener is connected and has heard everything committed before this
    /// call, within `timeout`; waits without holding a thread (for request handlers).
    pub async fn caught_up(&self, timeout: Duration) -> bool {
        use std::sync::atomic::Ordering;
        if !self.connected.load(Ordering::SeqCst) {
            return false;
        }
        let mut rx = self.answered.subscribe();
        let want = {
            let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
            self.ask(&mut st)
        };
        let heard = rx.wait_for(|a| *a >= want || !self.connected.load(Ordering::SeqCst));
        let heard = tokio::time::timeout(timeout, heard).await;
        matches!(heard, Ok(Ok(_))) && self.connected.load(Ordering::SeqCst)
    }

    /// Taken just before a heartbeat is sent: what it will answer when it comes back.
    fn asked(&self) -> u64 {
        use std::os::fd::AsRawFd;
        let mut buf = 0u64;
        // SAFETY: reads (and so resets) the eventfd's counter into a u64; non-blocking.
        unsafe { libc::read(self.wake.as_raw_fd(), (&raw mut buf).cast(), 8) };
        self.state.lock().unwrap_or_else(|e| e.into_inner()).0
    }

    fn answered(&self, asked: u64) {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        st.1 = st.1.max(asked);
        self.answered.send_replace(st.1);
    }
}

/// Starts the listener thread. It runs until the subscriber is dropped, reconnecting with a
/// growing pause (0.1 s to 5 s) whenever the connection fails. Returns its fence (none
/// when the thread could not start: then nothing is ever heard, and memory never trusted).
pub fn start(
    url: &str,
    channels: &'static [&'static str],
    subscriber: Weak<dyn Subscriber>,
) -> Option<Arc<Fence>> {
    let url = url.to_string();
    let Some(fence) = Fence::new() else {
        tracing::error!("PostgreSQL listener: no eventfd");
        return None;
    };
    let theirs = fence.clone();
    let spawned = std::thread::Builder::new()
        .name("pg-listener".into())
        .spawn(move || run(&url, channels, &subscriber, &theirs));
    if let Err(e) = spawned {
        tracing::error!(error = %e, "could not start the PostgreSQL listener");
        return None;
    }
    Some(fence)
}

fn run(url: &str, channels: &[&str], subscriber: &Weak<dyn Subscriber>, fence: &Arc<Fence>) {
    // A channel only this listener listens on, for its heartbeat.
    let beat = format!("portico_beat_{}", uuid::Uuid::now_v7().simple());
    let mut pause = Duration::from_millis(100);
    let mut failures = 0u32;
    loop {
        match subscriber.upgrade() {
            Some(s) => s.event(Event::Lost),
            None => return,
        }
        match Conn::open(url, channels, &beat) {
            Ok(conn) => {
                if failures > 0 {
                    tracing::info!("PostgreSQL listener connected again");
                }
                pause = Duration::from_millis(100);
                failures = 0;
                match conn.serve(subscriber, &beat, fence) {
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
    fn open(url: &str, channels: &[&str], beat: &str) -> Result<Self, String> {
        let url = CString::new(url).map_err(|_| "database URL holds a NUL byte".to_string())?;
        // expand_dbname = 1 reads the URL given as dbname; the keywords after it override it.
        let params: [(&CStr, &CStr); 7] = [
            (c"dbname", url.as_c_str()),
            (c"connect_timeout", c"5"),
            (c"keepalives_idle", c"5"),
            (c"keepalives_interval", c"2"),
            (c"keepalives_count", c"2"),
            // A heartbeat sent into a connection that went dark fails within 5 s instead of
            // the kernel's retransmission timeout (about 15 minutes).
            (c"tcp_user_timeout", c"5000"),
            (c"application_name", c"portico-listener"),
        ];
        let mut k: Vec<*const c_char> = params.iter().map(|p| p.0.as_ptr()).collect();
        let mut v: Vec<*const c_char> = params.iter().map(|p| p.1.as_ptr()).collect();
        k.push(std::ptr::null());
        v.push(std::ptr::null());
        // SAFETY: two NULL-terminated arrays of C strings that outlive the call.
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
        for channel in channels.iter().copied().chain([beat]) {
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
    /// or the connection fails (`Err`, after telling the subscriber `Lost`, so that it stops
    /// trusting memory before anything else happens).
    fn serve(
        &self,
        subscriber: &Weak<dyn Subscriber>,
        beat: &str,
        fence: &Fence,
    ) -> Result<(), String> {
        let r = self.serve_inner(subscriber, beat, fence);
        fence
            .connected
            .store(false, std::sync::atomic::Ordering::SeqCst);
        // A request waiting for a heartbeat stops waiting: none will come on this connection.
        fence.answered.send_modify(|_| {});
        if r.is_err()
            && let Some(s) = subscriber.upgrade()
        {
            s.event(Event::Lost);
        }
        r
    }

    fn serve_inner(
        &self,
        subscriber: &Weak<dyn Subscriber>,
        beat: &str,
        fence: &Fence,
    ) -> Result<(), String> {
        use std::os::fd::AsRawFd;
        // SAFETY: a live handle.
        let fd = unsafe { pq::PQsocket(self.0) };
        if fd < 0 {
            return Err("no socket".into());
        }
        let send_beat = format!("NOTIFY {beat}");
        // The first beat proves delivery before anything is trusted.
        self.exec(&send_beat, pq::ExecStatusType::PGRES_COMMAND_OK)?;
        let Some(s) = subscriber.upgrade() else {
            return Ok(());
        };
        s.event(Event::Listening);
        fence
            .connected
            .store(true, std::sync::atomic::Ordering::SeqCst);
        self.drain(&*s, beat);
        drop(s);
        let mut last_beat = std::time::Instant::now();
        loop {
            let mut p = [
                libc::pollfd {
                    fd,
                    events: libc::POLLIN,
                    revents: 0,
                },
                libc::pollfd {
                    fd: fence.wake.as_raw_fd(),
                    events: libc::POLLIN,
                    revents: 0,
                },
            ];
            let wait = BEAT_EVERY.saturating_sub(last_beat.elapsed());
            // SAFETY: two pollfds on the stack.
            let n = unsafe { libc::poll(p.as_mut_ptr(), 2, wait.as_millis() as c_int) };
            let asked_for = p[1].revents != 0;
            let socket = p[0].revents != 0;
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
            if n == 0 || asked_for || last_beat.elapsed() >= BEAT_EVERY {
                // The statement is answered after its own notice is queued to this
                // connection, so `drain` finds it (and whatever arrived before it).
                last_beat = std::time::Instant::now();
                let asked = fence.asked();
                let sent = self.exec(&send_beat, pq::ExecStatusType::PGRES_COMMAND_OK);
                let heard = self.drain(&*s, beat);
                sent?;
                if heard {
                    fence.answered(asked);
                }
                if !socket {
                    continue;
                }
            }
            // SAFETY: a live handle; reads what the socket holds without blocking.
            let ok = unsafe { pq::PQconsumeInput(self.0) } == 1;
            self.drain(&*s, beat);
            if !ok || unsafe { pq::PQstatus(self.0) } != pq::ConnStatusType::CONNECTION_OK {
                return Err(self.error());
            }
        }
    }

    /// Hands over every notification received; true when the heartbeat was among them.
    fn drain(&self, s: &dyn Subscriber, beat: &str) -> bool {
        let mut heard = false;
        loop {
            // SAFETY: a live handle; each notification is freed after use.
            let n = unsafe { pq::PQnotifies(self.0) };
            if n.is_null() {
                return heard;
            }
            unsafe {
                let channel = CStr::from_ptr((*n).relname).to_string_lossy();
                let payload = CStr::from_ptr((*n).extra).to_string_lossy();
                if channel == beat {
                    heard = true;
                    s.event(Event::Alive);
                } else {
                    s.event(Event::Notified {
                        channel: &channel,
                        payload: &payload,
                    });
                }
                pq::PQfreemem(n.cast());
            }
        }
    }
}

// SAFETY: the handle is used by the one thread that owns the `Conn`.
unsafe impl Send for Conn {}
