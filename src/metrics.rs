//! Prometheus metrics of this node at `/metrics`: requests and their latency by route pattern
//! (never by raw path, so ids cannot blow up the series count), storage errors, jobs run, and
//! at scrape time the queue, the outbox and the connection pool.
//!
//! Counters are process-wide: every app node exposes its own, and Prometheus sums them.
//! The page is not for the public (it tells how busy a supplier's portal is): it needs
//! `Authorization: Bearer $PORTICO_METRICS_TOKEN`, and without that setting it is off. (A
//! "local connections only" rule would open it to the internet through any proxy on the same
//! machine that does not add X-Forwarded-For, which nginx by default does not.)

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

type HistogramFamily = Family<RouteLabels, Histogram, fn() -> Histogram>;

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: HistogramFamily,
    in_flight: Gauge,
    storage_errors: Counter,
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
        Self {
            registry,
            requests,
            latency,
            in_flight,
            storage_errors,
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
    token.is_some_and(|expected| {
        crate::auth::actor::bearer_token(req).is_some_and(|given| {
            use subtle::ConstantTimeEq;
            given.as_bytes().ct_eq(expected.as_bytes()).into()
        })
    })
}

/// `GET /metrics`: the Prometheus text format. Anyone not allowed gets the ordinary 404.
pub async fn page(req: HttpRequest, state: State) -> AppResult<HttpResponse> {
    if !allowed(&req, state.config.metrics_token.as_deref()) {
        return Err(AppError::NotFound);
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
        prometheus_client::encoding::text::encode(&mut out, &m.registry)
            .map_err(|e| AppError::internal(format!("metrics: {e}")))?;
    }
    Ok(HttpResponse::Ok()
        .content_type("application/openmetrics-text; version=1.0.0; charset=utf-8")
        .body(out))
}
