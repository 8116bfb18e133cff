//! Admin pages for people and customer organisations.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult};
use crate::people::{self, NewPerson};
use crate::policy::{self, Actor};
use crate::policy::{Buyer, TenantAdmin};
use crate::web::{State, form_pairs, redirect, render};

pub use super::directory::PeopleFilter;

pub async fn list(
    req: HttpRequest,
    state: State,
    actor: Actor,
    f: web::Query<PeopleFilter>,
) -> AppResult<HttpResponse> {
    let f = f.into_inner();
    let (a, filter) = (actor.clone(), f.clone());
    let d = state
        .db
        .run(move |c| people::directory::directory(c, &a, &filter))
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("people", &d.people);
    ctx.insert("invitations", &d.invitations);
    ctx.insert("share_links", &d.share_links);
    ctx.insert("requests", &d.requests);
    ctx.insert("f", &serde_json::json!({"q": f.q, "role": f.role}));
    ctx.insert(
        "roles",
        &people::Role::ALL
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>(),
    );
    render(&req, &state, Some(&actor), "people/list.html", ctx)
}

/// Which person form: add now, invite by code, or change an existing person's access.
pub enum FormKind<'a> {
    Add,
    Invite,
    Edit(&'a people::Person),
}

pub async fn form_page(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    input: &NewPerson,
    error: Option<String>,
    kind: FormKind<'_>,
) -> AppResult<HttpResponse> {
    match kind {
        FormKind::Invite => {
            policy::ensure(policy::can_manage_people(actor) || policy::can_share(actor))?
        }
        _ => policy::ensure(policy::can_manage_people(actor))?,
    }
    let tid = actor.tenant_id.clone();
    let (customers, orders) = state
        .db
        .run(move |c| {
            let customers = people::list_customer_orgs(c, &tid)?;
            let orders: Vec<_> = people::orders_for_picker(c, &tid)?
                .into_iter()
                .map(|(id, reference, customer)| serde_json::json!({"id": id, "reference": reference, "customer": customer}))
                .collect();
            Ok((customers, orders))
        })
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("customers", &customers);
    ctx.insert("orders", &orders);
    ctx.insert(
        "roles",
        &people::Role::ALL
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>(),
    );
    ctx.insert(
        "form",
        &serde_json::json!({
            "email": input.email, "display_name": input.display_name, "role": input.role,
            "customer_org_id": input.customer_org_id, "access": input.access, "order_ids": input.order_ids,
            "access_until": input.access_until, "is_lead": input.is_lead,
        }),
    );
    ctx.insert("error", &error);
    match kind {
        FormKind::Edit(p) => {
            ctx.insert("person", p);
            render(req, state, Some(actor), "people/edit.html", ctx)
        }
        FormKind::Add => render(req, state, Some(actor), "people/new.html", ctx),
        FormKind::Invite => render(req, state, Some(actor), "people/invite.html", ctx),
    }
}

pub async fn new_form(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    let input = NewPerson {
        role: crate::people::Role::Buyer.as_str().into(),
        access: "all".into(),
        ..Default::default()
    };
    form_page(&req, &state, &actor, &input, None, FormKind::Add).await
}

pub async fn add(
    req: HttpRequest,
    state: State,
    crate::auth::stepup::Verified(TenantAdmin(actor)): crate::auth::stepup::Verified<TenantAdmin>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let input = parse_form(&body)?;
    // Adding someone is inviting them: an existing account joins only by accepting (the
    // security drill attached any existing account to a tenant without consent, and the
    // answer told whether the address had an account), and nobody gets a password to
    // hand over.
    let (a, i, url) = (
        actor.clone(),
        input.clone(),
        state.config.public_url.clone(),
    );
    match state
        .db
        .run(move |c| crate::invitations::invite(c, &a, &i, &url))
        .await
    {
        Ok(issued) => crate::invitations::web::issued_page(&req, &state, &actor, &issued),
        Err(e @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            let mut resp = form_page(
                &req,
                &state,
                &actor,
                &input,
                Some(e.public_message()),
                FormKind::Add,
            )
            .await?;
            *resp.status_mut() = actix_web::ResponseError::status_code(&e);
            Ok(resp)
        }
        Err(e) => Err(e),
    }
}

pub async fn remove(
    state: State,
    crate::auth::stepup::Verified(TenantAdmin(actor)): crate::auth::stepup::Verified<TenantAdmin>,
    uid: web::Path<String>,
) -> AppResult<HttpResponse> {
    let uid = crate::ids::parse(&uid).ok_or(AppError::NotFound)?;
    state
        .db
        .run(move |c| people::remove_person(c, &actor, &uid))
        .await?;
    Ok(redirect("/admin/people"))
}

pub async fn customers(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
) -> AppResult<HttpResponse> {
    let tid = actor.tenant_id.clone();
    let list = state
        .db
        .run(move |c| people::list_customer_orgs(c, &tid))
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("customers", &list);
    ctx.insert("error", &Option::<String>::None);
    render(&req, &state, Some(&actor), "people/customers.html", ctx)
}

#[derive(Deserialize)]
pub struct CustomerForm {
    name: String,
}

pub async fn add_customer(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
    form: web::Form<CustomerForm>,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    match state
        .db
        .run(move |c| people::create_customer_org(c, &a, &form.name))
        .await
    {
        Ok(_) => Ok(redirect("/admin/customers")),
        Err(e @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            let tid = actor.tenant_id.clone();
            let list = state
                .db
                .run(move |c| people::list_customer_orgs(c, &tid))
                .await?;
            let mut ctx = tera::Context::new();
            ctx.insert("customers", &list);
            ctx.insert("error", &Some(e.public_message()));
            let mut resp = render(&req, &state, Some(&actor), "people/customers.html", ctx)?;
            *resp.status_mut() = actix_web::ResponseError::status_code(&e);
            Ok(resp)
        }
        Err(e) => Err(e),
    }
}

pub fn parse_form(body: &[u8]) -> AppResult<NewPerson> {
    let mut input = NewPerson::default();
    for (k, v) in form_pairs(body)? {
        match k.as_str() {
            "email" => input.email = v,
            "display_name" => input.display_name = v,
            "role" => input.role = v,
            "customer_org_id" => input.customer_org_id = v,
            "access" => input.access = v,
            "order_ids" => input.order_ids.push(v),
            "access_until" => input.access_until = v,
            "is_lead" => input.is_lead = v == "1" || v == "on",
            _ => {}
        }
    }
    Ok(input)
}

/// `GET /admin/people/{uid}`: change a person's role and access.
pub async fn edit_form(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
    uid: web::Path<String>,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let current = state
        .db
        .run(move |c| people::access::get(c, &a, &uid))
        .await?;
    let input = NewPerson {
        role: current.person.role.clone(),
        customer_org_id: current.customer_org_id.clone().unwrap_or_default(),
        access: if current.person.all_orders {
            "all".into()
        } else {
            "chosen".into()
        },
        order_ids: current.granted.clone(),
        access_until: current
            .until
            .map(|t| t.date().to_string())
            .unwrap_or_default(),
        is_lead: current.is_lead,
        ..Default::default()
    };
    form_page(
        &req,
        &state,
        &actor,
        &input,
        None,
        FormKind::Edit(&current.person),
    )
    .await
}

/// `POST /admin/people/{uid}`
pub async fn update(
    req: HttpRequest,
    state: State,
    crate::auth::stepup::Verified(TenantAdmin(actor)): crate::auth::stepup::Verified<TenantAdmin>,
    uid: web::Path<String>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let input = parse_form(&body)?;
    let uid = uid.into_inner();
    let (a, i, u) = (actor.clone(), input.clone(), uid.clone());
    let result = state
        .db
        .run(move |c| {
            let mut access =
                people::access::parse(&i.role, &i.customer_org_id, &i.access, &i.order_ids)?;
            access.until = crate::validate::optional_date("access_until", &i.access_until)?
                .map(|d| d.and_hms_opt(23, 59, 59).expect("valid time"));
            access.is_lead = i.is_lead;
            people::access::update(c, &a, &u, &access)
        })
        .await;
    match result {
        Ok(()) => Ok(redirect("/admin/people")),
        Err(e @ AppError::Invalid { .. }) => {
            let a = actor.clone();
            let current = state
                .db
                .run(move |c| people::access::get(c, &a, &uid))
                .await?;
            let mut resp = form_page(
                &req,
                &state,
                &actor,
                &input,
                Some(e.public_message()),
                FormKind::Edit(&current.person),
            )
            .await?;
            *resp.status_mut() = actix_web::ResponseError::status_code(&e);
            Ok(resp)
        }
        Err(e) => Err(e),
    }
}

/// `GET /orders/{id}/access`: who can see this order, and why.
pub async fn order_access(
    req: HttpRequest,
    state: State,
    actor: Actor,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let report = state
        .db
        .run(move |c| people::report::order_access(c, &a, &id))
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("r", &report);
    render(&req, &state, Some(&actor), "people/order_access.html", ctx)
}

/// `GET /admin/people/{uid}/access`: what this person can see, and why.
pub async fn person_access(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
    uid: web::Path<String>,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let report = state
        .db
        .run(move |c| people::report::person_access(c, &a, &uid))
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("r", &report);
    render(&req, &state, Some(&actor), "people/person_access.html", ctx)
}

/// `GET /api/v1/orders/{id}/access`: who can see this order, and why.
///
/// Each active person with the reason they see it (`admin`, `assigned` staff, a buyer with all
/// of the customer's orders, or a buyer with a grant), and the active share links. Admins and
/// merchandisers, for orders they can see.
#[utoipa::path(
    get,
    path = "/api/v1/orders/{id}/access",
    tag = "people",
    operation_id = "get_order_access",
    params(("id" = String, Path, description = "Order id")),
    responses((status = 200, description = "The order's access report", body = people::report::OrderAccess))
)]
pub async fn api_order_access(
    state: State,
    actor: Actor,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let report = state
        .db
        .run(move |c| people::report::order_access(c, &actor, &id))
        .await?;
    Ok(HttpResponse::Ok().json(report))
}

/// `GET /api/v1/people/{uid}/access`: what this person can see, and why.
///
/// The person, the reason they see orders, and the orders they see (seen through their own
/// scope, at most 500; `more` when there are others). Admins only.
#[utoipa::path(
    get,
    path = "/api/v1/people/{uid}/access",
    tag = "people",
    operation_id = "get_person_access",
    params(("uid" = String, Path, description = "User id")),
    responses((status = 200, description = "The person's access report", body = people::report::PersonReport))
)]
pub async fn api_person_access(
    state: State,
    TenantAdmin(actor): TenantAdmin,
    uid: web::Path<String>,
) -> AppResult<HttpResponse> {
    let report = state
        .db
        .run(move |c| people::report::person_access(c, &actor, &uid))
        .await?;
    Ok(HttpResponse::Ok().json(report))
}

/// The tenant's people, by e-mail address.
#[derive(Serialize, utoipa::ToSchema)]
pub struct PersonList {
    items: Vec<people::Person>,
}

/// Access requests, newest first (at most 200).
#[derive(Serialize, utoipa::ToSchema)]
pub struct AccessRequestList {
    items: Vec<people::requests::RequestView>,
}

/// The id of the access request just made.
#[derive(Serialize, utoipa::ToSchema)]
pub struct AccessRequestCreated {
    id: String,
}

/// `GET /api/v1/people`
///
/// Everyone with a membership of the tenant (staff and buyers, disabled accounts included),
/// with their role and access. Admins only.
#[utoipa::path(
    get,
    path = "/api/v1/people",
    tag = "people",
    operation_id = "list_people",
    responses((status = 200, description = "The tenant's people", body = PersonList))
)]
pub async fn api_list(state: State, actor: Actor) -> AppResult<HttpResponse> {
    let items = state
        .db
        .run(move |c| people::list_people(c, &actor))
        .await?;
    Ok(HttpResponse::Ok().json(PersonList { items }))
}

/// `GET /access-requests`: a lead's form and their requests.
pub async fn requests_page(
    req: HttpRequest,
    state: State,
    Buyer(actor): Buyer,
) -> AppResult<HttpResponse> {
    requests_form(
        &req,
        &state,
        &actor,
        None,
        &people::requests::RequestInput::default(),
    )
    .await
}

async fn requests_form(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    error: Option<String>,
    input: &people::requests::RequestInput,
) -> AppResult<HttpResponse> {
    policy::ensure(policy::can_request_access(actor))?;
    let a = actor.clone();
    let list = state.db.run(move |c| people::requests::list(c, &a)).await?;
    let mut ctx = tera::Context::new();
    ctx.insert("requests", &list);
    ctx.insert("error", &error);
    ctx.insert("form", &serde_json::json!({"email": input.email, "display_name": input.display_name, "note": input.note}));
    let mut resp = render(req, state, Some(actor), "people/requests.html", ctx)?;
    if error.is_some() {
        *resp.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(resp)
}

pub async fn request_access(
    req: HttpRequest,
    state: State,
    Buyer(actor): Buyer,
    form: web::Form<people::requests::RequestInput>,
) -> AppResult<HttpResponse> {
    let input = form.into_inner();
    let (a, i) = (actor.clone(), input.clone());
    match state
        .db
        .run(move |c| people::requests::create(c, &a, &i))
        .await
    {
        Ok(_) => Ok(redirect("/access-requests")),
        Err(e @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            requests_form(&req, &state, &actor, Some(e.public_message()), &input).await
        }
        Err(e) => Err(e),
    }
}

pub async fn approve_request(
    req: HttpRequest,
    state: State,
    crate::auth::stepup::Verified(TenantAdmin(actor)): crate::auth::stepup::Verified<TenantAdmin>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let (a, url) = (actor.clone(), state.config.public_url.clone());
    let issued = state
        .db
        .run(move |c| people::requests::approve(c, &a, &id, &url))
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("issued", &issued);
    ctx.insert("public_url", &state.config.public_url);
    render(&req, &state, Some(&actor), "people/invited.html", ctx)
}

pub async fn refuse_request(
    state: State,
    TenantAdmin(actor): TenantAdmin,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    state
        .db
        .run(move |c| people::requests::refuse(c, &actor, &id))
        .await?;
    Ok(redirect("/admin/people#requests"))
}

/// `GET /api/v1/access-requests`
///
/// Admins: every access request of the tenant; a lead buyer: the requests they made.
#[utoipa::path(
    get,
    path = "/api/v1/access-requests",
    tag = "people",
    operation_id = "list_access_requests",
    responses((status = 200, description = "The access requests", body = AccessRequestList))
)]
pub async fn api_requests(state: State, actor: Actor) -> AppResult<HttpResponse> {
    let items = state
        .db
        .run(move |c| people::requests::list(c, &actor))
        .await?;
    Ok(HttpResponse::Ok().json(AccessRequestList { items }))
}

/// `POST /api/v1/access-requests`
///
/// A buyer marked as their organisation's lead asks the supplier to let a colleague in; an
/// admin then approves (an invitation with the lead's own scope) or refuses. Lead buyers only.
/// A pending request for the same e-mail address is a 409.
#[utoipa::path(
    post,
    path = "/api/v1/access-requests",
    tag = "people",
    operation_id = "create_access_request",
    request_body = people::requests::RequestInput,
    responses((status = 201, description = "The request is pending", body = AccessRequestCreated))
)]
pub async fn api_request_access(
    state: State,
    Buyer(actor): Buyer,
    body: web::Json<people::requests::RequestInput>,
) -> AppResult<HttpResponse> {
    let id = state
        .db
        .run(move |c| people::requests::create(c, &actor, &body))
        .await?;
    Ok(HttpResponse::Created().json(AccessRequestCreated { id }))
}

/// `POST /api/v1/access-requests/{id}/approve`: the invitation (with its code) in the response.
///
/// Invites the colleague as a buyer of the lead's organisation, seeing what the lead sees (all
/// of the organisation's orders, or the lead's granted orders); the invitation is mailed and
/// its code is in the response, once. Admins only; needs a recent step-up (`POST
/// /api/v1/auth/step-up`, within 5 minutes), otherwise 403 `step_up_required`. A request
/// already decided, or a person who already has access or an open invitation, is a 409.
#[utoipa::path(
    post,
    path = "/api/v1/access-requests/{id}/approve",
    tag = "people",
    operation_id = "approve_access_request",
    params(("id" = String, Path, description = "Access request id")),
    responses((status = 200, description = "The invitation sent", body = crate::invitations::Issued))
)]
pub async fn api_approve_request(
    state: State,
    crate::auth::stepup::Verified(TenantAdmin(actor)): crate::auth::stepup::Verified<TenantAdmin>,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    let url = state.config.public_url.clone();
    let issued = state
        .db
        .run(move |c| people::requests::approve(c, &actor, &id, &url))
        .await?;
    Ok(HttpResponse::Ok().json(issued))
}

/// `POST /api/v1/access-requests/{id}/refuse`
///
/// Admins only. A request already decided is a 409.
#[utoipa::path(
    post,
    path = "/api/v1/access-requests/{id}/refuse",
    tag = "people",
    operation_id = "refuse_access_request",
    params(("id" = String, Path, description = "Access request id")),
    responses((status = 204, description = "The request is refused"))
)]
pub async fn api_refuse_request(
    state: State,
    TenantAdmin(actor): TenantAdmin,
    id: web::Path<String>,
) -> AppResult<HttpResponse> {
    state
        .db
        .run(move |c| people::requests::refuse(c, &actor, &id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// This module's part of the OpenAPI document (see `crate::web::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    api_order_access,
    api_list,
    api_approve_request,
    api_refuse_request,
    api_requests,
    api_request_access,
    api_person_access,
))]
pub struct Api;
