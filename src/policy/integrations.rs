//! What an API token (an integration acting for the admin who made it) may call. Deny by
//! default: only the routes the route list (`crate::web::routes`) gives a scope, each behind it.
//! People, access, payments, bank details, settings, share links, tokens themselves and
//! anything needing step-up stay with people.

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
    /// Ask for a progress report on demand (reading reports is `orders:read`).
    ReportsWrite,
}

impl TokenScope {
    pub const ALL: [TokenScope; 5] = [
        TokenScope::OrdersRead,
        TokenScope::OrdersWrite,
        TokenScope::UpdatesWrite,
        TokenScope::FilesWrite,
        TokenScope::ReportsWrite,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::OrdersRead => "orders:read",
            Self::OrdersWrite => "orders:write",
            Self::UpdatesWrite => "updates:write",
            Self::FilesWrite => "files:write",
            Self::ReportsWrite => "reports:write",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s.trim())
    }
}

// An enum of the scopes' names in the OpenAPI document, in and out alike.
impl utoipa::PartialSchema for TokenScope {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .enum_values(Some(Self::ALL.map(|s| s.as_str())))
            .into()
    }
}

impl utoipa::ToSchema for TokenScope {}

/// The token behind a request.
#[derive(Debug, Clone)]
pub struct TokenGrant {
    pub id: String,
    pub name: String,
    pub scopes: Vec<TokenScope>,
}

/// Whether a token-authenticated request may go on to a route that needs `scope` (from the
/// route list, `crate::web::routes::token_scope_for`; `None`: no token may call it).
pub fn token_allows(grant: &TokenGrant, scope: Option<TokenScope>) -> bool {
    scope.is_some_and(|s| grant.scopes.contains(&s))
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

/// Make, see, switch and delete webhook endpoints: admins, signed in themselves. An endpoint
/// sends the tenant's events to a URL of its maker's choice, so a leaked integration token
/// must not be able to open such a channel (nor see the delivery log).
pub fn can_manage_webhooks(actor: &Actor) -> bool {
    super::rules(actor.role).admin && actor.api_token.is_none()
}
