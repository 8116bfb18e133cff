//! Admin pages for people and customer organisations.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::error::{AppError, AppResult};
use crate::people::{self, NewPerson};
use crate::policy::{self, Actor};
use crate::web::{State, form_pairs, redirect, render};

pub async fn list(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let people = state.db.run(move |c| people::list_people(c, &a)).await?;
    let mut ctx = tera::Context::new();
    ctx.insert("people", &people);
    render(&req, &state, Some(&actor), "people/list.html", ctx)
}

async fn form_page(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    input: &NewPerson,
    error: Option<String>,
    editing: Option<&people::Person>,
) -> AppResult<HttpResponse> {
    policy::ensure(policy::can_manage_people(actor))?;
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
        }),
    );
    ctx.insert("error", &error);
    match editing {
        Some(p) => {
            ctx.insert("person", p);
            render(req, state, Some(actor), "people/edit.html", ctx)
        }
        None => render(req, state, Some(actor), "people/new.html", ctx),
    }
}

pub async fn new_form(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    let input = NewPerson {
        role: "buyer".into(),
        access: "all".into(),
        ..Default::default()
    };
    form_page(&req, &state, &actor, &input, None, None).await
}

pub async fn add(
    req: HttpRequest,
    state: State,
    actor: Actor,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let input = parse_form(&body)?;
    let (a, i) = (actor.clone(), input.clone());
    match state.db.run(move |c| people::add_person(c, &a, &i)).await {
        Ok(added) => {
            let mut ctx = tera::Context::new();
            ctx.insert("added", &added);
            render(&req, &state, Some(&actor), "people/added.html", ctx)
        }
        Err(e @ (AppError::Invalid { .. } | AppError::Conflict(_))) => {
            let mut resp =
                form_page(&req, &state, &actor, &input, Some(e.public_message()), None).await?;
            *resp.status_mut() = actix_web::ResponseError::status_code(&e);
            Ok(resp)
        }
        Err(e) => Err(e),
    }
}

pub async fn remove(state: State, actor: Actor, uid: web::Path<String>) -> AppResult<HttpResponse> {
    let uid = crate::ids::parse(&uid).ok_or(AppError::NotFound)?;
    state
        .db
        .run(move |c| people::remove_person(c, &actor, &uid))
        .await?;
    Ok(redirect("/admin/people"))
}

pub async fn customers(req: HttpRequest, state: State, actor: Actor) -> AppResult<HttpResponse> {
    policy::ensure(policy::can_manage_people(&actor))?;
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
    actor: Actor,
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

fn parse_form(body: &[u8]) -> AppResult<NewPerson> {
    let mut input = NewPerson::default();
    for (k, v) in form_pairs(body)? {
        match k.as_str() {
            "email" => input.email = v,
            "display_name" => input.display_name = v,
            "role" => input.role = v,
            "customer_org_id" => input.customer_org_id = v,
            "access" => input.access = v,
            "order_ids" => input.order_ids.push(v),
            _ => {}
        }
    }
    Ok(input)
}

/// `GET /admin/people/{uid}`: change a person's role and access.
pub async fn edit_form(
    req: HttpRequest,
    state: State,
    actor: Actor,
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
        ..Default::default()
    };
    form_page(&req, &state, &actor, &input, None, Some(&current.person)).await
}

/// `POST /admin/people/{uid}`
pub async fn update(
    req: HttpRequest,
    state: State,
    actor: Actor,
    uid: web::Path<String>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let input = parse_form(&body)?;
    let uid = uid.into_inner();
    let (a, i, u) = (actor.clone(), input.clone(), uid.clone());
    let result = state
        .db
        .run(move |c| {
            let access =
                people::access::parse(&i.role, &i.customer_org_id, &i.access, &i.order_ids)?;
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
                Some(&current.person),
            )
            .await?;
            *resp.status_mut() = actix_web::ResponseError::status_code(&e);
            Ok(resp)
        }
        Err(e) => Err(e),
    }
}
