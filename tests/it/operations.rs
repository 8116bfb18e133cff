//! Operations: Prometheus metrics (who may read them, what they count), and backup and
//! restore of the embedded default through the real command line, verified by re-hashing.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{TestApp, bearer};
use diesel::prelude::*;
use portico::auth::session::SessionKind;
use sha2::Digest;

const LOCAL: &str = "127.0.0.1:40000";

on_both_backends!(metrics_count_routes_not_paths, |app: TestApp| async move {
    let w = World::build_without_files(&app);
    // Without the token (even from this machine): the ordinary 404 of an unknown page, so a
    // scanner learns nothing. With a wrong one: 401 naming the scheme, so that a scraper with
    // a stale token says "unauthorized" instead of sending its operator after a wrong path.
    let r = app.send(TestRequest::get().uri("/metrics")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = app
        .send_from(TestRequest::get().uri("/metrics"), LOCAL)
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "no local exception");
    let r = app
        .send(
            TestRequest::get()
                .uri("/metrics")
                .insert_header(bearer("test-metrics-token-0123456780")),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.body);
    assert!(
        r.header("www-authenticate").starts_with("Bearer "),
        "{}",
        r.header("www-authenticate")
    );
    assert!(!r.body.contains("portico_"), "{}", r.body);
    let r = app
        .send(
            TestRequest::get()
                .uri("/metrics")
                .insert_header(("authorization", "Basic cHJvbTpwcm9t")),
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNAUTHORIZED,
        "another scheme is a wrong token too"
    );
    // A made-up method is counted as OTHER, not as a new series.
    let r = app
        .send(
            TestRequest::default()
                .method(actix_web::http::Method::from_bytes(b"BREW").unwrap())
                .uri("/healthz"),
        )
        .await;
    assert!(r.status.is_client_error(), "{}", r.status);

    let mut buyer = world::browser(&app, &w.buyer_granted.email);
    let r = buyer.get(&format!("/orders/{}", w.order1)).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = app.send(TestRequest::get().uri("/healthz")).await;
    assert_eq!(r.status, StatusCode::OK);

    let r = scrape(&app).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(
        r.header("content-type")
            .starts_with("application/openmetrics-text")
    );
    let m = &r.body;
    assert!(
        m.contains(
            r#"portico_http_requests_total{method="GET",route="/orders/{id}",status="200"}"#
        ),
        "{m}"
    );
    assert!(
        m.contains(r#"portico_http_requests_total{method="GET",route="/healthz",status="200"}"#),
        "{m}"
    );
    assert!(
        m.contains(r#"portico_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/healthz"}"#)
            || m.contains(r#"portico_http_request_duration_seconds_bucket{method="GET",route="/healthz",le="0.005"}"#),
        "{m}"
    );
    assert!(!m.contains(w.order1.as_str()), "no ids in series: {m}");
    // Read from the database at scrape time: the world queued mail (invitations, notices).
    let pending: i64 = {
        use portico::db::schema::outbox;
        outbox::table
            .filter(outbox::sent_at.is_null())
            .count()
            .get_result(&mut *app.conn())
            .unwrap()
    };
    assert!(
        m.contains(&format!("portico_outbox_pending {pending}\n")),
        "outbox {pending}: {m}"
    );
    assert!(m.contains(r#"portico_jobs{status="failed"} 0"#), "{m}");
    assert!(m.contains("portico_db_pool_connections "), "{m}");
    assert!(m.contains("portico_storage_errors_total "), "{m}");
    assert!(m.trim_end().ends_with("# EOF"), "{m}");
    assert_eq!(m.matches("# EOF").count(), 1, "{m}");
    assert!(
        m.contains("# TYPE process_cpu_seconds counter")
            && m.contains("process_cpu_seconds_total ")
            && m.contains("process_resident_memory_bytes "),
        "{m}"
    );
    assert!(
        m.contains(&format!(
            "portico_build_info{{version=\"{}\"}} 1\n",
            env!("CARGO_PKG_VERSION")
        )),
        "{m}"
    );
    assert!(
        !m.contains("BREW") && m.contains(r#"method="OTHER""#),
        "{m}"
    );
});

async fn scrape(app: &TestApp) -> common::Resp {
    app.send(
        TestRequest::get()
            .uri("/metrics")
            .insert_header(bearer(common::METRICS_TOKEN)),
    )
    .await
}

#[actix_web::test]
async fn the_metrics_token_is_required() {
    let req = |auth: Option<&str>, peer: &str| {
        let mut r = TestRequest::get()
            .uri("/metrics")
            .peer_addr(peer.parse().unwrap());
        if let Some(t) = auth {
            r = r.insert_header(bearer(t));
        }
        r.to_http_request()
    };
    let token = Some("a-long-metrics-token-1234");
    assert!(portico::metrics::allowed(
        &req(Some("a-long-metrics-token-1234"), common::PEER),
        token
    ));
    assert!(!portico::metrics::allowed(
        &req(Some("a-long-metrics-token-1235"), common::PEER),
        token
    ));
    use portico::metrics::{Access, access};
    assert_eq!(
        access(&req(Some("a-long-metrics-token-1235"), common::PEER), token),
        Access::WrongToken
    );
    assert_eq!(access(&req(None, common::PEER), token), Access::Hidden);
    assert_eq!(
        access(&req(Some("a-long-metrics-token-1234"), common::PEER), None),
        Access::Hidden,
        "metrics off: any token is answered 404"
    );
    assert!(!portico::metrics::allowed(&req(None, LOCAL), token));
    assert!(
        !portico::metrics::allowed(&req(None, LOCAL), None),
        "no token configured: metrics are off"
    );
    assert!(!portico::metrics::allowed(
        &req(Some("a-long-metrics-token-1234"), LOCAL),
        None
    ));
}

fn portico(data: &std::path::Path, db: &str, args: &[&str]) -> (bool, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_portico"))
        .args(args)
        .env("PORTICO_DATABASE_URL", db)
        .env("PORTICO_DATA_DIR", data)
        .env_remove("PORTICO_STORAGE_URL")
        .env_remove("PORTICO_KEY_FILE")
        .output()
        .unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

fn sha_hex(bytes: &[u8]) -> String {
    format!("{:x}", sha2::Sha256::digest(bytes))
}

#[actix_web::test]
async fn backup_and_restore_through_the_command_line() {
    let app = TestApp::new(common::Backend::Sqlite).await.unwrap();
    let w = World::build(&app);
    // Something in the audit log, to see its chain intact after the restore.
    let t = world::issue(&app, &w.merch_a.email, SessionKind::Api).access_token;
    let r = app
        .send(
            TestRequest::post()
                .uri(&format!("/api/v1/orders/{}/updates", w.order1))
                .insert_header(bearer(&t))
                .set_json(
                    serde_json::json!({ "body": "before the backup", "visibility": "customer" }),
                ),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let portico::config::DatabaseUrl::Sqlite(db_path) = app.state.config.database.clone() else {
        unreachable!()
    };
    let data = app.state.config.data_dir.clone();
    let work = tempfile::tempdir().unwrap();
    let backup = work.path().join("backup");
    let (ok, out) = portico(
        &data,
        &format!("sqlite://{db_path}"),
        &["backup", "--to", backup.to_str().unwrap()],
    );
    assert!(ok, "{out}");
    assert!(out.contains("every object re-hashed"), "{out}");
    let manifest = std::fs::read_to_string(backup.join("manifest.tsv")).unwrap();
    let photo_key: String = {
        use portico::db::schema::files;
        files::table
            .find(&w.photo1)
            .select(files::object_key)
            .first(&mut *app.conn())
            .unwrap()
    };
    assert!(manifest.contains(&photo_key), "{manifest}");
    assert!(manifest.contains("\tfile:portico.db\n"), "{manifest}");
    {
        use std::os::unix::fs::PermissionsExt;
        for f in ["portico.db", "secret.key", "manifest.tsv"] {
            let mode = std::fs::metadata(backup.join(f))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "{f} is private: {mode:o}");
        }
    }
    // A mistyped data directory is refused, not backed up as an empty portal.
    let (ok, out) = portico(
        &work.path().join("typo"),
        &format!("sqlite://{}", work.path().join("typo/portico.db").display()),
        &["backup", "--to", work.path().join("b2").to_str().unwrap()],
    );
    assert!(!ok && out.contains("does not exist"), "{out}");
    assert!(!work.path().join("typo/portico.db").exists());
    // A second backup into the same directory is refused.
    let (ok, out) = portico(
        &data,
        &format!("sqlite://{db_path}"),
        &["backup", "--to", backup.to_str().unwrap()],
    );
    assert!(!ok && out.contains("not empty"), "{out}");

    // Restore into a new data directory; the portal there holds the same files.
    let restored = work.path().join("restored");
    let restored_db = restored.join("portico.db");
    let (ok, out) = portico(
        &restored,
        &format!("sqlite://{}", restored_db.display()),
        &["restore", "--from", backup.to_str().unwrap()],
    );
    assert!(ok, "{out}");
    assert!(out.contains("restored"), "{out}");
    let config = portico::config::Config {
        data_dir: restored.clone(),
        database: portico::config::DatabaseUrl::Sqlite(restored_db.to_string_lossy().into()),
        storage: portico::config::StorageUrl::Local(restored.join("objects")),
        key_file: restored.join("secret.key"),
        ..app.state.config.clone()
    };
    let state = portico::init_state(config).unwrap();
    let rows: Vec<(String, String)> = {
        use portico::db::schema::files;
        files::table
            .select((files::object_key, files::sha256))
            .load(&mut state.db.conn().unwrap())
            .unwrap()
    };
    assert!(!rows.is_empty());
    for (key, sha) in &rows {
        let bytes = state.storage.read_all(key).await.unwrap();
        assert_eq!(&sha_hex(&bytes), sha, "object {key}");
    }
    assert_eq!(
        std::fs::read(restored.join("secret.key")).unwrap(),
        std::fs::read(data.join("secret.key")).unwrap(),
        "signed documents keep verifying"
    );
    let (ok, out) = portico(
        &restored,
        &format!("sqlite://{}", restored_db.display()),
        &["audit", "verify"],
    );
    assert!(
        ok && out.contains(&format!("chain {}", w.alpha)) && out.contains("intact"),
        "{out}"
    );
    // Restoring over existing data is refused.
    let (ok, out) = portico(
        &restored,
        &format!("sqlite://{}", restored_db.display()),
        &["restore", "--from", backup.to_str().unwrap()],
    );
    assert!(!ok && out.contains("already exists"), "{out}");

    // A changed database snapshot is found.
    let db_copy = backup.join("portico.db");
    let original = std::fs::read(&db_copy).unwrap();
    let mut changed = original.clone();
    let n = changed.len();
    changed[n - 10] ^= 1;
    std::fs::write(&db_copy, &changed).unwrap();
    let (ok, out) = portico(
        &restored,
        &format!("sqlite://{}", restored_db.display()),
        &["restore", "--check", "--from", backup.to_str().unwrap()],
    );
    assert!(!ok && out.contains("file:portico.db"), "{out}");
    std::fs::write(&db_copy, &original).unwrap();

    // One flipped byte in the backup: the check names the object and a restore changes
    // nothing.
    let victim = backup.join("objects").join(&photo_key);
    let mut bytes = std::fs::read(&victim).unwrap();
    bytes[100] ^= 1;
    std::fs::write(&victim, bytes).unwrap();
    let (ok, out) = portico(
        &restored,
        &format!("sqlite://{}", restored_db.display()),
        &["restore", "--check", "--from", backup.to_str().unwrap()],
    );
    assert!(!ok && out.contains(&photo_key), "{out}");
    let elsewhere = work.path().join("elsewhere");
    let (ok, out) = portico(
        &elsewhere,
        &format!("sqlite://{}", elsewhere.join("portico.db").display()),
        &["restore", "--from", backup.to_str().unwrap()],
    );
    assert!(!ok && out.contains("does not match"), "{out}");
    assert!(!elsewhere.join("portico.db").exists());
    assert!(!elsewhere.join("objects").exists());

    // PostgreSQL deployments are told what to use instead, before anything connects.
    let (ok, out) = portico(
        &elsewhere,
        "postgres://nobody@127.0.0.1:1/none",
        &["backup", "--to", work.path().join("pg").to_str().unwrap()],
    );
    assert!(!ok && out.contains("pg_dump"), "{out}");
}

#[actix_web::test]
async fn an_unreachable_object_store_answers_503_and_keeps_no_half() {
    let app = TestApp::custom(
        common::Backend::Sqlite,
        common::Store::Unreachable,
        "http://127.0.0.1:8080",
        portico::config::FileLimits::default(),
    )
    .await
    .unwrap();
    let w = World::build_without_files(&app);
    let t = world::issue(&app, &w.merch_a.email, SessionKind::Api).access_token;
    let errors_before = storage_errors(&app).await;
    let (ct, body) = common::multipart(&[common::file_part("photo.jpg", &common::tiny_jpeg())]);
    let r = app
        .send(
            TestRequest::post()
                .uri(&format!("/api/v1/orders/{}/files", w.order1))
                .insert_header(bearer(&t))
                .insert_header(("content-type", ct))
                .set_payload(body),
        )
        .await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE, "{}", r.body);
    assert_eq!(r.json()["code"], "unavailable");
    assert!(
        r.json()["detail"].as_str().unwrap().contains("try again"),
        "{}",
        r.body
    );
    let rows: i64 = portico::db::schema::files::table
        .count()
        .get_result(&mut *app.conn())
        .unwrap();
    assert_eq!(rows, 0, "no row points at an object that was never stored");
    assert!(storage_errors(&app).await > errors_before);
    // The rest of the portal works on.
    let r = app
        .send(
            TestRequest::get()
                .uri(&format!("/api/v1/orders/{}", w.order1))
                .insert_header(bearer(&t)),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
}

async fn storage_errors(app: &TestApp) -> u64 {
    let r = scrape(app).await;
    r.body
        .lines()
        .find_map(|l| l.strip_prefix("portico_storage_errors_total "))
        .and_then(|v| v.trim().parse().ok())
        .expect("the counter is there")
}
