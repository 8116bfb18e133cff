//! Documents of record: official documents (proforma invoice, contract, commercial invoice,
//! packing list, bill of lading, payment instruction sheets) get a short verification code
//! and the tenant's Ed25519 signature over (sha256, document id, version, kind, issued at).
//! Anyone holding a PDF from an e-mail can check it: genuine, superseded, or unknown.
//!
//! The tenant's signing key is derived from the server secret (every node has it; nothing
//! secret is stored in the database); its public key is recorded and shown.

pub mod issuing;
pub mod verify;
pub mod web;

use base64::Engine;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use ed25519_dalek::{Signer, SigningKey, Verifier, VerifyingKey};
use serde::Serialize;

use crate::auth::keys::Keys;
use crate::db::DbConn;
use crate::db::schema::{documents_of_record, tenant_keys};
use crate::error::AppResult;
use crate::ids::{FileId, OrderId, TenantId, UserId, new_id, now};

pub const PAYMENT_SHEET: &str = "payment_instructions";
pub const PROGRESS_REPORT: &str = "progress_report";

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = documents_of_record)]
pub struct Record {
    pub id: String,
    #[serde(skip)]
    pub tenant_id: TenantId,
    pub document_id: String,
    pub version: i32,
    pub file_id: Option<FileId>,
    pub instruction_id: Option<String>,
    pub order_id: Option<OrderId>,
    pub kind: String,
    pub title: String,
    pub sha256: String,
    pub code: String,
    #[serde(with = "crate::ids::utc")]
    pub issued_at: NaiveDateTime,
    pub issued_by: Option<UserId>,
    pub signature: String,
    pub public_key: String,
    #[serde(skip)]
    pub object_key: Option<String>,
    /// The second administrator who approved it (kinds that carry payment terms).
    pub approved_by: Option<UserId>,
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn signing_key(keys: &Keys, tenant_id: &TenantId) -> SigningKey {
    SigningKey::from_bytes(&keys.tenant_signing_seed(tenant_id))
}

/// The tenant's public key (base64 of the 32-byte Ed25519 key), recorded on first use. If
/// the recorded key is not the one this server derives, the deployment's secret changed:
/// signing refuses rather than issue signatures nobody can check.
pub fn public_key(conn: &mut DbConn, keys: &Keys, tenant_id: &TenantId) -> AppResult<String> {
    let key = b64(signing_key(keys, tenant_id).verifying_key().as_bytes());
    // Two first uses at once must not fail a transaction (an upload's) on PostgreSQL.
    use diesel::sql_types::{Text, Timestamp};
    match conn {
        DbConn::Postgres(c) => diesel::sql_query(
            "INSERT INTO tenant_keys (tenant_id, public_key, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        )
        .bind::<Text, _>(tenant_id)
        .bind::<Text, _>(&key)
        .bind::<Timestamp, _>(now())
        .execute(c)?,
        DbConn::Sqlite(c) => diesel::sql_query(
            "INSERT OR IGNORE INTO tenant_keys (tenant_id, public_key, created_at) VALUES (?, ?, ?)",
        )
        .bind::<Text, _>(tenant_id)
        .bind::<Text, _>(&key)
        .bind::<Timestamp, _>(now())
        .execute(c)?,
    };
    let stored: String = tenant_keys::table
        .find(tenant_id)
        .select(tenant_keys::public_key)
        .first(conn)?;
    if stored != key {
        return Err(crate::error::AppError::internal(
            "the tenant's recorded signing key is not the one derived from PORTICO_KEY_FILE: was the secret replaced?",
        ));
    }
    Ok(stored)
}

/// The tenant's recorded public key, without deriving (verification needs no secret).
pub fn recorded_key(conn: &mut DbConn, tenant_id: &TenantId) -> AppResult<Option<String>> {
    Ok(tenant_keys::table
        .find(tenant_id)
        .select(tenant_keys::public_key)
        .first(conn)
        .optional()?)
}

/// The exact bytes a signature covers.
pub fn signed_message(
    sha256: &str,
    document_id: &str,
    version: i32,
    kind: &str,
    issued_at: NaiveDateTime,
) -> String {
    format!(
        "portico-document-of-record/v1\n{sha256}\n{document_id}\n{version}\n{kind}\n{}",
        issued_at.format("%Y-%m-%dT%H:%M:%SZ")
    )
}

/// Whether a record's signature verifies with the tenant's recorded public key (not the
/// key copied into the record, which an edited record could carry along).
pub fn signature_valid(r: &Record, tenant_key: &str) -> bool {
    let engine = base64::engine::general_purpose::STANDARD;
    if r.public_key != tenant_key {
        return false;
    }
    let (Ok(pk), Ok(sig)) = (engine.decode(tenant_key), engine.decode(&r.signature)) else {
        return false;
    };
    let (Ok(pk), Ok(sig)) = (
        <[u8; 32]>::try_from(pk.as_slice()),
        <[u8; 64]>::try_from(sig.as_slice()),
    ) else {
        return false;
    };
    let Ok(key) = VerifyingKey::from_bytes(&pk) else {
        return false;
    };
    let msg = signed_message(&r.sha256, &r.document_id, r.version, &r.kind, r.issued_at);
    key.verify(msg.as_bytes(), &ed25519_dalek::Signature::from_bytes(&sig))
        .is_ok()
}

pub struct Issue<'a> {
    pub tenant_id: &'a TenantId,
    pub document_id: &'a str,
    pub version: i32,
    pub file_id: Option<&'a FileId>,
    pub instruction_id: Option<&'a str>,
    pub order_id: Option<&'a OrderId>,
    pub kind: &'a str,
    pub title: &'a str,
    pub sha256: &'a str,
    pub issued_by: Option<&'a UserId>,
    pub approved_by: Option<&'a UserId>,
    pub object_key: Option<&'a str>,
    /// The code printed in a document Portico made itself; a new one otherwise.
    pub code: Option<&'a str>,
    /// The language Portico wrote it in (a payment sheet exists once per language); files
    /// people uploaded are recorded as `en`, the column's default.
    pub language: crate::i18n::Locale,
}

/// Issues a document of record: code and signature. Call inside the transaction that
/// records the document.
pub fn issue(conn: &mut DbConn, keys: &Keys, i: Issue<'_>) -> AppResult<Record> {
    let public_key = public_key(conn, keys, i.tenant_id)?;
    // Whole seconds: the signed text has no fractions.
    let issued_at = chrono::DateTime::from_timestamp(now().and_utc().timestamp(), 0)
        .map(|d| d.naive_utc())
        .unwrap_or_else(now);
    let msg = signed_message(i.sha256, i.document_id, i.version, i.kind, issued_at);
    let signature = b64(&signing_key(keys, i.tenant_id)
        .sign(msg.as_bytes())
        .to_bytes());
    let r = Record {
        id: new_id(),
        tenant_id: i.tenant_id.clone(),
        document_id: i.document_id.to_string(),
        version: i.version,
        file_id: i.file_id.cloned(),
        instruction_id: i.instruction_id.map(String::from),
        order_id: i.order_id.cloned(),
        kind: i.kind.to_string(),
        title: i.title.chars().take(200).collect(),
        sha256: i.sha256.to_string(),
        code: i
            .code
            .map(String::from)
            .unwrap_or_else(crate::ids::verification_code),
        issued_at,
        issued_by: i.issued_by.cloned(),
        signature,
        public_key,
        object_key: i.object_key.map(String::from),
        approved_by: i.approved_by.cloned(),
    };
    diesel::insert_into(documents_of_record::table)
        .values((
            documents_of_record::id.eq(&r.id),
            documents_of_record::tenant_id.eq(&r.tenant_id),
            documents_of_record::document_id.eq(&r.document_id),
            documents_of_record::version.eq(r.version),
            documents_of_record::file_id.eq(&r.file_id),
            documents_of_record::instruction_id.eq(&r.instruction_id),
            documents_of_record::order_id.eq(&r.order_id),
            documents_of_record::kind.eq(&r.kind),
            documents_of_record::title.eq(&r.title),
            documents_of_record::sha256.eq(&r.sha256),
            documents_of_record::code.eq(&r.code),
            documents_of_record::issued_at.eq(r.issued_at),
            documents_of_record::issued_by.eq(&r.issued_by),
            documents_of_record::signature.eq(&r.signature),
            documents_of_record::public_key.eq(&r.public_key),
            documents_of_record::object_key.eq(&r.object_key),
            documents_of_record::approved_by.eq(&r.approved_by),
            documents_of_record::language.eq(i.language),
        ))
        .execute(conn)?;
    Ok(r)
}

/// The record of a file, if it is a document of record.
pub fn of_file(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    file_id: &FileId,
) -> AppResult<Option<Record>> {
    Ok(documents_of_record::table
        .filter(documents_of_record::tenant_id.eq(tenant_id))
        .filter(documents_of_record::file_id.eq(file_id))
        .select(Record::as_select())
        .first(conn)
        .optional()?)
}

/// The record of a payment instruction sheet, if one was made.
pub fn of_instruction(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    instruction_id: &str,
    language: crate::i18n::Locale,
) -> AppResult<Option<Record>> {
    Ok(documents_of_record::table
        .filter(documents_of_record::tenant_id.eq(tenant_id))
        .filter(documents_of_record::instruction_id.eq(instruction_id))
        .filter(documents_of_record::language.eq(language))
        .select(Record::as_select())
        .first(conn)
        .optional()?)
}
