//! The operator's side, through the real binary: a bad setting stops it with one line that
//! names the setting and its value before anything is printed or opened; a port in use and
//! an unreachable PostgreSQL are named at once; a missing key file is not replaced once
//! there is data; and a running node writes an access log without tokens, answers a wrong
//! metrics token with 401, shows process metrics, and passes its own health check.

use crate::common;

use std::io::{BufRead, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::TestApp;
use common::world::World;

struct Run {
    code: Option<i32>,
    out: String,
    took: Duration,
}

/// The binary with only the given settings: every PORTICO_* variable of the test's own
/// environment is removed first.
pub(crate) fn command(data: &Path, env: &[(&str, &str)], args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_portico"));
    cmd.args(args);
    for (k, _) in std::env::vars() {
        if k.starts_with("PORTICO_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("PORTICO_DATA_DIR", data);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

fn portico(data: &Path, env: &[(&str, &str)], args: &[&str]) -> Run {
    let started = Instant::now();
    let out = command(data, env, args).output().unwrap();
    Run {
        code: out.status.code(),
        out: format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
        took: started.elapsed(),
    }
}

fn is_empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).map_or(true, |mut d| d.next().is_none())
}

#[test]
fn a_bad_setting_is_named_before_anything_is_printed_or_opened() {
    let fonts_empty = tempfile::tempdir().unwrap();
    let fonts_empty = fonts_empty.path().to_str().unwrap().to_string();
    let cases: &[(&str, &str, &str)] = &[
        // (setting, value, what the message must also say)
        ("PORTICO_WORKERS", "0", "at least 1"),
        ("PORTICO_WORKERS", "many", "many"),
        ("PORTICO_LOG", "portico=loud", "portico=loud"),
        ("PORTICO_LOG_FORMAT", "xml", "xml"),
        ("PORTICO_MAX_FILE_MB", "5000", "PORTICO_MAX_UPLOAD_MB"),
        ("PORTICO_MAX_UPLOAD_MB", "0", "at least 1"),
        (
            "PORTICO_KEY_FILE",
            "/nonexistent-portico-dir/secret.key",
            "does not exist",
        ),
        (
            "PORTICO_FONT_DIR",
            "/nonexistent-portico-fonts",
            "does not exist",
        ),
        ("PORTICO_FONT_DIR", fonts_empty.as_str(), "no .ttf"),
        ("PORTICO_BIND", "localhost-8080", "localhost-8080"),
        (
            "PORTICO_DATABASE_URL",
            "mysql://db.example/portico",
            "unsupported scheme",
        ),
        ("PORTICO_TRUSTED_PROXIES", "10.0.0.0/99", "10.0.0.0/99"),
        (
            "PORTICO_PUBLIC_URL",
            "portico.example.com",
            "portico.example.com",
        ),
        ("PORTICO_DB_POOL_SIZE", "0", "at least 1"),
        ("PORTICO_DATABASE_WAIT_SECS", "-1", "-1"),
        ("PORTICO_SMTP_TLS", "ssl", "starttls, tls or none"),
        (
            "PORTICO_STORAGE_URL",
            "ftp://files.example/x",
            "ftp://files.example/x",
        ),
    ];
    for (setting, value, also) in cases {
        let data = tempfile::tempdir().unwrap();
        let r = portico(data.path(), &[(setting, value)], &["serve"]);
        let what = format!("{setting}={value}: {}", r.out);
        assert_eq!(r.code, Some(2), "{what}");
        assert!(r.out.contains(setting), "names the setting: {what}");
        let value_shown = if *setting == "PORTICO_MAX_FILE_MB" {
            "5000"
        } else {
            value
        };
        assert!(r.out.contains(value_shown), "names the value: {what}");
        assert!(r.out.contains(also), "{what}");
        // One line, the error: no setup link, no "listening", no log line before it.
        assert_eq!(r.out.trim_end().lines().count(), 1, "{what}");
        assert!(
            r.out.starts_with("portico: configuration error: "),
            "{what}"
        );
        assert!(is_empty(data.path()), "nothing opened or created: {what}");
    }
    // A secret is named, never shown.
    let data = tempfile::tempdir().unwrap();
    let r = portico(
        data.path(),
        &[("PORTICO_METRICS_TOKEN", "short-secret")],
        &["serve"],
    );
    assert_eq!(r.code, Some(2), "{}", r.out);
    assert!(
        r.out.contains("PORTICO_METRICS_TOKEN") && !r.out.contains("short-secret"),
        "{}",
        r.out
    );
}

#[test]
fn a_port_in_use_is_named_before_anything_is_opened() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let data = tempfile::tempdir().unwrap();
    let r = portico(data.path(), &[("PORTICO_BIND", addr.as_str())], &["serve"]);
    assert_eq!(r.code, Some(2), "{}", r.out);
    assert!(
        r.out.contains(&addr) && r.out.contains("PORTICO_BIND"),
        "{}",
        r.out
    );
    assert!(!r.out.contains("setup") && !r.out.contains("listening"));
    assert_eq!(r.out.trim_end().lines().count(), 1, "{}", r.out);
    assert!(is_empty(data.path()), "no database was created");
}

#[test]
fn an_unreachable_postgresql_is_one_line_within_5_seconds() {
    let data = tempfile::tempdir().unwrap();
    let url = "postgres://postgres@127.0.0.1:1/x";
    for args in [&["serve"][..], &["migrate"]] {
        let r = portico(data.path(), &[("PORTICO_DATABASE_URL", url)], args);
        assert_eq!(r.code, Some(1), "{args:?}: {}", r.out);
        assert!(r.took <= Duration::from_secs(5), "{args:?}: {:?}", r.took);
        assert_eq!(r.out.trim_end().lines().count(), 1, "{args:?}: {}", r.out);
        assert!(
            r.out.contains("PORTICO_DATABASE_URL")
                && r.out.contains("127.0.0.1:1")
                && r.out.contains("cannot connect to PostgreSQL"),
            "{}",
            r.out
        );
        assert!(r.out.contains("PORTICO_DATABASE_WAIT_SECS"), "{}", r.out);
    }
    // Waiting is asked for explicitly, and bounded.
    let r = portico(
        data.path(),
        &[
            ("PORTICO_DATABASE_URL", url),
            ("PORTICO_DATABASE_WAIT_SECS", "1"),
        ],
        &["migrate"],
    );
    assert_eq!(r.code, Some(1), "{}", r.out);
    assert!(
        r.took >= Duration::from_secs(1) && r.took <= Duration::from_secs(6),
        "{:?}",
        r.took
    );
    assert!(r.out.contains("trying again"), "{}", r.out);
    assert!(is_empty(data.path()));
}

on_both_backends!(
    a_missing_key_file_is_not_replaced_once_there_is_data,
    |app: TestApp| async move {
        let _world = World::build_without_files(&app);
        let url = match &app.state.config.database {
            portico::config::DatabaseUrl::Sqlite(p) => format!("sqlite://{p}"),
            portico::config::DatabaseUrl::Postgres(u) => u.clone(),
        };
        // The key file of a second node, mistyped: its directory exists, the file does not.
        let node = tempfile::tempdir().unwrap();
        let typo = node.path().join("secret.kye");
        let env = [
            ("PORTICO_DATABASE_URL", url.as_str()),
            ("PORTICO_KEY_FILE", typo.to_str().unwrap()),
            ("PORTICO_BIND", "127.0.0.1:0"),
        ];
        let r = portico(node.path(), &env, &["serve"]);
        assert_eq!(r.code, Some(2), "{}", r.out);
        assert!(
            r.out.contains("PORTICO_KEY_FILE") && r.out.contains("secret.kye"),
            "{}",
            r.out
        );
        assert!(r.out.contains("already holds data"), "{}", r.out);
        assert!(!r.out.contains("setup") && !r.out.contains("listening"));
        assert_eq!(r.out.trim_end().lines().count(), 1, "{}", r.out);
        assert!(!typo.exists(), "no new key");
        // A command that needs no key still works, and makes none.
        let r = portico(node.path(), &env, &["migrate"]);
        assert_eq!(r.code, Some(0), "{}", r.out);
        assert!(!typo.exists(), "no new key");
    }
);

#[test]
fn a_fresh_install_makes_its_key_with_its_first_data() {
    let data = tempfile::tempdir().unwrap();
    let r = portico(
        data.path(),
        &[],
        &[
            "tenant",
            "create",
            "--name",
            "Acme",
            "--slug",
            "acme",
            "--admin-email",
            "admin@acme.test",
        ],
    );
    assert_eq!(r.code, Some(0), "{}", r.out);
    assert!(data.path().join("secret.key").exists(), "{}", r.out);
}

/// A `portico serve` of the test, ended when dropped.
pub(crate) struct Server {
    child: Child,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    pub(crate) fn start(data: &Path, env: &[(&str, &str)]) -> Server {
        let mut child = command(data, env, &["serve"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, lines) = mpsc::channel();
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in std::io::BufReader::new(stream).lines() {
                    let Ok(line) = line else { break };
                    if tx.send(line).is_err() {
                        break;
                    }
                }
            });
        }
        Server {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// The next line that contains `what`, within 20 s (a debug build migrating a new
    /// database on a busy machine).
    pub(crate) fn wait_for(&mut self, what: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if line.contains(what) {
                        return line;
                    }
                }
                Err(_) => panic!("no line with {what:?}; so far:\n{}", self.seen.join("\n")),
            }
        }
    }
}

/// One HTTP/1.1 GET on a new connection; the status and the whole answer.
pub(crate) fn http(addr: SocketAddr, path: &str, headers: &[(&str, &str)]) -> (u16, String) {
    request(addr, "GET", path, headers)
}

/// One HTTP/1.1 request without a body on a new connection.
pub(crate) fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
) -> (u16, String) {
    request_with_body(addr, method, path, headers, "")
}

/// One HTTP/1.1 request on a new connection, with `body` (sent as JSON when not empty).
pub(crate) fn request_with_body(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if !body.is_empty() {
        req.push_str("Content-Type: application/json\r\n");
    }
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).unwrap();
    let mut answer = Vec::new();
    s.read_to_end(&mut answer).unwrap();
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, answer)
}

#[test]
fn a_running_node_logs_requests_without_tokens_and_reports_on_itself() {
    let data = tempfile::tempdir().unwrap();
    let token = "operator-metrics-token-0123456789";
    let mut server = Server::start(
        data.path(),
        &[
            ("PORTICO_BIND", "127.0.0.1:0"),
            ("PORTICO_WORKERS", "1"),
            // The test's connections come from 127.0.0.1: they play the load balancer.
            ("PORTICO_TRUSTED_PROXIES", "127.0.0.1"),
            ("PORTICO_METRICS_TOKEN", token),
            ("PORTICO_LOG", "info"),
        ],
    );
    let link = server.wait_for("/setup/");
    let setup_token = link.trim().rsplit('/').next().unwrap().to_string();
    assert!(setup_token.len() >= 20, "{link}");
    let listening = server.wait_for("listening");
    let addr: SocketAddr = listening
        .split_whitespace()
        .find_map(|w| w.strip_prefix("bind="))
        .expect("the address in the listening line")
        .parse()
        .unwrap();
    assert!(
        listening.contains(&format!("public_url=http://{addr}")),
        "links name the port in use: {listening}"
    );

    let share = "sometoken123abc";
    let (status, _) = http(
        addr,
        &format!("/s/{share}"),
        &[("X-Forwarded-For", "198.51.100.1, 203.0.113.9")],
    );
    let share_line = server.wait_for("route=/s/{token}");
    let (setup_status, _) = http(addr, &format!("/setup/{setup_token}"), &[]);
    assert_eq!(setup_status, 200);
    let setup_line = server.wait_for("route=/setup/{token}");

    // The wrong token is told so; no token at all learns nothing.
    let (s, answer) = http(
        addr,
        "/metrics",
        &[("Authorization", "Bearer not-the-metrics-token-000")],
    );
    assert_eq!(s, 401, "{answer}");
    assert!(
        answer
            .to_ascii_lowercase()
            .contains("www-authenticate: bearer"),
        "{answer}"
    );
    assert_eq!(http(addr, "/metrics", &[]).0, 404);
    let bearer = format!("Bearer {token}");
    let (s, metrics) = http(addr, "/metrics", &[("Authorization", bearer.as_str())]);
    assert_eq!(s, 200, "{metrics}");
    let build_info = format!(
        "portico_build_info{{version=\"{}\"}} 1\n",
        env!("CARGO_PKG_VERSION")
    );
    for name in [
        "process_cpu_seconds_total ",
        "process_resident_memory_bytes ",
        "process_virtual_memory_bytes ",
        "process_open_fds ",
        "process_max_fds ",
        "process_start_time_seconds ",
        build_info.as_str(),
    ] {
        assert!(metrics.contains(name), "{name}: {metrics}");
    }
    assert!(metrics.trim_end().ends_with("# EOF"), "{metrics}");

    // The container's health check, with no HTTP client but the binary.
    let bind = addr.to_string();
    let r = portico(
        data.path(),
        &[("PORTICO_BIND", bind.as_str())],
        &["healthcheck"],
    );
    assert_eq!(r.code, Some(0), "{}", r.out);
    let closed = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .to_string();
    let r = portico(
        data.path(),
        &[("PORTICO_BIND", closed.as_str())],
        &["healthcheck"],
    );
    assert_eq!(r.code, Some(1), "{}", r.out);
    assert!(r.took < Duration::from_secs(4), "{:?}", r.took);

    // The access line: the client behind the trusted proxy, the pattern, the status, the
    // size and the time; the path with its token cut out.
    let status = format!("status={status}");
    for field in [
        "client=203.0.113.9",
        "method=GET path=/s/…}",
        status.as_str(),
        "route=/s/{token}",
        " ms=",
    ] {
        assert!(share_line.contains(field), "{field}: {share_line}");
    }
    let bytes: u64 = share_line
        .split_whitespace()
        .find_map(|w| w.strip_prefix("bytes="))
        .and_then(|b| b.parse().ok())
        .expect("bytes=");
    assert!(bytes > 0, "{share_line}");
    assert!(setup_line.contains("path=/setup/…"), "{setup_line}");
    assert!(setup_line.contains("client=127.0.0.1"), "{setup_line}");
    // Everything the node wrote, to its end.
    let _ = server.child.kill();
    while let Ok(line) = server.lines.recv_timeout(Duration::from_secs(10)) {
        server.seen.push(line);
    }
    let log = server.seen.join("\n");
    assert!(!log.contains(share), "{log}");
    // The setup link is printed for the operator once, and is in no log line.
    assert_eq!(log.matches(&setup_token).count(), 1, "{log}");
    assert!(!log.contains('\u{1b}'), "no colours in a pipe: {log:?}");
}
