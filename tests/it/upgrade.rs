//! Upgrades: every released version's fixture database (`tests/fixtures/VERSION`, written by
//! that version's own binary through `tests/fixtures/make.py`) is migrated by this version and
//! must still answer the API smoke checks: sign-ins (two-step included), orders, timeline,
//! files with their bytes, reports, bank details of record, API tokens, the audit chain, and
//! new writes on the migrated schema. Down-migrations must undo every migration on both
//! backends.

use crate::common;

use std::path::{Path, PathBuf};

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::{Backend, TestApp, bearer, file_part, multipart, tiny_jpeg};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// Every fixture directory, oldest version first.
fn fixtures() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("postgres.sql").is_file())
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no fixture under {}", root.display());
    out
}

struct Story {
    signins: Vec<(String, String, String)>,
    ids: Value,
}

fn story(fixture: &Path, backend: Backend) -> Story {
    let side = fixture.join(match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    });
    let signins = std::fs::read_to_string(side.join("sign-ins.txt"))
        .unwrap()
        .lines()
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            (f[0].to_string(), f[1].to_string(), f[2].to_string())
        })
        .collect();
    let ids =
        serde_json::from_str(&std::fs::read_to_string(side.join("story.json")).unwrap()).unwrap();
    Story { signins, ids }
}

fn totp_now(secret: &str) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    portico::auth::totp::current_code(secret, now)
}

/// Signs in through the API; answers the two-step challenge with the fixture's TOTP secret.
async fn sign_in(app: &TestApp, email: &str, password: &str, totp_secret: &str) -> String {
    let r = app
        .send(
            TestRequest::post()
                .uri("/api/v1/auth/token")
                .set_json(json!({ "email": email, "password": password })),
        )
        .await;
    if r.status == StatusCode::OK {
        return r.json()["access_token"].as_str().unwrap().to_string();
    }
    let challenge = r.json()["challenge"]
        .as_str()
        .unwrap_or_else(|| panic!("{email} cannot sign in: {} {}", r.status, r.body))
        .to_string();
    let r = app
        .send(
            TestRequest::post()
                .uri("/api/v1/auth/second-factor")
                .set_json(json!({ "challenge": challenge, "code": totp_now(totp_secret) })),
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "{email} second factor: {}",
        r.body
    );
    r.json()["access_token"].as_str().unwrap().to_string()
}

async fn get(app: &TestApp, token: &str, uri: &str) -> common::Resp {
    let r = app
        .send(TestRequest::get().uri(uri).insert_header(bearer(token)))
        .await;
    assert_eq!(r.status, StatusCode::OK, "GET {uri}: {}", r.body);
    r
}

async fn smoke(app: TestApp, fixture: &Path) {
    let version = fixture.file_name().unwrap().to_string_lossy().into_owned();
    let s = story(fixture, app.backend);
    let id = |k: &str| s.ids[k].as_str().unwrap().to_string();
    let (order, photo, report) = (id("order"), id("photo"), id("report"));

    // Everyone of the old version still signs in, two-step sign-in included.
    let mut tokens = std::collections::HashMap::new();
    for (_, email, password) in &s.signins {
        let t = sign_in(&app, email, password, &id("totp_secret")).await;
        let me = get(&app, &t, "/api/v1/me").await.json();
        assert_eq!(me["email"], email.as_str(), "{version}");
        tokens.insert(email.clone(), t);
    }
    let admin = &tokens["admin@demo.portico.test"];
    let buyer = &tokens["buyer@northwind.example"];

    // The buyer's order, its timeline, decisions, files and their bytes.
    let list = get(&app, buyer, "/api/v1/orders?limit=50").await.json();
    assert!(
        list["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["id"] == order.as_str()),
        "{version}: the buyer's order is listed"
    );
    get(&app, buyer, &format!("/api/v1/orders/{order}")).await;
    let timeline = get(&app, buyer, &format!("/api/v1/orders/{order}/timeline")).await;
    assert!(timeline.body.contains("Cutting started"), "{version}");
    let files = get(&app, buyer, &format!("/api/v1/orders/{order}/files"))
        .await
        .json();
    let listed = files.to_string();
    assert!(listed.contains(&photo), "{version}: {listed}");
    let meta = get(&app, buyer, &format!("/api/v1/files/{photo}"))
        .await
        .json();
    // Staff take the original; the buyer's copy (without camera data) has its length.
    let content = get(
        &app,
        admin,
        &format!("/api/v1/files/{photo}/content?original=1"),
    )
    .await;
    let copy = get(&app, buyer, &format!("/api/v1/files/{photo}/content")).await;
    assert_eq!(
        copy.bytes.len(),
        content.bytes.len(),
        "{version}: the buyer's copy"
    );
    let sha = meta["sha256"]
        .as_str()
        .or(meta["file"]["sha256"].as_str())
        .unwrap_or_else(|| panic!("{version}: no sha256 in {meta}"));
    assert_eq!(
        portico::auth::secrets::hex(&Sha256::digest(&content.bytes)),
        sha,
        "{version}: the stored bytes are the uploaded ones"
    );
    let staff_view = get(&app, admin, &format!("/api/v1/orders/{order}/files"))
        .await
        .json();
    assert!(
        staff_view["items"].as_array().unwrap().iter().any(|f| {
            f["document_id"] == id("document").as_str()
                && f["version"] == 2
                && f["is_current"] == true
        }),
        "{version}: the document's second version is current: {staff_view}"
    );
    let decisions = get(&app, buyer, &format!("/api/v1/orders/{order}/decisions")).await;
    assert!(decisions.body.contains(&id("decision")), "{version}");

    // The report's PDF, the bank details of record and their acknowledgement.
    let pdf = get(&app, admin, &format!("/api/v1/reports/{report}/pdf")).await;
    assert!(pdf.bytes.starts_with(b"%PDF"), "{version}");
    let pi = id("payment_instruction");
    let bank = get(&app, buyer, "/api/v1/payment-instructions")
        .await
        .json();
    assert!(
        bank.to_string().contains(&pi) && bank.to_string().contains("\"active\""),
        "{version}: {bank}"
    );
    let acks = get(
        &app,
        admin,
        &format!("/api/v1/payment-instructions/{pi}/acknowledgements"),
    )
    .await;
    assert!(acks.body.contains("northwind"), "{version}: {}", acks.body);
    get(&app, admin, "/api/v1/payments").await;
    get(&app, admin, "/api/v1/share-links").await;
    get(&app, admin, "/api/v1/notifications").await;

    // The integration's API token of the old version still works until its stored expiry
    // (366 days after the fixture was made), and not after.
    let expires: chrono::NaiveDateTime = {
        use diesel::prelude::*;
        use portico::db::schema::api_tokens;
        api_tokens::table
            .select(api_tokens::expires_at)
            .first(&mut *app.conn())
            .unwrap()
    };
    let r = app
        .send(
            TestRequest::get()
                .uri("/api/v1/orders?limit=5")
                .insert_header(bearer(&id("api_token"))),
        )
        .await;
    let expected = if expires > portico::ids::now() {
        StatusCode::OK
    } else {
        StatusCode::UNAUTHORIZED
    };
    assert_eq!(r.status, expected, "{version}: API token: {}", r.body);

    // The audit chain written by the old version still verifies.
    let mut c = app.conn();
    for chain in portico::audit::verify(&mut c, None).unwrap() {
        assert!(chain.broken.is_none(), "{version}: {chain:?}");
    }
    drop(c);

    // New writes on the migrated schema.
    let r = app
        .send(
            TestRequest::post()
                .uri(&format!("/api/v1/orders/{order}/updates"))
                .insert_header(bearer(admin))
                .set_json(json!({ "body": "After the upgrade", "visibility": "customer" })),
        )
        .await;
    assert!(r.status.is_success(), "{version}: {}", r.body);
    let jpeg = tiny_jpeg();
    let (ct, body) = multipart(&[file_part("after.jpg", &jpeg)]);
    let r = app
        .send(
            TestRequest::post()
                .uri(&format!("/api/v1/orders/{order}/files"))
                .insert_header(bearer(admin))
                .insert_header(("content-type", ct))
                .set_payload(body),
        )
        .await;
    assert!(r.status.is_success(), "{version}: {}", r.body);
}

#[actix_web::test]
async fn released_sqlite_databases_upgrade() {
    for fixture in fixtures() {
        let app = TestApp::from_fixture(Backend::Sqlite, &fixture)
            .await
            .unwrap();
        smoke(app, &fixture).await;
    }
}

#[actix_web::test]
async fn released_postgres_databases_upgrade() {
    for fixture in fixtures() {
        let Some(app) = TestApp::from_fixture(Backend::Postgres, &fixture).await else {
            eprintln!("skipped: PORTICO_TEST_POSTGRES_URL is not set");
            return;
        };
        smoke(app, &fixture).await;
    }
}

on_both_backends!(
    down_migrations_undo_every_migration,
    |app: TestApp| async move {
        // The whole app moves in (an async block would capture only `app.state` and drop the
        // test database at once).
        let app = app;
        let undone = app
            .state
            .db
            .revert_all()
            .expect("every down migration runs");
        assert!(undone.len() >= 12, "{undone:?}");
        let redone = app
            .state
            .db
            .migrate()
            .expect("and the migrations apply again");
        assert_eq!(undone.len(), redone.len());
    }
);
