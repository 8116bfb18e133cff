//! The admin's security view of a tenant: two-step sign-in coverage per role, accounts locked
//! by failed sign-ins right now, and recent security notices of the tenant's people.

use std::collections::BTreeMap;

use diesel::prelude::*;
use serde::Serialize;

use crate::auth::throttle;
use crate::db::DbConn;
use crate::db::schema::{memberships, security_notices, sign_in_failures, users};
use crate::error::AppResult;
use crate::ids::{UserId, now};
use crate::policy::{self, Actor};

/// Two-step sign-in coverage of one role.
#[derive(Debug, Clone, Default, Serialize, utoipa::ToSchema)]
#[schema(as = TwoFactorCoverage)]
pub struct Coverage {
    /// `admin`, `merchandiser`, `qc` or `buyer`.
    #[schema(value_type = crate::policy::Role)]
    pub role: String,
    /// Active members with this role.
    pub people: i64,
    /// How many of them have two-step sign-in on.
    pub with_two_factor: i64,
    /// Whether the tenant requires two-step sign-in for this role.
    pub required: bool,
}

/// A member whose sign-in is locked right now by failed attempts.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = LockedAccount)]
pub struct Locked {
    pub user_id: UserId,
    pub email: String,
    /// Failed sign-ins within the throttle window.
    pub failures: i64,
}

/// A sign-in to this tenant from a new device or network in the last 30 days.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = NewSignInNotice)]
pub struct Suspicious {
    pub user_id: UserId,
    /// The person's display name.
    pub name: String,
    pub email: String,
    /// Always `new_sign_in`.
    #[schema(value_type = crate::web::api_enums::SuspiciousKind)]
    pub kind: String,
    /// The device and network of the sign-in.
    pub detail: String,
    #[serde(with = "crate::ids::utc")]
    pub created_at: chrono::NaiveDateTime,
    /// When the person answered "this wasn't me"; none otherwise.
    #[serde(default, with = "crate::ids::utc::option")]
    pub acted_at: Option<chrono::NaiveDateTime>,
}

/// The tenant's security at a glance.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = SecurityOverview)]
pub struct Overview {
    /// One entry per role that has active members, in role-name order.
    pub coverage: Vec<Coverage>,
    pub locked: Vec<Locked>,
    /// Newest first, at most 100.
    pub suspicious: Vec<Suspicious>,
}

pub fn overview(conn: &mut DbConn, actor: &Actor) -> AppResult<Overview> {
    policy::ensure(policy::can_manage_people(actor))?;
    let required: String = crate::db::schema::tenants::table
        .find(&actor.tenant_id)
        .select(crate::db::schema::tenants::require_2fa_roles)
        .first(conn)?;
    let members: Vec<(UserId, String, String, bool)> = memberships::table
        .inner_join(users::table)
        .filter(memberships::tenant_id.eq(&actor.tenant_id))
        .filter(crate::policy::membership_live(now()))
        .select((
            users::id,
            users::email,
            memberships::role,
            users::totp_enabled_at.is_not_null(),
        ))
        .load(conn)?;
    let mut by_role: BTreeMap<String, Coverage> = BTreeMap::new();
    for (_, _, role, on) in &members {
        let c = by_role.entry(role.clone()).or_insert_with(|| Coverage {
            role: role.clone(),
            required: required.split(',').any(|r| r == role),
            ..Default::default()
        });
        c.people += 1;
        c.with_two_factor += i64::from(*on);
    }
    let emails: Vec<String> = members.iter().map(|m| m.1.clone()).collect();
    let since = now() - chrono::Duration::minutes(throttle::WINDOW_MINUTES);
    let failures: Vec<String> = sign_in_failures::table
        .filter(sign_in_failures::email.eq_any(&emails))
        .filter(sign_in_failures::created_at.gt(since))
        .select(sign_in_failures::email)
        .load(conn)?;
    let mut counts: BTreeMap<String, i64> = BTreeMap::new();
    for e in failures {
        *counts.entry(e).or_default() += 1;
    }
    let locked = members
        .iter()
        .filter_map(|(id, email, _, _)| {
            let n = counts.get(email).copied().unwrap_or(0);
            (n >= throttle::FREE_FAILURES).then(|| Locked {
                user_id: id.clone(),
                email: email.clone(),
                failures: n,
            })
        })
        .collect();
    // Only sign-ins to this tenant: a buyer's use of other suppliers is not this admin's.
    let suspicious = security_notices::table
        .inner_join(users::table)
        .filter(security_notices::tenant_id.eq(&actor.tenant_id))
        .filter(security_notices::kind.eq(crate::auth::alerts::NEW_SIGN_IN))
        .filter(security_notices::created_at.gt(now() - chrono::Duration::days(30)))
        .order(security_notices::id.desc())
        .limit(100)
        .select((
            users::id,
            users::display_name,
            users::email,
            security_notices::kind,
            security_notices::detail,
            security_notices::created_at,
            security_notices::acted_at,
        ))
        .load::<(
            UserId,
            String,
            String,
            String,
            String,
            chrono::NaiveDateTime,
            Option<chrono::NaiveDateTime>,
        )>(conn)?
        .into_iter()
        .map(
            |(user_id, name, email, kind, detail, created_at, acted_at)| Suspicious {
                user_id,
                name,
                email,
                kind,
                detail,
                created_at,
                acted_at,
            },
        )
        .collect();
    Ok(Overview {
        coverage: by_role.into_values().collect(),
        locked,
        suspicious,
    })
}
