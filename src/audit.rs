//! Append-only audit trail: who did what to which object, when, and from where. Written in the
//! same transaction as the change it records.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::audit_events;
use crate::error::AppResult;
use crate::ids::{TenantId, UserId};

pub struct Event<'a> {
    pub tenant_id: Option<&'a TenantId>,
    pub actor_user_id: Option<&'a UserId>,
    pub action: &'a str,
    pub object_type: &'a str,
    pub object_id: Option<&'a str>,
    pub detail: String,
    pub ip: &'a str,
}

/// The chain of events that belong to no tenant.
pub const GLOBAL_CHAIN: &str = "-";
/// The `prev_hash` of a chain's first event.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Appends an event to its tenant's chain: the next sequence number, the previous event's
/// hash, and its own hash over both and every field. Appends to one chain are serialised
/// (PostgreSQL: an advisory lock per chain; SQLite: its single writer).
pub fn record(conn: &mut DbConn, e: Event<'_>) -> AppResult<()> {
    use crate::db::WriteTransaction;
    let chain = e.tenant_id.map_or(GLOBAL_CHAIN, |t| t.as_str()).to_string();
    conn.write_tx(|conn| {
        if let DbConn::Postgres(c) = conn {
            diesel::sql_query("SELECT pg_advisory_xact_lock(hashtext($1))")
                .bind::<diesel::sql_types::Text, _>(format!("audit:{chain}"))
                .execute(c)?;
        }
        let last: Option<(Option<i64>, Option<String>)> = audit_events::table
            .filter(audit_events::chain.eq(&chain))
            .filter(audit_events::seq.is_not_null())
            .order(audit_events::seq.desc())
            .select((audit_events::seq, audit_events::hash))
            .first(conn)
            .optional()?;
        let (seq, prev) = match last {
            Some((Some(s), Some(h))) => (s + 1, h),
            _ => (1, GENESIS.to_string()),
        };
        let row = Chained {
            chain: chain.clone(),
            seq,
            prev_hash: prev,
            id: crate::ids::new_id(),
            tenant_id: e.tenant_id.cloned(),
            actor_user_id: e.actor_user_id.cloned(),
            action: e.action.to_string(),
            object_type: e.object_type.to_string(),
            object_id: e.object_id.map(String::from),
            detail: e.detail,
            ip: e.ip.to_string(),
            // Whole microseconds: what both databases store, so the hash can be recomputed.
            created_at: micros(crate::ids::now()),
        };
        let hash = row.hash();
        diesel::insert_into(audit_events::table)
            .values((
                audit_events::id.eq(&row.id),
                audit_events::tenant_id.eq(&row.tenant_id),
                audit_events::actor_user_id.eq(&row.actor_user_id),
                audit_events::action.eq(&row.action),
                audit_events::object_type.eq(&row.object_type),
                audit_events::object_id.eq(&row.object_id),
                audit_events::detail.eq(&row.detail),
                audit_events::ip.eq(&row.ip),
                audit_events::created_at.eq(row.created_at),
                audit_events::chain.eq(Some(&row.chain)),
                audit_events::seq.eq(Some(row.seq)),
                audit_events::prev_hash.eq(Some(&row.prev_hash)),
                audit_events::hash.eq(Some(&hash)),
            ))
            .execute(conn)?;
        // The change's webhook event, if it is one, in the change's transaction.
        crate::webhooks::enqueue(conn, &row)?;
        Ok(())
    })
}

fn micros(t: chrono::NaiveDateTime) -> chrono::NaiveDateTime {
    use chrono::Timelike;
    t.with_nanosecond(t.nanosecond() / 1000 * 1000).unwrap_or(t)
}

/// An event as hashed: every field, and its place in the chain.
#[derive(Debug, Clone, Queryable, serde::Serialize)]
pub struct Chained {
    pub chain: String,
    pub seq: i64,
    pub prev_hash: String,
    pub id: String,
    pub tenant_id: Option<TenantId>,
    pub actor_user_id: Option<UserId>,
    pub action: String,
    pub object_type: String,
    pub object_id: Option<String>,
    pub detail: String,
    pub ip: String,
    #[serde(with = "crate::ids::utc")]
    pub created_at: chrono::NaiveDateTime,
}

impl Chained {
    /// SHA-256 over the fields, each prefixed by its length so that no two events share an
    /// encoding.
    pub fn hash(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        let created = self.created_at.format("%Y-%m-%dT%H:%M:%S%.6f").to_string();
        let seq = self.seq.to_string();
        for f in [
            "portico-audit/v1",
            &self.chain,
            &seq,
            &self.prev_hash,
            &self.id,
            self.tenant_id.as_deref().unwrap_or(""),
            self.actor_user_id.as_deref().unwrap_or(""),
            &self.action,
            &self.object_type,
            self.object_id.as_deref().unwrap_or(""),
            &self.detail,
            &self.ip,
            &created,
        ] {
            h.update((f.len() as u64).to_be_bytes());
            h.update(f.as_bytes());
        }
        crate::auth::secrets::hex(&h.finalize())
    }
}

/// What `verify` found in one chain.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ChainReport {
    pub chain: String,
    pub events: usize,
    /// The first event whose link does not hold, and why.
    pub broken: Option<(i64, String, String)>,
}

/// Checks every chain (or one tenant's): sequence numbers without gaps, each event's
/// `prev_hash` the hash of the one before, each hash recomputed from the fields. Reads in
/// pages, so any size of log is checked in constant memory.
pub fn verify(conn: &mut DbConn, only: Option<&str>) -> AppResult<Vec<ChainReport>> {
    let chains: Vec<String> = match only {
        Some(c) => vec![c.to_string()],
        None => audit_events::table
            .filter(audit_events::chain.is_not_null())
            .select(audit_events::chain.assume_not_null())
            .distinct()
            .load(conn)?,
    };
    let mut out = Vec::new();
    for chain in chains {
        let mut report = ChainReport {
            chain: chain.clone(),
            events: 0,
            broken: None,
        };
        let mut expected_seq = 1i64;
        let mut prev = GENESIS.to_string();
        'pages: loop {
            let page = chain_page(conn, &chain, expected_seq - 1, 1000)?;
            if page.is_empty() {
                break;
            }
            for (row, stored) in page {
                let problem = if row.seq != expected_seq {
                    Some(format!("event {expected_seq} is missing"))
                } else if row.prev_hash != prev {
                    Some("its link to the previous event does not match".to_string())
                } else if stored.as_deref() != Some(row.hash().as_str()) {
                    Some("its content was changed after it was written".to_string())
                } else {
                    None
                };
                if let Some(p) = problem {
                    report.broken = Some((expected_seq, row.id.clone(), p));
                    break 'pages;
                }
                report.events += 1;
                expected_seq += 1;
                prev = stored.unwrap_or_default();
            }
        }
        out.push(report);
    }
    Ok(out)
}

/// The tenant's events, oldest first after `after_seq`, for the CSV export.
pub fn export_page(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    after_seq: i64,
    limit: i64,
) -> AppResult<Vec<(Chained, Option<String>)>> {
    chain_page(conn, tenant_id, after_seq, limit)
}

/// Up to `limit` events of one chain after `after_seq`, oldest first, with their stored
/// hashes. One reader for `verify` and the export, so an export holds exactly the fields the
/// hashes cover and can be checked the same way.
fn chain_page(
    conn: &mut DbConn,
    chain: &str,
    after_seq: i64,
    limit: i64,
) -> AppResult<Vec<(Chained, Option<String>)>> {
    Ok(audit_events::table
        .filter(audit_events::chain.eq(chain))
        .filter(audit_events::seq.gt(after_seq))
        .order(audit_events::seq.asc())
        .limit(limit)
        .select((
            (
                audit_events::chain.assume_not_null(),
                audit_events::seq.assume_not_null(),
                audit_events::prev_hash.assume_not_null(),
                audit_events::id,
                audit_events::tenant_id,
                audit_events::actor_user_id,
                audit_events::action,
                audit_events::object_type,
                audit_events::object_id,
                audit_events::detail,
                audit_events::ip,
                audit_events::created_at,
            ),
            audit_events::hash,
        ))
        .load(conn)?)
}

#[derive(Debug, Clone, Queryable, serde::Serialize)]
pub struct AuditRow {
    pub id: String,
    pub action: String,
    pub object_type: String,
    pub object_id: Option<String>,
    pub actor_user_id: Option<UserId>,
    pub detail: String,
    pub ip: String,
    #[serde(with = "crate::ids::utc")]
    pub created_at: chrono::NaiveDateTime,
}

/// The newest events of one tenant (admins' view and tests).
pub fn recent(conn: &mut DbConn, tenant_id: &TenantId, limit: i64) -> AppResult<Vec<AuditRow>> {
    Ok(audit_events::table
        .filter(audit_events::tenant_id.eq(tenant_id))
        .order(audit_events::id.desc())
        .limit(limit)
        .select((
            audit_events::id,
            audit_events::action,
            audit_events::object_type,
            audit_events::object_id,
            audit_events::actor_user_id,
            audit_events::detail,
            audit_events::ip,
            audit_events::created_at,
        ))
        .load(conn)?)
}
