//! Append-only audit trail: who did what to which object, when, and from where. Written in the
//! same transaction as the change it records.

use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::audit_events;
use crate::error::AppResult;

pub struct Event<'a> {
    pub tenant_id: Option<&'a str>,
    pub actor_user_id: Option<&'a str>,
    pub action: &'a str,
    pub object_type: &'a str,
    pub object_id: Option<&'a str>,
    pub detail: String,
    pub ip: &'a str,
}

pub fn record(conn: &mut DbConn, e: Event<'_>) -> AppResult<()> {
    diesel::insert_into(audit_events::table)
        .values((
            audit_events::id.eq(crate::ids::new_id()),
            audit_events::tenant_id.eq(e.tenant_id),
            audit_events::actor_user_id.eq(e.actor_user_id),
            audit_events::action.eq(e.action),
            audit_events::object_type.eq(e.object_type),
            audit_events::object_id.eq(e.object_id),
            audit_events::detail.eq(e.detail),
            audit_events::ip.eq(e.ip),
            audit_events::created_at.eq(crate::ids::now()),
        ))
        .execute(conn)?;
    Ok(())
}

#[derive(Debug, Clone, Queryable, serde::Serialize)]
pub struct AuditRow {
    pub id: String,
    pub action: String,
    pub object_type: String,
    pub object_id: Option<String>,
    pub actor_user_id: Option<String>,
    pub detail: String,
    pub ip: String,
    pub created_at: chrono::NaiveDateTime,
}

/// The newest events of one tenant (admins' view and tests).
pub fn recent(conn: &mut DbConn, tenant_id: &str, limit: i64) -> AppResult<Vec<AuditRow>> {
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
