//! The payment sheet: a PDF of the bank details of record, signed as a document of record
//! the first time someone asks for it, so that a buyer can check a copy by its code.

use crate::app::AppState;
use crate::db::WriteTransaction;
use crate::error::{AppError, AppResult};
use crate::ids::UserId;
use crate::payments::{self, Instruction};
use crate::policy::Actor;

const SHEET: &str = include_str!("sheet.typ");

/// The instruction (as the actor may see it) and its sheet of record, made now if this is
/// the first time anyone asks. Only details that are or were of record have a sheet.
pub async fn of_record(
    state: &AppState,
    actor: &Actor,
    id: &str,
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
            let r = crate::documents::of_instruction(c, &a.tenant_id, &i.id)?;
            Ok((i, r))
        })
        .await?;
    let record = match existing {
        Some(r) => r,
        None => make(state, actor, &instruction).await?,
    };
    Ok((instruction, record))
}

/// Renders, stores and signs the sheet. The PDF is stored before its record commits; a
/// parallel first request that wins keeps its own and this one's object is deleted.
async fn make(
    state: &AppState,
    actor: &Actor,
    i: &Instruction,
) -> AppResult<crate::documents::Record> {
    let fonts = crate::reports::pdf::fonts().map_err(AppError::internal)?;
    let code = crate::ids::verification_code();
    let scope = match &i.customer_org_id {
        Some(_) => "For your company only / 仅适用于贵公司",
        None => "For all customers / 适用于所有客户",
    };
    let rows = vec![
        ("Beneficiary / 收款人", i.beneficiary.clone()),
        (
            "Beneficiary address / 收款人地址",
            i.beneficiary_address.clone(),
        ),
        ("Bank / 银行", i.bank_name.clone()),
        ("Bank address / 银行地址", i.bank_address.clone()),
        ("SWIFT / BIC", i.swift_bic.clone()),
        ("Account / IBAN / 账号", i.account.clone()),
        ("Currency / 币种", i.currency.clone()),
        ("Notes / 备注", i.notes.clone()),
    ];
    let data = serde_json::json!({
        "tenant": actor.tenant_name,
        "title": "Payment instructions / 付款信息",
        "scope": scope,
        "version": i.version.to_string(),
        "effective": i.activated_at.map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string()).unwrap_or_default(),
        "rows": rows,
        "code": code,
        "warning": format!("{} {}", payments::WARNING_EN, payments::WARNING_ZH),
        "warning_en": payments::WARNING_EN,
        "warning_zh": payments::WARNING_ZH,
        "verify_hint": "Check this sheet at any time: open Portico yourself and use Verify a document with the code below. / 随时可核对本文件：请自行打开 Portico，在“核对文件”中输入下方验证码。",
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
                if let Some(r) = crate::documents::of_instruction(c, &a.tenant_id, &inst.id)? {
                    // Made by a parallel request meanwhile: keep that one.
                    return Ok(r);
                }
                let title = format!("Payment instructions v{}", inst.version);
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
                    },
                )?;
                crate::audit::record(
                    c,
                    a.event(
                        "payment.sheet",
                        "payment_instruction",
                        Some(&inst.id),
                        format!("sha256={sha} code={code}"),
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
                .run(move |c| crate::documents::of_instruction(c, &t, &id))
                .await?
            {
                Some(r) => Ok(r),
                None => Err(e),
            }
        }
    }
}
