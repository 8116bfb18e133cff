//! Test harness: the real application in-process on a fresh database per test (a temporary
//! SQLite file, or a new PostgreSQL database when `PORTICO_TEST_POSTGRES_URL` is set), plus
//! fixtures and a small cookie-keeping client.
#![allow(dead_code)]

pub mod browser;
pub mod mailbox;
pub mod world;

use std::collections::HashMap;
use std::rc::Rc;

use actix_web::body::BoxBody;
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::{Method, StatusCode, header};
use actix_web::test::TestRequest;
use actix_web::web::Data;
use diesel::{Connection, PgConnection, RunQueryDsl};
use futures_util::future::LocalBoxFuture;
use portico::config::{Config, DatabaseUrl, FileLimits, S3Settings, StorageUrl};
use portico::web::AppState;

/// What Prometheus would send to read `/metrics` in tests.
pub const METRICS_TOKEN: &str = "test-metrics-token-0123456789";
pub const PASSWORD: &str = "correct horse battery staple";
pub const PEER: &str = "203.0.113.7:50000";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A database that exists for one test and is dropped after it.
pub enum TestDb {
    Sqlite(tempfile::TempDir),
    Postgres { admin_url: String, name: String },
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let TestDb::Postgres { admin_url, name } = self
            && let Ok(mut c) = PgConnection::establish(admin_url)
        {
            let sql = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            let _ = diesel::sql_query(sql).execute(&mut c);
        }
    }
}

/// The PostgreSQL URL for tests, or `None` to skip; under CI a missing URL is a failure.
pub fn postgres_url() -> Option<String> {
    match std::env::var("PORTICO_TEST_POSTGRES_URL") {
        Ok(u) if !u.is_empty() => Some(u),
        _ => {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!(
                    "CI=true but PORTICO_TEST_POSTGRES_URL is not set: the PostgreSQL suite must run"
                );
            }
            None
        }
    }
}

fn fresh_database(backend: Backend) -> Option<(TestDb, DatabaseUrl, tempfile::TempDir)> {
    let data = tempfile::tempdir().unwrap();
    match backend {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("test.db").to_string_lossy().into_owned();
            Some((TestDb::Sqlite(dir), DatabaseUrl::Sqlite(path), data))
        }
        Backend::Postgres => {
            let base = postgres_url()?;
            let name = format!("portico_t_{}", uuid::Uuid::now_v7().simple());
            let mut c =
                PgConnection::establish(&base).expect("connect to PORTICO_TEST_POSTGRES_URL");
            diesel::sql_query(format!("CREATE DATABASE \"{name}\""))
                .execute(&mut c)
                .expect("create test database");
            let (prefix, _) = base
                .rsplit_once('/')
                .expect("postgres URL has a database path");
            let query = base
                .split_once('?')
                .map(|(_, q)| format!("?{q}"))
                .unwrap_or_default();
            let url = format!("{prefix}/{name}{query}");
            Some((
                TestDb::Postgres {
                    admin_url: base,
                    name,
                },
                DatabaseUrl::Postgres(url),
                data,
            ))
        }
    }
}

/// Where a test's objects live: a temporary directory, or a fresh prefix of the S3 bucket
/// named by `PORTICO_TEST_S3_*` (required under CI).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Store {
    Local,
    S3,
    /// An S3 store whose endpoint refuses every connection (a store that is down).
    Unreachable,
}

pub struct S3Env {
    pub endpoint: String,
    pub bucket: String,
    pub access_key: String,
    pub secret_key: String,
}

pub fn s3_env() -> Option<S3Env> {
    let get = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    match (
        get("PORTICO_TEST_S3_ENDPOINT"),
        get("PORTICO_TEST_S3_BUCKET"),
        get("PORTICO_TEST_S3_ACCESS_KEY"),
        get("PORTICO_TEST_S3_SECRET_KEY"),
    ) {
        (Some(endpoint), Some(bucket), Some(access_key), Some(secret_key)) => Some(S3Env {
            endpoint,
            bucket,
            access_key,
            secret_key,
        }),
        _ => {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("CI=true but PORTICO_TEST_S3_* is not set: the S3 suite must run");
            }
            None
        }
    }
}

fn storage_for(store: Store, data: &std::path::Path) -> Option<(StorageUrl, S3Settings)> {
    match store {
        Store::Local => Some((
            StorageUrl::Local(data.join("objects")),
            S3Settings::default(),
        )),
        Store::Unreachable => Some((
            StorageUrl::S3 {
                bucket: "down".into(),
                prefix: String::new(),
            },
            S3Settings {
                endpoint: Some("http://127.0.0.1:1".into()),
                region: Some("us-east-1".into()),
                access_key_id: Some("nobody".into()),
                secret_access_key: Some("nothing".into()),
                allow_http: true,
            },
        )),
        Store::S3 => {
            let env = s3_env()?;
            Some((
                StorageUrl::S3 {
                    bucket: env.bucket,
                    prefix: format!("t-{}", uuid::Uuid::now_v7().simple()),
                },
                S3Settings {
                    endpoint: Some(env.endpoint),
                    region: Some("us-east-1".into()),
                    access_key_id: Some(env.access_key),
                    secret_access_key: Some(env.secret_key),
                    allow_http: true,
                },
            ))
        }
    }
}

/// `TestApp::conn`.
pub struct DirectConn(portico::db::PooledConn);

impl std::ops::Deref for DirectConn {
    type Target = portico::db::PooledConn;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for DirectConn {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

impl Drop for DirectConn {
    fn drop(&mut self) {
        portico::auth::cache::changed();
        portico::orders::cache::changed();
    }
}

type CallFn = dyn Fn(
    actix_http::Request,
)
    -> LocalBoxFuture<'static, Result<ServiceResponse<BoxBody>, actix_web::Error>>;

pub struct TestApp {
    call: Rc<CallFn>,
    pub state: Data<AppState>,
    pub backend: Backend,
    _data: tempfile::TempDir,
    _db: TestDb,
}

impl TestApp {
    /// `None` when the backend is not configured (PostgreSQL outside CI).
    pub async fn new(backend: Backend) -> Option<TestApp> {
        Self::with_public_url(backend, "http://127.0.0.1:8080").await
    }

    pub async fn with_public_url(backend: Backend, public_url: &str) -> Option<TestApp> {
        Self::custom(backend, Store::Local, public_url, FileLimits::default()).await
    }

    /// `None` when the backend or the store is not configured (outside CI).
    pub async fn custom(
        backend: Backend,
        store: Store,
        public_url: &str,
        limits: FileLimits,
    ) -> Option<TestApp> {
        Self::build(backend, store, public_url, limits, None).await
    }

    pub async fn build(
        backend: Backend,
        store: Store,
        public_url: &str,
        limits: FileLimits,
        smtp: Option<portico::mail::smtp::SmtpConfig>,
    ) -> Option<TestApp> {
        let _ = tracing_subscriber::fmt()
            .with_test_writer()
            .with_env_filter("warn")
            .try_init();
        let (db, url, data) = fresh_database(backend)?;
        Self::on_database(backend, store, public_url, limits, smtp, (db, url, data)).await
    }

    /// The app on the database, objects and key of a release's upgrade fixture
    /// (`tests/fixtures/VERSION`, made by `tests/fixtures/make.py`), migrated to this version
    /// when the state is built. `None` when the backend is not configured.
    pub async fn from_fixture(backend: Backend, fixture: &std::path::Path) -> Option<TestApp> {
        let (db, url, data) = fresh_database(backend)?;
        let side = match backend {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        };
        match &url {
            DatabaseUrl::Sqlite(path) => {
                std::fs::copy(fixture.join("sqlite/portico.db"), path).unwrap();
            }
            DatabaseUrl::Postgres(u) => {
                let dump = std::fs::read_to_string(fixture.join("postgres.sql")).unwrap();
                let mut c = PgConnection::establish(u).unwrap();
                diesel::connection::SimpleConnection::batch_execute(&mut c, &dump)
                    .expect("load the fixture's dump");
            }
        }
        copy_tree(
            &fixture.join(side).join("objects"),
            &data.path().join("objects"),
        );
        std::fs::copy(
            fixture.join(side).join("secret.key"),
            data.path().join("secret.key"),
        )
        .unwrap();
        let limits = FileLimits::default();
        let public = "http://127.0.0.1:8080";
        Self::on_database(backend, Store::Local, public, limits, None, (db, url, data)).await
    }

    async fn on_database(
        backend: Backend,
        store: Store,
        public_url: &str,
        limits: FileLimits,
        smtp: Option<portico::mail::smtp::SmtpConfig>,
        (db, url, data): (TestDb, DatabaseUrl, tempfile::TempDir),
    ) -> Option<TestApp> {
        let (storage, s3) = storage_for(store, data.path())?;
        let config = Config {
            data_dir: data.path().to_path_buf(),
            database: url,
            storage,
            s3,
            limits,
            smtp,
            key_file: data.path().join("secret.key"),
            public_url: public_url.to_string(),
            db_pool_size: 4,
            sqlite_cache_mb: 16,
            list_cache_mb: 128,
            accel_redirect: None,
            trusted_proxies: Vec::new(),
            metrics_token: Some(METRICS_TOKEN.into()),
            webhook_allow_private: false,
        };
        let state = Data::new(portico::init_state(config).expect("init state"));
        let svc = Rc::new(actix_web::test::init_service(portico::build_app(state.clone())).await);
        let call: Rc<CallFn> = Rc::new(move |req| {
            let svc = svc.clone();
            Box::pin(async move { svc.call(req).await })
        });
        Some(TestApp {
            call,
            state,
            backend,
            _data: data,
            _db: db,
        })
    }

    /// The service's own connection, without the blanket forgetting of `conn`: what a test
    /// sees after writing through it is seen because the portal noticed the write.
    pub fn service_conn(&self) -> portico::db::PooledConn {
        self.state.db.conn().unwrap()
    }

    /// A connection for a test's own reads and writes. Writes made this way go around the
    /// service, so when it is given back every node of this process forgets whom it had
    /// authenticated (`auth::cache`), as it would at the commit of any write of the portal
    /// itself; PostgreSQL would otherwise tell them a moment later through the listener.
    pub fn conn(&self) -> DirectConn {
        DirectConn(self.state.db.conn().unwrap())
    }

    /// Moves every attempt counter (`auth::limits`) back in time, as if `by` had passed.
    pub fn age_limits(&self, by: chrono::Duration) {
        use diesel::prelude::*;
        use portico::db::schema::attempt_counters as a;
        let rows: Vec<(String, chrono::NaiveDateTime, chrono::NaiveDateTime)> = a::table
            .select((a::key, a::window_start, a::last_at))
            .load(&mut *self.conn())
            .unwrap();
        for (k, w, l) in rows {
            diesel::update(a::table.find(k))
                .set((a::window_start.eq(w - by), a::last_at.eq(l - by)))
                .execute(&mut *self.conn())
                .unwrap();
        }
    }

    pub async fn send(&self, req: TestRequest) -> Resp {
        self.send_from(req, PEER).await
    }

    /// A request from the given peer address (`ip:port`).
    pub async fn send_from(&self, req: TestRequest, peer: &str) -> Resp {
        let req = req.peer_addr(peer.parse().unwrap()).to_request();
        let res = match (self.call)(req).await {
            Ok(r) => r,
            Err(e) => panic!("service error (should have been a response): {e}"),
        };
        Resp::from(res).await
    }

    pub fn client(&self) -> Client<'_> {
        Client {
            app: self,
            cookies: HashMap::new(),
        }
    }

    pub fn csrf_for(&self, cookie_value: &str) -> String {
        portico::auth::csrf::token_for(&self.state.keys.csrf, cookie_value)
    }
}

fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[derive(Debug)]
pub struct Resp {
    pub status: StatusCode,
    pub headers: header::HeaderMap,
    pub body: String,
    pub bytes: Vec<u8>,
    pub set_cookies: Vec<(String, String)>,
}

impl Resp {
    async fn from(res: ServiceResponse<BoxBody>) -> Resp {
        let status = res.status();
        let headers = res.headers().clone();
        let set_cookies = res
            .response()
            .cookies()
            .map(|c| (c.name().to_string(), c.value().to_string()))
            .collect();
        let bytes = actix_web::body::to_bytes(res.into_body())
            .await
            .unwrap_or_default();
        Resp {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
            set_cookies,
        }
    }

    /// The step-up check was asked for: a form is answered in place with the check (what was
    /// typed kept), a page by a redirect to it.
    pub fn asks_for_check(&self) -> bool {
        (self.status == StatusCode::FORBIDDEN && self.body.contains("id=\"confirm-form\""))
            || self
                .location()
                .is_some_and(|l| l.starts_with("/account/confirm"))
    }

    pub fn location(&self) -> Option<&str> {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
    }

    /// A response header as text ("" when absent).
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    /// The `csrf_token` embedded in a page's first form.
    pub fn form_token(&self) -> String {
        let marker = "name=\"csrf_token\" value=\"";
        let i = self.body.find(marker).expect("page has a CSRF field") + marker.len();
        self.body[i..].split('"').next().unwrap().to_string()
    }
}

/// A browser-like client: keeps cookies, sends the CSRF token with every form post.
pub struct Client<'a> {
    pub app: &'a TestApp,
    pub cookies: HashMap<String, String>,
}

impl Client<'_> {
    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn absorb(&mut self, r: &Resp) {
        for (k, v) in &r.set_cookies {
            if v.is_empty() {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.clone(), v.clone());
            }
        }
    }

    pub async fn request(
        &mut self,
        method: Method,
        uri: &str,
        form: Option<&[(&str, &str)]>,
    ) -> Resp {
        let mut req = TestRequest::default().method(method.clone()).uri(uri);
        if !self.cookies.is_empty() {
            req = req.insert_header((header::COOKIE, self.cookie_header()));
        }
        if let Some(pairs) = form {
            let mut pairs: Vec<(&str, String)> =
                pairs.iter().map(|(k, v)| (*k, v.to_string())).collect();
            if !pairs.iter().any(|(k, _)| *k == "csrf_token") {
                pairs.push(("csrf_token", self.csrf()));
            }
            req = req
                .insert_header((header::CONTENT_TYPE, "application/x-www-form-urlencoded"))
                .set_payload(serde_urlencoded::to_string(&pairs).unwrap());
        }
        let r = self.app.send(req).await;
        self.absorb(&r);
        r
    }

    /// Sends `req` with this client's cookies (and keeps the ones it gets back).
    pub async fn send(&mut self, mut req: TestRequest) -> Resp {
        if !self.cookies.is_empty() {
            req = req.insert_header((header::COOKIE, self.cookie_header()));
        }
        let r = self.app.send(req).await;
        self.absorb(&r);
        r
    }

    /// A multipart upload with the CSRF header, as the page's script sends it.
    pub async fn upload(&mut self, uri: &str, parts: &[Part<'_>]) -> Resp {
        let (ct, body) = multipart(parts);
        let req = TestRequest::post()
            .uri(uri)
            .insert_header((header::CONTENT_TYPE, ct))
            .insert_header(("x-csrf-token", self.csrf()))
            .insert_header((header::ACCEPT, "application/json"))
            .set_payload(body);
        self.send(req).await
    }

    pub async fn get(&mut self, uri: &str) -> Resp {
        self.request(Method::GET, uri, None).await
    }

    pub async fn post(&mut self, uri: &str, form: &[(&str, &str)]) -> Resp {
        self.request(Method::POST, uri, Some(form)).await
    }

    /// The token a page of this client would carry (a GET first sets the cookie).
    pub fn csrf(&self) -> String {
        let v = self
            .cookies
            .get("portico_csrf")
            .cloned()
            .unwrap_or_default();
        self.app.csrf_for(&v)
    }

    pub async fn sign_in(&mut self, email: &str, password: &str) -> Resp {
        let page = self.get("/signin").await;
        let token = page.form_token();
        self.post(
            "/signin",
            &[
                ("email", email),
                ("password", password),
                ("csrf_token", &token),
            ],
        )
        .await
    }
}

/// A small real JPEG (64 × 32, grey).
pub fn tiny_jpeg() -> Vec<u8> {
    let img = image::RgbImage::from_pixel(64, 32, image::Rgb([120, 130, 140]));
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut out, 80,
        ))
        .unwrap();
    out
}

/// A JPEG of 64 × 32 whose EXIF says: rotate 90° (orientation 6), taken 2026-11-20 09:30,
/// at latitude 22° 33' 44" N.
pub fn jpeg_with_exif() -> Vec<u8> {
    let jpeg = tiny_jpeg();
    let mut t: Vec<u8> = b"MM\0\x2a\0\0\0\x08".to_vec();
    let entry = |t: &mut Vec<u8>, tag: u16, typ: u16, count: u32, value: [u8; 4]| {
        t.extend(tag.to_be_bytes());
        t.extend(typ.to_be_bytes());
        t.extend(count.to_be_bytes());
        t.extend(value);
    };
    // IFD0 at 8: orientation, Exif IFD pointer (50), GPS IFD pointer (88).
    t.extend(3u16.to_be_bytes());
    entry(&mut t, 0x0112, 3, 1, [0, 6, 0, 0]);
    entry(&mut t, 0x8769, 4, 1, 50u32.to_be_bytes());
    entry(&mut t, 0x8825, 4, 1, 88u32.to_be_bytes());
    t.extend(0u32.to_be_bytes());
    assert_eq!(t.len(), 50);
    // Exif IFD: DateTimeOriginal, its text at 68.
    t.extend(1u16.to_be_bytes());
    entry(&mut t, 0x9003, 2, 20, 68u32.to_be_bytes());
    t.extend(0u32.to_be_bytes());
    t.extend(b"2026:11:20 09:30:00\0");
    assert_eq!(t.len(), 88);
    // GPS IFD: latitude ref and latitude (three rationals at 118).
    t.extend(2u16.to_be_bytes());
    entry(&mut t, 0x0001, 2, 2, *b"N\0\0\0");
    entry(&mut t, 0x0002, 5, 3, 118u32.to_be_bytes());
    t.extend(0u32.to_be_bytes());
    for v in [22u32, 33, 44] {
        t.extend(v.to_be_bytes());
        t.extend(1u32.to_be_bytes());
    }
    let mut app1 = vec![0xFF, 0xE1];
    app1.extend(((2 + 6 + t.len()) as u16).to_be_bytes());
    app1.extend(b"Exif\0\0");
    app1.extend(&t);
    let mut out = jpeg[..2].to_vec();
    out.extend(app1);
    out.extend(&jpeg[2..]);
    out
}

/// One part of a multipart body: a file when `filename` is set, else a text field.
pub struct Part<'a> {
    pub name: &'a str,
    pub filename: Option<&'a str>,
    pub data: &'a [u8],
}

pub fn file_part<'a>(filename: &'a str, data: &'a [u8]) -> Part<'a> {
    Part {
        name: "file",
        filename: Some(filename),
        data,
    }
}

pub fn field_part<'a>(name: &'a str, value: &'a str) -> Part<'a> {
    Part {
        name,
        filename: None,
        data: value.as_bytes(),
    }
}

pub const BOUNDARY: &str = "----porticotestboundary7MA4YWxkTrZu0gW";

pub fn multipart(parts: &[Part<'_>]) -> (String, Vec<u8>) {
    let mut body = Vec::new();
    for p in parts {
        body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
        match p.filename {
            Some(f) => body.extend_from_slice(
                format!(
                    "Content-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\nContent-Type: application/octet-stream\r\n\r\n",
                    p.name, f
                )
                .as_bytes(),
            ),
            None => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{}\"\r\n\r\n", p.name).as_bytes(),
            ),
        }
        body.extend_from_slice(p.data);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={BOUNDARY}"), body)
}

/// Runs the test body on SQLite and PostgreSQL with local storage, and on SQLite with the
/// S3 store (each when configured; all of them under CI).
#[macro_export]
macro_rules! on_all_stores {
    ($name:ident, $limits:expr, $body:expr) => {
        mod $name {
            use super::*;
            async fn app(b: common::Backend, s: common::Store) -> Option<common::TestApp> {
                common::TestApp::custom(b, s, "http://127.0.0.1:8080", $limits).await
            }
            #[actix_web::test]
            async fn sqlite_local() {
                let app = app(common::Backend::Sqlite, common::Store::Local)
                    .await
                    .unwrap();
                ($body)(app).await;
            }
            #[actix_web::test]
            async fn postgres_local() {
                let Some(app) = app(common::Backend::Postgres, common::Store::Local).await else {
                    eprintln!("skipped: PORTICO_TEST_POSTGRES_URL is not set");
                    return;
                };
                ($body)(app).await;
            }
            #[actix_web::test]
            async fn sqlite_s3() {
                let Some(app) = app(common::Backend::Sqlite, common::Store::S3).await else {
                    eprintln!("skipped: PORTICO_TEST_S3_* is not set");
                    return;
                };
                ($body)(app).await;
            }
        }
    };
}

/// Runs the test body on SQLite, and on PostgreSQL when configured.
#[macro_export]
macro_rules! on_both_backends {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;
            #[actix_web::test]
            async fn sqlite() {
                let app = common::TestApp::new(common::Backend::Sqlite).await.unwrap();
                ($body)(app).await;
            }
            #[actix_web::test]
            async fn postgres() {
                let Some(app) = common::TestApp::new(common::Backend::Postgres).await else {
                    eprintln!("skipped: PORTICO_TEST_POSTGRES_URL is not set");
                    return;
                };
                ($body)(app).await;
            }
        }
    };
}

/// `ask`'s answer once one was given from memory (`hits` grew during it). Tests run side by
/// side in one process, and a change committed by any of them makes every cache of the
/// process forget (one database per process in production), so a hit is awaited rather
/// than expected on the second try.
pub async fn until_remembered<T, F: std::future::Future<Output = T>>(
    hits: impl Fn() -> u64,
    mut ask: impl FnMut() -> F,
) -> T {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let before = hits();
        let answer = ask().await;
        if hits() > before {
            return answer;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "never answered from memory"
        );
        actix_web::rt::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// `ask`'s answer once `done` holds for it: on the very next request when `at_once`, else
/// within a second (a write outside a transaction on PostgreSQL, heard through the listener).
pub async fn until_seen<T: std::fmt::Debug, F: std::future::Future<Output = T>>(
    mut ask: impl FnMut() -> F,
    at_once: bool,
    done: impl Fn(&T) -> bool,
) -> T {
    let start = std::time::Instant::now();
    loop {
        let answer = ask().await;
        if done(&answer) {
            return answer;
        }
        assert!(
            !at_once && start.elapsed() < std::time::Duration::from_secs(1),
            "not seen after {:?}: {answer:?}",
            start.elapsed()
        );
        actix_web::rt::time::sleep(std::time::Duration::from_millis(5)).await;
    }
}

/// Runs `sql` on the test's SQLite file from another process (python3's sqlite3), as
/// `portico user deactivate` beside a running server would.
pub fn write_from_another_process(app: &TestApp, sql: &str) {
    let DatabaseUrl::Sqlite(path) = &app.state.config.database else {
        unreachable!("another process writes the SQLite file")
    };
    let script =
        format!("import sqlite3; c = sqlite3.connect({path:?}); c.execute({sql:?}); c.commit()");
    let out = std::process::Command::new("python3")
        .args(["-c", &script])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A loopback port nothing listens on (yet).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `state` served on a real loopback socket by one worker; the port and the handle to stop
/// it. Awaits the server's first poll, which starts its worker: a test that goes on with
/// blocking requests would otherwise never let it start.
pub async fn serve(state: Data<AppState>) -> (u16, actix_web::dev::ServerHandle) {
    let port = free_port();
    let server = actix_web::HttpServer::new(move || portico::build_app(state.clone()))
        .workers(1)
        .bind(("127.0.0.1", port))
        .unwrap()
        .run();
    let handle = server.handle();
    actix_web::rt::spawn(server);
    actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
    (port, handle)
}

/// Uploads `parts` to `uri` with an API token; the first file's id.
pub async fn upload_parts(app: &TestApp, token: &str, uri: &str, parts: &[Part<'_>]) -> String {
    let (ct, body) = multipart(parts);
    let r = app
        .send(
            TestRequest::post()
                .uri(uri)
                .insert_header(bearer(token))
                .insert_header(("content-type", ct))
                .set_payload(body),
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    r.json()["files"][0]["id"].as_str().unwrap().to_string()
}

/// Uploads one file to `order`, visible to its buyers; its id.
pub async fn upload_for_buyers(
    app: &TestApp,
    token: &str,
    order: &str,
    name: &str,
    data: &[u8],
) -> String {
    let parts = [field_part("visibility", "customer"), file_part(name, data)];
    upload_parts(app, token, &format!("/api/v1/orders/{order}/files"), &parts).await
}

pub fn bearer(token: &str) -> (header::HeaderName, String) {
    (header::AUTHORIZATION, format!("Bearer {token}"))
}

/// An API call with a bearer token: a POST of `body` as JSON, or a GET without one.
pub async fn api(app: &TestApp, token: &str, uri: &str, body: Option<serde_json::Value>) -> Resp {
    let req = match body {
        Some(b) => TestRequest::post().uri(uri).set_json(b),
        None => TestRequest::get().uri(uri),
    };
    app.send(req.insert_header(bearer(token))).await
}

/// The text of a PDF, by poppler's `pdftotext` (required under CI; elsewhere `None` when it
/// is missing).
pub fn pdf_text(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    match std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
    {
        Ok(o) if o.status.success() => Some(String::from_utf8_lossy(&o.stdout).into_owned()),
        other => {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("CI=true but pdftotext failed: {other:?} (install poppler-utils)");
            }
            eprintln!("not checked: pdftotext is not installed");
            None
        }
    }
}
