//! Times in the reader's zone beyond the pages: a supplier in Shanghai with one buyer who
//! chose New York for himself and one who did not. Each mail (news at once, the daily
//! summary, a security notice, an invitation) gives its times in its reader's zone, with the
//! offset naming it; a report prints its buyers' zone by name; the payment sheet, one PDF for
//! every reader of a language, prints the company's. Expected times are computed from the
//! stored moments with the pages' own formatter, so no clock needs moving.

use crate::common;

use actix_web::http::StatusCode;
use chrono::NaiveDateTime;
use chrono_tz::{America::New_York, Asia::Shanghai, Tz};
use common::world::{self, World};
use common::{TestApp, api};
use diesel::prelude::*;
use portico::auth::session::SessionKind;
use portico::db::schema::{invitations, notifications, outbox, payment_instructions, tenants};
use portico::i18n::{Locale, format};

fn token(app: &TestApp, email: &str) -> String {
    world::issue(app, email, SessionKind::Api).access_token
}

fn actor(app: &TestApp, email: &str) -> portico::policy::Actor {
    let t = token(app, email);
    let claims = portico::auth::jwt::decode(&app.state.keys.jwt, &t).unwrap();
    portico::auth::session::authenticate(&mut app.conn(), &claims, "127.0.0.1").unwrap()
}

/// Alpha works in Shanghai; `buyer_granted` reads New York time, by his own choice made as
/// the account page makes it; `buyer_y` keeps the company's.
fn shanghai_with_a_new_yorker(app: &TestApp, w: &World) {
    diesel::update(tenants::table.find(&w.alpha))
        .set(tenants::timezone.eq("Asia/Shanghai"))
        .execute(&mut *app.conn())
        .unwrap();
    let buyer = actor(app, &w.buyer_granted.email);
    portico::account::set_time_zone(&mut app.conn(), &buyer, "America/New_York").unwrap();
}

fn en(t: NaiveDateTime, tz: Tz) -> String {
    format::date_time(Locale::En, t, tz)
}

/// The newest mail to `to` whose body contains `needle`, with when it was queued.
fn mail_with(app: &TestApp, to: &str, needle: &str) -> (String, NaiveDateTime) {
    let all: Vec<(String, NaiveDateTime)> = outbox::table
        .filter(outbox::to_email.eq(to))
        .order(outbox::id.desc())
        .select((outbox::body_text, outbox::created_at))
        .load(&mut *app.conn())
        .unwrap();
    all.iter()
        .find(|(b, _)| b.contains(needle))
        .cloned()
        .unwrap_or_else(|| panic!("no mail to {to} with {needle:?}: {all:#?}"))
}

/// Proposed by one admin, approved by another: the buyers hear when the new details take
/// effect. Returns the instruction's id and that moment.
async fn approved_change(app: &TestApp, w: &World) -> (String, NaiveDateTime) {
    let (a, b) = (
        token(app, &w.admin_a.email),
        token(app, &world::second_admin(app)),
    );
    let r = api(
        app,
        &a,
        "/api/v1/payment-instructions",
        Some(serde_json::json!({
            "beneficiary": "Alpha Garments Co., Ltd.",
            "beneficiary_address": "88 Textile Road, Ningbo",
            "bank_name": "Bank of China, Ningbo Branch",
            "bank_address": "139 Yaohang Street, Ningbo",
            "swift_bic": "BKCHCNBJ92A",
            "account": "DE44 5001 0517 5407 3249 31",
            "currency": "USD",
        })),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let id = r.json()["instruction"]["id"].as_str().unwrap().to_string();
    let r = api(
        app,
        &b,
        &format!("/api/v1/payment-instructions/{id}/approve"),
        Some(serde_json::json!({})),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let effective: Option<NaiveDateTime> = payment_instructions::table
        .find(&id)
        .select(payment_instructions::effective_at)
        .first(&mut *app.conn())
        .unwrap();
    (id, effective.unwrap())
}

on_both_backends!(mails_in_each_readers_zone, |app: TestApp| async move {
    let w = World::build_without_files(&app);
    shanghai_with_a_new_yorker(&app, &w);
    let readers = [(&w.buyer_granted, New_York), (&w.buyer_y, Shanghai)];
    let other = |tz: Tz| if tz == New_York { Shanghai } else { New_York };

    // One change of bank details, one notice per buyer, each mail in its reader's zone.
    let (_, effective) = approved_change(&app, &w).await;
    let i18n = &app.state.i18n;
    let url = app.state.config.public_url.clone();
    portico::notifications::mail::mail_now(&mut app.conn(), i18n, &url).unwrap();
    for (p, tz) in readers {
        let (body, queued) = mail_with(&app, &p.email, "take effect on");
        assert!(
            body.contains(&en(effective, tz)) && !body.contains(&en(effective, other(tz))),
            "{} reads {}: {body}",
            p.email,
            tz.name()
        );
        assert!(
            body.contains(&format!("written on {}", en(queued, tz))),
            "{body}"
        );
    }

    // The daily summary: each line's time in its reader's zone, not "UTC".
    for (p, _) in readers {
        portico::notifications::send(
            &mut app.conn(),
            std::slice::from_ref(&p.id),
            &portico::notifications::Notice {
                tenant_id: Some(&w.alpha),
                order_id: None,
                kind: portico::notifications::UPDATE,
                params: serde_json::json!({ "ref": "PO-7", "title": "Jackets" }),
            },
        )
        .unwrap();
    }
    portico::notifications::mail::digest(&mut app.conn(), i18n, &url, &w.alpha).unwrap();
    for (p, tz) in readers {
        let at: NaiveDateTime = notifications::table
            .filter(notifications::user_id.eq(&p.id))
            .filter(notifications::kind.eq(portico::notifications::UPDATE))
            .select(notifications::created_at)
            .first(&mut *app.conn())
            .unwrap();
        let (body, _) = mail_with(&app, &p.email, "since the last summary");
        assert!(
            body.contains(&format!("“Jackets”) · {}", en(at, tz))),
            "{body}"
        );
        assert!(!body.contains(" UTC)"), "{body}");
    }

    // A security notice names no company: the person's own zone, else their company's.
    for (p, tz) in readers {
        portico::auth::alerts::raise_for(
            &mut app.conn(),
            &p.id,
            portico::auth::alerts::PASSWORD_CHANGED,
            &portico::auth::alerts::Detail::from_ip("198.51.100.4"),
            "198.51.100.4",
        )
        .unwrap();
        let (body, queued) = mail_with(&app, &p.email, "Password changed");
        assert!(
            body.contains(&format!("written on {}", en(queued, tz))),
            "{body}"
        );
    }

    // An invitation: until when the code works, in the company's zone (the invitee has no
    // zone of their own yet).
    let admin = actor(&app, &w.admin_a.email);
    portico::invitations::invite(
        &mut app.conn(),
        &admin,
        &portico::people::NewPerson {
            email: "newcomer@example.com".into(),
            display_name: "Newcomer".into(),
            role: "buyer".into(),
            customer_org_id: w.org_y.to_string(),
            access: "all".into(),
            language: "en".into(),
            ..Default::default()
        },
        &url,
    )
    .unwrap();
    let expires: NaiveDateTime = invitations::table
        .filter(invitations::email.eq("newcomer@example.com"))
        .select(invitations::expires_at)
        .first(&mut *app.conn())
        .unwrap();
    let (body, _) = mail_with(&app, "newcomer@example.com", "works once");
    assert!(
        body.contains(&format!("until {}.", en(expires, Shanghai))),
        "{body}"
    );
});

/// A PDF's words, one space apart (poppler's pdftotext; required under CI).
fn pdf_text_or_skip(pdf: &[u8]) -> Option<String> {
    common::pdf_text(pdf).map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn fonts_or_skip() -> bool {
    match portico::reports::pdf::fonts() {
        Ok(f) if f.cjk => true,
        other => {
            let why = other.err().unwrap_or_else(|| "no CJK font".into());
            assert!(
                !std::env::var("CI").is_ok_and(|v| v == "true"),
                "CI=true but PDF fonts are missing: {why}"
            );
            eprintln!("skipped: {why}");
            false
        }
    }
}

on_both_backends!(pdfs_name_their_zone, |app: TestApp| async move {
    if !fonts_or_skip() {
        return;
    }
    let w = World::build_without_files(&app);
    shanghai_with_a_new_yorker(&app, &w);
    let admin = token(&app, &w.admin_a.email);
    // order1's one buyer reads New York time, order2's the company's.
    let mut made = Vec::new();
    for (order, reader, tz) in [
        (&w.order1, &w.buyer_granted, New_York),
        (&w.order2, &w.buyer_y, Shanghai),
    ] {
        let r = api(
            &app,
            &admin,
            "/api/v1/reports",
            Some(serde_json::json!({ "order_id": order, "language": "en" })),
        )
        .await;
        assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.body);
        made.push((
            r.json()["report"]["id"].as_str().unwrap().to_string(),
            reader,
            tz,
        ));
    }
    assert_eq!(portico::jobs::drain(&app.state, "test").await.unwrap(), 2);
    for (id, reader, tz) in made {
        let created: NaiveDateTime = portico::db::schema::reports::table
            .find(&id)
            .select(portico::db::schema::reports::created_at)
            .first(&mut *app.conn())
            .unwrap();
        let t = token(&app, &reader.email);
        let r = api(&app, &t, &format!("/api/v1/reports/{id}/pdf"), None).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let Some(text) = pdf_text_or_skip(&r.bytes) else {
            return;
        };
        assert!(
            text.contains(&format!("Generated: {}", en(created, tz)))
                && text.contains(&format!("Time zone: {}", tz.name())),
            "{} for {}: {text}",
            tz.name(),
            reader.email
        );
    }

    // The payment sheet is one PDF per language for every reader: the first to ask, here the
    // New Yorker, gets the company's zone, named, like everyone after him.
    let (id, _) = approved_change(&app, &w).await;
    portico::notifications::schedule::run(
        &mut app.conn(),
        &app.state.i18n,
        &app.state.config.public_url,
        portico::ids::now() + chrono::Duration::hours(73),
    )
    .unwrap();
    let activated: Option<NaiveDateTime> = payment_instructions::table
        .find(&id)
        .select(payment_instructions::activated_at)
        .first(&mut *app.conn())
        .unwrap();
    let buyer = token(&app, &w.buyer_granted.email);
    let r = api(
        &app,
        &buyer,
        &format!("/api/v1/payment-instructions/{id}/pdf"),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    if let Some(text) = pdf_text_or_skip(&r.bytes) {
        assert!(
            text.contains(&en(activated.unwrap(), Shanghai))
                && text.contains("Time zone: Asia/Shanghai")
                && !text.contains("New_York"),
            "{text}"
        );
    }
});
