//! Pages and API behaviour: headers, errors, input handling, languages, orders and people.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{Backend, TestApp, bearer};
use portico::auth::session::SessionKind;

on_both_backends!(health_and_security_headers, |app: TestApp| async move {
    let r = app.send(TestRequest::get().uri("/healthz")).await;
    assert_eq!((r.status, r.body.as_str()), (StatusCode::OK, "ok"));
    let r = app.send(TestRequest::get().uri("/readyz")).await;
    assert_eq!((r.status, r.body.as_str()), (StatusCode::OK, "ready"));
    let r = app.send(TestRequest::get().uri("/signin")).await;
    let h = |n: &str| {
        r.headers
            .get(n)
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    };
    let csp = h("content-security-policy");
    assert!(
        csp.contains("script-src 'self'")
            && csp.contains("frame-ancestors 'none'")
            && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(h("x-content-type-options"), "nosniff");
    assert_eq!(h("referrer-policy"), "same-origin");
    assert_eq!(h("cache-control"), "no-store");
    assert!(!h("x-request-id").is_empty());
    assert!(
        h("strict-transport-security").is_empty(),
        "no HSTS over plain http"
    );
    // Scripts only from our own static files (the sign-in page's phrase lookup), never inline.
    for tag in r.body.match_indices("<script").map(|(i, _)| &r.body[i..]) {
        assert!(
            tag.starts_with("<script src=\"/static/"),
            "inline script: {tag:.80}"
        );
    }
    let css = app.send(TestRequest::get().uri("/static/app.css")).await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(
        css.headers
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert_eq!(
        app.send(TestRequest::get().uri("/static/../Cargo.toml"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
});

#[actix_web::test]
async fn https_public_url_turns_on_secure_cookies_and_hsts() {
    let app = TestApp::with_public_url(common::Backend::Sqlite, "https://portal.example")
        .await
        .unwrap();
    let r = app.send(TestRequest::get().uri("/signin")).await;
    assert_eq!(
        r.headers.get("strict-transport-security").unwrap(),
        "max-age=31536000; includeSubDomains"
    );
    let cookie = r.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(
        cookie.starts_with("__Host-portico_csrf=")
            && cookie.contains("Secure")
            && cookie.contains("HttpOnly"),
        "{cookie}"
    );
}

on_both_backends!(errors_in_html_and_json, |app: TestApp| async move {
    let w = World::build(&app);
    let mut c = world::browser(&app, &w.buyer_granted.email);
    let page = c.get("/no/such/page").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains("<html") && page.body.contains("Not found"));
    let id = page
        .headers
        .get("x-request-id")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        page.body.contains(&id),
        "the error page quotes the request id"
    );
    let api = c.get("/api/v1/nothing").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert_eq!(api.json()["code"], "not_found");
    assert!(api.json()["detail"].as_str().unwrap().len() > 10);
    let forbidden = c.get("/admin/people").await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    assert!(forbidden.body.contains("You do not have permission"));
    let bad_query = c.get("/api/v1/orders?limit=lots").await;
    assert_eq!(bad_query.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad_query.json()["code"], "invalid_limit");
    let bad_status = c.get("/api/v1/orders?status=lost").await;
    assert_eq!(bad_status.json()["code"], "status_invalid");
    let bad_cursor = c.get("/api/v1/orders?after=xyz").await;
    assert_eq!(bad_cursor.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad_cursor.json()["code"], "invalid_cursor");
});

on_both_backends!(
    bad_input_gets_clear_errors_and_loses_nothing,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut c = world::browser(&app, &w.admin_a.email);
        c.get("/orders").await;
        let cases: Vec<(Vec<(&str, String)>, &str)> = vec![
            (
                vec![
                    ("reference", "".into()),
                    ("title", "T".into()),
                    ("quantity", "1".into()),
                ],
                "Reference is required",
            ),
            (
                vec![
                    ("reference", "R-1".into()),
                    ("title", "x".repeat(201)),
                    ("quantity", "1".into()),
                ],
                "at most 200 characters",
            ),
            (
                vec![
                    ("reference", "R-1".into()),
                    ("title", "T".into()),
                    ("quantity", "many".into()),
                ],
                "whole number",
            ),
            (
                vec![
                    ("reference", "R-1".into()),
                    ("title", "T".into()),
                    ("quantity", "0".into()),
                ],
                "between 1 and",
            ),
            (
                vec![
                    ("reference", "R\u{202E}1".into()),
                    ("title", "T".into()),
                    ("quantity", "1".into()),
                ],
                "direction-override",
            ),
            (
                vec![
                    ("reference", "R-1".into()),
                    ("title", "T".into()),
                    ("quantity", "1".into()),
                    ("etd_date", "31/12/2026".into()),
                ],
                "date like",
            ),
            (
                vec![
                    ("reference", world::ORDER1_REF.into()),
                    ("title", "T".into()),
                    ("quantity", "1".into()),
                ],
                "already exists",
            ),
        ];
        for (mut fields, message) in cases {
            fields.push(("customer_org_id", w.org_x.to_string()));
            let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let r = c.post("/orders", &form).await;
            assert!(
                r.status == StatusCode::UNPROCESSABLE_ENTITY || r.status == StatusCode::CONFLICT,
                "{message}: {}",
                r.status
            );
            assert!(r.body.contains(message), "expected {message:?} in the page");
            assert!(r.body.contains("name=\"title\""), "the form is shown again");
        }
        // The person's input is kept when the form comes back.
        let r = c
            .post(
                "/orders",
                &[
                    ("customer_org_id", &w.org_x),
                    ("reference", "KEEP-ME"),
                    ("title", "Keep this title"),
                    ("quantity", "x"),
                ],
            )
            .await;
        assert!(r.body.contains("KEEP-ME") && r.body.contains("Keep this title"));
        // Not UTF-8 and oversized bodies.
        let raw = TestRequest::post()
            .uri("/orders")
            .insert_header((
                "cookie",
                format!(
                    "portico_access={}; portico_csrf={}",
                    c.cookies["portico_access"], c.cookies["portico_csrf"]
                ),
            ))
            .insert_header(("x-csrf-token", c.csrf()))
            .insert_header(("content-type", "application/x-www-form-urlencoded"))
            .set_payload(vec![b'r', b'e', b'f', b'=', 0xff, 0xfe]);
        let r = app.send(raw).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let big = "x".repeat(300 * 1024);
        let r = c.post("/orders", &[("reference", big.as_str())]).await;
        assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
        let r = app
            .send(
                TestRequest::post()
                    .uri("/api/v1/orders")
                    .insert_header(bearer(
                        &world::issue(&app, &w.admin_a.email, SessionKind::Api).access_token,
                    ))
                    .set_json(serde_json::json!({"reference": "R", "title": big, "quantity": 1})),
            )
            .await;
        assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
        assert_eq!(r.json()["code"], "too_large");
        // Nothing was stored by any of it.
        let page = portico::orders::list(
            &mut app.conn(),
            &admin_actor(&app, &w),
            &portico::orders::ListQuery::default(),
            &portico::web::paging::Keyset::first(100),
        )
        .unwrap();
        assert_eq!(page.items.len(), 3);
    }
);

fn admin_actor(app: &TestApp, w: &World) -> portico::policy::Actor {
    let issued = world::issue(app, &w.admin_a.email, SessionKind::Api);
    let claims = portico::auth::jwt::decode(&app.state.keys.jwt, &issued.access_token).unwrap();
    portico::auth::session::authenticate(&mut app.conn(), &claims, "127.0.0.1").unwrap()
}

on_both_backends!(languages, |app: TestApp| async move {
    let w = World::build(&app);
    let zh = app
        .send(
            TestRequest::get()
                .uri("/signin")
                .insert_header(("accept-language", "zh-CN,zh;q=0.9,en;q=0.5")),
        )
        .await;
    assert!(zh.body.contains("登录") && zh.body.contains("lang=\"zh-CN\""));
    let de = app
        .send(
            TestRequest::get()
                .uri("/signin")
                .insert_header(("accept-language", "de-DE,en;q=0.5")),
        )
        .await;
    assert!(de.body.contains("Anmelden") && de.body.contains("lang=\"de\" dir=\"ltr\""));
    let en = app
        .send(
            TestRequest::get()
                .uri("/signin")
                .insert_header(("accept-language", "nl-NL,en;q=0.5")),
        )
        .await;
    assert!(en.body.contains("Sign in") && !en.body.contains("登录"));
    // Arabic pages read right to left; the menu offers every language in its own name.
    let ar = app
        .send(
            TestRequest::get()
                .uri("/signin")
                .insert_header(("accept-language", "ar-EG")),
        )
        .await;
    assert!(ar.body.contains("lang=\"ar\" dir=\"rtl\"") && ar.body.contains("تسجيل الدخول"));
    for name in [
        "English",
        "简体中文",
        "Español",
        "Русский",
        "العربية",
        "Türkçe",
    ] {
        assert!(ar.body.contains(name), "language menu lists {name}");
    }
    // The person's own setting wins over the browser's.
    let mut c = world::browser(&app, &w.merch_a.email);
    c.get("/orders").await;
    let r = c
        .post("/language", &[("lang", "zh-CN"), ("next", "/orders")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    c.cookies.remove("portico_lang");
    let page = c.get("/orders").await;
    assert!(
        page.body.contains("订单") && page.body.contains("生产中"),
        "status names translated too"
    );
    // An address no route matches answers in the person's language too.
    let missing = c.get("/no-such-page").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("未找到"), "{}", missing.body);
    // Times in the tenant's zone, with the offset, written as the language writes dates.
    {
        use diesel::prelude::*;
        use portico::db::schema::tenants;
        diesel::update(tenants::table.find(&w.alpha))
            .set(tenants::timezone.eq("Asia/Shanghai"))
            .execute(&mut *app.conn())
            .unwrap();
    }
    let mut c = world::browser(&app, &w.merch_a.email);
    let sessions = c.get("/account/sessions").await.body;
    assert!(
        sessions.contains("(UTC+8)") && sessions.contains("年"),
        "the tenant's zone, in Chinese date order"
    );
    let r = c
        .post(
            "/language",
            &[("lang", "de"), ("next", "/account/sessions")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let de = c.get("/account/sessions").await.body;
    let today = portico::ids::now() + chrono::Duration::hours(8);
    assert!(
        de.contains(&today.format("%d.%m.%Y").to_string()) && de.contains("(UTC+8)"),
        "German date order in the tenant's zone"
    );
    let r = c.post("/language", &[("lang", "klingon")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
});

/// No page shown in another language carries an English sentence of the catalogue: every
/// page type a buyer and an admin open, in every language, searched for the English text of
/// every message longer than 12 characters that the language does not write the same way.
#[actix_web::test]
async fn pages_in_every_language_carry_no_english_sentence() {
    use portico::i18n::{I18n, Locale};
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build(&app);
    let i18n = I18n::load();
    let english = i18n.sample_texts(Locale::En);
    let o1 = w.order1.to_string();
    let buyer_pages = [
        "/dashboard".to_string(),
        "/orders".to_string(),
        format!("/orders/{o1}"),
        format!("/orders/{o1}/files"),
        "/payments".to_string(),
        "/notifications".to_string(),
        "/account/security".to_string(),
        "/account/sessions".to_string(),
        "/account/notifications".to_string(),
        "/verify".to_string(),
        "/reports".to_string(),
    ];
    let admin_pages = [
        "/dashboard".to_string(),
        "/orders".to_string(),
        "/orders/new".to_string(),
        format!("/orders/{o1}"),
        format!("/orders/{o1}/files"),
        format!("/files/{}", w.internal_doc1),
        "/admin/people".to_string(),
        "/admin/people/new".to_string(),
        "/admin/customers".to_string(),
        "/admin/settings".to_string(),
        "/admin/security".to_string(),
        "/admin/templates".to_string(),
        "/admin/api-tokens".to_string(),
        "/admin/fraud-signals".to_string(),
        "/payments".to_string(),
        "/reports".to_string(),
    ];
    let mut leaks = Vec::new();
    for &l in Locale::ALL.iter().filter(|l| **l != Locale::En) {
        let own: std::collections::HashMap<String, String> =
            i18n.sample_texts(l).into_iter().collect();
        // The English sentences this language writes differently, and nowhere uses itself
        // ("Administrator" is German too).
        let foreign: Vec<&str> = english
            .iter()
            .filter(|(id, en)| {
                // The default template's steps are the company's own text from its setup on
                // (written in its language, English here), like any data it typed.
                !id.starts_with("templates-garments")
                    && en.chars().count() > 12
                    && own.get(id).is_some_and(|t| t != en)
                    && !own.values().any(|t| t.contains(en.as_str()))
            })
            .map(|(_, en)| en.as_str())
            .collect();
        for (email, pages) in [
            (&w.buyer_granted.email, &buyer_pages[..]),
            (&w.admin_a.email, &admin_pages[..]),
        ] {
            let mut c = world::browser(&app, email);
            c.post("/language", &[("lang", l.code()), ("next", "/")])
                .await;
            for path in pages {
                let r = c.get(path).await;
                assert_eq!(r.status, StatusCode::OK, "{} {path}", l.code());
                for en in &foreign {
                    if r.body.contains(en) {
                        leaks.push(format!("{} {path}: {en:?}", l.code()));
                    }
                }
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "English on translated pages:\n{}",
        leaks.join("\n")
    );
}

/// Errors reach people in their language: a form's error on the page, and an API error's
/// message (its code unchanged, for programs).
#[actix_web::test]
async fn errors_in_the_readers_language() {
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build(&app);
    let mut c = world::browser(&app, &w.admin_a.email);
    c.post("/language", &[("lang", "zh-CN"), ("next", "/")])
        .await;
    let r = c
        .post(
            "/orders",
            &[
                ("reference", "PO-ERR-1"),
                ("title", "x"),
                ("quantity", "10"),
                ("customer_org_id", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("请选择此订单的客户") && !r.body.contains("Choose the customer"),
        "{}",
        r.body
    );
    // A message with a value in it: the field's name in the reader's words too.
    let org = w.org_x.to_string();
    let r = c
        .post(
            "/orders",
            &[
                ("reference", "PO-ERR-2"),
                ("title", ""),
                ("quantity", "10"),
                ("customer_org_id", org.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let i18n = portico::i18n::catalogue();
    let zh = portico::i18n::Locale::ZhCn;
    let title = i18n.text(zh, "field.title", &[]).unwrap();
    let expected = i18n
        .text(zh, "err.field.required", &[("field", title)])
        .unwrap();
    assert!(r.body.contains(&expected), "{expected} in {}", r.body);
    // The admin's own setting (Chinese) would win over the header: a buyer without one.
    let token = world::issue(&app, &w.buyer_y.email, SessionKind::Api).access_token;
    let r = app
        .send(
            TestRequest::get()
                .uri("/api/v1/orders?sort=sideways")
                .insert_header(bearer(&token))
                .insert_header(("accept-language", "ru-RU,ru;q=0.9")),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let j = r.json();
    assert_eq!(j["code"], "sort_invalid");
    let message = j["detail"].as_str().unwrap();
    assert!(message.starts_with("Выберите"), "{message}");
    // English stays English.
    let r = app
        .send(
            TestRequest::get()
                .uri("/api/v1/orders?sort=sideways")
                .insert_header(bearer(&token)),
        )
        .await;
    assert_eq!(r.json()["detail"], "Sort by newest, oldest or reference.");
}

/// A new admin's Overview lists the first steps, each ticked off from what is really there
/// (confirmed address, customers, orders, an invited buyer, a second admin…) and linking to
/// the page that does it; the list goes once all are done, and only admins see it.
#[actix_web::test]
async fn the_first_steps_tick_themselves_off() {
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build_without_files(&app);
    let mut admin = world::browser(&app, &w.admin_a.email);
    let step = |body: &str, key: &str| -> Option<bool> {
        let at = body.find(&format!("id=\"step-{key}\""))?;
        let li = &body[at..at + body[at..].find("</li>")?];
        Some(li.starts_with(&format!("id=\"step-{key}\" class=\"done\"")))
    };
    let home = admin.get("/dashboard").await.body;
    assert!(home.contains("id=\"first-steps\""), "{home}");
    for (key, done) in [
        ("email", true),
        ("two_step", false),
        ("customer", true),
        ("order", true),
        ("invite_buyer", true),
        ("second_admin", false),
        ("bank_details", false),
    ] {
        assert_eq!(step(&home, key), Some(done), "{key}");
    }
    assert!(home.contains("href=\"/account/2fa\""));
    world::second_admin(&app);
    let home = admin.get("/dashboard").await.body;
    assert_eq!(step(&home, "second_admin"), Some(true));
    let buyer = world::browser(&app, &w.buyer_granted.email)
        .get("/dashboard")
        .await
        .body;
    assert!(!buyer.contains("first-steps"));
}

/// Page weight: pages and other text go out compressed (brotli or gzip, as the client takes
/// it), files byte for byte; static files have a versioned address kept a year. A buyer's
/// first visit to a page, static files included, weighs at most 60 KB and a repeat visit
/// (the static files cached) at most 20 KB.
#[actix_web::test]
async fn pages_are_light_and_files_go_out_as_they_are() {
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build(&app);
    let mut buyer = world::browser(&app, &w.buyer_granted.email);
    let packed = |uri: &str| {
        TestRequest::get()
            .uri(uri)
            .insert_header(("accept-encoding", "br, gzip"))
    };
    for path in [
        "/dashboard".to_string(),
        "/orders".to_string(),
        format!("/orders/{}", w.order1),
        format!("/orders/{}/files", w.order1),
        "/payments".to_string(),
    ] {
        let page = buyer.send(packed(&path)).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert_eq!(page.header("content-encoding"), "br", "{path}");
        let plain = buyer.get(&path).await;
        assert!(plain.header("content-encoding").is_empty());
        let mut first = page.bytes.len();
        for part in plain.body.split("\"/static/").skip(1) {
            let url = format!("/static/{}", &part[..part.find('"').unwrap()]).replace("&amp;", "&");
            let file = buyer.send(packed(&url)).await;
            assert_eq!(file.status, StatusCode::OK, "{url}");
            assert!(
                url.contains("?v=") && file.header("cache-control").contains("immutable"),
                "{url}: {}",
                file.header("cache-control")
            );
            first += file.bytes.len();
        }
        eprintln!(
            "page weight {path}: {first} bytes on a first visit, {} on a repeat one",
            page.bytes.len()
        );
        assert!(first <= 60_000, "{path}: {first} bytes on a first visit");
        assert!(
            page.bytes.len() <= 20_000,
            "{path}: {} bytes on a repeat visit",
            page.bytes.len()
        );
    }
    // An address without the current version is kept an hour only.
    let old = buyer.send(packed("/static/app.css?v=0")).await;
    assert_eq!(old.header("cache-control"), "public, max-age=3600");
    // Files go out as they are, whatever the client accepts (a resumed download must get
    // the same bytes), and without any content-encoding header.
    let photo = buyer
        .send(packed(&format!("/files/{}/content", w.photo1)))
        .await;
    assert_eq!(photo.status, StatusCode::OK);
    assert!(
        photo.header("content-encoding").is_empty(),
        "{:?}",
        photo.headers
    );
    assert!(photo.bytes.starts_with(&[0xFF, 0xD8]), "a JPEG, as stored");
    // JSON from the API is text: compressed too.
    let token = world::issue(&app, &w.buyer_granted.email, SessionKind::Api).access_token;
    let r = app
        .send(packed("/api/v1/orders").insert_header(bearer(&token)))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.header("content-encoding"), "br");
}

/// A person may read times in their own zone instead of their supplier's: set, refused with
/// what was typed kept beside the reason, and cleared back to the supplier's.
#[actix_web::test]
async fn a_person_reads_times_in_their_own_zone() {
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build_without_files(&app);
    let mut c = world::browser(&app, &w.buyer_granted.email);
    let sessions = c.get("/account/sessions").await.body;
    assert!(
        !sessions.contains("(UTC+1)"),
        "the supplier's zone (UTC) first"
    );
    let r = c
        .post("/account/time-zone", &[("time_zone", "Europe/Madrid")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = c.get("/account/security").await.body;
    assert!(page.contains("value=\"Europe&#x2F;Madrid\""), "{page}");
    // December in Madrid is UTC+1.
    assert!(c.get("/account/sessions").await.body.contains("(UTC+1)"));
    let r = c
        .post("/account/time-zone", &[("time_zone", "Mars/Olympus")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("value=\"Mars&#x2F;Olympus\"")
            && r.body.contains("aria-invalid=\"true\"")
            && r.body.contains("id=\"time-zone-error\""),
        "{}",
        r.body
    );
    let r = c.post("/account/time-zone", &[("time_zone", "")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(!c.get("/account/sessions").await.body.contains("(UTC+1)"));
}

/// The tag that carries `id="{id}"` in a page (from its `<` to its `>`).
fn tag_with_id<'a>(page: &'a str, id: &str) -> &'a str {
    let at = page
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no id={id} in {page}"));
    let start = page[..at].rfind('<').unwrap();
    let end = at + page[at..].find('>').unwrap();
    &page[start..=end]
}

/// A refused form comes back with the error next to the field it is about: the field marked
/// `aria-invalid`, pointing at the message with `aria-describedby`, and focused; what was
/// typed is kept. An error about the form as a whole is an alert the form points at.
#[actix_web::test]
async fn a_refused_field_carries_its_error() {
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build_without_files(&app);
    let mut admin = world::browser(&app, &w.admin_a.email);
    admin.get("/payments").await;
    let details = |account: &'static str, beneficiary: &'static str| {
        vec![
            ("beneficiary", beneficiary),
            ("bank_name", "Bank of China, Ningbo Branch"),
            ("swift_bic", "BKCHCNBJ92A"),
            ("account", account),
            ("currency", "USD"),
        ]
    };
    let invalid = |page: &str, input: &str| {
        let tag = tag_with_id(page, input);
        assert!(
            tag.contains("aria-invalid=\"true\"")
                && tag.contains(&format!("aria-describedby=\"{input}-error\""))
                && tag.contains("autofocus"),
            "{tag}"
        );
        assert!(
            tag_with_id(page, &format!("{input}-error")).contains("class=\"field-error\""),
            "{page}"
        );
        assert_eq!(page.matches("aria-invalid=\"true\"").count(), 1, "{page}");
        assert!(
            !page.contains("role=\"alert\" id=\"propose-error\""),
            "{page}"
        );
    };

    // An IBAN with wrong check digits: by the error's code, next to the account.
    let r = admin
        .post(
            "/payments",
            &details("DE45 5001 0517 5407 3249 31", "Alpha Garments Co Ltd"),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    invalid(&r.body, "propose-account");
    assert!(
        r.body.contains("check digits") && r.body.contains("value=\"Alpha Garments Co Ltd\""),
        "the message, and what was typed kept: {}",
        r.body
    );
    // A required field left blank: by the field its rule named.
    let r = admin
        .post("/payments", &details("DE44 5001 0517 5407 3249 31", "  "))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    invalid(&r.body, "propose-beneficiary");
    // The other form of the page: recording a payment.
    let mut buyer = world::browser(&app, &w.buyer_granted.email);
    buyer.get("/payments").await;
    let r = buyer
        .post(
            "/payments/records",
            &[
                ("amount", "a lot"),
                ("currency", "USD"),
                ("paid_on", &portico::ids::today().to_string()),
                ("paid_to_account", "DE44500105175407324931"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    invalid(&r.body, "record-amount");
    assert!(r.body.contains("value=\"a lot\""), "{}", r.body);

    // Not about one field: an alert at the top of the form, which points at it.
    let r = admin
        .post(
            "/payments",
            &details("DE44 5001 0517 5407 3249 31", "Alpha Garments Co Ltd"),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = admin
        .post(
            "/payments",
            &details("DE44 5001 0517 5407 3249 31", "Alpha Garments Co Ltd"),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert!(
        tag_with_id(&r.body, "propose-error").contains("role=\"alert\"")
            && tag_with_id(&r.body, "propose-form").contains("aria-describedby=\"propose-error\"")
            && !r.body.contains("aria-invalid"),
        "{}",
        r.body
    );

    // A person's e-mail address, and a password typed twice differently.
    admin.get("/admin/invitations/new").await;
    let r = admin
        .post(
            "/admin/invitations",
            &[
                ("display_name", "New Buyer"),
                ("email", "not-an-address"),
                ("role", "buyer"),
                ("customer_org_id", w.org_x.as_str()),
                ("access", "all"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let tag = tag_with_id(&r.body, "person-email");
    assert!(
        tag.contains("aria-invalid=\"true\"")
            && tag.contains("aria-describedby=\"person-email-error\""),
        "{tag}"
    );
    assert!(r.body.contains("value=\"New Buyer\""), "{}", r.body);
    let mut buyer = world::browser(&app, &w.buyer_granted.email);
    buyer.get("/account/password").await;
    let r = buyer
        .post(
            "/account/password",
            &[
                ("current", common::PASSWORD),
                ("new", "tangerine orbit quietly 7 lanterns"),
                ("confirm", "tangerine orbit quietly 7 lantern"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let tag = tag_with_id(&r.body, "password-confirm");
    assert!(
        tag.contains("aria-invalid=\"true\"")
            && tag.contains("aria-describedby=\"password-confirm-error\""),
        "{tag}"
    );
}
