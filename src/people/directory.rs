//! The people page's directory: the tenant's people found by name, address, customer or
//! role, each with their last sign-in, and what is open beside them (invitations, share
//! links, access requests). The handler only renders.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::Person;
use super::requests::RequestView;
use crate::db::DbConn;
use crate::error::AppResult;
use crate::invitations::Invitation;
use crate::policy::Actor;
use crate::shares::LinkView;
use crate::web::paging::Keyset;

/// What the page is filtered by.
#[derive(Debug, Clone, Deserialize, Serialize, Default)]
pub struct PeopleFilter {
    /// Part of a name, an address or a customer's name (any case).
    #[serde(default)]
    pub q: String,
    /// A role's stored name; empty: every role.
    #[serde(default)]
    pub role: String,
}

impl PeopleFilter {
    fn admits(&self, p: &Person) -> bool {
        let q = self.q.trim().to_lowercase();
        (self.role.is_empty() || p.role == self.role)
            && (q.is_empty()
                || p.email.contains(&q)
                || p.display_name.to_lowercase().contains(&q)
                || p.customer_org
                    .as_deref()
                    .is_some_and(|o| o.to_lowercase().contains(&q)))
    }
}

/// One person of the directory.
#[derive(Debug, Clone, Serialize)]
pub struct Listed {
    #[serde(flatten)]
    pub person: Person,
    #[serde(default, with = "crate::ids::utc::option")]
    pub last_sign_in: Option<NaiveDateTime>,
}

pub struct Directory {
    pub people: Vec<Listed>,
    /// Invitations not yet accepted, revoked or expired.
    pub invitations: Vec<Invitation>,
    /// Share links still in use.
    pub share_links: Vec<LinkView>,
    /// Access requests waiting for an answer.
    pub requests: Vec<RequestView>,
}

pub fn directory(conn: &mut DbConn, actor: &Actor, filter: &PeopleFilter) -> AppResult<Directory> {
    let mut last = super::last_sign_ins(conn, &actor.tenant_id)?;
    let people = super::list_people(conn, actor)?
        .into_iter()
        .filter(|p| filter.admits(p))
        .map(|person| Listed {
            last_sign_in: last.remove(&person.user_id),
            person,
        })
        .collect();
    let invitations = crate::invitations::list(conn, actor, &Keyset::first(200))?
        .items
        .into_iter()
        .filter(|i| i.is_open())
        .collect();
    let share_links = crate::shares::list(conn, actor, None, &Keyset::first(500))?
        .items
        .into_iter()
        .filter(|l| l.active)
        .collect();
    let requests = super::requests::list(conn, actor, &Keyset::first(200))?
        .items
        .into_iter()
        .filter(|r| r.status == "pending")
        .collect();
    Ok(Directory {
        people,
        invitations,
        share_links,
        requests,
    })
}
