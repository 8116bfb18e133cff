//! The newcomer's path, in real headless Chromium against the real server, with a real SMTP
//! receiver (aiosmtpd, started by `.ci/run`): setup → the admin confirms the address from the
//! code received → a second admin is invited, accepts and confirms → bank details proposed
//! and approved, the cooling-off passed by moving the portal's clock (never by sleeping) → the
//! buyer records a payment to the account of record written with spaces and an 8-letter BIC
//! (no alarm), then one to another account (the admins' mail receives the URGENT notice).

#[path = "it/common/mod.rs"]
#[macro_use]
mod common;
use common::browser as harness;
use common::mailbox;

use std::time::Duration;

use common::{Backend, PASSWORD, Store, TestApp};
use diesel::prelude::*;
use fantoccini::Locator;
use fantoccini::error::CmdError;
use harness::{Browser, chromedriver};
use portico::config::FileLimits;
use portico::db::schema::{customer_orgs, outbox};
use portico::mail::smtp::{SmtpConfig, TlsMode};

/// Waits until the browser shows a page whose path starts with `prefix`.
async fn wait_path(b: &Browser, prefix: &str) -> Result<(), CmdError> {
    for _ in 0..100 {
        if b.client.current_url().await?.path().starts_with(prefix) {
            b.client.wait().for_element(Locator::Css("main")).await?;
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "expected a page under {prefix}, the browser is on {}",
        b.client.current_url().await?
    );
}

async fn fill(b: &Browser, css: &str, value: &str) -> Result<(), CmdError> {
    let e = b.client.wait().for_element(Locator::Css(css)).await?;
    e.clear().await?;
    e.send_keys(value).await
}

async fn click(b: &Browser, css: &str) -> Result<(), CmdError> {
    b.client
        .wait()
        .for_element(Locator::Css(css))
        .await?
        .click()
        .await
}

/// Clicks a form's button and waits until the next page has replaced this one.
async fn submit(b: &Browser, css: &str) -> Result<(), CmdError> {
    let old = b.client.find(Locator::Css("html")).await?;
    let button = b.client.wait().for_element(Locator::Css(css)).await?;
    // The form's own submission (validation included) through its button: a pointer click
    // lands wherever the phone layout has moved the button by then.
    b.client
        .execute(
            "arguments[0].form.requestSubmit(arguments[0]);",
            vec![serde_json::to_value(&button).unwrap()],
        )
        .await?;
    for _ in 0..200 {
        if old.tag_name().await.is_err() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    b.client.wait().for_element(Locator::Css("main")).await?;
    Ok(())
}

async fn page_text(b: &Browser) -> Result<String, CmdError> {
    b.client.find(Locator::Css("main")).await?.text().await
}

/// Hands the outbox to the relay (what every node's worker does).
async fn deliver(app: &TestApp) {
    let mailer = app.state.mailer.clone().expect("a relay is configured");
    portico::mail::smtp::send_due(&app.state, &mailer)
        .await
        .unwrap();
}

/// The text after `marker` up to the end of its line, in the newest mail to `to` that has it.
async fn from_mail(maildir: &std::path::Path, to: &str, marker: &str) -> String {
    for _ in 0..100 {
        if let Some(m) = mailbox::received_by(maildir, to)
            .iter()
            .rev()
            .find(|m| m.contains(marker))
        {
            let after = &m[m.find(marker).unwrap() + marker.len()..];
            return after.lines().next().unwrap_or("").trim().to_string();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no mail to {to} with {marker:?}");
}

/// Confirms the address on `/account/email` from the code the receiver got.
async fn confirm_address(
    b: &Browser,
    app: &TestApp,
    maildir: &std::path::Path,
    email: &str,
) -> Result<(), CmdError> {
    wait_path(b, "/account/email").await?;
    deliver(app).await;
    let code = from_mail(maildir, email, "Your confirmation code: ").await;
    let code = code.split_whitespace().next().unwrap().to_string();
    fill(
        b,
        "form[action='/account/email/confirm'] input[name=code]",
        &code,
    )
    .await?;
    submit(b, "form[action='/account/email/confirm'] button").await?;
    for _ in 0..100 {
        if !b
            .client
            .current_url()
            .await?
            .path()
            .starts_with("/account/email")
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let text = page_text(b).await?;
    assert!(text.contains("confirmed"), "{text}");
    Ok(())
}

/// Accepts an invitation with the code from the mail, in a browser nobody is signed in to.
async fn accept_invitation(
    b: &Browser,
    maildir: &std::path::Path,
    email: &str,
) -> Result<(), CmdError> {
    let code = from_mail(maildir, email, "enter this code: ").await;
    b.client.delete_all_cookies().await?;
    b.client.goto(&format!("{}/invite", b.base)).await?;
    fill(b, "#code", &code).await?;
    submit(b, "#accept-form button").await?;
    fill(b, "#accept-form input[name=password]", PASSWORD).await?;
    fill(b, "#accept-form input[name=password_confirm]", PASSWORD).await?;
    submit(b, "#accept-form button").await?;
    for _ in 0..100 {
        if !b.client.current_url().await?.path().starts_with("/invite") {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the invitation was not accepted: {}", page_text(b).await?);
}

/// Sends an invitation from the admin's form.
async fn invite(
    b: &Browser,
    name: &str,
    email: &str,
    role: &str,
    org: Option<&str>,
) -> Result<(), CmdError> {
    b.client
        .goto(&format!("{}/admin/invitations/new", b.base))
        .await?;
    fill(
        b,
        "form[action='/admin/invitations'] input[name=display_name]",
        name,
    )
    .await?;
    fill(
        b,
        "form[action='/admin/invitations'] input[name=email]",
        email,
    )
    .await?;
    click(b, &format!("select[name=role] option[value={role}]")).await?;
    if let Some(org) = org {
        click(
            b,
            &format!("select[name=customer_org_id] option[value='{org}']"),
        )
        .await?;
    }
    submit(b, "form[action='/admin/invitations'] button").await?;
    b.client.wait().for_element(Locator::Css("main h1")).await?;
    Ok(())
}

/// Confirms the password for the money pages (step-up), then comes back to `/payments`.
async fn step_up(b: &Browser) -> Result<(), CmdError> {
    b.client
        .goto(&format!("{}/account/confirm?next=/payments", b.base))
        .await?;
    fill(b, "#confirm-password", PASSWORD).await?;
    submit(b, "#confirm-form button").await?;
    wait_path(b, "/payments").await
}

async fn record_payment(b: &Browser, account: &str, bic: &str) -> Result<String, CmdError> {
    b.client.goto(&format!("{}/payments", b.base)).await?;
    let form = "form[action='/payments/records']";
    fill(b, &format!("{form} input[name=amount]"), "12500.00").await?;
    fill(b, &format!("{form} input[name=currency]"), "USD").await?;
    b.client
        .execute(
            "document.querySelector(\"form[action='/payments/records'] input[name=paid_on]\").value = arguments[0];",
            vec![serde_json::json!(portico::ids::today().to_string())],
        )
        .await?;
    fill(b, &format!("{form} input[name=paid_to_account]"), account).await?;
    fill(b, &format!("{form} input[name=paid_to_bic]"), bic).await?;
    submit(b, &format!("{form} button")).await?;
    b.client
        .wait()
        .for_element(Locator::Css("#payment-records"))
        .await?;
    page_text(b).await
}

/// Keeps what the browser showed (a screenshot and the page) and fails.
async fn fail(b: Browser, e: CmdError) -> ! {
    let _ = std::fs::write(
        std::env::temp_dir().join("portico-newcomer.png"),
        b.client.screenshot().await.unwrap_or_default(),
    );
    let _ = std::fs::write(
        std::env::temp_dir().join("portico-newcomer.html"),
        b.client.source().await.unwrap_or_default(),
    );
    b.stop().await;
    panic!("browser steps: {e}");
}

fn urgent_mails(app: &TestApp) -> i64 {
    outbox::table
        .filter(outbox::subject.like("%URGENT%"))
        .count()
        .get_result(&mut *app.conn())
        .unwrap()
}

#[actix_web::test]
async fn a_new_supplier_from_setup_to_a_buyers_payment() {
    let Some(driver_bin) = chromedriver() else {
        eprintln!("skipped: chromedriver not found");
        return;
    };
    let Some((smtp_port, maildir)) = mailbox::external_receiver() else {
        eprintln!("skipped: PORTICO_TEST_SMTP is not set (.ci/run starts aiosmtpd)");
        return;
    };
    let relay = SmtpConfig {
        host: "127.0.0.1".into(),
        port: smtp_port,
        tls: TlsMode::None,
        username: None,
        password: None,
        from: "Portico <portico@example.test>".into(),
    };
    let app = TestApp::build(
        Backend::Sqlite,
        Store::Local,
        "http://127.0.0.1:8080",
        FileLimits::default(),
        Some(relay),
    )
    .await
    .unwrap();
    // Addresses of this run only: the Maildir is shared by the whole suite.
    let run = &portico::ids::new_id()[24..];
    let ann = format!("ann-{run}@lotus.test");
    let bo = format!("bo-{run}@lotus.test");
    let buyer = format!("buyer-{run}@northwind.test");
    let token = portico::tenants::issue_setup_token(&mut app.conn())
        .unwrap()
        .expect("no tenant yet");
    let b = Browser::start(&app, &driver_bin).await;
    let result = async {
        // Setup, then the address before anything else.
        b.client.goto(&format!("{}/setup/{token}", b.base)).await?;
        fill(&b, "input[name=company_name]", "Lotus Garments").await?;
        fill(&b, "input[name=slug]", "lotus").await?;
        fill(&b, "input[name=admin_name]", "Ann Admin").await?;
        fill(&b, "input[name=admin_email]", &ann).await?;
        fill(&b, "input[name=password]", PASSWORD).await?;
        fill(&b, "input[name=password_confirm]", PASSWORD).await?;
        submit(&b, "button[type=submit]").await?;
        wait_path(&b, "/signin").await?;
        b.sign_in(&ann).await?;
        confirm_address(&b, &app, &maildir, &ann).await?;

        // A second admin and a buyer, invited by mail.
        invite(&b, "Bo Admin", &bo, "admin", None).await?;
        b.client
            .goto(&format!("{}/admin/customers", b.base))
            .await?;
        fill(
            &b,
            "form[action='/admin/customers'] input[name=name]",
            "Northwind",
        )
        .await?;
        submit(&b, "form[action='/admin/customers'] button").await?;
        b.client.wait().for_element(Locator::Css("main h1")).await?;
        let org: String = customer_orgs::table
            .filter(customer_orgs::name.eq("Northwind"))
            .select(customer_orgs::id)
            .first(&mut *app.conn())
            .unwrap();
        invite(&b, "Nora Buyer", &buyer, "buyer", Some(&org)).await?;
        deliver(&app).await;

        accept_invitation(&b, &maildir, &bo).await?;
        // Until Bo confirms, Ann's Overview names him in red.
        let overview = common::world::browser(&app, &ann)
            .get("/dashboard")
            .await
            .body;
        assert!(
            overview.contains("Bo Admin") && overview.contains("alert"),
            "{overview}"
        );
        confirm_address(&b, &app, &maildir, &bo).await?;

        // Bo proposes the first bank details; Ann approves them.
        step_up(&b).await?;
        let form = "form[action='/payments']";
        fill(
            &b,
            &format!("{form} input[name=beneficiary]"),
            "Lotus Garments Ltd",
        )
        .await?;
        fill(
            &b,
            &format!("{form} input[name=bank_name]"),
            "Bank of China Shenzhen",
        )
        .await?;
        fill(&b, &format!("{form} input[name=swift_bic]"), "BKCHCNBJ45A").await?;
        fill(
            &b,
            &format!("{form} input[name=account]"),
            "6222021234567890123",
        )
        .await?;
        fill(&b, &format!("{form} input[name=currency]"), "USD").await?;
        submit(&b, &format!("{form} button")).await?;
        b.client
            .wait()
            .for_element(Locator::Css("[id^=waiting-]"))
            .await?;

        b.client.delete_all_cookies().await?;
        b.sign_in(&ann).await?;
        step_up(&b).await?;
        submit(&b, "button[id^=approve-]").await?;
        b.client
            .wait()
            .for_element(Locator::Css("#pending-change"))
            .await?;
        Ok::<(), CmdError>(())
    }
    .await;
    if let Err(e) = result {
        fail(b, e).await;
    }

    // The cooling-off (72 hours) passes on the portal's clock, which only test builds can
    // move; the worker's schedule then makes the details the ones of record.
    portico::ids::advance_clock(chrono::Duration::hours(73));
    let ran = portico::notifications::schedule::run(
        &mut app.conn(),
        &app.state.i18n,
        &app.state.config.public_url,
        portico::ids::now(),
    )
    .unwrap();
    assert_eq!(
        ran.payment_changes, 1,
        "the details became the ones of record"
    );

    let result = async {
        deliver(&app).await;
        accept_invitation(&b, &maildir, &buyer).await?;
        // The account of record, written with spaces, and the head-office BIC: no alarm.
        let text = record_payment(&b, "6222 0212 3456 7890 123", "BKCHCNBJ").await?;
        assert!(text.contains("6222021234567890123 · Nora Buyer"), "{text}");
        assert!(!text.contains("NOT our account"), "{text}");
        assert_eq!(urgent_mails(&app), 0, "no alarm on a correct payment");
        // Another account: marked on the page, and the URGENT notice in the admins' mail.
        let text = record_payment(&b, "6222 0212 3456 7890 999", "BKCHCNBJ").await?;
        assert!(
            text.contains("6222021234567890999 · Nora Buyer · NOT our account of record"),
            "{text}"
        );
        assert!(
            !text.contains("6222021234567890123 · Nora Buyer · NOT"),
            "{text}"
        );
        Ok::<(), CmdError>(())
    }
    .await;
    if let Err(e) = result {
        fail(b, e).await;
    }
    b.stop().await;
    portico::notifications::mail::mail_now(
        &mut app.conn(),
        &app.state.i18n,
        &app.state.config.public_url,
    )
    .unwrap();
    deliver(&app).await;
    for admin in [&ann, &bo] {
        let mut found = false;
        for _ in 0..50 {
            found = mailbox::received_by(&maildir, admin)
                .iter()
                .any(|m| m.contains("URGENT"));
            if found {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(found, "{admin} received the URGENT notice");
    }
}
