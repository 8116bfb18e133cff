//! Pages' and API's side of issuing a document of record (`files::records`): an admin
//! after a step-up issues a draft, or proposes it for a second admin's approval.

use actix_web::{HttpResponse, web};
use serde::Serialize;

use crate::auth::stepup::Verified;
use crate::error::AppResult;
use crate::files::records::{self, Issued};
use crate::ids::FileId;
use crate::policy::Actor;
use crate::web::{State, redirect};

async fn do_issue(state: &State, actor: Actor, id: FileId) -> AppResult<Issued> {
    let keys = state.keys.clone();
    state
        .db
        .run(move |c| records::issue(c, &keys, &actor, &id))
        .await
}

async fn do_approve(state: &State, actor: Actor, id: FileId) -> AppResult<String> {
    let keys = state.keys.clone();
    state
        .db
        .run(move |c| records::approve(c, &keys, &actor, &id))
        .await
}

async fn do_withdraw(state: &State, actor: Actor, id: FileId) -> AppResult<()> {
    state
        .db
        .run(move |c| records::withdraw(c, &actor, &id))
        .await
}

/// `POST /files/{id}/issue` (step-up).
pub async fn issue(
    state: State,
    Verified(actor): Verified,
    path: web::Path<FileId>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    do_issue(&state, actor, id.clone()).await?;
    Ok(redirect(&format!("/files/{id}")))
}

/// `POST /files/{id}/issue/approve` (a second admin, step-up).
pub async fn approve(
    state: State,
    Verified(actor): Verified,
    path: web::Path<FileId>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    do_approve(&state, actor, id.clone()).await?;
    Ok(redirect(&format!("/files/{id}")))
}

/// `POST /files/{id}/issue/withdraw`.
pub async fn withdraw(
    state: State,
    actor: Actor,
    path: web::Path<FileId>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    do_withdraw(&state, actor, id.clone()).await?;
    Ok(redirect(&format!("/files/{id}")))
}

/// What happened to the document.
#[derive(Serialize, utoipa::ToSchema)]
pub struct IssueResult {
    /// `issued` (signed and shown to buyers) or `proposed` (waiting for a second admin).
    #[schema(value_type = crate::web::api_enums::IssueState)]
    pub state: &'static str,
    /// The verification code printed on the document, once issued.
    pub code: Option<String>,
}

/// `POST /api/v1/files/{id}/issue`: issue a draft document of record, or propose it.
#[utoipa::path(
    post,
    path = "/api/v1/files/{id}/issue",
    tag = "files",
    operation_id = "issue_document",
    params(("id" = String, Path, description = "File id of the draft")),
    responses((
        status = 200,
        description = "Admins only, signed in themselves after a recent step-up (never an API \
            token). Packing lists, bills of lading and inspection reports are issued at once: \
            signed, given a verification code, made the current version and shown to the \
            buyers. Proforma invoices, contracts and invoices are `proposed`: a second \
            administrator approves them. Anything but a draft is 409.",
        body = IssueResult
    ))
)]
pub async fn api_issue(
    state: State,
    Verified(actor): Verified,
    path: web::Path<FileId>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let out = do_issue(&state, actor, id).await?;
    Ok(HttpResponse::Ok().json(match out {
        Issued::Issued { code } => IssueResult {
            state: "issued",
            code: Some(code),
        },
        Issued::Proposed => IssueResult {
            state: "proposed",
            code: None,
        },
    }))
}

/// `POST /api/v1/files/{id}/issue/approve`: a second admin approves a proposed document.
#[utoipa::path(
    post,
    path = "/api/v1/files/{id}/issue/approve",
    tag = "files",
    operation_id = "approve_document_issue",
    params(("id" = String, Path, description = "File id of the proposed document")),
    responses((
        status = 200,
        description = "Issued as proposed by the first admin and approved by this one. Never \
            the proposer, and never an admin who became one less than the tenant's \
            cooling-off period before the proposal (403 with the reason).",
        body = IssueResult
    ))
)]
pub async fn api_approve(
    state: State,
    Verified(actor): Verified,
    path: web::Path<FileId>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    let code = do_approve(&state, actor, id).await?;
    Ok(HttpResponse::Ok().json(IssueResult {
        state: "issued",
        code: Some(code),
    }))
}

/// `POST /api/v1/files/{id}/issue/withdraw`: any admin withdraws a proposal.
#[utoipa::path(
    post,
    path = "/api/v1/files/{id}/issue/withdraw",
    tag = "files",
    operation_id = "withdraw_document_issue",
    params(("id" = String, Path, description = "File id of the proposed document")),
    responses((status = 204, description = "The document is a draft again."))
)]
pub async fn api_withdraw(
    state: State,
    actor: Actor,
    path: web::Path<FileId>,
) -> AppResult<HttpResponse> {
    let id = path.into_inner();
    do_withdraw(&state, actor, id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(api_issue, api_approve, api_withdraw))]
pub struct Api;
