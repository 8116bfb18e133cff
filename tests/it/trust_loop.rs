//! The trust loop's last mile (issue "what a new supplier and its buyers hit first"):
//! forced two-step sign-in without a loop, and the small things people hit.

use crate::common;

use actix_web::http::StatusCode;
use common::world::{self, World};
use common::{PASSWORD, TestApp};
use diesel::prelude::*;
use portico::auth::totp;
use portico::db::schema::{sessions, tenants};

fn secret_in(body: &str) -> String {
    world::totp_secret_in(body)
}

// Item 3: the tenant starts requiring two-step sign-in for merchandisers while one has been
// signed in for more than the step-up window; they are led to enrol and finish, with the
// password asked on the enrolment page itself (no redirect loop).
on_both_backends!(
    forced_two_step_sign_in_has_no_loop,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut m = world::browser(&app, &w.merch_a.email);
        assert_eq!(m.get("/orders").await.status, StatusCode::OK);
        diesel::update(sessions::table)
            .set(sessions::reauth_at.eq(Some(portico::ids::now() - chrono::Duration::minutes(20))))
            .execute(&mut *app.conn())
            .unwrap();
        diesel::update(tenants::table.find(&w.alpha))
            .set(tenants::require_2fa_roles.eq("merchandiser"))
            .execute(&mut *app.conn())
            .unwrap();
        let r = m.get("/orders").await;
        assert!(r.status.is_redirection(), "{}", r.status);
        assert!(
            r.location().unwrap_or_default().starts_with("/account/2fa"),
            "{:?}",
            r.location()
        );
        let page = m.get("/account/2fa").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains("twofa-confirm"),
            "the password is asked here"
        );
        let r = m
            .post(
                "/account/confirm",
                &[("password", PASSWORD), ("next", "/account/2fa")],
            )
            .await;
        assert_eq!(r.location(), Some("/account/2fa"), "{}", r.body);
        let page = m.get("/account/2fa").await;
        let secret = secret_in(&page.body);
        let r = m
            .post(
                "/account/2fa/enable",
                &[(
                    "code",
                    &totp::current_code(&secret, chrono::Utc::now().timestamp() as u64),
                )],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(r.body.contains("recovery-codes"));
        assert_eq!(
            m.get("/orders").await.status,
            StatusCode::OK,
            "enrolled: free"
        );
    }
);

// Item 9: the small things.
on_both_backends!(small_things_people_hit, |app: TestApp| async move {
    let w = World::build(&app);
    // A favicon.
    let r = app.client().get("/favicon.ico").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.bytes.starts_with(b"\x89PNG"));
    // Switching the language stays on the page.
    let mut b = world::browser(&app, &w.buyer_granted.email);
    let page = b.get("/orders").await;
    let body = page.body.replace("&#x2F;", "/");
    assert!(body.contains("name=\"next\" value=\"/orders\""), "{body}");
    let r = b
        .post("/language", &[("lang", "zh-CN"), ("next", "/orders")])
        .await;
    assert_eq!(r.location(), Some("/orders"));
    // The assign-staff list offers only people not yet on the order.
    let mut a = world::browser(&app, &w.admin_a.email);
    let detail = a.get(&format!("/orders/{}", w.order1)).await.body;
    let select = detail
        .split("name=\"user_id\"")
        .nth(1)
        .map(|s| s.split("</select>").next().unwrap_or_default().to_string())
        .unwrap_or_default();
    assert!(
        !select.contains(w.merch_a.id.as_str()),
        "the assigned merchandiser is not offered again: {select}"
    );
    // The report-ready notice leads somewhere that exists.
    let path = {
        let params = serde_json::json!({ "report": "01a24d00-0000-7000-8000-000000000000" });
        portico::notifications::path_for(portico::notifications::REPORT_READY, None, &params)
    };
    assert!(path.ends_with("/pdf"), "{path}");
});

// Item 5: the operator's `portico user add` hands out an invitation code, never a password.
#[actix_web::test]
async fn the_command_line_invites() {
    let data = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", data.path().join("p.db").display());
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_portico"))
            .args(args)
            .env("PORTICO_DATABASE_URL", &db)
            .env("PORTICO_DATA_DIR", data.path())
            .env_remove("PORTICO_STORAGE_URL")
            .env_remove("PORTICO_KEY_FILE")
            .env_remove("PORTICO_SMTP_HOST")
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).to_string()
                + &String::from_utf8_lossy(&out.stderr),
        )
    };
    let (ok, out) = run(&["demo"]);
    assert!(ok, "{out}");
    let (ok, out) = run(&[
        "user",
        "add",
        "--tenant",
        "demo-textiles",
        "--email",
        "new.qc@demo.portico.test",
        "--name",
        "New QC",
        "--role",
        "qc",
    ]);
    assert!(ok, "{out}");
    assert!(!out.contains("password"), "{out}");
    let code = out
        .split("code ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .unwrap_or_default()
        .to_string();
    // Three groups of four from an unambiguous alphabet, readable over the phone.
    assert_eq!(code.len(), 14, "{out}");
    assert!(
        code.chars()
            .all(|c| c == '-' || "ABCDEFGHJKMNPQRSTVWXYZ23456789".contains(c)),
        "{code}"
    );
    let (ok, out) = run(&[
        "user",
        "add",
        "--tenant",
        "demo-textiles",
        "--email",
        "b@x.test",
        "--name",
        "B",
        "--role",
        "buyer",
    ]);
    assert!(!ok && out.contains("--customer"), "{out}");
}

fn bearer(t: &str) -> (&'static str, String) {
    ("authorization", format!("Bearer {t}"))
}

// Item 8: a new supplier's two new admins can publish their first bank details; a later
// change needs an admin of longer standing, and the refusal says when approval is possible.
on_both_backends!(
    a_new_supplier_publishes_bank_details,
    |app: TestApp| async move {
        use actix_web::test::TestRequest;
        let w = World::build_without_files(&app);
        {
            let mut c = app.conn();
            portico::demo::add_user(
                &mut c,
                "alpha",
                "admin2@alpha.test",
                "Second Admin",
                "admin",
                None,
                PASSWORD,
            )
            .unwrap();
        }
        let token = |email: &str| {
            world::issue(&app, email, portico::auth::session::SessionKind::Api).access_token
        };
        let details = serde_json::json!({
            "beneficiary": "Alpha Garments Co., Ltd.",
            "bank_name": "Bank of China",
            "swift_bic": "BKCHCNBJ92A",
            "account": "6222021234567890123",
            "currency": "USD",
        });
        let post = |t: String, uri: String, body: Option<serde_json::Value>| {
            let app = &app;
            async move {
                let mut req = TestRequest::post().uri(&uri).insert_header(bearer(&t));
                if let Some(b) = body {
                    req = req.set_json(b);
                }
                app.send(req).await
            }
        };
        let (a, b) = (token(&w.admin_a.email), token("admin2@alpha.test"));
        let r = post(
            a.clone(),
            "/api/v1/payment-instructions".into(),
            Some(details.clone()),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let id = r.json()["instruction"]["id"].as_str().unwrap().to_string();
        let r = post(
            b.clone(),
            format!("/api/v1/payment-instructions/{id}/approve"),
            None,
        )
        .await;
        assert_eq!(
            r.status,
            StatusCode::OK,
            "the first set needs two admins, not old ones: {}",
            r.body
        );
        assert_eq!(r.json()["instruction"]["status"], "cooling");
        portico::notifications::schedule::run(
            &mut app.conn(),
            &app.state.i18n,
            &app.state.config.public_url,
            portico::ids::now() + chrono::Duration::days(4),
        )
        .unwrap();
        // A change later: two new admins cannot approve it, and are told when one can.
        let mut later = details.clone();
        later["account"] = "6222021234567890999".into();
        let r = post(
            a.clone(),
            "/api/v1/payment-instructions".into(),
            Some(later),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let id2 = r.json()["instruction"]["id"].as_str().unwrap().to_string();
        let r = post(
            b.clone(),
            format!("/api/v1/payment-instructions/{id2}/approve"),
            None,
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
        let msg = r.json()["detail"].as_str().unwrap().to_string();
        assert!(
            msg.contains("less than") && msg.contains("standing"),
            "{msg}"
        );
        // With admins of standing, a fresh admin's refusal names who can approve.
        {
            use portico::db::schema::memberships;
            diesel::update(memberships::table.filter(memberships::tenant_id.eq(&w.alpha)))
                .set(
                    memberships::role_since
                        .eq(Some(portico::ids::now() - chrono::Duration::days(30))),
                )
                .execute(&mut *app.conn())
                .unwrap();
        }
        let c = token(&w.admin_a.email);
        let r = post(
            c.clone(),
            format!("/api/v1/payment-instructions/{id2}/cancel"),
            Some(serde_json::json!({})),
        )
        .await;
        assert!(r.status.is_success(), "{}", r.body);
        let r = post(
            c.clone(),
            "/api/v1/payment-instructions".into(),
            Some(details.clone()),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let id3 = r.json()["instruction"]["id"].as_str().unwrap().to_string();
        let add = |email: &str, name: &str| {
            let mut conn = app.conn();
            portico::demo::add_user(&mut conn, "alpha", email, name, "admin", None, PASSWORD)
                .unwrap();
            token(email)
        };
        let fresh = add("admin3@alpha.test", "Third Admin");
        let r = post(
            fresh.clone(),
            format!("/api/v1/payment-instructions/{id3}/approve"),
            None,
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let msg = r.json()["detail"].as_str().unwrap().to_string();
        assert!(msg.contains("Second Admin"), "names who can approve: {msg}");
        // A fresh admin's own proposal cannot be approved by anyone: one person with a second
        // admin account is still one person.
        let r = post(
            c,
            format!("/api/v1/payment-instructions/{id3}/cancel"),
            Some(serde_json::json!({})),
        )
        .await;
        assert!(r.status.is_success(), "{}", r.body);
        let r = post(
            fresh,
            "/api/v1/payment-instructions".into(),
            Some(details.clone()),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let id4 = r.json()["instruction"]["id"].as_str().unwrap().to_string();
        let r = post(
            b.clone(),
            format!("/api/v1/payment-instructions/{id4}/approve"),
            None,
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
        assert!(r.body.contains("less than"), "{}", r.body);
    }
);

// Item 9: multipart forms carry their CSRF token in the body (first part), not in the
// address, where it landed in logs and history; a form without it is refused.
on_both_backends!(
    multipart_forms_carry_the_token_in_the_body,
    |app: TestApp| async move {
        use actix_web::test::TestRequest;
        let w = World::build_without_files(&app);
        let mut m = world::browser(&app, &w.merch_a.email);
        let page = m.get(&format!("/orders/{}/files", w.order1)).await;
        assert!(
            !page.body.contains("?csrf_token="),
            "no token in a form's address"
        );
        let token = page.form_token();
        let jpeg = common::tiny_jpeg();
        let send = |with_token: bool| {
            let mut parts = Vec::new();
            if with_token {
                parts.push(common::field_part("csrf_token", &token));
            }
            parts.push(common::field_part("visibility", "customer"));
            parts.push(common::file_part("line.jpg", &jpeg));
            let (ct, body) = common::multipart(&parts);
            TestRequest::post()
                .uri(&format!("/orders/{}/files", w.order1))
                .insert_header(("content-type", ct))
                .insert_header(("cookie", m.cookie_header()))
                .set_payload(body)
        };
        let r = app.send(send(false)).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
        let r = app.send(send(true)).await;
        assert!(
            r.status.is_success() || r.status.is_redirection(),
            "{} {}",
            r.status,
            r.body
        );
        let stored: i64 = {
            use portico::db::schema::files;
            files::table
                .filter(files::order_id.eq(&w.order1))
                .count()
                .get_result(&mut *app.conn())
                .unwrap()
        };
        assert_eq!(stored, 1, "the file after the token arrived whole");
    }
);

// Item 1: an admin confirms their address by a mailed code before anything else; the
// overview warns while mail does not reach every admin, naming who; URGENT payment notices
// are on the overview.
on_both_backends!(
    mail_reaches_admins_from_day_one,
    |app: TestApp| async move {
        use portico::db::schema::users;
        let w = World::build_without_files(&app);
        diesel::update(users::table.find(&w.admin_a.id))
            .set(users::email_verified_at.eq(None::<chrono::NaiveDateTime>))
            .execute(&mut *app.conn())
            .unwrap();
        let mut a = world::browser(&app, &w.admin_a.email);
        let r = a.get("/orders").await;
        assert_eq!(r.location(), Some("/account/email"), "led to confirm first");
        let page = a.get("/account/email").await;
        assert!(
            page.body.contains("id=\"email-sent\""),
            "a code was sent at once"
        );
        let mails = portico::mail::queued_for(&mut app.conn(), &w.admin_a.email).unwrap();
        let body = &mails.first().expect("the code's mail").1;
        let code: String = body
            .split("code: ")
            .nth(1)
            .unwrap()
            .chars()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        assert_eq!(code.len(), 8, "{body}");
        // Reloading does not send another.
        a.get("/account/email").await;
        assert_eq!(
            portico::mail::queued_for(&mut app.conn(), &w.admin_a.email)
                .unwrap()
                .len(),
            1
        );
        let r = a.post("/account/email/confirm", &[("code", &code)]).await;
        assert_eq!(r.location(), Some("/dashboard"));
        assert_eq!(a.get("/orders").await.status, StatusCode::OK);

        // A second admin who has not confirmed, and no relay in this test app: the overview says
        // so in red, naming who.
        {
            let mut c = app.conn();
            portico::demo::add_user(
                &mut c,
                "alpha",
                "admin2@alpha.test",
                "Second Admin",
                "admin",
                None,
                PASSWORD,
            )
            .unwrap();
        }
        let home = a.get("/dashboard").await.body;
        assert!(home.contains("id=\"mail-warning\""), "{home}");
        assert!(home.contains("id=\"mail-no-relay\""));
        assert!(home.contains("Second Admin"), "names who");
        let sec = a.get("/admin/security").await.body;
        assert!(sec.contains("Second Admin") && sec.contains("id=\"mail-unconfirmed\""));
        // Buyers are not held up, and see no such warning.
        let mut b = world::browser(&app, &w.buyer_granted.email);
        let home = b.get("/dashboard").await.body;
        assert!(!home.contains("mail-warning"));

        // An URGENT payment mismatch is on the admin's overview.
        let t = world::issue(
            &app,
            &w.buyer_granted.email,
            portico::auth::session::SessionKind::Api,
        )
        .access_token;
        let r = app
            .send(
                actix_web::test::TestRequest::post()
                    .uri("/api/v1/payments")
                    .insert_header(("authorization", format!("Bearer {t}")))
                    .set_json(serde_json::json!({
                        "amount": "100.00",
                        "currency": "USD",
                        "order_id": w.order1,
                        "paid_on": chrono::Utc::now().date_naive().to_string(),
                        "paid_to_account": "GB82 WEST 1234 5698 7654 32",
                    })),
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let home = a.get("/dashboard").await.body;
        assert!(
            home.contains("id=\"urgent-notices\"") && home.contains("URGENT"),
            "{home}"
        );
    }
);

// Item 6: a share link shows the order's customer-visible photos and documents (never
// internal files or drafts), and every download through it is audited with the link.
on_both_backends!(
    share_links_show_photos_and_documents,
    |app: TestApp| async move {
        use actix_web::test::TestRequest;
        let w = World::build_without_files(&app);
        let merch = world::issue(
            &app,
            &w.merch_a.email,
            portico::auth::session::SessionKind::Api,
        )
        .access_token;
        let jpeg = common::tiny_jpeg();
        let pdf: &[u8] = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
        let up = |parts: Vec<common::Part<'_>>| {
            let (ct, body) = common::multipart(&parts);
            TestRequest::post()
                .uri(&format!("/api/v1/orders/{}/files", w.order1))
                .insert_header(bearer(&merch))
                .insert_header(("content-type", ct))
                .set_payload(body)
        };
        let mut ids = Vec::new();
        for parts in [
            vec![
                common::field_part("visibility", "customer"),
                common::file_part("line.jpg", &jpeg),
            ],
            vec![
                common::field_part("visibility", "customer"),
                common::field_part("kind", "certificate"),
                common::file_part("oeko-tex.pdf", pdf),
            ],
            vec![
                common::field_part("visibility", "internal"),
                common::file_part("margin.jpg", &jpeg),
            ],
            vec![
                common::field_part("visibility", "customer"),
                common::field_part("kind", "invoice"),
                common::file_part("draft-invoice.pdf", pdf),
            ],
        ] {
            let r = app.send(up(parts)).await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
            ids.push(r.json()["files"][0]["id"].as_str().unwrap().to_string());
        }
        portico::jobs::drain(&app.state, "test").await.unwrap();
        let token = world::share_link(&app, &merch, &w.order1).await;
        let page = app.client().get(&format!("/s/{token}")).await;
        assert_eq!(page.status, StatusCode::OK);
        let body = page.body.replace("&#x2F;", "/");
        assert!(
            body.contains(&format!("/s/{token}/files/{}/thumb", ids[0])),
            "the photo"
        );
        assert!(body.contains("oeko-tex.pdf"), "the document");
        assert!(
            !body.contains(&ids[2]) && !body.contains("draft-invoice"),
            "no internal file, no draft"
        );
        let doc = app
            .client()
            .get(&format!("/s/{token}/files/{}", ids[1]))
            .await;
        assert_eq!(doc.status, StatusCode::OK);
        assert_eq!(doc.bytes, pdf);
        assert_eq!(
            app.client()
                .get(&format!("/s/{token}/files/{}/thumb", ids[0]))
                .await
                .status,
            StatusCode::OK
        );
        for hidden in [&ids[2], &ids[3]] {
            assert_eq!(
                app.client()
                    .get(&format!("/s/{token}/files/{hidden}"))
                    .await
                    .status,
                StatusCode::NOT_FOUND
            );
        }
        let audited: i64 = {
            use portico::db::schema::audit_events;
            audit_events::table
                .filter(audit_events::action.eq("share.download"))
                .filter(audit_events::object_id.eq(&ids[1]))
                .count()
                .get_result(&mut *app.conn())
                .unwrap()
        };
        assert_eq!(audited, 1);
    }
);

// Items 8 and the safe-actions rule: the proposer sees "waiting for a second administrator"
// instead of an Approve button; a cancelled change says why and when.
on_both_backends!(
    proposals_say_who_waits_and_why_they_ended,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let admin2 = world::second_admin(&app);
        let mut a = world::browser(&app, &w.admin_a.email);
        a.get("/payments").await;
        let r = a
            .post(
                "/payments",
                &[
                    ("beneficiary", "Alpha Garments Co., Ltd."),
                    ("bank_name", "Bank of China"),
                    ("swift_bic", "BKCHCNBJ92A"),
                    ("account", "6222021234567890123"),
                    ("currency", "USD"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let id: String = {
            use portico::db::schema::payment_instructions as p;
            p::table.select(p::id).first(&mut *app.conn()).unwrap()
        };
        let mine = a.get("/payments").await.body;
        assert!(mine.contains(&format!("id=\"waiting-{id}\"")), "{mine}");
        assert!(!mine.contains(&format!("id=\"approve-{id}\"")));
        let mut b = world::browser(&app, &admin2);
        let theirs = b.get("/payments").await.body;
        assert!(theirs.contains(&format!("id=\"approve-{id}\"")));
        let r = b
            .post(
                &format!("/payments/{id}/cancel"),
                &[("reason", "The supplier called: wrong branch")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = a.get("/payments").await.body;
        assert!(
            page.contains(&format!("id=\"cancel-reason-{id}\"")) && page.contains("wrong branch"),
            "{page}"
        );
    }
);
