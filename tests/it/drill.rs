//! The security drill's findings, one regression test each (issue "Security drill
//! findings"): every test here failed on the code the drill attacked.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{PASSWORD, TestApp, bearer};
use diesel::prelude::*;
use portico::auth::limits::{self, Rule, Taken};
use portico::auth::totp;
use portico::db::schema::{mfa_challenges, security_notices, sessions, users};

fn now_secs() -> u64 {
    chrono::Utc::now().timestamp() as u64
}

fn secret_in(body: &str) -> String {
    world::totp_secret_in(body)
}

/// Turns on two-step sign-in for `email` through the pages; returns the secret.
async fn enrol(app: &TestApp, email: &str) -> String {
    let mut me = world::browser(app, email);
    let secret = secret_in(&me.get("/account/2fa").await.body);
    let r = me
        .post(
            "/account/2fa/enable",
            &[("code", &totp::current_code(&secret, now_secs()))],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    secret
}

async fn api_password(app: &TestApp, email: &str, password: &str, peer: &str) -> common::Resp {
    app.send_from(
        TestRequest::post()
            .uri("/api/v1/auth/token")
            .set_json(serde_json::json!({"email": email, "password": password})),
        peer,
    )
    .await
}

async fn challenge(app: &TestApp, email: &str) -> String {
    let r = api_password(app, email, PASSWORD, common::PEER).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{}", r.body);
    r.json()["challenge"].as_str().unwrap().to_string()
}

async fn second(app: &TestApp, challenge: &str, code: &str) -> common::Resp {
    app.send(
        TestRequest::post()
            .uri("/api/v1/auth/second-factor")
            .set_json(serde_json::json!({"challenge": challenge, "code": code})),
    )
    .await
}

fn notices(app: &TestApp, user_id: &str, kind: &str) -> i64 {
    security_notices::table
        .filter(security_notices::user_id.eq(user_id))
        .filter(security_notices::kind.eq(kind))
        .count()
        .get_result(&mut *app.conn())
        .unwrap()
}

fn age_reauth(app: &TestApp, minutes: i64) {
    diesel::update(sessions::table)
        .set(sessions::reauth_at.eq(Some(
            portico::ids::now() - chrono::Duration::minutes(minutes),
        )))
        .execute(&mut *app.conn())
        .unwrap();
}

// Class: counters under concurrency (findings 11 and 17). The counter itself: 40 threads
// take from one key with a limit of 5; exactly 5 pass, on both backends.
on_both_backends!(
    limits_hold_under_a_parallel_burst,
    |app: TestApp| async move {
        let app = app;
        const RULE: Rule = Rule {
            limit: 5,
            window: chrono::Duration::seconds(600),
            backoff: &[],
        };
        let db = app.state.db.clone();
        let handles: Vec<_> = (0..40)
            .map(|_| {
                let db = db.clone();
                std::thread::spawn(move || {
                    let mut c = db.conn().unwrap();
                    limits::take(&mut c, "burst:test", &RULE).unwrap()
                })
            })
            .collect();
        let results: Vec<Taken> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        let allowed = results
            .iter()
            .filter(|t| matches!(t, Taken::Allowed { .. }))
            .count();
        assert_eq!(allowed, 5, "{results:?}");
        let mut counts: Vec<i32> = results
            .iter()
            .filter_map(|t| match t {
                Taken::Allowed { count } => Some(*count),
                _ => None,
            })
            .collect();
        counts.sort();
        assert_eq!(counts, vec![1, 2, 3, 4, 5]);
    }
);

// Finding 2: second-factor failures count per account across challenges, are not cleared by
// the password, wait 1, 5, 15, 60 minutes after five, and the third sends a notice.
on_both_backends!(
    second_factor_guesses_are_limited_per_account,
    |app: TestApp| async move {
        let w = World::build(&app);
        let secret = enrol(&app, &w.admin_a.email).await;
        // Five wrong codes, each on a new challenge made by the right password.
        for i in 1..=5 {
            let c = challenge(&app, &w.admin_a.email).await;
            let r = second(&app, &c, "000000").await;
            assert_eq!(r.status, StatusCode::UNAUTHORIZED, "try {i}: {}", r.body);
        }
        assert_eq!(
            notices(&app, &w.admin_a.id, "second_factor_failed"),
            1,
            "one notice, at the third failure"
        );
        // The sixth waits a minute, even with the right code and a new challenge.
        let good = totp::current_code(&secret, now_secs() + 30);
        let c = challenge(&app, &w.admin_a.email).await;
        let r = second(&app, &c, &good).await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.body);
        assert!(
            r.body.contains("Try again in 59 seconds") || r.body.contains("Try again in 1 minute"),
            "{}",
            r.body
        );
        // After the minute, one more wrong try; then five minutes.
        app.age_limits(chrono::Duration::minutes(1));
        let c = challenge(&app, &w.admin_a.email).await;
        assert_eq!(
            second(&app, &c, "111111").await.status,
            StatusCode::UNAUTHORIZED
        );
        let c = challenge(&app, &w.admin_a.email).await;
        assert_eq!(
            second(&app, &c, &good).await.status,
            StatusCode::TOO_MANY_REQUESTS
        );
        app.age_limits(chrono::Duration::minutes(2));
        let c = challenge(&app, &w.admin_a.email).await;
        assert_eq!(
            second(&app, &c, &good).await.status,
            StatusCode::TOO_MANY_REQUESTS,
            "the second wait is five minutes"
        );
        app.age_limits(chrono::Duration::minutes(5));
        let c = challenge(&app, &w.admin_a.email).await;
        let r = second(&app, &c, &good).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        // The step-up's code goes through the same account limit.
        let token = r.json()["access_token"].as_str().unwrap().to_string();
        for _ in 0..5 {
            app.send(
                TestRequest::post()
                    .uri("/api/v1/auth/step-up")
                    .insert_header(bearer(&token))
                    .set_json(serde_json::json!({"code": "222222"})),
            )
            .await;
        }
        let c = challenge(&app, &w.admin_a.email).await;
        assert_eq!(
            second(&app, &c, &totp::current_code(&secret, now_secs() + 60))
                .await
                .status,
            StatusCode::TOO_MANY_REQUESTS
        );
    }
);

// Finding 17: one challenge, twenty parallel wrong codes: at most five are checked.
on_both_backends!(
    a_challenge_allows_five_tries_under_a_burst,
    |app: TestApp| async move {
        let w = World::build(&app);
        enrol(&app, &w.merch_a.email).await;
        let c = challenge(&app, &w.merch_a.email).await;
        let tries: Vec<_> = (0..20).map(|_| second(&app, &c, "333333")).collect();
        let answers = futures_util::future::join_all(tries).await;
        let checked = answers
            .iter()
            .filter(|r| r.body.contains("code_wrong") || r.status == StatusCode::TOO_MANY_REQUESTS)
            .count();
        assert!(checked <= 5, "{checked} codes were checked");
        let attempts: i32 = mfa_challenges::table
            .select(mfa_challenges::attempts)
            .order(mfa_challenges::created_at.desc())
            .first(&mut *app.conn())
            .unwrap();
        assert_eq!(attempts, 5);
    }
);

// Finding 4: the secret being enrolled belongs to one session and is shown only after a
// fresh password check.
on_both_backends!(
    an_enrolment_secret_is_the_sessions_own,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut a = world::browser(&app, &w.qc_a.email);
        let mut b = world::browser(&app, &w.qc_a.email);
        let secret_a = secret_in(&a.get("/account/2fa").await.body);
        age_reauth(&app, 10);
        let page = b.get("/account/2fa").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            !page.body.contains("totp-secret"),
            "no secret without a fresh check"
        );
        assert!(
            page.body.contains("twofa-confirm"),
            "the password is asked on the page"
        );
        let r = b
            .post(
                "/account/confirm",
                &[("password", PASSWORD), ("next", "/account/2fa")],
            )
            .await;
        assert_eq!(r.location(), Some("/account/2fa"));
        let secret_b = secret_in(&b.get("/account/2fa").await.body);
        assert_ne!(secret_a, secret_b, "each session enrols its own secret");
        // A code of the other session's secret does not enable it here.
        let r = b
            .post(
                "/account/2fa/enable",
                &[("code", &totp::current_code(&secret_a, now_secs()))],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = b
            .post(
                "/account/2fa/enable",
                &[("code", &totp::current_code(&secret_b, now_secs()))],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK);
        let stored: Option<String> = users::table
            .find(&w.qc_a.id)
            .select(users::totp_secret)
            .first(&mut *app.conn())
            .unwrap();
        assert_eq!(stored.as_deref(), Some(secret_b.as_str()));
    }
);

// Findings 6 and 9: password checks of a signed-in session count on that session (five wrong
// answers end it), whoever else is failing to sign in; the stranger cannot block the
// owner's step-up or reset.
on_both_backends!(
    password_checks_of_a_session_have_their_own_limit,
    |app: TestApp| async move {
        let w = World::build(&app);
        let email = w.buyer_granted.email.clone();
        let mut me = world::browser(&app, &email);
        // A stranger fails ten times from elsewhere.
        for _ in 0..10 {
            api_password(&app, &email, "not the password", "198.51.100.9:1000").await;
        }
        age_reauth(&app, 10);
        let r = me
            .post("/account/confirm", &[("password", PASSWORD), ("next", "/")])
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "the owner's step-up still works"
        );
        let mut anon = app.client();
        anon.get("/password/reset").await;
        let r = anon
            .post(
                "/password/reset",
                &[
                    ("email", email.as_str()),
                    ("code", "AAAAA-BBBBB"),
                    ("new", "a new long passphrase 2026"),
                    ("confirm", "a new long passphrase 2026"),
                ],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "nor the reset (a wrong code, not a lockout): {}",
            r.body
        );
        // Wrong current passwords: four answers, then the fifth ends the session.
        for i in 1..=4 {
            let r = me
                .post(
                    "/account/password",
                    &[
                        ("current", "wrong wrong wrong"),
                        ("new", "a new long passphrase 2026"),
                        ("confirm", "a new long passphrase 2026"),
                    ],
                )
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "try {i}");
            assert!(r.body.contains("not correct"), "{}", r.body);
        }
        let r = me
            .post(
                "/account/2fa/disable",
                &[("password", "wrong wrong wrong"), ("code", "123456")],
            )
            .await;
        assert!(r.body.contains("session has ended"), "{}", r.body);
        assert_eq!(
            me.get("/orders").await.status,
            StatusCode::SEE_OTHER,
            "signed out"
        );
    }
);

// Finding 18: at most 10 new sessions per account and client a minute, 20 live per account.
on_both_backends!(sessions_are_bounded, |app: TestApp| async move {
    let w = World::build(&app);
    for i in 0..10 {
        let r = api_password(&app, &w.buyer_y.email, PASSWORD, common::PEER).await;
        assert_eq!(r.status, StatusCode::OK, "sign-in {i}");
    }
    let r = api_password(&app, &w.buyer_y.email, PASSWORD, common::PEER).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    for i in 0..15 {
        let peer = format!("198.51.100.{}:2000", 20 + i);
        let r = api_password(&app, &w.buyer_y.email, PASSWORD, &peer).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    }
    let live: i64 = sessions::table
        .filter(sessions::user_id.eq(&w.buyer_y.id))
        .filter(sessions::revoked_at.is_null())
        .count()
        .get_result(&mut *app.conn())
        .unwrap();
    assert_eq!(live, portico::auth::session::MAX_SESSIONS);
});

const PDF_A: &[u8] =
    b"%PDF-1.7\n1 0 obj<<>>endobj\n% invoice USD 52,000 to the attacker\ntrailer<<>>\n%%EOF\n";
const PDF_B: &[u8] = b"%PDF-1.7\n1 0 obj<<>>endobj\n% packing list v1\ntrailer<<>>\n%%EOF\n";
const PDF_C: &[u8] = b"%PDF-1.7\n1 0 obj<<>>endobj\n% packing list v2 by QC\ntrailer<<>>\n%%EOF\n";

fn token_of(app: &TestApp, email: &str) -> String {
    world::issue(app, email, portico::auth::session::SessionKind::Api).access_token
}

async fn call(app: &TestApp, token: &str, method: &str, uri: &str) -> common::Resp {
    let req = if method == "GET" {
        TestRequest::get()
    } else {
        TestRequest::post()
    };
    app.send(req.uri(uri).insert_header(bearer(token))).await
}

async fn verify(app: &TestApp, bytes: &[u8]) -> String {
    let r = app
        .send(
            TestRequest::post()
                .uri("/api/v1/verify")
                .insert_header(("content-type", "application/pdf"))
                .set_payload(bytes.to_vec()),
        )
        .await;
    r.json()["outcome"].as_str().unwrap().to_string()
}

fn second_admin(app: &TestApp) -> String {
    world::second_admin(app)
}

// Finding 1: no staff member issues documents of record; an upload of a signed kind is a
// draft buyers never see; superseding needs the right to issue; kinds that carry payment
// terms need two admins.
on_both_backends!(
    only_admins_issue_documents_of_record,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let admin2 = second_admin(&app);
        let qc = token_of(&app, &w.qc_a.email);
        let merch = token_of(&app, &w.merch_a.email);
        let buyer = token_of(&app, &w.buyer_granted.email);
        let files_url = format!("/api/v1/orders/{}/files", w.order1);
        // Assigned staff to order1: the QC inspector too.
        portico::orders::assign_row(&mut app.conn(), &w.alpha, &w.order1, &w.qc_a.id).unwrap();
        // A merchandiser's customer-visible "invoice": a draft, invisible, verifying as nothing.
        let fake = common::upload_parts(
            &app,
            &merch,
            &files_url,
            &[
                common::field_part("kind", "invoice"),
                common::field_part("visibility", "customer"),
                common::file_part("invoice.pdf", PDF_A),
            ],
        )
        .await;
        assert_eq!(verify(&app, PDF_A).await, "unknown");
        let listed = call(&app, &buyer, "GET", &files_url).await;
        assert!(
            !listed.body.contains(&fake),
            "the buyer does not see a draft"
        );
        assert_eq!(
            call(&app, &buyer, "GET", &format!("/api/v1/files/{fake}"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        // Staff cannot issue it, nor can an API token of an admin.
        for t in [&qc, &merch] {
            let r = call(&app, t, "POST", &format!("/api/v1/files/{fake}/issue")).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
        }
        // An admin proposes it; the same admin cannot approve; a second admin does.
        let a = token_of(&app, &w.admin_a.email);
        let r = call(&app, &a, "POST", &format!("/api/v1/files/{fake}/issue")).await;
        assert_eq!(r.json()["state"], "proposed", "{}", r.body);
        assert_eq!(
            verify(&app, PDF_A).await,
            "unknown",
            "proposed is not issued"
        );
        let r = call(
            &app,
            &a,
            "POST",
            &format!("/api/v1/files/{fake}/issue/approve"),
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
        let told: i64 = portico::db::schema::notifications::table
            .filter(portico::db::schema::notifications::kind.eq("record"))
            .count()
            .get_result(&mut *app.conn())
            .unwrap();
        assert!(told >= 1, "the other admins are told of the proposal");
        let b = token_of(&app, &admin2);
        let r = call(
            &app,
            &b,
            "POST",
            &format!("/api/v1/files/{fake}/issue/approve"),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert_eq!(verify(&app, PDF_A).await, "genuine");
        assert!(
            call(&app, &buyer, "GET", &files_url)
                .await
                .body
                .contains(&fake)
        );

        // A packing list: an admin issues it alone. A QC's new version is a draft: the issued
        // one stays current and genuine (the drill made the real one "superseded").
        let pl = common::upload_parts(
            &app,
            &a,
            &files_url,
            &[
                common::field_part("kind", "packing_list"),
                common::file_part("packing.pdf", PDF_B),
            ],
        )
        .await;
        let r = call(&app, &a, "POST", &format!("/api/v1/files/{pl}/issue")).await;
        assert_eq!(r.json()["state"], "issued", "{}", r.body);
        let v2 = common::upload_parts(
            &app,
            &qc,
            &format!("/api/v1/files/{pl}/versions"),
            &[common::file_part("packing-v2.pdf", PDF_C)],
        )
        .await;
        assert_eq!(
            verify(&app, PDF_B).await,
            "genuine",
            "not superseded by a draft"
        );
        assert_eq!(verify(&app, PDF_C).await, "unknown");
        let listed = call(&app, &buyer, "GET", &files_url).await.body;
        assert!(listed.contains(&pl) && !listed.contains(&v2), "{listed}");
        let r = call(&app, &qc, "POST", &format!("/api/v1/files/{v2}/issue")).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        // The issuing admin needs a recent step-up.
        diesel::update(sessions::table)
            .set(sessions::reauth_at.eq(Some(portico::ids::now() - chrono::Duration::minutes(30))))
            .execute(&mut *app.conn())
            .unwrap();
        let r = call(&app, &a, "POST", &format!("/api/v1/files/{v2}/issue")).await;
        assert_eq!(r.json()["code"], "step_up_required", "{}", r.body);
        let a = token_of(&app, &w.admin_a.email);
        let r = call(&app, &a, "POST", &format!("/api/v1/files/{v2}/issue")).await;
        assert_eq!(r.json()["state"], "issued", "{}", r.body);
        assert_eq!(verify(&app, PDF_B).await, "superseded");
        assert_eq!(verify(&app, PDF_C).await, "genuine");
    }
);

// Finding 3: one tenant's admin cannot attach another tenant's account, end its sessions
// elsewhere, or have Portico mail arbitrary text under the person's anti-phishing phrase.
on_both_backends!(
    a_tenant_acts_only_on_its_own_people,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut beta = world::browser(&app, &w.admin_b.email);
        beta.get("/admin/people/new").await;
        let add = |email: String| {
            [
                ("email", email),
                ("display_name", "Someone".to_string()),
                ("role", "qc".to_string()),
            ]
        };
        let existing = add(w.buyer_y.email.clone());
        let known = beta
            .post(
                "/admin/people",
                &existing
                    .iter()
                    .map(|(k, v)| (*k, v.as_str()))
                    .collect::<Vec<_>>(),
            )
            .await;
        let fresh = add("nobody.yet@elsewhere.test".into());
        let unknown = beta
            .post(
                "/admin/people",
                &fresh
                    .iter()
                    .map(|(k, v)| (*k, v.as_str()))
                    .collect::<Vec<_>>(),
            )
            .await;
        assert_eq!(
            (known.status, unknown.status),
            (StatusCode::OK, StatusCode::OK)
        );
        let strip = |b: &str| {
            b.replace(&w.buyer_y.email, "E")
                .replace("nobody.yet@elsewhere.test", "E")
                .split("invitation-code\">")
                .next()
                .unwrap()
                .to_string()
        };
        assert_eq!(
            strip(&known.body),
            strip(&unknown.body),
            "the answer does not tell whether the address has an account"
        );
        assert_eq!(
            portico::auth::session::tenants_of(&mut app.conn(), &w.buyer_y.id)
                .unwrap()
                .len(),
            1,
            "no membership without accepting"
        );

        // The buyer accepts; later beta removes them: their alpha session goes on.
        let code = {
            let marker = "id=\"invitation-code\">";
            let i = known.body.find(marker).unwrap() + marker.len();
            known.body[i..].split('<').next().unwrap().to_string()
        };
        let mut y = world::browser(&app, &w.buyer_y.email);
        y.get("/invite").await;
        let r = y.post("/invite", &[("code", code.as_str())]).await;
        assert!(r.status.is_redirection(), "{} {}", r.status, r.body);
        // Accepting moved that browser session to beta; a new one opens in alpha.
        let alpha_api = token_of(&app, &w.buyer_y.email);
        let mut y_alpha = world::browser(&app, &w.buyer_y.email);
        assert_eq!(y_alpha.get("/orders").await.status, StatusCode::OK);
        beta.get("/admin/people").await;
        let r = beta
            .post(&format!("/admin/people/{}/remove", w.buyer_y.id), &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(
            y_alpha.get("/orders").await.status,
            StatusCode::OK,
            "the browser session in alpha goes on"
        );
        assert_eq!(
            y.get("/orders").await.status,
            StatusCode::SEE_OTHER,
            "the session in beta ends"
        );
        assert_eq!(
            call(&app, &alpha_api, "GET", "/api/v1/me").await.status,
            StatusCode::OK,
            "and so does the API session"
        );

        // Staff text in a notice mail is quoted and labelled; the subject is fixed.
        {
            use portico::db::schema::orders;
            diesel::update(orders::table.find(&w.order1))
                .set(orders::title.eq("URGENT our bank changed: pay to DE44500105175407324931 now"))
                .execute(&mut *app.conn())
                .unwrap();
            diesel::update(users::table.find(&w.buyer_granted.id))
                .set(users::phishing_phrase.eq(Some("blue heron")))
                .execute(&mut *app.conn())
                .unwrap();
        }
        let merch = token_of(&app, &w.merch_a.email);
        let r = app
            .send(
                TestRequest::post()
                    .uri(&format!("/api/v1/orders/{}/decisions", w.order1))
                    .insert_header(bearer(&merch))
                    .set_json(serde_json::json!({
                        "kind": "other",
                        "title": "Reply with your card number. URGENT our bank changed",
                        "description": ""
                    })),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        portico::notifications::mail::mail_now(
            &mut app.conn(),
            &app.state.i18n,
            &app.state.config.public_url,
        )
        .unwrap();
        let mails = portico::mail::queued_for(&mut app.conn(), &w.buyer_granted.email).unwrap();
        let (subject, body) = mails
            .iter()
            .find(|(_, b)| b.contains("card number"))
            .expect("the decision's mail")
            .clone();
        assert!(
            !subject.contains("URGENT") && !subject.contains("card"),
            "{subject}"
        );
        assert!(body.contains("«blue heron»"));
        assert!(
            body.contains("“Reply with your card number. URGENT our bank changed”"),
            "{body}"
        );
        assert!(body.contains("order “PO-ALPHA-X-0001”"), "{body}");
        assert!(body.contains("typed by people at"), "{body}");
    }
);

// Finding 8: demoting or removing an admin tells every admin and the person; a lone admin
// is told that nobody can approve bank details.
on_both_backends!(
    demoting_an_admin_is_never_silent,
    |app: TestApp| async move {
        let w = World::build(&app);
        let admin2 = second_admin(&app);
        let id2: String = users::table
            .filter(users::email.eq(&admin2))
            .select(users::id)
            .first(&mut *app.conn())
            .unwrap();
        let mut a = world::browser(&app, &w.admin_a.email);
        let r = a
            .post(&format!("/admin/people/{id2}"), &[("role", "merchandiser")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(
            notices(&app, &id2, "admin_demoted"),
            1,
            "the person is told"
        );
        assert_eq!(
            notices(&app, &w.admin_a.id, "admin_demoted"),
            1,
            "every admin is told"
        );
        let page = a.get("/payments").await;
        assert!(
            page.body.contains("id=\"lone-admin\""),
            "the lone admin is told"
        );
        // Promoted again and removed: told again.
        let r = a
            .post(&format!("/admin/people/{id2}"), &[("role", "admin")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(!a.get("/payments").await.body.contains("id=\"lone-admin\""));
        let r = a.post(&format!("/admin/people/{id2}/remove"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(notices(&app, &id2, "admin_demoted"), 2);
        assert_eq!(notices(&app, &w.admin_a.id, "admin_demoted"), 2);
    }
);

// Findings 5 and 16: `next` parameters are judged by the browser's URL rules; control
// characters neither redirect off-site nor answer 500.
on_both_backends!(next_never_leaves_the_portal, |app: TestApp| async move {
    let w = World::build(&app);
    let mut me = world::browser(&app, &w.buyer_y.email);
    for evil in [
        "%2F%09%2Fevil.example",
        "/%09/evil.example",
        "/%0d%0a/evil.example",
        "%2F%5Cevil.example",
        "/%00",
        "https://evil.example",
        "//evil.example",
        "/.//evil.example",
        "/%2e//evil.example",
        "/a/..//evil.example",
    ] {
        let r = me.get(&format!("/signin?next={evil}")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{evil}: {}", r.body);
        assert_eq!(r.location(), Some("/"), "{evil}");
    }
    let r = me.get("/signin?next=/orders%3Fstatus%3Dopen").await;
    assert_eq!(r.location(), Some("/orders?status=open"));
});

// Finding 10: the same bytes issued later in another tenant never take over the answer, and
// a record whose signature does not hold answers nothing. Finding 19: a code alone answers
// "issued" with the hash to compare, and names no employee to strangers.
on_both_backends!(
    verification_answers_from_the_first_valid_issue,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let pdf: &[u8] =
            b"%PDF-1.7\n1 0 obj<<>>endobj\n% bill of lading 7788\ntrailer<<>>\n%%EOF\n";
        let issue_in = |order: String, email: String| {
            let app = &app;
            async move {
                let t = token_of(app, &email);
                let id = common::upload_parts(
                    app,
                    &t,
                    &format!("/api/v1/orders/{order}/files"),
                    &[
                        common::field_part("kind", "bill_of_lading"),
                        common::file_part("bl.pdf", pdf),
                    ],
                )
                .await;
                let r = call(app, &t, "POST", &format!("/api/v1/files/{id}/issue")).await;
                assert_eq!(r.json()["state"], "issued", "{}", r.body);
                r.json()["code"].as_str().unwrap().to_string()
            }
        };
        let code = issue_in(w.order1.to_string(), w.admin_a.email.clone()).await;
        let code_b = issue_in(w.order_b.to_string(), w.admin_b.email.clone()).await;
        let answer = |body: serde_json::Value| {
            let app = &app;
            async move {
                let mut req = TestRequest::post().uri("/api/v1/verify");
                req = match body {
                    serde_json::Value::Null => req
                        .insert_header(("content-type", "application/pdf"))
                        .set_payload(pdf.to_vec()),
                    b => req.set_json(b),
                };
                app.send(req).await.json()
            }
        };
        let j = answer(serde_json::Value::Null).await;
        assert_eq!(j["outcome"], "genuine");
        assert_eq!(j["document"]["supplier"], world::ALPHA_NAME, "{j}");
        assert_eq!(
            j["document"]["issued_by"], "",
            "no staff name for a stranger"
        );
        // A record tampered with in the database (alpha's) no longer answers.
        {
            use portico::db::schema::documents_of_record as d;
            diesel::update(d::table.filter(d::tenant_id.eq(&w.alpha)))
                .set(d::title.eq("edited"))
                .execute(&mut *app.conn())
                .unwrap();
            diesel::update(d::table.filter(d::tenant_id.eq(&w.alpha)))
                .set(d::kind.eq("invoice"))
                .execute(&mut *app.conn())
                .unwrap();
        }
        let j = answer(serde_json::Value::Null).await;
        assert_ne!(j["document"]["supplier"], world::ALPHA_NAME, "{j}");
        assert_eq!(j["document"]["signature_valid"], true);
        // By code: the tampered record answers nothing; a valid one "issued", with the hash.
        let j = answer(serde_json::json!({ "code": code })).await;
        assert_eq!(j["outcome"], "unknown", "{j}");
        let j = answer(serde_json::json!({ "code": code_b })).await;
        assert_eq!(j["outcome"], "issued", "{j}");
        assert_eq!(
            j["document"]["sha256"],
            portico::auth::secrets::hex(&<sha2::Sha256 as sha2::Digest>::digest(pdf))
        );
    }
);

// Finding 11: 40 parallel wrong share-link passwords: at most five are checked, the link
// locks; the unlock cookie carries its server-checked expiry.
on_both_backends!(
    share_link_passwords_lock_under_a_burst,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let merch = token_of(&app, &w.merch_a.email);
        let day = (chrono::Utc::now().date_naive() + chrono::Duration::days(3)).to_string();
        let r = app
            .send(
                TestRequest::post()
                    .uri(&format!("/api/v1/orders/{}/share-links", w.order1))
                    .insert_header(bearer(&merch))
                    .set_json(serde_json::json!({
                        "label": "Forwarder",
                        "expires_on": day,
                        "password": "a long share password"
                    })),
            )
            .await;
        assert!(r.status.is_success(), "{}", r.body);
        let path = format!("/s/{}", r.json()["token"].as_str().unwrap());
        let mut s = app.client();
        s.get(&path).await;
        let csrf = s.csrf();
        let guesses: Vec<_> = (0..40)
            .map(|_| {
                let body = serde_urlencoded::to_string([
                    ("password", "guess guess guess"),
                    ("csrf_token", csrf.as_str()),
                ])
                .unwrap();
                app.send(
                    TestRequest::post()
                        .uri(&path)
                        .insert_header(("content-type", "application/x-www-form-urlencoded"))
                        .insert_header(("cookie", s.cookie_header()))
                        .set_payload(body),
                )
            })
            .collect();
        let answers = futures_util::future::join_all(guesses).await;
        let checked = answers
            .iter()
            .filter(|r| r.body.contains("password is not correct"))
            .count();
        assert!(checked <= 5, "{checked} guesses were checked");
        let r = s
            .post(&path, &[("password", "a long share password")])
            .await;
        assert!(
            r.body.contains("Too many wrong passwords"),
            "locked: {}",
            r.body
        );
        app.age_limits(chrono::Duration::minutes(16));
        let r = s
            .post(&path, &[("password", "a long share password")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let (name, value) = r
            .set_cookies
            .iter()
            .find(|(n, _)| n.starts_with("portico_share_"))
            .cloned()
            .unwrap();
        let (exp, _) = value.split_once('.').expect("an expiry in the cookie");
        let exp: i64 = exp.parse().unwrap();
        assert!(exp <= chrono::Utc::now().timestamp() + 3600);
        assert_eq!(s.get(&path).await.status, StatusCode::OK);
        // A longer expiry written by the client does not verify.
        let forged = format!("{}.{}", exp + 86400, value.split_once('.').unwrap().1);
        let r = app
            .send(
                TestRequest::get()
                    .uri(&path)
                    .insert_header(("cookie", format!("{name}={forged}"))),
            )
            .await;
        assert!(
            r.body.contains("name=\"password\""),
            "not unlocked by a forged expiry"
        );
    }
);

// Finding 14 and 19 (HEAD): every read of a document's bytes is audited, ranges and previews
// included; HEAD over a real connection tells the real length.
on_both_backends!(
    document_reads_are_audited_and_head_tells_the_length,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let admin = token_of(&app, &w.admin_a.email);
        let jpeg = common::tiny_jpeg();
        let id = common::upload_parts(
            &app,
            &admin,
            &format!("/api/v1/orders/{}/files", w.order1),
            &[
                common::field_part("kind", "certificate"),
                common::field_part("visibility", "customer"),
                common::file_part("certificate.jpg", &jpeg),
            ],
        )
        .await;
        portico::jobs::drain(&app.state, "test").await.unwrap();
        let reads = || -> i64 {
            use portico::db::schema::audit_events;
            audit_events::table
                .filter(audit_events::action.eq("file.download"))
                .filter(audit_events::object_id.eq(&id))
                .count()
                .get_result(&mut *app.conn())
                .unwrap()
        };
        let buyer = token_of(&app, &w.buyer_granted.email);
        let r = app
            .send(
                TestRequest::get()
                    .uri(&format!("/api/v1/files/{id}/content"))
                    .insert_header(bearer(&buyer))
                    .insert_header(("range", "bytes=1-")),
            )
            .await;
        assert_eq!(r.status, StatusCode::PARTIAL_CONTENT);
        assert_eq!(reads(), 1, "a range without the first byte is a read");
        let mut b = world::browser(&app, &w.buyer_granted.email);
        let r = b.get(&format!("/files/{id}/preview")).await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(reads(), 2, "a document's preview is a read");

        // HEAD through a real HTTP/1.1 connection.
        let (port, handle) = common::serve(app.state.clone()).await;
        let head = tokio::task::spawn_blocking(move || {
            use std::io::{Read, Write};
            let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
            write!(
                s,
                "HEAD /api/v1/files/{id}/content HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {buyer}\r\nConnection: close\r\n\r\n"
            )
            .unwrap();
            let mut out = String::new();
            s.read_to_string(&mut out).unwrap();
            out
        })
        .await
        .unwrap();
        handle.stop(true).await;
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert!(
            head.to_lowercase()
                .contains(&format!("content-length: {}", jpeg.len())),
            "{head}"
        );
    }
);

// Finding 17: 60 parallel report requests, a limit of 20 an hour: 20 accepted.
on_both_backends!(
    report_limit_holds_under_a_burst,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let t = token_of(&app, &w.merch_a.email);
        let asks: Vec<_> = (0..60)
            .map(|_| {
                app.send(
                    TestRequest::post()
                        .uri("/api/v1/reports")
                        .insert_header(bearer(&t))
                        .set_json(serde_json::json!({ "order_id": w.order1 })),
                )
            })
            .collect();
        let answers = futures_util::future::join_all(asks).await;
        let accepted = answers
            .iter()
            .filter(|r| r.status == StatusCode::ACCEPTED)
            .count();
        let refused = answers
            .iter()
            .filter(|r| r.status == StatusCode::TOO_MANY_REQUESTS)
            .count();
        assert_eq!((accepted, refused), (20, 40));
    }
);

// Finding 19 (cookies, invitation codes): under https every cookie carries `__Host-` and
// Secure; invitation codes are limited per client address.
#[actix_web::test]
async fn https_cookies_are_host_only_and_codes_are_limited() {
    let app = TestApp::with_public_url(common::Backend::Sqlite, "https://portal.example")
        .await
        .unwrap();
    let w = World::build(&app);
    let mut c = app.client();
    let page = c.get("/signin").await;
    let r = c
        .post(
            "/signin",
            &[
                ("email", w.buyer_y.email.as_str()),
                ("password", PASSWORD),
                ("csrf_token", page.form_token().as_str()),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let set: Vec<String> = r
        .headers
        .get_all("set-cookie")
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    assert!(!set.is_empty());
    for cookie in &set {
        assert!(cookie.starts_with("__Host-"), "{cookie}");
        assert!(cookie.contains("Secure"), "{cookie}");
    }
    assert!(
        set.iter().any(|c| c.starts_with("__Host-portico_device=")),
        "{set:?}"
    );
    let token = c.get("/account").await.form_token();
    let r = c
        .post(
            "/language",
            &[
                ("lang", "zh-CN"),
                ("next", "/orders"),
                ("csrf_token", &token),
            ],
        )
        .await;
    let lang: Vec<String> = r
        .headers
        .get_all("set-cookie")
        .map(|v| v.to_str().unwrap().to_string())
        .collect();
    assert!(
        lang.iter()
            .any(|c| c.starts_with("__Host-portico_lang=") && c.contains("Secure")),
        "{lang:?} {}",
        r.status
    );

    let mut anon = app.client();
    let token = anon.get("/invite").await.form_token();
    let mut refused = false;
    for i in 0..25 {
        let r = anon
            .post(
                "/invite",
                &[
                    ("code", &format!("AAAA-BBBB-{i:04}")),
                    ("csrf_token", &token),
                ],
            )
            .await;
        assert_ne!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
        if r.status == StatusCode::TOO_MANY_REQUESTS {
            assert!(i >= 20, "refused only past the limit ({i})");
            refused = true;
            break;
        }
    }
    assert!(refused, "invitation codes are limited");
}

// Finding 15: mismatch alerts are limited per recorder (every record stays a fraud signal),
// and their mails quote what the recorder typed under a fixed subject.
on_both_backends!(
    payment_alerts_are_limited_per_recorder,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let buyer = token_of(&app, &w.buyer_granted.email);
        for i in 0..5 {
            let r = app
                .send(
                    TestRequest::post()
                        .uri("/api/v1/payments")
                        .insert_header(bearer(&buyer))
                        .set_json(serde_json::json!({
                            "amount": "100.00",
                            "currency": "USD",
                            "order_id": w.order1,
                            "paid_on": chrono::Utc::now().date_naive().to_string(),
                            "paid_to_account": format!("DE4450010517540732493{i}"),
                            "reference": "URGENT pay again to DE99"
                        })),
                )
                .await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        }
        use portico::db::schema::{notifications, payment_records};
        let alerts: i64 = notifications::table
            .filter(notifications::user_id.eq(&w.admin_a.id))
            .filter(notifications::kind.eq("payment"))
            .count()
            .get_result(&mut *app.conn())
            .unwrap();
        assert_eq!(alerts, 3, "three alerts an hour per recorder");
        let flagged: i64 = payment_records::table
            .filter(payment_records::mismatch.eq(true))
            .count()
            .get_result(&mut *app.conn())
            .unwrap();
        assert_eq!(flagged, 5, "every mismatch stays on record");
        diesel::update(users::table.find(&w.admin_a.id))
            .set(users::email_verified_at.eq(Some(portico::ids::now())))
            .execute(&mut *app.conn())
            .unwrap();
        portico::notifications::mail::mail_now(
            &mut app.conn(),
            &app.state.i18n,
            &app.state.config.public_url,
        )
        .unwrap();
        let mails = portico::mail::queued_for(&mut app.conn(), &w.admin_a.email).unwrap();
        let (subject, body) = mails.first().expect("an alert mail").clone();
        assert!(
            !subject.contains("DE44") && !subject.contains("URGENT"),
            "{subject}"
        );
        assert!(body.contains("“DE4450010517540732493"), "{body}");
    }
);

// Review of this change: counters are pruned a day past their longest window; removing a
// person revokes the share links and open invitations they made in this tenant.
on_both_backends!(
    counters_pruned_and_removal_revokes,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        {
            let mut c = app.conn();
            let rule = Rule {
                limit: 5,
                window: chrono::Duration::seconds(60),
                backoff: &[],
            };
            limits::take(&mut c, "prune:old", &rule).unwrap();
        }
        app.age_limits(chrono::Duration::days(3));
        {
            let mut c = app.conn();
            limits::take(
                &mut c,
                "prune:new",
                &Rule {
                    limit: 5,
                    window: chrono::Duration::seconds(60),
                    backoff: &[],
                },
            )
            .unwrap();
            let n =
                limits::prune(&mut c, portico::ids::now() - chrono::Duration::hours(48)).unwrap();
            assert_eq!(n, 1, "only the old counter goes");
        }
        let merch = token_of(&app, &w.merch_a.email);
        let path = format!("/s/{}", world::share_link(&app, &merch, &w.order1).await);
        assert_eq!(app.client().get(&path).await.status, StatusCode::OK);
        let mut a = world::browser(&app, &w.admin_a.email);
        let r = a
            .post(&format!("/admin/people/{}/remove", w.merch_a.id), &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(
            app.client().get(&path).await.status,
            StatusCode::NOT_FOUND,
            "the removed person's link ends with them"
        );
    }
);
