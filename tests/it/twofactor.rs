//! Two-step sign-in: enrolment, the second step, replay, recovery codes, and a password alone
//! getting nobody in.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{PASSWORD, TestApp};
use portico::auth::totp;

fn now() -> u64 {
    chrono::Utc::now().timestamp() as u64
}

fn secret_in(body: &str) -> String {
    world::totp_secret_in(body)
}

on_both_backends!(enrol_then_sign_in_with_a_code, |app: TestApp| async move {
    let w = World::build(&app);
    let mut me = world::browser(&app, &w.buyer_y.email);
    let page = me.get("/account/2fa").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .replace("&#x2F;", "/")
            .contains("data:image/svg+xml;base64,"),
        "QR code shown"
    );
    let secret = secret_in(&page.body);
    assert_eq!(
        secret,
        secret_in(&me.get("/account/2fa").await.body),
        "stable until confirmed"
    );
    assert_eq!(
        me.post("/account/2fa/enable", &[("code", "000000")])
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // The moment of enrolment: a slow machine may cross into the next 30-second step before
    // the test tries this code again.
    let enrolled_at = now();
    let r = me
        .post(
            "/account/2fa/enable",
            &[("code", &totp::current_code(&secret, enrolled_at))],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let codes: Vec<String> = r
        .body
        .split("<li><code>")
        .skip(1)
        .map(|s| s.split('<').next().unwrap().to_string())
        .collect();
    assert_eq!(codes.len(), 10);

    // A password alone opens no session.
    let mut c = app.client();
    let r = c.sign_in(&w.buyer_y.email, PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert!(r.location().unwrap().starts_with("/signin/2fa"));
    assert!(!c.cookies.contains_key("portico_access"));
    assert_eq!(c.get("/orders").await.status, StatusCode::SEE_OTHER);
    assert_eq!(c.get("/signin/2fa").await.status, StatusCode::OK);
    assert_eq!(
        c.post("/signin/2fa", &[("code", "123456")]).await.status,
        StatusCode::UNAUTHORIZED
    );
    // The code just used for enrolment does not work again (same step).
    let used = totp::current_code(&secret, enrolled_at);
    let r = c.post("/signin/2fa", &[("code", &used)]).await;
    assert_eq!(
        r.status,
        StatusCode::UNAUTHORIZED,
        "a code is accepted at most once"
    );
    let next = totp::current_code(&secret, now() + 30);
    let r = c
        .post("/signin/2fa", &[("code", &next), ("next", "/orders")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(c.get("/orders").await.status, StatusCode::OK);

    // A recovery code works once.
    let mut d = app.client();
    d.sign_in(&w.buyer_y.email, PASSWORD).await;
    assert_eq!(
        d.post("/signin/2fa", &[("code", &codes[0].to_uppercase())])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let mut e = app.client();
    e.sign_in(&w.buyer_y.email, PASSWORD).await;
    assert_eq!(
        e.post("/signin/2fa", &[("code", &codes[0])]).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert!(
        me.get("/account/2fa")
            .await
            .body
            .contains("9 recovery codes left")
    );
});

on_both_backends!(
    api_needs_the_second_factor_and_limits_tries,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut me = world::browser(&app, &w.admin_a.email);
        let secret = secret_in(&me.get("/account/2fa").await.body);
        me.post(
            "/account/2fa/enable",
            &[("code", &totp::current_code(&secret, now()))],
        )
        .await;
        let token =
            |body: serde_json::Value| TestRequest::post().uri("/api/v1/auth/token").set_json(body);
        let r = app
            .send(token(
                serde_json::json!({"email": w.admin_a.email, "password": PASSWORD}),
            ))
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        assert_eq!(r.json()["code"], "second_factor_required");
        let challenge = r.json()["challenge"].as_str().unwrap().to_string();
        let second = |code: &str| {
            TestRequest::post()
                .uri("/api/v1/auth/second-factor")
                .set_json(serde_json::json!({"challenge": challenge, "code": code}))
        };
        for _ in 0..portico::auth::session::MFA_ATTEMPTS {
            assert_eq!(
                app.send(second("111111")).await.status,
                StatusCode::UNAUTHORIZED
            );
        }
        // Spent: even the right code is refused on this challenge.
        let good = totp::current_code(&secret, now() + 30);
        assert_eq!(
            app.send(second(&good)).await.status,
            StatusCode::UNAUTHORIZED
        );
        let r = app
            .send(token(
                serde_json::json!({"email": w.admin_a.email, "password": PASSWORD}),
            ))
            .await;
        let challenge2 = r.json()["challenge"].as_str().unwrap().to_string();
        // Five wrong codes on the account: the next try waits a minute, on any challenge (a
        // right password does not clear it).
        let r = app
            .send(
                TestRequest::post()
                    .uri("/api/v1/auth/second-factor")
                    .set_json(serde_json::json!({"challenge": challenge2, "code": good})),
            )
            .await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.body);
        app.age_limits(chrono::Duration::minutes(1));
        let r = app
            .send(
                TestRequest::post()
                    .uri("/api/v1/auth/second-factor")
                    .set_json(serde_json::json!({"challenge": challenge2, "code": good})),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(r.json()["access_token"].is_string());
        // Turning it off needs the password and a fresh code (time passes: the used steps lie behind).
        {
            use diesel::prelude::*;
            use portico::db::schema::users;
            diesel::update(users::table.find(&w.admin_a.id))
                .set(users::totp_last_step.eq(Some(0i64)))
                .execute(&mut *app.conn())
                .unwrap();
        }
        let fresh = totp::current_code(&secret, now());
        let r = me
            .post(
                "/account/2fa/disable",
                &[("password", "wrong wrong wrong"), ("code", &fresh)],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = me
            .post(
                "/account/2fa/disable",
                &[("password", PASSWORD), ("code", &fresh)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let r = app
            .send(token(
                serde_json::json!({"email": w.admin_a.email, "password": PASSWORD}),
            ))
            .await;
        assert_eq!(r.status, StatusCode::OK, "off again: the password suffices");
        let audit = portico::audit::recent(&mut app.conn(), &w.alpha, 50).unwrap();
        assert!(
            audit.iter().any(|e| e.action == "account.2fa_enable")
                && audit.iter().any(|e| e.action == "account.2fa_disable")
        );
    }
);

on_both_backends!(
    tenant_policy_leads_people_to_enrol_first,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut a = world::browser(&app, &w.admin_a.email);
        a.get("/admin/settings").await;
        let r = a
            .post(
                "/admin/settings",
                &[("require_2fa", "buyer"), ("share_link_max_days", "7")],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(r.body.contains("Saved."));
        assert_eq!(
            a.post("/admin/settings", &[("share_link_max_days", "0")])
                .await
                .status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        a.post(
            "/admin/settings",
            &[("require_2fa", "buyer"), ("share_link_max_days", "7")],
        )
        .await;
        // The buyer is led to enrolment before anything else; the API says why.
        let mut b = world::browser(&app, &w.buyer_granted.email);
        let r = b.get("/orders").await;
        assert_eq!(
            (r.status, r.location()),
            (StatusCode::SEE_OTHER, Some("/account/2fa"))
        );
        let api = b.get(&format!("/api/v1/orders/{}", w.order1)).await;
        assert_eq!(api.status, StatusCode::FORBIDDEN);
        assert_eq!(api.json()["code"], "two_factor_enrolment_required");
        let page = b.get("/account/2fa").await;
        assert_eq!(page.status, StatusCode::OK);
        let secret = secret_in(&page.body);
        b.post(
            "/account/2fa/enable",
            &[("code", &totp::current_code(&secret, now()))],
        )
        .await;
        assert_eq!(
            b.get("/orders").await.status,
            StatusCode::OK,
            "enrolled: in"
        );
        // Staff are not affected by a buyers-only policy; the setting is audited.
        assert_eq!(
            world::browser(&app, &w.merch_a.email)
                .get("/orders")
                .await
                .status,
            StatusCode::OK
        );
        assert!(
            portico::audit::recent(&mut app.conn(), &w.alpha, 30)
                .unwrap()
                .iter()
                .any(|e| e.action == "tenant.settings")
        );
        // Another tenant is untouched, and non-admins cannot change settings.
        assert_eq!(
            world::browser(&app, &w.admin_b.email)
                .get("/orders")
                .await
                .status,
            StatusCode::OK
        );
        assert_eq!(
            world::browser(&app, &w.merch_a.email)
                .get("/admin/settings")
                .await
                .status,
            StatusCode::FORBIDDEN
        );
    }
);
