//! Account security, second part: step-up, new-device notices and "this wasn't me", password
//! reset by e-mail code (never bypassing two-step sign-in), the anti-phishing phrase, and the
//! admin's two-step reset.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{PASSWORD, TestApp, bearer};
use diesel::prelude::*;
use portico::auth::session::SessionKind;
use portico::db::schema::{outbox, security_notices, sessions, users};

const NEW_PASSWORD: &str = "a brand new passphrase 42";

fn age_reauth(app: &TestApp, minutes: i64) {
    diesel::update(sessions::table)
        .set(sessions::reauth_at.eq(Some(
            portico::ids::now() - chrono::Duration::minutes(minutes),
        )))
        .execute(&mut *app.conn())
        .unwrap();
}

/// The value of a hidden field of a page (as the template escaped it, then unescaped).
fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no {name} in {page}"))
        + marker.len();
    let end = page[start..].find('"').unwrap() + start;
    page[start..end]
        .replace("&#x2F;", "/")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

fn mails_to(app: &TestApp, to: &str) -> Vec<(String, String)> {
    portico::mail::queued_for(&mut app.conn(), to).unwrap()
}

fn notices(app: &TestApp, user_id: &str) -> Vec<String> {
    security_notices::table
        .filter(security_notices::user_id.eq(user_id))
        .order(security_notices::id.asc())
        .select(security_notices::kind)
        .load(&mut *app.conn())
        .unwrap()
}

/// The reset mail is queued by a task the answer does not wait for.
async fn wait_for_mail(app: &TestApp, to: &str, subject: &str, nth: usize) -> String {
    for _ in 0..100 {
        let found: Vec<String> = mails_to(app, to)
            .into_iter()
            .filter(|(s, _)| s.contains(subject))
            .map(|(_, b)| b)
            .collect();
        if found.len() >= nth {
            return found[0].clone();
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no mail {subject:?} to {to}");
}

async fn reset_code(app: &TestApp, to: &str, nth: usize) -> String {
    let body = wait_for_mail(app, to, "reset code", nth).await;
    let i = body.find("Your code: ").unwrap() + "Your code: ".len();
    body[i..i + 11].to_string()
}

fn reset_request(csrf: String, fields: Vec<(&'static str, String)>) -> TestRequest {
    let mut pairs: Vec<(String, String)> = fields
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    pairs.push(("csrf_token".into(), csrf));
    TestRequest::post()
        .uri("/password/reset")
        .insert_header(("content-type", "application/x-www-form-urlencoded"))
        .set_payload(serde_urlencoded::to_string(&pairs).unwrap())
}

fn enable_totp(app: &TestApp, user_id: &str) -> String {
    let secret = portico::auth::totp::new_secret();
    diesel::update(users::table.find(user_id))
        .set((
            users::totp_secret.eq(Some(&secret)),
            users::totp_enabled_at.eq(Some(portico::ids::now())),
        ))
        .execute(&mut *app.conn())
        .unwrap();
    secret
}

fn code_now(secret: &str) -> String {
    portico::auth::totp::current_code(secret, chrono::Utc::now().timestamp() as u64)
}

on_both_backends!(
    access_changes_need_a_recent_check,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut a = world::browser(&app, &w.admin_a.email);
        let form = [
            ("display_name", "Buyer Renamed"),
            ("role", "buyer"),
            ("customer_org_id", w.org_x.as_str()),
            ("access", "all"),
        ];
        let path = format!("/admin/people/{}", w.buyer_granted.id);
        // Signed in minutes ago: the sign-in itself counts as the check.
        age_reauth(&app, 10);
        let page = a.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        let r = a
            .send(
                TestRequest::post()
                    .uri(&path)
                    .insert_header(("referer", format!("http://127.0.0.1:8080{path}")))
                    .insert_header(("content-type", "application/x-www-form-urlencoded"))
                    .set_payload(
                        serde_urlencoded::to_string(
                            form.iter()
                                .copied()
                                .chain([("csrf_token", a.csrf().as_str())])
                                .collect::<Vec<_>>(),
                        )
                        .unwrap(),
                    ),
            )
            .await;
        // The check is asked for on the spot, and what was typed is kept, not emptied.
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(r.body.contains("id=\"confirm-form\""), "{}", r.body);
        assert!(
            r.body.contains("Buyer+Renamed"),
            "the typed name is carried"
        );
        let carry = hidden(&r.body, "carry");
        let carry_action = hidden(&r.body, "carry_action");
        assert_eq!(carry_action, path);
        assert!(
            !carry.contains("csrf_token"),
            "the old token is not carried: {carry}"
        );
        let name: String = users::table
            .find(&w.buyer_granted.id)
            .select(users::display_name)
            .first(&mut *app.conn())
            .unwrap();
        assert_ne!(name, "Buyer Renamed", "nothing changed");
        // A wrong password is refused (and counted), and the form is still carried; the right
        // one sends the form on, filled in as it was typed.
        let bad = a
            .post(
                "/account/confirm",
                &[
                    ("password", "not my password!"),
                    ("next", &path),
                    ("carry_action", &carry_action),
                    ("carry", &carry),
                ],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(hidden(&bad.body, "carry"), carry);
        let ok = a
            .post(
                "/account/confirm",
                &[
                    ("password", PASSWORD),
                    ("next", &path),
                    ("carry_action", &carry_action),
                    ("carry", &carry),
                ],
            )
            .await;
        assert_eq!(ok.status, StatusCode::OK);
        assert!(
            ok.body
                .contains(&format!("action=\"{}\"", path.replace('/', "&#x2F;"))),
            "{}",
            ok.body
        );
        assert!(ok.body.contains("value=\"Buyer Renamed\""), "{}", ok.body);
        assert!(ok.body.contains("carry.js"), "the page sends itself");
        // What the page sends is what was typed; now it goes through.
        let events = || {
            portico::audit::recent(&mut app.conn(), &w.alpha, 500)
                .unwrap()
                .len()
        };
        let before = events();
        let r = a.post(&path, &form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(!r.location().unwrap().starts_with("/account/confirm"));
        assert!(events() > before, "the change was made");
        // Only a path of this portal is sent on to: an address elsewhere becomes the home page.
        age_reauth(&app, 10);
        let evil = a
            .post(
                "/account/confirm",
                &[
                    ("password", PASSWORD),
                    ("carry_action", "https://evil.example/steal"),
                    ("carry", "x=1"),
                ],
            )
            .await;
        assert_eq!(evil.status, StatusCode::OK);
        assert!(!evil.body.contains("evil.example"), "{}", evil.body);
        // The API says so in JSON and offers its own step-up.
        let token = world::issue(&app, &w.admin_a.email, SessionKind::Api).access_token;
        age_reauth(&app, 6);
        let invite = serde_json::json!({"email": "new@xylo.test", "display_name": "New", "role": "buyer", "customer_org_id": w.org_x, "access": "all"});
        let r = app
            .send(
                TestRequest::post()
                    .uri("/api/v1/invitations")
                    .insert_header(bearer(&token))
                    .set_json(&invite),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(r.json()["code"], "step_up_required");
        let r = app
            .send(
                TestRequest::post()
                    .uri("/api/v1/auth/step-up")
                    .insert_header(bearer(&token))
                    .set_json(serde_json::json!({"password": PASSWORD})),
            )
            .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT);
        let r = app
            .send(
                TestRequest::post()
                    .uri("/api/v1/invitations")
                    .insert_header(bearer(&token))
                    .set_json(&invite),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    }
);

on_both_backends!(the_stolen_password_drill, |app: TestApp| async move {
    let w = World::build(&app);
    let email = w.buyer_granted.email.clone();
    // The real buyer signs in on their phone: the first sign-in makes no notice.
    let mut buyer = app.client();
    assert_eq!(
        buyer.sign_in(&email, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(buyer.cookies.contains_key("portico_device"));
    assert!(notices(&app, &w.buyer_granted.id).is_empty());
    // The attacker, with the password, on another device.
    let mut thief = app.client();
    assert_eq!(
        thief.sign_in(&email, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(thief.get("/orders").await.status, StatusCode::OK);
    assert_eq!(notices(&app, &w.buyer_granted.id), vec!["new_sign_in"]);
    let mail = mails_to(&app, &email);
    assert!(mail[0].0.contains("security notice"), "{mail:?}");
    assert!(
        mail[0].1.contains("This wasn't me") && !mail[0].1.contains("http"),
        "no links: {}",
        mail[0].1
    );
    // The same device again is not news.
    let mut again = app.client();
    again.cookies.insert(
        "portico_device".into(),
        buyer.cookies["portico_device"].clone(),
    );
    assert_eq!(
        again.sign_in(&email, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(notices(&app, &w.buyer_granted.id).len(), 1);

    // The buyer sees the notice and ends everything.
    let page = buyer.get("/account/security").await;
    assert!(page.body.contains("New sign-in"));
    let id: String = security_notices::table
        .select(security_notices::id)
        .first(&mut *app.conn())
        .unwrap();
    let r = buyer
        .post(&format!("/account/security/{id}/not-me"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location(), Some("/password/forgot"));
    // The stolen session stops at its next request, and the password opens nothing.
    assert_eq!(thief.get("/orders").await.status, StatusCode::SEE_OTHER);
    let r = thief.sign_in(&email, PASSWORD).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    assert!(r.body.contains("new password is required"));
    // Someone else's notice is not theirs to act on.
    let mut other = world::browser(&app, &w.buyer_y.email);
    assert_eq!(
        other
            .post(&format!("/account/security/{id}/not-me"), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // Reset by e-mail code: the same answer for unknown addresses, nothing sent to them.
    let mut anon = app.client();
    anon.get("/password/forgot").await;
    let known = anon.post("/password/forgot", &[("email", &email)]).await;
    let unknown = anon
        .post("/password/forgot", &[("email", "nobody@nowhere.test")])
        .await;
    assert_eq!(known.status, unknown.status);
    assert!(
        known.body.contains("id=\"forgot-sent\"") && unknown.body.contains("id=\"forgot-sent\"")
    );
    wait_for_mail(&app, &email, "reset code", 1).await;
    assert!(mails_to(&app, "nobody@nowhere.test").is_empty());
    let code = reset_code(&app, &email, 1).await;
    let reset = |code: String, pw: &'static str| {
        vec![
            ("email", email.clone()),
            ("code", code),
            ("new", pw.to_string()),
            ("confirm", pw.to_string()),
        ]
    };
    let r = anon
        .send(reset_request(
            anon.csrf(),
            reset("ABCDE-FGHJK".into(), NEW_PASSWORD),
        ))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a wrong code");
    let r = anon
        .send(reset_request(
            anon.csrf(),
            reset(code.clone(), NEW_PASSWORD),
        ))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), Some("/signin?reset=done"));
    let r = anon
        .send(reset_request(
            anon.csrf(),
            reset(code, "yet another passphrase 7"),
        ))
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a code works once"
    );
    assert_eq!(
        app.client().sign_in(&email, NEW_PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(notices(&app, &w.buyer_granted.id).contains(&"password_reset".to_string()));
});

on_both_backends!(
    reset_codes_expire_and_keep_two_step,
    |app: TestApp| async move {
        let w = World::build(&app);
        let email = w.merch_a.email.clone();
        let secret = enable_totp(&app, &w.merch_a.id);
        let mut c = app.client();
        c.get("/password/forgot").await;
        c.post("/password/forgot", &[("email", &email)]).await;
        let code = reset_code(&app, &email, 1).await;
        let form = |f: &str| {
            vec![
                ("email", email.as_str().to_string()),
                ("code", code.clone()),
                ("second_factor", f.to_string()),
                ("new", NEW_PASSWORD.to_string()),
                ("confirm", NEW_PASSWORD.to_string()),
            ]
        };
        let r = c.send(reset_request(c.csrf(), form(""))).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            r.body.contains("two-step sign-in"),
            "the mailbox alone is not enough"
        );
        let r = c
            .send(reset_request(c.csrf(), form(&code_now(&secret))))
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        // Expired codes do nothing.
        c.post("/password/forgot", &[("email", &email)]).await;
        let code2 = reset_code(&app, &email, 2).await;
        diesel::update(portico::db::schema::user_codes::table)
            .set(
                portico::db::schema::user_codes::expires_at
                    .eq(portico::ids::now() - chrono::Duration::minutes(1)),
            )
            .execute(&mut *app.conn())
            .unwrap();
        let mut f = form(&code_now(&secret));
        f[1].1 = code2;
        let r = c.send(reset_request(c.csrf(), f)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            r.body.contains("the code has expired"),
            "refused for the code itself"
        );
    }
);

on_both_backends!(
    failed_sign_ins_and_two_step_changes_are_noticed,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut c = app.client();
        for _ in 0..4 {
            c.sign_in(&w.qc_a.email, "wrong password!!").await;
        }
        assert_eq!(notices(&app, &w.qc_a.id), vec!["failed_sign_ins"]);
        // An admin resets a person's two-step sign-in: audited and notified; not across tenants.
        enable_totp(&app, &w.merch_a.id);
        let mut b = world::browser(&app, &w.admin_b.email);
        let r = b
            .post(&format!("/admin/people/{}/reset-2fa", w.merch_a.id), &[])
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        let mut a = world::browser(&app, &w.admin_a.email);
        let r = a
            .post(&format!("/admin/people/{}/reset-2fa", w.merch_a.id), &[])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let on: Option<chrono::NaiveDateTime> = users::table
            .find(&w.merch_a.id)
            .select(users::totp_enabled_at)
            .first(&mut *app.conn())
            .unwrap();
        assert!(on.is_none());
        assert_eq!(notices(&app, &w.merch_a.id), vec!["two_factor_reset"]);
        let mut m = world::browser(&app, &w.merch_a.email);
        assert_eq!(
            m.post(&format!("/admin/people/{}/reset-2fa", w.qc_a.id), &[])
                .await
                .status,
            StatusCode::FORBIDDEN
        );
    }
);

on_both_backends!(the_anti_phishing_phrase, |app: TestApp| async move {
    let w = World::build(&app);
    let email = w.buyer_y.email.clone();
    let mut c = app.client();
    assert_eq!(
        c.sign_in(&email, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
    let r = c
        .post("/account/phrase", &[("phrase", "blue heron at dawn")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Every mail to the person carries it, with the explanation.
    c.get("/password/forgot").await;
    c.post("/password/forgot", &[("email", &email)]).await;
    wait_for_mail(&app, &email, "reset code", 1).await;
    let n: i64 = outbox::table
        .filter(outbox::to_email.eq(&email))
        .count()
        .get_result(&mut *app.conn())
        .unwrap();
    assert!(n >= 1);
    for (_, body) in mails_to(&app, &email) {
        assert!(
            body.starts_with("Your Portico phrase: «blue heron at dawn»"),
            "{body}"
        );
        assert!(body.contains("mail without it is not from Portico"));
    }
    // The sign-in page shows it on this device only, and says nothing about other addresses.
    let r = c.get(&format!("/signin/phrase?email={}", email)).await;
    assert_eq!(r.json()["phrase"], "blue heron at dawn");
    let r = app
        .client()
        .get(&format!("/signin/phrase?email={}", email))
        .await;
    assert!(
        r.json()["phrase"].is_null(),
        "another device does not learn it"
    );
    let r = c.get("/signin/phrase?email=nobody@nowhere.test").await;
    assert!(r.json()["phrase"].is_null());
    // Changing it is a step-up action too.
    age_reauth(&app, 10);
    let r = c.post("/account/phrase", &[("phrase", "changed")]).await;
    assert!(r.asks_for_check(), "{}", r.status);
});

on_both_backends!(
    admin_security_overview_and_session_policy,
    |app: TestApp| async move {
        let w = World::build(&app);
        enable_totp(&app, &w.merch_a.id);
        let mut c = app.client();
        for _ in 0..4 {
            c.sign_in(&w.buyer_y.email, "wrong password!!").await;
        }
        let mut a = world::browser(&app, &w.admin_a.email);
        let page = a.get("/admin/security").await;
        assert_eq!(page.status, StatusCode::OK);
        let api = a.get("/api/v1/admin/security").await.json();
        let cov = |role: &str| {
            api["coverage"]
                .as_array()
                .unwrap()
                .iter()
                .find(|c| c["role"] == role)
                .map(|c| {
                    (
                        c["people"].as_i64().unwrap(),
                        c["with_two_factor"].as_i64().unwrap(),
                    )
                })
                .unwrap()
        };
        assert_eq!(cov("merchandiser"), (1, 1));
        assert_eq!(cov("buyer"), (3, 0));
        assert_eq!(api["locked"][0]["email"], w.buyer_y.email.as_str());
        assert!(api["suspicious"].as_array().unwrap().is_empty());
        // A sign-in from a new device of one of this tenant's people shows up.
        app.client().sign_in(&w.buyer_granted.email, PASSWORD).await;
        app.client().sign_in(&w.buyer_granted.email, PASSWORD).await;
        let api = a.get("/api/v1/admin/security").await.json();
        assert_eq!(api["suspicious"][0]["kind"], "new_sign_in");
        let people = a.get("/admin/people").await;
        assert!(people.body.contains("class=\"two-factor\""));
        // The other tenant's admin sees none of it; staff other than admins may not look.
        let other = world::browser(&app, &w.admin_b.email)
            .get("/api/v1/admin/security")
            .await;
        assert!(!other.body.contains(&w.buyer_y.email), "{}", other.body);
        let mut q = world::browser(&app, &w.qc_a.email);
        assert_eq!(q.get("/admin/security").await.status, StatusCode::FORBIDDEN);

        // Session lifetimes are tenant policy.
        let r = a
            .post(
                "/admin/settings",
                &[
                    ("share_link_max_days", "14"),
                    ("idle_minutes", "10"),
                    ("session_hours", "2"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let bad = a
            .post(
                "/admin/settings",
                &[
                    ("share_link_max_days", "14"),
                    ("idle_minutes", "1"),
                    ("session_hours", "2"),
                ],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        let mut b = app.client();
        b.sign_in(&w.buyer_granted.email, PASSWORD).await;
        let (created, expires): (chrono::NaiveDateTime, chrono::NaiveDateTime) = sessions::table
            .order(sessions::created_at.desc())
            .select((sessions::created_at, sessions::expires_at))
            .first(&mut *app.conn())
            .unwrap();
        assert_eq!((expires - created).num_hours(), 2);
    }
);

fn last_code(app: &TestApp, to: &str) -> String {
    let (_, body) = mails_to(app, to)
        .into_iter()
        .find(|(s, _)| s.contains("Confirm your e-mail"))
        .expect("a confirmation mail");
    let i = body.find("confirmation code: ").unwrap() + "confirmation code: ".len();
    body[i..i + 8].to_string()
}

on_both_backends!(
    contact_address_is_verified_and_changed_safely,
    |app: TestApp| async move {
        let w = World::build(&app);
        let id = w.buyer_granted.id.clone();
        diesel::update(users::table.find(&id))
            .set(users::email_verified_at.eq(None::<chrono::NaiveDateTime>))
            .execute(&mut *app.conn())
            .unwrap();
        // Unconfirmed: a notice stays in the portal, nothing is mailed.
        portico::auth::alerts::raise_for(
            &mut app.conn(),
            &id,
            "password_changed",
            &portico::auth::alerts::Detail::from_ip("1.2.3.4"),
            "1.2.3.4",
        )
        .unwrap();
        assert!(mails_to(&app, &w.buyer_granted.email).is_empty());
        let mut b = world::browser(&app, &w.buyer_granted.email);
        assert!(
            b.get("/account/email")
                .await
                .body
                .contains("id=\"email-unverified\"")
        );
        let r = b.post("/account/email/verify", &[]).await;
        assert!(r.body.contains("id=\"email-sent\""));
        let code = last_code(&app, &w.buyer_granted.email);
        let wrong = if code == "00000000" {
            "11111111"
        } else {
            "00000000"
        };
        assert_eq!(
            b.post("/account/email/confirm", &[("code", wrong)])
                .await
                .status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(
            b.post("/account/email/confirm", &[("code", &code)])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert!(
            b.get("/account/email")
                .await
                .body
                .contains("id=\"email-verified\"")
        );

        // A change needs a step-up, a code at the new address, and tells the old one.
        age_reauth(&app, 10);
        let r = b
            .post(
                "/account/email/change",
                &[("email", "new-address@xylo.test")],
            )
            .await;
        assert!(r.asks_for_check(), "{}", r.status);
        b.post(
            "/account/confirm",
            &[("password", PASSWORD), ("next", "/account/email")],
        )
        .await;
        // An address with an account gets the same answer (drill finding 13); its owner is
        // told by mail, and no code goes anywhere.
        let taken = b
            .post("/account/email/change", &[("email", &w.buyer_y.email)])
            .await;
        assert!(taken.body.contains("id=\"email-sent\""), "{}", taken.body);
        let told = mails_to(&app, &w.buyer_y.email);
        assert!(
            told.iter()
                .any(|(s, _)| s.contains("tried to use your e-mail address")),
            "{told:?}"
        );
        assert!(!told.iter().any(|(_, b)| b.contains("confirmation code")));
        let r = b
            .post(
                "/account/email/change",
                &[("email", "new-address@xylo.test")],
            )
            .await;
        assert!(r.body.contains("id=\"email-sent\""), "{}", r.body);
        let code = last_code(&app, "new-address@xylo.test");
        assert_eq!(
            b.post("/account/email/confirm", &[("code", &code)])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        let email: String = users::table
            .find(&id)
            .select(users::email)
            .first(&mut *app.conn())
            .unwrap();
        assert_eq!(email, "new-address@xylo.test");
        let old = mails_to(&app, &w.buyer_granted.email);
        assert!(
            old.iter().any(|(s, _)| s.contains("was changed")),
            "{old:?}"
        );
        assert!(notices(&app, &id).contains(&"email_changed".to_string()));
    }
);

on_both_backends!(
    an_unfinished_enrolment_does_not_pass_step_up,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut a = world::browser(&app, &w.admin_a.email);
        // Opening the 2FA page starts an enrolment whose secret the page shows to whoever holds
        // the session; a code from it must not count as proof.
        assert_eq!(a.get("/account/2fa").await.status, StatusCode::OK);
        let secret: Option<String> = portico::db::schema::sessions::table
            .filter(portico::db::schema::sessions::user_id.eq(&w.admin_a.id))
            .filter(portico::db::schema::sessions::totp_pending.is_not_null())
            .select(portico::db::schema::sessions::totp_pending)
            .first(&mut *app.conn())
            .unwrap();
        let secret = secret.expect("a pending secret of the session");
        age_reauth(&app, 10);
        let r = a
            .post(
                "/account/confirm",
                &[("code", &code_now(&secret)), ("next", "/")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = a.post("/account/phrase", &[("phrase", "sneaky")]).await;
        assert!(r.asks_for_check(), "{}", r.status);
    }
);

/// The mails that carry a code come in the reader's language: a Turkish buyer's reset code
/// arrives in Turkish, with the number of minutes and the address to type in.
#[actix_web::test]
async fn a_reset_code_reaches_a_turkish_reader_in_turkish() {
    let app = TestApp::new(common::Backend::Sqlite).await.unwrap();
    let w = World::build_without_files(&app);
    diesel::update(users::table.find(&w.buyer_y.id))
        .set(users::locale.eq(Some("tr")))
        .execute(&mut *app.conn())
        .unwrap();
    portico::account::recovery::request_reset(
        &mut app.conn(),
        &w.buyer_y.email,
        "https://portal.example",
        "203.0.113.9",
    )
    .unwrap();
    let (subject, body) = mails_to(&app, &w.buyer_y.email)
        .into_iter()
        .last()
        .expect("a reset mail");
    let i18n = portico::i18n::catalogue();
    let tr = portico::i18n::Locale::Tr;
    assert_eq!(subject, i18n.text(tr, "mail.reset.subject", &[]).unwrap());
    let advice = i18n
        .text(
            tr,
            "mail.reset.advice",
            &[("url", "https://portal.example/password/reset".into())],
        )
        .unwrap();
    assert!(body.contains(&advice), "{body}");
    assert!(
        body.contains("203.0.113.9") && !body.contains("Your code"),
        "{body}"
    );
}
