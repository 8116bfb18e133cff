//! The demo's bank details and payments: a first set of details of record (superseded five
//! weeks ago), the set in effect, and a change the first admin proposed that waits for the
//! second; Emma (Northwind) acknowledged the details in effect and Lukas (Alpine) has not;
//! Emma's deposit went to the details of record, Lukas paid the old account (a fraud signal
//! both sides are alerted to).

use chrono::Duration;
use diesel::prelude::*;

use super::story::{DemoOrder, at};
use super::{ADMIN, ADMIN2, Cast, EMMA, LUKAS};
use crate::db::DbConn;
use crate::db::schema::{notifications, payment_instructions as pi, tenants};
use crate::error::AppResult;
use crate::ids::{TenantId, now, today};
use crate::payments::{self, Proposal, records::NewPayment};

/// Bank, its address, SWIFT/BIC, account, notes.
type Details = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

const FIRST: Details = (
    "Bank of China, Ningbo Branch",
    "139 Yaohang Street, Ningbo 315000, China",
    "BKCHCNBJ92A",
    "3581 0012 0937 6643",
    "USD account for all orders.",
);
const SECOND: Details = (
    "China Merchants Bank, Ningbo Branch",
    "342 Minan Road, Yinzhou District, Ningbo 315100, China",
    "CMBCCNBS",
    "5749 0211 6610 808",
    "Our Bank of China account is closed: pay every invoice here.",
);
const PENDING: Details = (
    "HSBC Bank (China) Company Limited, Ningbo Branch",
    "1 Zhongshan East Road, Haishu District, Ningbo 315000, China",
    "HSBCCNSHNGB",
    "6280 1937 2001",
    "Faster settlement of USD receipts; replaces the China Merchants Bank account.",
);

fn proposal((bank_name, bank_address, swift_bic, account, notes): Details) -> Proposal {
    Proposal {
        customer_org_id: None,
        beneficiary: "Demo Textiles Co., Ltd.".into(),
        beneficiary_address: "88 Textile Road, Yinzhou District, Ningbo 315100, China".into(),
        bank_name: bank_name.into(),
        bank_address: bank_address.into(),
        swift_bic: swift_bic.into(),
        account: account.into(),
        currency: "USD".into(),
        notes: notes.into(),
    }
}

/// The first details of record and the ones that replaced them, each proposed by the first
/// admin and approved by the second; returns the id of those in effect.
pub(super) fn history(conn: &mut DbConn, cast: &Cast) -> AppResult<String> {
    let (admin, admin2) = (cast.actor(ADMIN), cast.actor(ADMIN2));
    let mut in_effect = String::new();
    for (details, days_ago) in [(FIRST, 100), (SECOND, 38)] {
        let i = payments::propose(conn, &admin, &proposal(details))?;
        payments::approve(conn, &admin2, &i.id)?;
        settle(conn, &cast.tenant.id, &i.id, days_ago)?;
        in_effect = i.id;
    }
    // Months-old news: the notices of this history (proposed, approved, in effect) were read
    // long ago; left in the inboxes they would announce as coming a date that has passed.
    diesel::delete(
        notifications::table
            .filter(notifications::tenant_id.eq(&cast.tenant.id))
            .filter(notifications::kind.eq(crate::notifications::PAYMENT)),
    )
    .execute(conn)?;
    Ok(in_effect)
}

/// An approved change, moved back so that it was proposed `days_ago`, approved three hours
/// later and took effect after the tenant's cooling-off period; the worker's `activate_due`
/// makes it the details of record (and supersedes the ones before) now, and the times of that
/// are moved back to when it took effect.
fn settle(conn: &mut DbConn, tenant_id: &TenantId, id: &str, days_ago: i64) -> AppResult<()> {
    let hours: i32 = tenants::table
        .find(tenant_id)
        .select(tenants::payment_cooling_hours)
        .first(conn)?;
    let proposed = at(today() - Duration::days(days_ago), 9, 30);
    let approved = proposed + Duration::hours(3);
    let effective = approved + Duration::hours(hours.into());
    let this = || {
        pi::table
            .filter(pi::tenant_id.eq(tenant_id))
            .filter(pi::id.eq(id))
    };
    diesel::update(this())
        .set((
            pi::proposed_at.eq(proposed),
            pi::approved_at.eq(Some(approved)),
            pi::effective_at.eq(Some(effective)),
        ))
        .execute(conn)?;
    payments::activate_due(conn, now())?;
    diesel::update(this())
        .set(pi::activated_at.eq(Some(effective)))
        .execute(conn)?;
    diesel::update(
        pi::table
            .filter(pi::tenant_id.eq(tenant_id))
            .filter(pi::status.eq(payments::SUPERSEDED))
            .filter(pi::superseded_at.gt(effective)),
    )
    .set(pi::superseded_at.eq(Some(effective)))
    .execute(conn)?;
    Ok(())
}

/// Today's state of money: the change waiting for the second admin, Emma's acknowledgement,
/// and the two payments.
pub(super) fn present(conn: &mut DbConn, cast: &Cast, in_effect: &str) -> AppResult<()> {
    payments::propose(conn, &cast.actor(ADMIN), &proposal(PENDING))?;
    payments::acknowledge(conn, &cast.actor(EMMA), in_effect)?;
    let paid =
        |o: &DemoOrder, amount: &str, days_ago: i64, (_, _, bic, account, _): Details| NewPayment {
            order_id: Some(o.id.to_string()),
            customer_org_id: None,
            amount: amount.into(),
            currency: "USD".into(),
            paid_on: (today() - Duration::days(days_ago)).to_string(),
            paid_to_account: account.into(),
            paid_to_bic: bic.into(),
            reference: format!("{} deposit 30%", o.reference),
        };
    // PO-2026-0102 (Northwind) and PO-2026-0104 (Alpine).
    let (northwind, alpine) = (&cast.orders[1], &cast.orders[3]);
    payments::records::record(
        conn,
        &cast.actor(EMMA),
        &paid(northwind, "14818.50", 12, SECOND),
    )?;
    payments::records::record(conn, &cast.actor(LUKAS), &paid(alpine, "9630.00", 4, FIRST))?;
    Ok(())
}
