//! The JSON API of people and their access (access requests are in `requests`).

use actix_web::{HttpResponse, web};

use crate::error::AppResult;
use crate::ids::{OrderId, UserId};
use crate::people;
use crate::policy::{Actor, TenantAdmin};
use crate::web::State;
use crate::web::paging::{PageQuery, PageRequest};

crate::web::paging::page_schema!(
    /// A page of the people who can see an order, by name.
    OrderViewerPage => people::report::AccessPath
);

crate::web::paging::page_schema!(
    /// A page of the orders a person sees, newest first, with who they are and why they see
    /// them.
    PersonAccessPage => people::report::VisibleOrder, with people::report::PersonHead
);

crate::web::paging::page_schema!(
    /// A page of the tenant's people, by e-mail address.
    PersonPage => people::Person
);

/// `GET /api/v1/orders/{id}/access`: who can see this order, and why.
///
/// Each active person with the reason they see it (`admin`, `assigned` staff, a buyer with all
/// of the customer's orders, or a buyer with a grant), by name. The order's share links are
/// listed at `/api/v1/orders/{id}/share-links`. Admins and merchandisers, for orders they can
/// see.
#[utoipa::path(
    get,
    path = "/api/v1/orders/{id}/access",
    tag = "people",
    operation_id = "get_order_access",
    params(("id" = String, Path, description = "Order id"), PageQuery),
    responses((
        status = 200,
        description = "A page of the people who can see the order",
        body = OrderViewerPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn api_order_access(
    state: State,
    actor: Actor,
    id: web::Path<OrderId>,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let keyset = page.keyset()?;
    let items = state
        .db
        .run(move |c| people::report::order_viewers(c, &actor, &id, &keyset))
        .await?;
    page.respond(items)
}

/// `GET /api/v1/people/{uid}/access`: what this person can see, and why.
///
/// The person and the reason they see orders, with a page of the orders they see (seen through
/// their own scope), newest first. Admins only.
#[utoipa::path(
    get,
    path = "/api/v1/people/{uid}/access",
    tag = "people",
    operation_id = "get_person_access",
    params(("uid" = String, Path, description = "User id"), PageQuery),
    responses((
        status = 200,
        description = "The person, and a page of the orders they see",
        body = PersonAccessPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn api_person_access(
    state: State,
    TenantAdmin(actor): TenantAdmin,
    uid: web::Path<UserId>,
    page: PageRequest,
) -> AppResult<HttpResponse> {
    let keyset = page.keyset()?;
    let (head, items) = state
        .db
        .run(move |c| people::report::person_orders(c, &actor, &uid, &keyset))
        .await?;
    page.respond_with(items, head)
}

/// `GET /api/v1/people`
///
/// Everyone with a membership of the tenant (staff and buyers, disabled accounts included),
/// with their role and access, by e-mail address. Admins only.
#[utoipa::path(
    get,
    path = "/api/v1/people",
    tag = "people",
    operation_id = "list_people",
    params(PageQuery),
    responses((
        status = 200,
        description = "A page of the tenant's people",
        body = PersonPage,
        headers(("Link" = String, description = "The next page (RFC 8288 `rel=\"next\"`), absolute, with the same parameters; absent on the last page."))
    ))
)]
pub async fn api_list(state: State, actor: Actor, page: PageRequest) -> AppResult<HttpResponse> {
    let keyset = page.keyset()?;
    let items = state
        .db
        .run(move |c| people::people_page(c, &actor, &keyset))
        .await?;
    page.respond(items)
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    api_order_access,
    api_list,
    super::requests::api_approve_request,
    super::requests::api_refuse_request,
    super::requests::api_requests,
    super::requests::api_request_access,
    api_person_access,
))]
pub struct Api;
