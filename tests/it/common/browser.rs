//! The browser harness: the real server on a loopback port and headless Chromium driven
//! through chromedriver, for the browser suites (`common::browser`).

use std::process::Stdio;
use std::time::Duration;

use fantoccini::{ClientBuilder, Locator};

use super::{PASSWORD, TestApp, free_port};

pub fn chromedriver() -> Option<String> {
    if let Ok(p) = std::env::var("PORTICO_TEST_CHROMEDRIVER") {
        return Some(p);
    }
    for dir in std::env::var("PATH").unwrap_or_default().split(':') {
        let p = std::path::Path::new(dir).join("chromedriver");
        if p.is_file() {
            return Some(p.to_string_lossy().into_owned());
        }
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true but chromedriver was not found: the browser suite must run");
    }
    None
}

async fn wait_for_port(port: u16) {
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("nothing listens on port {port}");
}

/// A running server on a loopback port and a Chromium session driven through chromedriver.
pub struct Browser {
    pub client: fantoccini::Client,
    pub base: String,
    driver: tokio::process::Child,
    server: actix_web::dev::ServerHandle,
    _profile: tempfile::TempDir,
}

impl Browser {
    pub async fn start(app: &TestApp, driver_bin: &str) -> Browser {
        Self::start_phone(app, driver_bin, 390).await
    }

    /// A browser emulating a phone `width` CSS pixels wide.
    pub async fn start_phone(app: &TestApp, driver_bin: &str, width: u32) -> Browser {
        Self::start_sized(app, driver_bin, width, 844).await
    }

    /// A phone of `width` × `height` CSS pixels.
    pub async fn start_sized(app: &TestApp, driver_bin: &str, width: u32, height: u32) -> Browser {
        let (port, handle) = super::serve(app.state.clone()).await;
        let driver_port = free_port();
        let driver = tokio::process::Command::new(driver_bin)
            .arg(format!("--port={driver_port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("start chromedriver");
        wait_for_port(driver_port).await;
        wait_for_port(port).await;
        let profile = tempfile::tempdir().unwrap();
        let binary =
            std::env::var("PORTICO_TEST_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        let caps = serde_json::json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": binary,
                "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=600,900",
                    format!("--user-data-dir={}", profile.path().display())],
                // Wider than a tablet: a desktop (no touch, no phone viewport rules).
                "mobileEmulation": {"deviceMetrics": {"width": width, "height": height,
                    "pixelRatio": if width > 1000 { 1.0 } else { 2.0 },
                    "mobile": width <= 1000, "touch": width <= 1000}}
            }
        });
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps.as_object().unwrap().clone())
            .connect(&format!("http://127.0.0.1:{driver_port}"))
            .await
            .expect("open a Chromium session");
        Browser {
            client,
            base: format!("http://127.0.0.1:{port}"),
            driver,
            server: handle,
            _profile: profile,
        }
    }

    pub async fn sign_in(&self, email: &str) -> Result<(), fantoccini::error::CmdError> {
        self.sign_in_as(email, PASSWORD).await
    }

    pub async fn sign_in_as(
        &self,
        email: &str,
        password: &str,
    ) -> Result<(), fantoccini::error::CmdError> {
        self.client.goto(&format!("{}/signin", self.base)).await?;
        // Waited for, not found at once: the full suite once missed it on a loaded machine.
        // If the page never shows the field, the failure says what it showed instead.
        let field = match self
            .client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Id("email"))
            .await
        {
            Ok(f) => f,
            Err(e) => {
                let page = self.client.source().await.unwrap_or_default();
                let url = self.client.current_url().await.map(|u| u.to_string());
                panic!(
                    "no e-mail field at {url:?} ({e}); the page: {}",
                    page.chars().take(3000).collect::<String>()
                );
            }
        };
        field.send_keys(email).await?;
        self.client
            .find(Locator::Id("password"))
            .await?
            .send_keys(password)
            .await?;
        self.client
            .find(Locator::Id("signin-submit"))
            .await?
            .click()
            .await?;
        // Until the browser has left the sign-in page, "main h1" is still that page's.
        for _ in 0..100 {
            if !self
                .client
                .current_url()
                .await?
                .path()
                .starts_with("/signin")
            {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        self.client
            .wait()
            .for_element(Locator::Css("main h1"))
            .await?;
        Ok(())
    }

    pub async fn stop(mut self) {
        let _ = self.client.close().await;
        let _ = self.driver.kill().await;
        self.server.stop(false).await;
    }
}

/// Taps an element as a thumb does: scrolled to the middle of the screen first (above the
/// phone's bottom menu bar, which covers what sits at the very bottom), then clicked.
pub async fn tap(
    client: &fantoccini::Client,
    locator: Locator<'_>,
) -> Result<(), fantoccini::error::CmdError> {
    let e = client.find(locator).await?;
    client
        .execute(
            "arguments[0].scrollIntoView({block: 'center'});",
            vec![serde_json::to_value(&e).unwrap()],
        )
        .await?;
    e.click().await
}
