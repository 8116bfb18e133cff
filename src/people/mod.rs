//! People: user accounts, their memberships in tenants (one role each), and the customer
//! organisations buyers belong to.

pub mod access;
pub mod directory;
pub mod report;
pub mod requests;
pub mod web;

use crate::db::WriteTransaction;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use crate::audit;
use crate::db::DbConn;
use crate::db::schema::{customer_orgs, memberships, order_grants, orders, users};
use crate::error::{AppError, AppResult};
use crate::ids::{OrgId, TenantId, UserId, new_id, now};
use crate::policy::Actor;
use crate::validate;
use crate::web::paging::{Keyset, Page, key_cursor};

pub use crate::policy::Role;

pub const STATUS_ACTIVE: &str = "active";
pub const STATUS_DISABLED: &str = "disabled";

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = users)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    #[serde(skip)]
    pub password_hash: String,
    pub status: String,
    pub token_version: i32,
    pub locale: Option<crate::i18n::Locale>,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
    #[serde(with = "crate::ids::utc")]
    pub updated_at: NaiveDateTime,
    #[serde(default, with = "crate::ids::utc::option")]
    pub totp_enabled_at: Option<NaiveDateTime>,
    #[serde(skip)]
    pub password_reset_required: bool,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = customer_orgs)]
pub struct CustomerOrg {
    pub id: OrgId,
    pub tenant_id: TenantId,
    pub name: String,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
}

/// A row of the admins' people list: a membership with its account and customer name.
#[derive(Debug, Clone, Serialize, Queryable, Selectable, utoipa::ToSchema)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite, diesel::pg::Pg))]
pub struct Person {
    #[diesel(select_expression = users::id)]
    pub user_id: UserId,
    #[diesel(select_expression = users::email)]
    pub email: String,
    #[diesel(select_expression = users::display_name)]
    pub display_name: String,
    /// `active` or `disabled`.
    #[diesel(select_expression = users::status)]
    #[schema(value_type = crate::web::api_enums::PersonStatus)]
    pub status: String,
    /// `admin`, `merchandiser`, `qc` or `buyer`.
    #[diesel(select_expression = memberships::role)]
    #[schema(value_type = crate::policy::Role)]
    pub role: String,
    /// Buyers: the name of their customer organisation.
    #[diesel(select_expression = customer_orgs::name.nullable())]
    #[diesel(select_expression_type = diesel::dsl::Nullable<customer_orgs::name>)]
    pub customer_org: Option<String>,
    /// Buyers: every order of their organisation (true) or only the orders granted to them.
    #[diesel(select_expression = memberships::all_orders)]
    pub all_orders: bool,
    /// Two-factor sign-in is enabled.
    #[diesel(select_expression = users::totp_enabled_at.is_not_null())]
    #[diesel(select_expression_type = diesel::dsl::IsNotNull<users::totp_enabled_at>)]
    pub two_factor: bool,
}

/// Memberships of a tenant joined to their accounts and customer organisations.
macro_rules! people_of_tenant {
    ($tenant_id:expr) => {
        memberships::table
            .inner_join(users::table)
            .left_join(
                customer_orgs::table
                    .on(memberships::customer_org_id.eq(customer_orgs::id.nullable())),
            )
            .filter(memberships::tenant_id.eq($tenant_id))
    };
}
pub(crate) use people_of_tenant;

pub fn find_user_by_email(conn: &mut DbConn, email: &str) -> AppResult<Option<User>> {
    Ok(users::table
        .filter(users::email.eq(email))
        .select(User::as_select())
        .first(conn)
        .optional()?)
}

/// Creates an account; the caller validated the e-mail and password.
pub fn create_user(
    conn: &mut DbConn,
    email: &str,
    name: &str,
    password_hash: &str,
) -> AppResult<UserId> {
    let id = UserId::new();
    let t = now();
    diesel::insert_into(users::table)
        .values((
            users::id.eq(&id),
            users::email.eq(email),
            users::display_name.eq(name),
            users::password_hash.eq(password_hash),
            users::status.eq(STATUS_ACTIVE),
            users::token_version.eq(0),
            users::created_at.eq(t),
            users::updated_at.eq(t),
        ))
        .execute(conn)?;
    Ok(id)
}

pub fn add_membership(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    user_id: &UserId,
    role: Role,
    customer_org_id: Option<&OrgId>,
    all_orders: bool,
) -> AppResult<String> {
    let id = new_id();
    diesel::insert_into(memberships::table)
        .values((
            memberships::id.eq(&id),
            memberships::tenant_id.eq(tenant_id),
            memberships::user_id.eq(user_id),
            memberships::role.eq(role.as_str()),
            memberships::customer_org_id.eq(customer_org_id),
            memberships::all_orders.eq(all_orders),
            memberships::created_at.eq(now()),
            memberships::role_since.eq(Some(now())),
        ))
        .execute(conn)
        .map_err(|e| match AppError::from(e) {
            AppError::Conflict(_) => {
                AppError::Conflict("This person already belongs to this supplier.".into())
            }
            other => other,
        })?;
    if crate::policy::is_admin(role) {
        crate::auth::alerts::admin_added(conn, tenant_id, user_id, "")?;
    }
    Ok(id)
}

pub fn create_customer_org(conn: &mut DbConn, actor: &Actor, name: &str) -> AppResult<OrgId> {
    crate::policy::ensure(crate::policy::can_manage_people(actor))?;
    let name = validate::text("name", name, 120)?;
    conn.write_tx(|conn| {
        let id = insert_customer_org(conn, &actor.tenant_id, &name)?;
        audit::record(
            conn,
            actor.event("customer.create", "customer_org", Some(&id), name.clone()),
        )?;
        Ok(id)
    })
}

/// Writes a customer organisation's row (the name validated): the one place that knows the
/// table (`create_customer_org`, the demo and the test fixtures).
pub fn insert_customer_org(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    name: &str,
) -> AppResult<OrgId> {
    let id = OrgId::new();
    diesel::insert_into(customer_orgs::table)
        .values((
            customer_orgs::id.eq(&id),
            customer_orgs::tenant_id.eq(tenant_id),
            customer_orgs::name.eq(name),
            customer_orgs::created_at.eq(now()),
        ))
        .execute(conn)
        .map_err(|e| match AppError::from(e) {
            AppError::Conflict(_) => {
                AppError::Conflict("A customer with this name already exists.".into())
            }
            other => other,
        })?;
    Ok(id)
}

pub fn list_customer_orgs(conn: &mut DbConn, tenant_id: &TenantId) -> AppResult<Vec<CustomerOrg>> {
    Ok(customer_orgs::table
        .filter(customer_orgs::tenant_id.eq(tenant_id))
        .order(customer_orgs::name.asc())
        .select(CustomerOrg::as_select())
        .load(conn)?)
}

pub fn find_customer_org(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    id: &str,
) -> AppResult<CustomerOrg> {
    customer_orgs::table
        .filter(customer_orgs::tenant_id.eq(tenant_id))
        .filter(customer_orgs::id.eq(id))
        .select(CustomerOrg::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

pub fn list_people(conn: &mut DbConn, actor: &Actor) -> AppResult<Vec<Person>> {
    crate::policy::ensure(crate::policy::can_manage_people(actor))?;
    Ok(people_of_tenant!(&actor.tenant_id)
        .order(users::email.asc())
        .select(Person::as_select())
        .load(conn)?)
}

/// A page of the tenant's people by e-mail address (the API's list); the cursor is the
/// (e-mail, id) of the last one.
pub fn people_page(conn: &mut DbConn, actor: &Actor, keyset: &Keyset) -> AppResult<Page<Person>> {
    crate::policy::ensure(crate::policy::can_manage_people(actor))?;
    let mut q = people_of_tenant!(&actor.tenant_id).into_boxed();
    if let Some((email, id)) = keyset.after_key::<(String, String)>()? {
        q = q.filter(
            users::email
                .gt(email.clone())
                .or(users::email.eq(email).and(users::id.gt(id))),
        );
    }
    let rows: Vec<Person> = q
        .order((users::email.asc(), users::id.asc()))
        .limit(keyset.fetch())
        .select(Person::as_select())
        .load(conn)?;
    Ok(keyset.page(rows, |p| key_cursor(&(&p.email, &p.user_id))))
}

/// Active staff of the tenant (admins, merchandisers, QC inspectors): (id, name, role).
pub fn list_staff(
    conn: &mut DbConn,
    tenant_id: &TenantId,
) -> AppResult<Vec<(String, String, String)>> {
    Ok(memberships::table
        .inner_join(users::table)
        .filter(memberships::tenant_id.eq(tenant_id))
        .filter(memberships::role.eq_any(crate::policy::roles_where(|r| r.staff)))
        .filter(users::status.eq(STATUS_ACTIVE))
        .order(users::display_name.asc())
        .select((users::id, users::display_name, memberships::role))
        .load(conn)?)
}

/// What an admin submits to add someone.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
pub struct NewPerson {
    pub email: String,
    /// At most 120 characters.
    pub display_name: String,
    /// `admin`, `merchandiser`, `qc` or `buyer`.
    #[schema(value_type = crate::policy::Role)]
    pub role: String,
    /// Buyers: their customer organisation (required for a buyer, ignored otherwise).
    #[serde(default)]
    pub customer_org_id: String,
    /// Buyers: "all" (every order of the organisation, the default) or "chosen" (only
    /// `order_ids`).
    #[serde(default)]
    pub access: String,
    /// Buyers with `access` "chosen": the orders they may see (at most 1000).
    #[serde(default)]
    pub order_ids: Vec<String>,
    /// Edit form only (ignored when inviting): last day of access (YYYY-MM-DD) and the lead
    /// flag.
    #[serde(default)]
    pub access_until: String,
    #[serde(default)]
    pub is_lead: bool,
    /// Invitations: the language of the mail and of the account it makes (a tag such as
    /// `es`); default: the company's language.
    #[serde(default)]
    pub language: String,
}

/// Removes a person from this tenant: the membership, grants and assignments go, and their
/// sessions in this tenant and the API tokens they made here end. Their account and their
/// sessions with other suppliers are not this tenant's to end (the security drill's removal
/// bumped the account's global token version and signed the person out everywhere).
pub fn remove_person(conn: &mut DbConn, actor: &Actor, user_id: &UserId) -> AppResult<()> {
    crate::policy::ensure(crate::policy::can_manage_people(actor))?;
    if *user_id == actor.user_id {
        return Err(AppError::invalid(
            "cannot_remove_self",
            "You cannot remove yourself.",
        ));
    }
    conn.write_tx(|conn| {
        let role: Option<String> = memberships::table
            .filter(memberships::tenant_id.eq(&actor.tenant_id))
            .filter(memberships::user_id.eq(user_id))
            .select(memberships::role)
            .first(conn)
            .optional()?;
        let Some(role) = role else {
            return Err(AppError::NotFound);
        };
        if Role::parse(&role).is_some_and(crate::policy::is_admin) {
            // Told while the person is still a member (and so among those told).
            crate::auth::alerts::admin_demoted(
                conn,
                &actor.tenant_id,
                user_id,
                &actor.display_name,
                &actor.ip,
            )?;
        }
        diesel::delete(
            memberships::table
                .filter(memberships::tenant_id.eq(&actor.tenant_id))
                .filter(memberships::user_id.eq(user_id)),
        )
        .execute(conn)?;
        diesel::delete(
            order_grants::table
                .filter(order_grants::tenant_id.eq(&actor.tenant_id))
                .filter(order_grants::user_id.eq(user_id)),
        )
        .execute(conn)?;
        diesel::delete(
            crate::db::schema::order_staff::table
                .filter(crate::db::schema::order_staff::tenant_id.eq(&actor.tenant_id))
                .filter(crate::db::schema::order_staff::user_id.eq(user_id)),
        )
        .execute(conn)?;
        let t = now();
        diesel::update(
            crate::db::schema::sessions::table
                .filter(crate::db::schema::sessions::user_id.eq(user_id))
                .filter(crate::db::schema::sessions::tenant_id.eq(&actor.tenant_id))
                .filter(crate::db::schema::sessions::revoked_at.is_null()),
        )
        .set(crate::db::schema::sessions::revoked_at.eq(Some(t)))
        .execute(conn)?;
        diesel::update(
            crate::db::schema::api_tokens::table
                .filter(crate::db::schema::api_tokens::created_by.eq(user_id))
                .filter(crate::db::schema::api_tokens::tenant_id.eq(&actor.tenant_id))
                .filter(crate::db::schema::api_tokens::revoked_at.is_null()),
        )
        .set((
            crate::db::schema::api_tokens::revoked_at.eq(Some(t)),
            crate::db::schema::api_tokens::revoked_by.eq(Some(&actor.user_id)),
        ))
        .execute(conn)?;
        // What they handed out here ends with them: share links they made (they know the
        // addresses) and invitations not yet accepted (an alias of theirs could still join).
        {
            use crate::db::schema::{invitations, share_links};
            diesel::update(
                share_links::table
                    .filter(share_links::tenant_id.eq(&actor.tenant_id))
                    .filter(share_links::created_by.eq(user_id))
                    .filter(share_links::revoked_at.is_null()),
            )
            .set(share_links::revoked_at.eq(Some(t)))
            .execute(conn)?;
            diesel::update(
                invitations::table
                    .filter(invitations::tenant_id.eq(&actor.tenant_id))
                    .filter(invitations::invited_by.eq(user_id))
                    .filter(invitations::accepted_at.is_null())
                    .filter(invitations::revoked_at.is_null()),
            )
            .set(invitations::revoked_at.eq(Some(t)))
            .execute(conn)?;
        }
        audit::record(
            conn,
            actor.event("person.remove", "user", Some(user_id), String::new()),
        )?;
        Ok(())
    })
}

/// Platform-level deactivation (CLI): the account can no longer sign in anywhere.
pub fn deactivate_user(conn: &mut DbConn, user_id: &UserId) -> AppResult<()> {
    conn.write_tx(|conn| {
        diesel::update(users::table.filter(users::id.eq(user_id)))
            .set((
                users::status.eq(STATUS_DISABLED),
                users::token_version.eq(users::token_version + 1),
                users::updated_at.eq(now()),
            ))
            .execute(conn)?;
        Ok(())
    })
}

/// Orders with their customer's name, for the "chosen orders" picker (one query).
pub fn orders_for_picker(
    conn: &mut DbConn,
    tenant_id: &TenantId,
) -> AppResult<Vec<(String, String, String)>> {
    Ok(orders::table
        .inner_join(customer_orgs::table)
        .filter(orders::tenant_id.eq(tenant_id))
        .order(orders::id.desc())
        .limit(1000)
        .select((orders::id, orders::reference, customer_orgs::name))
        .load(conn)?)
}

/// When each person of the tenant last signed in (newest session), from one grouped query.
pub fn last_sign_ins(
    conn: &mut DbConn,
    tenant_id: &TenantId,
) -> AppResult<std::collections::HashMap<UserId, NaiveDateTime>> {
    use crate::db::schema::sessions;
    let rows: Vec<(UserId, Option<NaiveDateTime>)> = sessions::table
        .filter(sessions::tenant_id.eq(tenant_id))
        .group_by(sessions::user_id)
        .select((sessions::user_id, diesel::dsl::max(sessions::created_at)))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(u, t)| t.map(|t| (u, t)))
        .collect())
}
