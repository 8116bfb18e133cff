//! Admin pages for people and customer organisations.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::ids::{OrderId, OrgId, UserId};
use crate::people::{self, NewPerson};
use crate::policy::TenantAdmin;
use crate::policy::{self, Actor};
use crate::web::form_error::{About, Form, Refusal};
use crate::web::{State, form_pairs, redirect, render};

pub use super::directory::PeopleFilter;
pub use api::*;
pub use requests::*;

mod api;
mod requests;

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

/// The person forms (add, invite, edit access): which input each refusal is about.
pub const PERSON_FORM: Form = Form {
    name: "person",
    inputs: &[
        (About::Code("email_invalid"), "person-email"),
        (About::Field("name"), "person-display_name"),
        (About::Code("language_invalid"), "person-language"),
        (About::Code("role_invalid"), "person-role"),
        (About::Code("customer_required"), "person-customer_org_id"),
        (About::Code("customer_invalid"), "person-customer_org_id"),
        (About::Code("orders_required"), "person-orders"),
        (About::Code("order_invalid"), "person-orders"),
        (About::Code("too_many_orders"), "person-orders"),
        (About::Field("access_until"), "person-access_until"),
    ],
};

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
    error: Option<Refusal>,
    kind: FormKind<'_>,
) -> AppResult<HttpResponse> {
    match kind {
        FormKind::Invite => {
            policy::ensure(policy::can_manage_people(actor) || policy::can_share(actor))?
        }
        _ => policy::ensure(policy::can_manage_people(actor))?,
    }
    let tid = actor.tenant_id.clone();
    let (customers, orders, company) = state
        .db
        .run(move |c| {
            use diesel::prelude::*;
            let company: crate::i18n::Locale = crate::db::schema::tenants::table
                .find(&tid)
                .select(crate::db::schema::tenants::language)
                .first(c)?;
            let customers = people::list_customer_orgs(c, &tid)?;
            let orders: Vec<_> = people::orders_for_picker(c, &tid)?
                .into_iter()
                .map(|(id, reference, customer)| serde_json::json!({"id": id, "reference": reference, "customer": customer}))
                .collect();
            Ok((customers, orders, company))
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
            // An invitation is written in the company's language unless another is chosen.
            "language": if input.language.trim().is_empty() { company.code() } else { input.language.as_str() },
        }),
    );
    Refusal::insert(error.as_ref(), &mut ctx);
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
                Some(PERSON_FORM.refused(&e)),
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
    uid: web::Path<UserId>,
) -> AppResult<HttpResponse> {
    let uid = uid.into_inner();
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
            "language" => input.language = v,
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
    uid: web::Path<UserId>,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let current = state
        .db
        .run(move |c| people::access::get(c, &a, &uid))
        .await?;
    let input = NewPerson {
        role: current.person.role.clone(),
        customer_org_id: current
            .customer_org_id
            .as_ref()
            .map(OrgId::to_string)
            .unwrap_or_default(),
        access: if current.person.all_orders {
            "all".into()
        } else {
            "chosen".into()
        },
        order_ids: current.granted.iter().map(OrderId::to_string).collect(),
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
    uid: web::Path<UserId>,
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
                Some(PERSON_FORM.refused(&e)),
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
    id: web::Path<OrderId>,
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
    uid: web::Path<UserId>,
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
