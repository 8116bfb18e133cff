//! Progress reports: built by the job for demo data, stored with its sha256 and code, the PDF
//! opens and says what happened (Chinese included) and nothing internal; the weekly schedule
//! runs once per tenant and week; readers are notified; nobody outside sees a report.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, ALPHA_NAME, INTERNAL_DOC_NAME, ORDER1_REF, World};
use common::{TestApp, bearer};
use diesel::prelude::*;
use portico::auth::session::SessionKind;
use portico::db::schema::{notifications, reports, tenants};
use sha2::Digest;

const SECRET: &str = "SECRET-INTERNAL-NOTE-9902";
const CHINESE: &str = "裁剪已完成";

fn token(app: &TestApp, email: &str) -> String {
    world::issue(app, email, SessionKind::Api).access_token
}

/// Fonts for PDFs are a system package: outside CI a machine without one skips.
fn fonts_or_skip() -> bool {
    match portico::reports::pdf::fonts() {
        Ok(f) if f.cjk => true,
        other => {
            let why = other.err().unwrap_or_else(|| "no CJK font".into());
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("CI=true but PDF fonts are missing: {why} (install fonts-noto-cjk)");
            }
            eprintln!("skipped: {why}");
            false
        }
    }
}

use common::pdf_text;

async fn api(
    app: &TestApp,
    token: &str,
    method: &str,
    uri: &str,
    body: Option<serde_json::Value>,
) -> common::Resp {
    let req = if method == "GET" {
        TestRequest::get()
    } else {
        TestRequest::post()
    }
    .uri(uri)
    .insert_header(bearer(token));
    let req = match body {
        Some(b) => req.set_json(b),
        None => req,
    };
    app.send(req).await
}

on_both_backends!(a_report_of_demo_data, |app: TestApp| async move {
    if !fonts_or_skip() {
        return;
    }
    let w = World::build(&app);
    let merch = token(&app, &w.merch_a.email);
    let updates = format!("/api/v1/orders/{}/updates", w.order1);
    for (body, vis) in [
        (SECRET, "internal"),
        (CHINESE, "customer"),
        ("Cutting finished, sewing starts Monday", "customer"),
    ] {
        let r = api(
            &app,
            &merch,
            "POST",
            &updates,
            Some(serde_json::json!({ "body": body, "visibility": vis })),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
    let r = api(
        &app,
        &merch,
        "POST",
        "/api/v1/reports",
        Some(serde_json::json!({ "order_id": w.order1 })),
    )
    .await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.body);
    let id = r.json()["report"]["id"].as_str().unwrap().to_string();
    assert_eq!(r.json()["report"]["status"], "queued");
    assert_eq!(portico::jobs::drain(&app.state, "test").await.unwrap(), 1);

    let buyer = token(&app, &w.buyer_granted.email);
    let r = api(&app, &buyer, "GET", &format!("/api/v1/reports/{id}"), None).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let report = r.json()["report"].clone();
    assert_eq!(report["status"], "ready", "{report}");
    let code = report["verification_code"].as_str().unwrap().to_string();
    assert!(portico::ids::normalize_code(&code.to_lowercase()) == Some(code.clone()));
    let r = api(
        &app,
        &buyer,
        "GET",
        &format!("/api/v1/reports/{id}/pdf"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.header("content-type"), "application/pdf");
    let pdf = r.bytes.clone();
    // To look at the report by eye: PORTICO_DUMP_REPORT=/tmp/r.pdf cargo test --test it reports::
    if let Ok(p) = std::env::var("PORTICO_DUMP_REPORT") {
        std::fs::write(p, &pdf).unwrap();
    }
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(
        portico::auth::secrets::hex(&sha2::Sha256::digest(&pdf)),
        report["sha256"].as_str().unwrap(),
        "the archive's sha256 is the PDF's"
    );
    if let Some(text) = pdf_text(&pdf) {
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for want in [
            ORDER1_REF,
            ALPHA_NAME,
            CHINESE,
            "Cutting finished",
            "Approve the PP sample",
            code.as_str(),
            "Progress report",
            "Milestones",
        ] {
            assert!(flat.contains(want), "the report shows {want:?}: {flat}");
        }
        for never in [SECRET, INTERNAL_DOC_NAME] {
            assert!(
                !flat.contains(never),
                "nothing internal in the report: {never}"
            );
        }
    }
    // The report is a document of record: its bytes and its printed code verify.
    let v = app
        .send(
            TestRequest::post()
                .uri("/api/v1/verify")
                .insert_header(("content-type", "application/pdf"))
                .set_payload(pdf.clone()),
        )
        .await
        .json();
    assert_eq!(v["outcome"], "genuine", "{v}");
    assert_eq!(v["document"]["code"], code.as_str());
    assert_eq!(v["document"]["signature_valid"], true);
    // The photo is in it (an image object).
    assert!(
        pdf.windows(b"/Subtype /Image".len())
            .any(|x| x == b"/Subtype /Image")
            || pdf.windows(6).any(|x| x == b"/Image")
    );

    // The buyers of the order hear of it; others see nothing.
    let n: i64 = notifications::table
        .filter(notifications::user_id.eq(&w.buyer_granted.id))
        .filter(notifications::kind.eq("report_ready"))
        .count()
        .get_result(&mut *app.conn())
        .unwrap();
    assert_eq!(n, 1);
    for outsider in [&w.buyer_nogrant.email, &w.buyer_y.email, &w.admin_b.email] {
        let t = token(&app, outsider);
        for uri in [
            format!("/api/v1/reports/{id}"),
            format!("/api/v1/reports/{id}/pdf"),
        ] {
            let r = api(&app, &t, "GET", &uri, None).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{outsider} {uri}");
        }
        let r = api(&app, &t, "GET", "/api/v1/reports", None).await;
        assert_eq!(r.json()["items"].as_array().unwrap().len(), 0, "{outsider}");
    }
    // Theirs, and the world's report of order1 still being made.
    let r = api(&app, &buyer, "GET", "/api/v1/reports", None).await;
    assert_eq!(r.json()["items"].as_array().unwrap().len(), 2);
    // The archive page lists it with its code.
    let page = world::browser(&app, &w.buyer_granted.email)
        .get("/reports")
        .await;
    assert!(page.body.contains(&code), "{}", page.body);
    // A report of another tenant's order cannot be asked for.
    let r = api(
        &app,
        &merch,
        "POST",
        "/api/v1/reports",
        Some(serde_json::json!({ "order_id": w.order_b })),
    )
    .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = api(&app, &merch, "POST", "/api/v1/reports", Some(serde_json::json!({ "order_id": w.order1, "period_start": "2026-02-01", "period_end": "2026-01-01" }))).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
});

on_both_backends!(the_weekly_schedule, |app: TestApp| async move {
    if !fonts_or_skip() {
        return;
    }
    let w = World::build_without_files(&app);
    // Alpha reports on Mondays at 09:00 in Shanghai (01:00 UTC).
    diesel::update(tenants::table.find(&w.alpha))
        .set((
            tenants::timezone.eq("Asia/Shanghai"),
            tenants::report_weekday.eq(1),
            tenants::report_hour.eq(9),
        ))
        .execute(&mut *app.conn())
        .unwrap();
    diesel::update(tenants::table.find(&w.beta))
        .set(tenants::report_weekday.eq(0))
        .execute(&mut *app.conn())
        .unwrap();
    let monday = chrono::NaiveDate::from_ymd_opt(2030, 1, 7).unwrap();
    let run = |h: u32| {
        portico::notifications::schedule::run(
            &mut app.conn(),
            &app.state.i18n,
            &app.state.config.public_url,
            monday.and_hms_opt(h, 0, 0).unwrap(),
        )
        .unwrap()
        .report_runs
    };
    assert_eq!(run(0), 0, "08:00 in Shanghai is too early");
    assert_eq!(run(1), 1);
    assert_eq!(run(2), 0, "once a week");
    let made: Vec<(Option<String>, chrono::NaiveDate, chrono::NaiveDate)> = reports::table
        .filter(reports::tenant_id.eq(&w.alpha))
        .select((
            reports::order_id,
            reports::period_start,
            reports::period_end,
        ))
        .load(&mut *app.conn())
        .unwrap();
    assert_eq!(made.len(), 3, "one per order in production: {made:?}");
    assert!(
        made.iter()
            .all(|(_, s, e)| *s == monday - chrono::Duration::days(7)
                && *e == monday - chrono::Duration::days(1))
    );
    let beta: i64 = reports::table
        .filter(reports::tenant_id.eq(&w.beta))
        .count()
        .get_result(&mut *app.conn())
        .unwrap();
    assert_eq!(beta, 0);
    assert_eq!(portico::jobs::drain(&app.state, "test").await.unwrap(), 3);
    let ready: i64 = reports::table
        .filter(reports::status.eq("ready"))
        .count()
        .get_result(&mut *app.conn())
        .unwrap();
    assert_eq!(ready, 3);
    // Every buyer of each order gets one notice and one mail in their language.
    let mailed = portico::notifications::mail::mail_now(
        &mut app.conn(),
        &app.state.i18n,
        &app.state.config.public_url,
    )
    .unwrap();
    // order1: the granted buyer; order2: buyer_y; order3: nobody (no grant, not all orders).
    assert_eq!(mailed, 2);
    let mail = portico::mail::queued_for(&mut app.conn(), &w.buyer_y.email).unwrap();
    assert_eq!(mail.len(), 1);
    assert!(
        mail[0].1.contains("Progress report ready") && !mail[0].1.contains("进度报告"),
        "{}",
        mail[0].1
    );
});

on_both_backends!(
    the_demo_tenant_gets_its_weekly_reports,
    |app: TestApp| async move {
        if !fonts_or_skip() {
            return;
        }
        portico::demo::load(&app.state).await.unwrap();
        let tenant = portico::tenants::find_by_slug(&mut app.conn(), "demo-textiles").unwrap();
        // The demo's passwords are random: the test signs in with its own.
        diesel::update(portico::db::schema::users::table)
            .set(
                portico::db::schema::users::password_hash
                    .eq(portico::auth::password::hash(common::PASSWORD).unwrap()),
            )
            .execute(&mut *app.conn())
            .unwrap();
        // A photo from the factory floor on one order, as a merchandiser uploads it.
        let order: String = portico::db::schema::orders::table
            .filter(portico::db::schema::orders::reference.eq("PO-2026-0102"))
            .select(portico::db::schema::orders::id)
            .first(&mut *app.conn())
            .unwrap();
        let mut merch = world::browser(&app, "merch@demo.portico.test");
        let jpeg = common::tiny_jpeg();
        let r = merch
            .upload(
                &format!("/orders/{order}/files"),
                &[
                    common::file_part("sewing-line.jpg", &jpeg),
                    common::field_part("visibility", "customer"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        portico::jobs::drain(&app.state, "test").await.unwrap();
        // What the demo told the buyers already (its own report among it), mailed.
        portico::notifications::mail::mail_now(
            &mut app.conn(),
            &app.state.i18n,
            &app.state.config.public_url,
        )
        .unwrap();
        let told = |buyer: &str| {
            let uid: String = portico::db::schema::users::table
                .filter(portico::db::schema::users::email.eq(buyer))
                .select(portico::db::schema::users::id)
                .first(&mut *app.conn())
                .unwrap();
            let notices: i64 = notifications::table
                .filter(notifications::user_id.eq(&uid))
                .filter(notifications::kind.eq("report_ready"))
                .count()
                .get_result(&mut *app.conn())
                .unwrap();
            let mails = portico::mail::queued_for(&mut app.conn(), buyer)
                .unwrap()
                .into_iter()
                .filter(|(_, b)| b.contains("Progress report ready"))
                .count();
            (notices, mails)
        };
        let before: std::collections::HashMap<&str, (i64, usize)> =
            ["buyer@northwind.example", "buyer@alpine.example"]
                .into_iter()
                .map(|b| (b, told(b)))
                .collect();
        // The default schedule: Mondays at 08:00 UTC.
        let monday = chrono::Utc::now()
            .date_naive()
            .week(chrono::Weekday::Mon)
            .first_day()
            + chrono::Duration::days(7);
        let ran = portico::notifications::schedule::run(
            &mut app.conn(),
            &app.state.i18n,
            &app.state.config.public_url,
            monday.and_hms_opt(8, 30, 0).unwrap(),
        )
        .unwrap();
        assert_eq!(ran.report_runs, 1);
        assert_eq!(
            portico::jobs::drain(&app.state, "test").await.unwrap(),
            12,
            "one report per demo order"
        );
        let ready: Vec<(Option<String>, String)> = reports::table
            .filter(reports::tenant_id.eq(&tenant.id))
            .filter(reports::trigger_kind.eq("scheduled"))
            .filter(reports::status.eq("ready"))
            .select((reports::order_id, reports::id))
            .load(&mut *app.conn())
            .unwrap();
        assert_eq!(ready.len(), 12);
        // Each buyer: one notice and one mail per order of theirs, in their language (besides
        // what the demo told them before).
        portico::notifications::mail::mail_now(
            &mut app.conn(),
            &app.state.i18n,
            &app.state.config.public_url,
        )
        .unwrap();
        for buyer in ["buyer@northwind.example", "buyer@alpine.example"] {
            let (notices, _) = told(buyer);
            assert_eq!(notices - before[buyer].0, 6, "{buyer}");
            let mails: Vec<(String, String)> = portico::mail::queued_for(&mut app.conn(), buyer)
                .unwrap()
                .into_iter()
                .filter(|(_, b)| b.contains("Progress report ready"))
                .collect();
            assert_eq!(mails.len() - before[buyer].1, 6, "{buyer}");
            assert!(
                mails
                    .iter()
                    .all(|(_, b)| !b.contains("进度") && !b.contains("/reports/"))
            );
        }
        // The report with the photo shows the order's progress, and nothing internal.
        let (_, id) = ready
            .iter()
            .find(|(o, _)| o.as_deref() == Some(order.as_str()))
            .unwrap();
        // PO-2026-0102 is Northwind's (Alpine's buyer would get 404).
        let t = world::issue(&app, "buyer@northwind.example", SessionKind::Api).access_token;
        let r = api(&app, &t, "GET", &format!("/api/v1/reports/{id}/pdf"), None).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(
            r.bytes.windows(6).any(|x| x == b"/Image"),
            "the photo is embedded"
        );
        if let Some(text) = pdf_text(&r.bytes) {
            let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            for want in [
                "PO-2026-0102",
                "Fabric received and approved",
                "sewing-line.jpg",
                "Northwind Apparel Ltd",
            ] {
                assert!(flat.contains(want), "{want}: {flat}");
            }
            assert!(!flat.contains("dye house"), "no internal update: {flat}");
        }
    }
);
