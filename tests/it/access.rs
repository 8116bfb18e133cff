//! Access management: invitations, share links, access reports, membership end dates and
//! buyer leads' requests.

use crate::common;

use actix_web::http::StatusCode;
use common::world::{self, World};
use common::{PASSWORD, TestApp};
use diesel::prelude::*;

async fn share(
    c: &mut common::Client<'_>,
    order: &str,
    form: Vec<(&'static str, String)>,
) -> common::Resp {
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    c.post(&format!("/orders/{order}/share"), &refs).await
}

fn code_in(body: &str) -> String {
    let marker = "id=\"invitation-code\">";
    let i = body.find(marker).expect("invitation code shown") + marker.len();
    body[i..].split('<').next().unwrap().to_string()
}

on_both_backends!(
    invitation_creates_an_account_with_the_chosen_access,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut a = world::browser(&app, &w.admin_a.email);
        assert_eq!(a.get("/admin/invitations/new").await.status, StatusCode::OK);
        let r = a
            .post(
                "/admin/invitations",
                &[
                    ("email", "Newbie@Xylo.test"),
                    ("display_name", "New Bie"),
                    ("role", "buyer"),
                    ("customer_org_id", &w.org_x),
                    ("access", "chosen"),
                    ("order_ids", &w.order3),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let code = code_in(&r.body);
        // The mail carries the code and the portal's address as text, never a sign-in link.
        let mails = portico::mail::queued_for(&mut app.conn(), "newbie@xylo.test").unwrap();
        assert_eq!(mails.len(), 1);
        let (subject, body) = &mails[0];
        assert!(subject.contains("Alpha Garments"));
        assert!(body.contains(&code) && body.contains("http://127.0.0.1:8080/invite and enter"));
        assert!(
            !body.contains(&format!("/invite/{code}")) && !body.contains("?code="),
            "no link carries the code"
        );
        // In the company's language (English here); a chosen language is tested in
        // languages::the_company_language.
        assert!(body.contains("never sends links that sign you in") && !body.contains("邀请码"));
        // Twice is a conflict: resend instead.
        let again = a
            .post(
                "/admin/invitations",
                &[
                    ("email", "newbie@xylo.test"),
                    ("display_name", "N"),
                    ("role", "buyer"),
                    ("customer_org_id", &w.org_x),
                ],
            )
            .await;
        assert_eq!(again.status, StatusCode::CONFLICT);
        // The invitee opens Portico and types the code (case and dashes do not matter).
        let mut n = app.client();
        n.get("/invite").await;
        let step2 = n
            .post(
                "/invite",
                &[("code", &code.to_lowercase().replace('-', " "))],
            )
            .await;
        assert_eq!(step2.status, StatusCode::OK);
        assert!(step2.body.contains("name=\"password\"") && step2.body.contains("New Bie"));
        let short = n
            .post(
                "/invite",
                &[
                    ("code", &code),
                    ("display_name", "New Bie"),
                    ("password", "short"),
                    ("password_confirm", "short"),
                ],
            )
            .await;
        assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
        let ok = n
            .post(
                "/invite",
                &[
                    ("code", &code),
                    ("display_name", "New Bie"),
                    ("password", PASSWORD),
                    ("password_confirm", PASSWORD),
                ],
            )
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
        assert_eq!(ok.location(), Some("/dashboard"));
        let list = n.get("/orders").await.body;
        assert!(
            list.contains(world::ORDER3_REF) && !list.contains(world::ORDER1_REF),
            "only the chosen order"
        );
        // Single use.
        let mut other = app.client();
        other.get("/invite").await;
        let reuse = other.post("/invite", &[("code", &code)]).await;
        assert_eq!(reuse.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(reuse.body.contains("not valid"));
        let audit = portico::audit::recent(&mut app.conn(), &w.alpha, 20).unwrap();
        assert!(
            audit.iter().any(|e| e.action == "invitation.create")
                && audit.iter().any(|e| e.action == "invitation.accept")
        );
    }
);

on_both_backends!(
    invitations_expire_and_can_be_revoked_or_resent,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut a = world::browser(&app, &w.admin_a.email);
        a.get("/admin/people").await;
        let invite =
            |email: &'static str| [("email", email), ("display_name", "X"), ("role", "qc")];
        let code1 = code_in(
            &a.post("/admin/invitations", &invite("one@alpha.test"))
                .await
                .body,
        );
        let code2 = code_in(
            &a.post("/admin/invitations", &invite("two@alpha.test"))
                .await
                .body,
        );
        let code3 = code_in(
            &a.post("/admin/invitations", &invite("three@alpha.test"))
                .await
                .body,
        );
        let id_of = |email: &str| -> String {
            use portico::db::schema::invitations;
            invitations::table
                .filter(invitations::email.eq(email))
                .select(invitations::id)
                .first(&mut *app.conn())
                .unwrap()
        };
        // Expired.
        {
            use portico::db::schema::invitations;
            let past = portico::ids::now() - chrono::Duration::minutes(1);
            diesel::update(invitations::table.filter(invitations::email.eq("one@alpha.test")))
                .set(invitations::expires_at.eq(past))
                .execute(&mut *app.conn())
                .unwrap();
        }
        let mut n = app.client();
        n.get("/invite").await;
        assert_eq!(
            n.post("/invite", &[("code", &code1)]).await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        // Revoked.
        let page = a.get("/admin/people").await.body;
        assert!(
            page.contains("two@alpha.test") && page.contains("three@alpha.test"),
            "open invitations listed"
        );
        assert_eq!(
            a.post(
                &format!("/admin/invitations/{}/revoke", id_of("two@alpha.test")),
                &[]
            )
            .await
            .status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            n.post("/invite", &[("code", &code2)]).await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        // Resent: a new code replaces the old one.
        let r = a
            .post(
                &format!("/admin/invitations/{}/resend", id_of("three@alpha.test")),
                &[],
            )
            .await;
        let code3b = code_in(&r.body);
        assert_ne!(code3, code3b);
        assert_eq!(
            n.post("/invite", &[("code", &code3)]).await.status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(
            n.post("/invite", &[("code", &code3b)]).await.status,
            StatusCode::OK
        );
        assert_eq!(
            portico::mail::queued_for(&mut app.conn(), "three@alpha.test")
                .unwrap()
                .len(),
            2
        );
        // Another tenant's admin cannot touch them.
        let mut b = world::browser(&app, &w.admin_b.email);
        assert_eq!(
            b.post(
                &format!("/admin/invitations/{}/revoke", id_of("three@alpha.test")),
                &[]
            )
            .await
            .status,
            StatusCode::NOT_FOUND
        );
    }
);

on_both_backends!(
    an_existing_account_gets_a_membership_not_a_second_account,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut a = world::browser(&app, &w.admin_a.email);
        a.get("/admin/people").await;
        let r = a
            .post(
                "/admin/invitations",
                &[
                    ("email", &w.admin_b.email),
                    ("display_name", "B"),
                    ("role", "buyer"),
                    ("customer_org_id", &w.org_y),
                    ("access", "all"),
                ],
            )
            .await;
        let code = code_in(&r.body);
        let mut anon = app.client();
        anon.get("/invite").await;
        let step = anon
            .post(
                "/invite",
                &[
                    ("code", &code),
                    ("display_name", "B"),
                    ("password", PASSWORD),
                    ("password_confirm", PASSWORD),
                ],
            )
            .await;
        assert_eq!(step.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(step.body.contains("sign in first"));
        // Signed in as that account, the code adds the membership and opens the new supplier.
        let mut b = world::browser(&app, &w.admin_b.email);
        b.get("/invite").await;
        let r = b.post("/invite", &[("code", &code)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let me = b.get("/api/v1/me").await.json();
        assert_eq!(
            (me["tenant"]["slug"].as_str(), me["role"].as_str()),
            (Some("alpha"), Some("buyer"))
        );
        assert!(b.get("/orders").await.body.contains(world::ORDER2_REF));
        assert_eq!(
            portico::auth::session::tenants_of(&mut app.conn(), &w.admin_b.id)
                .unwrap()
                .len(),
            2
        );
        let accounts: i64 = {
            use portico::db::schema::users;
            users::table
                .filter(users::email.eq(&w.admin_b.email))
                .count()
                .get_result(&mut *app.conn())
                .unwrap()
        };
        assert_eq!(accounts, 1);
        // A code for someone else's address is refused to a signed-in person.
        let other = code_in(
            &a.post(
                "/admin/invitations",
                &[("email", "x@y.test"), ("display_name", "X"), ("role", "qc")],
            )
            .await
            .body,
        );
        let r = b.post("/invite", &[("code", &other)]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("another e-mail address"));
    }
);

on_both_backends!(
    merchandisers_invite_buyers_only_when_allowed,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut m = world::browser(&app, &w.merch_a.email);
        m.get("/admin/invitations/new").await;
        let buyer = [
            ("email", "b@xylo.test"),
            ("display_name", "B"),
            ("role", "buyer"),
            ("customer_org_id", w.org_x.as_str()),
            ("access", "all"),
        ];
        assert_eq!(
            m.post("/admin/invitations", &buyer).await.status,
            StatusCode::FORBIDDEN
        );
        {
            use portico::db::schema::tenants;
            diesel::update(tenants::table.find(&w.alpha))
                .set(tenants::merchandisers_invite_buyers.eq(true))
                .execute(&mut *app.conn())
                .unwrap();
        }
        // Never a whole organisation, only orders assigned to the merchandiser (drill
        // finding 7), and the admins hear of it.
        let r = m.post("/admin/invitations", &buyer).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("assigned to you"), "{}", r.body);
        let chosen = |order: &str| {
            vec![
                ("email", "b@xylo.test".to_string()),
                ("display_name", "B".to_string()),
                ("role", "buyer".to_string()),
                ("customer_org_id", w.org_x.to_string()),
                ("access", "chosen".to_string()),
                ("order_ids", order.to_string()),
            ]
        };
        let form = |v: &Vec<(&'static str, String)>| -> Vec<(&'static str, String)> { v.clone() };
        let not_assigned = form(&chosen(&w.order3));
        let r = m
            .post(
                "/admin/invitations",
                &not_assigned
                    .iter()
                    .map(|(k, v)| (*k, v.as_str()))
                    .collect::<Vec<_>>(),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        let assigned = form(&chosen(&w.order1));
        let r = m
            .post(
                "/admin/invitations",
                &assigned
                    .iter()
                    .map(|(k, v)| (*k, v.as_str()))
                    .collect::<Vec<_>>(),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let told: i64 = portico::db::schema::notifications::table
            .filter(portico::db::schema::notifications::user_id.eq(&w.admin_a.id))
            .filter(portico::db::schema::notifications::kind.eq("invited"))
            .count()
            .get_result(&mut *app.conn())
            .unwrap();
        assert_eq!(told, 1, "the admin is told");
        let qc = [
            ("email", "q@alpha.test"),
            ("display_name", "Q"),
            ("role", "qc"),
        ];
        assert_eq!(
            m.post("/admin/invitations", &qc).await.status,
            StatusCode::FORBIDDEN
        );
        let mut b = world::browser(&app, &w.buyer_granted.email);
        assert_eq!(
            b.get("/admin/invitations/new").await.status,
            StatusCode::FORBIDDEN
        );
    }
);

on_both_backends!(
    share_links_expire_lock_and_show_only_customer_parts,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut m = world::browser(&app, &w.merch_a.email);
        m.get("/orders").await;
        let o1 = &w.order1;
        m.post(
            &format!("/orders/{o1}/updates"),
            &[
                ("body", "Internal: margin is thin"),
                ("visibility", "internal"),
            ],
        )
        .await;
        m.post(
            &format!("/orders/{o1}/updates"),
            &[
                ("body", "Sewing line 3 started"),
                ("visibility", "customer"),
            ],
        )
        .await;
        let today = chrono::Utc::now().date_naive();
        let day = |n: i64| (today + chrono::Duration::days(n)).to_string();
        let create = |exp: String, pw: &'static str| {
            vec![
                ("label", "Forwarder".to_string()),
                ("expires_on", exp),
                ("password", pw.to_string()),
            ]
        };
        assert_eq!(
            share(&mut m, o1, create(String::new(), "")).await.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "expiry required"
        );
        assert_eq!(
            share(&mut m, o1, create(day(15), "")).await.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "tenant maximum is 14 days"
        );
        assert_eq!(
            share(&mut m, o1, create(day(3), "short")).await.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "a weak password is refused, and no link is left behind"
        );
        let links: i64 = {
            use portico::db::schema::share_links;
            share_links::table
                .count()
                .get_result(&mut *app.conn())
                .unwrap()
        };
        assert_eq!(links, 0);
        let r = share(&mut m, o1, create(day(3), "a long share password")).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let marker = "id=\"share-url\">";
        let url = r.body[r.body.find(marker).unwrap() + marker.len()..]
            .split('<')
            .next()
            .unwrap()
            .replace("&#x2F;", "/");
        let path = url.trim_start_matches("http://127.0.0.1:8080").to_string();
        assert!(path.starts_with("/s/"));
        {
            use portico::db::schema::share_links;
            let hash: String = share_links::table
                .select(share_links::token_hash)
                .first(&mut *app.conn())
                .unwrap();
            assert!(
                !path.contains(&hash) && !hash.contains(path.trim_start_matches("/s/")),
                "only the hash is stored"
            );
        }
        // A stranger needs the password; wrong guesses lock the link.
        let mut s = app.client();
        let page = s.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("name=\"password\"") && !page.body.contains(world::ORDER1_REF));
        assert_eq!(page.headers.get("referrer-policy").unwrap(), "no-referrer");
        assert_eq!(
            page.headers.get("x-robots-tag").unwrap(),
            "noindex, nofollow"
        );
        for _ in 0..portico::shares::MAX_FAILURES {
            assert_eq!(
                s.post(&path, &[("password", "guess guess guess")])
                    .await
                    .status,
                StatusCode::UNAUTHORIZED
            );
        }
        let locked = s
            .post(&path, &[("password", "a long share password")])
            .await;
        assert_eq!(locked.status, StatusCode::UNAUTHORIZED);
        assert!(locked.body.contains("Too many wrong passwords"));
        // The lock lasts its window (15 minutes).
        app.age_limits(chrono::Duration::minutes(16));
        let ok = s
            .post(&path, &[("password", "a long share password")])
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER);
        let view = s.get(&path).await;
        assert_eq!(view.status, StatusCode::OK);
        assert!(
            view.body.contains(world::ORDER1_REF) && view.body.contains("Sewing line 3 started")
        );
        assert!(
            !view.body.contains("margin is thin"),
            "internal updates never reach a share link"
        );
        assert!(!view.body.contains("/orders/") && !view.body.contains("csrf_token\" value=\"\""));
        // The unlock cookie is for this link only.
        let mut t = app.client();
        t.cookies = s.cookies.clone();
        t.cookies.retain(|k, _| k.starts_with("portico_share_"));
        assert!(t.get(&path).await.body.contains(world::ORDER1_REF));
        // Counted and audited.
        let (count, _): (i32, Option<chrono::NaiveDateTime>) = {
            use portico::db::schema::share_links;
            share_links::table
                .select((share_links::access_count, share_links::last_access_at))
                .first(&mut *app.conn())
                .unwrap()
        };
        assert_eq!(count, 2);
        let audit = portico::audit::recent(&mut app.conn(), &w.alpha, 50).unwrap();
        assert_eq!(audit.iter().filter(|e| e.action == "share.view").count(), 2);
        assert_eq!(
            audit
                .iter()
                .filter(|e| e.action == "share.password_failed")
                .count(),
            5
        );
        // Buyers cannot share; another tenant cannot revoke; the merchandiser can.
        let mut b = world::browser(&app, &w.buyer_granted.email);
        assert_eq!(
            b.post(&format!("/orders/{o1}/share"), &[("expires_on", &day(2))])
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        let lid: String = {
            use portico::db::schema::share_links;
            share_links::table
                .select(share_links::id)
                .first(&mut *app.conn())
                .unwrap()
        };
        let mut other = world::browser(&app, &w.admin_b.email);
        assert_eq!(
            other
                .post(&format!("/share-links/{lid}/revoke"), &[])
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            m.post(&format!("/share-links/{lid}/revoke"), &[])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            t.get(&path).await.status,
            StatusCode::NOT_FOUND,
            "revoked at once"
        );
        // Revoking again answers the same and keeps the first time and the one audit event.
        let revoked_at = || {
            use portico::db::schema::share_links;
            share_links::table
                .filter(share_links::id.eq(&lid))
                .select(share_links::revoked_at)
                .first::<Option<chrono::NaiveDateTime>>(&mut *app.conn())
                .unwrap()
                .expect("revoked")
        };
        let first = revoked_at();
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert_eq!(
            m.post(&format!("/share-links/{lid}/revoke"), &[])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(revoked_at(), first);
        {
            use portico::db::schema::audit_events;
            let n: i64 = audit_events::table
                .filter(audit_events::action.eq("share.revoke"))
                .count()
                .get_result(&mut *app.conn())
                .unwrap();
            assert_eq!(n, 1);
        }
        // An expired link is gone too.
        let r = share(&mut m, o1, create(day(0), "")).await;
        let url = r.body[r.body.find(marker).unwrap() + marker.len()..]
            .split('<')
            .next()
            .unwrap()
            .replace("&#x2F;", "/");
        let path2 = url.trim_start_matches("http://127.0.0.1:8080").to_string();
        assert_eq!(
            app.client().get(&path2).await.status,
            StatusCode::OK,
            "no password: straight in"
        );
        {
            use portico::db::schema::share_links;
            let past = portico::ids::now() - chrono::Duration::seconds(1);
            diesel::update(share_links::table)
                .set(share_links::expires_at.eq(past))
                .execute(&mut *app.conn())
                .unwrap();
        }
        assert_eq!(app.client().get(&path2).await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            app.client().get("/s/not-a-token").await.status,
            StatusCode::NOT_FOUND
        );
    }
);

on_both_backends!(access_reports_show_every_path, |app: TestApp| async move {
    let w = World::build(&app);
    let mut a = world::browser(&app, &w.admin_a.email);
    a.get("/orders").await;
    let day = (chrono::Utc::now().date_naive() + chrono::Duration::days(2)).to_string();
    a.post(
        &format!("/orders/{}/share", w.order1),
        &[("label", "Inspector Wu"), ("expires_on", &day)],
    )
    .await;
    let report = a
        .get(&format!("/api/v1/orders/{}/access", w.order1))
        .await
        .json();
    let people: Vec<(String, String)> = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["email"].as_str().unwrap().to_string(),
                p["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let has = |email: &str, reason: &str| people.iter().any(|(e, r)| e == email && r == reason);
    assert!(has(&w.admin_a.email, "admin"));
    assert!(has(&w.merch_a.email, "assigned"));
    assert!(has(&w.buyer_granted.email, "granted"));
    assert!(!people.iter().any(|(e, _)| e == &w.buyer_nogrant.email
        || e == &w.buyer_y.email
        || e == &w.qc_a.email
        || e == &w.admin_b.email));
    // The order's share links are a list of their own.
    let links = a
        .get(&format!("/api/v1/orders/{}/share-links", w.order1))
        .await
        .json();
    assert_eq!(links["items"][0]["label"], "Inspector Wu");
    let page = a.get(&format!("/orders/{}/access", w.order1)).await.body;
    assert!(page.contains("Buyer: granted this order") && page.contains("Share link (0 views)"));
    // A buyer with all of customer X's orders shows up as such.
    portico::people::access::update(
        &mut app.conn(),
        &admin(&app, &w),
        &w.buyer_nogrant.id,
        &portico::people::access::parse("buyer", &w.org_x, "all", &[]).unwrap(),
    )
    .unwrap();
    let report = a
        .get(&format!("/api/v1/orders/{}/access", w.order1))
        .await
        .json();
    assert!(
        report["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["email"] == w.buyer_nogrant.email.as_str() && p["reason"] == "customer_all")
    );
    // The assigned merchandiser may look; a buyer may not; an unassigned QC does not see the order.
    assert_eq!(
        world::browser(&app, &w.merch_a.email)
            .get(&format!("/orders/{}/access", w.order1))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        world::browser(&app, &w.buyer_granted.email)
            .get(&format!("/orders/{}/access", w.order1))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        world::browser(&app, &w.qc_a.email)
            .get(&format!("/orders/{}/access", w.order1))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Per person: what the granted buyer sees, and why.
    let p = a
        .get(&format!("/api/v1/people/{}/access", w.buyer_granted.id))
        .await
        .json();
    assert_eq!(p["reason"], "granted");
    let refs: Vec<&str> = p["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["reference"].as_str().unwrap())
        .collect();
    assert_eq!(refs, [world::ORDER1_REF]);
    let p = a
        .get(&format!("/api/v1/people/{}/access", w.merch_a.id))
        .await
        .json();
    assert_eq!(p["reason"], "assigned");
    assert_eq!(
        world::browser(&app, &w.admin_b.email)
            .get(&format!("/admin/people/{}/access", w.buyer_granted.id))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
});

fn admin(app: &TestApp, w: &World) -> portico::policy::Actor {
    let issued = world::issue(
        app,
        &w.admin_a.email,
        portico::auth::session::SessionKind::Api,
    );
    let claims = portico::auth::jwt::decode(&app.state.keys.jwt, &issued.access_token).unwrap();
    portico::auth::session::authenticate(&mut app.conn(), &claims, "127.0.0.1").unwrap()
}

on_both_backends!(
    membership_end_date_and_lead_requests,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut a = world::browser(&app, &w.admin_a.email);
        a.get("/admin/people").await;
        let path = format!("/admin/people/{}", w.buyer_granted.id);
        // Make the granted buyer their organisation's lead, with access until tomorrow.
        let tomorrow = (chrono::Utc::now().date_naive() + chrono::Duration::days(1)).to_string();
        let r = a
            .post(
                &path,
                &[
                    ("role", "buyer"),
                    ("customer_org_id", &w.org_x),
                    ("access", "chosen"),
                    ("order_ids", &w.order1),
                    ("access_until", &tomorrow),
                    ("is_lead", "1"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let mut lead = world::browser(&app, &w.buyer_granted.email);
        let page = lead.get("/access-requests").await;
        assert_eq!(page.status, StatusCode::OK);
        let r = lead
            .post(
                "/access-requests",
                &[
                    ("email", "colleague@xylo.test"),
                    ("display_name", "Col League"),
                    ("note", "Our new QA manager"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            lead.post(
                "/access-requests",
                &[("email", "colleague@xylo.test"), ("display_name", "C")]
            )
            .await
            .status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        // A buyer who is not a lead cannot ask; nobody on the buyer side can grant.
        assert_eq!(
            world::browser(&app, &w.buyer_y.email)
                .get("/access-requests")
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        // The admin sees the request and approves it: an invitation with the lead's own scope.
        let people = a.get("/admin/people").await.body;
        assert!(
            people.contains("asks access for Col League") && people.contains("Our new QA manager")
        );
        let id: String = {
            use portico::db::schema::access_requests;
            access_requests::table
                .select(access_requests::id)
                .first(&mut *app.conn())
                .unwrap()
        };
        let r = a
            .post(&format!("/admin/access-requests/{id}/approve"), &[])
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let code = code_in(&r.body);
        assert_eq!(
            a.post(&format!("/admin/access-requests/{id}/approve"), &[])
                .await
                .status,
            StatusCode::CONFLICT,
            "decided once"
        );
        let mut c = app.client();
        c.get("/invite").await;
        c.post(
            "/invite",
            &[
                ("code", &code),
                ("display_name", "Col League"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
        let list = c.get("/orders").await.body;
        assert!(
            list.contains(world::ORDER1_REF) && !list.contains(world::ORDER3_REF),
            "the lead's scope, no more"
        );
        assert!(lead.get("/access-requests").await.body.contains("Approved"));
        // The end date ends access on the next request.
        {
            use portico::db::schema::memberships;
            let past = portico::ids::now() - chrono::Duration::seconds(1);
            diesel::update(memberships::table.filter(memberships::user_id.eq(&w.buyer_granted.id)))
                .set(memberships::expires_at.eq(Some(past)))
                .execute(&mut *app.conn())
                .unwrap();
        }
        assert_eq!(lead.get("/orders").await.status, StatusCode::SEE_OTHER);
        let mut again = app.client();
        assert_eq!(
            again.sign_in(&w.buyer_granted.email, PASSWORD).await.status,
            StatusCode::FORBIDDEN,
            "no other membership left"
        );
    }
);

on_both_backends!(
    expired_grants_and_share_holders_reach_nothing_else,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut b = world::browser(&app, &w.buyer_granted.email);
        assert_eq!(
            b.get(&format!("/orders/{}", w.order1)).await.status,
            StatusCode::OK
        );
        {
            use portico::db::schema::order_grants;
            let past = portico::ids::now() - chrono::Duration::seconds(1);
            diesel::update(order_grants::table)
                .set(order_grants::expires_at.eq(Some(past)))
                .execute(&mut *app.conn())
                .unwrap();
        }
        assert_eq!(
            b.get(&format!("/orders/{}", w.order1)).await.status,
            StatusCode::NOT_FOUND,
            "an expired grant ends at once"
        );
        assert!(!b.get("/orders").await.body.contains(world::ORDER1_REF));
        // A share-link holder: the link's page, and nothing else.
        let mut m = world::browser(&app, &w.merch_a.email);
        m.get("/orders").await;
        let day = chrono::Utc::now().date_naive().to_string();
        let r = share(&mut m, &w.order1, vec![("expires_on", day)]).await;
        let marker = "id=\"share-url\">";
        let url = r.body[r.body.find(marker).unwrap() + marker.len()..]
            .split('<')
            .next()
            .unwrap()
            .replace("&#x2F;", "/");
        let path = url.trim_start_matches("http://127.0.0.1:8080").to_string();
        let mut holder = app.client();
        assert_eq!(holder.get(&path).await.status, StatusCode::OK);
        for p in [
            format!("/orders/{}", w.order1),
            "/orders".into(),
            "/dashboard".into(),
            format!("/orders/{}/access", w.order1),
        ] {
            assert_eq!(holder.get(&p).await.status, StatusCode::SEE_OTHER, "{p}");
        }
        for p in [
            format!("/api/v1/orders/{}", w.order1),
            format!("/api/v1/orders/{}/timeline", w.order1),
            "/api/v1/orders/export.csv".into(),
        ] {
            assert_eq!(holder.get(&p).await.status, StatusCode::UNAUTHORIZED, "{p}");
        }
        assert_eq!(
            holder
                .post(&format!("/orders/{}/comments", w.order1), &[("body", "hi")])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
    }
);

on_both_backends!(access_requests_through_the_api, |app: TestApp| async move {
    let w = World::build(&app);
    {
        use portico::db::schema::memberships;
        diesel::update(memberships::table.filter(memberships::user_id.eq(&w.buyer_y.id)))
            .set(memberships::is_lead.eq(true))
            .execute(&mut *app.conn())
            .unwrap();
    }
    let lead = world::issue(
        &app,
        &w.buyer_y.email,
        portico::auth::session::SessionKind::Api,
    )
    .access_token;
    let admin = world::issue(
        &app,
        &w.admin_a.email,
        portico::auth::session::SessionKind::Api,
    )
    .access_token;
    let post = |t: &str, uri: &str, body: serde_json::Value| {
        actix_web::test::TestRequest::post()
            .uri(uri)
            .insert_header(common::bearer(t))
            .set_json(body)
    };
    let r = app
        .send(post(
            &lead,
            "/api/v1/access-requests",
            serde_json::json!({"email": "mate@yonder.test", "display_name": "Mate"}),
        ))
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    let id = r.json()["id"].as_str().unwrap().to_string();
    assert_eq!(
        app.send(post(
            &lead,
            &format!("/api/v1/access-requests/{id}/approve"),
            serde_json::json!({})
        ))
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    let r = app
        .send(post(
            &admin,
            &format!("/api/v1/access-requests/{id}/refuse"),
            serde_json::json!({}),
        ))
        .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let list = app
        .send(
            actix_web::test::TestRequest::get()
                .uri("/api/v1/access-requests")
                .insert_header(common::bearer(&lead)),
        )
        .await
        .json();
    assert_eq!(list["items"][0]["status"], "refused");
    let other = world::issue(
        &app,
        &w.admin_b.email,
        portico::auth::session::SessionKind::Api,
    )
    .access_token;
    assert_eq!(
        app.send(post(
            &other,
            &format!("/api/v1/access-requests/{id}/approve"),
            serde_json::json!({})
        ))
        .await
        .status,
        StatusCode::NOT_FOUND
    );
});

const PACKING_LIST: &[u8] =
    b"%PDF-1.7\n1 0 obj<<>>endobj\n% packing list for the forwarder\ntrailer<<>>\n%%EOF\n";
const INSPECTION: &[u8] =
    b"%PDF-1.7\n1 0 obj<<>>endobj\n% final inspection report\ntrailer<<>>\n%%EOF\n";

/// Uploads a document to an order with an API session and issues it; returns its id.
async fn issued_document(
    app: &TestApp,
    token: &str,
    order: &str,
    kind: &str,
    pdf: &[u8],
) -> String {
    use actix_web::test::TestRequest;
    let (ct, body) = common::multipart(&[
        common::field_part("kind", kind),
        common::field_part("visibility", "customer"),
        common::file_part(&format!("{kind}.pdf"), pdf),
    ]);
    let r = app
        .send(
            TestRequest::post()
                .uri(&format!("/api/v1/orders/{order}/files"))
                .insert_header(common::bearer(token))
                .insert_header(("content-type", ct))
                .set_payload(body),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.json()["files"][0]["id"].as_str().unwrap().to_string();
    let r = app
        .send(
            TestRequest::post()
                .uri(&format!("/api/v1/files/{id}/issue"))
                .insert_header(common::bearer(token)),
        )
        .await;
    assert_eq!(r.json()["state"], "issued", "{}", r.body);
    id
}

// The forwarder role (#21's proof of the role table): a freight forwarder invited to chosen
// orders sees those orders' shipping documents, and nothing else of them or of the portal.
on_both_backends!(
    a_forwarder_sees_only_the_shipping_documents_of_the_orders_granted,
    |app: TestApp| async move {
        use actix_web::test::TestRequest;
        let w = World::build(&app);
        let mut a = world::browser(&app, &w.admin_a.email);
        assert!(
            a.get("/admin/invitations/new")
                .await
                .body
                .contains("value=\"forwarder\"")
        );
        // A forwarder is invited to chosen orders of any customer, never to none.
        let none = a
            .post(
                "/admin/invitations",
                &[
                    ("email", "nobody@freight.test"),
                    ("display_name", "No Orders"),
                    ("role", "forwarder"),
                    ("customer_org_id", ""),
                    ("access", "chosen"),
                ],
            )
            .await;
        assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(none.body.contains("Choose the orders"), "{}", none.body);
        let r = a
            .post(
                "/admin/invitations",
                &[
                    ("email", "ops@freight.test"),
                    ("display_name", "Fast Freight"),
                    ("role", "forwarder"),
                    ("customer_org_id", ""),
                    ("access", "chosen"),
                    ("order_ids", &w.order1),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let code = code_in(&r.body);
        let mut f = app.client();
        f.get("/invite").await;
        let ok = f
            .post(
                "/invite",
                &[
                    ("code", &code),
                    ("display_name", "Fast Freight"),
                    ("password", PASSWORD),
                    ("password_confirm", PASSWORD),
                ],
            )
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);

        // Order1 has a customer-visible photo and an open decision (the world), and now an
        // issued packing list and an issued inspection report.
        let admin = world::issue(
            &app,
            &w.admin_a.email,
            portico::auth::session::SessionKind::Api,
        )
        .access_token;
        let packing = issued_document(&app, &admin, &w.order1, "packing_list", PACKING_LIST).await;
        let inspection =
            issued_document(&app, &admin, &w.order1, "inspection_report", INSPECTION).await;
        let fwd = world::issue(
            &app,
            "ops@freight.test",
            portico::auth::session::SessionKind::Api,
        )
        .access_token;
        let get = |uri: String| {
            let t = fwd.clone();
            let app = &app;
            async move {
                app.send(
                    TestRequest::get()
                        .uri(&uri)
                        .insert_header(common::bearer(&t)),
                )
                .await
            }
        };
        // The orders: only the granted one.
        let list = get("/api/v1/orders".into()).await.json();
        let refs: Vec<&str> = list["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["reference"].as_str().unwrap())
            .collect();
        assert_eq!(refs, vec![world::ORDER1_REF]);
        for other in [&w.order2, &w.order3, &w.order_b] {
            assert_eq!(
                get(format!("/api/v1/orders/{other}")).await.status,
                StatusCode::NOT_FOUND
            );
        }
        let detail = get(format!("/api/v1/orders/{}", w.order1)).await;
        assert_eq!(detail.status, StatusCode::OK);
        assert_eq!(
            detail.json()["milestones"],
            serde_json::json!([]),
            "no progress"
        );
        assert_eq!(detail.json()["staff"], serde_json::json!([]), "no staff");
        // Its files: the shipping documents only.
        let files = get(format!("/api/v1/orders/{}/files", w.order1)).await.body;
        assert!(files.contains(&packing), "{files}");
        assert!(!files.contains(&inspection) && !files.contains(&w.photo1));
        assert_eq!(
            get(format!("/api/v1/files/{packing}")).await.status,
            StatusCode::OK
        );
        for hidden in [&inspection, &w.photo1, &w.internal_doc1] {
            assert_eq!(
                get(format!("/api/v1/files/{hidden}")).await.status,
                StatusCode::NOT_FOUND
            );
        }
        // Nothing of the order's progress: timeline, decisions, reports.
        for part in ["timeline", "decisions", "reports"] {
            let r = get(format!("/api/v1/orders/{}/{part}", w.order1)).await;
            assert!(
                r.status == StatusCode::NOT_FOUND || !r.body.contains(&w.decision1),
                "{part}: {} {}",
                r.status,
                r.body
            );
            assert!(
                !r.body.contains("Cutting") && !r.body.contains("PP sample"),
                "{part}"
            );
        }
        assert_eq!(
            get(format!("/api/v1/orders/{}/timeline", w.order1))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            get(format!("/api/v1/reports/{}", w.report1)).await.status,
            StatusCode::NOT_FOUND
        );
        // The pages say the same, and offer no progress, payments or reports.
        let mut fb = world::browser(&app, "ops@freight.test");
        let home = fb.get("/dashboard").await.body;
        assert!(home.contains(world::ORDER1_REF) && !home.contains("PP sample"));
        assert!(!home.contains("href=\"/payments\"") && !home.contains("href=\"/reports\""));
        let page = fb.get(&format!("/orders/{}", w.order1)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            !page.body.contains("Cutting")
                && !page.body.contains("PP sample")
                && !page.body.contains("id=\"timeline\"")
                && !page.body.contains("id=\"milestones\"")
        );
        let files = fb.get(&format!("/orders/{}/files", w.order1)).await.body;
        assert!(files.contains("packing_list.pdf"), "{files}");
        assert!(!files.contains("inspection_report.pdf") && !files.contains(world::PHOTO_NAME));
        // The access report names the forwarder, by grant.
        let report = a
            .get(&format!("/api/v1/orders/{}/access", w.order1))
            .await
            .json();
        assert!(report["items"].as_array().unwrap().iter().any(|p| {
            p["email"] == "ops@freight.test" && p["reason"] == "granted" && p["role"] == "forwarder"
        }));
        // A customer-visible update reaches the order's buyers, not the forwarder.
        let merch = world::issue(
            &app,
            &w.merch_a.email,
            portico::auth::session::SessionKind::Api,
        )
        .access_token;
        let r = app
            .send(
                TestRequest::post()
                    .uri(&format!("/api/v1/orders/{}/updates", w.order1))
                    .insert_header(common::bearer(&merch))
                    .set_json(
                        serde_json::json!({"body": "Cartons packed", "visibility": "customer"}),
                    ),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let told = |email: &str| -> i64 {
            use portico::db::schema::{notifications, users};
            notifications::table
                .inner_join(users::table.on(users::id.eq(notifications::user_id)))
                .filter(users::email.eq(email))
                .filter(notifications::order_id.eq(&w.order1))
                .count()
                .get_result(&mut *app.conn())
                .unwrap()
        };
        assert!(told(&w.buyer_granted.email) > 0, "the buyer is told");
        assert_eq!(told("ops@freight.test"), 0, "the forwarder is not");
        // And a forwarder acts on nothing: no comment, no report, no payment record.
        let post = |uri: String, body: serde_json::Value| {
            let t = fwd.clone();
            let app = &app;
            async move {
                app.send(
                    TestRequest::post()
                        .uri(&uri)
                        .insert_header(common::bearer(&t))
                        .set_json(body),
                )
                .await
            }
        };
        let c = post(
            format!("/api/v1/orders/{}/comments", w.order1),
            serde_json::json!({"body": "hi"}),
        )
        .await;
        assert!(matches!(c.status.as_u16(), 403 | 404), "{}", c.body);
        let r = post(
            "/api/v1/reports".into(),
            serde_json::json!({"order_id": w.order1}),
        )
        .await;
        assert!(matches!(r.status.as_u16(), 403 | 404), "{}", r.body);
    }
);
