//! The walk: every page that each demo role (and a visitor, from the sign-in page) can reach
//! by following links, on a 360×740 phone and a 1280×800 desktop, in English and Chinese, in
//! real headless Chromium. Each page (one per route pattern and role) must fit the screen's
//! width, have no axe-core violation of impact serious or critical, leave at least 85 % of a
//! phone's screen to the page, and stay within the page-weight limits (60 KB on a first
//! visit, 20 KB on a repeat one, photos apart).
//!
//! axe-core is the published npm package's `axe.min.js` (4.11.0, MPL-2.0, `axe/LICENSE`),
//! injected into each page. With `PORTICO_WALK_SCREENSHOTS=dir` every page is also saved as a
//! PNG there (`scripts/phone-screenshots` does that), for a person to look at.

use std::collections::{BTreeSet, VecDeque};
use std::fmt::Write as _;

use crate::common::browser::{Browser, chromedriver};
use crate::common::{Backend, TestApp};

const AXE: &str = include_str!("axe/axe.min.js");

/// Pages one role's walk opens at most, per screen and language: a safety stop, well above
/// the ~25 route patterns a role reaches.
const MAX_PAGES: usize = 60;

const FIRST_VISIT_LIMIT: f64 = 60.0 * 1024.0;
const REPEAT_VISIT_LIMIT: f64 = 20.0 * 1024.0;
/// The share of a phone's height that the portal's own bars may take.
const HEADER_SHARE: f64 = 0.15;

#[derive(Clone, Copy)]
struct Screen {
    name: &'static str,
    width: u32,
    height: u32,
    phone: bool,
}

const SCREENS: [Screen; 2] = [
    Screen {
        name: "phone",
        width: 360,
        height: 740,
        phone: true,
    },
    Screen {
        name: "desktop",
        width: 1280,
        height: 800,
        phone: false,
    },
];

/// A path's route pattern: ids, tokens and numbers become `{}` (one page per pattern is
/// enough to check a template).
pub fn pattern(path: &str) -> String {
    path.split('/')
        .map(|s| {
            let hexish = s.len() >= 16
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if hexish || (!s.is_empty() && s.chars().all(|c| c.is_ascii_digit())) {
                "{}"
            } else {
                s
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Addresses that are not pages: files, downloads, feeds. They are skipped before opening
/// (the walk would only see a download or an image).
fn not_a_page(path: &str) -> bool {
    const NOT_PAGES: [&str; 9] = [
        "/download",
        "/raw",
        "/preview",
        "/thumb",
        "/pdf",
        ".pdf",
        ".csv",
        "/static/",
        "/api/",
    ];
    NOT_PAGES.iter().any(|p| path.contains(p)) || path == "/signout"
}

/// The sign-ins `portico demo` printed: `role e-mail password`, one per line; the first of
/// each role.
fn sign_ins(out: &str) -> Vec<(String, String, String)> {
    let mut seen = BTreeSet::new();
    let mut v = Vec::new();
    for line in out.lines().skip(1) {
        let f: Vec<&str> = line.split_whitespace().collect();
        if let [role, email, pw] = f[..]
            && seen.insert(role.to_string())
        {
            v.push((role.to_string(), email.to_string(), pw.to_string()));
        }
    }
    v
}

const MEASURE: &str = r#"
const header = document.querySelector('header.top');
const nav = document.querySelector('nav.primary');
let bars = header ? header.getBoundingClientRect().height : 0;
if (nav) {
  const r = nav.getBoundingClientRect();
  // A menu at the top adds to the header; one at the bottom of a phone takes its own height.
  bars += r.height;
}
const photo = /\.(jpe?g|png|webp|gif)(\?|$)|\/(thumb|preview|original)(\?|$)/;
const entries = performance.getEntriesByType('resource').filter(r => !photo.test(r.name) && r.initiatorType !== 'img');
const navEntry = performance.getEntriesByType('navigation')[0];
// A first visit transfers every body; headers are ~0.5 KB a response.
let first = navEntry.encodedBodySize + 512;
let repeat = navEntry.transferSize;
for (const r of entries) { first += r.encodedBodySize + 512; repeat += r.transferSize; }
return {
  // Chromium reports the page's HTTP status: an error page must not pass as a page.
  status: navEntry.responseStatus || 0,
  content_type: document.contentType,
  scroll_width: document.documentElement.scrollWidth,
  width: window.innerWidth,
  height: window.innerHeight,
  bars: bars,
  first: first,
  repeat: repeat,
  // Controls of the money pages that a thumb cannot hit (44 × 44 px at least).
  small_controls: /^\/(payments|verify)/.test(location.pathname) ? Array.from(
      document.querySelectorAll('main button, main input:not([type=hidden]), main select, main a.button, main summary'))
    .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.width < 44 || r.height < 44); })
    .map(e => e.outerHTML.slice(0, 80)) : [],
  links: Array.from(document.querySelectorAll('a[href]')).map(a => a.href),
  title: document.title,
};
"#;

const RUN_AXE: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, {
  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
  resultTypes: ['violations'],
}).then(r => done(r.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' +
        v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' «' + (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 160) + '»').join('; '))))
  .catch(e => done(['axe failed: ' + e]));
"#;

struct Walk<'a> {
    b: &'a Browser,
    /// Where the walk starts: `/dashboard` for a signed-in role, `/signin` for a visitor.
    start: &'static str,
    screen: Screen,
    lang: &'a str,
    role: &'a str,
    problems: &'a mut Vec<String>,
    pages: usize,
    /// The largest share of the screen the bars took, and the heaviest first visit (bytes).
    most_bars: f64,
    heaviest: f64,
    shots: Option<std::path::PathBuf>,
}

impl Walk<'_> {
    fn problem(&mut self, path: &str, what: String) {
        self.problems.push(format!(
            "[{} {} {}] {path}: {what}",
            self.screen.name, self.lang, self.role
        ));
    }

    async fn run(&mut self) -> Result<(), fantoccini::error::CmdError> {
        let base = self.b.base.clone();
        let mut patterns = BTreeSet::new();
        let mut queue = VecDeque::from([self.start.to_string()]);
        patterns.insert(pattern(self.start));
        let mut first_page = true;
        while let Some(path) = queue.pop_front() {
            if self.pages >= MAX_PAGES {
                self.problem(&path, format!("more than {MAX_PAGES} route patterns"));
                break;
            }
            self.b.client.goto(&format!("{base}{path}")).await?;
            let landed = self.b.client.current_url().await?;
            let m = self.b.client.execute(MEASURE, vec![]).await?;
            if m["content_type"] != "text/html" {
                continue;
            }
            self.pages += 1;
            let here = format!(
                "{}{}",
                landed.path(),
                landed.query().map(|q| format!("?{q}")).unwrap_or_default()
            );
            if self.start != "/signin" && landed.path().starts_with("/signin") {
                self.problem(&path, "signed out on the way".into());
                break;
            }
            let num = |k: &str| m[k].as_f64().unwrap_or(0.0);
            // 0: the browser did not say, and the check would be blind.
            if num("status") >= 400.0 || num("status") == 0.0 {
                self.problem(&here, format!("answered {}", num("status")));
            }
            if num("scroll_width") > num("width") {
                self.problem(
                    &here,
                    format!(
                        "{} px wide on a {} px screen",
                        num("scroll_width"),
                        num("width")
                    ),
                );
            }
            self.most_bars = self.most_bars.max(num("bars") / num("height"));
            self.heaviest = self.heaviest.max(num("first"));
            if self.screen.phone && num("bars") > HEADER_SHARE * num("height") {
                self.problem(
                    &here,
                    format!("the bars take {} of {} px", num("bars"), num("height")),
                );
            }
            if self.screen.phone {
                for c in m["small_controls"].as_array().into_iter().flatten() {
                    self.problem(&here, format!("a control under 44 × 44 px: {c}"));
                }
            }
            if num("first") > FIRST_VISIT_LIMIT {
                self.problem(
                    &here,
                    format!("{:.1} KB on a first visit", num("first") / 1024.0),
                );
            }
            // The very first page fills the cache; from then on the shared files are cached.
            if !first_page && num("repeat") > REPEAT_VISIT_LIMIT {
                self.problem(
                    &here,
                    format!("{:.1} KB on a repeat visit", num("repeat") / 1024.0),
                );
            }
            first_page = false;
            self.b.client.execute(AXE, vec![]).await?;
            let violations = self.b.client.execute_async(RUN_AXE, vec![]).await?;
            for v in violations.as_array().into_iter().flatten() {
                self.problem(&here, v.as_str().unwrap_or_default().to_string());
            }
            if let Some(dir) = &self.shots {
                let name = format!(
                    "{}-{}-{}-{}.png",
                    self.screen.name,
                    self.lang,
                    self.role,
                    pattern(landed.path()).replace(['/', '{', '}'], "_")
                );
                let png = self.b.client.screenshot().await?;
                let _ = std::fs::write(dir.join(name), png);
            }
            for link in m["links"].as_array().into_iter().flatten() {
                let Some(href) = link.as_str() else { continue };
                let Some(rest) = href.strip_prefix(&base) else {
                    continue;
                };
                let rest = rest.split('#').next().unwrap_or_default();
                let p = rest.split('?').next().unwrap_or_default();
                if p.is_empty() || not_a_page(p) {
                    continue;
                }
                if patterns.insert(pattern(p)) {
                    queue.push_back(rest.to_string());
                }
            }
        }
        Ok(())
    }
}

#[actix_web::test]
async fn every_page_fits_a_phone_and_passes_axe() {
    let Some(driver_bin) = chromedriver() else {
        eprintln!("skipped: chromedriver not found");
        return;
    };
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let out = portico::demo::load(&app.state).await.unwrap();
    let people = sign_ins(&out);
    assert!(people.len() >= 4, "{out}");
    let shots = std::env::var_os("PORTICO_WALK_SCREENSHOTS").map(std::path::PathBuf::from);
    if let Some(d) = &shots {
        std::fs::create_dir_all(d).unwrap();
    }
    let mut problems = Vec::new();
    let mut summary = String::new();
    for screen in SCREENS {
        let b = Browser::start_sized(&app, &driver_bin, screen.width, screen.height).await;
        // A visitor first: the sign-in page and what it links to.
        b.client.delete_all_cookies().await.unwrap();
        let mut w = Walk {
            b: &b,
            start: "/signin",
            screen,
            lang: "en",
            role: "visitor",
            problems: &mut problems,
            pages: 0,
            most_bars: 0.0,
            heaviest: 0.0,
            shots: shots.clone(),
        };
        w.run().await.expect("browser steps");
        let _ = writeln!(summary, "{} en visitor: {} pages", screen.name, w.pages);
        for lang in ["en", "zh-CN"] {
            set_language(&app, lang);
            for (role, email, pw) in &people {
                let started = std::time::Instant::now();
                b.client.delete_all_cookies().await.unwrap();
                b.sign_in_as(email, pw).await.expect("sign in");
                let mut w = Walk {
                    b: &b,
                    start: "/dashboard",
                    screen,
                    lang,
                    role,
                    problems: &mut problems,
                    pages: 0,
                    most_bars: 0.0,
                    heaviest: 0.0,
                    shots: shots.clone(),
                };
                let r = w.run().await;
                let (pages, bars, heaviest) = (w.pages, w.most_bars, w.heaviest);
                r.expect("browser steps");
                let _ = writeln!(
                    summary,
                    "{} {lang} {role}: {pages} pages in {:.1} s; bars at most {:.1} % of the \
                     height; heaviest first visit {:.1} KB",
                    screen.name,
                    started.elapsed().as_secs_f64(),
                    bars * 100.0,
                    heaviest / 1024.0
                );
            }
        }
        b.stop().await;
    }
    eprintln!("{summary}");
    let _ = std::fs::write(
        std::env::temp_dir().join("portico-walk.txt"),
        format!("{summary}\n{}", problems.join("\n")),
    );
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

fn set_language(app: &TestApp, lang: &str) {
    use diesel::RunQueryDsl;
    diesel::sql_query(format!("UPDATE users SET locale = '{lang}'"))
        .execute(&mut *app.conn())
        .unwrap();
}

#[test]
fn patterns_stand_for_ids() {
    assert_eq!(
        pattern("/orders/0193c6f2-7a1b-7cc0-9d2e-3f4a5b6c7d8e/files"),
        "/orders/{}/files"
    );
    assert_eq!(pattern("/reports"), "/reports");
    assert_eq!(pattern("/admin/audit/12"), "/admin/audit/{}");
}
