//! Every buyer's language beyond the pages: each mail kind, the progress report and the
//! payment sheet come out in the reader's language with no English sentence of the catalogue;
//! a report goes out in its buyers' language; the company's language writes its default
//! template and its invitations; an account made from an invitation starts in its language;
//! a person's CSV download names its columns in their language while the API's stays stable.

use crate::common;

use std::collections::{HashMap, HashSet};

use actix_web::http::StatusCode;
use common::world::{self, World};
use common::{Backend, TestApp, api};
use diesel::prelude::*;
use portico::auth::session::SessionKind;
use portico::db::schema::{outbox, reports, users};
use portico::i18n::{I18n, Locale};

/// The English pieces of the catalogue (longer than 12 characters) that `l` writes otherwise
/// and never uses itself (a brand name, "Administrator" in German).
fn foreign(i18n: &I18n, l: Locale) -> Vec<String> {
    let mut own: HashMap<String, Vec<String>> = HashMap::new();
    for (id, f) in i18n.sample_fragments(l) {
        own.entry(id).or_default().push(f);
    }
    let everything: Vec<&String> = own.values().flatten().collect();
    let mut out: Vec<String> = i18n
        .sample_fragments(Locale::En)
        .into_iter()
        .filter(|(id, en)| {
            en.chars().count() > 12
                && own.get(id).is_some_and(|fs| !fs.contains(en))
                && !everything.iter().any(|f| f.contains(en.as_str()))
        })
        .map(|(_, en)| en)
        .collect();
    out.sort();
    out.dedup();
    out
}

fn leaks(what: &str, text: &str, foreign: &[String]) -> Vec<String> {
    // pdftotext breaks lines where the PDF does: compare with whitespace made single.
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    foreign
        .iter()
        .filter(|en| flat.contains(en.as_str()))
        .map(|en| format!("{what}: {en:?}"))
        .collect()
}

fn set_locale(app: &TestApp, user: &portico::ids::UserId, l: Locale) {
    diesel::update(users::table.find(user))
        .set(users::locale.eq(Some(l.code())))
        .execute(&mut *app.conn())
        .unwrap();
}

fn admin_actor(app: &TestApp, w: &World) -> portico::policy::Actor {
    let issued = world::issue(app, &w.admin_a.email, SessionKind::Api);
    let claims = portico::auth::jwt::decode(&app.state.keys.jwt, &issued.access_token).unwrap();
    portico::auth::session::authenticate(&mut app.conn(), &claims, "127.0.0.1").unwrap()
}

/// Every kind of mail a person gets, in each language: the security notice, the password
/// reset code, news mailed at once and the daily summary (both framed by the catalogue),
/// and an invitation written in the language the inviter chose.
#[actix_web::test]
async fn every_mail_kind_in_every_language() {
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build_without_files(&app);
    let i18n = I18n::load();
    let admin = admin_actor(&app, &w);
    // A reset code is limited to three an hour per address: three readers take turns.
    let readers = [&w.buyer_y, &w.buyer_granted, &w.buyer_nogrant];
    let mut seen: HashSet<String> = outbox::table
        .select(outbox::id)
        .load::<String>(&mut *app.conn())
        .unwrap()
        .into_iter()
        .collect();
    let mut problems = Vec::new();
    for (i, &l) in Locale::ALL.iter().filter(|l| **l != Locale::En).enumerate() {
        let reader = readers[i % readers.len()];
        set_locale(&app, &reader.id, l);
        let invitee = format!("invitee-{}@example.com", l.code().to_lowercase());
        {
            let mut c = app.conn();
            let c = &mut *c;
            portico::auth::alerts::raise_for(
                c,
                &reader.id,
                portico::auth::alerts::FAILED_SIGN_INS,
                &portico::auth::alerts::Detail::new(
                    "notice.detail.failed_sign_ins",
                    &[("n", "5"), ("ip", "198.51.100.4")],
                ),
                "198.51.100.4",
            )
            .unwrap();
            portico::account::recovery::request_reset(
                c,
                &reader.email,
                "https://portal.example",
                "203.0.113.9",
            )
            .unwrap();
            for kind in [
                portico::notifications::REPORT_READY,
                portico::notifications::UPDATE,
            ] {
                portico::notifications::send(
                    c,
                    std::slice::from_ref(&reader.id),
                    &portico::notifications::Notice {
                        tenant_id: Some(&w.alpha),
                        order_id: None,
                        kind,
                        params: serde_json::json!({
                            "ref": "PO-7", "title": "Jackets", "report": "r1",
                            "period": "1–7", "by": "Lin", "text": "Cutting done",
                        }),
                    },
                )
                .unwrap();
            }
            portico::notifications::mail::mail_now(c, &i18n, "https://portal.example").unwrap();
            portico::notifications::mail::digest(c, &i18n, "https://portal.example", &w.alpha)
                .unwrap();
            portico::invitations::invite(
                c,
                &admin,
                &portico::people::NewPerson {
                    email: invitee.clone(),
                    display_name: "Invitee".into(),
                    role: "buyer".into(),
                    customer_org_id: w.org_y.to_string(),
                    access: "all".into(),
                    language: l.code().into(),
                    ..Default::default()
                },
                "https://portal.example",
            )
            .unwrap();
        }
        type Row = (String, String, String, String, String);
        let mails: Vec<Row> = outbox::table
            .select((
                outbox::id,
                outbox::to_email,
                outbox::locale,
                outbox::subject,
                outbox::body_text,
            ))
            .load::<Row>(&mut *app.conn())
            .unwrap()
            .into_iter()
            .filter(|(id, ..)| seen.insert(id.clone()))
            .collect();
        let to_reader = mails.iter().filter(|m| m.1 == reader.email).count();
        let to_invitee = mails.iter().filter(|m| m.1 == invitee).count();
        assert!(
            to_reader >= 4 && to_invitee == 1,
            "{}: security, reset, news and summary to the reader ({to_reader}), an invitation ({to_invitee})",
            l.code()
        );
        let foreign = foreign(&i18n, l);
        for (_, to, locale, subject, body) in &mails {
            assert_eq!(locale, l.code(), "{to}: {subject}");
            problems.extend(leaks(
                &format!("{} mail to {to} «{subject}»", l.code()),
                &format!("{subject}\n{body}"),
                &foreign,
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "English in translated mail:\n{}",
        problems.join("\n")
    );
}

/// PDFs need fonts (Chinese and Arabic ones) and poppler's pdftotext: required under CI.
fn pdf_tools_or_skip() -> bool {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let fonts = portico::reports::pdf::fonts();
    let arabic = std::path::Path::new("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf")
        .exists()
        || std::env::var_os("PORTICO_FONT_DIR").is_some();
    let pdftotext = std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok();
    match (fonts, arabic, pdftotext) {
        (Ok(f), true, true) if f.cjk => true,
        other => {
            let why = format!(
                "fonts {:?}, Arabic font {}, pdftotext {}",
                other.0.err(),
                other.1,
                other.2
            );
            if ci {
                panic!("CI=true but PDF tools are missing: {why}");
            }
            eprintln!("skipped: {why}");
            false
        }
    }
}

fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.pdf");
    std::fs::write(&path, pdf).unwrap();
    let o = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    assert!(o.status.success());
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The PDF's document language, as its catalogue declares it (`/Lang(es)`).
fn declared_language(pdf: &[u8]) -> Option<String> {
    let at = pdf.windows(5).position(|w| w == b"/Lang")?;
    let rest = &pdf[at + 5..];
    let open = rest.iter().position(|b| *b == b'(')?;
    let close = rest.iter().position(|b| *b == b')')?;
    Some(String::from_utf8_lossy(&rest[open + 1..close]).into_owned())
}

/// A report in each of the nine languages: its words, dates and `/Lang` are the language's,
/// no English sentence of the catalogue is left, the Arabic one runs right to left with
/// Arabic letters; and without a choice a report is written in its buyers' language, on
/// demand and on the weekly schedule alike.
#[actix_web::test]
async fn reports_in_every_language() {
    if !pdf_tools_or_skip() {
        return;
    }
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build(&app);
    let i18n = I18n::load();
    let merch = world::issue(&app, &w.merch_a.email, SessionKind::Api).access_token;
    let mut ids = Vec::new();
    for &l in Locale::ALL {
        let r = api(
            &app,
            &merch,
            "/api/v1/reports",
            Some(serde_json::json!({ "order_id": w.order1, "language": l.code() })),
        )
        .await;
        assert_eq!(r.status, StatusCode::ACCEPTED, "{}", r.body);
        assert_eq!(r.json()["report"]["language"], l.code());
        ids.push((l, r.json()["report"]["id"].as_str().unwrap().to_string()));
    }
    let r = api(
        &app,
        &merch,
        "/api/v1/reports",
        Some(serde_json::json!({ "order_id": w.order1, "language": "tlh" })),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    assert_eq!(
        portico::jobs::drain(&app.state, "test").await.unwrap(),
        Locale::ALL.len()
    );
    let mut problems = Vec::new();
    for (l, id) in &ids {
        let r = api(&app, &merch, &format!("/api/v1/reports/{id}/pdf"), None).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let pdf = r.bytes.to_vec();
        // To look at them by eye: PORTICO_DUMP_DIR=/tmp cargo test --test it languages::
        if let Some(dir) = std::env::var_os("PORTICO_DUMP_DIR") {
            std::fs::write(
                std::path::Path::new(&dir).join(format!("report-{}.pdf", l.code())),
                &pdf,
            )
            .unwrap();
        }
        let declared = declared_language(&pdf).unwrap_or_default();
        assert!(
            declared
                .to_lowercase()
                .starts_with(&l.code()[..2].to_lowercase()),
            "{}: /Lang ({declared})",
            l.code()
        );
        let text = pdf_text(&pdf);
        let title = i18n.text(*l, "report.pdf.title", &[]).unwrap();
        match l {
            // Arabic comes out of the PDF shaped (presentation forms): its letters, not its
            // exact words.
            Locale::Ar => assert!(
                text.chars()
                    .filter(|c| ('\u{0600}'..='\u{06FF}').contains(c)
                        || ('\u{FE70}'..='\u{FEFF}').contains(c))
                    .count()
                    > 50,
                "Arabic letters in the Arabic report: {text}"
            ),
            _ => assert!(
                text.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .contains(&title),
                "{}: {title:?} in {text}",
                l.code()
            ),
        }
        if *l != Locale::En {
            problems.extend(leaks(
                &format!("{} report", l.code()),
                &text,
                &foreign(&i18n, *l),
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "English in translated reports:\n{}",
        problems.join("\n")
    );

    // Nobody chose: the buyers' language decides (the order's one buyer reads Spanish).
    set_locale(&app, &w.buyer_granted.id, Locale::Es);
    let r = api(
        &app,
        &merch,
        "/api/v1/reports",
        Some(serde_json::json!({ "order_id": w.order1 })),
    )
    .await;
    assert_eq!(r.json()["report"]["language"], "es", "{}", r.body);
    let today = portico::ids::today();
    portico::reports::schedule_weekly(&mut app.conn(), &w.alpha, today).unwrap();
    let weekly: Locale = reports::table
        .filter(reports::order_id.eq(&w.order1))
        .filter(reports::trigger_kind.eq("scheduled"))
        .select(reports::language)
        .first(&mut *app.conn())
        .unwrap();
    assert_eq!(weekly, Locale::Es);
}

/// The company's language: the default template is written in it at setup, settings change
/// it (and refuse a language the portal does not speak), invitations start in it, and the
/// account an invitation makes starts in the invitation's language.
#[actix_web::test]
async fn the_company_language() {
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build_without_files(&app);
    let t = portico::tenants::create(&mut app.conn(), "Gamma Confecciones", "gamma", Locale::Es)
        .unwrap();
    let (name, steps): (String, String) = {
        use portico::db::schema::{milestone_template_steps as s, milestone_templates as m};
        let (id, name): (String, String) = m::table
            .filter(m::tenant_id.eq(&t.id))
            .select((m::id, m::name))
            .first(&mut *app.conn())
            .unwrap();
        let steps: Vec<String> = s::table
            .filter(s::template_id.eq(&id))
            .order(s::position.asc())
            .select(s::name)
            .load(&mut *app.conn())
            .unwrap();
        (name, steps.join(", "))
    };
    assert_eq!(name, "Prendas");
    assert!(
        steps.starts_with("Compra de tejidos, Corte, Confección"),
        "{steps}"
    );

    let mut admin = world::browser(&app, &w.admin_a.email);
    let page = admin.get("/admin/settings").await.body;
    assert!(
        page.contains("<option value=\"en\" lang=\"en\" selected>"),
        "{page}"
    );
    let form = |lang: &'static str| {
        vec![
            ("share_link_max_days", "14"),
            ("idle_minutes", "60"),
            ("session_hours", "12"),
            ("timezone", "Asia/Shanghai"),
            ("report_weekday", "1"),
            ("report_hour", "8"),
            ("payment_cooling_hours", "72"),
            ("language", lang),
        ]
    };
    let r = admin.post("/admin/settings", &form("tlh")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
    let r = admin.post("/admin/settings", &form("tr")).await;
    assert!(
        r.status.is_redirection() || r.status == StatusCode::OK,
        "{}",
        r.body
    );
    let page = admin.get("/admin/settings").await.body;
    assert!(
        page.contains("<option value=\"tr\" lang=\"tr\" selected>"),
        "{page}"
    );
    // The invitation form starts at the company's language.
    let page = admin.get("/admin/invitations/new").await.body;
    assert!(
        page.contains("<option value=\"tr\" lang=\"tr\" selected>"),
        "{page}"
    );

    // Invited in Arabic: the mail is Arabic, and so is the account it makes.
    let admin_actor = admin_actor(&app, &w);
    let issued = portico::invitations::invite(
        &mut app.conn(),
        &admin_actor,
        &portico::people::NewPerson {
            email: "nadia@example.com".into(),
            display_name: "Nadia".into(),
            role: "buyer".into(),
            customer_org_id: w.org_y.to_string(),
            access: "all".into(),
            language: "ar".into(),
            ..Default::default()
        },
        "https://portal.example",
    )
    .unwrap();
    let (locale, subject): (String, String) = outbox::table
        .filter(outbox::to_email.eq("nadia@example.com"))
        .select((outbox::locale, outbox::subject))
        .first(&mut *app.conn())
        .unwrap();
    assert_eq!(locale, "ar");
    assert!(
        subject.contains("Portico") && subject.contains("دعوة"),
        "{subject}"
    );
    let hash = portico::auth::password::hash("a long enough passphrase").unwrap();
    let (uid, _) = portico::invitations::accept_new(
        &mut app.conn(),
        &issued.code,
        "Nadia",
        &hash,
        "127.0.0.1",
    )
    .unwrap();
    let chosen: Option<String> = users::table
        .find(&uid)
        .select(users::locale)
        .first(&mut *app.conn())
        .unwrap();
    assert_eq!(chosen.as_deref(), Some("ar"));
    // Without a choice, an invitation goes out in the company's language (Turkish now).
    portico::invitations::invite(
        &mut app.conn(),
        &admin_actor,
        &portico::people::NewPerson {
            email: "mehmet@example.com".into(),
            display_name: "Mehmet".into(),
            role: "buyer".into(),
            customer_org_id: w.org_y.to_string(),
            access: "all".into(),
            ..Default::default()
        },
        "https://portal.example",
    )
    .unwrap();
    let locale: String = outbox::table
        .filter(outbox::to_email.eq("mehmet@example.com"))
        .select(outbox::locale)
        .first(&mut *app.conn())
        .unwrap();
    assert_eq!(locale, "tr");
}

/// A person's CSV names its columns and states in their language; the API's keeps the names
/// and codes programs read.
#[actix_web::test]
async fn csv_for_people_and_for_programs() {
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build_without_files(&app);
    let mut admin = world::browser(&app, &w.admin_a.email);
    admin
        .post("/language", &[("lang", "fr"), ("next", "/")])
        .await;
    let r = admin.get("/orders/export.csv").await;
    assert_eq!(r.status, StatusCode::OK);
    let first = r.body.lines().next().unwrap_or_default().to_string();
    assert!(
        first.contains("Référence / BC") && first.contains("Sortie d’usine"),
        "{first}"
    );
    assert!(
        !r.body.contains("in_production"),
        "states in French: {}",
        r.body
    );
    let audit = admin.get("/admin/audit/export.csv").await.body;
    assert!(audit.contains("Heure (UTC)"), "{audit}");
    let token = world::issue(&app, &w.admin_a.email, SessionKind::Api).access_token;
    let r = api(&app, &token, "/api/v1/orders/export.csv", None).await;
    assert!(
        r.body
            .trim_start_matches('\u{feff}')
            .starts_with("reference,title,customer,"),
        "{}",
        r.body
    );
}
