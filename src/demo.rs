//! Demo data (`portico demo`) and the CLI's way of adding people without an acting admin.

use crate::db::WriteTransaction;
use chrono::Duration;
use diesel::prelude::*;

use crate::auth::{password, secrets};
use crate::db::DbConn;
use crate::db::schema::customer_orgs;
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::ids::{OrderId, OrgId, TenantId, UserId, now};
use crate::orders::milestones::MilestoneStatus;
use crate::people::{self, Role};
use crate::{policy, tenants, validate};

const DEMO_SLUG: &str = "demo-textiles";
const MILESTONES: [&str; 7] = [
    "Fabric sourcing",
    "Cutting",
    "Sewing",
    "Finishing",
    "Final inspection",
    "Packing",
    "Shipping",
];

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

/// Loads the demo tenant and returns the text to print (sign-ins with generated passwords).
pub fn load(conn: &mut DbConn) -> AppResult<String> {
    if tenants::find_by_slug(conn, DEMO_SLUG).is_ok() {
        return Err(AppError::Conflict(
            "The demo tenant already exists (slug demo-textiles).".into(),
        ));
    }
    let people_spec = [
        ("admin@demo.portico.test", "Li Wei", Role::Admin, None),
        (
            "merch@demo.portico.test",
            "Zhang Min",
            Role::Merchandiser,
            None,
        ),
        ("qc@demo.portico.test", "Chen Jie", Role::Qc, None),
        (
            "buyer@northwind.example",
            "Emma Hughes",
            Role::Buyer,
            Some(0),
        ),
        ("buyer@alpine.example", "Lukas Meier", Role::Buyer, Some(1)),
    ];
    // Hash before the transaction: argon2 is deliberately slow.
    let mut creds = Vec::new();
    for (email, name, role, org) in people_spec {
        let pw = secrets::random_token()[..16].to_string();
        creds.push((email, name, role, org, password::hash(&pw)?, pw));
    }
    conn.write_tx(|conn| {
        let tenant = tenants::create(conn, "Demo Textiles Co. 演示纺织", DEMO_SLUG, Locale::En)?;
        let orgs = [
            ensure_customer(conn, &tenant.id, "Northwind Apparel Ltd")?,
            ensure_customer(conn, &tenant.id, "Alpine Outdoor GmbH")?,
        ];
        let mut ids = Vec::new();
        for (email, name, role, org, hash, _) in &creds {
            let uid = match people::find_user_by_email(conn, email)? {
                Some(u) => u.id,
                None => {
                    let id = people::create_user(conn, email, name, hash)?;
                    // Demo addresses count as confirmed, so that the demo's mail can be seen
                    // flowing (to a test relay: the addresses are fictional).
                    diesel::update(crate::db::schema::users::table.find(&id))
                        .set(crate::db::schema::users::email_verified_at.eq(Some(now())))
                        .execute(conn)?;
                    id
                }
            };
            people::add_membership(conn, &tenant.id, &uid, *role, org.map(|i| &orgs[i]), true)?;
            ids.push(uid);
        }
        let today = crate::ids::today();
        let products = [
            "Men's cotton shirt",
            "Women's down jacket",
            "Kids' fleece hoodie",
            "Linen trousers",
        ];
        use crate::orders::OrderStatus;
        let statuses = [
            OrderStatus::Confirmed,
            OrderStatus::InProduction,
            OrderStatus::InProduction,
            OrderStatus::Inspection,
            OrderStatus::ReadyToShip,
            OrderStatus::Shipped,
        ];
        for i in 0..12usize {
            let start = today - Duration::days(40 - 3 * i as i64);
            let reference = format!("PO-2026-{:04}", 101 + i);
            let title = format!(
                "{} — season {}",
                products[i % 4],
                if i % 3 == 0 { "SS27" } else { "AW26" }
            );
            let id = crate::orders::insert(
                conn,
                &crate::orders::NewOrder {
                    tenant_id: &tenant.id,
                    customer_org_id: &orgs[i % 2],
                    reference: &reference,
                    title: &title,
                    product: products[i % 4],
                    quantity: 1200 + 300 * i as i32,
                    status: statuses[i % statuses.len()],
                    ex_factory_date: Some(start + Duration::days(60)),
                    etd_date: Some(start + Duration::days(67)),
                },
            )?;
            let done = (i % 6) + 1;
            for (pos, name) in MILESTONES.iter().enumerate() {
                let planned = start + Duration::days(8 * (pos as i64 + 1));
                let (status, pct, actual) = if pos < done.min(6) {
                    (MilestoneStatus::Done, 100, Some(planned))
                } else if pos == done {
                    (MilestoneStatus::InProgress, 40, None)
                } else {
                    (MilestoneStatus::Pending, 0, None)
                };
                crate::orders::milestones::insert(
                    conn,
                    &crate::orders::milestones::NewMilestone {
                        tenant_id: &tenant.id,
                        order_id: &id,
                        position: pos as i32 + 1,
                        name,
                        planned: Some(planned),
                        actual,
                        status,
                        percent: pct,
                        owner_user_id: None,
                    },
                )?;
            }
            for staff in [&ids[1], &ids[2]] {
                if staff == &ids[2] && i % 2 == 1 {
                    continue; // the QC inspector covers every other order
                }
                crate::orders::assign_row(conn, &tenant.id, &id, staff)?;
            }
            story(conn, &tenant.id, &id, &ids[1], i)?;
        }
        let mut out = format!(
            "Loaded demo tenant {} ({DEMO_SLUG}) with 12 orders. Sign-ins:\n",
            tenant.name
        );
        for (email, _, role, _, _, pw) in &creds {
            out.push_str(&format!("  {:<13} {email:<28} {pw}\n", role.as_str()));
        }
        Ok(out)
    })
}

/// A little history on each demo order: updates for the buyer and for staff only, and on some
/// orders a decision waiting for the buyer.
fn story(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    order_id: &OrderId,
    merch: &UserId,
    i: usize,
) -> AppResult<()> {
    use crate::timeline::{self, Kind, NewEntry};
    let entry = |kind, visibility, body: &str| NewEntry {
        tenant_id,
        order_id,
        kind,
        visibility,
        author_user_id: Some(merch),
        milestone_id: None,
        decision_id: None,
        body: body.to_string(),
    };
    timeline::record(
        conn,
        entry(
            Kind::Update,
            timeline::CUSTOMER,
            "Fabric received and **approved** by our QC.\n\n- Shade: matches the lab dip\n- Shrinkage: within 3%",
        ),
    )?;
    timeline::record(
        conn,
        entry(
            Kind::Update,
            timeline::INTERNAL,
            "Internal: the dye house is two days behind; keep an eye on cutting.",
        ),
    )?;
    if i.is_multiple_of(4) {
        let id = crate::decisions::insert(
            conn,
            &crate::decisions::NewDecision {
                tenant_id,
                order_id,
                kind: crate::decisions::DecisionKind::SampleApproval,
                title: "Approve the pre-production sample",
                description: "Photos of the PP sample are on the timeline. Please approve, or reject with your comments.",
                due_date: None,
                requested_by: merch,
            },
        )?;
        timeline::record(
            conn,
            NewEntry {
                decision_id: Some(&id),
                ..entry(
                    Kind::DecisionRequest,
                    timeline::CUSTOMER,
                    "sample_approval\nApprove the pre-production sample",
                )
            },
        )?;
    }
    Ok(())
}

fn unknown_role() -> AppError {
    let names: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
    AppError::invalid(
        "role_invalid",
        format!("role must be one of: {}", names.join(", ")),
    )
}
