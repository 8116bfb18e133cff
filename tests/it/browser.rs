//! Real headless Chromium (Debian's chromium + chromium-driver) against the real server on a
//! loopback port: a buyer signs in on a phone-sized window and sees exactly their orders.
//! Runs when chromedriver is found (PORTICO_TEST_CHROMEDRIVER or on PATH); under CI=true a
//! missing driver is a failure.

use crate::common;

use crate::common::browser as harness;

use common::world::{self, World};
use common::{Backend, PASSWORD, TestApp};
use fantoccini::Locator;
use harness::{Browser, chromedriver};
use std::time::Duration;

#[actix_web::test]
async fn buyer_answers_a_decision_on_a_phone() {
    let Some(driver_bin) = chromedriver() else {
        eprintln!("skipped: chromedriver not found");
        return;
    };
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build(&app);
    let b = Browser::start(&app, &driver_bin).await;
    let result = async {
        b.sign_in(&w.buyer_granted.email).await?;
        // The overview leads with what awaits the buyer.
        // Wait for the overview itself: "main h1" may still be the sign-in page's.
        let waiting = b
            .client
            .wait()
            .for_element(Locator::Id("open-decisions"))
            .await?
            .text()
            .await?;
        assert!(waiting.contains("Approve the PP sample"), "{waiting}");
        harness::tap(&b.client, Locator::Css("#open-decisions a")).await?;
        let form = format!("#decision-{} form.answer", w.decision1);
        b.client.wait().for_element(Locator::Css(&form)).await?;
        b.client
            .find(Locator::Css(&format!("{form} textarea")))
            .await?
            .send_keys("Colour approved, go ahead")
            .await?;
        harness::tap(
            &b.client,
            Locator::Css(&format!("{form} button[value=approved]")),
        )
        .await?;
        let record = format!("#decision-{} .answer-record", w.decision1);
        b.client.wait().for_element(Locator::Css(&record)).await?;
        let text = b.client.find(Locator::Css(&record)).await?.text().await?;
        assert!(
            text.contains("Answered by granted") && text.contains("Colour approved, go ahead"),
            "{text}"
        );
        let png = b.client.screenshot().await?;
        let _ = std::fs::write(std::env::temp_dir().join("portico-decision.png"), png);
        Ok::<(), fantoccini::error::CmdError>(())
    }
    .await;
    b.stop().await;
    result.expect("browser steps");
    // The merchandiser sees the answer, with who and when, and it cannot change.
    let mut m = world::browser(&app, &w.merch_a.email);
    let page = m.get(&format!("/orders/{}", w.order1)).await.body;
    assert!(page.contains("Answered by granted") && page.contains("Colour approved, go ahead"));
    assert!(page.contains("The buyer approved."), "on the timeline too");
}

#[actix_web::test]
async fn buyer_signs_in_and_sees_exactly_their_orders() {
    let Some(driver_bin) = chromedriver() else {
        eprintln!("skipped: chromedriver not found");
        return;
    };
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build(&app);
    let b = Browser::start(&app, &driver_bin).await;
    let (client, base) = (&b.client, b.base.clone());
    let result = async {
        client.goto(&format!("{base}/orders")).await?;
        // Not signed in: the portal sends the visitor to the sign-in form.
        client
            .wait()
            .for_element(Locator::Id("signin-form"))
            .await?;
        assert!(
            client
                .current_url()
                .await?
                .as_str()
                .contains("/signin?next=%2Forders")
        );
        client
            .find(Locator::Id("email"))
            .await?
            .send_keys(&w.buyer_granted.email)
            .await?;
        client
            .find(Locator::Id("password"))
            .await?
            .send_keys(PASSWORD)
            .await?;
        harness::tap(client, Locator::Id("signin-submit")).await?;
        client.wait().for_element(Locator::Id("order-list")).await?;
        let mut refs = Vec::new();
        for e in client.find_all(Locator::Css("#order-list .ref")).await? {
            refs.push(e.text().await?);
        }
        assert_eq!(
            refs,
            vec![world::ORDER1_REF.to_string()],
            "the buyer sees exactly the granted order"
        );
        let page = client.source().await?;
        for other in [world::ORDER2_REF, world::ORDER3_REF, world::ORDER_B_REF] {
            assert!(
                !page.contains(other),
                "{other} leaked into the buyer's page"
            );
        }
        // The order opens, with its milestones, and the layout fits a phone screen.
        harness::tap(client, Locator::Css("#order-list a")).await?;
        client.wait().for_element(Locator::Id("milestones")).await?;
        let dims = client
            .execute(
                "return [document.documentElement.scrollWidth, window.innerWidth]",
                vec![],
            )
            .await?;
        let (width, viewport) = (dims[0].as_i64().unwrap_or(0), dims[1].as_i64().unwrap_or(0));
        assert_eq!(viewport, 390, "phone-sized viewport");
        assert!(
            width <= viewport,
            "page is {width}px wide on a {viewport}px screen: it scrolls sideways"
        );
        let png = client.screenshot().await?;
        let _ = std::fs::write(std::env::temp_dir().join("portico-buyer-order.png"), png);
        // Another order's address answers "not found" in the browser too.
        client.goto(&format!("{base}/orders/{}", w.order3)).await?;
        let body = client.find(Locator::Css("main")).await?.text().await?;
        assert!(body.contains("Not found") && !body.contains(world::ORDER3_REF));
        // Sign out ends the session.
        client.goto(&format!("{base}/orders")).await?;
        // Sign-out sits in the account menu of the top bar.
        harness::tap(client, Locator::Css("#account-menu summary")).await?;
        harness::tap(client, Locator::Id("signout")).await?;
        client
            .wait()
            .for_element(Locator::Id("signin-form"))
            .await?;
        client.goto(&format!("{base}/orders")).await?;
        client
            .wait()
            .for_element(Locator::Id("signin-form"))
            .await?;
        Ok::<(), fantoccini::error::CmdError>(())
    }
    .await;
    b.stop().await;
    result.expect("browser steps");
}

#[actix_web::test]
async fn merchandiser_uploads_photos_from_a_phone_and_the_buyer_sees_them() {
    let Some(driver_bin) = chromedriver() else {
        eprintln!("skipped: chromedriver not found");
        return;
    };
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build_without_files(&app);
    // The node's own worker makes the previews, as in production.
    portico::jobs::spawn_worker(app.state.clone());
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for i in 0..10 {
        let p = dir.path().join(format!("line-{i}.jpg"));
        std::fs::write(&p, common::tiny_jpeg()).unwrap();
        paths.push(p.display().to_string());
    }
    let pdf: &[u8] = b"%PDF-1.7\n% packing list\n%%EOF\n";
    let pdf_path = dir.path().join("packing-list.pdf");
    std::fs::write(&pdf_path, pdf).unwrap();
    paths.push(pdf_path.display().to_string());
    let pdf_sha = portico::auth::secrets::hex(&<sha2::Sha256 as sha2::Digest>::digest(pdf));

    let b = Browser::start(&app, &driver_bin).await;
    let files_url = format!("{}/orders/{}/files", b.base, w.order1);
    let result = async {
        b.sign_in(&w.merch_a.email).await?;
        b.client.goto(&files_url).await?;
        b.client
            .find(Locator::Id("file-input"))
            .await?
            .send_keys(&paths.join("\n"))
            .await?;
        let chosen = b.client.find_all(Locator::Css("#chosen li")).await?.len();
        assert_eq!(chosen, 11, "the chosen files are listed before sending");
        harness::tap(&b.client, Locator::Id("upload-button")).await?;
        let done = b.client.wait().for_element(Locator::Id("uploaded")).await?;
        assert!(done.text().await?.contains("11"));

        // The buyer, on their phone: thumbnails within seconds, the viewer, the PDF's hash.
        b.client.delete_all_cookies().await?;
        b.sign_in(&w.buyer_granted.email).await?;
        let mut thumbs = 0;
        for _ in 0..50 {
            b.client.goto(&files_url).await?;
            thumbs = b
                .client
                .find_all(Locator::Css("#gallery img.thumb"))
                .await?
                .len();
            if thumbs == 10 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        assert_eq!(thumbs, 10, "ten thumbnails");
        // Two columns on a phone, the pictures loaded as they scroll into view.
        let columns = b
            .client
            .execute(
                "const xs = Array.from(document.querySelectorAll('#gallery img.thumb')) \
                   .map(i => Math.round(i.getBoundingClientRect().left)); \
                 const lazy = Array.from(document.querySelectorAll('#gallery img.thumb')) \
                   .every(i => i.loading === 'lazy' && i.getAttribute('width')); \
                 return [new Set(xs).size, lazy];",
                vec![],
            )
            .await?;
        assert_eq!(
            columns[0].as_i64(),
            Some(2),
            "a two-column gallery on a phone"
        );
        assert_eq!(
            columns[1].as_bool(),
            Some(true),
            "lazy thumbnails with their size"
        );
        harness::tap(&b.client, Locator::Css("#gallery a.view")).await?;
        let big = b
            .client
            .wait()
            .for_element(Locator::Css("dialog.viewer[open] img"))
            .await?;
        assert!(
            big.attr("src")
                .await?
                .unwrap_or_default()
                .contains("/preview")
        );
        let png = b.client.screenshot().await?;
        let _ = std::fs::write(std::env::temp_dir().join("portico-viewer.png"), png);
        b.client.goto(&files_url).await?;
        harness::tap(&b.client, Locator::Css("#documents a")).await?;
        let sha = b.client.wait().for_element(Locator::Id("sha256")).await?;
        assert_eq!(sha.text().await?, pdf_sha);
        harness::tap(&b.client, Locator::Css("#check-copy summary")).await?;
        b.client
            .find(Locator::Id("check-input"))
            .await?
            .send_keys(&pdf_path.display().to_string())
            .await?;
        let mut verdict = String::new();
        for _ in 0..50 {
            verdict = b
                .client
                .find(Locator::Id("check-result"))
                .await?
                .text()
                .await?;
            if !verdict.is_empty() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(verdict.starts_with("Identical"), "{verdict}");
        Ok::<(), fantoccini::error::CmdError>(())
    }
    .await;
    b.stop().await;
    result.expect("browser steps");
}

/// An Arabic-speaking buyer on a 360 px phone: every page right to left, in Arabic, and none
/// wider than the screen.
#[actix_web::test]
async fn an_arabic_buyer_reads_right_to_left_on_a_360px_phone() {
    let Some(driver_bin) = chromedriver() else {
        eprintln!("skipped: chromedriver not found");
        return;
    };
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build(&app);
    {
        use diesel::prelude::*;
        use portico::db::schema::users;
        diesel::update(users::table.find(&w.buyer_granted.id))
            .set(users::locale.eq(Some("ar")))
            .execute(&mut *app.conn())
            .unwrap();
    }
    let b = Browser::start_phone(&app, &driver_bin, 360).await;
    let (client, base) = (&b.client, b.base.clone());
    let result = async {
        b.sign_in(&w.buyer_granted.email).await?;
        for path in [
            "/dashboard".to_string(),
            "/orders".to_string(),
            format!("/orders/{}", w.order1),
            format!("/orders/{}/files", w.order1),
            "/notifications".to_string(),
            "/account/security".to_string(),
            "/verify".to_string(),
        ] {
            client.goto(&format!("{base}{path}")).await?;
            let found = client
                .execute(
                    "return [document.documentElement.dir, document.documentElement.lang, \
                     document.documentElement.scrollWidth, window.innerWidth, \
                     document.querySelector('main').innerText]",
                    vec![],
                )
                .await?;
            let (dir, lang) = (found[0].as_str(), found[1].as_str());
            let (width, viewport) = (
                found[2].as_i64().unwrap_or(0),
                found[3].as_i64().unwrap_or(0),
            );
            let text = found[4].as_str().unwrap_or_default();
            assert_eq!((dir, lang), (Some("rtl"), Some("ar")), "{path}");
            assert_eq!(viewport, 360, "{path}: a 360 px screen");
            assert!(
                width <= viewport,
                "{path} is {width}px wide on a {viewport}px screen: it scrolls sideways"
            );
            assert!(
                text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
                "{path} is in Arabic: {text}"
            );
            let png = client.screenshot().await?;
            let name = format!("portico-ar{}.png", path.replace('/', "-"));
            let _ = std::fs::write(std::env::temp_dir().join(name), png);
        }
        Ok::<(), fantoccini::error::CmdError>(())
    }
    .await;
    b.stop().await;
    result.expect("browser steps");
}

/// The phone-first header: on a 360 × 740 screen the top bar is one row of at most 15 % of
/// the height, the main menu holds at most five destinations (a bar at the bottom), the
/// first order shows on the first screen, and every other destination is under More, for
/// an admin (who has the most) and a buyer; the account menu opens without script.
#[actix_web::test]
async fn the_header_leaves_a_phone_screen_to_the_page() {
    let Some(driver_bin) = chromedriver() else {
        eprintln!("skipped: chromedriver not found");
        return;
    };
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build_without_files(&app);
    for (email, at_least) in [(&w.admin_a.email, 4), (&w.buyer_granted.email, 4)] {
        let b = Browser::start_sized(&app, &driver_bin, 360, 740).await;
        let (client, base) = (&b.client, b.base.clone());
        let result = async {
            b.sign_in(email).await?;
            for path in ["/orders", "/more", "/dashboard", "/payments"] {
                client.goto(&format!("{base}{path}")).await?;
                let found = client
                    .execute(
                        "const h = document.querySelector('header.top').getBoundingClientRect(); \
                         const links = document.querySelectorAll('nav.primary a'); \
                         const nav = document.querySelector('nav.primary').getBoundingClientRect(); \
                         const first = document.querySelector('#order-list a'); \
                         return [h.height, window.innerHeight, links.length, nav.top, nav.bottom, \
                           document.documentElement.scrollWidth, window.innerWidth, \
                           first ? first.getBoundingClientRect().top : -1];",
                        vec![],
                    )
                    .await?;
                let n = |i: usize| found[i].as_f64().unwrap_or(-1.0);
                let (header, screen, links) = (n(0), n(1), n(2));
                assert_eq!(screen, 740.0, "{email} {path}");
                assert!(
                    header <= 0.15 * screen,
                    "{email} {path}: the header takes {header} of {screen} px"
                );
                assert!(
                    (at_least as f64..=5.0).contains(&links),
                    "{email} {path}: {links} destinations in the main menu"
                );
                assert!(
                    (n(4) - screen).abs() < 1.0,
                    "{email} {path}: the main menu is a bar at the bottom ({} to {})",
                    n(3),
                    n(4)
                );
                assert!(n(5) <= n(6), "{email} {path}: {} px wide on {} px", n(5), n(6));
                // To look at by eye (not committed): the phone screens of each role.
                let who = if *email == w.admin_a.email { "admin" } else { "buyer" };
                let _ = std::fs::write(
                    std::env::temp_dir().join(format!("portico-phone-{who}{}.png", path.replace('/', "-"))),
                    client.screenshot().await?,
                );
                if path == "/orders" {
                    // On the first screen, above the bottom bar (the filters come first).
                    assert!(
                        n(7) > 0.0 && n(7) + 40.0 < n(3),
                        "{email}: the first order starts at {} px, the menu at {}",
                        n(7),
                        n(3)
                    );
                }
            }
            // Everything else is one tap away under More.
            client.goto(&format!("{base}/more")).await?;
            let hrefs = client
                .execute(
                    "return Array.from(document.querySelectorAll('main a')).map(a => a.getAttribute('href'))",
                    vec![],
                )
                .await?;
            let hrefs: Vec<&str> = hrefs
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|v| v.as_str())
                .collect();
            let wanted: &[&str] = if *email == w.admin_a.email {
                &[
                    "/admin/customers", "/admin/templates", "/admin/settings", "/payments",
                    "/admin/security", "/admin/fraud-signals", "/admin/api-tokens",
                    "/admin/audit", "/admin/jobs", "/verify", "/tenants",
                ]
            } else {
                &["/verify", "/account/security", "/tenants"]
            };
            for h in wanted {
                assert!(hrefs.contains(h), "{email}: {h} under More: {hrefs:?}");
            }
            // The account menu is a <details>: it opens on a tap, no script needed.
            client.goto(&format!("{base}/dashboard")).await?;
            harness::tap(client, Locator::Css("#account-menu summary")).await?;
            assert!(client.find(Locator::Id("signout")).await?.is_displayed().await?);
            let png = client.screenshot().await?;
            let name = if *email == w.admin_a.email { "admin" } else { "buyer" };
            let _ = std::fs::write(
                std::env::temp_dir().join(format!("portico-menu-{name}.png")),
                png,
            );
            Ok::<(), fantoccini::error::CmdError>(())
        }
        .await;
        b.stop().await;
        result.expect("browser steps");
    }
}

/// A form that needs a fresh check keeps what was typed: the check is asked for on the spot,
/// and once the password is right the page sends the form on by itself (static/carry.js).
#[actix_web::test]
async fn a_form_that_needs_the_password_again_is_sent_as_typed() {
    use diesel::prelude::*;
    use portico::db::schema::{sessions, tenants};
    let Some(driver_bin) = chromedriver() else {
        eprintln!("skipped: chromedriver not found");
        return;
    };
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build(&app);
    let b = Browser::start_sized(&app, &driver_bin, 360, 740).await;
    let result = async {
        b.sign_in(&w.admin_a.email).await?;
        // The sign-in was ten minutes ago: the check has gone stale.
        diesel::update(sessions::table)
            .set(sessions::reauth_at.eq(Some(portico::ids::now() - chrono::Duration::minutes(10))))
            .execute(&mut *app.conn())
            .unwrap();
        b.client.goto(&format!("{}/admin/settings", b.base)).await?;
        let zone = b.client.find(Locator::Css("input[name=timezone]")).await?;
        zone.clear().await?;
        zone.send_keys("Asia/Shanghai").await?;
        harness::tap(
            &b.client,
            Locator::Css("form[action='/admin/settings'] button"),
        )
        .await?;
        b.client
            .wait()
            .for_element(Locator::Id("confirm-kept"))
            .await?;
        b.client
            .find(Locator::Id("confirm-password"))
            .await?
            .send_keys(PASSWORD)
            .await?;
        harness::tap(&b.client, Locator::Css("#confirm-form button")).await?;
        // The refused form was answered in place (same address): wait for the settings page
        // to come back after the page sent the form on.
        for _ in 0..50 {
            let back = b.client.find(Locator::Id("confirm-form")).await.is_err()
                && b.client.find(Locator::Id("send-on")).await.is_err()
                && b.client
                    .find(Locator::Css("input[name=timezone]"))
                    .await
                    .is_ok();
            if back {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok::<(), fantoccini::error::CmdError>(())
    }
    .await;
    b.stop().await;
    result.expect("browser steps");
    let zone: String = tenants::table
        .find(&w.alpha)
        .select(tenants::timezone)
        .first(&mut *app.conn())
        .unwrap();
    assert_eq!(
        zone, "Asia/Shanghai",
        "the typed value arrived, sent by the page itself"
    );
}

/// The photo viewer is a modal dialog: named by the photo's caption, the focus inside as it
/// opens, Tab and Shift+Tab going round its buttons, the arrow keys to the other photo,
/// Escape closing it and the focus back on the thumbnail that opened it.
#[actix_web::test]
async fn the_photo_viewer_is_a_modal_dialog_for_the_keyboard() {
    use fantoccini::key::Key;
    let Some(driver_bin) = chromedriver() else {
        eprintln!("skipped: chromedriver not found");
        return;
    };
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build(&app);
    // A second photo, through the upload and the node's own worker (previous and next).
    portico::jobs::spawn_worker(app.state.clone());
    let files_path = format!("/orders/{}/files", w.order1);
    let mut merch = world::browser(&app, &w.merch_a.email);
    merch.get(&files_path).await;
    let jpeg = common::tiny_jpeg();
    let r = merch
        .upload(&files_path, &[common::file_part("second-photo.jpg", &jpeg)])
        .await;
    assert_eq!(r.status.as_u16(), 201, "{}", r.body);
    let mut views = 0;
    for _ in 0..100 {
        views = merch
            .get(&files_path)
            .await
            .body
            .matches("class=\"view\"")
            .count();
        if views == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(views, 2, "both photos have their preview");

    let b = Browser::start_sized(&app, &driver_bin, 390, 844).await;
    let result = async {
        b.sign_in(&w.merch_a.email).await?;
        b.client.goto(&format!("{}{files_path}", b.base)).await?;
        let first_caption = b
            .client
            .wait()
            .for_element(Locator::Css("#gallery a.view"))
            .await?
            .attr("data-caption")
            .await?
            .unwrap_or_default();
        // Closed, it is not on the screen and not in the way.
        let s = b.client.execute(STATE, vec![]).await?;
        assert_eq!(s["open"], false, "{s}");
        harness::tap(&b.client, Locator::Css("#gallery a.view")).await?;
        b.client
            .wait()
            .for_element(Locator::Css("dialog.viewer[open]"))
            .await?;
        let s = b.client.execute(STATE, vec![]).await?;
        assert_eq!(s["modal"], true, "a modal dialog: {s}");
        assert_eq!(s["inside"], true, "the focus moved into the dialog: {s}");
        assert_eq!(s["focus"], "close", "on the close button: {s}");
        assert_eq!(
            s["name"],
            first_caption.as_str(),
            "named by the caption: {s}"
        );
        assert!(!first_caption.is_empty() && s["alt"] != "", "{s}");
        assert!(
            s["src"].as_str().unwrap_or_default().ends_with("/preview"),
            "{s}"
        );
        // Tab goes round close, previous and next, and never leaves; Shift+Tab the other way.
        let mut seen = Vec::new();
        for _ in 0..4 {
            b.client
                .active_element()
                .await?
                .send_keys(&Key::Tab.to_string())
                .await?;
            let s = b.client.execute(STATE, vec![]).await?;
            assert_eq!(s["inside"], true, "Tab left the dialog: {s}");
            seen.push(s["focus"].as_str().unwrap_or_default().to_string());
        }
        assert_eq!(seen, ["prev", "next", "close", "prev"]);
        seen.clear();
        for _ in 0..4 {
            b.client
                .active_element()
                .await?
                .send_keys(&(Key::Shift + &Key::Tab.to_string()))
                .await?;
            let s = b.client.execute(STATE, vec![]).await?;
            assert_eq!(s["inside"], true, "Shift+Tab left the dialog: {s}");
            seen.push(s["focus"].as_str().unwrap_or_default().to_string());
        }
        assert_eq!(seen, ["close", "next", "prev", "close"]);
        // An arrow key shows the other photo, and the dialog's name follows it.
        b.client
            .active_element()
            .await?
            .send_keys(&Key::Right.to_string())
            .await?;
        let s = b.client.execute(STATE, vec![]).await?;
        assert_ne!(s["name"], first_caption.as_str(), "the next photo: {s}");
        assert_eq!(s["open"], true, "{s}");
        let png = b.client.screenshot().await?;
        let _ = std::fs::write(std::env::temp_dir().join("portico-viewer-dialog.png"), png);
        // Escape closes; the focus is back on the thumbnail that opened the viewer.
        b.client
            .active_element()
            .await?
            .send_keys(&Key::Escape.to_string())
            .await?;
        // The dialog's close event comes in a task of its own: wait for it to be handled.
        let s = settled(&b.client, |s| s["open"] == false && s["src"] == "").await?;
        assert_eq!(s["open"], false, "Escape closed the viewer: {s}");
        assert_eq!(
            s["opener"], 0,
            "the focus is back on the first thumbnail: {s}"
        );
        assert_eq!(s["src"], "", "the big picture is let go: {s}");
        // The close button closes too, and gives the focus back the same way.
        harness::tap(&b.client, Locator::Css("#gallery li:nth-child(2) a.view")).await?;
        b.client
            .wait()
            .for_element(Locator::Css("dialog.viewer[open]"))
            .await?;
        b.client
            .find(Locator::Css("dialog.viewer .close"))
            .await?
            .click()
            .await?;
        let s = settled(&b.client, |s| s["open"] == false && s["opener"] == 1).await?;
        assert_eq!(
            (s["open"].clone(), s["opener"].clone()),
            (false.into(), 1.into()),
            "{s}"
        );
        Ok::<(), fantoccini::error::CmdError>(())
    }
    .await;
    b.stop().await;
    result.expect("browser steps");
}

// Where the focus is, and the dialog's state.
const STATE: &str = "const d = document.querySelector('dialog.viewer'); \
    const a = document.activeElement; \
    const name = d ? document.getElementById(d.getAttribute('aria-labelledby')) : null; \
    return {open: !!(d && d.open), modal: !!(d && d.matches(':modal')), \
      inside: !!(d && a !== d && d.contains(a)), focus: a.className, \
      opener: a.matches('#gallery a.view') ? Array.from(document.querySelectorAll('#gallery a.view')).indexOf(a) : -1, \
      name: name ? name.textContent : '', src: d ? (d.querySelector('img').getAttribute('src') || '') : '', \
      alt: d ? d.querySelector('img').alt : ''};";

/// The viewer's state once `done` holds (or after two seconds, for the assertion to say why).
async fn settled(
    client: &fantoccini::Client,
    done: impl Fn(&serde_json::Value) -> bool,
) -> Result<serde_json::Value, fantoccini::error::CmdError> {
    let mut s = client.execute(STATE, vec![]).await?;
    for _ in 0..40 {
        if done(&s) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        s = client.execute(STATE, vec![]).await?;
    }
    Ok(s)
}

/// The bank details of record have copy buttons: real buttons named for what they copy,
/// thumb-sized on a phone, that say "Copied"; the long values wrap on a 360 px screen.
#[actix_web::test]
async fn bank_details_have_copy_buttons_on_a_phone() {
    let Some(driver_bin) = chromedriver() else {
        eprintln!("skipped: chromedriver not found");
        return;
    };
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build_without_files(&app);
    let admin2 = world::second_admin(&app);
    let (a, b2) = (
        crate::payments::token(&app, &w.admin_a.email),
        crate::payments::token(&app, &admin2),
    );
    let id = crate::payments::details_of_record(&app, &a, &b2, "DE44 5001 0517 5407 3249 31").await;
    let b = Browser::start_sized(&app, &driver_bin, 360, 740).await;
    let result = async {
        b.sign_in(&w.buyer_granted.email).await?;
        b.client.goto(&format!("{}/payments", b.base)).await?;
        b.client
            .wait()
            .for_element(Locator::Css(&format!("#instruction-{id}")))
            .await?;
        let found = b
            .client
            .execute(
                "const b = document.querySelector(`button.copy[data-copy='account-${arguments[0]}']`); \
                 const r = b.getBoundingClientRect(); \
                 const v = document.getElementById('account-' + arguments[0]).getBoundingClientRect(); \
                 return {type: b.type, hidden: b.hidden, label: b.getAttribute('aria-label'), \
                   text: b.textContent, w: r.width, h: r.height, value_right: v.right, \
                   width: window.innerWidth, scroll: document.documentElement.scrollWidth, \
                   copies: document.querySelectorAll('button.copy:not([hidden])').length};",
                vec![serde_json::Value::String(id.clone())],
            )
            .await?;
        assert_eq!(found["type"], "button", "{found}");
        assert_eq!(found["hidden"], false, "the script shows it: {found}");
        assert_eq!(found["label"], "Copy the account number", "{found}");
        assert_eq!(found["text"], "Copy", "{found}");
        let n = |k: &str| found[k].as_f64().unwrap_or(0.0);
        assert!(n("w") >= 44.0 && n("h") >= 44.0, "44 × 44 px at least: {found}");
        assert!(n("value_right") <= n("width") && n("scroll") <= n("width"), "{found}");
        // Beneficiary, SWIFT/BIC, account of the details of record, and the public key.
        assert_eq!(found["copies"], 4, "{found}");
        harness::tap(
            &b.client,
            Locator::Css(&format!("button.copy[data-copy='account-{id}']")),
        )
        .await?;
        let mut said = String::new();
        for _ in 0..30 {
            said = b
                .client
                .find(Locator::Id("copy-status"))
                .await?
                .prop("textContent")
                .await?
                .unwrap_or_default();
            if !said.is_empty() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(said, "Copied", "the live region says so");
        let png = b.client.screenshot().await?;
        let _ = std::fs::write(std::env::temp_dir().join("portico-copy.png"), png);
        Ok::<(), fantoccini::error::CmdError>(())
    }
    .await;
    b.stop().await;
    result.expect("browser steps");
}

/// The brand end to end: an admin uploads a logo on a phone; after signing out, the sign-in
/// page of this device names the supplier with its logo once the e-mail is typed.
#[actix_web::test]
async fn the_sign_in_page_names_the_supplier_on_a_known_device() {
    let Some(driver_bin) = chromedriver() else {
        eprintln!("skipped: chromedriver not found");
        return;
    };
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build(&app);
    let dir = tempfile::tempdir().unwrap();
    let logo = dir.path().join("logo.png");
    image::DynamicImage::new_rgb8(600, 200).save(&logo).unwrap();
    let b = Browser::start_sized(&app, &driver_bin, 360, 740).await;
    let result = async {
        b.sign_in(&w.admin_a.email).await?;
        b.client.goto(&format!("{}/admin/settings", b.base)).await?;
        b.client
            .find(Locator::Id("brand-logo"))
            .await?
            .send_keys(&logo.to_string_lossy())
            .await?;
        harness::tap(&b.client, Locator::Id("brand-save")).await?;
        b.client
            .wait()
            .for_element(Locator::Id("brand-saved"))
            .await?;
        // The header shows it at once.
        b.client.find(Locator::Css("header.top img.logo")).await?;
        harness::tap(&b.client, Locator::Css("#account-menu summary")).await?;
        harness::tap(&b.client, Locator::Id("signout")).await?;
        b.client.goto(&format!("{}/signin", b.base)).await?;
        b.client
            .find(Locator::Id("email"))
            .await?
            .send_keys(&w.admin_a.email)
            .await?;
        harness::tap(&b.client, Locator::Id("password")).await?;
        let mut shown = false;
        for _ in 0..50 {
            let hidden = b
                .client
                .find(Locator::Id("supplier"))
                .await?
                .attr("hidden")
                .await?;
            if hidden.is_none() {
                shown = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(shown, "the supplier is named on a known device");
        let name = b
            .client
            .find(Locator::Id("supplier-name"))
            .await?
            .text()
            .await?;
        assert_eq!(name, world::ALPHA_NAME);
        let src = b
            .client
            .find(Locator::Id("supplier-logo"))
            .await?
            .attr("src")
            .await?
            .unwrap_or_default();
        assert!(
            src.contains(&format!("/brand/{}/logo?v=", w.alpha)),
            "{src}"
        );
        Ok::<(), fantoccini::error::CmdError>(())
    }
    .await;
    b.stop().await;
    result.expect("browser steps");
}
