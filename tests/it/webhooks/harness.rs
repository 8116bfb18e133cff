//! What the webhook suite works with: a receiver on 127.0.0.1, the app as an operator who
//! allows private targets runs it, and moving the deliveries' times back.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicU16, Ordering};
use std::sync::{Arc, Mutex};

use actix_web::body::BoxBody;
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use actix_web::web::Data;
use diesel::prelude::*;
use portico::auth::session::SessionKind;
use portico::web::AppState;
use serde_json::{Value, json};

use crate::common::{self, TestApp, bearer, world};

/// A request the receiver got.
#[derive(Debug, Clone)]
pub(super) struct Hit {
    pub(super) headers: HashMap<String, String>,
    pub(super) body: String,
}

/// A tiny HTTP server on 127.0.0.1 answering every request with `status`.
pub(super) struct Receiver {
    pub(super) url: String,
    pub(super) hits: Arc<Mutex<Vec<Hit>>>,
    pub(super) status: Arc<AtomicU16>,
}

impl Receiver {
    pub(super) fn start(status: u16) -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/portico/events", listener.local_addr().unwrap());
        let hits = Arc::new(Mutex::new(Vec::new()));
        let status = Arc::new(AtomicU16::new(status));
        let (h, s) = (hits.clone(), status.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                serve(stream, &h, s.load(Ordering::SeqCst));
            }
        });
        Receiver { url, hits, status }
    }

    pub(super) fn hits(&self) -> Vec<Hit> {
        self.hits.lock().unwrap().clone()
    }
}

fn serve(mut s: TcpStream, hits: &Mutex<Vec<Hit>>, status: u16) {
    s.set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let Ok(n) = s.read(&mut chunk) else { return };
        if n == 0 {
            return;
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let headers: HashMap<String, String> = head
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let Ok(n) = s.read(&mut chunk) else { break };
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = String::from_utf8_lossy(&buf[head_end..]).into_owned();
    hits.lock().unwrap().push(Hit { headers, body });
    let _ = write!(
        s,
        "HTTP/1.1 {status} X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
    );
}

/// The app as an operator who allows private targets runs it (on the test's database), so
/// that an endpoint may point at the receiver on 127.0.0.1.
pub(super) async fn open(
    app: &TestApp,
) -> (
    Data<AppState>,
    impl Service<actix_http::Request, Response = ServiceResponse<BoxBody>, Error = actix_web::Error>,
) {
    let config = portico::config::Config {
        webhook_allow_private: true,
        ..app.state.config.clone()
    };
    let state = Data::new(portico::init_state(config).unwrap());
    let svc = actix_web::test::init_service(portico::build_app(state.clone())).await;
    (state, svc)
}

/// An answer of the open app.
pub(super) struct Got {
    pub(super) status: StatusCode,
    pub(super) location: String,
    pub(super) body: String,
}

impl Got {
    pub(super) fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

pub(super) async fn call<S>(svc: &S, req: TestRequest) -> Got
where
    S: Service<actix_http::Request, Response = ServiceResponse<BoxBody>, Error = actix_web::Error>,
{
    let res = actix_web::test::call_service(
        svc,
        req.peer_addr(common::PEER.parse().unwrap()).to_request(),
    )
    .await;
    let status = res.status();
    let location = res
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = actix_web::test::read_body(res).await;
    Got {
        status,
        location,
        body: String::from_utf8_lossy(&body).into_owned(),
    }
}

pub(super) fn post(token: &str, uri: &str, body: Value) -> TestRequest {
    TestRequest::post()
        .uri(uri)
        .insert_header(bearer(token))
        .set_json(body)
}

pub(super) fn get(token: &str, uri: &str) -> TestRequest {
    TestRequest::get().uri(uri).insert_header(bearer(token))
}

pub(super) fn token(app: &TestApp, email: &str) -> String {
    world::issue(app, email, SessionKind::Api).access_token
}

/// Makes an endpoint through the open app; its id and secret.
pub(super) async fn endpoint<S>(
    svc: &S,
    admin: &str,
    url: &str,
    events: &[&str],
) -> (String, String)
where
    S: Service<actix_http::Request, Response = ServiceResponse<BoxBody>, Error = actix_web::Error>,
{
    let r = call(
        svc,
        post(
            admin,
            "/api/v1/webhooks",
            json!({"url": url, "description": "ERP", "events": events}),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let j = r.json();
    let id = j["id"].as_str().unwrap().to_string();
    assert_eq!(r.location, format!("/api/v1/webhooks/{id}"));
    (id, j["secret"].as_str().unwrap().to_string())
}

/// Moves every delivery's times and every endpoint's run of failures back by `by`, as if that
/// much time had passed for them.
pub(super) fn age(app: &TestApp, by: chrono::Duration) {
    use portico::db::schema::{webhook_deliveries as wd, webhook_endpoints as we};
    type Times = (
        String,
        Option<chrono::NaiveDateTime>,
        Option<chrono::NaiveDateTime>,
    );
    let mut c = app.conn();
    let rows: Vec<Times> = wd::table
        .select((wd::id, wd::next_attempt_at, wd::last_attempt_at))
        .load(&mut *c)
        .unwrap();
    for (id, next, last) in rows {
        diesel::update(wd::table.find(&id))
            .set((
                wd::next_attempt_at.eq(next.map(|t| t - by)),
                wd::last_attempt_at.eq(last.map(|t| t - by)),
            ))
            .execute(&mut *c)
            .unwrap();
    }
    let rows: Vec<(String, Option<chrono::NaiveDateTime>)> = we::table
        .select((we::id, we::failing_since))
        .load(&mut *c)
        .unwrap();
    for (id, since) in rows {
        diesel::update(we::table.find(&id))
            .set(we::failing_since.eq(since.map(|t| t - by)))
            .execute(&mut *c)
            .unwrap();
    }
}

pub(super) fn hmac_hex(key: &str, msg: &str) -> String {
    portico::auth::secrets::hex(&portico::auth::secrets::hmac_sha256(
        key.as_bytes(),
        msg.as_bytes(),
    ))
}

pub(super) fn seconds(v: &Value) -> i64 {
    chrono::DateTime::parse_from_rfc3339(v.as_str().unwrap())
        .unwrap()
        .timestamp()
}
