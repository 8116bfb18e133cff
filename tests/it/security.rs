//! Account security: sign-in limits, the session list, password change and idle sessions.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{PASSWORD, TestApp, bearer};
use diesel::prelude::*;
use portico::db::schema::{sessions, sign_in_failures};

async fn api_sign_in(app: &TestApp, email: &str, password: &str, peer: &str) -> common::Resp {
    app.send_from(
        TestRequest::post()
            .uri("/api/v1/auth/token")
            .set_json(serde_json::json!({"email": email, "password": password})),
        peer,
    )
    .await
}

on_both_backends!(
    failed_sign_ins_slow_down_then_lock,
    |app: TestApp| async move {
        let w = World::build(&app);
        let email = w.buyer_granted.email.clone();
        let mut c = app.client();
        for _ in 0..4 {
            assert_eq!(
                c.sign_in(&email, "wrong password!!").await.status,
                StatusCode::UNAUTHORIZED
            );
        }
        // Past the free failures, the next try must wait, even with the right password.
        let r = c.sign_in(&email, PASSWORD).await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(r.body.contains("Too many failed sign-ins"));
        app.age_limits(chrono::Duration::minutes(1));
        assert_eq!(
            c.sign_in(&email, PASSWORD).await.status,
            StatusCode::SEE_OTHER,
            "after the delay the right password works"
        );
        assert!(
            !portico::auth::throttle::is_slowed(&mut app.conn(), &email, "203.0.113.7").unwrap(),
            "success clears the account's count from this address"
        );
        let failures: i64 = sign_in_failures::table
            .filter(sign_in_failures::email.eq(&email))
            .count()
            .get_result(&mut *app.conn())
            .unwrap();
        assert_eq!(
            failures, 4,
            "failures stay on record for the security overview"
        );

        // A stranger's ten wrong passwords from another address lock only that address's
        // tries on the account, and an unknown address looks the same from there.
        let stranger = "198.51.100.1:4000";
        for _ in 0..4 {
            api_sign_in(&app, &email, "guess guess guess", stranger).await;
            api_sign_in(&app, "nobody@nowhere.test", "guess guess guess", stranger).await;
        }
        let known = api_sign_in(&app, &email, PASSWORD, stranger).await;
        let unknown = api_sign_in(&app, "nobody@nowhere.test", PASSWORD, stranger).await;
        assert_eq!(
            (known.status, unknown.status),
            (StatusCode::TOO_MANY_REQUESTS, StatusCode::TOO_MANY_REQUESTS)
        );
        assert_eq!(known.json()["code"], "too_many_requests");
        assert_eq!(
            known.json()["detail"],
            unknown.json()["detail"],
            "the limit says nothing about whether the account exists"
        );
        let mut d = app.client();
        assert_eq!(
            d.sign_in(&email, PASSWORD).await.status,
            StatusCode::SEE_OTHER,
            "the owner, from their own address, is not locked out by the stranger"
        );
        app.age_limits(chrono::Duration::minutes(16));
        assert_eq!(
            api_sign_in(&app, &email, PASSWORD, stranger).await.status,
            StatusCode::OK,
            "the stranger's count ends with its window"
        );
        // Too many failures from one address block that address, whatever the account.
        let sprayer = "192.0.2.99:5000";
        for i in 0..portico::auth::throttle::ADDRESS.limit {
            let r = api_sign_in(
                &app,
                &format!("spray{i}@x.test"),
                "guess guess guess",
                sprayer,
            )
            .await;
            assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        }
        let r = api_sign_in(&app, &w.admin_a.email, PASSWORD, sprayer).await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(
            api_sign_in(&app, &w.admin_a.email, PASSWORD, "192.0.2.100:5000")
                .await
                .status,
            StatusCode::OK
        );
    }
);

on_both_backends!(
    sessions_listed_and_ended_at_once,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut phone = world::browser(&app, &w.merch_a.email);
        let mut laptop = world::browser(&app, &w.merch_a.email);
        let api = world::issue(
            &app,
            &w.merch_a.email,
            portico::auth::session::SessionKind::Api,
        )
        .access_token;
        let page = phone.get("/account/sessions").await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(
            page.body.matches("/end\"").count(),
            2,
            "two other sessions can be ended"
        );
        assert!(page.body.contains("This device"));
        let list = app
            .send(
                TestRequest::get()
                    .uri("/api/v1/me/sessions")
                    .insert_header(bearer(&api)),
            )
            .await
            .json();
        assert_eq!(list["items"].as_array().unwrap().len(), 3);
        let api_sid = list["current"].as_str().unwrap().to_string();
        // End the API session from the phone: the token stops working on its next request.
        assert_eq!(
            phone
                .post(&format!("/account/sessions/{api_sid}/end"), &[])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            app.send(
                TestRequest::get()
                    .uri("/api/v1/me")
                    .insert_header(bearer(&api))
            )
            .await
            .status,
            StatusCode::UNAUTHORIZED
        );
        // Another person's session is not found.
        let other = world::issue(
            &app,
            &w.admin_a.email,
            portico::auth::session::SessionKind::Api,
        )
        .access_token;
        let other_sid = app
            .send(
                TestRequest::get()
                    .uri("/api/v1/me/sessions")
                    .insert_header(bearer(&other)),
            )
            .await
            .json()["current"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(
            phone
                .post(&format!("/account/sessions/{other_sid}/end"), &[])
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        // Sign out everywhere else.
        assert_eq!(laptop.get("/orders").await.status, StatusCode::OK);
        assert_eq!(
            phone.post("/account/sessions/end-others", &[]).await.status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(laptop.get("/orders").await.status, StatusCode::SEE_OTHER);
        assert_eq!(phone.get("/orders").await.status, StatusCode::OK);
    }
);

on_both_backends!(
    password_change_ends_other_sessions,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut me = world::browser(&app, &w.buyer_y.email);
        let mut elsewhere = world::browser(&app, &w.buyer_y.email);
        let stolen_access = me.cookies["portico_access"].clone();
        me.get("/account/password").await;
        let new = "a brand new long passphrase";
        let r = me
            .post(
                "/account/password",
                &[("current", "not it at all"), ("new", new), ("confirm", new)],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = me
            .post(
                "/account/password",
                &[
                    ("current", PASSWORD),
                    ("new", "short"),
                    ("confirm", "short"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = me
            .post(
                "/account/password",
                &[("current", PASSWORD), ("new", new), ("confirm", new)],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("Every other session was signed out"));
        assert_eq!(
            me.get("/orders").await.status,
            StatusCode::OK,
            "this browser carries on"
        );
        assert_eq!(elsewhere.get("/orders").await.status, StatusCode::SEE_OTHER);
        // A copy of the old access token is refused (token version moved on).
        let mut thief = app.client();
        thief.cookies.insert("portico_access".into(), stolen_access);
        assert_eq!(
            thief.get("/api/v1/me").await.status,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            app.client()
                .sign_in(&w.buyer_y.email, PASSWORD)
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(
            app.client().sign_in(&w.buyer_y.email, new).await.status,
            StatusCode::SEE_OTHER
        );
    }
);

on_both_backends!(idle_sessions_end, |app: TestApp| async move {
    let w = World::build(&app);
    let mut c = world::browser(&app, &w.buyer_y.email);
    c.cookies.remove("portico_access");
    assert_eq!(
        c.get("/orders").await.status,
        StatusCode::OK,
        "renewed while active"
    );
    let idle =
        portico::ids::now() - chrono::Duration::minutes(portico::auth::session::IDLE_MINUTES + 1);
    diesel::update(sessions::table)
        .set(sessions::last_seen_at.eq(idle))
        .execute(&mut *app.conn())
        .unwrap();
    c.cookies.remove("portico_access");
    assert_eq!(
        c.get("/orders").await.status,
        StatusCode::SEE_OTHER,
        "idle too long: sign in again"
    );
});
