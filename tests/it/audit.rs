//! The audit log is tamper-evident: every event carries its predecessor's hash; a changed or
//! missing event is found and named, by the library and by `portico audit verify`; admins
//! export their tenant's log as CSV.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{TestApp, bearer};
use diesel::prelude::*;
use portico::auth::session::SessionKind;
use portico::db::schema::audit_events;

async fn some_activity(app: &TestApp, w: &World) {
    let t = world::issue(app, &w.merch_a.email, SessionKind::Api).access_token;
    for i in 0..5 {
        let r = app
            .send(
                TestRequest::post()
                    .uri(&format!("/api/v1/orders/{}/updates", w.order1))
                    .insert_header(bearer(&t))
                    .set_json(serde_json::json!({ "body": format!("update {i}"), "visibility": "customer" })),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED);
    }
}

fn verify(app: &TestApp, chain: &str) -> portico::audit::ChainReport {
    portico::audit::verify(&mut app.conn(), Some(chain))
        .unwrap()
        .remove(0)
}

on_both_backends!(
    the_chain_holds_and_names_the_first_broken_link,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        some_activity(&app, &w).await;
        let all = portico::audit::verify(&mut app.conn(), None).unwrap();
        assert!(all.iter().all(|r| r.broken.is_none()), "{all:?}");
        let alpha = verify(&app, &w.alpha);
        assert!(alpha.events >= 5, "{alpha:?}");
        // Someone edits an event in the database: the chain breaks exactly there.
        diesel::update(
            audit_events::table
                .filter(audit_events::chain.eq(&w.alpha))
                .filter(audit_events::seq.eq(3)),
        )
        .set(audit_events::detail.eq("nothing to see"))
        .execute(&mut *app.conn())
        .unwrap();
        let r = verify(&app, &w.alpha);
        let (seq, _, why) = r.broken.clone().unwrap();
        assert_eq!(seq, 3);
        assert!(why.contains("changed"), "{why}");
        assert_eq!(r.events, 2);
        // Another tenant's chain is untouched.
        assert!(verify(&app, &w.beta).broken.is_none());
    }
);

on_both_backends!(a_deleted_event_is_named, |app: TestApp| async move {
    let w = World::build_without_files(&app);
    some_activity(&app, &w).await;
    diesel::delete(
        audit_events::table
            .filter(audit_events::chain.eq(&w.alpha))
            .filter(audit_events::seq.eq(2)),
    )
    .execute(&mut *app.conn())
    .unwrap();
    let (seq, _, why) = verify(&app, &w.alpha).broken.unwrap();
    assert_eq!(seq, 2);
    assert!(why.contains("missing"), "{why}");
});

#[actix_web::test]
async fn the_command_line_check_and_the_csv_export() {
    let app = TestApp::new(common::Backend::Sqlite).await.unwrap();
    let w = World::build_without_files(&app);
    some_activity(&app, &w).await;
    let portico::config::DatabaseUrl::Sqlite(path) = app.state.config.database.clone() else {
        unreachable!()
    };
    let data = tempfile::tempdir().unwrap();
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_portico"))
            .args(["audit", "verify"])
            .env("PORTICO_DATABASE_URL", format!("sqlite://{path}"))
            .env("PORTICO_DATA_DIR", data.path())
            .output()
            .unwrap()
    };
    let ok = run();
    let out = String::from_utf8_lossy(&ok.stdout).to_string();
    assert!(
        ok.status.success(),
        "{out} {}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(
        out.contains(&format!("chain {}", w.alpha)) && out.contains("intact"),
        "{out}"
    );

    // The admin's export: the tenant's events with their hashes, nobody else's.
    let mut admin = world::browser(&app, &w.admin_a.email);
    let r = admin.get("/admin/audit/export.csv").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.header("content-type").starts_with("text/csv"));
    assert!(
        r.body.contains("No.,Event id,Time (UTC)") && r.body.contains("timeline.update"),
        "{}",
        r.body
    );
    let hashes: Vec<&str> = r
        .body
        .lines()
        .skip(1)
        .filter_map(|l| l.rsplit(',').next())
        .collect();
    assert!(hashes.iter().all(|h| h.len() == 64), "{hashes:?}");
    let r = world::browser(&app, &w.admin_b.email)
        .get("/admin/audit/export.csv")
        .await;
    assert!(
        !r.body.contains("timeline.update"),
        "another tenant's export holds none of alpha's events"
    );
    let r = world::browser(&app, &w.merch_a.email)
        .get("/admin/audit/export.csv")
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);

    // Tampering makes the command fail and name the event.
    diesel::update(
        audit_events::table
            .filter(audit_events::chain.eq(&w.alpha))
            .filter(audit_events::seq.eq(4)),
    )
    .set(audit_events::ip.eq("10.9.9.9"))
    .execute(&mut *app.conn())
    .unwrap();
    let bad = run();
    let out = String::from_utf8_lossy(&bad.stdout).to_string();
    assert!(!bad.status.success());
    assert!(out.contains("BROKEN at event 4"), "{out}");
}
