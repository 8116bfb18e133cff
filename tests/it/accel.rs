//! Files sent by nginx (`PORTICO_ACCEL_REDIRECT`): `deploy/nginx-local.conf` runs as shipped
//! (paths and ports replaced) in front of a Portico server on the test's database and objects.
//! Portico still decides who gets what, audits, answers 304/416 and sets every header; nginx
//! only copies the bytes (sendfile). Runs where `PORTICO_TEST_NGINX` names nginx (`.ci/run`
//! sets it; under `CI=true` a missing nginx fails).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use diesel::prelude::*;
use portico::auth::session::SessionKind;
use portico::db::schema::{audit_events, files};

use crate::common::world::{self, World};
use crate::common::{self, Backend, METRICS_TOKEN, TestApp, free_port};

const LOCATION: &str = "/_portico_objects/";

fn nginx_binary() -> Option<PathBuf> {
    match std::env::var_os("PORTICO_TEST_NGINX") {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("CI=true but PORTICO_TEST_NGINX is not set: the nginx suite must run")
        }
        _ => None,
    }
}

struct Nginx(Child);

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// nginx with the shipped server block, proxying to `app` and sending from `objects`.
fn nginx(binary: &Path, work: &Path, app: SocketAddr, objects: &Path) -> (Nginx, SocketAddr) {
    let shipped = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/nginx-local.conf"),
    )
    .unwrap();
    let port = free_port();
    let server = shipped
        .replace("listen 80;", &format!("listen 127.0.0.1:{port};"))
        .replace("http://127.0.0.1:8080", &format!("http://{app}"))
        .replace(
            "/var/lib/portico/objects/",
            &format!("{}/", objects.display()),
        );
    assert!(server.contains(&format!("listen 127.0.0.1:{port};")));
    assert!(server.contains(&format!("{}/;", objects.display())));
    let w = work.display();
    let user = String::from_utf8(Command::new("id").arg("-un").output().unwrap().stdout).unwrap();
    let conf = format!(
        "daemon off;\nmaster_process off;\nuser {user};\nworker_processes 1;\npid {w}/nginx.pid;\nerror_log {w}/error.log;\n\
         events {{ worker_connections 64; }}\n\
         http {{\n access_log off;\n client_body_temp_path {w}/body;\n proxy_temp_path {w}/proxy;\n \
         fastcgi_temp_path {w}/fcgi;\n uwsgi_temp_path {w}/uwsgi;\n scgi_temp_path {w}/scgi;\n\
         {server}\n}}\n",
        user = user.trim()
    );
    std::fs::write(work.join("nginx.conf"), conf).unwrap();
    // One process (no master whose workers outlive it), owned at once: killed and waited
    // for however the test ends.
    let mut nginx = Nginx(
        Command::new(binary)
            .arg("-e")
            .arg(work.join("error.log"))
            .arg("-c")
            .arg(work.join("nginx.conf"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    for _ in 0..100 {
        // A port taken meanwhile by another test's server makes nginx exit: the connection
        // must be nginx's, so it must still run a moment after answering.
        if TcpStream::connect(addr).is_ok() {
            std::thread::sleep(Duration::from_millis(100));
            if nginx.0.try_wait().unwrap().is_none() {
                return (nginx, addr);
            }
            break;
        }
        if nginx.0.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!(
        "nginx did not start: {}",
        std::fs::read_to_string(work.join("error.log")).unwrap_or_default()
    );
}

/// Request headers; the status, the part of the file and whether nginx sent it.
type Case<'a> = (&'a [(&'a str, &'a str)], u16, std::ops::Range<usize>, bool);

struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// One HTTP/1.1 request on a new connection, the body as bytes.
fn fetch(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)]) -> Answer {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete answer");
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Answer {
        status,
        headers,
        body: raw[end + 4..].to_vec(),
    }
}

fn downloads_audited(app: &TestApp, id: &str) -> i64 {
    audit_events::table
        .filter(audit_events::action.eq("file.download"))
        .filter(audit_events::object_id.eq(id))
        .count()
        .get_result(&mut *app.conn())
        .unwrap()
}

fn sent_by_proxy(addr: SocketAddr) -> u64 {
    let bearer = format!("Bearer {METRICS_TOKEN}");
    let a = fetch(addr, "GET", "/metrics", &[("Authorization", &bearer)]);
    assert_eq!(a.status, 200);
    String::from_utf8_lossy(&a.body)
        .lines()
        .find_map(|l| l.strip_prefix("portico_downloads_sent_by_proxy_total "))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .expect("the counter") as u64
}

#[actix_web::test]
async fn nginx_sends_the_bytes_after_portico_decided_everything() {
    let Some(binary) = nginx_binary() else {
        return;
    };
    let app = TestApp::new(Backend::Sqlite).await.unwrap();
    let w = World::build_without_files(&app);
    let merch = world::issue(&app, &w.merch_a.email, SessionKind::Api).access_token;
    let buyer = world::issue(&app, &w.buyer_granted.email, SessionKind::Api).access_token;
    let stranger = world::issue(&app, &w.buyer_nogrant.email, SessionKind::Api).access_token;
    let elsewhere = world::issue(&app, &w.admin_b.email, SessionKind::Api).access_token;
    // A document large enough to be sent in many writes, and a photo whose camera data the
    // buyer's copy drops as it streams (so it cannot be sent from the file as it is).
    let mut pdf = b"%PDF-1.7\n1 0 obj<<>>endobj\n".to_vec();
    for i in 0..20_000 {
        pdf.extend_from_slice(format!("% line {i:06} of the packing list\n").as_bytes());
    }
    pdf.extend_from_slice(b"trailer<<>>\n%%EOF\n");
    let doc = common::upload_for_buyers(&app, &merch, &w.order1, "packing list.pdf", &pdf).await;
    let photo = common::upload_for_buyers(
        &app,
        &merch,
        &w.order1,
        "IMG_0001.JPG",
        &common::jpeg_with_exif(),
    )
    .await;
    let (key, sha): (String, String) = files::table
        .filter(files::id.eq(&doc))
        .select((files::object_key, files::sha256))
        .first(&mut *app.conn())
        .unwrap();

    let config = portico::config::Config {
        accel_redirect: Some(LOCATION.into()),
        ..app.state.config.clone()
    };
    let portico::config::StorageUrl::Local(objects) = config.storage.clone() else {
        unreachable!("local storage")
    };
    let state = actix_web::web::Data::new(portico::init_state(config).unwrap());
    let (port, handle) = common::serve(state).await;
    let direct: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let work = tempfile::tempdir().unwrap();
    let (_nginx, nx) = nginx(&binary, work.path(), direct, &objects);

    let content = format!("/api/v1/files/{doc}/content");
    let as_buyer = format!("Bearer {buyer}");
    let auth = ("Authorization", as_buyer.as_str());
    let etag = format!("\"{sha}\"");
    let audited = downloads_audited(&app, &doc);
    let offloaded = sent_by_proxy(direct);

    // Portico alone answers with the location and no bytes: what arrives through nginx was
    // sent by nginx.
    let a = fetch(direct, "GET", &content, &[auth]);
    assert_eq!(a.status, 200);
    assert_eq!(
        a.header("X-Accel-Redirect"),
        Some(format!("{LOCATION}{key}").as_str())
    );
    assert!(a.body.is_empty(), "{} bytes", a.body.len());

    let a = fetch(nx, "GET", &content, &[auth]);
    assert_eq!(a.status, 200);
    assert!(a.body == pdf, "{} of {} bytes", a.body.len(), pdf.len());
    assert_eq!(
        a.header("Content-Length"),
        Some(pdf.len().to_string().as_str())
    );
    assert_eq!(a.header("Content-Type"), Some("application/pdf"));
    assert_eq!(a.header("ETag"), Some(etag.as_str()));
    assert_eq!(
        a.header("Content-Security-Policy"),
        Some(portico::files::download::FILE_CSP)
    );
    assert_eq!(a.header("X-Content-Type-Options"), Some("nosniff"));
    assert_eq!(
        a.header("Cross-Origin-Resource-Policy"),
        Some("same-origin")
    );
    assert_eq!(a.header("X-Frame-Options"), Some("DENY"));
    assert_eq!(a.header("Referrer-Policy"), Some("same-origin"));
    assert_eq!(a.header("Cache-Control"), Some("private, no-cache"));
    let accept_ranges = a
        .headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("accept-ranges"));
    assert_eq!(
        accept_ranges.count(),
        1,
        "nginx's own, not Portico's beside it"
    );
    assert!(a.header("X-Request-Id").is_some_and(|v| !v.is_empty()));
    assert!(
        a.header("Content-Disposition")
            .is_some_and(|v| v.starts_with("inline; filename=\"packing list.pdf\"")),
        "{:?}",
        a.header("Content-Disposition")
    );
    for hidden in ["X-Accel-Redirect", "Last-Modified"] {
        assert_eq!(a.header(hidden), None, "{hidden}");
    }

    // Ranges and conditions, each decided by Portico; the bytes sent by nginx only where
    // nginx reads the request's headers as Portico does, else streamed by Portico.
    let len = pdf.len();
    let cases: &[Case] = &[
        (&[("Range", "bytes=10-19")], 206, 10..20, true),
        (&[("Range", "bytes=-7")], 206, len - 7..len, true),
        (
            &[("Range", "bytes=1-"), ("If-Range", &etag)],
            206,
            1..len,
            true,
        ),
        // Another version's validator, several ranges, another spelling, an If-Range
        // Portico cannot read: what Portico sends, through Portico.
        (
            &[("Range", "bytes=1-"), ("If-Range", "\"an-old-version\"")],
            200,
            0..len,
            false,
        ),
        (&[("Range", "bytes=0-1,5-6")], 200, 0..len, false),
        (&[("Range", "bytes=0-3,abc")], 200, 0..len, false),
        (&[("Range", "Bytes=2-3")], 200, 0..len, false),
        (
            &[("Range", "bytes=1-"), ("If-Range", "\"ab\u{e9}\"")],
            206,
            1..len,
            false,
        ),
        // nginx would refuse If-Match (the file has no ETag before its headers are added).
        (&[("If-Match", &etag)], 200, 0..len, false),
    ];
    for (headers, status, part, by_nginx) in cases {
        let before = sent_by_proxy(direct);
        let mut h = vec![auth];
        h.extend_from_slice(headers);
        let a = fetch(nx, "GET", &content, &h);
        assert_eq!(a.status, *status, "{headers:?}");
        assert!(
            a.body == pdf[part.clone()],
            "{headers:?}: {} bytes",
            a.body.len()
        );
        if *status == 206 {
            let range = format!("bytes {}-{}/{len}", part.start, part.end - 1);
            assert_eq!(
                a.header("Content-Range"),
                Some(range.as_str()),
                "{headers:?}"
            );
        }
        assert_eq!(a.header("ETag"), Some(etag.as_str()), "{headers:?}");
        assert_eq!(
            sent_by_proxy(direct) - before,
            u64::from(*by_nginx),
            "{headers:?}"
        );
    }
    // Decided by Portico before any redirect.
    let a = fetch(
        nx,
        "GET",
        &content,
        &[auth, ("If-None-Match", etag.as_str())],
    );
    assert_eq!((a.status, a.body.len()), (304, 0));
    let a = fetch(nx, "GET", &content, &[auth, ("Range", "bytes=999999999-")]);
    assert_eq!(a.status, 416);
    assert_eq!(
        a.header("Content-Range"),
        Some(format!("bytes */{len}").as_str())
    );
    let a = fetch(nx, "HEAD", &content, &[auth]);
    assert_eq!(a.status, 200);
    assert_eq!(a.header("Content-Length"), Some(len.to_string().as_str()));

    // Every GET that carried bytes of the document is audited, as without nginx: the direct
    // one at the start (Portico cannot know that nobody sent the bytes), the whole one and
    // the nine above; not the 304, the 416 or the HEAD. nginx sent five of them.
    assert_eq!(downloads_audited(&app, &doc) - audited, 11);
    assert_eq!(sent_by_proxy(direct) - offloaded, 5);

    // A share link's file: nginx keeps the link's stricter headers.
    let link = world::share_link(&app, &merch, &w.order1).await;
    let a = fetch(nx, "GET", &format!("/s/{link}/files/{doc}"), &[]);
    assert_eq!(a.status, 200);
    assert!(a.body == pdf);
    assert_eq!(a.header("Referrer-Policy"), Some("no-referrer"));
    assert_eq!(a.header("X-Robots-Tag"), Some("noindex, nofollow"));
    assert_eq!(sent_by_proxy(direct) - offloaded, 6);

    // Who may not see the file gets Portico's 404 and no redirect: a buyer without a
    // grant, the admin of another supplier. The location itself is not reachable.
    for other in [&stranger, &elsewhere] {
        let bearer = format!("Bearer {other}");
        let a = fetch(nx, "GET", &content, &[("Authorization", &bearer)]);
        assert_eq!(a.status, 404);
        assert!(a.header("X-Accel-Redirect").is_none());
        assert!(a.body.len() < 1000, "{} bytes", a.body.len());
    }
    let a = fetch(nx, "GET", &format!("{LOCATION}{key}"), &[auth]);
    assert_eq!(a.status, 404);
    assert!(!String::from_utf8_lossy(&a.body).contains("packing list"));
    assert_eq!(sent_by_proxy(direct) - offloaded, 6);

    // An object gone from the disk (what `portico fsck` reports): Portico's 404, in the
    // reader's language, no audit entry and nothing handed to nginx.
    let lost = common::upload_for_buyers(&app, &merch, &w.order1, "lost.pdf", &pdf).await;
    let lost_key: String = files::table
        .filter(files::id.eq(&lost))
        .select(files::object_key)
        .first(&mut *app.conn())
        .unwrap();
    std::fs::remove_file(objects.join(&lost_key)).unwrap();
    let before = sent_by_proxy(direct);
    let a = fetch(
        nx,
        "GET",
        &format!("/api/v1/files/{lost}/content"),
        &[auth, ("Accept-Language", "zh-CN")],
    );
    assert_eq!(a.status, 404);
    assert!(
        a.header("Content-Type")
            .is_some_and(|t| t.starts_with("application/problem+json")),
        "{:?}",
        a.header("Content-Type")
    );
    assert_eq!(downloads_audited(&app, &lost), 0);
    assert_eq!(sent_by_proxy(direct), before);

    // The buyer's photo loses its camera data on the way: Portico streams it.
    let before = sent_by_proxy(direct);
    let photo_uri = format!("/api/v1/files/{photo}/content");
    let a = fetch(direct, "GET", &photo_uri, &[auth]);
    assert_eq!(a.status, 200);
    assert!(a.header("X-Accel-Redirect").is_none());
    assert_eq!(a.body.len(), common::jpeg_with_exif().len());
    assert_ne!(
        a.body,
        common::jpeg_with_exif(),
        "the camera data was removed"
    );
    assert_eq!(sent_by_proxy(direct), before);

    handle.stop(false).await;
}
