//! Notifications: who hears of what (never of internal work), the centre and its unread
//! count, preferences (at once, daily digest, off), photo batches, late milestones, security
//! notices, and the mails they become, in the reader's language.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, ORDER1_REF, World};
use common::{TestApp, bearer};
use diesel::prelude::*;
use portico::auth::session::SessionKind;
use portico::db::schema::{milestones, notifications, outbox, users};

const SECRET: &str = "SECRET-INTERNAL-NOTE-4410";

fn token(app: &TestApp, email: &str) -> String {
    world::issue(app, email, SessionKind::Api).access_token
}

async fn api(
    app: &TestApp,
    token: &str,
    method: &str,
    uri: &str,
    body: Option<serde_json::Value>,
) -> common::Resp {
    let req = match method {
        "GET" => TestRequest::get(),
        "PUT" => TestRequest::put(),
        _ => TestRequest::post(),
    }
    .uri(uri)
    .insert_header(bearer(token));
    let req = match body {
        Some(b) => req.set_json(b),
        None => req,
    };
    app.send(req).await
}

/// Notifications about orders (sign-ins in the tests raise security notices too).
fn count_for(app: &TestApp, user: &str) -> i64 {
    notifications::table
        .filter(notifications::user_id.eq(user))
        .filter(notifications::kind.ne("security"))
        .count()
        .get_result(&mut *app.conn())
        .unwrap()
}

fn schedule(app: &TestApp, at: chrono::NaiveDateTime) -> portico::notifications::schedule::Ran {
    portico::notifications::schedule::run(
        &mut app.conn(),
        &app.state.i18n,
        &app.state.config.public_url,
        at,
    )
    .unwrap()
}

fn mail_now(app: &TestApp) -> usize {
    portico::notifications::mail::mail_now(
        &mut app.conn(),
        &app.state.i18n,
        &app.state.config.public_url,
    )
    .unwrap()
}

fn mails_to(app: &TestApp, to: &str) -> Vec<(String, String)> {
    outbox::table
        .filter(outbox::to_email.eq(to))
        .order(outbox::id.asc())
        .select((outbox::subject, outbox::body_text))
        .load(&mut *app.conn())
        .unwrap()
}

on_both_backends!(
    buyers_hear_of_customer_updates_only,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let merch = token(&app, &w.merch_a.email);
        let path = format!("/api/v1/orders/{}/updates", w.order1);
        let r = api(
            &app,
            &merch,
            "POST",
            &path,
            Some(serde_json::json!({ "body": SECRET, "visibility": "internal" })),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        for p in [&w.buyer_granted, &w.buyer_nogrant, &w.buyer_y] {
            assert_eq!(
                count_for(&app, &p.id),
                0,
                "an internal update notifies no buyer"
            );
        }
        let r = api(
            &app,
            &merch,
            "POST",
            &path,
            Some(serde_json::json!({ "body": "Cutting started", "visibility": "customer" })),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        // The buyer with a grant hears of it; the one without a grant, the other customer's
        // buyer and the author do not.
        assert_eq!(count_for(&app, &w.buyer_granted.id), 1);
        assert_eq!(count_for(&app, &w.buyer_nogrant.id), 0);
        assert_eq!(count_for(&app, &w.buyer_y.id), 0);
        assert_eq!(count_for(&app, &w.merch_a.id), 0);
        let buyer = token(&app, &w.buyer_granted.email);
        let r = api(&app, &buyer, "GET", "/api/v1/notifications", None).await;
        assert_eq!(r.status, StatusCode::OK);
        let j = r.json();
        assert_eq!(j["unread"], 1);
        let n = &j["items"][0];
        assert!(n["text"].as_str().unwrap().contains(ORDER1_REF), "{j}");
        assert_eq!(n["path"], format!("/orders/{}", w.order1));
        assert!(!r.body.contains(SECRET));
        let id = n["id"].as_str().unwrap().to_string();
        // Another person, in this tenant or another, cannot touch it.
        for other in [&w.buyer_nogrant.email, &w.admin_a.email, &w.admin_b.email] {
            let t = token(&app, other);
            let r = api(
                &app,
                &t,
                "POST",
                &format!("/api/v1/notifications/{id}/read"),
                None,
            )
            .await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{other}");
        }
        let r = api(
            &app,
            &buyer,
            "POST",
            &format!("/api/v1/notifications/{id}/read"),
            None,
        )
        .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT);
        let r = api(&app, &buyer, "GET", "/api/v1/notifications", None).await;
        assert_eq!(r.json()["unread"], 0);
        // The header of every page shows the unread count.
        let r = api(
            &app,
            &merch,
            "POST",
            &path,
            Some(serde_json::json!({ "body": "Sewing started", "visibility": "customer" })),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED);
        let page = world::browser(&app, &w.buyer_granted.email)
            .get("/orders")
            .await;
        assert!(page.body.contains("id=\"unread-count\""), "{}", page.body);
        let page = world::browser(&app, &w.buyer_granted.email)
            .get("/notifications")
            .await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Sewing") || page.body.contains(ORDER1_REF));
        // A buyer's comment reaches the assigned merchandiser (and not its author).
        let r = api(
            &app,
            &buyer,
            "POST",
            &format!("/api/v1/orders/{}/comments", w.order1),
            Some(serde_json::json!({ "body": "Thanks" })),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        assert_eq!(count_for(&app, &w.merch_a.id), 1);
        assert_eq!(count_for(&app, &w.buyer_granted.id), 2);
    }
);

on_both_backends!(
    preferences_route_mail_now_daily_or_off,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        diesel::update(users::table.find(&w.buyer_granted.id))
            .set((
                users::locale.eq(Some("zh-CN")),
                users::phishing_phrase.eq(Some("红色灯笼")),
            ))
            .execute(&mut *app.conn())
            .unwrap();
        let merch = token(&app, &w.merch_a.email);
        let buyer = token(&app, &w.buyer_granted.email);
        let post = |body: &'static str| {
            let (app, merch, order) = (&app, merch.clone(), w.order1.clone());
            async move {
                let r = api(
                    app,
                    &merch,
                    "POST",
                    &format!("/api/v1/orders/{order}/updates"),
                    Some(serde_json::json!({ "body": body, "visibility": "customer" })),
                )
                .await;
                assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
            }
        };
        // Off: nothing at all.
        let r = api(
            &app,
            &buyer,
            "PUT",
            "/api/v1/notification-preferences",
            Some(serde_json::json!({ "preferences": [{ "category": "updates", "mode": "off" }] })),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        post("one").await;
        assert_eq!(count_for(&app, &w.buyer_granted.id), 0);
        // Security notices cannot be turned off; unknown modes are refused.
        for bad in [
            serde_json::json!({ "category": "security", "mode": "off" }),
            serde_json::json!({ "category": "updates", "mode": "hourly" }),
        ] {
            let r = api(
                &app,
                &buyer,
                "PUT",
                "/api/v1/notification-preferences",
                Some(serde_json::json!({ "preferences": [bad] })),
            )
            .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
            assert!(r.json()["detail"].is_string());
        }
        // Daily: kept for the digest, no mail yet.
        let r = api(
            &app,
            &buyer,
            "PUT",
            "/api/v1/notification-preferences",
            Some(
                serde_json::json!({ "preferences": [{ "category": "updates", "mode": "daily" }] }),
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        post("two").await;
        post("three").await;
        assert_eq!(mail_now(&app), 0);
        assert!(mails_to(&app, &w.buyer_granted.email).is_empty());
        // Decisions are mailed at once by default, in the reader's language, with the phrase.
        let r = api(&app, &merch, "POST", &format!("/api/v1/orders/{}/decisions", w.order1), Some(serde_json::json!({ "kind": "sample_approval", "title": "Approve the TOP sample", "description": "" }))).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        assert_eq!(mail_now(&app), 1);
        assert_eq!(mail_now(&app), 0, "a notice is mailed once");
        let mails = mails_to(&app, &w.buyer_granted.email);
        assert_eq!(mails.len(), 1);
        let (subject, body) = &mails[0];
        assert!(
            body.contains("红色灯笼")
                && body.contains("需要您确认")
                && body.contains("Approve the TOP sample"),
            "{body}"
        );
        assert!(
            !body.contains("Your Portico phrase") && !subject.contains("decision"),
            "Chinese only: {subject} {body}"
        );
        assert!(
            body.contains(ORDER1_REF) && body.contains("http://127.0.0.1:8080"),
            "names the order and the portal's address: {body}"
        );
        assert!(
            !body.contains("/orders/") && !body.contains("<a "),
            "no link into the portal: {body}"
        );
        // The digest goes at the tenant's hour (08:00 UTC by default), once a day.
        let day = chrono::NaiveDate::from_ymd_opt(2030, 1, 7).unwrap();
        let early = day.and_hms_opt(7, 0, 0).unwrap();
        assert_eq!(schedule(&app, early).digests, 0);
        let ran = schedule(&app, day.and_hms_opt(8, 5, 0).unwrap());
        assert_eq!(ran.digests, 1);
        assert_eq!(schedule(&app, day.and_hms_opt(9, 0, 0).unwrap()).digests, 0);
        let mails = mails_to(&app, &w.buyer_granted.email);
        assert_eq!(mails.len(), 2);
        let (subject, body) = &mails[1];
        assert!(subject.contains("2"), "two items: {subject}");
        assert_eq!(body.matches("有新的进展").count(), 2, "{body}");
        assert!(body.contains("红色灯笼"));
        // An English reader gets English only.
        let en: Vec<(String, String)> = mails_to(&app, &w.merch_a.email);
        assert!(en.is_empty(), "the author is not notified");
    }
);

on_both_backends!(
    photos_in_one_hour_make_one_notice,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let mut merch = world::browser(&app, &w.merch_a.email);
        let jpeg = common::tiny_jpeg();
        for names in [&["a.jpg", "b.jpg"][..], &["c.jpg"][..]] {
            let mut parts: Vec<common::Part> =
                names.iter().map(|n| common::file_part(n, &jpeg)).collect();
            parts.push(common::field_part("visibility", "customer"));
            let r = merch
                .upload(&format!("/orders/{}/files", w.order1), &parts)
                .await;
            assert!(
                r.status.is_redirection() || r.status.is_success(),
                "{} {}",
                r.status,
                r.body
            );
        }
        let rows: Vec<(String, String)> = notifications::table
            .filter(notifications::user_id.eq(&w.buyer_granted.id))
            .select((notifications::kind, notifications::params))
            .load(&mut *app.conn())
            .unwrap();
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!(rows[0].0, "photos");
        let p: serde_json::Value = serde_json::from_str(&rows[0].1).unwrap();
        assert_eq!(p["count"], 3);
        // Internal photos tell no buyer.
        let parts = vec![
            common::file_part("d.jpg", &jpeg),
            common::field_part("visibility", "internal"),
        ];
        merch
            .upload(&format!("/orders/{}/files", w.order3), &parts)
            .await;
        assert_eq!(count_for(&app, &w.buyer_nogrant.id), 0);
    }
);

on_both_backends!(
    late_milestones_and_security_notices,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let now = portico::ids::now();
        diesel::update(milestones::table.find(&w.milestone1))
            .set(milestones::planned_date.eq(Some(now.date() - chrono::Duration::days(3))))
            .execute(&mut *app.conn())
            .unwrap();
        assert_eq!(schedule(&app, now).late_milestones, 1);
        assert_eq!(schedule(&app, now).late_milestones, 0, "once per milestone");
        for p in [&w.buyer_granted, &w.merch_a] {
            let kinds: Vec<String> = notifications::table
                .filter(notifications::user_id.eq(&p.id))
                .select(notifications::kind)
                .load(&mut *app.conn())
                .unwrap();
            assert_eq!(kinds, vec!["milestone_late".to_string()], "{}", p.email);
        }
        assert_eq!(count_for(&app, &w.buyer_y.id), 0);
        // Security notices show in the centre in every tenant and cannot be turned off.
        portico::auth::alerts::raise_for(
            &mut app.conn(),
            &w.buyer_y.id,
            "password_changed",
            &portico::auth::alerts::Detail::from_ip("1.2.3.4"),
            "1.2.3.4",
        )
        .unwrap();
        let t = token(&app, &w.buyer_y.email);
        let r = api(&app, &t, "GET", "/api/v1/notifications", None).await;
        let j = r.json();
        assert_eq!(j["items"][0]["kind"], "security", "{j}");
        assert_eq!(j["items"][0]["path"], "/account/security");
        assert!(
            j["items"][0]["text"]
                .as_str()
                .unwrap()
                .contains("Password changed"),
            "{j}"
        );
    }
);

on_both_backends!(
    failed_jobs_show_in_the_admin_view,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        // A job nobody knows how to run fails with its error kept.
        let id =
            portico::jobs::enqueue(&mut app.conn(), Some(&w.alpha), "report.unknown", "x").unwrap();
        portico::jobs::drain(&app.state, "test").await.unwrap();
        let mut admin = world::browser(&app, &w.admin_a.email);
        let page = admin.get("/admin/jobs").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains(&format!("job-{id}")) && page.body.contains("unknown job kind"),
            "{}",
            page.body
        );
        // Given up on: it can be queued again, by this tenant's admin only.
        {
            use portico::db::schema::jobs;
            diesel::update(jobs::table.find(&id))
                .set(jobs::status.eq("failed"))
                .execute(&mut *app.conn())
                .unwrap();
        }
        let mut other = world::browser(&app, &w.admin_b.email);
        let r = other.post(&format!("/admin/jobs/{id}/retry"), &[]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(!other.get("/admin/jobs").await.body.contains(&id));
        let r = world::browser(&app, &w.merch_a.email)
            .get("/admin/jobs")
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let r = admin.post(&format!("/admin/jobs/{id}/retry"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let status: String = {
            use portico::db::schema::jobs;
            jobs::table
                .find(&id)
                .select(jobs::status)
                .first(&mut *app.conn())
                .unwrap()
        };
        assert_eq!(status, "queued");
    }
);

on_both_backends!(
    notifications_page_with_a_cursor,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let merch = token(&app, &w.merch_a.email);
        let path = format!("/api/v1/orders/{}/updates", w.order1);
        for i in 0..34 {
            let r = api(
                &app,
                &merch,
                "POST",
                &path,
                Some(serde_json::json!({ "body": format!("Step {i}"), "visibility": "customer" })),
            )
            .await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        }
        let all = count_for(&app, &w.buyer_granted.id);
        assert_eq!(all, 34);
        // Pages of 30 follow `next` until it is null; every notice comes once, newest first.
        let buyer = token(&app, &w.buyer_granted.email);
        let (mut seen, mut uri, mut pages) = (
            Vec::<String>::new(),
            "/api/v1/notifications?limit=30".to_string(),
            0,
        );
        loop {
            let j = api(&app, &buyer, "GET", &uri, None).await.json();
            pages += 1;
            let ids: Vec<String> = j["items"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|n| n["kind"] != "security")
                .map(|n| n["id"].as_str().unwrap().to_string())
                .collect();
            seen.extend(ids);
            match j["next"].as_str() {
                Some(next) => uri = format!("/api/v1/notifications?limit=30&after={next}"),
                None => break,
            }
            assert!(pages < 5, "the cursor must end");
        }
        assert_eq!(pages, 2);
        assert_eq!(seen.len() as i64, all);
        let mut sorted = seen.clone();
        sorted.sort();
        sorted.dedup();
        sorted.reverse();
        assert_eq!(sorted, seen, "newest first, no repeats");
    }
);

on_both_backends!(notices_go_with_access, |app: TestApp| async move {
    use portico::db::schema::order_grants;
    let w = World::build_without_files(&app);
    let merch = token(&app, &w.merch_a.email);
    let buyer = token(&app, &w.buyer_granted.email);
    // An update (for the daily digest) and a decision (mailed at once) for the granted buyer.
    let r = api(
        &app,
        &merch,
        "POST",
        &format!("/api/v1/orders/{}/updates", w.order1),
        Some(serde_json::json!({ "body": "Dyeing done", "visibility": "customer" })),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let r = api(&app, &merch, "POST", &format!("/api/v1/orders/{}/decisions", w.order1), Some(serde_json::json!({ "kind": "sample_approval", "title": "Approve the lab dip", "description": "" }))).await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    assert_eq!(count_for(&app, &w.buyer_granted.id), 2);
    let about_orders = |j: &serde_json::Value| {
        j["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|n| n["kind"] != "security")
            .count()
    };
    let j = api(&app, &buyer, "GET", "/api/v1/notifications", None)
        .await
        .json();
    assert_eq!(about_orders(&j), 2, "{j}");
    // The grant ends before anything is mailed.
    let grant = || {
        order_grants::table
            .filter(order_grants::user_id.eq(&w.buyer_granted.id))
            .filter(order_grants::order_id.eq(&w.order1))
    };
    type Grant = (String, Option<chrono::NaiveDateTime>, chrono::NaiveDateTime);
    let kept: Vec<Grant> = grant()
        .select((
            order_grants::tenant_id,
            order_grants::expires_at,
            order_grants::created_at,
        ))
        .load(&mut *app.conn())
        .unwrap();
    assert_eq!(kept.len(), 1);
    diesel::delete(grant()).execute(&mut *app.conn()).unwrap();
    // Neither the list nor the unread count shows them, and no mail tells of them.
    let j = api(&app, &buyer, "GET", "/api/v1/notifications", None)
        .await
        .json();
    assert_eq!(about_orders(&j), 0, "{j}");
    assert_eq!(
        j["unread"].as_u64().unwrap() as usize,
        j["items"].as_array().unwrap().len(),
        "{j}"
    );
    assert_eq!(mail_now(&app), 0);
    let day = chrono::NaiveDate::from_ymd_opt(2030, 1, 7).unwrap();
    assert_eq!(schedule(&app, day.and_hms_opt(8, 5, 0).unwrap()).digests, 0);
    assert!(mails_to(&app, &w.buyer_granted.email).is_empty());
    let states: Vec<String> = notifications::table
        .filter(notifications::user_id.eq(&w.buyer_granted.id))
        .filter(notifications::kind.ne("security"))
        .select(notifications::mail)
        .load(&mut *app.conn())
        .unwrap();
    assert_eq!(states, ["none", "none"]);
    // The merchandiser still assigned to the order still sees its notices.
    assert!(portico::policy::still_sees_order(&mut app.conn(), &w.merch_a.id, &w.order1).unwrap());
    assert!(portico::policy::still_sees_order(&mut app.conn(), &w.admin_a.id, &w.order1).unwrap());
    assert!(!portico::policy::still_sees_order(&mut app.conn(), &w.admin_b.id, &w.order1).unwrap());
    // Access given back: the notices are in the centre again (they were never deleted).
    let (tenant, expires, created) = kept.into_iter().next().unwrap();
    diesel::insert_into(order_grants::table)
        .values((
            order_grants::tenant_id.eq(tenant),
            order_grants::order_id.eq(&w.order1),
            order_grants::user_id.eq(&w.buyer_granted.id),
            order_grants::expires_at.eq(expires),
            order_grants::created_at.eq(created),
        ))
        .execute(&mut *app.conn())
        .unwrap();
    let j = api(&app, &buyer, "GET", "/api/v1/notifications", None)
        .await
        .json();
    assert_eq!(about_orders(&j), 2, "{j}");
});
