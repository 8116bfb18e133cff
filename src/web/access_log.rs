//! The access log: one line per request, written when its response has been sent (or the
//! client went away), with the client's address, the route pattern, the status, the bytes
//! of the body and the time taken; the request's span adds its id, method and path. Paths
//! that carry a secret (share links `/s/<token>`, the setup link `/setup/<token>`) are
//! logged as `/s/…`: a log is read by more people, and kept longer, than the links are
//! valid.

use std::borrow::Cow;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

use actix_web::HttpRequest;
use actix_web::body::{BodySize, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::web::Bytes;

/// Path prefixes whose next segment is a secret, for requests that match no route (a
/// mistyped share link is still a token, or most of one).
const SECRET_PREFIXES: [&str; 2] = ["/s/", "/setup/"];

/// The path as it may be logged: every segment that the route names `{token…}` becomes `…`,
/// and without a matching route everything after a secret-bearing prefix does.
pub fn redacted_path<'a>(path: &'a str, pattern: Option<&str>) -> Cow<'a, str> {
    if let Some(pattern) = pattern
        && pattern.contains("{token")
    {
        let names: Vec<&str> = pattern.split('/').collect();
        let parts: Vec<&str> = path.split('/').collect();
        if names.len() == parts.len() {
            return Cow::Owned(
                parts
                    .iter()
                    .zip(&names)
                    .map(|(p, n)| if n.starts_with("{token") { "…" } else { p })
                    .collect::<Vec<_>>()
                    .join("/"),
            );
        }
    }
    // As routing would read it: a client may write `/%73/<token>` or `//s/<token>` on purpose.
    let normal = normalised(path);
    for prefix in SECRET_PREFIXES {
        if let Some(rest) = normal.strip_prefix(prefix)
            && !rest.is_empty()
        {
            return Cow::Owned(format!("{prefix}…"));
        }
    }
    Cow::Borrowed(path)
}

/// The path percent-decoded, with runs of `/` taken as one.
fn normalised(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        let decoded = (bytes[i] == b'%')
            .then(|| Some((hex(*bytes.get(i + 1)?)? * 16 + hex(*bytes.get(i + 2)?)?) as u8))
            .flatten();
        let b = match decoded {
            Some(b) => {
                i += 3;
                b
            }
            None => {
                i += 1;
                bytes[i - 1]
            }
        };
        if !(b == b'/' && out.last() == Some(&b'/')) {
            out.push(b);
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The request's span, which every log line of the request carries (id, method and the
/// redacted path).
pub fn span(req: &ServiceRequest, id: &str) -> tracing::Span {
    let pattern = crate::web::route_pattern(req.request());
    tracing::info_span!(
        "request",
        id = %id,
        method = %req.method(),
        path = %redacted_path(req.path(), pattern.as_deref())
    )
}

/// Wraps the response body so that the request's line is written once the body has been
/// sent: its size is then known even for a streamed download, and the time includes
/// sending it. The bytes are the body's before compression (the `Compress` layer sits
/// outside this one).
pub fn served(
    res: ServiceResponse<BoxBody>,
    span: tracing::Span,
    started: Instant,
) -> ServiceResponse<BoxBody> {
    let req = res.request();
    let line = Line {
        span,
        started,
        client: client(req),
        route: crate::web::route_pattern(req).unwrap_or_else(|| "unmatched".into()),
        status: res.status().as_u16(),
    };
    res.map_body(|_, body| {
        let expected = match body.size() {
            BodySize::Sized(n) => Some(n),
            BodySize::None => Some(0),
            BodySize::Stream => None,
        };
        BoxBody::new(Counted {
            body,
            bytes: 0,
            expected,
            ended: false,
            line: Some(line),
        })
    })
}

/// The client's address as the rest of the portal sees it: the peer, or the address a
/// trusted proxy forwarded (`PORTICO_TRUSTED_PROXIES`).
fn client(req: &HttpRequest) -> String {
    let ip = crate::auth::actor::client_ip(req);
    if ip == "unknown" { "-".into() } else { ip }
}

struct Line {
    span: tracing::Span,
    started: Instant,
    client: String,
    route: String,
    status: u16,
}

struct Counted {
    body: BoxBody,
    bytes: u64,
    expected: Option<u64>,
    ended: bool,
    line: Option<Line>,
}

impl Counted {
    fn write_line(&mut self) {
        let Some(l) = self.line.take() else { return };
        let _in = l.span.enter();
        let ms = l.started.elapsed().as_millis() as u64;
        // A body that stopped short: the client went away (or the store failed mid-stream).
        let complete = self.ended || self.expected.is_some_and(|n| n == self.bytes);
        if complete {
            tracing::info!(
                client = %l.client,
                route = %l.route,
                status = l.status,
                bytes = self.bytes,
                ms,
                "served"
            );
        } else {
            tracing::info!(
                client = %l.client,
                route = %l.route,
                status = l.status,
                bytes = self.bytes,
                ms,
                "served in part: the connection ended before the body"
            );
        }
    }
}

impl MessageBody for Counted {
    type Error = Box<dyn std::error::Error>;

    fn size(&self) -> BodySize {
        self.body.size()
    }

    fn poll_next(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, Self::Error>>> {
        let this = &mut *self;
        let polled = Pin::new(&mut this.body).poll_next(cx);
        match &polled {
            Poll::Ready(Some(Ok(chunk))) => this.bytes += chunk.len() as u64,
            Poll::Ready(None) => {
                this.ended = true;
                this.write_line();
            }
            _ => {}
        }
        polled
    }
}

impl Drop for Counted {
    fn drop(&mut self) {
        // A body never polled (HEAD, an empty body) or abandoned by the client.
        self.write_line();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_in_paths_are_redacted() {
        assert_eq!(redacted_path("/s/abc123", Some("/s/{token}")), "/s/…");
        assert_eq!(
            redacted_path("/s/abc123/files/0191", Some("/s/{token}/files/{id}")),
            "/s/…/files/0191"
        );
        assert_eq!(
            redacted_path("/setup/xyz", Some("/setup/{token}")),
            "/setup/…"
        );
        // No route: what follows the prefix may be a token all the same.
        assert_eq!(redacted_path("/s/abc123/x/y/z", None), "/s/…");
        assert_eq!(redacted_path("/setup/xyz/", None), "/setup/…");
        assert_eq!(
            redacted_path("/orders/0191", Some("/orders/{id}")),
            "/orders/0191"
        );
        assert_eq!(redacted_path("/s/", None), "/s/");
        // Written oddly on purpose: still a token.
        assert_eq!(redacted_path("//s/abc123", None), "/s/…");
        assert_eq!(redacted_path("/%73/abc123", None), "/s/…");
        assert_eq!(redacted_path("/%2Fsetup/xyz", None), "/setup/…");
        assert_eq!(redacted_path("/%7", None), "/%7");
        assert_eq!(redacted_path("/signin", None), "/signin");
    }
}
