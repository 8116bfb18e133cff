//! Verifying a document someone received: by its sha256 (the server hashed the PDF in
//! memory, never storing it) or by its verification code. Every attempt is recorded (the
//! fraud signals show the failed ones) and limited per address.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::Serialize;

use super::Record;
use crate::db::DbConn;
use crate::db::schema::{
    documents_of_record, orders, payment_instructions, tenants, users, verification_attempts,
};
use crate::error::AppResult;
use crate::ids::{TenantId, UserId, new_id, now};

pub const GENUINE: &str = "genuine";
pub const SUPERSEDED: &str = "superseded";
pub const UNKNOWN: &str = "unknown";
/// By code alone: a document with this code is the current one of record, but the PDF in
/// hand may print the code and say anything else; the file must be compared.
pub const ISSUED: &str = "issued";
/// Attempts per hour: from one address without an account, and per signed-in person.
pub const PUBLIC_PER_HOUR: i64 = 20;
pub const USER_PER_HOUR: i64 = 200;

/// What the person asked about.
pub enum Query {
    Sha256(String),
    Code(String),
}

/// The answer to a verification.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = VerificationAnswer)]
pub struct Answer {
    /// genuine | superseded | unknown | issued
    #[schema(value_type = Outcome)]
    pub outcome: &'static str,
    /// The document of record found; none when `unknown`.
    pub document: Option<Found>,
    /// For a superseded document: when the newer one was issued.
    #[serde(default, with = "crate::ids::utc::option")]
    pub newer_issued_at: Option<NaiveDateTime>,
}

/// What a verification found: `genuine` (the file is the current version of a document of
/// record), `superseded` (a document of record, but a newer version was issued or the payment
/// details are no longer the ones of record), `issued` (checked by code only: a current
/// document of record has this code; compare the file with its `sha256` before relying on
/// it) or `unknown` (no such document: do not trust it). A schema only: `Answer::outcome`
/// holds the constants above.
#[derive(utoipa::ToSchema)]
#[schema(as = VerificationOutcome, rename_all = "lowercase")]
#[allow(dead_code)]
pub enum Outcome {
    Genuine,
    Superseded,
    Unknown,
    Issued,
}

/// A document of record, as issued and signed by the supplier.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = VerifiedDocument)]
pub struct Found {
    pub title: String,
    /// `proforma_invoice`, `contract`, `invoice`, `packing_list`, `bill_of_lading`,
    /// `payment_instructions` or `progress_report`.
    #[schema(value_type = crate::files::FileKind)]
    pub kind: String,
    pub version: i32,
    /// The verification code printed on the document, e.g. `7KQ2M-XW9TD`.
    pub code: String,
    /// Hex SHA-256 of the PDF as issued.
    pub sha256: String,
    #[serde(with = "crate::ids::utc")]
    pub issued_at: NaiveDateTime,
    /// The name of the person who issued it, for people of the supplier signed in; empty
    /// for everyone else (staff names are not published).
    pub issued_by: String,
    /// The supplier (tenant) name.
    pub supplier: String,
    pub order_reference: Option<String>,
    /// The supplier's Ed25519 public key, base64 (see `GET /api/v1/signing-key`).
    pub public_key: String,
    /// The supplier's Ed25519 signature (base64) over the document's SHA-256, id, version,
    /// kind and issue time.
    pub signature: String,
    /// Whether the signature verifies with the supplier's recorded public key.
    pub signature_valid: bool,
}

/// What an address without an account may check in an hour (advertised as the operation's
/// `RateLimit-Policy`; signed-in people may check more).
pub const PUBLIC_RULE: crate::auth::limits::Rule = crate::auth::limits::Rule {
    limit: PUBLIC_PER_HOUR as i32,
    window: chrono::Duration::seconds(3600),
    backoff: &[],
};

/// Refuses when the address (or person) asked too often in the last hour; each check is
/// counted atomically before it is answered (codes are secrets worth guessing).
pub fn check_rate(conn: &mut DbConn, ip: &str, user_id: Option<&UserId>) -> AppResult<()> {
    use crate::auth::limits::{self, Rule};
    let hour = chrono::Duration::seconds(3600);
    let (key, rule) = match user_id {
        Some(u) => (
            format!("verify:{u}"),
            Rule {
                limit: USER_PER_HOUR as i32,
                window: hour,
                backoff: &[],
            },
        ),
        None => (
            format!("verify-address:{}", crate::auth::throttle::client_net(ip)),
            PUBLIC_RULE,
        ),
    };
    limits::take(conn, &key, &rule)?.or_refuse(|wait| {
        format!("Too many checks from here in the last hour. Try again in {wait}, or sign in to Portico to check more.")
    })?;
    Ok(())
}

/// Answers a query and records the attempt.
pub fn check(
    conn: &mut DbConn,
    q: &Query,
    ip: &str,
    user_id: Option<&UserId>,
) -> AppResult<Answer> {
    let (record, method, sha): (Option<Record>, &str, Option<String>) = match q {
        Query::Sha256(sha) => (by_file(conn, sha)?, "file", Some(sha.clone())),
        Query::Code(raw) => (
            match crate::ids::normalize_code(raw) {
                Some(code) => documents_of_record::table
                    .filter(documents_of_record::code.eq(code))
                    .select(Record::as_select())
                    .first(conn)
                    .optional()?
                    .filter(|r| signed_by_its_tenant(conn, r)),
                None => None,
            },
            "code",
            None,
        ),
    };
    let answer = match &record {
        None => Answer {
            outcome: UNKNOWN,
            document: None,
            newer_issued_at: None,
        },
        Some(r) => {
            let newer = newer_than(conn, r)?;
            Answer {
                outcome: match (newer.is_some(), method) {
                    (true, _) => SUPERSEDED,
                    (false, "file") => GENUINE,
                    (false, _) => ISSUED,
                },
                newer_issued_at: newer,
                document: Some(found(conn, r, user_id)?),
            }
        }
    };
    diesel::insert_into(verification_attempts::table)
        .values((
            verification_attempts::id.eq(new_id()),
            verification_attempts::tenant_id.eq(record.as_ref().map(|r| r.tenant_id.clone())),
            verification_attempts::document_id.eq(record.as_ref().map(|r| r.id.clone())),
            verification_attempts::user_id.eq(user_id),
            verification_attempts::outcome.eq(answer.outcome),
            verification_attempts::method.eq(method),
            verification_attempts::sha256.eq(sha),
            verification_attempts::ip.eq(ip),
            verification_attempts::created_at.eq(now()),
        ))
        .execute(conn)?;
    crate::audit::record(
        conn,
        crate::audit::Event {
            tenant_id: record.as_ref().map(|r| &r.tenant_id),
            actor_user_id: user_id,
            action: "document.verify",
            object_type: "document",
            object_id: record.as_ref().map(|r| r.id.as_str()),
            detail: format!(
                "{} by {method}{}",
                answer.outcome,
                match q {
                    Query::Sha256(s) => format!(" sha256={s}"),
                    Query::Code(_) => String::new(),
                }
            ),
            ip,
        },
    )?;
    Ok(answer)
}

/// When a newer version of the same document was issued (files), or when the payment
/// details stopped being the ones of record (instruction sheets).
fn newer_than(conn: &mut DbConn, r: &Record) -> AppResult<Option<NaiveDateTime>> {
    if let Some(i) = &r.instruction_id {
        let (status, superseded, cancelled): (
            String,
            Option<NaiveDateTime>,
            Option<NaiveDateTime>,
        ) = payment_instructions::table
            .find(i)
            .select((
                payment_instructions::status,
                payment_instructions::superseded_at,
                payment_instructions::cancelled_at,
            ))
            .first(conn)?;
        return Ok(match status.as_str() {
            crate::payments::ACTIVE => None,
            _ => superseded.or(cancelled).or(Some(r.issued_at)),
        });
    }
    Ok(documents_of_record::table
        .filter(documents_of_record::tenant_id.eq(&r.tenant_id))
        .filter(documents_of_record::document_id.eq(&r.document_id))
        .filter(documents_of_record::version.gt(r.version))
        .select(documents_of_record::issued_at)
        .order(documents_of_record::version.desc())
        .first(conn)
        .optional()?)
}

/// The document of record with these bytes: among every record with the hash, only ones
/// whose signature holds under their own tenant's recorded key, the oldest issue first. The
/// drill uploaded the same bytes in another tenant and took over the answer (the newest
/// record won).
fn by_file(conn: &mut DbConn, sha: &str) -> AppResult<Option<Record>> {
    let candidates: Vec<Record> = documents_of_record::table
        .filter(documents_of_record::sha256.eq(sha))
        .order((
            documents_of_record::issued_at.asc(),
            documents_of_record::id.asc(),
        ))
        .limit(50)
        .select(Record::as_select())
        .load(conn)?;
    Ok(candidates
        .into_iter()
        .find(|r| signed_by_its_tenant(conn, r)))
}

/// Whether the record's signature holds under its own tenant's recorded key.
fn signed_by_its_tenant(conn: &mut DbConn, r: &Record) -> bool {
    super::recorded_key(conn, &r.tenant_id)
        .ok()
        .flatten()
        .is_some_and(|k| super::signature_valid(r, &k))
}

fn found(conn: &mut DbConn, r: &Record, viewer: Option<&UserId>) -> AppResult<Found> {
    let supplier: String = tenants::table
        .find(&r.tenant_id)
        .select(tenants::name)
        .first(conn)?;
    // Staff names only for people of the supplier.
    let insider = match viewer {
        Some(v) => crate::policy::is_staff_of(conn, &r.tenant_id, v)?,
        None => false,
    };
    let issued_by: String = match r.issued_by.as_ref().filter(|_| insider) {
        Some(u) => users::table
            .find(u)
            .select(users::display_name)
            .first(conn)
            .optional()?
            .unwrap_or_default(),
        None => String::new(),
    };
    let order_reference: Option<String> = match &r.order_id {
        Some(o) => orders::table
            .find(o)
            .select(orders::reference)
            .first(conn)
            .optional()?,
        None => None,
    };
    Ok(Found {
        title: r.title.clone(),
        kind: r.kind.clone(),
        version: r.version,
        code: r.code.clone(),
        sha256: r.sha256.clone(),
        issued_at: r.issued_at,
        issued_by,
        supplier,
        order_reference,
        public_key: r.public_key.clone(),
        signature: r.signature.clone(),
        signature_valid: super::recorded_key(conn, &r.tenant_id)?
            .is_some_and(|k| super::signature_valid(r, &k)),
    })
}

/// A failed check: when, its outcome, the sha256 asked about, from where.
#[derive(Debug, Serialize, Queryable, utoipa::ToSchema)]
pub struct FailedCheck {
    #[serde(with = "crate::ids::utc")]
    pub at: NaiveDateTime,
    #[schema(value_type = Outcome)]
    pub outcome: String,
    pub sha256: Option<String>,
    pub ip: String,
}

/// Failed verifications of the tenant's documents and by its people (fraud signals): the
/// unknown answers given to signed-in people of the tenant, newest first.
pub fn failed_for_tenant(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    limit: i64,
) -> AppResult<Vec<FailedCheck>> {
    use crate::db::schema::memberships;
    let people: Vec<String> = memberships::table
        .filter(memberships::tenant_id.eq(tenant_id))
        .select(memberships::user_id)
        .load(conn)?;
    Ok(verification_attempts::table
        .filter(verification_attempts::outcome.ne(GENUINE))
        // About the tenant's documents, or by its people about documents nobody issued
        // (never their checks of another supplier's documents).
        .filter(
            verification_attempts::tenant_id
                .eq(tenant_id)
                .or(verification_attempts::tenant_id
                    .is_null()
                    .and(verification_attempts::user_id.eq_any(people))),
        )
        .order(verification_attempts::id.desc())
        .limit(limit)
        .select((
            verification_attempts::created_at,
            verification_attempts::outcome,
            verification_attempts::sha256,
            verification_attempts::ip,
        ))
        .load(conn)?)
}
