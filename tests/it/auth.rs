//! Sign-in, sign-out, sessions, tokens and CSRF against the in-process app.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use common::world::{self, World};
use common::{PASSWORD, TestApp, bearer};
use portico::auth::session::SessionKind;

fn b64(v: &serde_json::Value) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(v).unwrap())
}

async fn me(app: &TestApp, token: &str) -> StatusCode {
    app.send(
        TestRequest::get()
            .uri("/api/v1/me")
            .insert_header(bearer(token)),
    )
    .await
    .status
}

on_both_backends!(sign_in_and_out_in_the_browser, |app: TestApp| async move {
    let w = World::build(&app);
    let mut c = app.client();
    let r = c.get("/orders").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), Some("/signin?next=%2Forders"));

    let r = c.sign_in(&w.buyer_granted.email, "wrong password!!").await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(
        r.body
            .contains("The e-mail address or password is not correct.")
    );
    let unknown = c.sign_in("nobody@nowhere.test", PASSWORD).await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert!(
        unknown
            .body
            .contains("The e-mail address or password is not correct.")
    );
    assert!(!c.cookies.contains_key("portico_access"));

    let r = c
        .sign_in(&w.buyer_granted.email.to_uppercase(), PASSWORD)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert!(c.cookies.contains_key("portico_access") && c.cookies.contains_key("portico_refresh"));
    let list = c.get("/orders").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains(world::ORDER1_REF));
    assert!(
        !list.body.contains(world::ORDER3_REF),
        "an ungranted order of the same customer leaked"
    );

    let stolen = c.cookies.clone();
    let out = c.post("/signout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(!c.cookies.contains_key("portico_access"));
    // The cookies from before sign-out no longer work, neither the access token nor the refresh token.
    let mut thief = app.client();
    thief.cookies = stolen;
    assert_eq!(thief.get("/orders").await.status, StatusCode::SEE_OTHER);
    thief.cookies.remove("portico_refresh");
    let api = thief.get("/api/v1/me").await;
    assert_eq!(api.status, StatusCode::UNAUTHORIZED);

    let mut conn = app.conn();
    let events = portico::audit::recent(&mut conn, &w.alpha, 50).unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    assert!(
        actions.contains(&"auth.sign_in") && actions.contains(&"auth.sign_out"),
        "{actions:?}"
    );
    let failures: i64 = {
        use diesel::prelude::*;
        use portico::db::schema::audit_events::dsl::*;
        audit_events
            .filter(action.eq("auth.sign_in_failed"))
            .count()
            .get_result(&mut *conn)
            .unwrap()
    };
    assert_eq!(failures, 2);
});

on_both_backends!(jwt_attacks_are_refused, |app: TestApp| async move {
    let w = World::build(&app);
    let issued = world::issue(&app, &w.buyer_granted.email, SessionKind::Api);
    let good = issued.access_token.clone();
    assert_eq!(me(&app, &good).await, StatusCode::OK);

    let parts: Vec<&str> = good.split('.').collect();
    let mut claims: serde_json::Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();

    // Tampered payload: act as the admin with the buyer's signature.
    let mut evil = claims.clone();
    evil["sub"] = w.admin_a.id.clone().into();
    assert_eq!(
        me(&app, &format!("{}.{}.{}", parts[0], b64(&evil), parts[2])).await,
        StatusCode::UNAUTHORIZED
    );

    // Signed with another key.
    let other = jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(&[7u8; 32]),
    )
    .unwrap();
    assert_eq!(me(&app, &other).await, StatusCode::UNAUTHORIZED);

    // alg none.
    let none = format!(
        "{}.{}.",
        b64(&serde_json::json!({"alg": "none", "typ": "JWT"})),
        parts[1]
    );
    assert_eq!(me(&app, &none).await, StatusCode::UNAUTHORIZED);

    let sign = |v: &serde_json::Value| {
        jsonwebtoken::encode(
            &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
            v,
            &jsonwebtoken::EncodingKey::from_secret(&app.state.keys.jwt),
        )
        .unwrap()
    };
    // Our own key, to show that the refusals below are about the claims.
    assert_eq!(me(&app, &sign(&claims)).await, StatusCode::OK);

    // Expired beyond the 5 s leeway.
    let now = chrono::Utc::now().timestamp();
    claims["exp"] = (now - 10).into();
    assert_eq!(me(&app, &sign(&claims)).await, StatusCode::UNAUTHORIZED);

    // exp of the wrong JSON type.
    claims["exp"] = serde_json::Value::String((now + 600).to_string());
    assert_eq!(me(&app, &sign(&claims)).await, StatusCode::UNAUTHORIZED);

    // Missing exp.
    claims.as_object_mut().unwrap().remove("exp");
    assert_eq!(me(&app, &sign(&claims)).await, StatusCode::UNAUTHORIZED);

    // Garbage.
    assert_eq!(me(&app, "not.a.jwt").await, StatusCode::UNAUTHORIZED);

    // After sign-out (revocation of the token's session).
    let r = app
        .send(
            TestRequest::post()
                .uri("/api/v1/auth/revoke")
                .insert_header(bearer(&good)),
        )
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert_eq!(me(&app, &good).await, StatusCode::UNAUTHORIZED);

    // After deactivation (token version bumped).
    let second = world::issue(&app, &w.buyer_y.email, SessionKind::Api).access_token;
    assert_eq!(me(&app, &second).await, StatusCode::OK);
    portico::people::deactivate_user(&mut app.conn(), &w.buyer_y.id).unwrap();
    assert_eq!(me(&app, &second).await, StatusCode::UNAUTHORIZED);
    let r = app
        .send(
            TestRequest::post()
                .uri("/api/v1/auth/token")
                .set_json(serde_json::json!({"email": w.buyer_y.email, "password": PASSWORD})),
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNAUTHORIZED,
        "a deactivated account cannot get a token"
    );
});

on_both_backends!(api_token_endpoint, |app: TestApp| async move {
    let w = World::build(&app);
    let r = app
        .send(
            TestRequest::post()
                .uri("/api/v1/auth/token")
                .set_json(serde_json::json!({"email": w.merch_a.email, "password": PASSWORD})),
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let token = r.json()["access_token"].as_str().unwrap().to_string();
    let me = app
        .send(
            TestRequest::get()
                .uri("/api/v1/me")
                .insert_header(bearer(&token)),
        )
        .await;
    assert_eq!(me.json()["role"], "merchandiser");
    assert_eq!(me.json()["tenant"]["slug"], "alpha");

    let bad = app
        .send(
            TestRequest::post().uri("/api/v1/auth/token").set_json(
                serde_json::json!({"email": w.merch_a.email, "password": "nope nope nope"}),
            ),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNAUTHORIZED);
    assert_eq!(bad.json()["code"], "invalid_credentials");
    let malformed = app
        .send(
            TestRequest::post()
                .uri("/api/v1/auth/token")
                .insert_header(("content-type", "application/json"))
                .set_payload("{\"email\":"),
        )
        .await;
    assert_eq!(malformed.status, StatusCode::BAD_REQUEST);
    assert_eq!(malformed.json()["code"], "json_malformed");
});

on_both_backends!(
    csrf_is_required_for_cookie_writes,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut c = world::browser(&app, &w.admin_a.email);
        let form = [("name", "New Customer Ltd"), ("csrf_token", "")];
        let r = c.post("/admin/customers", &form).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(r.body.contains("Reload the page"), "{}", r.body);
        let r = c
            .post(
                "/admin/customers",
                &[
                    ("name", "New Customer Ltd"),
                    ("csrf_token", &"0".repeat(64)),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        // A token made for another cookie does not fit this one.
        let foreign = app.csrf_for(&portico::auth::secrets::random_token());
        let r = c
            .post(
                "/admin/customers",
                &[("name", "New Customer Ltd"), ("csrf_token", &foreign)],
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        // JSON write with cookie authentication: refused without the header...
        let req = TestRequest::post()
        .uri("/api/v1/orders")
        .insert_header(("cookie", format!("portico_access={}; portico_csrf={}", c.cookies["portico_access"], c.cookies["portico_csrf"])))
        .set_json(serde_json::json!({"customer_org_id": w.org_x, "reference": "PO-CSRF", "title": "t", "quantity": 5}));
        let r = app.send(req).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(r.json()["code"], "csrf_failed");
        // ...and accepted with it.
        let req = TestRequest::post()
        .uri("/api/v1/orders")
        .insert_header(("cookie", format!("portico_access={}; portico_csrf={}", c.cookies["portico_access"], c.cookies["portico_csrf"])))
        .insert_header(("x-csrf-token", c.csrf()))
        .set_json(serde_json::json!({"customer_org_id": w.org_x, "reference": "PO-CSRF", "title": "t", "quantity": 5}));
        assert_eq!(app.send(req).await.status, StatusCode::CREATED);
        // The sign-in form itself is protected (login CSRF): no cookie, no token.
        let r = app
            .send(
                TestRequest::post()
                    .uri("/signin")
                    .set_form([("email", w.admin_a.email.as_str()), ("password", PASSWORD)]),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        // Nothing was written by the refused requests.
        let names = portico::people::list_customer_orgs(&mut app.conn(), &w.alpha).unwrap();
        assert!(!names.iter().any(|o| o.name == "New Customer Ltd"));
        // With the real token from the page it works.
        let page = c.get("/admin/customers").await;
        let token = page.form_token();
        let r = c
            .post(
                "/admin/customers",
                &[("name", "New Customer Ltd"), ("csrf_token", &token)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
);

on_both_backends!(
    refresh_rotates_and_detects_reuse,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut c = world::browser(&app, &w.buyer_granted.email);
        let first_refresh = c.cookies["portico_refresh"].clone();
        // The access cookie is gone (expired in the browser): the refresh cookie renews it.
        c.cookies.remove("portico_access");
        let r = c.get("/orders").await;
        assert_eq!(r.status, StatusCode::OK);
        let second_refresh = c.cookies["portico_refresh"].clone();
        assert_ne!(first_refresh, second_refresh, "refresh token rotated");
        assert!(c.cookies.contains_key("portico_access"));

        // The old token within the grace period still works (parallel requests)...
        let mut parallel = app.client();
        parallel
            .cookies
            .insert("portico_refresh".into(), first_refresh.clone());
        assert_eq!(parallel.get("/orders").await.status, StatusCode::OK);
        // ...but after the grace period its reuse means theft: the whole session is revoked.
        {
            use diesel::prelude::*;
            use portico::db::schema::sessions;
            let old = portico::ids::now() - chrono::Duration::seconds(120);
            diesel::update(sessions::table)
                .set(sessions::rotated_at.eq(Some(old)))
                .execute(&mut *app.conn())
                .unwrap();
        }
        let mut thief = app.client();
        thief
            .cookies
            .insert("portico_refresh".into(), first_refresh);
        assert_eq!(thief.get("/orders").await.status, StatusCode::SEE_OTHER);
        c.cookies.remove("portico_access");
        assert_eq!(
            c.get("/orders").await.status,
            StatusCode::SEE_OTHER,
            "the session was revoked for everyone"
        );
    }
);

on_both_backends!(
    removing_a_person_ends_their_sessions,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut buyer = world::browser(&app, &w.buyer_granted.email);
        assert_eq!(
            buyer.get(&format!("/orders/{}", w.order1)).await.status,
            StatusCode::OK
        );
        let mut admin = world::browser(&app, &w.admin_a.email);
        let r = admin
            .post(&format!("/admin/people/{}/remove", w.buyer_granted.id), &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            buyer.get(&format!("/orders/{}", w.order1)).await.status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            buyer.get("/api/v1/me").await.status,
            StatusCode::UNAUTHORIZED
        );
    }
);

on_both_backends!(first_run_setup_link, |app: TestApp| async move {
    let token = portico::tenants::issue_setup_token(&mut app.conn())
        .unwrap()
        .expect("no tenant yet");
    let mut c = app.client();
    let page = c.get(&format!("/setup/{token}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        c.get("/setup/not-the-token").await.status,
        StatusCode::NOT_FOUND
    );
    let csrf = page.form_token();
    let mut form = vec![
        ("company_name", "Acme Textiles"),
        ("slug", "acme"),
        ("admin_name", "Ann Admin"),
        ("admin_email", "ann@acme.test"),
        ("password", "short"),
        ("password_confirm", "short"),
        ("csrf_token", csrf.as_str()),
    ];
    let r = c.post(&format!("/setup/{token}"), &form).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("at least 12 characters") && r.body.contains("Acme Textiles"),
        "input kept, error shown"
    );
    form[4] = ("password", PASSWORD);
    form[5] = ("password_confirm", PASSWORD);
    let r = c.post(&format!("/setup/{token}"), &form).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // Single use.
    assert_eq!(
        c.get(&format!("/setup/{token}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        c.post(&format!("/setup/{token}"), &form).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(
        portico::tenants::issue_setup_token(&mut app.conn())
            .unwrap()
            .is_none()
    );
    let r = c.sign_in("ann@acme.test", PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let me = c.get("/api/v1/me").await.json();
    assert_eq!(me["role"], "admin");
    assert_eq!(me["tenant"]["name"], "Acme Textiles");
});

on_both_backends!(expired_setup_link_is_refused, |app: TestApp| async move {
    let token = portico::tenants::issue_setup_token(&mut app.conn())
        .unwrap()
        .unwrap();
    {
        use diesel::prelude::*;
        use portico::db::schema::setup_tokens;
        let past = portico::ids::now() - chrono::Duration::minutes(1);
        diesel::update(setup_tokens::table)
            .set(setup_tokens::expires_at.eq(past))
            .execute(&mut *app.conn())
            .unwrap();
    }
    assert_eq!(
        app.client().get(&format!("/setup/{token}")).await.status,
        StatusCode::NOT_FOUND
    );
});

on_both_backends!(tenant_switch_isolation, |app: TestApp| async move {
    let w = World::build(&app);
    // The beta admin is also a buyer of customer X at alpha, with all its orders.
    portico::people::add_membership(
        &mut app.conn(),
        &w.alpha,
        &w.admin_b.id,
        portico::people::Role::Buyer,
        Some(&w.org_x),
        true,
    )
    .unwrap();
    let mut c = app.client();
    c.sign_in(&w.admin_b.email, PASSWORD).await;
    let first = c.get("/api/v1/me").await.json();
    let (here, there) = if first["tenant"]["slug"] == "beta" {
        (&w.beta, &w.alpha)
    } else {
        (&w.alpha, &w.beta)
    };
    let switch = c.get("/tenants").await;
    assert!(switch.body.contains("Alpha Garments") && switch.body.contains("Beta Knitwear"));
    let r = c.post("/tenants/switch", &[("tenant_id", there)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = c.post("/tenants/switch", &[("tenant_id", &w.beta)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let list = c.get("/orders").await.body;
    assert!(
        list.contains(world::ORDER_B_REF)
            && !list.contains(world::ORDER1_REF)
            && !list.contains(world::ORDER3_REF)
    );
    assert_eq!(
        c.get(&format!("/orders/{}", w.order1)).await.status,
        StatusCode::NOT_FOUND
    );
    let r = c.post("/tenants/switch", &[("tenant_id", &w.alpha)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let list = c.get("/orders").await.body;
    assert!(list.contains(world::ORDER1_REF) && list.contains(world::ORDER3_REF));
    assert!(!list.contains(world::ORDER_B_REF) && !list.contains(world::ORDER2_REF));
    assert_eq!(
        c.get(&format!("/orders/{}", w.order_b)).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        c.get("/admin/people").await.status,
        StatusCode::FORBIDDEN,
        "a buyer at alpha, whatever they are at beta"
    );
    // A tenant the person does not belong to.
    let mut other = world::browser(&app, &w.merch_a.email);
    assert_eq!(
        other
            .post("/tenants/switch", &[("tenant_id", &w.beta)])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let _ = here;
});
