//! Demo data (`portico demo`) and the CLI's way of adding people without an acting admin.
//!
//! The demo is a supplier some months into using Portico, so that every feature has something
//! to show: orders whose milestones stand where today says they should, photos from the
//! factory floor with their previews, documents of record (one in two versions), a weekly
//! progress report, bank details of record with an older version and a change waiting for the
//! second admin, a buyer who acknowledged them and one who has not, and a payment that matched
//! them and one that did not. It is written through the same services the app uses: the rows
//! first, in one transaction (`story`, `money`), then the files and what is derived from them
//! (`media`). Where the story needs a past that the services can only write as "now" (when
//! people joined, when an order was placed, when the bank details took effect), the times are
//! moved back afterwards, each in one place with its reason.

mod media;
mod money;
mod pictures;
mod story;

use diesel::prelude::*;

use crate::app::AppState;
use crate::auth::password;
use crate::db::schema::customer_orgs;
use crate::db::{DbConn, WriteTransaction};
use crate::error::{AppError, AppResult};
use crate::ids::{OrgId, TenantId, UserId};
use crate::people::{self, Role};
use crate::policy::Actor;
use crate::{policy, tenants, validate};

const DEMO_SLUG: &str = "demo-textiles";

/// The demo's customers.
const CUSTOMERS: [&str; 2] = ["Northwind Apparel Ltd", "Alpine Outdoor GmbH"];
const NORTHWIND: usize = 0;
const ALPINE: usize = 1;

/// The demo's people, in the order their sign-ins are printed: e-mail, name, role, customer,
/// and how many days ago they joined (the first admin set the portal up).
const PEOPLE: [(&str, &str, Role, Option<usize>, i64); 6] = [
    ("admin@demo.portico.test", "Li Wei", Role::Admin, None, 120),
    (
        "admin2@demo.portico.test",
        "Wang Fang",
        Role::Admin,
        None,
        110,
    ),
    (
        "merch@demo.portico.test",
        "Zhang Min",
        Role::Merchandiser,
        None,
        118,
    ),
    ("qc@demo.portico.test", "Chen Jie", Role::Qc, None, 100),
    (
        "buyer@northwind.example",
        "Emma Hughes",
        Role::Buyer,
        Some(NORTHWIND),
        95,
    ),
    (
        "buyer@alpine.example",
        "Lukas Meier",
        Role::Buyer,
        Some(ALPINE),
        90,
    ),
];
const ADMIN: usize = 0;
const ADMIN2: usize = 1;
const MERCH: usize = 2;
const QC: usize = 3;
const EMMA: usize = 4;
const LUKAS: usize = 5;

pub(crate) fn ensure_customer(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    name: &str,
) -> AppResult<OrgId> {
    let name = validate::text("customer", name, 120)?;
    if let Some(id) = customer_orgs::table
        .filter(customer_orgs::tenant_id.eq(tenant_id))
        .filter(customer_orgs::name.eq(&name))
        .select(customer_orgs::id)
        .first::<OrgId>(conn)
        .optional()?
    {
        return Ok(id);
    }
    let id = people::insert_customer_org(conn, tenant_id, &name)?;
    Ok(id)
}

/// Adds a person to a tenant by slug (operator CLI). Returns a line describing the outcome.
pub fn add_user(
    conn: &mut DbConn,
    tenant_slug: &str,
    email: &str,
    name: &str,
    role: &str,
    customer: Option<&str>,
    password_text: &str,
) -> AppResult<String> {
    let tenant = tenants::find_by_slug(conn, tenant_slug)?;
    let email = validate::email(email)?;
    let name = validate::text("name", name, 120)?;
    let role = Role::parse(role).ok_or_else(unknown_role)?;
    let of_customer = policy::access_shape(role) == policy::AccessShape::Customer;
    if of_customer && customer.is_none() {
        return Err(AppError::invalid(
            "customer_required",
            "a buyer needs --customer",
        ));
    }
    let existing = people::find_user_by_email(conn, &email)?;
    let hash = if existing.is_none() {
        Some(password::hash(password_text)?)
    } else {
        None
    };
    conn.write_tx(|conn| {
        let org = match customer {
            Some(c) if of_customer => Some(ensure_customer(conn, &tenant.id, c)?),
            _ => None,
        };
        let (uid, new) = match &existing {
            Some(u) => (u.id.clone(), false),
            None => (
                people::create_user(conn, &email, &name, hash.as_deref().unwrap_or_default())?,
                true,
            ),
        };
        people::add_membership(conn, &tenant.id, &uid, role, org.as_ref(), true)?;
        crate::audit::record(
            conn,
            crate::audit::Event {
                tenant_id: Some(&tenant.id),
                actor_user_id: None,
                action: "person.add",
                object_type: "user",
                object_id: Some(&uid),
                detail: format!("{email} as {} (cli)", role.as_str()),
                ip: "cli",
            },
        )?;
        Ok(format!(
            "added {email} to {} as {}{}",
            tenant.slug,
            role.as_str(),
            if new {
                " (new account)"
            } else {
                " (existing account)"
            }
        ))
    })
}

/// The operator's `portico user add`: an invitation, as "Add person" makes (a code the person
/// enters at `/invite`, readable over the phone), made out in the name of the tenant's
/// longest-standing admin and audited as the CLI's. Nobody gets a password to hand over.
pub fn invite_from_cli(
    conn: &mut DbConn,
    tenant_slug: &str,
    email: &str,
    name: &str,
    role: &str,
    customer: Option<&str>,
    public_url: &str,
) -> AppResult<crate::invitations::Issued> {
    use crate::db::schema::{memberships, users};
    let tenant = tenants::find_by_slug(conn, tenant_slug)?;
    let (user_id, admin_email, display_name, locale): (
        UserId,
        String,
        String,
        Option<crate::i18n::Locale>,
    ) = memberships::table
        .inner_join(users::table)
        .filter(memberships::tenant_id.eq(&tenant.id))
        .filter(memberships::role.eq_any(crate::policy::roles_where(|r| r.admin)))
        .filter(users::status.eq(people::STATUS_ACTIVE))
        .order(memberships::created_at.asc())
        .select((users::id, users::email, users::display_name, users::locale))
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::invalid("no_admin", "This tenant has no active administrator."))?;
    let of_customer =
        Role::parse(role).is_some_and(|r| policy::access_shape(r) == policy::AccessShape::Customer);
    let org = match customer {
        Some(c) if of_customer => Some(ensure_customer(conn, &tenant.id, c)?),
        None if of_customer => {
            return Err(AppError::invalid(
                "customer_required",
                "a buyer needs --customer",
            ));
        }
        _ => None,
    };
    let operator = crate::policy::Actor {
        user_id,
        email: admin_email,
        display_name,
        locale,
        tenant_id: tenant.id.clone(),
        tenant_name: tenant.name.clone(),
        tenant_slug: tenant.slug.clone(),
        tenant_logo_key: None,
        tenant_accent: None,
        time_zone: chrono_tz::UTC,
        role: Role::Admin,
        customer_org_id: None,
        all_orders: true,
        is_lead: false,
        must_enrol: false,
        must_confirm_email: false,
        session_id: "cli".into(),
        reauth_at: None,
        ip: "cli".into(),
        api_token: None,
    };
    crate::invitations::invite(
        conn,
        &operator,
        &people::NewPerson {
            email: email.to_string(),
            display_name: name.to_string(),
            role: role.to_string(),
            customer_org_id: org.map(String::from).unwrap_or_default(),
            access: "all".into(),
            ..Default::default()
        },
        public_url,
    )
}

/// Loads the demo tenant and returns the text to print: a line, then one sign-in per line
/// (`  role e-mail password`, which scripts read). A second load is refused.
pub async fn load(state: &AppState) -> AppResult<String> {
    let cast = state.db.run(story::write).await?;
    media::add(state, &cast).await?;
    brand(state, &cast).await?;
    Ok(cast.sign_ins())
}

/// The demo supplier's logo (a woven mark, drawn here: no network) and its indigo accent.
async fn brand(state: &AppState, cast: &Cast) -> AppResult<()> {
    let png = crate::tenants::brand::prepare_logo(&pictures::logo())?;
    let key = crate::storage::Storage::new_key(&cast.tenant.id);
    state
        .storage
        .put(&key, png)
        .await
        .map_err(AppError::internal)?;
    let admin = cast.actor(0);
    state
        .db
        .run(move |c| {
            crate::tenants::brand::update(
                c,
                &admin,
                Some(Some(key)),
                Some(Some("#3b3f99".to_string())),
            )
        })
        .await?;
    Ok(())
}

/// What the rows part of the demo wrote, for the files part to build on.
struct Cast {
    tenant: tenants::Tenant,
    orgs: Vec<OrgId>,
    /// By `PEOPLE` index.
    users: Vec<UserId>,
    passwords: Vec<String>,
    orders: Vec<story::DemoOrder>,
}

impl Cast {
    /// A person of the demo acting, as the sign-in would make them (the demo is their doing).
    fn actor(&self, who: usize) -> Actor {
        let (email, name, role, org, _) = PEOPLE[who];
        Actor {
            user_id: self.users[who].clone(),
            email: email.to_string(),
            display_name: name.to_string(),
            locale: None,
            tenant_id: self.tenant.id.clone(),
            tenant_name: self.tenant.name.clone(),
            tenant_slug: self.tenant.slug.clone(),
            tenant_logo_key: None,
            tenant_accent: None,
            time_zone: chrono_tz::UTC,
            role,
            customer_org_id: org.map(|o| self.orgs[o].clone()),
            all_orders: true,
            is_lead: false,
            must_enrol: false,
            must_confirm_email: false,
            session_id: "demo".into(),
            reauth_at: None,
            ip: "demo".into(),
            api_token: None,
        }
    }

    fn sign_ins(&self) -> String {
        let mut out = format!(
            "Loaded demo tenant {} ({DEMO_SLUG}) with {} orders. Sign-ins:\n",
            self.tenant.name,
            self.orders.len()
        );
        for ((email, _, role, _, _), pw) in PEOPLE.iter().zip(&self.passwords) {
            out.push_str(&format!("  {:<13} {email:<28} {pw}\n", role.as_str()));
        }
        out
    }
}

fn unknown_role() -> AppError {
    let names: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
    AppError::invalid(
        "role_invalid",
        format!("role must be one of: {}", names.join(", ")),
    )
}
