//! Anti-fraud: bank details change only with two admins and a cooling-off period, buyers are
//! told and acknowledge, payments to other accounts alert both sides at once, and documents
//! of record verify (genuine, superseded, unknown) with a signature anyone can check.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use base64::Engine;
use common::world::{self, World};
use common::{TestApp, bearer};
use diesel::prelude::*;
use portico::auth::session::SessionKind;
use portico::db::schema::{notifications, payment_instructions, users};

const IBAN_OLD: &str = "DE44 5001 0517 5407 3249 31";
const IBAN_FRAUD: &str = "GB82 WEST 1234 5698 7654 32";

pub(crate) fn token(app: &TestApp, email: &str) -> String {
    world::issue(app, email, SessionKind::Api).access_token
}

async fn api(
    app: &TestApp,
    token: Option<&str>,
    method: &str,
    uri: &str,
    body: Option<serde_json::Value>,
) -> common::Resp {
    let mut req = if method == "GET" {
        TestRequest::get()
    } else {
        TestRequest::post()
    }
    .uri(uri);
    if let Some(t) = token {
        req = req.insert_header(bearer(t));
    }
    let req = match body {
        Some(b) => req.set_json(b),
        None => req,
    };
    app.send(req).await
}

async fn raw_verify(app: &TestApp, token: Option<&str>, bytes: &[u8]) -> serde_json::Value {
    let mut req = TestRequest::post()
        .uri("/api/v1/verify")
        .insert_header(("content-type", "application/pdf"))
        .set_payload(bytes.to_vec());
    if let Some(t) = token {
        req = req.insert_header(bearer(t));
    }
    let r = app.send(req).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    r.json()
}

fn second_admin(app: &TestApp) -> String {
    world::second_admin(app)
}

fn details(account: &str) -> serde_json::Value {
    serde_json::json!({
        "beneficiary": "Alpha Garments Co., Ltd.",
        "beneficiary_address": "88 Textile Road, Ningbo",
        "bank_name": "Bank of China, Ningbo Branch",
        "bank_address": "139 Yaohang Street, Ningbo",
        "swift_bic": "BKCHCNBJ92A",
        "account": account,
        "currency": "USD",
    })
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

fn payment_notices(app: &TestApp, user: &str) -> Vec<String> {
    notifications::table
        .filter(notifications::user_id.eq(user))
        .filter(notifications::kind.eq("payment"))
        .order(notifications::id.asc())
        .select(notifications::params)
        .load(&mut *app.conn())
        .unwrap()
}

/// Proposed by admin A, approved by admin B, past the cooling-off: the details of record.
pub(crate) async fn details_of_record(app: &TestApp, a: &str, b: &str, account: &str) -> String {
    let r = api(
        app,
        Some(a),
        "POST",
        "/api/v1/payment-instructions",
        Some(details(account)),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.json()["instruction"]["id"].as_str().unwrap().to_string();
    let r = api(
        app,
        Some(b),
        "POST",
        &format!("/api/v1/payment-instructions/{id}/approve"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    schedule(app, portico::ids::now() + chrono::Duration::hours(73));
    // The schedule ran "in three days"; the details have been of record since yesterday.
    diesel::update(payment_instructions::table.find(&id))
        .set(
            payment_instructions::activated_at
                .eq(Some(portico::ids::now() - chrono::Duration::days(1))),
        )
        .execute(&mut *app.conn())
        .unwrap();
    id
}

on_both_backends!(
    a_change_needs_two_admins_and_cooling_off,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let admin2 = second_admin(&app);
        let a = token(&app, &w.admin_a.email);
        let b = token(&app, &admin2);
        let buyer = token(&app, &w.buyer_granted.email);

        // Bad details are refused with a clear message.
        for (field, bad) in [
            ("account", "DE45 5001 0517 5407 3249 31"),
            ("swift_bic", "BKCH1NBJ"),
            ("currency", "dollars"),
        ] {
            let mut d = details(IBAN_OLD);
            d[field] = bad.into();
            let r = api(
                &app,
                Some(&a),
                "POST",
                "/api/v1/payment-instructions",
                Some(d),
            )
            .await;
            assert_eq!(
                r.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{field}: {}",
                r.body
            );
            assert!(r.json()["detail"].as_str().unwrap().len() > 10);
        }
        // A buyer or a merchandiser cannot propose.
        for t in [&buyer, &token(&app, &w.merch_a.email)] {
            let r = api(
                &app,
                Some(t),
                "POST",
                "/api/v1/payment-instructions",
                Some(details(IBAN_OLD)),
            )
            .await;
            assert_eq!(r.status, StatusCode::FORBIDDEN);
        }
        let r = api(
            &app,
            Some(&a),
            "POST",
            "/api/v1/payment-instructions",
            Some(details(IBAN_OLD)),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let id = r.json()["instruction"]["id"].as_str().unwrap().to_string();
        assert_eq!(r.json()["instruction"]["account"], "DE44500105175407324931");
        // The other admin hears of the proposal at once.
        let admin2_id: String = users::table
            .filter(users::email.eq(&admin2))
            .select(users::id)
            .first(&mut *app.conn())
            .unwrap();
        assert_eq!(payment_notices(&app, &admin2_id).len(), 1);
        // Buyers do not see a mere proposal.
        let r = api(
            &app,
            Some(&buyer),
            "GET",
            "/api/v1/payment-instructions",
            None,
        )
        .await;
        assert_eq!(r.json()["items"].as_array().unwrap().len(), 0, "{}", r.body);
        // The proposer cannot approve, not even from a second session.
        let approve = format!("/api/v1/payment-instructions/{id}/approve");
        for t in [&a, &token(&app, &w.admin_a.email)] {
            let r = api(&app, Some(t), "POST", &approve, None).await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
        }
        // An admin account made today (a second account of the attacker, say) cannot approve.
        {
            let mut c = app.conn();
            portico::demo::add_user(
                &mut c,
                "alpha",
                "fresh@alpha.test",
                "Fresh Admin",
                "admin",
                None,
                common::PASSWORD,
            )
            .unwrap();
        }
        // The other admins were told at once that someone became an admin.
        let told: i64 = portico::db::schema::security_notices::table
            .filter(portico::db::schema::security_notices::user_id.eq(&w.admin_a.id))
            .filter(portico::db::schema::security_notices::kind.eq("admin_added"))
            .count()
            .get_result(&mut *app.conn())
            .unwrap();
        assert!(told >= 1);
        let fresh = token(&app, "fresh@alpha.test");
        let r = api(&app, Some(&fresh), "POST", &approve, None).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
        assert!(r.body.contains("too recently"));
        // Nor can a buyer, and another tenant's admin does not even find it.
        assert_eq!(
            api(&app, Some(&buyer), "POST", &approve, None).await.status,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            api(
                &app,
                Some(&token(&app, &w.admin_b.email)),
                "POST",
                &approve,
                None
            )
            .await
            .status,
            StatusCode::NOT_FOUND
        );
        // A second proposal waits for the first.
        let r = api(
            &app,
            Some(&b),
            "POST",
            "/api/v1/payment-instructions",
            Some(details(IBAN_FRAUD)),
        )
        .await;
        assert_eq!(r.status, StatusCode::CONFLICT);

        let r = api(&app, Some(&b), "POST", &approve, None).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert_eq!(r.json()["instruction"]["status"], "cooling");
        // Every buyer is told now, and sees the pending change.
        for p in [&w.buyer_granted, &w.buyer_nogrant, &w.buyer_y] {
            let n = payment_notices(&app, &p.id);
            assert_eq!(n.len(), 1, "{}", p.email);
            assert!(n[0].contains("cooling"));
        }
        let r = api(
            &app,
            Some(&buyer),
            "GET",
            "/api/v1/payment-instructions",
            None,
        )
        .await;
        assert_eq!(r.json()["pending"]["id"], id.as_str());
        let page = world::browser(&app, &w.buyer_granted.email)
            .get("/payments")
            .await;
        assert!(
            page.body.contains("id=\"pending-change\"")
                && page.body.contains("never change by e-mail"),
            "{}",
            page.body
        );
        // Cooling-off holds for 72 hours.
        let now = portico::ids::now();
        assert_eq!(
            schedule(&app, now + chrono::Duration::hours(71)).payment_changes,
            0
        );
        assert_eq!(
            schedule(&app, now + chrono::Duration::hours(73)).payment_changes,
            1
        );
        let status: String = payment_instructions::table
            .find(&id)
            .select(payment_instructions::status)
            .first(&mut *app.conn())
            .unwrap();
        assert_eq!(status, "active");
        // Buyers acknowledge; the admins see who has and has not.
        let r = api(
            &app,
            Some(&buyer),
            "POST",
            &format!("/api/v1/payment-instructions/{id}/acknowledge"),
            None,
        )
        .await;
        assert_eq!(r.status, StatusCode::NO_CONTENT, "{}", r.body);
        let r = api(
            &app,
            Some(&a),
            "GET",
            &format!("/api/v1/payment-instructions/{id}/acknowledgements"),
            None,
        )
        .await;
        let acks = r.json()["items"].as_array().unwrap().clone();
        assert_eq!(acks.len(), 3);
        let done: Vec<&str> = acks
            .iter()
            .filter(|x| !x["acknowledged_at"].is_null())
            .map(|x| x["email"].as_str().unwrap())
            .collect();
        assert_eq!(done, vec![w.buyer_granted.email.as_str()]);
        assert_eq!(
            api(
                &app,
                Some(&buyer),
                "GET",
                &format!("/api/v1/payment-instructions/{id}/acknowledgements"),
                None
            )
            .await
            .status,
            StatusCode::FORBIDDEN
        );

        // A new change, approved, then cancelled in its cooling-off: the old details stay.
        let r = api(
            &app,
            Some(&b),
            "POST",
            "/api/v1/payment-instructions",
            Some(details(IBAN_FRAUD)),
        )
        .await;
        let id2 = r.json()["instruction"]["id"].as_str().unwrap().to_string();
        assert_eq!(
            api(
                &app,
                Some(&a),
                "POST",
                &format!("/api/v1/payment-instructions/{id2}/approve"),
                None
            )
            .await
            .status,
            StatusCode::OK
        );
        let r = api(
            &app,
            Some(&a),
            "POST",
            &format!("/api/v1/payment-instructions/{id2}/cancel"),
            Some(serde_json::json!({ "reason": "Not ours" })),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert_eq!(r.json()["instruction"]["status"], "cancelled");
        assert_eq!(
            schedule(&app, now + chrono::Duration::hours(500)).payment_changes,
            0
        );
        let n = payment_notices(&app, &w.buyer_y.id);
        assert!(n.last().unwrap().contains("cancelled"), "{n:?}");
        let of_record = portico::payments::of_record(
            &mut app.conn(),
            &w.alpha,
            None,
            now + chrono::Duration::hours(500),
        )
        .unwrap()
        .unwrap();
        assert_eq!(of_record.id, id);
        // The audit log has every step.
        let actions: Vec<String> = portico::db::schema::audit_events::table
            .filter(portico::db::schema::audit_events::action.like("payment.%"))
            .select(portico::db::schema::audit_events::action)
            .load(&mut *app.conn())
            .unwrap();
        for want in [
            "payment.propose",
            "payment.approve",
            "payment.activate",
            "payment.acknowledge",
            "payment.cancel",
        ] {
            assert!(actions.iter().any(|x| x == want), "{want} in {actions:?}");
        }
    }
);

on_both_backends!(
    a_payment_to_another_account_alerts_both_sides,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let admin2 = second_admin(&app);
        let (a, b) = (token(&app, &w.admin_a.email), token(&app, &admin2));
        details_of_record(&app, &a, &b, IBAN_OLD).await;
        let buyer = token(&app, &w.buyer_granted.email);
        let today = portico::ids::now().date().to_string();
        let pay = |account: &str| serde_json::json!({ "amount": "52,000", "currency": "USD", "paid_on": today, "paid_to_account": account, "order_id": w.order1 });
        let r = api(
            &app,
            Some(&buyer),
            "POST",
            "/api/v1/payments",
            Some(pay("de44500105175407324931")),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        assert_eq!(r.json()["payment"]["mismatch"], false);
        assert!(
            payment_notices(&app, &w.admin_a.id)
                .iter()
                .all(|p| !p.contains("mismatch"))
        );
        // Paid to the account in a forged e-mailed invoice: both sides hear of it at once.
        let r = api(
            &app,
            Some(&buyer),
            "POST",
            "/api/v1/payments",
            Some(pay(IBAN_FRAUD)),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        assert_eq!(r.json()["payment"]["mismatch"], true);
        // A buyer of the customer who does not see this order hears nothing of it.
        assert!(
            payment_notices(&app, &w.buyer_nogrant.id)
                .iter()
                .all(|x| !x.contains("mismatch"))
        );
        for p in [&w.admin_a, &w.buyer_granted, &w.merch_a] {
            assert!(
                payment_notices(&app, &p.id)
                    .iter()
                    .any(|x| x.contains("mismatch")),
                "{}",
                p.email
            );
        }
        assert!(
            payment_notices(&app, &w.buyer_y.id)
                .iter()
                .all(|x| !x.contains("mismatch")),
            "another customer hears nothing"
        );
        portico::notifications::mail::mail_now(
            &mut app.conn(),
            &app.state.i18n,
            &app.state.config.public_url,
        )
        .unwrap();
        let mail = portico::mail::queued_for(&mut app.conn(), &w.admin_a.email).unwrap();
        assert!(mail.iter().any(|(_, body)| body.contains("URGENT") && body.contains("GB82WEST12345698765432")), "{mail:?}");
        // The fraud signals show it; not to a buyer, not to another tenant.
        let r = api(&app, Some(&a), "GET", "/api/v1/admin/fraud-signals", None).await;
        assert_eq!(
            r.json()["mismatched"].as_array().unwrap().len(),
            1,
            "{}",
            r.body
        );
        assert_eq!(
            api(
                &app,
                Some(&buyer),
                "GET",
                "/api/v1/admin/fraud-signals",
                None
            )
            .await
            .status,
            StatusCode::FORBIDDEN
        );
        let r = api(
            &app,
            Some(&token(&app, &w.admin_b.email)),
            "GET",
            "/api/v1/admin/fraud-signals",
            None,
        )
        .await;
        assert_eq!(r.json()["mismatched"].as_array().unwrap().len(), 0);
        // Another customer's buyer does not see the records; a bad amount is refused.
        let r = api(
            &app,
            Some(&token(&app, &w.buyer_y.email)),
            "GET",
            "/api/v1/payments",
            None,
        )
        .await;
        assert_eq!(r.json()["items"].as_array().unwrap().len(), 0);
        let mut bad = pay(IBAN_OLD);
        bad["amount"] = "-5".into();
        assert_eq!(
            api(&app, Some(&buyer), "POST", "/api/v1/payments", Some(bad))
                .await
                .status,
            StatusCode::UNPROCESSABLE_ENTITY
        );
        // A buyer cannot record against another customer's order.
        let mut other = pay(IBAN_OLD);
        other["order_id"] = w.order2.clone().into();
        assert_eq!(
            api(&app, Some(&buyer), "POST", "/api/v1/payments", Some(other))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    }
);

/// Admin `a` proposes the draft, admin `b` approves it (both after a step-up).
async fn issue_by_two_admins(app: &TestApp, a: &str, b: &str, file_id: &str) {
    let r = api(
        app,
        Some(&token(app, a)),
        "POST",
        &format!("/api/v1/files/{file_id}/issue"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["state"], "proposed");
    let r = api(
        app,
        Some(&token(app, b)),
        "POST",
        &format!("/api/v1/files/{file_id}/issue/approve"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.json()["state"], "issued");
}

fn invoice(n: u8) -> Vec<u8> {
    format!("%PDF-1.7\n1 0 obj<< /Type /Catalog >>endobj\n% commercial invoice {n}: USD 52,000 to DE44500105175407324931\ntrailer<<>>\n%%EOF\n").into_bytes()
}

on_both_backends!(documents_of_record_verify, |app: TestApp| async move {
    let w = World::build_without_files(&app);
    let mut merch = world::browser(&app, &w.merch_a.email);
    let v1 = invoice(1);
    let parts = vec![
        common::file_part("invoice-0415.pdf", &v1),
        common::field_part("kind", "invoice"),
        common::field_part("visibility", "customer"),
    ];
    let r = merch
        .upload(&format!("/orders/{}/files", w.order1), &parts)
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let file_id =
        portico::ids::FileId::parse(r.json()["files"][0]["id"].as_str().unwrap()).unwrap();
    // A staff upload is a draft: not a document of record until two admins issue it.
    assert!(
        portico::documents::of_file(&mut app.conn(), &w.alpha, &file_id)
            .unwrap()
            .is_none()
    );
    assert_eq!(raw_verify(&app, None, &v1).await["outcome"], "unknown");
    let admin2 = second_admin(&app);
    issue_by_two_admins(&app, &w.admin_a.email, &admin2, &file_id).await;
    let record = portico::documents::of_file(&mut app.conn(), &w.alpha, &file_id)
        .unwrap()
        .expect("a document of record");
    assert_eq!(record.issued_by.as_deref(), Some(w.admin_a.id.as_str()));

    // Anyone can check the PDF: genuine, with the signature valid under the shown key.
    let j = raw_verify(&app, None, &v1).await;
    assert_eq!(j["outcome"], "genuine", "{j}");
    assert_eq!(j["document"]["order_reference"], world::ORDER1_REF);
    assert_eq!(j["document"]["supplier"], world::ALPHA_NAME);
    assert_eq!(j["document"]["signature_valid"], true);
    let r = api(
        &app,
        Some(&token(&app, &w.buyer_granted.email)),
        "GET",
        "/api/v1/signing-key",
        None,
    )
    .await;
    let shown = r.json()["public_key"].as_str().unwrap().to_string();
    assert_eq!(shown, j["document"]["public_key"].as_str().unwrap());
    let engine = base64::engine::general_purpose::STANDARD;
    let key = ed25519_dalek::VerifyingKey::from_bytes(
        &engine.decode(&shown).unwrap().try_into().unwrap(),
    )
    .unwrap();
    let sig = ed25519_dalek::Signature::from_bytes(
        &engine
            .decode(j["document"]["signature"].as_str().unwrap())
            .unwrap()
            .try_into()
            .unwrap(),
    );
    let msg = portico::documents::signed_message(
        &record.sha256,
        &record.document_id,
        record.version,
        &record.kind,
        record.issued_at,
    );
    assert!(
        key.verify_strict(msg.as_bytes(), &sig).is_ok(),
        "the signature verifies with the shown public key"
    );
    let forged = portico::documents::signed_message(
        &record.sha256,
        &record.document_id,
        record.version,
        "contract",
        record.issued_at,
    );
    assert!(key.verify_strict(forged.as_bytes(), &sig).is_err());

    // One changed byte: unknown.
    let mut tampered = v1.clone();
    let at = tampered.len() - 20;
    tampered[at] ^= 1;
    assert_eq!(
        raw_verify(&app, None, &tampered).await["outcome"],
        "unknown"
    );
    // By code, in any case and spacing; a wrong code is unknown.
    let j = api(
        &app,
        None,
        "POST",
        "/api/v1/verify",
        Some(serde_json::json!({ "code": record.code.to_lowercase().replace('-', " ") })),
    )
    .await
    .json();
    // A code alone proves no file: "issued", with the hash to compare (drill finding 19),
    // and no staff name for a stranger.
    assert_eq!(j["outcome"], "issued", "{j}");
    assert_eq!(j["document"]["sha256"], record.sha256.as_str());
    assert_eq!(j["document"]["issued_by"], "");
    let j = api(
        &app,
        None,
        "POST",
        "/api/v1/verify",
        Some(serde_json::json!({ "code": "00000-00000" })),
    )
    .await
    .json();
    assert_eq!(j["outcome"], "unknown");
    // A new version: the old PDF answers superseded, the new one genuine.
    let v2 = invoice(2);
    let r = merch
        .upload(
            &format!("/files/{file_id}/versions"),
            &[common::file_part("invoice-0415-v2.pdf", &v2)],
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    // The new version is a draft: the issued one stays genuine until it is issued.
    assert_eq!(raw_verify(&app, None, &v1).await["outcome"], "genuine");
    assert_eq!(raw_verify(&app, None, &v2).await["outcome"], "unknown");
    let v2_id = r.json()["files"][0]["id"].as_str().unwrap().to_string();
    issue_by_two_admins(&app, &w.admin_a.email, &admin2, &v2_id).await;
    let j = raw_verify(&app, None, &v1).await;
    assert_eq!(j["outcome"], "superseded", "{j}");
    assert!(!j["newer_issued_at"].is_null());
    assert_eq!(raw_verify(&app, None, &v2).await["outcome"], "genuine");
    // Internal documents are not documents of record.
    let v3 = invoice(3);
    let parts = vec![
        common::file_part("internal.pdf", &v3),
        common::field_part("kind", "invoice"),
        common::field_part("visibility", "internal"),
    ];
    merch
        .upload(&format!("/orders/{}/files", w.order1), &parts)
        .await;
    assert_eq!(
        raw_verify(&app, None, &invoice(3)).await["outcome"],
        "unknown"
    );
    // A signed-in buyer's failed check shows in the admins' fraud signals.
    let buyer = token(&app, &w.buyer_granted.email);
    assert_eq!(
        raw_verify(&app, Some(&buyer), &tampered).await["outcome"],
        "unknown"
    );
    let r = api(
        &app,
        Some(&token(&app, &w.admin_a.email)),
        "GET",
        "/api/v1/admin/fraud-signals",
        None,
    )
    .await;
    assert!(
        !r.json()["failed_verifications"]
            .as_array()
            .unwrap()
            .is_empty(),
        "{}",
        r.body
    );
    // The public page works without an account, and is limited per address.
    let mut anon = app.client();
    let page = anon.get("/verify").await;
    assert_eq!(page.status, StatusCode::OK);
    let mut limited = false;
    for _ in 0..portico::documents::verify::PUBLIC_PER_HOUR {
        let r = api(
            &app,
            None,
            "POST",
            "/api/v1/verify",
            Some(serde_json::json!({ "code": "11111-11111" })),
        )
        .await;
        if r.status == StatusCode::TOO_MANY_REQUESTS {
            limited = true;
            assert!(r.json()["detail"].as_str().unwrap().contains("Too many"));
            break;
        }
    }
    assert!(limited, "public checks are rate-limited");
});

on_both_backends!(
    the_payment_sheet_is_a_document_of_record,
    |app: TestApp| async move {
        if portico::reports::pdf::fonts().is_err() {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("CI=true but PDF fonts are missing");
            }
            eprintln!("skipped: no fonts for PDFs");
            return;
        }
        let w = World::build_without_files(&app);
        let admin2 = second_admin(&app);
        let (a, b) = (token(&app, &w.admin_a.email), token(&app, &admin2));
        let id = details_of_record(&app, &a, &b, IBAN_OLD).await;
        let buyer = token(&app, &w.buyer_granted.email);
        let r = api(
            &app,
            Some(&buyer),
            "GET",
            &format!("/api/v1/payment-instructions/{id}/pdf"),
            None,
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let pdf = r.bytes.clone();
        assert!(pdf.starts_with(b"%PDF-"));
        // The same sheet is served again (made once).
        let again = api(
            &app,
            Some(&buyer),
            "GET",
            &format!("/api/v1/payment-instructions/{id}/pdf"),
            None,
        )
        .await;
        assert_eq!(again.bytes, pdf);
        assert_eq!(raw_verify(&app, None, &pdf).await["outcome"], "genuine");
        // A Spanish reader gets the sheet in Spanish: a document of record of its own (its
        // code, its sha256), with the same details, made once too.
        diesel::update(portico::db::schema::users::table.find(&w.buyer_granted.id))
            .set(portico::db::schema::users::locale.eq(Some("es")))
            .execute(&mut *app.conn())
            .unwrap();
        let es = api(
            &app,
            Some(&buyer),
            "GET",
            &format!("/api/v1/payment-instructions/{id}/pdf"),
            None,
        )
        .await
        .bytes
        .clone();
        assert!(es.starts_with(b"%PDF-") && es != pdf);
        assert!(es.windows(9).any(|x| x == b"/Lang(es)"));
        let again = api(
            &app,
            Some(&buyer),
            "GET",
            &format!("/api/v1/payment-instructions/{id}/pdf"),
            None,
        )
        .await;
        assert_eq!(again.bytes, es);
        let v = raw_verify(&app, None, &es).await;
        assert_eq!(v["outcome"], "genuine", "{v}");
        if let Ok(o) = std::process::Command::new("pdftotext")
            .args(["-enc", "UTF-8", "-", "-"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child.stdin.take().unwrap().write_all(&es)?;
                child.wait_with_output()
            })
        {
            let text = String::from_utf8_lossy(&o.stdout);
            assert!(
                text.contains("Instrucciones de pago") && !text.contains("Payment instructions"),
                "{text}"
            );
        }
        // New details of record make the old sheet superseded.
        let r = api(
            &app,
            Some(&b),
            "POST",
            "/api/v1/payment-instructions",
            Some(details("6222 0210 0104 5678 901")),
        )
        .await;
        let id2 = r.json()["instruction"]["id"].as_str().unwrap().to_string();
        api(
            &app,
            Some(&a),
            "POST",
            &format!("/api/v1/payment-instructions/{id2}/approve"),
            None,
        )
        .await;
        schedule(&app, portico::ids::now() + chrono::Duration::hours(200));
        assert_eq!(raw_verify(&app, None, &pdf).await["outcome"], "superseded");
        assert_eq!(raw_verify(&app, None, &es).await["outcome"], "superseded");
        // Another tenant's admin cannot fetch it.
        let r = api(
            &app,
            Some(&token(&app, &w.admin_b.email)),
            "GET",
            &format!("/api/v1/payment-instructions/{id}/pdf"),
            None,
        )
        .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
    }
);

// The issue's drill: an attacker holding one admin's session tries to switch the bank
// account before a shipment payment.
on_both_backends!(
    drill_attacker_with_one_admin_session,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let admin2 = second_admin(&app);
        let (a, b) = (token(&app, &w.admin_a.email), token(&app, &admin2));
        let legit = details_of_record(&app, &a, &b, IBAN_OLD).await;
        // The attacker, with admin A's session (and a second one), proposes their account and
        // tries to approve it.
        let r = api(
            &app,
            Some(&a),
            "POST",
            "/api/v1/payment-instructions",
            Some(details(IBAN_FRAUD)),
        )
        .await;
        assert_eq!(r.status, StatusCode::CREATED);
        let evil = r.json()["instruction"]["id"].as_str().unwrap().to_string();
        for t in [&a, &token(&app, &w.admin_a.email)] {
            let r = api(
                &app,
                Some(t),
                "POST",
                &format!("/api/v1/payment-instructions/{evil}/approve"),
                None,
            )
            .await;
            assert_eq!(r.status, StatusCode::FORBIDDEN);
        }
        // It waits for a second admin, forever: nothing changes however long the wait.
        schedule(&app, portico::ids::now() + chrono::Duration::days(30));
        let now = portico::ids::now();
        assert_eq!(
            portico::payments::of_record(&mut app.conn(), &w.alpha, Some(&w.org_x), now)
                .unwrap()
                .unwrap()
                .id,
            legit
        );
        // The second admin was told at once; buyers hear of a change only once two admins
        // approved it (a proposal may never happen).
        let admin2_id: String = users::table
            .filter(users::email.eq(&admin2))
            .select(users::id)
            .first(&mut *app.conn())
            .unwrap();
        assert!(
            payment_notices(&app, &admin2_id)
                .iter()
                .any(|p| p.contains("proposed"))
        );
        for p in [&w.buyer_granted, &w.buyer_nogrant, &w.buyer_y] {
            let page = world::browser(&app, &p.email).get("/dashboard").await;
            assert!(
                !page.body.contains("id=\"payment-pending-banner\""),
                "{}",
                p.email
            );
            let page = world::browser(&app, &p.email).get("/payments").await;
            assert!(!page.body.contains("id=\"pending-change\""), "{}", p.email);
            assert!(page.body.contains("never change by e-mail"));
        }
        let page = world::browser(&app, &w.admin_a.email)
            .get("/payments")
            .await;
        assert!(
            page.body.contains("id=\"pending-change\""),
            "admins see it waiting"
        );
        // The buyer got an e-mailed "invoice" with the attacker's account: the verification page
        // says it is unknown...
        let forged =
            format!("%PDF-1.7\n% INVOICE PO-ALPHA-X-0001: pay USD 52,000 to {IBAN_FRAUD}\n%%EOF\n")
                .into_bytes();
        let buyer = token(&app, &w.buyer_granted.email);
        let j = raw_verify(&app, Some(&buyer), &forged).await;
        assert_eq!(j["outcome"], "unknown");
        // ...and had they paid anyway, recording it alerts both sides at once.
        let r = api(
            &app,
            Some(&buyer),
            "POST",
            "/api/v1/payments",
            Some(serde_json::json!({
                "amount": "52000", "currency": "USD", "paid_on": now.date().to_string(),
                "paid_to_account": IBAN_FRAUD, "order_id": w.order1,
            })),
        )
        .await;
        assert_eq!(r.json()["payment"]["mismatch"], true);
        let mailed = portico::notifications::mail::mail_now(
            &mut app.conn(),
            &app.state.i18n,
            &app.state.config.public_url,
        )
        .unwrap();
        assert!(
            mailed >= 3,
            "the buyers, both admins and the merchandiser are mailed at once: {mailed}"
        );
        for to in [&w.admin_a.email, &admin2, &w.buyer_granted.email] {
            let mails = portico::mail::queued_for(&mut app.conn(), to).unwrap();
            assert!(
                mails.iter().any(|(_, b)| b.contains("URGENT")),
                "{to}: {mails:?}"
            );
        }
        // Either admin stops the attacker's change.
        let r = api(
            &app,
            Some(&b),
            "POST",
            &format!("/api/v1/payment-instructions/{evil}/cancel"),
            Some(serde_json::json!({ "reason": "not ours: account takeover" })),
        )
        .await;
        assert_eq!(r.json()["instruction"]["status"], "cancelled");
        let r = api(&app, Some(&a), "GET", "/api/v1/admin/fraud-signals", None).await;
        let s = r.json();
        assert_eq!(s["mismatched"].as_array().unwrap().len(), 1);
        assert!(!s["failed_verifications"].as_array().unwrap().is_empty());
    }
);

#[actix_web::test]
async fn behind_a_trusted_proxy_the_forwarded_client_is_rate_limited() {
    use actix_web::dev::Service;
    let app = TestApp::new(common::Backend::Sqlite).await.unwrap();
    let check = |peer: &str, xff: &str| {
        TestRequest::post()
            .uri("/api/v1/verify")
            .peer_addr(peer.parse().unwrap())
            .insert_header(("x-forwarded-for", xff.to_string()))
            .set_json(serde_json::json!({ "code": "22222-22222" }))
            .to_request()
    };
    let ips = || -> Vec<String> {
        portico::db::schema::verification_attempts::table
            .select(portico::db::schema::verification_attempts::ip)
            .order(portico::db::schema::verification_attempts::id.asc())
            .load(&mut *app.conn())
            .unwrap()
    };
    // A node that trusts nobody ignores the header (anyone could write it).
    let svc = actix_web::test::init_service(portico::build_app(app.state.clone())).await;
    let r = svc
        .call(check("10.0.0.5:4000", "203.0.113.9"))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(ips(), vec!["10.0.0.5".to_string()]);
    // A node behind the load balancer 10.0.0.0/8 counts the real client.
    let mut config = app.state.config.clone();
    config.trusted_proxies = portico::config::proxy::Net::parse_list("10.0.0.0/8").unwrap();
    let node = actix_web::web::Data::new(portico::init_state(config).unwrap());
    let svc = actix_web::test::init_service(portico::build_app(node)).await;
    let r = svc
        .call(check(
            "10.0.0.5:4000",
            "198.51.100.1, 203.0.113.9, 10.0.0.7",
        ))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(ips().last().unwrap(), "203.0.113.9");
    // Each client has its own limit: one at its limit does not block another.
    for _ in 0..portico::documents::verify::PUBLIC_PER_HOUR {
        svc.call(check("10.0.0.5:4000", "203.0.113.9"))
            .await
            .unwrap();
    }
    let r = svc
        .call(check("10.0.0.5:4000", "203.0.113.9"))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let r = svc
        .call(check("10.0.0.6:4000", "203.0.113.77"))
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}

// The field-fixes issue: the account of record written another way is no alarm; another
// account is, worded for staff and for buyers, naming what differed.
on_both_backends!(
    no_false_alarm_for_the_right_account,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let admin2 = second_admin(&app);
        let (a, b) = (token(&app, &w.admin_a.email), token(&app, &admin2));
        details_of_record(&app, &a, &b, "GB29 NWBK 6016 1331 9268 19").await;
        let buyer = token(&app, &w.buyer_granted.email);
        let pay = |account: &str, bic: &str| {
            serde_json::json!({
                "amount": "5200.00",
                "currency": "USD",
                "order_id": w.order1,
                "paid_on": chrono::Utc::now().date_naive().to_string(),
                "paid_to_account": account,
                "paid_to_bic": bic,
            })
        };
        for (account, bic) in [
            ("60-16-13 31926819", "BKCHCNBJ"),
            ("gb29nwbk60161331926819", "BKCHCNBJXXX"),
            ("GB29 NWBK 6016 1331 9268 19", ""),
        ] {
            let r = api(
                &app,
                Some(&buyer),
                "POST",
                "/api/v1/payments",
                Some(pay(account, bic)),
            )
            .await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
            assert_eq!(
                r.json()["payment"]["mismatch"],
                false,
                "{account} {bic}: {}",
                r.body
            );
        }
        assert!(
            payment_notices(&app, &w.buyer_granted.id)
                .iter()
                .all(|p| !p.contains("mismatch"))
        );
        // A different account: alarms, each in its own words.
        let r = api(
            &app,
            Some(&buyer),
            "POST",
            "/api/v1/payments",
            Some(pay(IBAN_FRAUD, "")),
        )
        .await;
        assert_eq!(r.json()["payment"]["mismatch"], true, "{}", r.body);
        let staff = payment_notices(&app, &w.admin_a.id).join("\n");
        let buyers = payment_notices(&app, &w.buyer_granted.id).join("\n");
        assert!(
            staff.contains("mismatch_staff") && staff.contains("\"differs\":\"account\""),
            "{staff}"
        );
        assert!(
            buyers.contains("\"event\":\"mismatch\"") && !buyers.contains("mismatch_staff"),
            "{buyers}"
        );
        let mut page = world::browser(&app, &w.admin_a.email);
        let n = page.get("/notifications").await.body;
        assert!(
            n.contains("Call the buyer") && n.contains("a different account"),
            "{n}"
        );
        let mut bp = world::browser(&app, &w.buyer_granted.email);
        let n = bp.get("/notifications").await.body;
        assert!(
            n.contains("Call your bank") && !n.contains("Call the buyer"),
            "{n}"
        );
    }
);
