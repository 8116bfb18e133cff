//! Static files under an address that names their content (`/static/app.css?v=3f2a9c1b0d`):
//! browsers keep them for a year without asking again (`immutable`), and a new build, whose
//! files differ, changes the address. A repeat visit then loads only the page itself.

use std::collections::HashMap;
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

/// A year: what `immutable` is promised for.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// An address without the current version (an old page, a bookmark) is kept an hour.
pub const UNVERSIONED: &str = "public, max-age=3600";

fn versions() -> &'static HashMap<&'static str, String> {
    static V: OnceLock<HashMap<&'static str, String>> = OnceLock::new();
    V.get_or_init(|| {
        crate::app::assets::STATIC
            .iter()
            .map(|(name, bytes)| {
                let hex = crate::auth::secrets::hex(&Sha256::digest(bytes));
                (*name, hex[..12].to_string())
            })
            .collect()
    })
}

/// The version of a static file: the start of its sha256.
pub fn version(name: &str) -> Option<&'static str> {
    versions().get(name).map(String::as_str)
}

/// The address of a static file, with its version.
pub fn url(name: &str) -> String {
    match version(name) {
        Some(v) => format!("/static/{name}?v={v}"),
        None => format!("/static/{name}"),
    }
}

/// `{{ asset(name="app.css") }}` in templates.
pub fn tera_function(args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let name = args
        .get("name")
        .and_then(|v| v.as_str())
        .ok_or_else(|| tera::Error::msg("asset(name=...) needs a file name"))?;
    if version(name).is_none() {
        return Err(tera::Error::msg(format!("no static file {name}")));
    }
    Ok(tera::Value::String(url(name)))
}

/// Whether a response's type is text worth compressing; pictures, videos, PDFs and other
/// files are sent as they are (they are compressed already, and a download resumed with
/// `Range` must get the same bytes the first part came from).
pub fn compressible(content_type: &str) -> bool {
    let t = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    t.starts_with("text/")
        || matches!(
            t.as_str(),
            "application/json" | "application/problem+json" | "image/svg+xml"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_static_file_has_a_version_and_text_is_compressed() {
        let u = url("app.css");
        assert!(u.starts_with("/static/app.css?v=") && u.len() == "/static/app.css?v=".len() + 12);
        assert_eq!(url("nope.css"), "/static/nope.css");
        assert!(compressible("text/html; charset=utf-8"));
        assert!(compressible("application/json"));
        assert!(compressible("text/csv; charset=utf-8"));
        for t in [
            "application/pdf",
            "image/jpeg",
            "video/mp4",
            "application/octet-stream",
        ] {
            assert!(!compressible(t), "{t}");
        }
    }
}
