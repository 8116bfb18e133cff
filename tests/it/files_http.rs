//! Uploads over a real socket: chunked bodies without a length, and a client that goes away
//! mid-upload. Nothing half-stored may remain.

use crate::common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use common::world::{self, World};
use common::{Backend, Store, TestApp, file_part};
use portico::auth::session::SessionKind;
use portico::config::FileLimits;

/// Sends `head` then `body` in chunked encoding, reads the status line.
fn chunked(port: u16, head: String, body: Vec<u8>) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(head.as_bytes()).unwrap();
    for c in body.chunks(4096) {
        if s.write_all(format!("{:x}\r\n", c.len()).as_bytes())
            .is_err()
            || s.write_all(c).is_err()
            || s.write_all(b"\r\n").is_err()
        {
            break; // the server answered early and closed
        }
    }
    let _ = s.write_all(b"0\r\n\r\n");
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    while let Ok(n) = s.read(&mut buf) {
        if n == 0 {
            break;
        }
        out.extend_from_slice(&buf[..n]);
        if out.windows(4).any(|w| w == b"\r\n\r\n") {
            break;
        }
    }
    String::from_utf8_lossy(&out)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

fn files_on_disk(app: &TestApp) -> Vec<String> {
    let portico::config::StorageUrl::Local(root) = &app.state.config.storage else {
        unreachable!()
    };
    let mut out = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(d) = dirs.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            if e.file_type().unwrap().is_dir() {
                dirs.push(e.path());
            } else {
                out.push(e.path().display().to_string());
            }
        }
    }
    out
}

async fn rows(app: &TestApp) -> i64 {
    use diesel::prelude::*;
    use portico::db::schema::files;
    files::table.count().get_result(&mut *app.conn()).unwrap()
}

#[actix_web::test]
async fn chunked_uploads_and_vanishing_clients_leave_nothing() {
    let limits = FileLimits {
        max_file: 8 << 20,
        max_request: 16 << 20,
        tenant_quota: 1 << 30,
    };
    let app = TestApp::custom(
        Backend::Sqlite,
        Store::Local,
        "http://127.0.0.1:8080",
        limits,
    )
    .await
    .unwrap();
    let w = World::build_without_files(&app);
    let token = world::issue(&app, &w.merch_a.email, SessionKind::Api).access_token;
    let (port, server) = common::serve(app.state.clone()).await;
    let head = |extra: &str| {
        format!(
            "POST /api/v1/orders/{}/files HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\nContent-Type: multipart/form-data; boundary={}\r\n{extra}\r\n",
            w.order1,
            common::BOUNDARY
        )
    };
    let mut pdf = b"%PDF-1.7\n".to_vec();

    // Chunked, no length, within the limits: stored.
    pdf.resize(100 * 1024, b'a');
    let (_, body) = common::multipart(&[file_part("ok.pdf", &pdf)]);
    let h = head("Transfer-Encoding: chunked\r\n");
    let status = tokio::task::spawn_blocking(move || chunked(port, h, body))
        .await
        .unwrap();
    assert!(status.contains(" 201 "), "{status}");
    assert_eq!(rows(&app).await, 1);
    assert_eq!(files_on_disk(&app).len(), 1);

    // Chunked, no length, over the per-file limit: 413 as soon as it is crossed.
    pdf.resize(9 << 20, b'a');
    let (_, body) = common::multipart(&[file_part("big.pdf", &pdf)]);
    let h = head("Transfer-Encoding: chunked\r\n");
    let status = tokio::task::spawn_blocking(move || chunked(port, h, body))
        .await
        .unwrap();
    assert!(status.contains(" 413 "), "{status}");

    // A client that announces 7 MiB, sends 6 MiB (more than one 5 MiB part, so the store has
    // begun writing) and disconnects.
    let (_, body) = common::multipart(&[file_part("cut.pdf", &pdf[..7 << 20])]);
    let h = head(&format!("Content-Length: {}\r\n", body.len()));
    tokio::task::spawn_blocking(move || {
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        s.write_all(h.as_bytes()).unwrap();
        s.write_all(&body[..6 << 20]).unwrap();
        s.flush().unwrap();
        std::thread::sleep(Duration::from_millis(200));
        drop(s);
    })
    .await
    .unwrap();
    // The server notices, aborts the upload and removes its staging file.
    let mut left = Vec::new();
    for _ in 0..50 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        left = files_on_disk(&app);
        if left.len() == 1 {
            break;
        }
    }
    assert_eq!(left.len(), 1, "only the first upload remains: {left:?}");
    assert_eq!(rows(&app).await, 1);
    let report = portico::files::fsck::run(
        &app.state,
        portico::files::fsck::Options {
            grace: Duration::ZERO,
            dry_run: true,
            progress: true,
        },
    )
    .await
    .unwrap();
    assert!(report.is_clean(), "{report}");
    server.stop(true).await;
}
