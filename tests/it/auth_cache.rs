//! The node's memory of whom it authenticated (`auth::cache`): a repeated token is checked
//! without the database, and every change to what authentication reads is seen on the very
//! next request, whoever made it: the service, a write outside any transaction, or another
//! process writing the SQLite file. (Several nodes on PostgreSQL: `nodes.rs`.)

use std::sync::atomic::Ordering;

use diesel::prelude::*;
use portico::auth::session::SessionKind;
use portico::db::WriteTransaction;
use portico::db::schema::{memberships, tenants, users};

use crate::common::world::{self, World};
use crate::common::{self, Backend, TestApp, api};

const BUYER: &str = "granted@xylo.test";

fn hits(app: &TestApp) -> u64 {
    app.state.auth_cache.counters.hits.load(Ordering::SeqCst)
}

async fn me(app: &TestApp, token: &str) -> (u16, serde_json::Value) {
    let r = api(app, token, "/api/v1/me", None).await;
    let status = r.status.as_u16();
    (
        status,
        if status == 200 {
            r.json()
        } else {
            serde_json::Value::Null
        },
    )
}

/// Until the token is answered from memory.
async fn warm(app: &TestApp, token: &str) {
    let (status, _) = common::until_remembered(|| hits(app), || me(app, token)).await;
    assert_eq!(status, 200);
}

/// The answer to `/api/v1/me` once `done` holds: on the next request on SQLite, within a
/// second on PostgreSQL (a write outside a transaction, heard through the listener).
async fn seen(
    app: &TestApp,
    token: &str,
    backend: Backend,
    done: impl Fn(u16, &serde_json::Value) -> bool,
) -> serde_json::Value {
    let at_once = backend == Backend::Sqlite;
    let ask = || me(app, token);
    common::until_seen(ask, at_once, |(s, body)| done(*s, body))
        .await
        .1
}

async fn memory_answers_and_every_change_is_seen_at_once(backend: Backend) {
    let Some(app) = TestApp::new(backend).await else {
        return;
    };
    let w = World::build_without_files(&app);
    let token = world::issue(&app, BUYER, SessionKind::Api).access_token;
    warm(&app, &token).await;
    assert_eq!(
        me(&app, &token).await.1["tenant"]["name"],
        world::ALPHA_NAME
    );

    // Through a write transaction, as the service writes: the tenant's new name.
    app.service_conn()
        .write_tx(|c| {
            diesel::update(tenants::table.find(&w.alpha))
                .set(tenants::name.eq("Alpha Renamed"))
                .execute(c)
        })
        .unwrap();
    let (s, body) = me(&app, &token).await;
    assert_eq!(s, 200);
    assert_eq!(body["tenant"]["name"], "Alpha Renamed", "{body}");
    warm(&app, &token).await;

    // Outside any transaction: the person's name, then the membership's end. SQLite's hooks
    // see such a write at once; on PostgreSQL this node hears it through its listener, as it
    // hears another node's (within milliseconds; the service itself writes these tables
    // only in write transactions, which need no listener).
    diesel::update(users::table.filter(users::email.eq(BUYER)))
        .set(users::display_name.eq("Renamed Buyer"))
        .execute(&mut *app.service_conn())
        .unwrap();
    let body = seen(&app, &token, backend, |s, b| {
        s == 200 && b["display_name"] == "Renamed Buyer"
    })
    .await;
    assert_eq!(body["display_name"], "Renamed Buyer", "{body}");
    warm(&app, &token).await;
    let buyer: String = users::table
        .filter(users::email.eq(BUYER))
        .select(users::id)
        .first(&mut *app.service_conn())
        .unwrap();
    diesel::update(memberships::table.filter(memberships::user_id.eq(&buyer)))
        .set(memberships::expires_at.eq(Some(portico::ids::now() - chrono::Duration::seconds(1))))
        .execute(&mut *app.service_conn())
        .unwrap();
    seen(&app, &token, backend, |s, _| s == 401).await;

    // A session ended through the API.
    let admin = world::issue(&app, "admin@alpha.test", SessionKind::Api).access_token;
    warm(&app, &admin).await;
    let r = app
        .send(
            actix_web::test::TestRequest::post()
                .uri("/api/v1/auth/revoke")
                .insert_header(crate::common::bearer(&admin)),
        )
        .await;
    assert_eq!(r.status.as_u16(), 204, "{}", r.body);
    assert_eq!(me(&app, &admin).await.0, 401);
}

#[actix_web::test]
async fn memory_answers_and_every_change_is_seen_at_once_sqlite() {
    memory_answers_and_every_change_is_seen_at_once(Backend::Sqlite).await;
}

#[actix_web::test]
async fn memory_answers_and_every_change_is_seen_at_once_postgres() {
    memory_answers_and_every_change_is_seen_at_once(Backend::Postgres).await;
}

fn auth_epoch(app: &TestApp) -> i64 {
    diesel::select(diesel::dsl::sql::<diesel::sql_types::BigInt>(
        "(SELECT n FROM auth_epoch)",
    ))
    .get_result(&mut *app.service_conn())
    .unwrap()
}

/// A refreshed browser session (new token hash, last seen) changes nothing authentication
/// reads, so it makes no node forget anything; signing out does.
#[actix_web::test]
async fn a_token_refresh_forgets_nobody() {
    let Some(app) = TestApp::new(Backend::Sqlite).await else {
        return;
    };
    World::build_without_files(&app);
    let browser = world::issue(&app, "admin@alpha.test", SessionKind::Browser);
    let before = auth_epoch(&app);
    let refreshed = portico::auth::session::refresh(
        &mut app.service_conn(),
        &app.state.keys,
        browser.refresh_token.as_deref().unwrap(),
    )
    .unwrap();
    let refreshed = refreshed.expect("a new access token");
    assert!(refreshed.refresh_token.is_some(), "rotated");
    assert_eq!(auth_epoch(&app), before, "a refresh is not a change");
    let r = app
        .send(
            actix_web::test::TestRequest::post()
                .uri("/api/v1/auth/revoke")
                .insert_header(crate::common::bearer(&refreshed.access_token)),
        )
        .await;
    assert_eq!(r.status.as_u16(), 204, "{}", r.body);
    assert!(auth_epoch(&app) > before, "signing out is");
}

/// `portico user deactivate` (or anything else) writing the SQLite file from another process
/// while the node serves: the node notices within its watch interval.
#[actix_web::test]
async fn sqlite_written_by_another_process_is_noticed() {
    let Some(app) = TestApp::new(Backend::Sqlite).await else {
        return;
    };
    World::build_without_files(&app);
    let token = world::issue(&app, BUYER, SessionKind::Api).access_token;
    warm(&app, &token).await;
    common::write_from_another_process(
        &app,
        &format!("UPDATE users SET status = 'disabled' WHERE email = '{BUYER}'"),
    );
    // Within a second: the watcher reads the counter every 250 ms.
    common::until_seen(|| me(&app, &token), false, |(s, _)| *s == 401).await;
}

/// The triggers that make every change heard are on every table that authentication
/// (migration 000018) and the order lists (000020, `orders::cache`) read. A later SQLite
/// migration that rebuilds one of these tables (create, copy, drop, rename) drops its
/// triggers with it and must create them again: this is where that would show.
async fn every_table_memory_reads_has_its_trigger(backend: Backend) {
    let Some(app) = TestApp::new(backend).await else {
        return;
    };
    // (SQLite's trigger names, how many; PostgreSQL's trigger name, its tables)
    let kinds = [
        (
            "auth_changed_%",
            8,
            "auth_changed",
            "'sessions', 'users', 'memberships', 'tenants'",
        ),
        (
            "order_changed_%",
            11,
            "orders_changed",
            "'orders', 'customer_orgs', 'order_staff', 'order_grants'",
        ),
    ];
    for (like, sqlite_n, pg_name, tables) in kinds {
        let (sql, expected) = match backend {
            Backend::Sqlite => (
                format!(
                    "(SELECT count(*) FROM sqlite_master WHERE type = 'trigger' \
                     AND name LIKE '{like}')"
                ),
                sqlite_n,
            ),
            Backend::Postgres => (
                format!(
                    "(SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid \
                     WHERE t.tgname = '{pg_name}' AND c.relname IN ({tables}))"
                ),
                4,
            ),
        };
        let n: i64 = diesel::select(diesel::dsl::sql::<diesel::sql_types::BigInt>(&sql))
            .get_result(&mut *app.service_conn())
            .unwrap();
        assert_eq!(n, expected, "{like}");
    }
}

#[actix_web::test]
async fn every_table_memory_reads_has_its_trigger_sqlite() {
    every_table_memory_reads_has_its_trigger(Backend::Sqlite).await;
}

#[actix_web::test]
async fn every_table_memory_reads_has_its_trigger_postgres() {
    every_table_memory_reads_has_its_trigger(Backend::Postgres).await;
}
