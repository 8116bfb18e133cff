//! Payment records: a buyer (or staff) says what they paid, when and to which account. If
//! the account is not the one of record on that date, both sides are alerted at once, in the
//! portal and by mail, while a bank recall is still possible.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::bank;
use crate::audit;
use crate::db::schema::{orders, payment_records, users};
use crate::db::{DbConn, WriteTransaction};
use crate::error::{AppError, AppResult};
use crate::ids::{OrderId, OrgId, TenantId, UserId, new_id, now};
use crate::policy::{self, Actor, PaymentRecordScope, RecordPaymentsFor};
use crate::validate;
use crate::web::paging::{Keyset, Page, id_cursor};

/// A payment someone made, as they report it.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
pub struct NewPayment {
    /// The order paid for (optional); it must be the customer's.
    #[serde(default)]
    pub order_id: Option<String>,
    /// Staff record for a customer; a buyer always for their own organisation.
    #[serde(default)]
    pub customer_org_id: Option<String>,
    /// Digits with at most two decimals, e.g. `12500.00`.
    #[serde(default)]
    pub amount: String,
    /// ISO 4217 code, e.g. `USD`.
    #[serde(default)]
    pub currency: String,
    /// `YYYY-MM-DD`, within the last year.
    #[serde(default)]
    pub paid_on: String,
    /// The account number or IBAN paid to, as on the bank's confirmation.
    #[serde(default)]
    pub paid_to_account: String,
    /// The SWIFT/BIC paid to, if known.
    #[serde(default)]
    pub paid_to_bic: String,
    /// The payment's reference, up to 140 characters.
    #[serde(default)]
    pub reference: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = payment_records)]
pub struct PaymentRecord {
    pub id: String,
    #[serde(skip)]
    pub tenant_id: TenantId,
    pub customer_org_id: OrgId,
    pub order_id: Option<OrderId>,
    /// User id of who recorded it.
    pub recorded_by: UserId,
    /// Decimal, as a string: `12500.00`.
    pub amount: String,
    pub currency: String,
    pub paid_on: NaiveDate,
    /// Letters and digits only, upper case.
    pub paid_to_account: String,
    /// Empty if not given.
    pub paid_to_bic: String,
    pub reference: String,
    /// The details of record on the payment's date; none if there were none.
    pub instruction_id: Option<String>,
    /// The account (or BIC) paid to is not the one of record on that date: a fraud signal;
    /// both sides were alerted.
    pub mismatch: bool,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
}

/// Records a payment and checks it against the details of record on its date.
pub fn record(conn: &mut DbConn, actor: &Actor, p: &NewPayment) -> AppResult<PaymentRecord> {
    let org = match policy::record_payments_for(actor) {
        RecordPaymentsFor::OwnOrganisation(org) => org.ok_or(AppError::NotFound)?,
        RecordPaymentsFor::ChosenCustomer => {
            let raw = p.customer_org_id.as_deref().unwrap_or("").trim();
            let id = OrgId::parse(raw).ok_or_else(|| {
                AppError::invalid("customer_required", "Choose the customer who paid.")
            })?;
            crate::people::find_customer_org(conn, &actor.tenant_id, &id)?;
            id
        }
        RecordPaymentsFor::Nobody => {
            return Err(AppError::Forbidden(
                "Payments are recorded by buyers, merchandisers and admins.",
            ));
        }
    };
    let order_id = match p
        .order_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(o) => {
            let o = crate::ids::parse(o).ok_or(AppError::NotFound)?;
            let order = crate::orders::find(conn, actor, &o)?;
            if order.customer_org_id != org {
                return Err(AppError::NotFound);
            }
            Some(order.id)
        }
        None => None,
    };
    let amount = bank::amount(&p.amount)?;
    let currency = bank::currency(&p.currency)?;
    let paid_on = NaiveDate::parse_from_str(p.paid_on.trim(), "%Y-%m-%d")
        .map_err(|_| AppError::invalid("date_invalid", "Give the payment date as YYYY-MM-DD."))?;
    if paid_on > now().date() + chrono::Duration::days(1)
        || paid_on < now().date() - chrono::Duration::days(366)
    {
        return Err(AppError::invalid(
            "date_invalid",
            "The payment date must be within the last year, not in the future.",
        ));
    }
    let account = bank::normalize_account(&p.paid_to_account);
    if !(4..=34).contains(&account.len()) {
        return Err(AppError::invalid(
            "account_invalid",
            "Enter the account number or IBAN you paid to, as on your bank's confirmation.",
        ));
    }
    let bic = if p.paid_to_bic.trim().is_empty() {
        String::new()
    } else {
        bank::bic(&p.paid_to_bic)?
    };
    let reference = validate::optional_text("reference", &p.reference, 140)?.unwrap_or_default();
    // The details of record at the end of the payment's day.
    let at = (paid_on + chrono::Duration::days(1))
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default();
    let of_record = super::of_record(conn, &actor.tenant_id, Some(&org), at)?;
    // The same account written another way (spaces, an IBAN or the domestic number in it, an
    // 8- or 11-character BIC of the same bank) is the same account: no false alarm.
    let differs = match &of_record {
        Some(i) => {
            let bank_ok = bic.is_empty() || bank::same_bank(&i.swift_bic, &bic);
            let bank_named = !bic.is_empty() && bank_ok;
            let account_ok = bank::same_account(&i.account, &account, bank_named);
            match (account_ok, bank_ok) {
                (true, true) => None,
                (false, true) => Some("account"),
                (true, false) => Some("bank"),
                (false, false) => Some("both"),
            }
        }
        // No details of record at all: every payment is suspicious.
        None => Some("no_record"),
    };
    let mismatch = differs.is_some();
    // The URGENT alert goes to every admin and buyer of the order: a recorder may raise at
    // most `ALERTS` of them an hour (the record and its fraud signal stay either way).
    let alert = mismatch
        && matches!(
            crate::auth::limits::take(conn, &format!("payment-alert:{}", actor.user_id), &ALERTS)?,
            crate::auth::limits::Taken::Allowed { .. }
        );
    conn.write_tx(|conn| {
        let id = new_id();
        diesel::insert_into(payment_records::table)
            .values((
                payment_records::id.eq(&id),
                payment_records::tenant_id.eq(&actor.tenant_id),
                payment_records::customer_org_id.eq(&org),
                payment_records::order_id.eq(&order_id),
                payment_records::recorded_by.eq(&actor.user_id),
                payment_records::amount.eq(&amount),
                payment_records::currency.eq(&currency),
                payment_records::paid_on.eq(paid_on),
                payment_records::paid_to_account.eq(&account),
                payment_records::paid_to_bic.eq(&bic),
                payment_records::reference.eq(&reference),
                payment_records::instruction_id.eq(of_record.as_ref().map(|i| i.id.clone())),
                payment_records::mismatch.eq(mismatch),
                payment_records::created_at.eq(now()),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor.event(
                if mismatch {
                    "payment.mismatch"
                } else {
                    "payment.record"
                },
                "payment",
                Some(&id),
                format!("{amount} {currency} on {paid_on} to {account} {bic}"),
            ),
        )?;
        if alert {
            // Both sides at once: the admins, the recorder, and those who see the order (or,
            // without one, the customer's buyers who see all its orders), each told what to do
            // in their own role: staff call the buyer and help recall, buyers call their bank.
            let mut staff = super::other_admins(conn, &actor.tenant_id, None)?;
            let mut buyers = Vec::new();
            match &order_id {
                Some(o) => {
                    let (b, s) = policy::order_audience(conn, o)?;
                    buyers.extend(b);
                    staff.extend(s);
                }
                None => buyers.extend(policy::org_report_readers(conn, &actor.tenant_id, &org)?),
            }
            if policy::can_see_internal(actor) {
                staff.push(actor.user_id.clone());
            } else {
                buyers.push(actor.user_id.clone());
            }
            for list in [&mut staff, &mut buyers] {
                list.sort();
                list.dedup();
            }
            let reference = match &order_id {
                Some(o) => orders::table
                    .find(o)
                    .select(orders::reference)
                    .first::<String>(conn)?,
                None => String::new(),
            };
            for (to, event) in [(&staff, "mismatch_staff"), (&buyers, "mismatch")] {
                crate::notifications::send(
                    conn,
                    to,
                    &crate::notifications::Notice {
                        tenant_id: Some(&actor.tenant_id),
                        order_id: order_id.as_ref(),
                        kind: crate::notifications::PAYMENT,
                        params: serde_json::json!({
                            "event": event,
                            "differs": differs.unwrap_or("account"),
                            "amount": format!("{amount} {currency}"),
                            "account": account,
                            "ref": reference,
                            "date": paid_on.to_string(),
                        }),
                    },
                )?;
            }
        }
        find(conn, actor, &id)
    })
}

/// Mismatch alerts one recorder may raise in an hour.
pub const ALERTS: crate::auth::limits::Rule = crate::auth::limits::Rule {
    limit: 3,
    window: chrono::Duration::seconds(3600),
    backoff: &[],
};

/// The payment records an actor sees (`policy::payment_record_scope`), with the orders in
/// their scope resolved to ids.
enum Visible {
    All,
    Some { orders: Vec<OrderId>, mine: UserId },
    Nothing,
}

fn visible(conn: &mut DbConn, actor: &Actor) -> AppResult<Visible> {
    Ok(match policy::payment_record_scope(actor) {
        PaymentRecordScope::All => Visible::All,
        PaymentRecordScope::Nothing => Visible::Nothing,
        PaymentRecordScope::OwnAndOrders { user_id } => Visible::Some {
            orders: crate::orders::scope_to_actor!(orders::table.into_boxed(), actor)
                .select(orders::id)
                .load(conn)?,
            mine: user_id,
        },
    })
}

/// One payment record the actor may see; anything else is not found.
pub fn find(conn: &mut DbConn, actor: &Actor, id: &str) -> AppResult<PaymentRecord> {
    let id = crate::ids::parse(id).ok_or(AppError::NotFound)?;
    let mut q = payment_records::table
        .filter(payment_records::tenant_id.eq(&actor.tenant_id))
        .filter(payment_records::id.eq(&id))
        .into_boxed();
    match visible(conn, actor)? {
        Visible::All => {}
        Visible::Nothing => return Err(AppError::NotFound),
        Visible::Some { orders, mine } => {
            q = q.filter(
                payment_records::recorded_by
                    .eq(mine)
                    .or(payment_records::order_id.eq_any(orders)),
            )
        }
    }
    q.select(PaymentRecord::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = PaymentRecordView)]
pub struct Listed {
    #[serde(flatten)]
    pub record: PaymentRecord,
    /// Display name of who recorded it.
    pub recorded_by_name: String,
}

/// Payment records the actor may see, newest first; `mismatched` for the fraud signals.
pub fn list(
    conn: &mut DbConn,
    actor: &Actor,
    mismatched: bool,
    keyset: &Keyset,
) -> AppResult<Page<Listed>> {
    let mut q = payment_records::table
        .inner_join(users::table.on(users::id.eq(payment_records::recorded_by)))
        .filter(payment_records::tenant_id.eq(&actor.tenant_id))
        .into_boxed();
    match visible(conn, actor)? {
        Visible::All => {}
        Visible::Nothing => {
            return Ok(Page {
                items: Vec::new(),
                next: None,
            });
        }
        Visible::Some { orders, mine } => {
            q = q.filter(
                payment_records::recorded_by
                    .eq(mine)
                    .or(payment_records::order_id.eq_any(orders)),
            )
        }
    }
    if mismatched {
        q = q.filter(payment_records::mismatch.eq(true));
    }
    if let Some(after) = keyset.after_id()? {
        q = q.filter(payment_records::id.lt(after));
    }
    let rows: Vec<(PaymentRecord, String)> = q
        .order(payment_records::id.desc())
        .limit(keyset.fetch())
        .select((PaymentRecord::as_select(), users::display_name))
        .load(conn)?;
    Ok(keyset
        .page(rows, |(r, _)| id_cursor(&r.id))
        .map(|(record, recorded_by_name)| Listed {
            record,
            recorded_by_name,
        }))
}
