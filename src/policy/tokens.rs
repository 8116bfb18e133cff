//! What an API token (an integration acting for the admin who made it) may call. Deny by
//! default: only the routes in `TOKEN_ROUTES`, each behind a scope.

use super::{Actor, Role};
use crate::error::{AppError, AppResult};

/// The role a token acts with: tokens are made by admins and act as their maker, narrowed by
/// the token's scopes. A maker who is no longer an admin has tokens that no longer work.
pub const TOKEN_ROLE: Role = Role::Admin;

/// What an API token may be used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenScope {
    OrdersRead,
    OrdersWrite,
    UpdatesWrite,
    FilesWrite,
}

impl TokenScope {
    pub const ALL: [TokenScope; 4] = [
        TokenScope::OrdersRead,
        TokenScope::OrdersWrite,
        TokenScope::UpdatesWrite,
        TokenScope::FilesWrite,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::OrdersRead => "orders:read",
            Self::OrdersWrite => "orders:write",
            Self::UpdatesWrite => "updates:write",
            Self::FilesWrite => "files:write",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s.trim())
    }
}

/// The token behind a request.
#[derive(Debug, Clone)]
pub struct TokenGrant {
    pub id: String,
    pub name: String,
    pub scopes: Vec<TokenScope>,
}

/// The routes an API token may call, and the scope each needs. Deny by default: people,
/// access, payments, bank details, settings, share links, tokens themselves and anything
/// needing step-up stay with people.
pub const TOKEN_ROUTES: [(&str, &str, TokenScope); 22] = [
    ("GET", "/api/v1/me", TokenScope::OrdersRead),
    ("GET", "/api/v1/orders", TokenScope::OrdersRead),
    ("GET", "/api/v1/orders/export.csv", TokenScope::OrdersRead),
    ("GET", "/api/v1/orders/{id}", TokenScope::OrdersRead),
    (
        "GET",
        "/api/v1/orders/{id}/timeline",
        TokenScope::OrdersRead,
    ),
    ("GET", "/api/v1/orders/{id}/files", TokenScope::OrdersRead),
    (
        "GET",
        "/api/v1/orders/{id}/decisions",
        TokenScope::OrdersRead,
    ),
    ("GET", "/api/v1/orders/{id}/reports", TokenScope::OrdersRead),
    ("GET", "/api/v1/files/{id}", TokenScope::OrdersRead),
    ("GET", "/api/v1/files/{id}/content", TokenScope::OrdersRead),
    ("GET", "/api/v1/decisions", TokenScope::OrdersRead),
    ("GET", "/api/v1/dashboard", TokenScope::OrdersRead),
    ("GET", "/api/v1/milestone-templates", TokenScope::OrdersRead),
    ("GET", "/api/v1/reports/{id}", TokenScope::OrdersRead),
    ("GET", "/api/v1/reports/{id}/pdf", TokenScope::OrdersRead),
    ("POST", "/api/v1/orders", TokenScope::OrdersWrite),
    (
        "POST",
        "/api/v1/orders/{id}/transitions",
        TokenScope::OrdersWrite,
    ),
    (
        "POST",
        "/api/v1/orders/{id}/updates",
        TokenScope::UpdatesWrite,
    ),
    (
        "POST",
        "/api/v1/orders/{id}/milestones",
        TokenScope::UpdatesWrite,
    ),
    (
        "POST",
        "/api/v1/orders/{id}/milestones/{mid}",
        TokenScope::UpdatesWrite,
    ),
    ("POST", "/api/v1/orders/{id}/files", TokenScope::FilesWrite),
    (
        "POST",
        "/api/v1/files/{id}/versions",
        TokenScope::FilesWrite,
    ),
];

/// The scope an API token needs for a route (`method` and matched `pattern`), or `None` when
/// no token may call it. HEAD counts as GET (actix routes HEAD only where a route allows it).
pub fn token_scope_for(method: &actix_web::http::Method, pattern: &str) -> Option<TokenScope> {
    let method = if *method == actix_web::http::Method::HEAD {
        "GET"
    } else {
        method.as_str()
    };
    TOKEN_ROUTES
        .iter()
        .find(|(m, p, _)| *m == method && *p == pattern)
        .map(|r| r.2)
}

/// Whether a token-authenticated request may go on to its handler.
pub fn token_allows(grant: &TokenGrant, method: &actix_web::http::Method, pattern: &str) -> bool {
    token_scope_for(method, pattern).is_some_and(|s| grant.scopes.contains(&s))
}

/// Issue a signed document of record (an invoice, contract... shown to buyers): people only.
/// A leaked integration token must not be able to mint "genuine" invoices with other bank
/// details, the very fraud documents of record exist to stop.
pub fn ensure_can_issue_documents(actor: &Actor) -> AppResult<()> {
    if actor.api_token.is_some() {
        return Err(AppError::Forbidden(
            "Invoices, contracts and other official documents shown to buyers are issued by a person signed in, not by an API token. Upload it as internal, or sign in.",
        ));
    }
    Ok(())
}

/// Make, list and revoke API tokens: admins, signed in themselves (a token cannot make
/// tokens, or a leaked one could outlive its revocation).
pub fn can_manage_api_tokens(actor: &Actor) -> bool {
    actor.role == TOKEN_ROLE && actor.api_token.is_none()
}
