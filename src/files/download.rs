//! Serving a stored object: streamed, with single-range requests (video seeking, resumed
//! downloads), conditional requests on the ETag (the sha256), a safe `Content-Disposition`
//! and headers that stop a browser from ever running a file as a page.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use futures_util::StreamExt;

use super::sniff;
use crate::error::{AppError, AppResult};
use crate::storage::Storage;

/// Files are shown inline only under this policy: no script, no plugin, a unique origin.
pub const FILE_CSP: &str =
    "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox";

/// The request headers every download understands, for the API document (read by `respond`).
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Header)]
#[allow(dead_code)]
pub struct DownloadHeaders {
    /// One range, `bytes=start-end`, `bytes=start-` or `bytes=-suffix`; several ranges or
    /// other units get the whole body.
    #[param(rename = "Range", nullable = false)]
    range: Option<String>,
    /// The ETag the range is for; if it differs, the whole body.
    #[param(rename = "If-Range", nullable = false)]
    if_range: Option<String>,
    /// ETags the caller has; 304 if one matches.
    #[param(rename = "If-None-Match", nullable = false)]
    if_none_match: Option<String>,
    /// ETags the caller expects; 422 `precondition_failed` if none matches.
    #[param(rename = "If-Match", nullable = false)]
    if_match: Option<String>,
}

/// A byte range of a file of `size` bytes, from a `Range` header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeRequest {
    /// No usable range: send everything (also for units we do not know and multi-ranges,
    /// which RFC 9110 lets a server ignore).
    Full,
    /// `start..end` (end exclusive).
    Part(u64, u64),
    /// Syntactically wrong, or beyond the end: 416.
    Invalid,
}

pub fn parse_range(value: Option<&str>, size: u64) -> RangeRequest {
    let Some(v) = value else {
        return RangeRequest::Full;
    };
    let v = v.trim();
    let Some(spec) = v.strip_prefix("bytes=") else {
        return if v.contains('=') {
            RangeRequest::Full
        } else {
            RangeRequest::Invalid
        };
    };
    if spec.contains(',') {
        return RangeRequest::Full;
    }
    let Some((a, b)) = spec.trim().split_once('-') else {
        return RangeRequest::Invalid;
    };
    let num = |s: &str| -> Option<u64> {
        (!s.is_empty() && s.len() <= 20 && s.bytes().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match (a.trim(), b.trim()) {
        ("", n) => match num(n) {
            Some(0) | None => RangeRequest::Invalid,
            Some(_) if size == 0 => RangeRequest::Invalid,
            Some(n) => RangeRequest::Part(size.saturating_sub(n), size),
        },
        (s, "") => match num(s) {
            Some(s) if s < size => RangeRequest::Part(s, size),
            _ => RangeRequest::Invalid,
        },
        (s, e) => match (num(s), num(e)) {
            (Some(s), Some(e)) if s <= e && s < size => {
                RangeRequest::Part(s, e.saturating_add(1).min(size))
            }
            _ => RangeRequest::Invalid,
        },
    }
}

/// The range this request gets: its `Range`, unless `If-Range` names another version.
pub fn effective_range(req: &HttpRequest, size: u64, sha: &str) -> RangeRequest {
    let range = parse_range(
        req.headers()
            .get(header::RANGE)
            .and_then(|v| v.to_str().ok()),
        size,
    );
    match req
        .headers()
        .get(header::IF_RANGE)
        .and_then(|v| v.to_str().ok())
    {
        Some(ir) if ir.trim() != format!("\"{sha}\"") => RangeRequest::Full,
        _ => range,
    }
}

/// What to serve: an object with the metadata its headers need.
pub struct Serve<'a> {
    pub key: &'a str,
    pub size: u64,
    pub content_type: &'a str,
    /// Strong validator: the content's sha256 (for derivatives, the key).
    pub etag: String,
    pub filename: &'a str,
    pub inline: bool,
    /// Derivatives never change (new ones get new keys): cache them.
    pub immutable: bool,
    /// Same-length edits applied as the bytes stream: the copy without camera metadata.
    pub edits: Option<std::sync::Arc<Vec<super::scrub::Edit>>>,
}

/// A PDF document of record (a payment sheet, a report), shown inline with its sha256 as the
/// validator. Never cached as immutable: every view must reach the server, which checks access
/// again (someone may have lost it) and audits report downloads.
pub async fn pdf(
    req: &HttpRequest,
    storage: &Storage,
    key: &str,
    size: u64,
    sha256: &str,
    filename: &str,
) -> AppResult<HttpResponse> {
    respond(
        req,
        storage,
        Serve {
            key,
            size,
            content_type: "application/pdf",
            etag: sha256.to_string(),
            filename,
            inline: true,
            immutable: false,
            edits: None,
        },
    )
    .await
}

/// Builds the response for `req`; the body streams from storage.
pub async fn respond(
    req: &HttpRequest,
    storage: &Storage,
    s: Serve<'_>,
) -> AppResult<HttpResponse> {
    let etag = format!("\"{}\"", s.etag);
    let matches = |h: header::HeaderName| {
        req.headers()
            .get(h)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
    };
    if matches(header::IF_NONE_MATCH) == Some(true) {
        let mut r = HttpResponse::NotModified();
        r.insert_header((header::ETAG, etag));
        return Ok(r.finish());
    }
    if matches(header::IF_MATCH) == Some(false) {
        return Err(AppError::invalid(
            "precondition_failed",
            "The file has changed since you last loaded it.",
        ));
    }
    let range = effective_range(req, s.size, &s.etag);
    let disposition = content_disposition(s.filename, s.inline);
    let mut r = match range {
        RangeRequest::Invalid => {
            let mut r = AppError::RangeNotSatisfiable.error_response();
            if let Ok(v) = header::HeaderValue::from_str(&format!("bytes */{}", s.size)) {
                r.headers_mut().insert(header::CONTENT_RANGE, v);
            }
            return Ok(r);
        }
        RangeRequest::Full => HttpResponse::Ok(),
        RangeRequest::Part(a, b) => {
            let mut r = HttpResponse::PartialContent();
            r.insert_header((
                header::CONTENT_RANGE,
                format!("bytes {}-{}/{}", a, b - 1, s.size),
            ));
            r
        }
    };
    r.insert_header((header::CONTENT_TYPE, s.content_type.to_string()))
        .insert_header((header::ETAG, etag))
        .insert_header((header::ACCEPT_RANGES, "bytes"))
        .insert_header((header::CONTENT_DISPOSITION, disposition))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((header::CONTENT_SECURITY_POLICY, FILE_CSP))
        .insert_header(("Cross-Origin-Resource-Policy", "same-origin"))
        .insert_header((
            header::CACHE_CONTROL,
            if s.immutable {
                "private, max-age=31536000, immutable"
            } else {
                "private, no-cache"
            },
        ));
    let (start, end) = match range {
        RangeRequest::Part(a, b) => (a, b),
        _ => (0, s.size),
    };
    if req.method() == actix_web::http::Method::HEAD {
        // An empty stream keeps the length set here (an empty body would make it 0).
        r.no_chunking(end - start);
        return Ok(r.streaming(futures_util::stream::empty::<
            Result<bytes::Bytes, actix_web::Error>,
        >()));
    }
    if end == start {
        return Ok(r.body(""));
    }
    if s.edits.is_none()
        && nginx_reads_alike(req, &s.etag)
        && let Some(uri) = storage.proxy_uri(s.key)
    {
        // A missing object gets Portico's 404, in the reader's language and before the
        // caller audits a download, as when streaming; not nginx's page after the audit.
        storage.present(s.key).await?;
        return Ok(sent_by_proxy(r, uri));
    }
    let mut at = start;
    let edits = s.edits;
    let stream = storage
        .stream(s.key, Some(start..end))
        .await?
        .map(move |c| {
            let c = c.map_err(|e| actix_web::error::ErrorServiceUnavailable(e.to_string()))?;
            let offset = at;
            at += c.len() as u64;
            Ok::<_, actix_web::Error>(match &edits {
                Some(e) => super::scrub::apply(e, offset, c),
                None => c,
            })
        });
    r.no_chunking(end - start);
    Ok(r.streaming(stream))
}

/// Whether nginx, reading this request's headers again, sends exactly what was decided here
/// (and audited: the audit reads this answer's status and range). It parses `Range` and
/// `If-Range` by its own rules: it answers 416 to forms this parser reads as "everything"
/// (`bytes=0-3,abc`, a 20-digit end), a part to forms it ignores (`Bytes=2-3`), and an
/// `If-Range` this parser cannot read (not ASCII) as a mismatch. So only the plain forms go
/// to nginx: no `Range`, or one strict `bytes=N-M`, `bytes=N-` or `bytes=-N`, with no
/// `If-Range` or exactly this answer's ETag. And nginx would test `If-Match` and
/// `If-Unmodified-Since` again against a file whose ETag it adds only later (412 for a
/// request that passed here). Everything else streams through Portico.
fn nginx_reads_alike(req: &HttpRequest, etag: &str) -> bool {
    let h = req.headers();
    if h.contains_key(header::IF_MATCH) || h.contains_key(header::IF_UNMODIFIED_SINCE) {
        return false;
    }
    let one = |name: header::HeaderName| {
        let mut all = h.get_all(name);
        match (all.next(), all.next()) {
            (None, _) => Some(None),
            (Some(v), None) => v.to_str().ok().map(Some),
            _ => None,
        }
    };
    let plain_range = |v: &str| {
        // 18 digits: nginx refuses a number beyond its off_t (19 digits can be) with 416.
        let digits = |d: &str| d.len() <= 18 && d.bytes().all(|c| c.is_ascii_digit());
        v.strip_prefix("bytes=")
            .and_then(|spec| spec.split_once('-'))
            .is_some_and(|(a, b)| digits(a) && digits(b) && !(a.is_empty() && b.is_empty()))
    };
    match (one(header::RANGE), one(header::IF_RANGE)) {
        // An If-Range without a Range means nothing to either.
        (Some(None), Some(_)) => true,
        (Some(Some(range)), Some(if_range)) => {
            plain_range(range) && if_range.is_none_or(|v| v == format!("\"{etag}\""))
        }
        _ => false,
    }
}

/// The proxy sends the object (`PORTICO_ACCEL_REDIRECT`, nginx's `X-Accel-Redirect`): the
/// access check, the audit, 304/416 and every header are done here; nginx keeps
/// Content-Type, Content-Disposition, Cache-Control and Set-Cookie of this answer, answers
/// the request's own `Range` from the file (only the forms it reads as `respond` does:
/// `nginx_reads_alike`), and `deploy/nginx-local.conf` adds back the other headers. A body
/// that needs changing (camera data) never comes here.
fn sent_by_proxy(mut r: actix_web::HttpResponseBuilder, uri: String) -> HttpResponse {
    crate::metrics::download_sent_by_proxy();
    // Status and Content-Range stay as decided here (the audit reads them); nginx makes its
    // own from the file and the request, and its own Accept-Ranges.
    let mut res = r
        .insert_header((header::HeaderName::from_static("x-accel-redirect"), uri))
        .finish();
    res.headers_mut().remove(header::ACCEPT_RANGES);
    res
}

/// RFC 6266 with an RFC 5987 UTF-8 name, and an ASCII fallback with nothing a header or a
/// file system could misread.
pub fn content_disposition(name: &str, inline: bool) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ' | '(' | ')') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!(
        "{}; filename=\"{}\"; filename*=UTF-8''{}",
        if inline { "inline" } else { "attachment" },
        ascii,
        encoded
    )
}

/// The name to offer, with the extension of the real type.
pub fn offered_name(display_name: &str, content_type: &str) -> String {
    sniff::download_name(display_name, content_type)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        use RangeRequest::*;
        assert_eq!(parse_range(None, 10), Full);
        assert_eq!(parse_range(Some("bytes=0-3"), 10), Part(0, 4));
        assert_eq!(parse_range(Some("bytes=5-"), 10), Part(5, 10));
        assert_eq!(parse_range(Some("bytes=-3"), 10), Part(7, 10));
        assert_eq!(parse_range(Some("bytes=-30"), 10), Part(0, 10));
        assert_eq!(parse_range(Some("bytes=2-100"), 10), Part(2, 10));
        assert_eq!(parse_range(Some("bytes=10-"), 10), Invalid);
        assert_eq!(parse_range(Some("bytes=5-2"), 10), Invalid);
        assert_eq!(parse_range(Some("bytes=abc"), 10), Invalid);
        assert_eq!(parse_range(Some("bytes=-"), 10), Invalid);
        assert_eq!(parse_range(Some("bytes=-0"), 10), Invalid);
        assert_eq!(parse_range(Some("bytes=1-2,4-5"), 10), Full);
        assert_eq!(parse_range(Some("items=0-1"), 10), Full);
        assert_eq!(parse_range(Some("garbage"), 10), Invalid);
        assert_eq!(
            parse_range(Some("bytes=0-18446744073709551615"), 10),
            Part(0, 10)
        );
        assert_eq!(
            parse_range(Some("bytes=99999999999999999999999-"), 10),
            Invalid
        );
    }

    #[test]
    fn only_forms_nginx_reads_alike_go_to_it() {
        let alike = |headers: &[(&str, &[u8])]| {
            let mut r = actix_web::test::TestRequest::default();
            for (k, v) in headers {
                r = r.append_header((*k, header::HeaderValue::from_bytes(v).unwrap()));
            }
            nginx_reads_alike(&r.to_http_request(), "abc")
        };
        assert!(alike(&[]));
        for plain in [
            &b"bytes=0-9"[..],
            b"bytes=5-",
            b"bytes=-7",
            b"bytes=0-999999999999999999",
        ] {
            assert!(alike(&[("range", plain)]), "{plain:?}");
            assert!(alike(&[("range", plain), ("if-range", b"\"abc\"")]));
            assert!(!alike(&[("range", plain), ("if-range", b"\"old\"")]));
            assert!(!alike(&[("range", plain), ("if-range", b"\"ab\xe9\"")]));
        }
        assert!(alike(&[("if-range", b"\"old\"")]));
        for odd in [
            &b"Bytes=2-3"[..],
            b"bytes=0-3,20-30",
            b"bytes=0-3,abc",
            b"bytes=5-,",
            b"bytes=0-18446744073709551615",
            b"bytes=0-9999999999999999999",
            b"bytes=\t5-",
            b"bytes= 5-",
            b"bytes=-",
            b"items=0-1",
        ] {
            assert!(!alike(&[("range", odd)]), "{odd:?}");
        }
        assert!(!alike(&[("range", b"bytes=0-1"), ("range", b"bytes=2-3")]));
        assert!(!alike(&[("if-match", b"\"abc\"")]));
        assert!(!alike(&[(
            "if-unmodified-since",
            b"Tue, 08 Dec 2026 01:05:09 GMT"
        )]));
    }

    #[test]
    fn disposition_is_safe() {
        let d = content_disposition("报告 \"x\";\r\n.pdf", false);
        assert!(
            d.starts_with("attachment; filename=\"__ _x____.pdf\""),
            "{d}"
        );
        assert!(d.contains("filename*=UTF-8''%E6%8A%A5%E5%91%8A%20%22x%22%3B%0D%0A.pdf"));
        assert!(!d.contains('\r') && !d.contains('\n'));
    }
}
