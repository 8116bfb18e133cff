//! Prometheus metrics of this node at `/metrics`: requests and their latency by route pattern
//! (never by raw path, so ids cannot blow up the series count), storage errors, jobs run, and
//! at scrape time the queue, the outbox and the connection pool.
//!
//! Counters are process-wide: every app node exposes its own, and Prometheus sums them.
//! Beside them, the usual `process_*` metrics (CPU, memory, file descriptors, start time,
//! read from /proc at scrape time: prometheus-client has no process collector) and
//! `portico_build_info{version}`, so a dashboard can tell a leak or a rollout from load.
//!
//! The page is not for the public (it tells how busy a supplier's portal is): it needs
//! `Authorization: Bearer $PORTICO_METRICS_TOKEN`, and without that setting it is off. (A
//! "local connections only" rule would open it to the internet through any proxy on the same
//! machine that does not add X-Forwarded-For, which nginx by default does not.) A request
//! without credentials gets the ordinary 404, so a scanner learns nothing; one with a wrong
//! token gets 401 with `WWW-Authenticate: Bearer`, so that a scraper with an old or mistyped
//! token shows "unauthorized" on its targets page rather than a "not found" that sends the
//! operator looking for a wrong path.

use std::sync::OnceLock;
use std::time::Duration;

use actix_web::{HttpRequest, HttpResponse};
use diesel::prelude::*;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

use crate::app::State;
use crate::db::schema::{jobs, outbox};
use crate::error::{AppError, AppResult};

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    pub method: String,
    pub route: String,
    pub status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RouteLabels {
    pub method: String,
    pub route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct JobLabels {
    pub kind: String,
    pub outcome: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct StatusLabels {
    pub status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct BuildLabels {
    pub version: String,
}

type HistogramFamily = Family<RouteLabels, Histogram, fn() -> Histogram>;

pub struct Metrics {
    registry: Registry,
    /// The `process_*` metrics, whose names take no `portico_` prefix.
    process: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: HistogramFamily,
    in_flight: Gauge,
    storage_errors: Counter,
    auth_cache_hits: Counter,
    auth_cache_misses: Counter,
    auth_cache_entries: Gauge,
    list_cache_hits: Counter,
    list_cache_misses: Counter,
    list_cache_entries: Gauge,
    sent_by_proxy: Counter,
    jobs_run: Family<JobLabels, Counter>,
    jobs_waiting: Family<StatusLabels, Gauge>,
    outbox_pending: Gauge,
    outbox_retrying: Gauge,
    pool_connections: Gauge,
    pool_idle: Gauge,
    // Guards the scrape-time gauges: two scrapes at once would interleave their updates.
    scrape: std::sync::Mutex<()>,
}

fn latency_histogram() -> Histogram {
    Histogram::new([
        0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0, 60.0,
    ])
}

impl Metrics {
    fn new() -> Self {
        let mut registry = Registry::with_prefix("portico");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by route pattern and status",
            requests.clone(),
        );
        let latency: HistogramFamily = Family::new_with_constructor(latency_histogram);
        registry.register_with_unit(
            "http_request_duration",
            "Time from request to response head, by route pattern",
            prometheus_client::registry::Unit::Seconds,
            latency.clone(),
        );
        let in_flight = Gauge::default();
        registry.register(
            "http_requests_in_flight",
            "Requests being handled now",
            in_flight.clone(),
        );
        let auth_cache_hits = Counter::default();
        registry.register(
            "auth_cache_hits",
            "Requests whose token was checked from this node's memory (auth::cache)",
            auth_cache_hits.clone(),
        );
        let auth_cache_misses = Counter::default();
        registry.register(
            "auth_cache_misses",
            "Requests whose token was checked against the database",
            auth_cache_misses.clone(),
        );
        let auth_cache_entries = Gauge::default();
        registry.register(
            "auth_cache_entries",
            "Sessions this node remembers (read at scrape time)",
            auth_cache_entries.clone(),
        );
        let sent_by_proxy = Counter::default();
        registry.register(
            "downloads_sent_by_proxy",
            "Downloads whose bytes the proxy sent from the local disk (PORTICO_ACCEL_REDIRECT)",
            sent_by_proxy.clone(),
        );
        let list_cache_hits = Counter::default();
        registry.register(
            "list_cache_hits",
            "Order list pages answered from this node's memory (orders::cache)",
            list_cache_hits.clone(),
        );
        let list_cache_misses = Counter::default();
        registry.register(
            "list_cache_misses",
            "Order list pages read from the database",
            list_cache_misses.clone(),
        );
        let list_cache_entries = Gauge::default();
        registry.register(
            "list_cache_entries",
            "Order list pages this node remembers (read at scrape time)",
            list_cache_entries.clone(),
        );
        let storage_errors = Counter::default();
        registry.register(
            "storage_errors",
            "Object store operations that failed (other than a missing object)",
            storage_errors.clone(),
        );
        let jobs_run = Family::<JobLabels, Counter>::default();
        registry.register(
            "jobs_run",
            "Background jobs run on this node, by kind and outcome",
            jobs_run.clone(),
        );
        let jobs_waiting = Family::<StatusLabels, Gauge>::default();
        registry.register(
            "jobs",
            "Jobs of all nodes not yet done, by status (read at scrape time)",
            jobs_waiting.clone(),
        );
        let outbox_pending = Gauge::default();
        registry.register(
            "outbox_pending",
            "Mails queued and not yet sent (read at scrape time)",
            outbox_pending.clone(),
        );
        let outbox_retrying = Gauge::default();
        registry.register(
            "outbox_retrying",
            "Queued mails that failed at least once (read at scrape time)",
            outbox_retrying.clone(),
        );
        let pool_connections = Gauge::default();
        registry.register(
            "db_pool_connections",
            "Database connections open in this node's pool",
            pool_connections.clone(),
        );
        let pool_idle = Gauge::default();
        registry.register(
            "db_pool_idle",
            "Idle database connections in this node's pool",
            pool_idle.clone(),
        );
        let build = Family::<BuildLabels, Gauge>::default();
        build
            .get_or_create(&BuildLabels {
                version: env!("CARGO_PKG_VERSION").to_string(),
            })
            .set(1);
        registry.register(
            "build_info",
            "Always 1; the version of the running binary is in the label",
            build,
        );
        let mut process = Registry::default();
        process.register_collector(Box::new(Process));
        Self {
            registry,
            process,
            requests,
            latency,
            in_flight,
            storage_errors,
            auth_cache_hits,
            auth_cache_misses,
            auth_cache_entries,
            list_cache_hits,
            list_cache_misses,
            list_cache_entries,
            sent_by_proxy,
            jobs_run,
            jobs_waiting,
            outbox_pending,
            outbox_retrying,
            pool_connections,
            pool_idle,
            scrape: std::sync::Mutex::new(()),
        }
    }
}

pub fn metrics() -> &'static Metrics {
    static M: OnceLock<Metrics> = OnceLock::new();
    M.get_or_init(Metrics::new)
}

/// Counts a request in flight until the returned guard is dropped.
pub fn in_flight() -> InFlight {
    metrics().in_flight.inc();
    InFlight
}

pub struct InFlight;

impl Drop for InFlight {
    fn drop(&mut self) {
        metrics().in_flight.dec();
    }
}

/// Records an answered request. `route` is the matched pattern, e.g. `/orders/{id}`.
pub fn request_done(method: &str, route: &str, status: u16, took: Duration) {
    // Clients may send any method name; each would be a new series for ever.
    let method = match method {
        "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS" => method,
        _ => "OTHER",
    };
    let m = metrics();
    m.requests
        .get_or_create(&RequestLabels {
            method: method.to_string(),
            route: route.to_string(),
            status,
        })
        .inc();
    m.latency
        .get_or_create(&RouteLabels {
            method: method.to_string(),
            route: route.to_string(),
        })
        .observe(took.as_secs_f64());
}

pub fn auth_cache(hit: bool) {
    let m = metrics();
    if hit {
        m.auth_cache_hits.inc();
    } else {
        m.auth_cache_misses.inc();
    }
}

pub fn list_cache(hit: bool) {
    let m = metrics();
    if hit {
        m.list_cache_hits.inc();
    } else {
        m.list_cache_misses.inc();
    }
}

pub fn download_sent_by_proxy() {
    metrics().sent_by_proxy.inc();
}

pub fn storage_error() {
    metrics().storage_errors.inc();
}

pub fn job_run(kind: &str, ok: bool) {
    metrics()
        .jobs_run
        .get_or_create(&JobLabels {
            kind: kind.to_string(),
            outcome: if ok { "done" } else { "failed" }.to_string(),
        })
        .inc();
}

/// What the queue and the outbox hold now, read with one connection.
struct Backlog {
    jobs: Vec<(String, i64)>,
    outbox_pending: i64,
    outbox_retrying: i64,
}

fn backlog(conn: &mut crate::db::DbConn) -> AppResult<Backlog> {
    use diesel::dsl::count_star;
    // Done jobs pile up for ever; the index on (status, run_after) keeps this to the rest.
    let jobs = jobs::table
        .filter(jobs::status.eq_any([
            crate::jobs::QUEUED,
            crate::jobs::RUNNING,
            crate::jobs::FAILED,
        ]))
        .group_by(jobs::status)
        .select((jobs::status, count_star()))
        .load::<(String, i64)>(conn)?;
    let outbox_pending = outbox::table
        .filter(outbox::sent_at.is_null())
        .select(count_star())
        .first::<i64>(conn)?;
    let outbox_retrying = outbox::table
        .filter(outbox::sent_at.is_null())
        .filter(outbox::attempts.gt(0))
        .select(count_star())
        .first::<i64>(conn)?;
    Ok(Backlog {
        jobs,
        outbox_pending,
        outbox_retrying,
    })
}

/// Whether this request may read the metrics (see the module comment).
pub fn allowed(req: &HttpRequest, token: Option<&str>) -> bool {
    access(req, token) == Access::Allowed
}

/// What a request to `/metrics` gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Allowed,
    /// Metrics are off, or no credentials came: 404, as for any unknown page.
    Hidden,
    /// Credentials came and are not the token: 401.
    WrongToken,
}

pub fn access(req: &HttpRequest, token: Option<&str>) -> Access {
    if token.is_none() {
        return Access::Hidden;
    }
    if req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .is_none()
    {
        return Access::Hidden;
    }
    if bearer_matches(req, token) {
        Access::Allowed
    } else {
        Access::WrongToken
    }
}

fn bearer_matches(req: &HttpRequest, token: Option<&str>) -> bool {
    token.is_some_and(|expected| {
        crate::auth::actor::bearer_token(req).is_some_and(|given| {
            use subtle::ConstantTimeEq;
            given.as_bytes().ct_eq(expected.as_bytes()).into()
        })
    })
}

/// `GET /metrics`: the Prometheus text format (see the module comment for who gets what).
pub async fn page(req: HttpRequest, state: State) -> AppResult<HttpResponse> {
    match access(&req, state.config.metrics_token.as_deref()) {
        Access::Allowed => {}
        Access::Hidden => return Err(AppError::NotFound),
        // Plain text for a scraper, not the portal's sign-in flow that a 401 error of a page
        // would start (that is for people).
        Access::WrongToken => {
            return Ok(HttpResponse::Unauthorized()
                .insert_header((
                    actix_web::http::header::WWW_AUTHENTICATE,
                    r#"Bearer realm="metrics", error="invalid_token""#,
                ))
                .content_type("text/plain; charset=utf-8")
                .body("The bearer token is not PORTICO_METRICS_TOKEN.\n"));
        }
    }
    // A scrape must answer even while the database is down: that is when it matters.
    let backlog = match tokio::time::timeout(Duration::from_secs(1), state.db.run(backlog)).await {
        Ok(r) => r,
        Err(_) => Err(AppError::Unavailable("database slow to answer".into())),
    };
    let pool = state.db.pool_state();
    let m = metrics();
    let mut out = String::new();
    {
        let _one = m.scrape.lock().unwrap_or_else(|e| e.into_inner());
        match &backlog {
            Ok(b) => {
                for status in [
                    crate::jobs::QUEUED,
                    crate::jobs::RUNNING,
                    crate::jobs::FAILED,
                ] {
                    let n = b.jobs.iter().find(|(s, _)| s == status).map_or(0, |x| x.1);
                    m.jobs_waiting
                        .get_or_create(&StatusLabels {
                            status: status.to_string(),
                        })
                        .set(n);
                }
                m.outbox_pending.set(b.outbox_pending);
                m.outbox_retrying.set(b.outbox_retrying);
            }
            Err(e) => tracing::warn!(error = %e, "metrics: backlog unavailable"),
        }
        m.pool_connections.set(i64::from(pool.0));
        m.pool_idle.set(i64::from(pool.1));
        m.auth_cache_entries
            .set(i64::try_from(state.auth_cache.len()).unwrap_or(i64::MAX));
        m.list_cache_entries
            .set(i64::try_from(state.order_lists.len()).unwrap_or(i64::MAX));
        use prometheus_client::encoding::text::{encode_eof, encode_registry};
        encode_registry(&mut out, &m.process)
            .and_then(|()| encode_registry(&mut out, &m.registry))
            .and_then(|()| encode_eof(&mut out))
            .map_err(|e| AppError::internal(format!("metrics: {e}")))?;
    }
    Ok(HttpResponse::Ok()
        .content_type("application/openmetrics-text; version=1.0.0; charset=utf-8")
        .body(out))
}

/// The process metrics of the Prometheus client libraries' convention, read at each scrape
/// from /proc/self (Linux only; elsewhere there are none).
#[derive(Debug)]
struct Process;

impl prometheus_client::collector::Collector for Process {
    fn encode(
        &self,
        mut encoder: prometheus_client::encoding::DescriptorEncoder,
    ) -> Result<(), std::fmt::Error> {
        use prometheus_client::encoding::EncodeMetric;
        use prometheus_client::metrics::counter::ConstCounter;
        use prometheus_client::metrics::gauge::ConstGauge;
        let Some(p) = ProcessStats::read() else {
            return Ok(());
        };
        let cpu = ConstCounter::new(p.cpu_seconds);
        cpu.encode(encoder.encode_descriptor(
            "process_cpu_seconds",
            "User and system CPU time spent, in seconds",
            None,
            cpu.metric_type(),
        )?)?;
        let gauges: [(&str, &str, f64); 5] = [
            (
                "process_resident_memory_bytes",
                "Resident memory size, in bytes",
                p.resident_bytes as f64,
            ),
            (
                "process_virtual_memory_bytes",
                "Virtual memory size, in bytes",
                p.virtual_bytes as f64,
            ),
            (
                "process_open_fds",
                "Open file descriptors",
                p.open_fds as f64,
            ),
            (
                "process_max_fds",
                "Limit of open file descriptors",
                p.max_fds as f64,
            ),
            (
                "process_start_time_seconds",
                "Start time of the process since the Unix epoch, in seconds",
                p.start_time_seconds,
            ),
        ];
        for (name, help, value) in gauges {
            let g = ConstGauge::new(value);
            g.encode(encoder.encode_descriptor(name, help, None, g.metric_type())?)?;
        }
        Ok(())
    }
}

/// What /proc says about this process.
#[derive(Debug)]
pub struct ProcessStats {
    pub cpu_seconds: f64,
    pub resident_bytes: u64,
    pub virtual_bytes: u64,
    pub open_fds: u64,
    pub max_fds: u64,
    pub start_time_seconds: f64,
}

impl ProcessStats {
    #[cfg(target_os = "linux")]
    pub fn read() -> Option<Self> {
        let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
        let boot = std::fs::read_to_string("/proc/stat").ok()?;
        let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
        // SAFETY: sysconf only reads a system constant.
        let (ticks, page) = unsafe {
            (
                libc::sysconf(libc::_SC_CLK_TCK),
                libc::sysconf(libc::_SC_PAGESIZE),
            )
        };
        let open_fds = std::fs::read_dir("/proc/self/fd").ok()?.count() as u64;
        Self::parse(&stat, &boot, &limits, ticks as f64, page as u64, open_fds)
    }

    #[cfg(not(target_os = "linux"))]
    pub fn read() -> Option<Self> {
        None
    }

    /// From the text of /proc/self/stat, /proc/stat and /proc/self/limits (proc(5)).
    pub fn parse(
        stat: &str,
        boot: &str,
        limits: &str,
        ticks_per_second: f64,
        page_size: u64,
        open_fds: u64,
    ) -> Option<Self> {
        // The command name is in parentheses and may hold spaces or parentheses itself:
        // fields are counted from the last ')'; the first after it is field 3 (state).
        let fields: Vec<&str> = stat
            .get(stat.rfind(')')? + 1..)?
            .split_whitespace()
            .collect();
        let field = |n: usize| -> Option<f64> { fields.get(n - 3)?.parse().ok() };
        let (utime, stime, start_ticks) = (field(14)?, field(15)?, field(22)?);
        let (vsize, rss_pages) = (field(23)?, field(24)?);
        let boot_time: f64 = boot
            .lines()
            .find_map(|l| l.strip_prefix("btime "))?
            .trim()
            .parse()
            .ok()?;
        let max_fds = limits
            .lines()
            .find(|l| l.starts_with("Max open files"))?
            .split_whitespace()
            .nth(3)
            .and_then(|v| v.parse().ok())
            .unwrap_or(u64::MAX);
        Some(Self {
            cpu_seconds: (utime + stime) / ticks_per_second,
            resident_bytes: rss_pages as u64 * page_size,
            virtual_bytes: vsize as u64,
            open_fds,
            max_fds,
            start_time_seconds: boot_time + start_ticks / ticks_per_second,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn process_stats_from_proc_text() {
        // proc(5): a command name with a space and a parenthesis, then fields 3 to 24.
        let stat = "4242 (por tico)) S 1 4242 4242 0 -1 4194560 500 0 0 0 \
                    250 50 0 0 20 0 9 0 1000 104857600 2560 18446744073709551615";
        let boot = "cpu  1 2 3\nbtime 1700000000\nprocesses 9\n";
        let limits = "Limit                     Soft Limit           Hard Limit           Units\n\
                      Max open files            1024                 524288               files\n";
        let p = ProcessStats::parse(stat, boot, limits, 100.0, 4096, 17).unwrap();
        assert_eq!(p.cpu_seconds, 3.0);
        assert_eq!(p.virtual_bytes, 104_857_600);
        assert_eq!(p.resident_bytes, 2560 * 4096);
        assert_eq!(p.max_fds, 1024);
        assert_eq!(p.open_fds, 17);
        assert_eq!(p.start_time_seconds, 1_700_000_010.0);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn this_process_is_read() {
        let p = ProcessStats::read().unwrap();
        assert!(p.resident_bytes > 0 && p.virtual_bytes >= p.resident_bytes);
        assert!(p.open_fds >= 3 && p.max_fds >= p.open_fds);
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs_f64();
        assert!(p.start_time_seconds <= now + 1.0 && p.start_time_seconds > now - 86_400.0 * 365.0);
    }
}
