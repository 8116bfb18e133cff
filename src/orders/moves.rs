//! Moving an order along its lifecycle, from its page and through the API: a step forward
//! (`lifecycle::transition`), and an administrator's step back or reopening with a reason
//! (`lifecycle::step_back`).

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::web::{FormError, detail_page};
use crate::error::{AppError, AppResult};
use crate::ids::OrderId;
use crate::orders::{self, OrderDetail};
use crate::policy::{Actor, TenantAdmin};
use crate::web::{State, redirect};

/// A lifecycle step: the status the order moves to.
#[derive(Deserialize, utoipa::ToSchema)]
#[schema(as = OrderTransition)]
pub struct TransitionForm {
    /// `confirmed`, `in_production`, `inspection`, `ready_to_ship`, `shipped`, `closed` or
    /// `cancelled`: one of the steps allowed from the current status.
    #[schema(value_type = crate::orders::OrderStatus)]
    to: String,
}

pub async fn transition(
    state: State,
    actor: Actor,
    id: web::Path<OrderId>,
    form: web::Form<TransitionForm>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let oid = id.clone();
    state
        .db
        .run(move |c| super::lifecycle::transition(c, &actor, &oid, &form.to))
        .await?;
    Ok(redirect(&format!("/orders/{id}")))
}

#[derive(Deserialize)]
pub struct StepBackForm {
    #[serde(default)]
    reason: String,
}

/// An administrator reopens a closed or cancelled order, or steps it back one stage; a
/// missing reason shows the page again with what was typed.
pub async fn step_back(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
    id: web::Path<OrderId>,
    form: web::Form<StepBackForm>,
) -> AppResult<HttpResponse> {
    let id = id.into_inner();
    let (a, oid, reason) = (actor.clone(), id.clone(), form.reason.clone());
    let result = state
        .db
        .run(move |c| super::lifecycle::step_back(c, &a, &oid, &reason))
        .await;
    match result {
        Ok(_) => Ok(redirect(&format!("/orders/{id}"))),
        Err(e @ AppError::Invalid { .. }) => {
            let err = FormError {
                form: "step_back",
                message: e.public_message(),
                text: form.into_inner().reason,
            };
            let status = actix_web::ResponseError::status_code(&e);
            detail_page(&req, &state, &actor, id, None, Some(err), status).await
        }
        Err(e) => Err(e),
    }
}

/// `POST /api/v1/orders/{id}/transitions` with `{"to": "in_production"}`.
///
/// Moves the order along its lifecycle: draft → confirmed → in_production → inspection →
/// ready_to_ship → shipped → closed; cancelled from any status before ready_to_ship; a failed
/// inspection goes back to in_production and ready_to_ship back to inspection. Admins and
/// merchandisers; QC inspectors only from inspection (to in_production or ready_to_ship). A
/// step not allowed from the current status, or a concurrent change, is a 409. The change is
/// written to the timeline.
#[utoipa::path(
    post,
    path = "/api/v1/orders/{id}/transitions",
    tag = "orders",
    operation_id = "transition_order",
    params(("id" = String, Path, description = "Order id")),
    request_body = TransitionForm,
    responses((status = 200, description = "The order in its new status", body = OrderDetail))
)]
pub async fn api_transition(
    state: State,
    actor: Actor,
    id: web::Path<OrderId>,
    body: web::Json<TransitionForm>,
) -> AppResult<HttpResponse> {
    let detail = state
        .db
        .run(move |c| {
            super::lifecycle::transition(c, &actor, &id, &body.to)?;
            orders::detail(c, &actor, &id)
        })
        .await?;
    Ok(HttpResponse::Ok().json(detail))
}
