//! API tokens for integrations: made by admins under step-up, shown once and stored hashed,
//! limited to their scopes, ending at expiry, revocation, or when their maker stops being an
//! active admin; everything made or done with them is audited.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{TestApp, bearer, file_part};
use diesel::prelude::*;
use portico::auth::session::SessionKind;
use portico::db::schema::{api_tokens, audit_events, memberships};
use serde_json::json;

async fn make(app: &TestApp, admin_email: &str, scopes: &[&str], days: i64) -> (String, String) {
    let t = world::issue(app, admin_email, SessionKind::Api).access_token;
    let r = app
        .send(
            TestRequest::post()
                .uri("/api/v1/api-tokens")
                .insert_header(bearer(&t))
                .set_json(json!({ "name": "ERP sync", "scopes": scopes, "expires_in_days": days })),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let j = r.json();
    (
        j["id"].as_str().unwrap().to_string(),
        j["token"].as_str().unwrap().to_string(),
    )
}

async fn call(app: &TestApp, token: &str, req: TestRequest) -> common::Resp {
    app.send(req.insert_header(bearer(token))).await
}

on_both_backends!(
    scopes_decide_what_a_token_reaches,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let (id, read) = make(&app, &w.admin_a.email, &["orders:read"], 30).await;
        assert!(read.starts_with("ptk_") && read.len() > 40, "{read}");

        // Stored as a hash only; listed with its prefix, never the token.
        let stored: Vec<String> = api_tokens::table
            .select(api_tokens::token_hash)
            .load(&mut *app.conn())
            .unwrap();
        assert_eq!(stored, vec![portico::auth::secrets::hash_token(&read)]);
        let admin = world::issue(&app, &w.admin_a.email, SessionKind::Api).access_token;
        let r = app
            .send(
                TestRequest::get()
                    .uri("/api/v1/api-tokens")
                    .insert_header(bearer(&admin)),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(!r.body.contains(&read), "the list never shows the token");
        assert_eq!(r.json()["items"][0]["prefix"], read[..10]);
        assert_eq!(r.json()["items"][0]["scopes"], json!(["orders:read"]));

        // Reads work, as the admin would see them.
        let r = call(&app, &read, TestRequest::get().uri("/api/v1/orders")).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(r.body.contains(common::world::ORDER1_REF), "{}", r.body);
        assert!(!r.body.contains(common::world::ORDER_B_REF), "{}", r.body);
        let r = call(
            &app,
            &read,
            TestRequest::get().uri(&format!("/api/v1/orders/{}/timeline", w.order1)),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        // Another tenant's order does not exist for it.
        let r = call(
            &app,
            &read,
            TestRequest::get().uri(&format!("/api/v1/orders/{}", w.order_b)),
        )
        .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);

        // Writes outside its scopes, and everything people-only, are refused.
        let update = || {
            TestRequest::post()
                .uri(&format!("/api/v1/orders/{}/updates", w.order1))
                .set_json(json!({ "body": "from the ERP", "visibility": "customer" }))
        };
        let r = call(&app, &read, update()).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(r.body.contains("scopes"), "{}", r.body);
        for uri in [
            "/api/v1/people",
            "/api/v1/api-tokens",
            "/api/v1/payment-instructions",
            "/api/v1/admin/security",
            "/api/v1/me/sessions",
        ] {
            let r = call(&app, &read, TestRequest::get().uri(uri)).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{uri}");
        }
        let r = call(
            &app,
            &read,
            TestRequest::post()
                .uri("/api/v1/api-tokens")
                .set_json(json!({ "name": "child", "scopes": ["orders:read"] })),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "a token makes no tokens");
        // Pages are for people.
        let r = call(&app, &read, TestRequest::get().uri("/orders")).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);

        // A token with the write scopes posts updates and files; the audit log names the token.
        let (wid, write) = make(
            &app,
            &w.admin_a.email,
            &["updates:write", "files:write"],
            30,
        )
        .await;
        let r = call(&app, &write, update()).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let (ct, body) = common::multipart(&[file_part("photo.jpg", &common::tiny_jpeg())]);
        let r = call(
            &app,
            &write,
            TestRequest::post()
                .uri(&format!("/api/v1/orders/{}/files", w.order1))
                .insert_header(("content-type", ct))
                .set_payload(body),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let r = call(&app, &write, TestRequest::get().uri("/api/v1/orders")).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "no read scope");
        // No signed invoice from a token: a leaked one must not mint "genuine" documents.
        let pdf = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".to_vec();
        let (ct, body) = common::multipart(&[
            common::field_part("kind", "invoice"),
            common::field_part("visibility", "customer"),
            file_part("invoice.pdf", &pdf),
        ]);
        let r = call(
            &app,
            &write,
            TestRequest::post()
                .uri(&format!("/api/v1/orders/{}/files", w.order1))
                .insert_header(("content-type", ct))
                .set_payload(body),
        )
        .await;
        // An ERP may deliver it as a draft for the admins to issue; the token cannot issue it.
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        assert_eq!(r.json()["files"][0]["record_state"], "draft");
        let draft = r.json()["files"][0]["id"].as_str().unwrap().to_string();
        let r = call(
            &app,
            &write,
            TestRequest::post().uri(&format!("/api/v1/files/{draft}/issue")),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
        let issued: i64 = portico::db::schema::documents_of_record::table
            .count()
            .get_result(&mut *app.conn())
            .unwrap();
        assert_eq!(issued, 0);
        // As an internal document it is an ordinary upload.
        let (ct, body) = common::multipart(&[
            common::field_part("kind", "invoice"),
            common::field_part("visibility", "internal"),
            file_part("invoice.pdf", &pdf),
        ]);
        let r = call(
            &app,
            &write,
            TestRequest::post()
                .uri(&format!("/api/v1/orders/{}/files", w.order1))
                .insert_header(("content-type", ct))
                .set_payload(body),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let file_id = r.json()["files"][0]["id"].as_str().unwrap().to_string();
        let r = call(
            &app,
            &read,
            TestRequest::default()
                .method(actix_web::http::Method::HEAD)
                .uri(&format!("/api/v1/files/{file_id}/content")),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "HEAD counts as a read");
        let details: Vec<(String, String)> = audit_events::table
            .filter(audit_events::tenant_id.eq(&w.alpha))
            .filter(
                audit_events::action
                    .like("api_token.%")
                    .or(audit_events::detail.like("[api token%")),
            )
            .select((audit_events::action, audit_events::detail))
            .load(&mut *app.conn())
            .unwrap();
        assert!(
            details
                .iter()
                .filter(|(a, _)| a == "api_token.create")
                .count()
                == 2,
            "{details:?}"
        );
        assert!(
            details.iter().any(|(a, d)| a != "api_token.create"
                && d.contains(&wid)
                && d.contains("ERP sync")),
            "{details:?}"
        );

        // Revoked: it stops at once. Another tenant's admin cannot revoke it (404).
        let beta = world::issue(&app, &w.admin_b.email, SessionKind::Api).access_token;
        let r = app
            .send(
                TestRequest::post()
                    .uri(&format!("/api/v1/api-tokens/{id}/revoke"))
                    .insert_header(bearer(&beta)),
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        let r = call(&app, &read, TestRequest::get().uri("/api/v1/orders")).await;
        assert_eq!(r.status, StatusCode::OK);
        let r = app
            .send(
                TestRequest::post()
                    .uri(&format!("/api/v1/api-tokens/{id}/revoke"))
                    .insert_header(bearer(&admin)),
            )
            .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT);
        let r = call(&app, &read, TestRequest::get().uri("/api/v1/orders")).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        let n: i64 = audit_events::table
            .filter(audit_events::action.eq("api_token.revoke"))
            .filter(audit_events::object_id.eq(&id))
            .count()
            .get_result(&mut *app.conn())
            .unwrap();
        assert_eq!(n, 1);
    }
);

on_both_backends!(
    a_token_ends_with_its_maker_or_its_time,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let (_, token) = make(&app, &w.admin_a.email, &["orders:read"], 1).await;
        let ok = |r: &common::Resp| r.status == StatusCode::OK;
        let r = call(&app, &token, TestRequest::get().uri("/api/v1/me")).await;
        assert!(ok(&r), "{}", r.body);
        assert_eq!(r.json()["email"], w.admin_a.email.as_str());

        // Expired.
        diesel::update(api_tokens::table)
            .set(api_tokens::expires_at.eq(portico::ids::now() - chrono::Duration::seconds(1)))
            .execute(&mut *app.conn())
            .unwrap();
        let r = call(&app, &token, TestRequest::get().uri("/api/v1/me")).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        diesel::update(api_tokens::table)
            .set(api_tokens::expires_at.eq(portico::ids::now() + chrono::Duration::days(1)))
            .execute(&mut *app.conn())
            .unwrap();
        assert!(ok(&call(
            &app,
            &token,
            TestRequest::get().uri("/api/v1/me")
        )
        .await));

        // Its maker made a merchandiser: the token no longer works; an admin again: it does.
        let set_role = |role: &str| {
            diesel::update(
                memberships::table
                    .filter(memberships::user_id.eq(&w.admin_a.id))
                    .filter(memberships::tenant_id.eq(&w.alpha)),
            )
            .set(memberships::role.eq(role))
            .execute(&mut *app.conn())
            .unwrap();
        };
        set_role("merchandiser");
        let r = call(&app, &token, TestRequest::get().uri("/api/v1/me")).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        set_role("admin");
        assert!(ok(&call(
            &app,
            &token,
            TestRequest::get().uri("/api/v1/me")
        )
        .await));

        // Its maker signed out everywhere (or changed their password, or recovered the account).
        use portico::db::schema::users;
        diesel::update(users::table.find(&w.admin_a.id))
            .set(users::token_version.eq(users::token_version + 1))
            .execute(&mut *app.conn())
            .unwrap();
        let r = call(&app, &token, TestRequest::get().uri("/api/v1/me")).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        let (_, token) = make(&app, &w.admin_a.email, &["orders:read"], 1).await;
        assert!(ok(&call(
            &app,
            &token,
            TestRequest::get().uri("/api/v1/me")
        )
        .await));
        // A public page with a token it does not cover: served as to anyone.
        let r = call(&app, &token, TestRequest::get().uri("/verify")).await;
        assert_eq!(r.status, StatusCode::OK);
        // Its maker's account disabled.
        portico::people::deactivate_user(&mut app.conn(), &w.admin_a.id).unwrap();
        let r = call(&app, &token, TestRequest::get().uri("/api/v1/me")).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        // A made-up token looks the same.
        let r = call(&app, "ptk_nothing", TestRequest::get().uri("/api/v1/me")).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }
);

on_both_backends!(
    only_admins_make_tokens_with_valid_input,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        for p in [&w.merch_a, &w.buyer_granted, &w.qc_a] {
            let t = world::issue(&app, &p.email, SessionKind::Api).access_token;
            let r = app
                .send(
                    TestRequest::post()
                        .uri("/api/v1/api-tokens")
                        .insert_header(bearer(&t))
                        .set_json(json!({ "name": "x", "scopes": ["orders:read"] })),
                )
                .await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", p.email);
            let r = app
                .send(
                    TestRequest::get()
                        .uri("/api/v1/api-tokens")
                        .insert_header(bearer(&t)),
                )
                .await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", p.email);
        }
        let t = world::issue(&app, &w.admin_a.email, SessionKind::Api).access_token;
        for (body, code) in [
            (json!({ "name": "x", "scopes": [] }), "scopes_required"),
            (
                json!({ "name": "x", "scopes": ["orders:delete"] }),
                "scope_unknown",
            ),
            (
                json!({ "name": "", "scopes": ["orders:read"] }),
                "Name is required",
            ),
            (
                json!({ "name": "x", "scopes": ["orders:read"], "expires_in_days": 400 }),
                "between 1 and 366",
            ),
        ] {
            let r = app
                .send(
                    TestRequest::post()
                        .uri("/api/v1/api-tokens")
                        .insert_header(bearer(&t))
                        .set_json(body.clone()),
                )
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
            assert!(r.body.contains(code), "{body}: {}", r.body);
        }
        // Without a recent password check: step-up first.
        diesel::update(portico::db::schema::sessions::table)
            .set(portico::db::schema::sessions::reauth_at.eq(None::<chrono::NaiveDateTime>))
            .execute(&mut *app.conn())
            .unwrap();
        let r = app
            .send(
                TestRequest::post()
                    .uri("/api/v1/api-tokens")
                    .insert_header(bearer(&t))
                    .set_json(json!({ "name": "x", "scopes": ["orders:read"] })),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(r.body.contains("step_up_required"), "{}", r.body);
    }
);

on_both_backends!(the_page_shows_a_new_token_once, |app: TestApp| async move {
    let w = World::build_without_files(&app);
    let mut admin = world::browser(&app, &w.admin_a.email);
    let r = admin.get("/admin/api-tokens").await;
    assert_eq!(r.status, StatusCode::OK);
    let r = admin
        .post(
            "/admin/api-tokens",
            &[
                ("name", "Warehouse"),
                ("scope", "orders:read"),
                ("scope", "files:write"),
                ("expires_in_days", "30"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let start = r.body.find("ptk_").expect("the token is shown");
    let token: String = r.body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    let r = call(&app, &token, TestRequest::get().uri("/api/v1/orders")).await;
    assert_eq!(r.status, StatusCode::OK);
    let r = admin.get("/admin/api-tokens").await;
    assert!(r.body.contains("Warehouse") && !r.body.contains(&token));
    let id: String = api_tokens::table
        .select(api_tokens::id)
        .first(&mut *app.conn())
        .unwrap();
    // Another tenant's admin: not found. This tenant's admin: revoked.
    let r = world::browser(&app, &w.admin_b.email)
        .post(&format!("/admin/api-tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = admin
        .post(&format!("/admin/api-tokens/{id}/revoke"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = call(&app, &token, TestRequest::get().uri("/api/v1/orders")).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    // No scope ticked: the form again with the reason, nothing made.
    let r = admin
        .post("/admin/api-tokens", &[("name", "Nothing")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("token-error"), "{}", r.body);
    // A merchandiser has no such page.
    let r = world::browser(&app, &w.merch_a.email)
        .get("/admin/api-tokens")
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
});

on_both_backends!(a_token_may_ask_for_a_report, |app: TestApp| async move {
    let w = World::build_without_files(&app);
    let (_, read) = make(&app, &w.admin_a.email, &["orders:read"], 30).await;
    let (_, reports) = make(
        &app,
        &w.admin_a.email,
        &["orders:read", "reports:write"],
        30,
    )
    .await;
    let ask = |t: String| {
        let order = w.order1.to_string();
        let app = &app;
        async move {
            call(
                app,
                &t,
                TestRequest::post()
                    .uri("/api/v1/reports")
                    .set_json(json!({ "order_id": order })),
            )
            .await
        }
    };
    // Without the scope: refused, as every route outside a token's scopes.
    let r = ask(read.clone()).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
    let r = ask(reports.clone()).await;
    assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.body);
    let id = r.json()["report"]["id"]
        .as_str()
        .map(String::from)
        .unwrap_or_else(|| {
            r.json()["id"]
                .as_str()
                .expect("the queued report's id")
                .to_string()
        });
    // Reading it back is `orders:read`, and so is the list.
    let r = call(
        &app,
        &read,
        TestRequest::get().uri(&format!("/api/v1/reports/{id}")),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let r = call(&app, &read, TestRequest::get().uri("/api/v1/reports")).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert!(r.body.contains(&id));
});
