//! HTTP semantics of the JSON API, as an ERP integrator's generic client relies on them:
//! RFC 9457 problem details, 400/415/422 for bodies that cannot be used, 405 with `Allow`,
//! HEAD wherever GET works, `WWW-Authenticate` on 401, `Retry-After` on 429, `Location` on
//! 201, RFC 3339 timestamps, and no library's wording in any message.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{TestApp, api, bearer};
use portico::auth::session::SessionKind;

fn token(app: &TestApp, email: &str) -> String {
    world::issue(app, email, SessionKind::Api).access_token
}

/// The shape every error answers with, whatever the status.
fn assert_problem(r: &common::Resp, status: StatusCode, code: &str) {
    assert_eq!(r.status, status, "{}", r.body);
    assert_eq!(
        r.headers.get("content-type").unwrap(),
        "application/problem+json",
        "{}",
        r.body
    );
    let j = r.json();
    assert_eq!(j["code"], code, "{}", r.body);
    assert_eq!(j["status"], status.as_u16(), "{}", r.body);
    assert_eq!(j["type"], format!("urn:portico:problem:{code}"));
    assert_eq!(j["title"], status.canonical_reason().unwrap());
    let detail = j["detail"].as_str().unwrap();
    assert!(detail.len() > 10, "{detail}");
    // Nothing of serde's or actix's wording, nor a Rust type name.
    for leak in [
        "invalid type",
        "expected u",
        "expected i",
        "struct ",
        "at line",
        "serde",
        "Json deserialize",
        "EOF while parsing",
        "Content type error",
        "untagged",
        "variant",
        "out of range",
    ] {
        assert!(!detail.contains(leak), "{leak:?} in {detail:?}");
    }
}

on_both_backends!(bodies_that_cannot_be_used, |app: TestApp| async move {
    let w = World::build_without_files(&app);
    let admin = token(&app, &w.admin_a.email);
    let post = |body: &'static str, content_type: &'static str| {
        TestRequest::post()
            .uri("/api/v1/orders")
            .insert_header(bearer(&admin))
            .insert_header(("content-type", content_type))
            .set_payload(body)
    };
    // Not JSON at all: 400, with where it broke.
    let r = app.send(post("{\"title\":", "application/json")).await;
    assert_problem(&r, StatusCode::BAD_REQUEST, "json_malformed");
    assert!(r.json()["detail"].as_str().unwrap().contains("column"));
    // JSON, but not of this media type: 415.
    let r = app.send(post("{}", "text/plain")).await;
    assert_problem(&r, StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_type");
    // JSON of the wrong shape: 422, naming the field, in plain words.
    let r = app.send(post("{\"title\": 5}", "application/json")).await;
    assert_problem(&r, StatusCode::UNPROCESSABLE_ENTITY, "json_invalid");
    let r = app.send(post("[1, 2]", "application/json")).await;
    assert_problem(&r, StatusCode::UNPROCESSABLE_ENTITY, "json_invalid");
    let r = app
        .send(post("{\"reference\": \"PO-1\"}", "application/json"))
        .await;
    assert_problem(&r, StatusCode::UNPROCESSABLE_ENTITY, "json_invalid");
    assert!(
        r.json()["detail"].as_str().unwrap().contains("is required"),
        "{}",
        r.body
    );
});

on_both_backends!(methods_and_head, |app: TestApp| async move {
    let w = World::build_without_files(&app);
    let admin = token(&app, &w.admin_a.email);
    // A path that exists with other methods: 405 and what it takes.
    let r = app
        .send(
            TestRequest::delete()
                .uri("/api/v1/orders")
                .insert_header(bearer(&admin)),
        )
        .await;
    assert_problem(&r, StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed");
    assert_eq!(r.headers.get("allow").unwrap(), "GET, HEAD, POST");
    let r = app
        .send(
            TestRequest::patch()
                .uri(&format!("/api/v1/orders/{}", w.order1))
                .insert_header(bearer(&admin)),
        )
        .await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.headers.get("allow").unwrap(), "GET, HEAD");
    let r = app
        .send(
            TestRequest::put()
                .uri(&format!("/api/v1/files/{}/content", w.order1))
                .insert_header(bearer(&admin)),
        )
        .await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.headers.get("allow").unwrap(), "GET, HEAD");
    // A path nobody serves stays 404.
    let r = app
        .send(
            TestRequest::delete()
                .uri("/api/v1/nothing-here")
                .insert_header(bearer(&admin)),
        )
        .await;
    assert_problem(&r, StatusCode::NOT_FOUND, "not_found");
    // HEAD wherever GET works, with GET's status and type (the server leaves the body out).
    for (uri, auth) in [
        ("/healthz", false),
        ("/readyz", false),
        ("/signin", false),
        ("/api/v1/openapi.json", false),
        ("/api/v1/orders", true),
        ("/api/v1/me", true),
    ] {
        let with = |req: TestRequest| {
            if auth {
                req.insert_header(bearer(&admin))
            } else {
                req
            }
        };
        let get = app.send(with(TestRequest::get().uri(uri))).await;
        let head = app
            .send(with(
                TestRequest::default()
                    .method(actix_web::http::Method::HEAD)
                    .uri(uri),
            ))
            .await;
        assert_eq!(get.status, StatusCode::OK, "GET {uri}");
        assert_eq!(head.status, StatusCode::OK, "HEAD {uri}");
        assert_eq!(
            get.headers.get("content-type"),
            head.headers.get("content-type"),
            "{uri}"
        );
    }
    // An API token's scope covers HEAD exactly as it covers GET: a HEAD is no way around it.
    let make = |scope: &'static str| {
        let app = &app;
        let admin = admin.clone();
        async move {
            let r = api(
                app,
                &admin,
                "/api/v1/api-tokens",
                Some(serde_json::json!({"name": "ERP", "scopes": [scope]})),
            )
            .await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
            r.json()["token"].as_str().unwrap().to_string()
        }
    };
    let reader = make("orders:read").await;
    let writer = make("files:write").await;
    let head = |token: &str, uri: &str| {
        TestRequest::default()
            .method(actix_web::http::Method::HEAD)
            .uri(uri)
            .insert_header(bearer(token))
    };
    let r = app.send(head(&reader, "/api/v1/orders")).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = app.send(head(&writer, "/api/v1/orders")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // A route no token may call, whatever the method.
    let r = app.send(head(&reader, "/api/v1/people")).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = app
        .send(
            TestRequest::default()
                .method(actix_web::http::Method::HEAD)
                .uri("/api/v1/orders"),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
});

on_both_backends!(cursors_that_were_never_given, |app: TestApp| async move {
    let w = World::build_without_files(&app);
    let admin = token(&app, &w.admin_a.email);
    use base64::Engine as _;
    let b64 = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
    // Keys with a NUL or other control character, a huge key, keys of the wrong shape: a
    // clear 400, never a 500 (PostgreSQL refuses NUL in a query).
    for uri in [
        "/api/v1/people",
        "/api/v1/orders?sort=reference",
        "/api/v1/milestone-templates",
    ] {
        for cursor in [
            b64("[\"\\u0000\", \"x\"]"),
            b64("[\"a\\u0007\", \"x\"]"),
            b64(&format!("[\"{}\", \"x\"]", "z".repeat(5000))),
            b64("{\"a\": 1}"),
            b64("[1, 2, 3]"),
            "%00".into(),
        ] {
            let sep = if uri.contains('?') { '&' } else { '?' };
            let r = api(&app, &admin, &format!("{uri}{sep}after={cursor}"), None).await;
            assert!(
                r.status == StatusCode::BAD_REQUEST || r.status == StatusCode::OK,
                "{uri} after={cursor}: {} {}",
                r.status,
                r.body
            );
        }
    }
});

on_both_backends!(signing_in_and_waiting, |app: TestApp| async move {
    let w = World::build_without_files(&app);
    // No token: 401 names the scheme.
    let r = app.send(TestRequest::get().uri("/api/v1/orders")).await;
    assert_problem(&r, StatusCode::UNAUTHORIZED, "unauthenticated");
    assert_eq!(
        r.headers.get("www-authenticate").unwrap(),
        "Bearer realm=\"portico\""
    );
    // A wrong password is not a missing token.
    let sign_in = |password: &'static str| {
        let email = w.merch_a.email.clone();
        let app = &app;
        async move {
            app.send_from(
                TestRequest::post()
                    .uri("/api/v1/auth/token")
                    .set_json(serde_json::json!({"email": email, "password": password})),
                "203.0.113.9:5000",
            )
            .await
        }
    };
    let r = sign_in("not the password").await;
    assert_problem(&r, StatusCode::UNAUTHORIZED, "invalid_credentials");
    assert!(r.headers.get("www-authenticate").is_some());
    // The limit is advertised on the operation it guards.
    let policy = r.headers.get("ratelimit-policy").unwrap().to_str().unwrap();
    assert!(policy.starts_with("\"sign-in\";q="), "{policy}");
    // Wrong passwords until the account waits: 429 with the real wait in seconds, and a
    // message that says the same.
    let mut refused = None;
    for _ in 0..10 {
        let r = sign_in("not the password").await;
        if r.status == StatusCode::TOO_MANY_REQUESTS {
            refused = Some(r);
            break;
        }
    }
    let r = refused.expect("the account is slowed down");
    assert_problem(&r, StatusCode::TOO_MANY_REQUESTS, "too_many_requests");
    let wait: u64 = r
        .headers
        .get("retry-after")
        .unwrap()
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=8).contains(&wait), "{wait}");
    let detail = r.json()["detail"].as_str().unwrap().to_string();
    let said = format!("{wait} second");
    assert!(detail.contains(&said), "{detail:?} for a wait of {wait} s");
    assert_eq!(
        r.headers.get("ratelimit").unwrap().to_str().unwrap(),
        format!("\"sign-in\";r=0;t={wait}")
    );
});

on_both_backends!(created_has_a_location, |app: TestApp| async move {
    let w = World::build_without_files(&app);
    let admin = token(&app, &w.admin_a.email);
    let r = api(
        &app,
        &admin,
        "/api/v1/orders",
        Some(serde_json::json!({
            "customer_org_id": w.org_x.to_string(),
            "reference": "PO-LOCATION-1",
            "title": "Where it lives",
            "quantity": 1200,
            "ex_factory_date": null,
        })),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let location = r.headers.get("location").unwrap().to_str().unwrap();
    assert_eq!(
        location,
        format!("/api/v1/orders/{}", r.json()["id"].as_str().unwrap())
    );
    let again = api(&app, &admin, location, None).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.json()["reference"], "PO-LOCATION-1");
    // Timestamps: RFC 3339, UTC, marked.
    for field in ["created_at", "updated_at"] {
        let t = again.json()[field].as_str().unwrap().to_string();
        assert!(t.ends_with('Z'), "{field}: {t}");
        chrono::DateTime::parse_from_rfc3339(&t).unwrap_or_else(|e| panic!("{t}: {e}"));
    }
    // A comment's place is the timeline it is read from.
    let r = api(
        &app,
        &admin,
        &format!("/api/v1/orders/{}/updates", w.order1),
        Some(serde_json::json!({"body": "Cutting started", "visibility": "customer"})),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let location = r.headers.get("location").unwrap().to_str().unwrap();
    assert_eq!(location, format!("/api/v1/orders/{}/timeline", w.order1));
    assert_eq!(
        api(&app, &admin, location, None).await.status,
        StatusCode::OK
    );
});

on_both_backends!(a_head_is_a_look_not_a_visit, |app: TestApp| async move {
    use diesel::prelude::*;
    use portico::db::schema::share_links;
    let w = World::build_without_files(&app);
    let admin = token(&app, &w.admin_a.email);
    let r = api(
        &app,
        &admin,
        &format!("/api/v1/orders/{}/share-links", w.order1),
        Some(serde_json::json!({
            "label": "Forwarder",
            "expires_on": (portico::ids::today() + chrono::Duration::days(7)).to_string(),
        })),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let path = format!("/s/{}", r.json()["token"].as_str().unwrap());
    let count = || -> i32 {
        share_links::table
            .select(share_links::access_count)
            .first(&mut *app.conn())
            .unwrap()
    };
    let head = app
        .send(
            TestRequest::default()
                .method(actix_web::http::Method::HEAD)
                .uri(&path),
        )
        .await;
    assert_eq!(head.status, StatusCode::OK);
    assert_eq!(count(), 0, "a HEAD is not counted as a view");
    assert_eq!(
        app.send(TestRequest::get().uri(&path)).await.status,
        StatusCode::OK
    );
    assert_eq!(count(), 1);
});
