#![allow(dead_code)]
//! The real SMTP receiver `.ci/run` starts (aiosmtpd writing a Maildir) and reading what it
//! received (`#[path]`-included by the suites that mail).

/// The external receiver `.ci/run` starts (aiosmtpd writing a Maildir); `None` outside CI.
pub fn external_receiver() -> Option<(u16, std::path::PathBuf)> {
    match (
        std::env::var("PORTICO_TEST_SMTP"),
        std::env::var("PORTICO_TEST_MAILDIR"),
    ) {
        (Ok(addr), Ok(dir)) => Some((
            addr.rsplit(':').next()?.parse().ok()?,
            std::path::PathBuf::from(dir),
        )),
        _ => {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!(
                    "CI=true but PORTICO_TEST_SMTP/PORTICO_TEST_MAILDIR are not set: the aiosmtpd suite must run"
                );
            }
            None
        }
    }
}

/// The text of every MIME part of a received message (base64 and quoted-printable decoded).
pub fn decoded(raw: &str) -> String {
    use base64::Engine;
    let mut out = String::new();
    // A part runs from its boundary line to the next one; its head ends at the first blank
    // line (its body may hold blank lines of its own: paragraphs).
    let raw = raw.replace("\r\n", "\n");
    for chunk in raw.split("\n--") {
        let Some((head, body)) = chunk.split_once("\n\n") else {
            continue;
        };
        if head.contains("Content-Transfer-Encoding: base64") {
            let b: String = body.split_whitespace().collect();
            if let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(b) {
                out.push_str(&String::from_utf8_lossy(&bytes));
            }
        } else if head.contains("Content-Transfer-Encoding: quoted-printable") {
            let joined = body.replace("=\n", "");
            let mut bytes = Vec::new();
            let mut it = joined.bytes().peekable();
            while let Some(c) = it.next() {
                if c == b'=' {
                    let h: Vec<u8> = it.by_ref().take(2).collect();
                    if let Ok(v) = u8::from_str_radix(std::str::from_utf8(&h).unwrap_or(""), 16) {
                        bytes.push(v);
                    }
                } else {
                    bytes.push(c);
                }
            }
            out.push_str(&String::from_utf8_lossy(&bytes));
        } else if !head.contains("Content-Type: multipart/") {
            out.push_str(body);
        }
        out.push('\n');
    }
    out
}

/// The decoded text of every message in the Maildir addressed to `to`, oldest first.
pub fn received_by(maildir: &std::path::Path, to: &str) -> Vec<String> {
    let mut found: Vec<(std::time::SystemTime, String)> = std::fs::read_dir(maildir.join("new"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let t = e.metadata().and_then(|m| m.modified()).ok()?;
            Some((t, std::fs::read_to_string(e.path()).ok()?))
        })
        .filter(|(_, m)| {
            m.lines()
                .take_while(|l| !l.is_empty())
                .any(|l| l.starts_with("To:") && l.contains(to))
        })
        .collect();
    found.sort_by_key(|(t, _)| *t);
    found.into_iter().map(|(_, m)| decoded(&m)).collect()
}
