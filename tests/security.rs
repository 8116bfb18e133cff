//! Account security: sign-in limits, the session list, password change and idle sessions.

mod common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{PASSWORD, TestApp, bearer};
use diesel::prelude::*;
use portico::db::schema::{sessions, sign_in_failures};

fn age_failures(app: &TestApp, by: chrono::Duration) {
    let rows: Vec<(String, chrono::NaiveDateTime)> = sign_in_failures::table
        .select((sign_in_failures::id, sign_in_failures::created_at))
        .load(&mut *app.conn())
        .unwrap();
    for (id, t) in rows {
        diesel::update(sign_in_failures::table.find(id))
            .set(sign_in_failures::created_at.eq(t - by))
            .execute(&mut *app.conn())
            .unwrap();
    }
}

fn fail_rows(app: &TestApp, email: &str, ip: &str, n: usize) {
    for _ in 0..n {
        diesel::insert_into(sign_in_failures::table)
            .values((
                sign_in_failures::id.eq(portico::ids::new_id()),
                sign_in_failures::email.eq(email),
                sign_in_failures::ip.eq(ip),
                sign_in_failures::created_at.eq(portico::ids::now()),
            ))
            .execute(&mut *app.conn())
            .unwrap();
    }
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
        age_failures(&app, chrono::Duration::minutes(1));
        assert_eq!(
            c.sign_in(&email, PASSWORD).await.status,
            StatusCode::SEE_OTHER,
            "after the delay the right password works"
        );
        let left: i64 = sign_in_failures::table
            .filter(sign_in_failures::email.eq(&email))
            .count()
            .get_result(&mut *app.conn())
            .unwrap();
        assert_eq!(left, 0, "success clears the account's failures");
        // Ten failures lock the account for the window, and an unknown address looks the same.
        fail_rows(&app, &email, "198.51.100.1", 10);
        fail_rows(&app, "nobody@nowhere.test", "198.51.100.1", 10);
        let mut d = app.client();
        let known = d.sign_in(&email, PASSWORD).await;
        let unknown = d.sign_in("nobody@nowhere.test", PASSWORD).await;
        assert_eq!(
            (known.status, unknown.status),
            (StatusCode::TOO_MANY_REQUESTS, StatusCode::TOO_MANY_REQUESTS)
        );
        let msg = |b: &str| {
            b.split("role=\"alert\">")
                .nth(1)
                .unwrap()
                .split('<')
                .next()
                .unwrap()
                .to_string()
        };
        assert_eq!(
            msg(&known.body),
            msg(&unknown.body),
            "the lockout says nothing about whether the account exists"
        );
        let api = app
            .send(
                TestRequest::post()
                    .uri("/api/v1/auth/token")
                    .set_json(serde_json::json!({"email": email, "password": PASSWORD})),
            )
            .await;
        assert_eq!(api.status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(api.json()["error"]["code"], "too_many_requests");
        age_failures(&app, chrono::Duration::minutes(16));
        assert_eq!(
            d.sign_in(&email, PASSWORD).await.status,
            StatusCode::SEE_OTHER,
            "the lock expires with its window"
        );
        // Too many failures from one address block that address, whatever the account.
        fail_rows(&app, "spray@x.test", "203.0.113.7", 50);
        let r = app.client().sign_in(&w.admin_a.email, PASSWORD).await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
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
