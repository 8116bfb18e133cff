//! Access requests: a buyer marked as their organisation's lead asks the supplier to let a
//! colleague in; an admin approves (which sends an invitation with the lead's own scope) or
//! refuses. No buyer can grant access by themselves.

use crate::db::WriteTransaction;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::audit;
use crate::db::DbConn;
use crate::db::schema::{access_requests, customer_orgs, order_grants, users};
use crate::error::{AppError, AppResult};
use crate::ids::{new_id, now};
use crate::invitations::{self, Issued};
use crate::people::NewPerson;
use crate::policy::{self, Actor};
use crate::validate;
use crate::web::paging::{Keyset, Page, id_cursor};

/// A lead buyer's request for a colleague's access.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[schema(as = AccessRequestInput)]
pub struct RequestInput {
    /// The colleague's e-mail address, required.
    #[serde(default)]
    pub email: String,
    /// The colleague's name, required, at most 120 characters.
    #[serde(default)]
    pub display_name: String,
    /// For the admin, at most 1000 characters.
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Serialize, Queryable, utoipa::ToSchema)]
#[schema(as = AccessRequest)]
pub struct RequestView {
    pub id: String,
    pub email: String,
    pub display_name: String,
    pub note: String,
    /// `pending`, `approved` or `refused`.
    #[schema(value_type = crate::web::api_enums::AccessRequestStatus)]
    pub status: String,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
    pub requested_by_name: String,
    pub customer_name: String,
}

pub fn create(conn: &mut DbConn, actor: &Actor, input: &RequestInput) -> AppResult<String> {
    policy::ensure(policy::can_request_access(actor))?;
    let org = actor.customer_org_id.clone().ok_or(AppError::Forbidden(
        "You do not have permission to do this.",
    ))?;
    let email = validate::email(&input.email)?;
    let name = validate::text("name", &input.display_name, 120)?;
    let note = validate::optional_text("note", &input.note, 1000)?.unwrap_or_default();
    conn.write_tx(|conn| {
        let pending: i64 = access_requests::table
            .filter(access_requests::tenant_id.eq(&actor.tenant_id))
            .filter(access_requests::email.eq(&email))
            .filter(access_requests::status.eq("pending"))
            .count()
            .get_result(conn)?;
        if pending > 0 {
            return Err(AppError::Conflict(
                "There is already a request for this person.".into(),
            ));
        }
        let id = new_id();
        diesel::insert_into(access_requests::table)
            .values((
                access_requests::id.eq(&id),
                access_requests::tenant_id.eq(&actor.tenant_id),
                access_requests::customer_org_id.eq(&org),
                access_requests::requested_by.eq(&actor.user_id),
                access_requests::email.eq(&email),
                access_requests::display_name.eq(&name),
                access_requests::note.eq(&note),
                access_requests::status.eq("pending"),
                access_requests::created_at.eq(now()),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor.event(
                "access_request.create",
                "access_request",
                Some(&id),
                email.clone(),
            ),
        )?;
        Ok(id)
    })
}

/// A page of access requests, newest first: admins every one of the tenant, a lead buyer
/// those they made.
pub fn list(conn: &mut DbConn, actor: &Actor, keyset: &Keyset) -> AppResult<Page<RequestView>> {
    let mut q = access_requests::table
        .inner_join(users::table.on(users::id.eq(access_requests::requested_by)))
        .inner_join(customer_orgs::table.on(customer_orgs::id.eq(access_requests::customer_org_id)))
        .filter(access_requests::tenant_id.eq(&actor.tenant_id))
        .into_boxed();
    if !policy::can_manage_people(actor) {
        policy::ensure(policy::can_request_access(actor))?;
        q = q.filter(access_requests::requested_by.eq(&actor.user_id));
    }
    if let Some(after) = keyset.after_id()? {
        q = q.filter(access_requests::id.lt(after));
    }
    let rows: Vec<RequestView> = q
        .order(access_requests::id.desc())
        .limit(keyset.fetch())
        .select((
            access_requests::id,
            access_requests::email,
            access_requests::display_name,
            access_requests::note,
            access_requests::status,
            access_requests::created_at,
            users::display_name,
            customer_orgs::name,
        ))
        .load(conn)?;
    Ok(keyset.page(rows, |r| id_cursor(&r.id)))
}

type Pending = (String, String, String, String);

fn pending(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<Pending> {
    policy::ensure(policy::can_manage_people(actor))?;
    let id = crate::ids::parse(id).ok_or(AppError::NotFound)?;
    let row: Option<(String, String, String, String, String)> = access_requests::table
        .filter(access_requests::tenant_id.eq(&actor.tenant_id))
        .filter(access_requests::id.eq(&id))
        .select((
            access_requests::email,
            access_requests::display_name,
            access_requests::customer_org_id,
            access_requests::requested_by,
            access_requests::status,
        ))
        .first(conn)
        .optional()?;
    let (email, name, org, lead, status) = row.ok_or(AppError::NotFound)?;
    if status != "pending" {
        return Err(AppError::Conflict(
            "This request was already decided.".into(),
        ));
    }
    Ok((id, email, name, format!("{org}|{lead}")))
}

fn decide(conn: &mut DbConn, actor: &Actor, id: &str, status: &str) -> AppResult<()> {
    let n = diesel::update(
        access_requests::table
            .filter(access_requests::tenant_id.eq(&actor.tenant_id))
            .filter(access_requests::id.eq(id))
            .filter(access_requests::status.eq("pending")),
    )
    .set((
        access_requests::status.eq(status),
        access_requests::decided_by.eq(Some(&actor.user_id)),
        access_requests::decided_at.eq(Some(now())),
    ))
    .execute(conn)?;
    if n != 1 {
        return Err(AppError::Conflict(
            "This request was already decided.".into(),
        ));
    }
    audit::record(
        conn,
        actor.event(
            if status == "approved" {
                "access_request.approve"
            } else {
                "access_request.refuse"
            },
            "access_request",
            Some(id),
            String::new(),
        ),
    )
}

/// Approves: the colleague is invited as a buyer of the same customer, seeing what the lead
/// sees (all of the customer's orders, or the lead's granted orders).
pub fn approve(conn: &mut DbConn, actor: &Actor, id: &str, public_url: &str) -> AppResult<Issued> {
    let (id, email, name, org_lead) = pending(conn, actor, id)?;
    let (org, lead) = org_lead.split_once('|').unwrap_or_default();
    let lead_all: bool = crate::db::schema::memberships::table
        .filter(crate::db::schema::memberships::tenant_id.eq(&actor.tenant_id))
        .filter(crate::db::schema::memberships::user_id.eq(lead))
        .select(crate::db::schema::memberships::all_orders)
        .first(conn)
        .optional()?
        .unwrap_or(false);
    let order_ids: Vec<String> = if lead_all {
        Vec::new()
    } else {
        order_grants::table
            .filter(order_grants::tenant_id.eq(&actor.tenant_id))
            .filter(order_grants::user_id.eq(lead))
            .select(order_grants::order_id)
            .load(conn)?
    };
    // A colleague most likely reads what the lead who asked for them reads.
    let lead_language: Option<crate::i18n::Locale> = crate::db::schema::users::table
        .filter(crate::db::schema::users::id.eq(lead))
        .select(crate::db::schema::users::locale)
        .first(conn)
        .optional()?
        .flatten();
    let input = NewPerson {
        email,
        display_name: name,
        language: lead_language
            .map(|l| l.code().to_string())
            .unwrap_or_default(),
        role: crate::people::Role::Buyer.as_str().into(),
        customer_org_id: org.to_string(),
        access: if lead_all {
            "all".into()
        } else {
            "chosen".into()
        },
        order_ids,
        ..Default::default()
    };
    conn.write_tx(|conn| {
        let issued = invitations::invite(conn, actor, &input, public_url)?;
        decide(conn, actor, &id, "approved")?;
        Ok(issued)
    })
}

pub fn refuse(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<()> {
    let (id, ..) = pending(conn, actor, id)?;
    conn.write_tx(|conn| decide(conn, actor, &id, "refused"))
}
