//! The JSON API of bank details and payment records (`/api/v1/payment-instructions`,
//! `/api/v1/payments`); the pages are `payments::web`. Proposals and approvals need step-up.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;

use super::records::{self, NewPayment};
use super::web::CancelForm;
use super::{Instruction, Proposal};
use crate::auth::stepup::Verified;
use crate::error::AppResult;
use crate::payments;
use crate::policy::Actor;
use crate::policy::TenantAdmin;
use crate::web::State;
use crate::web::paging::{PageQuery, PageRequest};

/// What a page of bank details carries beside `items` and `next`.
#[derive(Serialize, utoipa::ToSchema)]
pub struct PaymentInstructionsHead {
    /// A change that has not taken effect yet (proposed or cooling off), if any.
    pending: Option<Instruction>,
    /// Ids of the `active` versions of this page that the caller acknowledged.
    acknowledged: Vec<String>,
    /// The tenant's Ed25519 public key (base64) that signs the PDF sheets.
    public_key: String,
    /// The warning to show with bank details: in English, then in the caller's language
    /// (the account's language; English again when that is English).
    #[schema(min_items = 2, max_items = 2)]
    warning: [String; 2],
}

crate::web::paging::page_schema!(
    /// A page of the versions of the bank details the caller may see (by scope, newest
    /// version first), with the pending change and the signing key.
    PaymentInstructionPage => Instruction, with PaymentInstructionsHead
);

/// `GET /api/v1/payment-instructions`: every version the caller may see, the pending change,
/// and the tenant's public key.
#[utoipa::path(
    get,
    path = "/api/v1/payment-instructions",
    tag = "payments",
    operation_id = "list_payment_instructions",
    params(PageQuery),
    responses((
        status = 200,
        description = "The bank details to pay to. Admins see every version with who did what; \
            buyers the approved versions of the tenant-wide details and their organisation's \
            own; other staff none.",
        body = PaymentInstructionPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn api_list(
    req: HttpRequest,
    state: State,
    actor: Actor,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let keyset = page.keyset()?;
    let language = crate::web::locale_of(&req, Some(&actor));
    let keys = state.keys.clone();
    let (items, pending, acknowledged, public_key) = state
        .db
        .run(move |c| {
            let items = payments::history_page(c, &actor, &keyset)?;
            let mut acknowledged = Vec::new();
            for i in items.items.iter().filter(|i| i.status == payments::ACTIVE) {
                if payments::acknowledged(c, &actor, &i.id)? {
                    acknowledged.push(i.id.clone());
                }
            }
            let pending = payments::pending_for(c, &actor)?;
            let key = crate::documents::public_key(c, &keys, &actor.tenant_id)?;
            Ok((items, pending, acknowledged, key))
        })
        .await?;
    let i18n = crate::i18n::catalogue();
    let warning = |l| i18n.text(l, "payments.warning", &[]).unwrap_or_default();
    page.respond_with(
        items,
        PaymentInstructionsHead {
            pending,
            acknowledged,
            public_key,
            warning: [warning(crate::i18n::Locale::En), warning(language)],
        },
    )
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
    Ok(crate::web::created(
        "/api/v1/payment-instructions".into(),
        &PaymentInstructionResponse { instruction: i },
    ))
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

crate::web::paging::page_schema!(
    /// A page of the buyers a version applies to, those still to acknowledge first.
    PaymentAcknowledgementPage => payments::AckStatus
);

/// `GET /api/v1/payment-instructions/{id}/acknowledgements` (admins).
#[utoipa::path(
    get,
    path = "/api/v1/payment-instructions/{id}/acknowledgements",
    tag = "payments",
    operation_id = "list_payment_acknowledgements",
    params(("id" = String, Path, description = "Payment instruction id"), PageQuery),
    responses((
        status = 200,
        description = "Every buyer these details apply to, and whether and when they \
            acknowledged them (admins only): those still to acknowledge first, then by \
            organisation and name.",
        body = PaymentAcknowledgementPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn api_acknowledgements(
    state: State,
    TenantAdmin(actor): TenantAdmin,
    path: web::Path<String>,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let keyset = page.keyset()?;
    let list = state
        .db
        .run(move |c| payments::acknowledgements(c, &actor, &id, &keyset))
        .await?;
    page.respond(list)
}

crate::web::paging::page_schema!(
    /// A page of payment records, newest first.
    PaymentRecordPage => records::Listed
);

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
    params(PageQuery),
    responses((
        status = 200,
        description = "The payments the caller may see, newest first: admins all of the tenant; \
            buyers and merchandisers those they recorded and those on orders they see; QC \
            inspectors none.",
        body = PaymentRecordPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn api_records(state: State, actor: Actor, page: PageRequest) -> AppResult<HttpResponse> {
    let keyset = page.keyset()?;
    let list = state
        .db
        .run(move |c| records::list(c, &actor, false, &keyset))
        .await?;
    page.respond(list)
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
    Ok(crate::web::created(
        "/api/v1/payments".into(),
        &PaymentRecordResponse { payment: r },
    ))
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
