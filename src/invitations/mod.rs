//! Invitations: an admin (or, for buyers, a merchandiser where the tenant allows it) invites a
//! person by e-mail with a role and access. The invitation carries a one-time code, stored only
//! as a hash and valid for seven days. The mail holds the code and the portal's address as
//! text, never a link that signs anyone in. Accepting the code creates the account, or adds a
//! membership to the account that already has that e-mail address.

pub mod web;

use crate::db::WriteTransaction;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::audit;
use crate::auth::secrets::hash_token;
use crate::db::DbConn;
use crate::db::schema::{invitations, memberships, tenants, users};
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::ids::{OrderId, OrgId, TenantId, UserId, new_id, now};
use crate::mail::{self, Mail};
use crate::people::{self, NewPerson, Role, access};
use crate::policy::{self, Actor};
use crate::validate;
use crate::web::paging::{Keyset, Page, id_cursor};

pub const VALID_DAYS: i64 = 7;
/// Invitation codes one client address may try in 15 minutes (valid ones do not count).
pub const CODE_TRIES: crate::auth::limits::Rule = crate::auth::limits::Rule {
    limit: 20,
    window: Duration::minutes(15),
    backoff: &[],
};
/// A code people can read out and type: 12 characters (about 58 bits) in groups of four.
pub fn new_code() -> String {
    crate::auth::human_code::generate(crate::auth::human_code::INVITATION)
}

/// Case, spaces and dashes do not matter when a code is typed.
fn code_hash(code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    hash_token(&format!("invitation:{normal}"))
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = invitations)]
pub struct Invitation {
    pub id: String,
    #[serde(skip)]
    pub tenant_id: TenantId,
    pub email: String,
    pub display_name: String,
    /// `admin`, `merchandiser`, `qc` or `buyer`.
    #[schema(value_type = crate::policy::Role)]
    pub role: String,
    /// Buyers: their customer organisation.
    pub customer_org_id: Option<OrgId>,
    /// Buyers: every order of the organisation (true) or only chosen orders.
    pub all_orders: bool,
    #[serde(skip)]
    pub order_ids: String,
    #[serde(skip)]
    pub code_hash: String,
    /// User id of the person who invited.
    pub invited_by: UserId,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
    #[serde(with = "crate::ids::utc")]
    pub expires_at: NaiveDateTime,
    #[serde(default, with = "crate::ids::utc::option")]
    pub accepted_at: Option<NaiveDateTime>,
    pub accepted_by: Option<UserId>,
    #[serde(default, with = "crate::ids::utc::option")]
    pub revoked_at: Option<NaiveDateTime>,
    /// The language of the invitation mail (a tag); the account it makes starts in it.
    #[schema(value_type = String)]
    pub language: Locale,
}

impl Invitation {
    pub fn is_open(&self) -> bool {
        self.accepted_at.is_none() && self.revoked_at.is_none() && self.expires_at > now()
    }
}

/// A new invitation and the code to hand over (shown once; stored only as a hash).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = InvitationIssued)]
pub struct Issued {
    /// The invitation's id.
    pub id: String,
    pub email: String,
    /// The one-time code (`XXXX-XXXX-XXXX`) the person enters at `/invite`; also mailed to them.
    pub code: String,
    #[serde(with = "crate::ids::utc")]
    pub expires_at: NaiveDateTime,
}

/// The company's name, whether merchandisers may invite buyers, and its language.
fn tenant_settings(conn: &mut DbConn, tenant_id: &TenantId) -> AppResult<(String, bool, Locale)> {
    Ok(tenants::table
        .find(tenant_id)
        .select((
            tenants::name,
            tenants::merchandisers_invite_buyers,
            tenants::language,
        ))
        .first(conn)?)
}

/// Who invites to which tenant, for the mail.
struct Sender<'a> {
    tenant_id: &'a TenantId,
    tenant_name: &'a str,
    inviter: &'a str,
}

/// The invitation mail, in the language the inviter chose for the person (nobody knows
/// theirs yet).
fn mail(
    conn: &mut DbConn,
    from: &Sender<'_>,
    to: &str,
    code: &str,
    public_url: &str,
    expires: NaiveDateTime,
    language: Locale,
) -> AppResult<()> {
    let Sender {
        tenant_id,
        tenant_name,
        inviter,
    } = *from;
    let t = |key: &str, args: &[(&str, String)]| mail::text(language.code(), key, args);
    let tenant = || ("tenant", tenant_name.to_string());
    // The inviter's name is what a person typed: quoted, as in every mail under a phrase.
    let inviter = crate::notifications::quote(inviter);
    // The moment the code stops working, in the zone the person will read the portal in (the
    // company's, or their own if they have an account with one): a date alone was the UTC
    // day, a day early or late for half the world.
    let until = mail::when(conn, to, Some(tenant_id), language.code(), expires)?;
    let body = format!(
        "{}\n\n{}\n{}\n\n{}\n",
        t("mail.invite.intro", &[("inviter", inviter), tenant()]),
        t(
            "mail.invite.code",
            &[
                ("url", format!("{public_url}/invite")),
                ("code", code.to_string())
            ]
        ),
        t("mail.invite.expires", &[("day", until)]),
        t("mail.invite.advice", &[]),
    );
    mail::queue(
        conn,
        Mail {
            tenant_id: Some(tenant_id),
            to,
            locale: language.code(),
            subject: t("mail.invite.subject", &[tenant()]),
            body,
        },
    )?;
    Ok(())
}

pub fn invite(
    conn: &mut DbConn,
    actor: &Actor,
    input: &NewPerson,
    public_url: &str,
) -> AppResult<Issued> {
    let email = validate::email(&input.email)?;
    let name = validate::text("name", &input.display_name, 120)?;
    let access = access::parse(
        &input.role,
        &input.customer_org_id,
        &input.access,
        &input.order_ids,
    )?;
    let (tenant_name, merch_may, company) = tenant_settings(conn, &actor.tenant_id)?;
    policy::ensure(policy::can_invite(actor, access.role, merch_may))?;
    // The language chosen for the person, else the company's.
    let language = Locale::chosen(&input.language)?.unwrap_or(company);
    conn.write_tx(|conn| {
        access::check_customer(conn, actor, &access)?;
        access::check_orders(conn, &actor.tenant_id, &access)?;
        if policy::access_shape(access.role) != policy::AccessShape::Staff {
            policy::ensure_invitation_orders(conn, actor, access.all_orders, &access.order_ids)?;
        }
        let member: i64 = memberships::table
            .inner_join(users::table)
            .filter(memberships::tenant_id.eq(&actor.tenant_id))
            .filter(users::email.eq(&email))
            .count()
            .get_result(conn)?;
        if member > 0 {
            return Err(AppError::Conflict(
                "This person already has access to your portal.".into(),
            ));
        }
        let open: i64 = invitations::table
            .filter(invitations::tenant_id.eq(&actor.tenant_id))
            .filter(invitations::email.eq(&email))
            .filter(invitations::accepted_at.is_null())
            .filter(invitations::revoked_at.is_null())
            .filter(invitations::expires_at.gt(now()))
            .count()
            .get_result(conn)?;
        if open > 0 {
            return Err(AppError::Conflict(
                "This person already has an open invitation: resend it instead.".into(),
            ));
        }
        let (id, code, expires_at) = (new_id(), new_code(), now() + Duration::days(VALID_DAYS));
        diesel::insert_into(invitations::table)
            .values((
                invitations::id.eq(&id),
                invitations::tenant_id.eq(&actor.tenant_id),
                invitations::email.eq(&email),
                invitations::display_name.eq(&name),
                invitations::role.eq(access.role.as_str()),
                invitations::customer_org_id.eq(access.org_id.as_deref()),
                invitations::all_orders.eq(access.all_orders),
                invitations::order_ids.eq(access.order_ids.join(",")),
                invitations::code_hash.eq(code_hash(&code)),
                invitations::invited_by.eq(&actor.user_id),
                invitations::created_at.eq(now()),
                invitations::expires_at.eq(expires_at),
                invitations::language.eq(language),
            ))
            .execute(conn)?;
        let from = Sender {
            tenant_id: &actor.tenant_id,
            tenant_name: &tenant_name,
            inviter: &actor.display_name,
        };
        mail(conn, &from, &email, &code, public_url, expires_at, language)?;
        audit::record(
            conn,
            actor.event(
                "invitation.create",
                "invitation",
                Some(&id),
                format!("{email} as {}", access.role.as_str()),
            ),
        )?;
        // An admin hears of every invitation an admin did not make.
        if !policy::can_manage_people(actor) {
            let admins =
                crate::payments::other_admins(conn, &actor.tenant_id, Some(&actor.user_id))?;
            crate::notifications::send(
                conn,
                &admins,
                &crate::notifications::Notice {
                    tenant_id: Some(&actor.tenant_id),
                    order_id: None,
                    kind: crate::notifications::INVITED,
                    params: serde_json::json!({
                        "by": actor.display_name,
                        "email": email,
                        "orders": access.order_ids.len(),
                    }),
                },
            )?;
        }
        Ok(Issued {
            id,
            email: email.clone(),
            code,
            expires_at,
        })
    })
}

fn find(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<Invitation> {
    let id = crate::ids::parse(id).ok_or(AppError::NotFound)?;
    invitations::table
        .filter(invitations::tenant_id.eq(&actor.tenant_id))
        .filter(invitations::id.eq(id))
        .select(Invitation::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

fn ensure_manage(conn: &mut DbConn, actor: &Actor, inv: &Invitation) -> AppResult<()> {
    let (_, merch_may, _) = tenant_settings(conn, &actor.tenant_id)?;
    let role = Role::parse(&inv.role).unwrap_or(Role::Admin);
    policy::ensure(policy::can_invite(actor, role, merch_may))
}

pub fn revoke(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<()> {
    let inv = find(conn, actor, id)?;
    ensure_manage(conn, actor, &inv)?;
    if !inv.is_open() {
        return Err(AppError::Conflict(
            "This invitation is no longer open.".into(),
        ));
    }
    conn.write_tx(|conn| {
        diesel::update(invitations::table.filter(invitations::id.eq(&inv.id)))
            .set(invitations::revoked_at.eq(Some(now())))
            .execute(conn)?;
        audit::record(
            conn,
            actor.event(
                "invitation.revoke",
                "invitation",
                Some(&inv.id),
                inv.email.clone(),
            ),
        )
    })
}

/// A new code and a new week for an invitation that was not accepted; the old code stops working.
pub fn resend(conn: &mut DbConn, actor: &Actor, id: &str, public_url: &str) -> AppResult<Issued> {
    let inv = find(conn, actor, id)?;
    ensure_manage(conn, actor, &inv)?;
    if inv.accepted_at.is_some() || inv.revoked_at.is_some() {
        return Err(AppError::Conflict(
            "This invitation is no longer open.".into(),
        ));
    }
    let (tenant_name, _, _) = tenant_settings(conn, &actor.tenant_id)?;
    conn.write_tx(|conn| {
        let (code, expires_at) = (new_code(), now() + Duration::days(VALID_DAYS));
        diesel::update(invitations::table.filter(invitations::id.eq(&inv.id)))
            .set((
                invitations::code_hash.eq(code_hash(&code)),
                invitations::expires_at.eq(expires_at),
            ))
            .execute(conn)?;
        let from = Sender {
            tenant_id: &actor.tenant_id,
            tenant_name: &tenant_name,
            inviter: &actor.display_name,
        };
        mail(
            conn,
            &from,
            &inv.email,
            &code,
            public_url,
            expires_at,
            inv.language,
        )?;
        audit::record(
            conn,
            actor.event(
                "invitation.resend",
                "invitation",
                Some(&inv.id),
                inv.email.clone(),
            ),
        )?;
        Ok(Issued {
            id: inv.id.clone(),
            email: inv.email.clone(),
            code,
            expires_at,
        })
    })
}

/// A page of the tenant's invitations, newest first: open, accepted, revoked and expired.
pub fn list(conn: &mut DbConn, actor: &Actor, keyset: &Keyset) -> AppResult<Page<Invitation>> {
    policy::ensure(policy::can_manage_people(actor) || policy::can_share(actor))?;
    let mut q = invitations::table
        .filter(invitations::tenant_id.eq(&actor.tenant_id))
        .into_boxed();
    if let Some(after) = keyset.after_id()? {
        q = q.filter(invitations::id.lt(after));
    }
    let rows: Vec<Invitation> = q
        .order(invitations::id.desc())
        .limit(keyset.fetch())
        .select(Invitation::as_select())
        .load(conn)?;
    Ok(keyset.page(rows, |i| id_cursor(&i.id)))
}

/// The open invitation a code belongs to, if any.
pub fn by_code(conn: &mut DbConn, code: &str) -> AppResult<Option<Invitation>> {
    let found = invitations::table
        .filter(invitations::code_hash.eq(code_hash(code)))
        .select(Invitation::as_select())
        .first(conn)
        .optional()?;
    Ok(found.filter(Invitation::is_open))
}

/// Accepts for an account (new or existing): membership, grants, audit; single use.
fn accept(conn: &mut DbConn, inv: &Invitation, user_id: &UserId, ip: &str) -> AppResult<()> {
    let n = diesel::update(
        invitations::table
            .filter(invitations::id.eq(&inv.id))
            .filter(invitations::accepted_at.is_null())
            .filter(invitations::revoked_at.is_null()),
    )
    .set((
        invitations::accepted_at.eq(Some(now())),
        invitations::accepted_by.eq(Some(user_id)),
    ))
    .execute(conn)?;
    if n != 1 {
        return Err(AppError::Conflict(
            "This invitation was already used.".into(),
        ));
    }
    // The code came by e-mail, so for most people the mailbox is proven. Not for an admin:
    // the code is also shown to the inviter to read out by phone, and an admin's address is
    // where the URGENT payment alerts go, so an admin confirms it with a code of their own at
    // first sign-in (`Actor::must_confirm_email`).
    if !Role::parse(&inv.role).is_some_and(policy::must_confirm_email) {
        use crate::db::schema::users;
        diesel::update(
            users::table
                .filter(users::id.eq(user_id))
                .filter(users::email.eq(&inv.email))
                .filter(users::email_verified_at.is_null()),
        )
        .set(users::email_verified_at.eq(Some(now())))
        .execute(conn)?;
    }
    let role =
        Role::parse(&inv.role).ok_or_else(|| AppError::internal("unknown role in invitation"))?;
    people::add_membership(
        conn,
        &inv.tenant_id,
        user_id,
        role,
        inv.customer_org_id.as_ref(),
        inv.all_orders,
    )?;
    let ids: Vec<String> = inv
        .order_ids
        .split(',')
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    // For a customer's person, orders moved to another customer since the invitation are
    // simply not granted.
    let mut still = crate::db::schema::orders::table
        .filter(crate::db::schema::orders::tenant_id.eq(&inv.tenant_id))
        .filter(crate::db::schema::orders::id.eq_any(&ids))
        .select(crate::db::schema::orders::id)
        .into_boxed();
    if policy::access_shape(role) == policy::AccessShape::Customer {
        still = still.filter(
            crate::db::schema::orders::customer_org_id
                .nullable()
                .eq(inv.customer_org_id.clone()),
        );
    }
    let still: Vec<OrderId> = still.load(conn)?;
    let grant = access::Access {
        role,
        org_id: inv.customer_org_id.clone(),
        all_orders: inv.all_orders,
        order_ids: still,
        until: None,
        is_lead: false,
    };
    access::grant_orders(conn, &inv.tenant_id, user_id, &grant)?;
    audit::record(
        conn,
        audit::Event {
            tenant_id: Some(&inv.tenant_id),
            actor_user_id: Some(user_id),
            action: "invitation.accept",
            object_type: "invitation",
            object_id: Some(&inv.id),
            detail: inv.email.clone(),
            ip,
        },
    )
}

/// The signed-in person accepts an invitation made out to their own e-mail address.
pub fn accept_signed_in(conn: &mut DbConn, actor: &Actor, code: &str) -> AppResult<TenantId> {
    let inv = by_code(conn, code)?.ok_or_else(invalid_code)?;
    if inv.email != actor.email {
        return Err(AppError::invalid(
            "invitation_other_account",
            "This invitation is for another e-mail address. Sign out and use that address.",
        ));
    }
    conn.write_tx(|conn| accept(conn, &inv, &actor.user_id, &actor.ip))?;
    Ok(inv.tenant_id)
}

/// A new person accepts: the account is created with their name and password (`hash`, made
/// by `password::validate_and_hash` off the pool).
pub fn accept_new(
    conn: &mut DbConn,
    code: &str,
    name: &str,
    hash: &str,
    ip: &str,
) -> AppResult<(UserId, String)> {
    let inv = by_code(conn, code)?.ok_or_else(invalid_code)?;
    if people::find_user_by_email(conn, &inv.email)?.is_some() {
        return Err(AppError::invalid(
            "invitation_sign_in",
            "You already have a Portico account: sign in first, then enter the code again.",
        ));
    }
    let name = validate::text("name", name, 120)?;
    conn.write_tx(|conn| {
        let uid = people::create_user(conn, &inv.email, &name, hash)?;
        // The account starts in the language its invitation was written in.
        diesel::update(users::table.find(&uid))
            .set(users::locale.eq(Some(inv.language)))
            .execute(conn)?;
        accept(conn, &inv, &uid, ip)?;
        Ok((uid, inv.email.clone()))
    })
}

pub fn invalid_code() -> AppError {
    AppError::invalid(
        "invitation_invalid",
        "This code is not valid: it may have expired, been used or been withdrawn. Ask for a new invitation.",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_readable_and_normalised() {
        let c = new_code();
        assert_eq!(c.len(), 14);
        assert_eq!(c.matches('-').count(), 2);
        assert!(c.chars().all(|ch| {
            ch == '-'
                || crate::auth::human_code::INVITATION
                    .alphabet
                    .contains(&(ch as u8))
        }));
        assert_eq!(
            code_hash(&c),
            code_hash(&c.to_lowercase().replace('-', " "))
        );
        assert_ne!(code_hash(&c), code_hash(&new_code()));
    }
}
