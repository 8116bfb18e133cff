//! Payment instructions, payment records and the fraud signals: the pages, and the handlers
//! pages and API share (acknowledgement, the sheet, the fraud signals); the rest of the JSON
//! API is `payments::api`. Proposals and approvals need step-up; every page about payment
//! carries the warning.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::records::{self, NewPayment};
use super::{Instruction, Proposal};
use crate::auth::stepup::Verified;
use crate::error::{AppError, AppResult};
use crate::payments;
use crate::policy::TenantAdmin;
use crate::policy::{self, Actor, RecordPaymentsFor};
use crate::web::form_error::{About, Form, Refusal};
use crate::web::paging::Keyset;
use crate::web::{State, redirect, render};

/// The form that proposes new bank details: which input each refusal is about.
const PROPOSE_FORM: Form = Form {
    name: "propose",
    inputs: &[
        (About::Field("beneficiary"), "propose-beneficiary"),
        (
            About::Field("beneficiary address"),
            "propose-beneficiary_address",
        ),
        (About::Field("bank"), "propose-bank_name"),
        (About::Field("bank address"), "propose-bank_address"),
        (About::Code("bic_invalid"), "propose-swift_bic"),
        (About::Code("account_required"), "propose-account"),
        (About::Code("account_invalid"), "propose-account"),
        (About::Code("iban_invalid"), "propose-account"),
        (About::Code("currency_invalid"), "propose-currency"),
        (About::Field("notes"), "propose-notes"),
    ],
};

/// The form that records a payment.
const RECORD_FORM: Form = Form {
    name: "record",
    inputs: &[
        (About::Code("customer_required"), "record-customer_org_id"),
        (About::Code("amount_invalid"), "record-amount"),
        (About::Code("currency_invalid"), "record-currency"),
        (About::Code("date_invalid"), "record-paid_on"),
        (About::Code("account_invalid"), "record-paid_to_account"),
        (About::Code("bic_invalid"), "record-paid_to_bic"),
        (About::Field("reference"), "record-reference"),
    ],
};

#[derive(serde::Serialize)]
pub(super) struct Overview {
    pub(super) history: Vec<Instruction>,
    pub(super) pending: Option<Instruction>,
    pub(super) acknowledged: Vec<String>,
    pub(super) public_key: String,
    records: Vec<records::Listed>,
    /// The tenant has one active administrator: nobody can approve a change.
    lone_admin: bool,
    /// Proposals this person made: they see "waiting for a second administrator", not an
    /// Approve button they may not use.
    mine: Vec<String>,
}

pub(super) async fn overview(state: &State, actor: &Actor) -> AppResult<Overview> {
    let (a, keys) = (actor.clone(), state.keys.clone());
    state
        .db
        .run(move |c| {
            let history = payments::history(c, &a)?;
            let mine = history
                .iter()
                .filter(|i| i.proposed_by == a.user_id)
                .map(|i| i.id.clone())
                .collect();
            let pending = payments::pending_for(c, &a)?;
            let mut acknowledged = Vec::new();
            for i in history.iter().filter(|i| i.status == payments::ACTIVE) {
                if payments::acknowledged(c, &a, &i.id)? {
                    acknowledged.push(i.id.clone());
                }
            }
            Ok(Overview {
                history,
                pending,
                acknowledged,
                public_key: crate::documents::public_key(c, &keys, &a.tenant_id)?,
                records: records::list(c, &a, false, &Keyset::first(50))?.items,
                lone_admin: policy::can_manage_payments(&a)
                    && payments::other_admins(c, &a.tenant_id, Some(&a.user_id))?.is_empty(),
                mine,
            })
        })
        .await
}

fn page_with(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    o: &Overview,
    orgs: &[crate::people::CustomerOrg],
    error: Option<Refusal>,
    typed: serde_json::Value,
) -> AppResult<HttpResponse> {
    let mut ctx = tera::Context::new();
    ctx.insert("o", o);
    ctx.insert("orgs", orgs);
    ctx.insert("is_admin", &policy::can_manage_payments(actor));
    ctx.insert(
        "can_record",
        &(policy::record_payments_for(actor) != RecordPaymentsFor::Nobody),
    );
    Refusal::insert(error.as_ref(), &mut ctx);
    // What was typed into the refused form, back in its inputs (`typed.propose.account`).
    ctx.insert("typed", &typed);
    let failed = error.is_some();
    let mut r = render(req, state, Some(actor), "payments/index.html", ctx)?;
    if failed {
        *r.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(r)
}

async fn show(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    error: Option<Refusal>,
    typed: serde_json::Value,
) -> AppResult<HttpResponse> {
    let o = overview(state, actor).await?;
    // Whoever records payments for a chosen customer picks which.
    let (a, picks) = (
        actor.clone(),
        policy::record_payments_for(actor) == RecordPaymentsFor::ChosenCustomer,
    );
    let orgs = state
        .db
        .run(move |c| {
            if picks {
                crate::people::list_customer_orgs(c, &a.tenant_id)
            } else {
                Ok(Vec::new())
            }
        })
        .await?;
    page_with(req, state, actor, &o, &orgs, error, typed)
}

/// `GET /payments`.
pub async fn page(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    show(&req, &state, &actor, None, serde_json::json!({})).await
}

/// Runs a change and answers the page (redirect, or the page with the error: next to the
/// input it is about when it came from one of the page's forms, which keeps what was typed).
async fn after(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    r: AppResult<()>,
    form: Option<(&Form, serde_json::Value)>,
) -> AppResult<HttpResponse> {
    match r {
        Ok(()) => Ok(redirect("/payments")),
        Err(e @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            let (refusal, typed) = match form {
                Some((f, typed)) => (f.refused(&e), serde_json::json!({ f.name: typed })),
                None => (Refusal::page(&e), serde_json::json!({})),
            };
            show(req, state, actor, Some(refusal), typed).await
        }
        Err(e) => Err(e),
    }
}

/// `POST /payments`: propose new details (admins, step-up).
pub async fn propose(
    req: HttpRequest,
    state: State,
    Verified(actor): Verified,
    form: web::Form<Proposal>,
) -> AppResult<HttpResponse> {
    let p = form.into_inner();
    let typed = serde_json::json!({
        "customer_org_id": p.customer_org_id, "beneficiary": p.beneficiary,
        "beneficiary_address": p.beneficiary_address, "bank_name": p.bank_name,
        "bank_address": p.bank_address, "swift_bic": p.swift_bic, "account": p.account,
        "currency": p.currency, "notes": p.notes,
    });
    let a = actor.clone();
    let r = state
        .db
        .run(move |c| payments::propose(c, &a, &p).map(|_| ()))
        .await;
    after(&req, &state, &actor, r, Some((&PROPOSE_FORM, typed))).await
}

/// `POST /payments/{id}/approve` (a second admin, step-up).
pub async fn approve(
    req: HttpRequest,
    state: State,
    Verified(actor): Verified,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let (a, id) = (actor.clone(), path.into_inner());
    let r = state
        .db
        .run(move |c| payments::approve(c, &a, &id).map(|_| ()))
        .await;
    after(&req, &state, &actor, r, None).await
}

/// Why a change is cancelled (optional, up to 500 characters).
#[derive(Deserialize, Default, utoipa::ToSchema)]
#[schema(as = PaymentInstructionCancel)]
pub struct CancelForm {
    #[serde(default)]
    pub(super) reason: String,
}

/// `POST /payments/{id}/cancel` (either admin; stopping a change needs no step-up).
pub async fn cancel(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<String>,
    form: web::Form<CancelForm>,
) -> AppResult<HttpResponse> {
    let (a, id, reason) = (actor.clone(), path.into_inner(), form.into_inner().reason);
    let r = state
        .db
        .run(move |c| payments::cancel(c, &a, &id, &reason).map(|_| ()))
        .await;
    after(&req, &state, &actor, r, None).await
}

/// `POST /payments/{id}/acknowledge` (buyers).
#[utoipa::path(
    post,
    path = "/api/v1/payment-instructions/{id}/acknowledge",
    tag = "payments",
    operation_id = "acknowledge_payment_instruction",
    summary = "Acknowledge the bank details of record",
    params(("id" = String, Path, description = "Payment instruction id")),
    responses((
        status = 204,
        description = "The buyer confirms they saw the details of record they pay to (buyers \
            only; the version must be `active`, else 409). Acknowledging twice is harmless."
    ))
)]
pub async fn acknowledge(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let (a, id) = (actor.clone(), path.into_inner());
    let r = state
        .db
        .run(move |c| payments::acknowledge(c, &a, &id))
        .await;
    if req.path().starts_with("/api/") {
        return r.map(|()| HttpResponse::NoContent().finish());
    }
    after(&req, &state, &actor, r, None).await
}

/// `POST /payments/records`: record a payment.
pub async fn record(
    req: HttpRequest,
    state: State,
    actor: Actor,
    form: web::Form<NewPayment>,
) -> AppResult<HttpResponse> {
    let p = form.into_inner();
    let typed = serde_json::json!({
        "customer_org_id": p.customer_org_id, "amount": p.amount, "currency": p.currency,
        "paid_on": p.paid_on, "paid_to_account": p.paid_to_account,
        "paid_to_bic": p.paid_to_bic, "reference": p.reference,
    });
    let a = actor.clone();
    let r = state
        .db
        .run(move |c| records::record(c, &a, &p).map(|_| ()))
        .await;
    after(&req, &state, &actor, r, Some((&RECORD_FORM, typed))).await
}

/// `GET /payments/{id}/pdf` (and the API's): the sheet of these details, a document of record
/// made once and kept.
#[utoipa::path(
    get,
    path = "/api/v1/payment-instructions/{id}/pdf",
    tag = "payments",
    operation_id = "download_payment_instruction_pdf",
    summary = "The signed PDF sheet of these bank details",
    params(
        ("id" = String, Path, description = "Payment instruction id"),
        crate::files::download::DownloadHeaders,
    ),
    responses(
        (
            status = 200,
            description = "The signed sheet of these bank details (inline, its sha256 as `ETag`), \
                with a verification code; made at the first download and kept. Only for \
                versions that are or were of record (`active`, `superseded`), else 409.",
            content_type = "application/pdf"
        ),
        (status = 206, description = "The requested range, with `Content-Range`", content_type = "application/pdf"),
        (status = 304, description = "Not modified: `If-None-Match` matched"),
        (
            status = 416,
            description = "The range is not valid for this PDF; `Content-Range: bytes */size`",
            body = crate::error::Problem,
            content_type = "application/problem+json"
        ),
    )
)]
pub async fn sheet(
    req: HttpRequest,
    state: State,
    actor: Actor,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    // In the reader's language: each language's sheet is its own document of record.
    let language = crate::web::locale_of(&req, Some(&actor));
    let (instruction, record) =
        super::sheet::of_record(&state, &actor, &path.into_inner(), language).await?;
    let key = record
        .object_key
        .clone()
        .ok_or_else(|| AppError::internal("sheet without object"))?;
    // A sheet is a few dozen kilobytes: its size is read from the object itself.
    let size = state.storage.read_all(&key).await?.len();
    crate::files::download::pdf(
        &req,
        &state.storage,
        &key,
        size as u64,
        &record.sha256,
        &format!("payment-instructions-v{}.pdf", instruction.version),
    )
    .await
}

/// What may be fraud, for admins.
#[derive(serde::Serialize, utoipa::ToSchema)]
#[schema(as = FraudSignals)]
struct Signals {
    /// Payments to an account that was not the one of record on their date, newest first
    /// (at most 100).
    mismatched: Vec<records::Listed>,
    /// Failed document checks about the tenant's documents or by its people, newest first (at
    /// most 100).
    failed_verifications: Vec<crate::documents::verify::FailedCheck>,
    /// Changes of the bank details that have not taken effect (`proposed`, `cooling`).
    changes: Vec<Instruction>,
}

async fn signals(state: &State, actor: &Actor) -> AppResult<Signals> {
    policy::ensure(policy::can_manage_payments(actor))?;
    let a = actor.clone();
    state
        .db
        .run(move |c| {
            Ok(Signals {
                mismatched: records::list(c, &a, true, &Keyset::first(100))?.items,
                failed_verifications: crate::documents::verify::failed_for_tenant(
                    c,
                    &a.tenant_id,
                    100,
                )?,
                changes: payments::history(c, &a)?
                    .into_iter()
                    .filter(|i| matches!(i.status.as_str(), payments::PROPOSED | payments::COOLING))
                    .collect(),
            })
        })
        .await
}

/// `GET /admin/fraud-signals`.
pub async fn fraud_page(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
) -> AppResult<HttpResponse> {
    let s = signals(&state, &actor).await?;
    let mut ctx = tera::Context::new();
    ctx.insert("s", &s);
    render(&req, &state, Some(&actor), "payments/fraud.html", ctx)
}

/// `GET /api/v1/admin/fraud-signals`.
#[utoipa::path(
    get,
    path = "/api/v1/admin/fraud-signals",
    tag = "payments",
    operation_id = "list_fraud_signals",
    responses((
        status = 200,
        description = "Mismatched payments, failed document checks and pending changes of the \
            bank details (admins only).",
        body = Signals
    ))
)]
pub async fn api_fraud(state: State, TenantAdmin(actor): TenantAdmin) -> AppResult<HttpResponse> {
    let s = signals(&state, &actor).await?;
    Ok(HttpResponse::Ok().json(s))
}
