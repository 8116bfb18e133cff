//! The demo's rows, in one transaction: the company and its people, twelve orders whose
//! milestones stand where today says they should, their timelines and decisions, and the bank
//! details with the payments made to them (`money`).

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::{CUSTOMERS, Cast, DEMO_SLUG, MERCH, PEOPLE, QC};
use crate::auth::{password, secrets};
use crate::db::schema::{memberships, orders, users};
use crate::db::{DbConn, WriteTransaction};
use crate::decisions::DecisionKind;
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::ids::{OrderId, TenantId, UserId, now, today};
use crate::orders::OrderStatus;
use crate::orders::milestones::MilestoneStatus;
use crate::timeline::{self, Kind, NewEntry};
use crate::{people, tenants};

pub(super) const MILESTONES: [&str; 7] = [
    "Fabric sourcing",
    "Cutting",
    "Sewing",
    "Finishing",
    "Final inspection",
    "Packing",
    "Shipping",
];
const PRODUCTS: [&str; 4] = [
    "Men's cotton shirt",
    "Women's down jacket",
    "Kids' fleece hoodie",
    "Linen trousers",
];
pub(super) const ORDERS: usize = 12;
/// Days from one milestone's plan to the next.
const STEP: i64 = 8;
/// Ex-factory and departure, in days after an order's start. Shipping, the last milestone,
/// is planned for the departure.
const EX_FACTORY: i64 = 52;
const ETD: i64 = 56;
/// Where the orders stand, in turn: the status, and how many of the seven milestones are done.
const STAGES: [(OrderStatus, usize); 6] = [
    (OrderStatus::Confirmed, 0),
    (OrderStatus::InProduction, 2),
    (OrderStatus::InProduction, 3),
    (OrderStatus::Inspection, 4),
    (OrderStatus::ReadyToShip, 6),
    (OrderStatus::Shipped, 7),
];
/// The order that runs late: its milestone in progress was due two days ago.
const LATE: usize = 7;

/// An order of the demo, as the files part needs it.
pub(super) struct DemoOrder {
    pub id: OrderId,
    pub reference: String,
    pub org: usize,
    pub plan: Plan,
    /// Milestone ids by position.
    pub milestones: Vec<String>,
    /// The customer updates that photos illustrate: (index in `media::SHOOTS`, entry id).
    pub updates: Vec<(usize, String)>,
}

/// An order's dates, chosen so that today falls where its stage says: every milestone done
/// was done by today, the one in progress spans today, an order shipped left after its
/// ex-factory date and before today, one not shipped leaves after today.
#[derive(Debug, Clone)]
pub(super) struct Plan {
    pub status: OrderStatus,
    /// Milestones done (the next one, if any, is in progress).
    pub done: usize,
    pub start: NaiveDate,
    pub planned: [NaiveDate; 7],
    pub actual: [Option<NaiveDate>; 7],
    /// How far the milestone in progress is.
    pub percent: i32,
    pub ex_factory: NaiveDate,
    pub etd: NaiveDate,
}

pub(super) fn plan(i: usize, today: NaiveDate) -> Plan {
    let (status, done) = STAGES[i % STAGES.len()];
    // Days since the last milestone done was planned: 1 to 6 (10 for the late order).
    let lag = 1 + (i as i64 * 3) % 6 + if i == LATE { 6 } else { 0 };
    let since_start = match done {
        // Left `lag` days ago.
        7 => ETD + lag,
        // Packed; ex-factory in one to three days.
        6 => STEP * 6 + 1 + i as i64 % 3,
        d => STEP * d as i64 + lag,
    };
    let start = today - Duration::days(since_start);
    let day = |d: i64| start + Duration::days(d);
    let planned: [NaiveDate; 7] =
        std::array::from_fn(|k| day(if k == 6 { ETD } else { STEP * (k as i64 + 1) }));
    let actual = std::array::from_fn(|k| {
        (k < done).then(|| {
            // A day early to two days late, never after today; the departure as planned.
            let slip = if k == 6 { 0 } else { ((i + k) % 4) as i64 - 1 };
            (planned[k] + Duration::days(slip)).min(today)
        })
    });
    Plan {
        status,
        done,
        start,
        planned,
        actual,
        percent: (lag * 100 / STEP).clamp(10, 90) as i32,
        ex_factory: day(EX_FACTORY),
        etd: day(ETD),
    }
}

/// A moment of a past day, never after now.
pub(super) fn at(day: NaiveDate, hour: u32, minute: u32) -> NaiveDateTime {
    day.and_hms_opt(hour, minute, 0)
        .unwrap_or_default()
        .min(now() - Duration::minutes(30))
}

/// Writes every row of the demo; refuses when the demo tenant exists.
pub(super) fn write(conn: &mut DbConn) -> AppResult<Cast> {
    if tenants::find_by_slug(conn, DEMO_SLUG).is_ok() {
        return Err(AppError::Conflict(
            "The demo tenant already exists (slug demo-textiles).".into(),
        ));
    }
    // Hash before the transaction: argon2 is deliberately slow.
    let mut passwords = Vec::new();
    let mut hashes = Vec::new();
    for _ in PEOPLE {
        let pw = secrets::random_token()[..16].to_string();
        hashes.push(password::hash(&pw)?);
        passwords.push(pw);
    }
    conn.write_tx(|conn| {
        let tenant = tenants::create(conn, "Demo Textiles Co. 演示纺织", DEMO_SLUG, Locale::En)?;
        let orgs = CUSTOMERS
            .iter()
            .map(|c| super::ensure_customer(conn, &tenant.id, c))
            .collect::<AppResult<Vec<_>>>()?;
        let mut users = Vec::new();
        for ((email, name, role, org, joined), hash) in PEOPLE.iter().zip(&hashes) {
            let uid = match people::find_user_by_email(conn, email)? {
                Some(u) => u.id,
                None => {
                    let id = people::create_user(conn, email, name, hash)?;
                    // Demo addresses count as confirmed, so that the demo's mail can be seen
                    // flowing (to a test relay: the addresses are fictional).
                    diesel::update(users::table.find(&id))
                        .set(users::email_verified_at.eq(Some(now())))
                        .execute(conn)?;
                    id
                }
            };
            people::add_membership(conn, &tenant.id, &uid, *role, org.map(|i| &orgs[i]), true)?;
            joined_days_ago(conn, &tenant.id, &uid, *joined)?;
            users.push(uid);
        }
        let mut cast = Cast {
            tenant,
            orgs,
            users,
            passwords,
            orders: Vec::new(),
        };
        let in_effect = super::money::history(conn, &cast)?;
        let today = today();
        for i in 0..ORDERS {
            let order = order(conn, &cast, i, today)?;
            cast.orders.push(order);
        }
        super::money::present(conn, &cast, &in_effect)?;
        Ok(cast)
    })
}

/// The membership started `days` ago. `add_membership` writes "now"; the demo's people have
/// worked together for months (which is also what lets the second admin approve what the
/// first proposes: `policy::records::second_admin`).
fn joined_days_ago(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    user_id: &UserId,
    days: i64,
) -> AppResult<()> {
    let since = at(today() - Duration::days(days), 8, 0);
    diesel::update(
        memberships::table
            .filter(memberships::tenant_id.eq(tenant_id))
            .filter(memberships::user_id.eq(user_id)),
    )
    .set((
        memberships::created_at.eq(since),
        memberships::role_since.eq(Some(since)),
    ))
    .execute(conn)?;
    Ok(())
}

/// Order `i`: its row, milestones, staff and history.
fn order(conn: &mut DbConn, cast: &Cast, i: usize, today: NaiveDate) -> AppResult<DemoOrder> {
    let tenant_id = &cast.tenant.id;
    let plan = plan(i, today);
    let org = (i / 2) % 2;
    let reference = format!("PO-2026-{:04}", 101 + i);
    let product = PRODUCTS[i % PRODUCTS.len()];
    let title = format!(
        "{product} — season {}",
        if i.is_multiple_of(3) { "SS27" } else { "AW26" }
    );
    let id = crate::orders::insert(
        conn,
        &crate::orders::NewOrder {
            tenant_id,
            customer_org_id: &cast.orgs[org],
            reference: &reference,
            title: &title,
            product,
            quantity: 1200 + 300 * i as i32,
            status: plan.status,
            ex_factory_date: Some(plan.ex_factory),
            etd_date: Some(plan.etd),
        },
    )?;
    // Placed some days before its fabric was ordered (`insert` writes "now").
    diesel::update(
        orders::table
            .filter(orders::tenant_id.eq(tenant_id))
            .filter(orders::id.eq(&id)),
    )
    .set(orders::created_at.eq(at(plan.start - Duration::days(5), 9, 0)))
    .execute(conn)?;
    let mut milestones = Vec::new();
    for (pos, name) in MILESTONES.iter().enumerate() {
        let (status, percent) = match pos.cmp(&plan.done) {
            std::cmp::Ordering::Less => (MilestoneStatus::Done, 100),
            std::cmp::Ordering::Equal => (MilestoneStatus::InProgress, plan.percent),
            std::cmp::Ordering::Greater => (MilestoneStatus::Pending, 0),
        };
        milestones.push(crate::orders::milestones::insert(
            conn,
            &crate::orders::milestones::NewMilestone {
                tenant_id,
                order_id: &id,
                position: pos as i32 + 1,
                name,
                planned: Some(plan.planned[pos]),
                actual: plan.actual[pos],
                status,
                percent,
                owner_user_id: None,
            },
        )?);
    }
    let merch = &cast.users[MERCH];
    crate::orders::assign_row(conn, tenant_id, &id, merch)?;
    if i % 2 == 1 {
        // The QC inspector covers every other order (those of the inspection photos and
        // report among them: QC inspectors see the orders they are assigned).
        crate::orders::assign_row(conn, tenant_id, &id, &cast.users[QC])?;
    }
    let mut o = DemoOrder {
        id,
        reference,
        org,
        plan,
        milestones,
        updates: Vec::new(),
    };
    history(conn, cast, &mut o, i)?;
    Ok(o)
}

/// A little history on each order: updates for the buyer and for staff only, the updates the
/// photos illustrate, and on some orders a decision waiting for the buyer.
fn history(conn: &mut DbConn, cast: &Cast, o: &mut DemoOrder, i: usize) -> AppResult<()> {
    let tenant_id = &cast.tenant.id;
    let merch = &cast.users[MERCH];
    let entry = |kind, visibility, body: String| NewEntry {
        tenant_id,
        order_id: &o.id,
        kind,
        visibility,
        author_user_id: Some(merch),
        milestone_id: None,
        decision_id: None,
        body,
    };
    let p = &o.plan;
    let fabric = if p.done == 0 {
        format!(
            "Lab dips **approved**; the bulk fabric is being woven.\n\n- Shade: matches the approved lab dip\n- Due at the factory: {}",
            p.planned[0]
        )
    } else {
        "Fabric received and **approved** by our QC.\n\n- Shade: matches the lab dip\n- Shrinkage: within 3%".to_string()
    };
    let mut entries = vec![(timeline::CUSTOMER, fabric)];
    if p.done < 6 {
        entries.push((
            timeline::INTERNAL,
            "Internal: the dye house is two days behind; keep an eye on cutting.".to_string(),
        ));
    }
    if p.done == 7 {
        entries.push((
            timeline::CUSTOMER,
            format!(
                "Shipped: the container left the factory on {} and sailed on {}. The bill of lading follows.",
                p.ex_factory, p.etd
            ),
        ));
    }
    for (visibility, body) in entries {
        timeline::record(conn, entry(Kind::Update, visibility, body))?;
    }
    for (n, shoot) in super::media::SHOOTS.iter().enumerate() {
        if shoot.order == i {
            let id = timeline::record(
                conn,
                NewEntry {
                    author_user_id: Some(&cast.users[shoot.by]),
                    milestone_id: Some(&o.milestones[shoot.milestone]),
                    ..entry(Kind::Update, timeline::CUSTOMER, shoot.note.to_string())
                },
            )?;
            o.updates.push((n, id));
        }
    }
    let decision = match (p.status, i) {
        (OrderStatus::Confirmed, _) => Some((
            DecisionKind::SampleApproval,
            "Approve the pre-production sample",
            "Photos of the PP sample are on the timeline. Please approve, or reject with your comments.",
        )),
        (OrderStatus::Inspection, _) => Some((
            DecisionKind::ShipmentApproval,
            "Approve shipment after the final inspection",
            "The final inspection is under way. Once it passes we would like to ship on the ex-factory date. Approve, or tell us what to check again.",
        )),
        (_, LATE) => Some((
            DecisionKind::DelayAcceptance,
            "Accept a four-day delay of sewing",
            "The dye house delivered two days late, so sewing finishes four days later than planned. The ex-factory date holds if you accept.",
        )),
        _ => None,
    };
    if let Some((kind, title, description)) = decision {
        let id = crate::decisions::insert(
            conn,
            &crate::decisions::NewDecision {
                tenant_id,
                order_id: &o.id,
                kind,
                title,
                description,
                due_date: Some(today() + Duration::days(5)),
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
                    format!("{}\n{title}", kind.as_str()),
                )
            },
        )?;
    }
    Ok(())
}
