//! The payment sheet: a PDF of the bank details of record in its reader's language, signed as
//! a document of record the first time someone asks for it in that language, so that a buyer
//! can check a copy by its code. Each language's sheet has its own code and sha256; all of
//! them carry the same details, which only two administrators can change.

use crate::app::AppState;
use crate::db::WriteTransaction;
use crate::error::{AppError, AppResult};
use crate::i18n::Locale;
use crate::ids::UserId;
use crate::payments::{self, Instruction};
use crate::policy::Actor;

const SHEET: &str = include_str!("sheet.typ");

/// The instruction (as the actor may see it) and its sheet of record in `language`, made now
/// if this is the first time anyone asks for it in that language. Only details that are or
/// were of record have a sheet.
pub async fn of_record(
    state: &AppState,
    actor: &Actor,
    id: &str,
    language: Locale,
) -> AppResult<(Instruction, crate::documents::Record)> {
    let (a, id) = (actor.clone(), id.to_string());
    let (instruction, existing) = state
        .db
        .run(move |c| {
            let i = payments::find(c, &a, &id)?;
            if !matches!(i.status.as_str(), payments::ACTIVE | payments::SUPERSEDED) {
                return Err(AppError::Conflict(
                    "A sheet exists only for details that are or were of record.".into(),
                ));
            }
            let r = crate::documents::of_instruction(c, &a.tenant_id, &i.id, language)?;
            Ok((i, r))
        })
        .await?;
    let record = match existing {
        Some(r) => r,
        None => make(state, actor, &instruction, language).await?,
    };
    Ok((instruction, record))
}

/// Renders, stores and signs the sheet. The PDF is stored before its record commits; a
/// parallel first request that wins keeps its own and this one's object is deleted.
async fn make(
    state: &AppState,
    actor: &Actor,
    i: &Instruction,
    language: Locale,
) -> AppResult<crate::documents::Record> {
    let fonts = crate::reports::pdf::fonts().map_err(AppError::internal)?;
    // The company's zone, not the asker's own: the first sheet in a language is the one every
    // later reader of that language downloads (one code, one sha256), so it cannot carry the
    // zone of whoever happened to ask first. It names the zone for readers elsewhere.
    let tenant = actor.tenant_id.clone();
    let zone: chrono_tz::Tz = state
        .db
        .run(move |c| {
            use crate::db::schema::tenants;
            use diesel::prelude::*;
            Ok(tenants::table
                .find(&tenant)
                .select(tenants::timezone)
                .first::<String>(c)?)
        })
        .await?
        .parse()
        .unwrap_or(chrono_tz::UTC);
    let code = crate::ids::verification_code();
    let i18n = crate::i18n::catalogue();
    let t = |key: &str| i18n.text(language, key, &[]).unwrap_or_default();
    let scope = match &i.customer_org_id {
        Some(_) => t("sheet.scope_customer"),
        None => t("sheet.scope_all"),
    };
    let rows = vec![
        (t("payments.beneficiary"), i.beneficiary.clone()),
        (
            t("payments.beneficiary_address"),
            i.beneficiary_address.clone(),
        ),
        (t("payments.bank"), i.bank_name.clone()),
        (t("payments.bank_address"), i.bank_address.clone()),
        ("SWIFT / BIC".to_string(), i.swift_bic.clone()),
        (t("payments.account"), i.account.clone()),
        (t("payments.currency"), i.currency.clone()),
        (t("payments.notes"), i.notes.clone()),
    ];
    let title = format!("{} v{}", t("sheet.title"), i.version);
    let (lang, region) = crate::reports::data::typst_language(language);
    let data = serde_json::json!({
        "lang": lang,
        "region": region,
        "tenant": actor.tenant_name,
        "title": t("sheet.title"),
        "scope": scope,
        "version_label": t("payments.version"),
        "version": i.version.to_string(),
        "effective_label": t("sheet.valid_from"),
        "effective": i.activated_at.map(|at| crate::i18n::format::date_time(language, at, zone)).unwrap_or_default(),
        "zone_label": t("report.pdf.zone"),
        "zone": zone.name(),
        "rows": rows,
        "code_label": t("report.pdf.code"),
        "code": code,
        "warning": t("payments.warning"),
        "verify_hint": t("sheet.verify_hint"),
        "fonts": fonts.families,
    });
    let json = serde_json::to_vec(&data).map_err(AppError::internal)?;
    let created = i.activated_at.unwrap_or(i.proposed_at);
    let pdf = actix_web::web::block(move || {
        crate::reports::pdf::compile(SHEET, json, Vec::new(), created)
    })
    .await
    .map_err(AppError::internal)?
    .map_err(AppError::internal)?;
    let sha = crate::auth::secrets::hex(&<sha2::Sha256 as sha2::Digest>::digest(&pdf));
    // One object per attempt: two first downloads at once never overwrite each other's PDF.
    let key = format!("{}/payments/{}-{}.pdf", actor.tenant_id, i.id, code);
    state.storage.put(&key, pdf).await?;
    let (a, keys, inst, k) = (actor.clone(), state.keys.clone(), i.clone(), key.clone());
    let made = state
        .db
        .run(move |c| {
            c.write_tx(|c| {
                if let Some(r) =
                    crate::documents::of_instruction(c, &a.tenant_id, &inst.id, language)?
                {
                    // Made by a parallel request meanwhile: keep that one.
                    return Ok(r);
                }
                // Who proposed and approved, from the row itself (a buyer's view of the
                // instruction leaves the names of staff out).
                let (proposer, approver): (UserId, Option<UserId>) = {
                    use crate::db::schema::payment_instructions as p;
                    use diesel::prelude::*;
                    p::table
                        .filter(p::tenant_id.eq(&a.tenant_id))
                        .filter(p::id.eq(&inst.id))
                        .select((p::proposed_by, p::approved_by))
                        .first(c)?
                };
                let r = crate::documents::issue(
                    c,
                    &keys,
                    crate::documents::Issue {
                        tenant_id: &a.tenant_id,
                        document_id: &inst.id,
                        version: 1,
                        file_id: None,
                        instruction_id: Some(&inst.id),
                        order_id: None,
                        kind: crate::documents::PAYMENT_SHEET,
                        title: &title,
                        sha256: &sha,
                        // The details two admins made of record: proposed by one, approved
                        // by the other (the sheet is Portico's rendering of them).
                        issued_by: Some(&proposer),
                        approved_by: approver.as_ref(),
                        object_key: Some(&k),
                        code: Some(&code),
                        language,
                    },
                )?;
                crate::audit::record(
                    c,
                    a.event(
                        "payment.sheet",
                        "payment_instruction",
                        Some(&inst.id),
                        format!("sha256={sha} code={code} language={}", language.code()),
                    ),
                )?;
                Ok(r)
            })
        })
        .await;
    match made {
        Ok(r) => {
            if r.object_key.as_deref() != Some(key.as_str()) {
                let _ = state.storage.delete(&key).await;
            }
            Ok(r)
        }
        Err(e) => {
            let _ = state.storage.delete(&key).await;
            // Lost a race with a parallel first download: theirs is the sheet of record.
            let (t, id) = (actor.tenant_id.clone(), i.id.clone());
            match state
                .db
                .run(move |c| crate::documents::of_instruction(c, &t, &id, language))
                .await?
            {
                Some(r) => Ok(r),
                None => Err(e),
            }
        }
    }
}
