//! Privilege in handler signatures. A handler that takes `TenantAdmin` or `Buyer`
//! (or `Verified<TenantAdmin>` for a step-up) states who may call it, and the request is
//! refused before the handler runs; the extractors themselves are in `auth::actor`. The rules
//! are here, beside every other.

use std::ops::Deref;

use super::Actor;
use super::Role;
use crate::error::{AppError, AppResult};

/// A privilege an actor may hold for a request.
pub trait Privilege: Sized {
    /// The actor in this privilege, or why not.
    fn admit(actor: Actor) -> AppResult<Self>;
    fn actor(&self) -> &Actor;
}

const NOT_ALLOWED: AppError = AppError::Forbidden("You do not have permission to do this.");

impl Privilege for Actor {
    fn admit(actor: Actor) -> AppResult<Self> {
        Ok(actor)
    }
    fn actor(&self) -> &Actor {
        self
    }
}

macro_rules! privilege {
    ($(#[$doc:meta])* $name:ident, $rule:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone)]
        pub struct $name(pub Actor);

        impl Privilege for $name {
            fn admit(actor: Actor) -> AppResult<Self> {
                let rule: fn(Role) -> bool = $rule;
                if rule(actor.role) {
                    Ok($name(actor))
                } else {
                    Err(NOT_ALLOWED)
                }
            }
            fn actor(&self) -> &Actor {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = Actor;
            fn deref(&self) -> &Actor {
                &self.0
            }
        }
    };
}

privilege!(
    /// An administrator of the tenant: people, policy, bank details, audit, integrations.
    TenantAdmin,
    |r| super::rules(r).admin
);

privilege!(
    /// A buyer: someone of a customer organisation.
    Buyer,
    |r| super::rules(r).shape == super::AccessShape::Customer
);

/// What holds a signed-in person back from everything else until done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// Enrol in two-step sign-in (tenant policy for the role).
    Enrol,
    /// An administrator confirms their e-mail address (the URGENT alerts go there).
    ConfirmEmail,
}

/// The paths a held person may still use: the ones that complete the hold, signing out, the
/// language and who they are.
const WHILE_HELD: [&str; 5] = [
    "/account/2fa",
    "/account/confirm",
    "/account/email",
    "/signout",
    "/api/v1/me",
];

/// Whether this request of the actor is held back, and by what. Enrolment holds everything;
/// an unconfirmed address holds the pages only (the API and integrations cannot read a code).
pub fn hold(actor: &Actor, path: &str) -> Option<Hold> {
    let allowed = WHILE_HELD.iter().any(|p| path.starts_with(p)) || path == "/language";
    if allowed {
        None
    } else if actor.must_enrol {
        Some(Hold::Enrol)
    } else if actor.must_confirm_email && actor.api_token.is_none() && !path.starts_with("/api/") {
        Some(Hold::ConfirmEmail)
    } else {
        None
    }
}
