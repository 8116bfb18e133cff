//! The JSON API of bank details and payment records (`/api/v1/payment-instructions`,
//! `/api/v1/payments`); the pages are `payments::web`. Proposals and approvals need step-up.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;

use super::records::{self, NewPayment};
use super::web::{CancelForm, overview};
use super::{Instruction, Proposal};
use crate::auth::stepup::Verified;
use crate::error::AppResult;
use crate::payments;
use crate::policy::Actor;
use crate::policy::TenantAdmin;
use crate::web::State;

/// The bank details the caller may see.
#[derive(Serialize, utoipa::ToSchema)]
pub struct PaymentInstructions {
    /// Every version, by scope, newest version first.
    instructions: Vec<Instruction>,
    /// A change that has not taken effect yet (proposed or cooling off), if any.
    pending: Option<Instruction>,
    /// Ids of the `active` versions the caller acknowledged.
    acknowledged: Vec<String>,
    /// The tenant's Ed25519 public key (base64) that signs the PDF sheets.
    public_key: String,
    /// The warning to show with bank details: in English, then in the caller's language
    /// (the account's language; English again when that is English).
    #[schema(min_items = 2, max_items = 2)]
    warning: [String; 2],
}

/// `GET /api/v1/payment-instructions`: every version the caller may see, the pending change,
/// and the tenant's public key.
#[utoipa::path(
    get,
    path = "/api/v1/payment-instructions",
    tag = "payments",
    operation_id = "list_payment_instructions",
    responses((
        status = 200,
        description = "The bank details to pay to. Admins see every version with who did what; \
            buyers the approved versions of the tenant-wide details and their organisation's \
            own; other staff none.",
        body = PaymentInstructions
    ))
)]
pub async fn api_list(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    let o = overview(&state, &actor).await?;
    let i18n = crate::i18n::catalogue();
    let warning = |l| i18n.text(l, "payments.warning", &[]).unwrap_or_default();
    let language = crate::web::locale_of(&req, Some(&actor));
    Ok(HttpResponse::Ok().json(PaymentInstructions {
        instructions: o.history,
        pending: o.pending,
        acknowledged: o.acknowledged,
        public_key: o.public_key,
        warning: [warning(crate::i18n::Locale::En), warning(language)],
    }))
}

/// One version of the bank details.
#[derive(Serialize, utoipa::ToSchema)]
pub struct PaymentInstructionResponse {
    instruction: Instruction,
}

/// `POST /api/v1/payment-instructions` (admins, step-up).
#[utoipa::path(
    post,
    path = "/api/v1/payment-instructions",
    tag = "payments",
    operation_id = "propose_payment_instruction",
    request_body = Proposal,
    responses((
        status = 201,
        description = "Proposes new bank details (admins only; needs a recent step-up). They \
            take effect only after a different admin approves and the cooling-off period passes.",
        body = PaymentInstructionResponse
    ))
)]
pub async fn api_propose(
    state: State,
    Verified(TenantAdmin(actor)): Verified<TenantAdmin>,
    body: web::Json<Proposal>,
) -> AppResult<HttpResponse> {
    let p = body.into_inner();
    let i = state
        .db
        .run(move |c| payments::propose(c, &actor, &p))
        .await?;
    Ok(HttpResponse::Created().json(PaymentInstructionResponse { instruction: i }))
}

/// `POST /api/v1/payment-instructions/{id}/approve` (a second admin, step-up).
#[utoipa::path(
    post,
    path = "/api/v1/payment-instructions/{id}/approve",
    tag = "payments",
    operation_id = "approve_payment_instruction",
    params(("id" = String, Path, description = "Payment instruction id")),
    responses((
        status = 200,
        description = "Approves a proposed change (an admin other than the proposer; needs a \
            recent step-up). It is now `cooling` until `effective_at`, and affected buyers are \
            told.",
        body = PaymentInstructionResponse
    ))
)]
pub async fn api_approve(
    state: State,
    Verified(TenantAdmin(actor)): Verified<TenantAdmin>,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let i = state
        .db
        .run(move |c| payments::approve(c, &actor, &id))
        .await?;
    Ok(HttpResponse::Ok().json(PaymentInstructionResponse { instruction: i }))
}

/// `POST /api/v1/payment-instructions/{id}/cancel` with `{"reason"}`.
#[utoipa::path(
    post,
    path = "/api/v1/payment-instructions/{id}/cancel",
    tag = "payments",
    operation_id = "cancel_payment_instruction",
    params(("id" = String, Path, description = "Payment instruction id")),
    request_body(content = Option<CancelForm>, description = "Optional"),
    responses((
        status = 200,
        description = "Stops a change that has not taken effect (`proposed` or `cooling`, else \
            409); admins only, no step-up needed.",
        body = PaymentInstructionResponse
    ))
)]
pub async fn api_cancel(
    state: State,
    TenantAdmin(actor): TenantAdmin,
    path: web::Path<String>,
    body: Option<web::Json<CancelForm>>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let reason = body.map(|b| b.into_inner().reason).unwrap_or_default();
    let i = state
        .db
        .run(move |c| payments::cancel(c, &actor, &id, &reason))
        .await?;
    Ok(HttpResponse::Ok().json(PaymentInstructionResponse { instruction: i }))
}

/// Who has acknowledged a version.
#[derive(Serialize, utoipa::ToSchema)]
pub struct PaymentAcknowledgements {
    acknowledgements: Vec<payments::AckStatus>,
}

/// `GET /api/v1/payment-instructions/{id}/acknowledgements` (admins).
#[utoipa::path(
    get,
    path = "/api/v1/payment-instructions/{id}/acknowledgements",
    tag = "payments",
    operation_id = "list_payment_acknowledgements",
    params(("id" = String, Path, description = "Payment instruction id")),
    responses((
        status = 200,
        description = "Every buyer these details apply to, and whether and when they \
            acknowledged them (admins only).",
        body = PaymentAcknowledgements
    ))
)]
pub async fn api_acknowledgements(
    state: State,
    TenantAdmin(actor): TenantAdmin,
    path: web::Path<String>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let list = state
        .db
        .run(move |c| payments::acknowledgements(c, &actor, &id))
        .await?;
    Ok(HttpResponse::Ok().json(PaymentAcknowledgements {
        acknowledgements: list,
    }))
}

/// Payment records.
#[derive(Serialize, utoipa::ToSchema)]
pub struct PaymentRecords {
    /// Newest first, at most 200.
    payments: Vec<records::Listed>,
}

/// One payment record.
#[derive(Serialize, utoipa::ToSchema)]
pub struct PaymentRecordResponse {
    payment: records::PaymentRecord,
}

/// `GET /api/v1/payments`.
#[utoipa::path(
    get,
    path = "/api/v1/payments",
    tag = "payments",
    operation_id = "list_payments",
    responses((
        status = 200,
        description = "The payments the caller may see: admins all of the tenant; buyers and \
            merchandisers those they recorded and those on orders they see; QC inspectors none.",
        body = PaymentRecords
    ))
)]
pub async fn api_records(state: State, actor: Actor) -> AppResult<HttpResponse> {
    let list = state
        .db
        .run(move |c| records::list(c, &actor, false, 200))
        .await?;
    Ok(HttpResponse::Ok().json(PaymentRecords { payments: list }))
}

/// `POST /api/v1/payments`: records a payment.
#[utoipa::path(
    post,
    path = "/api/v1/payments",
    tag = "payments",
    operation_id = "record_payment",
    request_body = NewPayment,
    responses((
        status = 201,
        description = "Records a payment (buyers for their organisation; admins and \
            merchandisers for the customer they name). It is checked against the details of \
            record on its date: if the account differs, `mismatch` is true and both sides are \
            alerted at once.",
        body = PaymentRecordResponse
    ))
)]
pub async fn api_record(
    state: State,
    actor: Actor,
    body: web::Json<NewPayment>,
) -> AppResult<HttpResponse> {
    let p = body.into_inner();
    let r = state
        .db
        .run(move |c| records::record(c, &actor, &p))
        .await?;
    Ok(HttpResponse::Created().json(PaymentRecordResponse { payment: r }))
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    api_list,
    api_propose,
    api_approve,
    api_cancel,
    super::web::acknowledge,
    api_acknowledgements,
    super::web::sheet,
    api_records,
    api_record,
    super::web::api_fraud,
))]
pub struct Api;
