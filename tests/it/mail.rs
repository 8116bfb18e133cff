//! Outgoing mail through a real SMTP conversation with a receiver the test runs: each queued
//! mail arrives once, with the person's phrase, as plain text and HTML, without links; a
//! failing relay leaves it queued for a retry.

use crate::common;
use crate::common::mailbox;
use mailbox::{decoded, external_receiver};

use std::sync::{Arc, Mutex};

use common::world::{self, World};
use common::{Backend, Store, TestApp};
use diesel::prelude::*;
use portico::config::FileLimits;
use portico::db::schema::{outbox, users};
use portico::mail::smtp::{SmtpConfig, TlsMode};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// A minimal SMTP receiver: accepts every message and keeps its DATA.
async fn receiver() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let got = Arc::new(Mutex::new(Vec::new()));
    let store = got.clone();
    actix_web::rt::spawn(async move {
        loop {
            let Ok((sock, _)) = listener.accept().await else {
                return;
            };
            let store = store.clone();
            actix_web::rt::spawn(async move {
                let (r, mut w) = sock.into_split();
                let mut lines = BufReader::new(r).lines();
                w.write_all(b"220 test ESMTP\r\n").await.unwrap();
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(d) = data.as_mut() {
                        if line == "." {
                            store.lock().unwrap().push(data.take().unwrap());
                            w.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            d.push_str(&line);
                            d.push('\n');
                        }
                        continue;
                    }
                    let up = line.to_uppercase();
                    let reply: &[u8] = if up.starts_with("EHLO") || up.starts_with("HELO") {
                        b"250 test\r\n"
                    } else if up.starts_with("DATA") {
                        data = Some(String::new());
                        b"354 go on\r\n"
                    } else if up.starts_with("QUIT") {
                        let _ = w.write_all(b"221 bye\r\n").await;
                        return;
                    } else {
                        b"250 ok\r\n"
                    };
                    w.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, got)
}

fn smtp(port: u16) -> SmtpConfig {
    SmtpConfig {
        host: "127.0.0.1".into(),
        port,
        tls: TlsMode::None,
        username: None,
        password: None,
        from: "Portico <portico@example.test>".into(),
    }
}

/// A portal whose relay is the receiver on `port`.
async fn app_with_relay(port: u16) -> TestApp {
    TestApp::build(
        Backend::Sqlite,
        Store::Local,
        "http://127.0.0.1:8080",
        FileLimits::default(),
        Some(smtp(port)),
    )
    .await
    .unwrap()
}

#[actix_web::test]
async fn queued_mail_is_sent_once_with_the_phrase() {
    let (port, got) = receiver().await;
    let app = app_with_relay(port).await;
    let w = World::build_without_files(&app);
    diesel::update(users::table.find(&w.buyer_y.id))
        .set(users::phishing_phrase.eq(Some("blue heron at dawn")))
        .execute(&mut *app.conn())
        .unwrap();
    for kind in ["password_changed", "two_factor_on"] {
        portico::auth::alerts::raise_for(
            &mut app.conn(),
            &w.buyer_y.id,
            kind,
            &portico::auth::alerts::Detail::from_ip("1.2.3.4"),
            "1.2.3.4",
        )
        .unwrap();
    }
    let mailer = app.state.mailer.clone().expect("a configured relay");
    let sent = portico::mail::smtp::send_due(&app.state, &mailer)
        .await
        .unwrap();
    assert_eq!(sent, 2);
    // Sent mail is never sent again.
    assert_eq!(
        portico::mail::smtp::send_due(&app.state, &mailer)
            .await
            .unwrap(),
        0
    );
    let got = got.lock().unwrap().clone();
    assert_eq!(got.len(), 2);
    for m in &got {
        assert!(m.contains(&format!("To: {}", w.buyer_y.email)), "{m}");
        let text = decoded(m);
        assert!(text.contains("blue heron at dawn"), "the phrase: {text}");
        // In the reader's language only (buyer_y reads English).
        assert!(
            !text.contains("此") && !text.contains("您"),
            "English only: {text}"
        );
        assert!(m.contains("text/plain") && m.contains("text/html"));
        assert!(m.contains("@portico>"), "Message-ID from the outbox id");
        assert!(
            !text.contains("http://") && !text.contains("https://") && !text.contains("<a "),
            "no links: {text}"
        );
    }
    let unsent: i64 = outbox::table
        .filter(outbox::sent_at.is_null())
        .count()
        .get_result(&mut *app.conn())
        .unwrap();
    assert_eq!(unsent, 0);
    // The admin page says where mail goes.
    let page = world::browser(&app, &w.admin_a.email)
        .get("/admin/security")
        .await;
    assert!(page.body.contains("127.0.0.1") && !page.body.contains("id=\"mail-off\""));
}

/// A Russian reader's security notice: in Russian from the subject to the advice (device
/// label and plural included), marked as Russian for the mail client and screen reader.
#[actix_web::test]
async fn a_security_notice_reaches_a_russian_reader_in_russian() {
    let (port, got) = receiver().await;
    let app = app_with_relay(port).await;
    let w = World::build_without_files(&app);
    diesel::update(users::table.find(&w.buyer_y.id))
        .set(users::locale.eq(Some("ru")))
        .execute(&mut *app.conn())
        .unwrap();
    portico::auth::alerts::raise_for(
        &mut app.conn(),
        &w.buyer_y.id,
        portico::auth::alerts::FAILED_SIGN_INS,
        &portico::auth::alerts::Detail::new(
            "notice.detail.failed_sign_ins",
            &[("n", "5"), ("ip", "198.51.100.4")],
        ),
        "198.51.100.4",
    )
    .unwrap();
    let mailer = app.state.mailer.clone().expect("a configured relay");
    assert_eq!(
        portico::mail::smtp::send_due(&app.state, &mailer)
            .await
            .unwrap(),
        1
    );
    let got = got.lock().unwrap().clone();
    let m = &got[0];
    assert!(m.contains("Content-Language: ru"), "{m}");
    let text = decoded(m);
    assert!(text.contains("<html lang=\"ru\" dir=\"ltr\">"), "{text}");
    let i18n = portico::i18n::catalogue();
    let ru = portico::i18n::Locale::Ru;
    for key in ["mail.phrase_tip", "mail.security.advice"] {
        let line = i18n.text(ru, key, &[]).unwrap();
        let start: String = line.chars().take(30).collect();
        assert!(text.contains(&start), "{key} in Russian: {text}");
    }
    // "5 неудачных попыток…": the count takes Russian's "many" form, not English words.
    assert!(
        text.contains("198.51.100.4") && !text.contains("failed sign-ins"),
        "{text}"
    );
    let notice: String = portico::db::schema::security_notices::table
        .filter(portico::db::schema::security_notices::user_id.eq(&w.buyer_y.id))
        .select(portico::db::schema::security_notices::detail)
        .first(&mut *app.conn())
        .unwrap();
    assert!(notice.chars().any(|c| ('а'..='я').contains(&c)), "{notice}");
}

#[actix_web::test]
async fn a_failing_relay_keeps_mail_for_a_retry() {
    // Nothing listens on this port.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = app_with_relay(port).await;
    let w = World::build_without_files(&app);
    portico::auth::alerts::raise_for(
        &mut app.conn(),
        &w.buyer_y.id,
        "password_changed",
        &portico::auth::alerts::Detail::from_ip("1.2.3.4"),
        "1.2.3.4",
    )
    .unwrap();
    let mailer = app.state.mailer.clone().unwrap();
    assert_eq!(
        portico::mail::smtp::send_due(&app.state, &mailer)
            .await
            .unwrap(),
        0
    );
    let (attempts, next, err): (i32, Option<chrono::NaiveDateTime>, Option<String>) = outbox::table
        .select((
            outbox::attempts,
            outbox::next_attempt_at,
            outbox::last_error,
        ))
        .first(&mut *app.conn())
        .unwrap();
    assert_eq!(attempts, 1);
    assert!(
        next.unwrap() > portico::ids::now(),
        "retried later, not at once"
    );
    assert!(err.is_some());
    // Not due yet: nothing is tried again now.
    assert_eq!(
        portico::mail::smtp::send_due(&app.state, &mailer)
            .await
            .unwrap(),
        0
    );
    let attempts: i32 = outbox::table
        .select(outbox::attempts)
        .first(&mut *app.conn())
        .unwrap();
    assert_eq!(attempts, 1);
    // Without a relay the admin page says mail waits.
    let plain = TestApp::new(Backend::Sqlite).await.unwrap();
    let w2 = World::build_without_files(&plain);
    let page = world::browser(&plain, &w2.admin_a.email)
        .get("/admin/security")
        .await;
    assert!(page.body.contains("id=\"mail-off\""));
}

#[actix_web::test]
async fn notices_reach_a_real_receiver_once_in_the_readers_language_after_a_restart() {
    let Some((port, maildir)) = external_receiver() else {
        eprintln!("skipped: PORTICO_TEST_SMTP is not set (.ci/run starts aiosmtpd)");
        return;
    };
    // A node without a relay: the notice's mail waits in the outbox.
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build_without_files(&app);
    diesel::update(users::table.find(&w.buyer_granted.id))
        .set((
            users::locale.eq(Some("zh-CN")),
            users::phishing_phrase.eq(Some("青山绿水")),
        ))
        .execute(&mut *app.conn())
        .unwrap();
    let merch = world::issue(
        &app,
        &w.merch_a.email,
        portico::auth::session::SessionKind::Api,
    )
    .access_token;
    let r = app
        .send(
            actix_web::test::TestRequest::post()
                .uri(&format!("/api/v1/orders/{}/decisions", w.order1))
                .insert_header(common::bearer(&merch))
                .set_json(serde_json::json!({ "kind": "shipment_approval", "title": "Approve shipment 1", "description": "" })),
        )
        .await;
    assert_eq!(r.status.as_u16(), 201, "{}", r.body);
    let queued = portico::notifications::mail::mail_now(
        &mut app.conn(),
        &app.state.i18n,
        &app.state.config.public_url,
    )
    .unwrap();
    assert_eq!(queued, 1);
    let ids: Vec<String> = outbox::table
        .filter(outbox::to_email.eq(&w.buyer_granted.email))
        .select(outbox::id)
        .load(&mut *app.conn())
        .unwrap();
    assert_eq!(ids.len(), 1);
    // Another node starts on the same database, with the relay, and sends it; twice asked,
    // it sends once.
    let mut config = app.state.config.clone();
    config.smtp = Some(smtp(port));
    let node = portico::init_state(config).unwrap();
    let mailer = node.mailer.clone().unwrap();
    assert_eq!(
        portico::mail::smtp::send_due(&node, &mailer).await.unwrap(),
        1
    );
    assert_eq!(
        portico::mail::smtp::send_due(&node, &mailer).await.unwrap(),
        0
    );
    // aiosmtpd has written it to the Maildir.
    let mut found = Vec::new();
    for _ in 0..50 {
        found = std::fs::read_dir(maildir.join("new"))
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .filter(|m| m.contains(&format!("{}@portico", ids[0])))
            .collect();
        if !found.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(found.len(), 1, "delivered once");
    let m = found[0].replace("\r\n", "\n");
    assert!(m.contains(&w.buyer_granted.email));
    let text = decoded(&m);
    assert!(text.contains("青山绿水"), "the phrase: {text}");
    assert!(
        text.contains("需要您确认") && text.contains("Approve shipment 1"),
        "Chinese: {text}"
    );
    assert!(
        !text.contains("Your Portico phrase"),
        "only the reader's language: {text}"
    );
    assert!(
        !text.contains("/orders/") && !text.contains("<a "),
        "no link into the portal: {text}"
    );
}
