//! One error type per layer. `AppError` is what request handling returns; it maps to an HTTP
//! status and a stable machine-readable code in exactly one place (`ResponseError`). The HTML
//! rendering of the same error happens in `web::middleware::error_pages`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

/// Errors that stop the program before it serves anything.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("configuration error: {0}")]
    Config(String),
    #[error("database error: {0}")]
    Database(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Other(String),
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("sign-in required")]
    Unauthenticated,
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    /// Forbidden, with a message built for the case (what would make it possible).
    #[error("forbidden: {0}")]
    ForbiddenBecause(String),
    #[error("CSRF token missing or invalid")]
    Csrf,
    /// Input a person can correct; `code` is stable, `message` is shown as is; `field` is the
    /// field refused when a rule names one (`validate::text("bank", ..)`), so that a form
    /// can show the message next to that input.
    #[error("{message}")]
    Invalid {
        code: &'static str,
        message: String,
        field: Option<&'static str>,
    },
    /// A request that cannot be read at all (malformed JSON, a query parameter out of its
    /// range): 400, with a stable `code` and a message that says what to send instead.
    #[error("{message}")]
    BadRequest { code: &'static str, message: String },
    /// The path exists, but not with this method; carries the `Allow` value.
    #[error("method not allowed")]
    MethodNotAllowed(String),
    #[error("{0}")]
    Conflict(String),
    #[error("request too large")]
    TooLarge,
    /// A file or upload over a limit; the message names the limit.
    #[error("{0}")]
    LimitExceeded(String),
    /// A file whose content is not of an accepted type (decided by its bytes, not its name).
    #[error("{0}")]
    UnsupportedType(String),
    #[error("range not satisfiable")]
    RangeNotSatisfiable,
    /// The password was right; a second factor completes the sign-in (carries the challenge).
    #[error("second factor required")]
    SecondFactorRequired(String),
    /// The tenant requires two-step sign-in and the person has not set it up yet.
    #[error("two-step sign-in required")]
    EnrolmentRequired,
    /// A sensitive action needs a fresh password or authenticator check.
    #[error("step-up required")]
    StepUpRequired,
    /// An administrator confirms their e-mail address before anything else (alerts about
    /// bank details and fraud go there).
    #[error("e-mail confirmation required")]
    EmailConfirmationRequired,
    /// Rate limited; the message says when to try again, `retry_after` in seconds (sent as
    /// `Retry-After`).
    #[error("{message}")]
    TooManyRequests { message: String, retry_after: u64 },
    /// A wrong e-mail address or password where a program signs in (`/api/v1/auth/token`):
    /// distinct from a missing or expired token, so that a client does not retry with a
    /// refresh that cannot help.
    #[error("invalid credentials")]
    InvalidCredentials,
    #[error("service unavailable: {0}")]
    Unavailable(String),
    /// The disk under the database or the object store is full: nothing was saved.
    #[error("storage full: {0}")]
    StorageFull(String),
    /// Anything unexpected: logged with the request id, shown as a generic message.
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    pub fn invalid(code: &'static str, message: impl Into<String>) -> Self {
        Self::Invalid {
            code,
            message: message.into(),
            field: None,
        }
    }

    /// 400: the request itself is malformed (not a field a person can correct in a form).
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::BadRequest {
            code,
            message: message.into(),
        }
    }

    /// The same refusal, about one field, by the name its rule gave it.
    pub fn on(self, name: &'static str) -> Self {
        match self {
            Self::Invalid { code, message, .. } => Self::Invalid {
                code,
                message,
                field: Some(name),
            },
            other => other,
        }
    }

    /// The field a refusal is about, when its rule named one.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Self::Invalid { field, .. } => *field,
            _ => None,
        }
    }

    pub fn internal(e: impl std::fmt::Display) -> Self {
        Self::Internal(e.to_string())
    }

    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::Unauthenticated => "unauthenticated",
            Self::Forbidden(_) | Self::ForbiddenBecause(_) => "forbidden",
            Self::Csrf => "csrf_failed",
            Self::Invalid { code, .. } | Self::BadRequest { code, .. } => code,
            Self::MethodNotAllowed(_) => "method_not_allowed",
            Self::Conflict(_) => "conflict",
            Self::TooLarge | Self::LimitExceeded(_) => "too_large",
            Self::UnsupportedType(_) => "unsupported_type",
            Self::RangeNotSatisfiable => "range_not_satisfiable",
            Self::TooManyRequests { .. } => "too_many_requests",
            Self::InvalidCredentials => "invalid_credentials",
            Self::EnrolmentRequired => "two_factor_enrolment_required",
            Self::StepUpRequired => "step_up_required",
            Self::EmailConfirmationRequired => "email_confirmation_required",
            Self::SecondFactorRequired(_) => "second_factor_required",
            Self::Unavailable(_) => "unavailable",
            Self::StorageFull(_) => "storage_full",
            Self::Internal(_) => "internal",
        }
    }

    /// The message a person sees: never internals.
    pub fn public_message(&self) -> String {
        match self {
            Self::NotFound => "The page or object you asked for does not exist, or you have no access to it.".into(),
            Self::Unauthenticated => "Please sign in.".into(),
            Self::Forbidden(why) => (*why).to_string(),
            Self::ForbiddenBecause(why) => why.clone(),
            Self::Csrf => "The form has expired or did not come from this site. Reload the page and try again.".into(),
            Self::Invalid { message, .. } | Self::BadRequest { message, .. } => message.clone(),
            Self::MethodNotAllowed(allow) => {
                format!("This address does not take this method; it takes {allow}.")
            }
            Self::Conflict(m) => m.clone(),
            Self::TooLarge => "The request is larger than allowed.".into(),
            Self::LimitExceeded(m) | Self::UnsupportedType(m) => m.clone(),
            Self::RangeNotSatisfiable => "The requested byte range is not valid for this file.".into(),
            Self::TooManyRequests { message, .. } => message.clone(),
            Self::InvalidCredentials => "The e-mail address or the password is not right.".into(),
            Self::StepUpRequired => "For your security, confirm it is you: enter your password or an authenticator code (POST /api/v1/auth/step-up), then try again.".into(),
            Self::EnrolmentRequired => "Your supplier requires two-step sign-in: set it up first at /account/2fa.".into(),
            Self::EmailConfirmationRequired => "Confirm your e-mail address first with the code sent to it (/account/email): security and payment alerts go there.".into(),
            Self::SecondFactorRequired(_) => "Enter the code from your authenticator app, or a recovery code.".into(),
            Self::Unavailable(_) => "The service is temporarily unavailable. Please try again shortly.".into(),
            Self::StorageFull(_) => "The server has run out of storage space, so nothing was saved. Please try again later; the operators have been alerted.".into(),
            Self::Internal(_) => "Something went wrong on our side. Please try again; if it persists, quote the request id.".into(),
        }
    }
}

/// What the JSON body and the HTML error page are built from; kept in the response's
/// extensions so the HTML layer (and the translation of API messages) can render the same
/// error without re-deciding it.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorBody {
    pub code: &'static str,
    pub message: String,
    /// The field refused, when a rule named one.
    pub field: Option<&'static str>,
}

/// Every API error body: RFC 9457 problem details (`application/problem+json`), with the
/// stable `code` as an extension member beside the standard ones.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// `urn:portico:problem:<code>`: one type per code.
    #[serde(rename = "type")]
    #[schema(example = "urn:portico:problem:not_found")]
    pub kind: String,
    /// The status's name, e.g. `Not Found`.
    pub title: String,
    /// The HTTP status, repeated.
    pub status: u16,
    /// A sentence for a person, in the caller's language (`Content-Language`).
    pub detail: String,
    /// Stable and machine-readable, e.g. `not_found`, `step_up_required`, `invalid_limit`.
    pub code: String,
    /// The field refused, when the error is about one field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Only on `second_factor_required` from `/api/v1/auth/token`: answer it at
    /// `/api/v1/auth/second-factor`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub challenge: Option<String>,
}

pub const PROBLEM_JSON: &str = "application/problem+json";

impl Problem {
    pub fn new(status: StatusCode, body: &ErrorBody) -> Self {
        Self {
            kind: format!("urn:portico:problem:{}", body.code),
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            status: status.as_u16(),
            detail: body.message.clone(),
            code: body.code.to_string(),
            field: body.field.map(String::from),
            challenge: None,
        }
    }

    /// The response: this body, its media type, and the body kept in the extensions.
    pub fn response(self, status: StatusCode, body: ErrorBody) -> HttpResponse {
        let mut resp = HttpResponse::build(status)
            .content_type(PROBLEM_JSON)
            .body(serde_json::to_vec(&self).unwrap_or_default());
        resp.extensions_mut().insert(body);
        resp
    }
}

/// Seconds a client should wait before trying again after a 503: long enough for a
/// restarting database or a failover to finish.
pub const UNAVAILABLE_RETRY_AFTER: u64 = 5;

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Unauthenticated => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) | Self::ForbiddenBecause(_) | Self::Csrf => StatusCode::FORBIDDEN,
            Self::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::BadRequest { .. } => StatusCode::BAD_REQUEST,
            Self::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::TooLarge | Self::LimitExceeded(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::RangeNotSatisfiable => StatusCode::RANGE_NOT_SATISFIABLE,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::InvalidCredentials => StatusCode::UNAUTHORIZED,
            Self::EnrolmentRequired | Self::StepUpRequired | Self::EmailConfirmationRequired => {
                StatusCode::FORBIDDEN
            }
            Self::SecondFactorRequired(_) => StatusCode::UNAUTHORIZED,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::StorageFull(_) => StatusCode::INSUFFICIENT_STORAGE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            Self::Internal(detail) => tracing::error!(error = %detail, "internal error"),
            Self::Unavailable(detail) => tracing::warn!(error = %detail, "unavailable"),
            Self::StorageFull(detail) => tracing::error!(error = %detail, "storage full"),
            _ => {}
        }
        let status = self.status_code();
        let body = ErrorBody {
            code: self.code(),
            message: self.public_message(),
            field: self.field(),
        };
        let mut resp = Problem::new(status, &body).response(status, body);
        let headers = resp.headers_mut();
        let mut set = |name: &'static str, value: String| {
            if let Ok(v) = actix_web::http::header::HeaderValue::from_str(&value) {
                headers.insert(actix_web::http::header::HeaderName::from_static(name), v);
            }
        };
        match self {
            // RFC 9110: a 401 names the scheme that would work.
            Self::Unauthenticated | Self::InvalidCredentials | Self::SecondFactorRequired(_) => {
                set("www-authenticate", r#"Bearer realm="portico""#.into())
            }
            Self::TooManyRequests { retry_after, .. } => {
                set("retry-after", retry_after.to_string());
                // draft-ietf-httpapi-ratelimit-headers: nothing left until the wait is over.
                set("ratelimit", format!(r#""attempts";r=0;t={retry_after}"#));
            }
            Self::Unavailable(_) => set("retry-after", UNAVAILABLE_RETRY_AFTER.to_string()),
            Self::MethodNotAllowed(allow) => set("allow", allow.clone()),
            _ => {}
        }
        resp
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match e {
            Error::NotFound => Self::NotFound,
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                Self::Conflict("That already exists.".into())
            }
            Error::DatabaseError(DatabaseErrorKind::ClosedConnection, info) => {
                Self::Unavailable(info.message().to_string())
            }
            Error::DatabaseError(_, info) if is_transient(info.message()) => {
                Self::Unavailable(info.message().to_string())
            }
            Error::DatabaseError(_, info) if is_disk_full(info.message()) => {
                Self::StorageFull(info.message().to_string())
            }
            other => Self::Internal(other.to_string()),
        }
    }
}

/// Database errors that say the server is restarting, failing over or busy, not that the
/// request was wrong: the client should hear 503 and try again. Diesel does not expose the
/// SQLSTATE (57P01 and friends), so the server's message is what there is to go on.
fn is_transient(message: &str) -> bool {
    const SIGNS: [&str; 10] = [
        "terminating connection",
        "server closed the connection",
        "connection to server",
        "no connection to the server",
        "the database system is shutting down",
        "the database system is starting up",
        "the database system is in recovery mode",
        "could not connect to server",
        "database is locked",
        // A primary that became a standby during a failover.
        "in a read-only transaction",
    ];
    let m = message.to_ascii_lowercase();
    SIGNS.iter().any(|s| m.contains(s))
}

impl From<diesel::r2d2::PoolError> for AppError {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        Self::Unavailable(e.to_string())
    }
}

/// SQLite's SQLITE_FULL, and PostgreSQL failing to grow a file or write its log.
fn is_disk_full(message: &str) -> bool {
    message.contains("database or disk is full")
        || message.contains("No space left on device")
        || message.contains("could not extend file")
        || message.contains("Disk quota exceeded")
}

impl From<tera::Error> for AppError {
    fn from(e: tera::Error) -> Self {
        use std::error::Error as _;
        let mut msg = e.to_string();
        let mut src = e.source();
        while let Some(s) = src {
            msg.push_str(": ");
            msg.push_str(&s.to_string());
            src = s.source();
        }
        Self::Internal(msg)
    }
}

pub type AppResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_restarting_database_is_unavailable_not_internal() {
        use diesel::result::{DatabaseErrorKind, Error};
        let e = |m: &str| {
            AppError::from(Error::DatabaseError(
                DatabaseErrorKind::Unknown,
                Box::new(m.to_string()),
            ))
        };
        for m in [
            "terminating connection due to administrator command",
            "FATAL:  the database system is shutting down",
            "the database system is starting up",
            "server closed the connection unexpectedly",
            "database is locked",
            "cannot execute INSERT in a read-only transaction",
        ] {
            assert!(matches!(e(m), AppError::Unavailable(_)), "{m}");
        }
        assert!(matches!(
            e("column \"x\" does not exist"),
            AppError::Internal(_)
        ));
    }

    #[test]
    fn a_full_disk_is_507_with_a_clear_message() {
        use diesel::result::{DatabaseErrorKind, Error};
        for m in [
            "database or disk is full",
            "could not extend file \"base/16384/2619\": No space left on device",
        ] {
            let e = AppError::from(Error::DatabaseError(
                DatabaseErrorKind::Unknown,
                Box::new(m.to_string()),
            ));
            assert!(matches!(e, AppError::StorageFull(_)), "{m}");
        }
        // The object store: ENOSPC under object_store's own error.
        let io = std::io::Error::from_raw_os_error(28);
        let os = object_store::Error::Generic {
            store: "LocalFileSystem",
            source: Box::new(io),
        };
        let e = AppError::from(crate::storage::StorageError::from(os));
        assert!(matches!(e, AppError::StorageFull(_)));
        assert_eq!(e.status_code(), StatusCode::INSUFFICIENT_STORAGE);
        assert_eq!(e.code(), "storage_full");
        assert!(e.public_message().contains("nothing was saved"));
        let other = object_store::Error::Generic {
            store: "LocalFileSystem",
            source: Box::new(std::io::Error::from_raw_os_error(13)),
        };
        assert!(matches!(
            AppError::from(crate::storage::StorageError::from(other)),
            AppError::Unavailable(_)
        ));
    }
}
