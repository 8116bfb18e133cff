//! Several nodes on one PostgreSQL, as production runs them: two `portico serve` processes
//! (the real binary) on the test's database and key. Each remembers whom it authenticated
//! (`auth::cache`); a revocation made through one stops the same token on the other on the
//! very next request, and a node whose listener lost its connection forgets everything
//! before memory answers again.

use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, Instant};

use diesel::prelude::*;
use portico::auth::session::SessionKind;
use portico::config::DatabaseUrl;

use crate::common::world::{self, World};
use crate::common::{Backend, METRICS_TOKEN, TestApp};
use crate::operator::{Server, http, request, request_with_body};

const BUYER: &str = "granted@xylo.test";

struct Node {
    _server: Server,
    addr: SocketAddr,
}

fn node(app: &TestApp, data: &Path) -> Node {
    let DatabaseUrl::Postgres(url) = &app.state.config.database else {
        unreachable!("nodes share PostgreSQL")
    };
    let key = app.state.config.key_file.to_str().unwrap();
    let mut server = Server::start(
        data,
        &[
            ("PORTICO_DATABASE_URL", url.as_str()),
            ("PORTICO_KEY_FILE", key),
            ("PORTICO_BIND", "127.0.0.1:0"),
            ("PORTICO_WORKERS", "1"),
            ("PORTICO_METRICS_TOKEN", METRICS_TOKEN),
            ("PORTICO_LOG", "info"),
        ],
    );
    let listening = server.wait_for("listening");
    let addr = listening
        .split_whitespace()
        .find_map(|w| w.strip_prefix("bind="))
        .expect("the address in the listening line")
        .parse()
        .unwrap();
    Node {
        _server: server,
        addr,
    }
}

fn me(node: &Node, token: &str) -> (u16, String) {
    let bearer = format!("Bearer {token}");
    http(
        node.addr,
        "/api/v1/me",
        &[("Authorization", bearer.as_str())],
    )
}

/// The node's count of requests answered from memory.
fn hits(node: &Node) -> u64 {
    counter(node, "portico_auth_cache_hits_total")
}

fn counter(node: &Node, name: &str) -> u64 {
    let bearer = format!("Bearer {METRICS_TOKEN}");
    let (s, body) = http(node.addr, "/metrics", &[("Authorization", bearer.as_str())]);
    assert_eq!(s, 200, "{body}");
    body.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .unwrap_or_else(|| panic!("no {name}")) as u64
}

/// Until the node answers a repeated token from memory (its listener connected).
fn warm(node: &Node, token: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let before = hits(node);
        assert_eq!(me(node, token).0, 200);
        if hits(node) > before {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the node never answered from memory"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

async fn two_nodes() -> Option<(TestApp, Node, Node, [tempfile::TempDir; 2])> {
    let app = TestApp::new(Backend::Postgres).await?;
    World::build_without_files(&app);
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let a = node(&app, dirs[0].path());
    let b = node(&app, dirs[1].path());
    Some((app, a, b, dirs))
}

#[actix_web::test]
async fn a_revocation_on_one_node_stops_the_token_on_the_other_at_once() {
    let Some((app, a, b, _dirs)) = two_nodes().await else {
        return;
    };
    let first = world::issue(&app, BUYER, SessionKind::Api).access_token;
    warm(&b, &first);
    let start = hits(&b);
    // Ten rounds: a notification that arrived late would show as a 200 in one of them.
    for round in 0..10 {
        let ip = format!("198.51.100.{round}");
        let token = world::issue_from(&app, BUYER, SessionKind::Api, &ip).access_token;
        assert_eq!(me(&b, &token).0, 200, "round {round}");
        assert_eq!(me(&b, &token).0, 200, "round {round}");
        let bearer = format!("Bearer {token}");
        let (s, answer) = request(
            a.addr,
            "POST",
            "/api/v1/auth/revoke",
            &[("Authorization", bearer.as_str())],
        );
        assert_eq!(s, 204, "{answer}");
        let (s, answer) = me(&b, &token);
        assert_eq!(
            s, 401,
            "round {round}: node B still knew the token: {answer}"
        );
        // And the node that revoked it, too.
        assert_eq!(me(&a, &token).0, 401, "round {round}");
    }
    // The second request of every round came from memory: the test above could not pass by
    // reading the database every time.
    assert!(hits(&b) >= start + 10, "{} → {}", start, hits(&b));
}

/// Until node B answers as `done` says, within a second: a write made straight in the
/// database (an operator's SQL; here the test's own connection) has no node to wait for its
/// notice, which reaches B's listener within milliseconds. (A write through a node waits:
/// the test above.)
fn heard(b: &Node, token: &str, done: impl Fn(u16, &str) -> bool) -> String {
    let start = Instant::now();
    loop {
        let (s, answer) = me(b, token);
        if done(s, &answer) {
            return answer;
        }
        assert!(
            start.elapsed() < Duration::from_secs(1),
            "not heard after {:?}: {answer}",
            start.elapsed()
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Writes made elsewhere (another node, the command line, an operator's SQL) reach a node
/// through its listener, for each table authentication reads: a company renamed, a role
/// changed, a session ended, an account disabled.
#[actix_web::test]
async fn changes_made_elsewhere_reach_the_node_on_its_next_request() {
    use portico::db::schema::{memberships, sessions, tenants, users};
    let Some((app, _a, b, _dirs)) = two_nodes().await else {
        return;
    };
    let issued = world::issue(&app, BUYER, SessionKind::Api);
    let token = issued.access_token;
    warm(&b, &token);
    let mut c = app.state.db.conn().unwrap();
    diesel::update(tenants::table.filter(tenants::slug.eq("alpha")))
        .set(tenants::name.eq("Alpha Renamed"))
        .execute(&mut *c)
        .unwrap();
    heard(&b, &token, |s, a| s == 200 && a.contains("Alpha Renamed"));

    warm(&b, &token);
    let buyer: String = users::table
        .filter(users::email.eq(BUYER))
        .select(users::id)
        .first(&mut *c)
        .unwrap();
    diesel::update(memberships::table.filter(memberships::user_id.eq(&buyer)))
        .set(memberships::all_orders.eq(false))
        .execute(&mut *c)
        .unwrap();
    diesel::update(memberships::table.filter(memberships::user_id.eq(&buyer)))
        .set(memberships::role.eq("qc"))
        .execute(&mut *c)
        .unwrap();
    heard(&b, &token, |s, a| s == 200 && a.contains("\"role\":\"qc\""));

    let second = world::issue_from(&app, BUYER, SessionKind::Api, "198.51.100.77").access_token;
    warm(&b, &second);
    let claims = portico::auth::jwt::decode(&app.state.keys.jwt, &second).unwrap();
    diesel::update(sessions::table.find(&claims.sid))
        .set(sessions::revoked_at.eq(Some(portico::ids::now())))
        .execute(&mut *c)
        .unwrap();
    heard(&b, &second, |s, _| s == 401);

    warm(&b, &token);
    diesel::update(users::table.filter(users::email.eq(BUYER)))
        .set(users::status.eq("disabled"))
        .execute(&mut *c)
        .unwrap();
    heard(&b, &token, |s, _| s == 401);
}

/// A change the node could not hear (made with the triggers off) is served from memory until
/// the listener reconnects; the reconnect forgets everything first.
#[actix_web::test]
async fn a_listener_that_reconnects_forgets_everything_first() {
    use portico::db::schema::sessions;
    let Some((app, _a, b, _dirs)) = two_nodes().await else {
        return;
    };
    let issued = world::issue(&app, BUYER, SessionKind::Api);
    warm(&b, &issued.access_token);
    let claims = portico::auth::jwt::decode(&app.state.keys.jwt, &issued.access_token).unwrap();
    let mut c = app.state.db.conn().unwrap();
    diesel::sql_query("SET session_replication_role = replica")
        .execute(&mut *c)
        .unwrap();
    diesel::update(sessions::table.find(&claims.sid))
        .set(sessions::revoked_at.eq(Some(portico::ids::now())))
        .execute(&mut *c)
        .unwrap();
    diesel::sql_query("SET session_replication_role = DEFAULT")
        .execute(&mut *c)
        .unwrap();
    // Without a notice the node answers from memory (this is what the triggers are for); a
    // request may also happen to meet a heartbeat and read the database, hence three tries.
    assert!(
        (0..3).any(|_| me(&b, &issued.access_token).0 == 200),
        "the node never answered from memory"
    );
    // End every listener of this database, and wait until their server processes are gone.
    let DatabaseUrl::Postgres(url) = &app.state.config.database else {
        unreachable!()
    };
    let db = url.rsplit('/').next().unwrap().split('?').next().unwrap();
    diesel::sql_query(format!(
        "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity \
         WHERE application_name = 'portico-listener' AND datname = '{db}'"
    ))
    .execute(&mut *c)
    .unwrap();
    assert_eq!(me(&b, &issued.access_token).0, 401);
    // It reconnects and answers from memory again.
    let fresh = world::issue(&app, BUYER, SessionKind::Api).access_token;
    warm(&b, &fresh);
}

/// The order lists each node remembers (`orders::cache`): a milestone added through node A
/// shows in node B's list on B's very next request, though B answered that page from memory
/// just before.
#[actix_web::test]
async fn an_order_changed_through_one_node_is_listed_by_the_other_at_once() {
    let Some(app) = TestApp::new(Backend::Postgres).await else {
        return;
    };
    let w = World::build_without_files(&app);
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let a = node(&app, dirs[0].path());
    let b = node(&app, dirs[1].path());
    let admin = world::issue(&app, &w.admin_a.email, SessionKind::Api).access_token;
    let bearer = format!("Bearer {admin}");
    let auth = [("Authorization", bearer.as_str())];
    let late = |n: &Node| -> i64 {
        let (s, body) = http(n.addr, "/api/v1/orders", &auth);
        assert_eq!(s, 200, "{body}");
        let json: serde_json::Value =
            serde_json::from_str(body.split_once("\r\n\r\n").unwrap().1).unwrap();
        json["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["reference"] == world::ORDER3_REF)
            .unwrap()["progress"]["late"]
            .as_i64()
            .unwrap()
    };
    let hits = |n: &Node| counter(n, "portico_list_cache_hits_total");
    let deadline = Instant::now() + Duration::from_secs(10);
    let before = hits(&b);
    while hits(&b) == before {
        assert_eq!(late(&b), 0);
        assert!(
            Instant::now() < deadline,
            "node B never answered from memory"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let start = hits(&b);
    for round in 0..5i64 {
        assert_eq!(late(&b), round, "round {round}");
        let body = format!(
            r#"{{"name": "Step {round}", "planned_date": "2020-01-0{}"}}"#,
            round + 1
        );
        let (s, answer) = request_with_body(
            a.addr,
            "POST",
            &format!("/api/v1/orders/{}/milestones", w.order3),
            &auth,
            &body,
        );
        assert_eq!(s, 201, "{answer}");
        assert_eq!(
            late(&b),
            round + 1,
            "round {round}: node B listed the old progress"
        );
        assert_eq!(late(&a), round + 1, "round {round}");
    }
    // The first request of every round came from memory: the test could not pass by reading
    // the database every time.
    assert!(hits(&b) >= start + 5, "{} → {}", start, hits(&b));
}
