//! The admins' webhooks pages: `/admin/webhooks` (the endpoints, and a form to add one, which
//! shows its secret once) and `/admin/webhooks/{id}` (one endpoint with its delivery log and
//! its actions, which `api` serves for both sides).

use actix_web::{HttpRequest, HttpResponse, web};

use super::api::{CreateBody, make, new_endpoint};
use super::{Created, EventType, MAX_ENDPOINTS};
use crate::auth::stepup::Verified;
use crate::error::{AppError, AppResult};
use crate::policy::{Actor, TenantAdmin};
use crate::web::paging::Keyset;
use crate::web::{State, render};

/// Deliveries per page of the log.
const LOG_PAGE: i64 = 50;

async fn page_with(
    req: &HttpRequest,
    state: &State,
    actor: &Actor,
    created: Option<&Created>,
    error: Option<(String, &CreateBody)>,
) -> AppResult<HttpResponse> {
    let a = actor.clone();
    let endpoints = state
        .db
        .run(move |c| super::list(c, &a, &Keyset::first(MAX_ENDPOINTS)))
        .await?
        .items;
    let mut ctx = tera::Context::new();
    ctx.insert("endpoints", &endpoints);
    ctx.insert("created", &created);
    ctx.insert(
        "event_types",
        &EventType::subscribable()
            .map(|t| t.as_str())
            .collect::<Vec<_>>(),
    );
    let (message, form) = match &error {
        Some((m, f)) => (
            Some(m.clone()),
            serde_json::json!({"url": f.url, "description": f.description, "events": f.events}),
        ),
        None => (
            None,
            serde_json::json!({"url": "", "description": "", "events": ["order.status_changed"]}),
        ),
    };
    ctx.insert("error", &message);
    ctx.insert("form", &form);
    render(req, state, Some(actor), "admin/webhooks.html", ctx)
}

/// `GET /admin/webhooks`.
pub async fn page(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
) -> AppResult<HttpResponse> {
    crate::policy::ensure(crate::policy::can_manage_webhooks(&actor))?;
    page_with(&req, &state, &actor, None, None).await
}

/// The form: `url`, `description`, and one `event` field per ticked event type.
fn parse_form(body: &[u8]) -> AppResult<CreateBody> {
    let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
        .map_err(|_| AppError::invalid("form_invalid", "The form could not be read."))?;
    let get = |k: &str| {
        fields
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    Ok(CreateBody {
        url: get("url"),
        description: get("description"),
        events: fields
            .iter()
            .filter(|(n, _)| n == "event")
            .map(|(_, v)| v.clone())
            .collect(),
    })
}

/// `POST /admin/webhooks`: makes an endpoint and shows its secret, once.
pub async fn create(
    req: HttpRequest,
    state: State,
    Verified(TenantAdmin(actor)): Verified<TenantAdmin>,
    body: web::Bytes,
) -> AppResult<HttpResponse> {
    let form = parse_form(&body)?;
    let shown = CreateBody {
        url: form.url.clone(),
        description: form.description.clone(),
        events: form.events.clone(),
    };
    let made = match new_endpoint(&state, &actor, form).await {
        Ok(input) => make(&state, &actor, input).await,
        Err(e) => Err(e),
    };
    match made {
        Ok(created) => page_with(&req, &state, &actor, Some(&created), None).await,
        Err(e @ AppError::Invalid { .. }) => {
            let mut resp = page_with(
                &req,
                &state,
                &actor,
                None,
                Some((e.public_message(), &shown)),
            )
            .await?;
            *resp.status_mut() = actix_web::ResponseError::status_code(&e);
            Ok(resp)
        }
        Err(e) => Err(e),
    }
}

/// `GET /admin/webhooks/{id}`: the endpoint and its delivery log (`?after=` pages it).
pub async fn show(
    req: HttpRequest,
    state: State,
    TenantAdmin(actor): TenantAdmin,
    path: web::Path<String>,
    query: web::Query<std::collections::HashMap<String, String>>,
) -> AppResult<HttpResponse> {
    let id = crate::ids::parse(&path.into_inner()).ok_or(AppError::NotFound)?;
    let keyset = Keyset::new(LOG_PAGE, query.get("after").cloned());
    let a = actor.clone();
    let (endpoint, log) = state
        .db
        .run(move |c| {
            let endpoint = super::view(c, &a, &id)?;
            let log = super::deliveries(c, &a, &id, &keyset)?;
            Ok((endpoint, log))
        })
        .await?;
    let mut ctx = tera::Context::new();
    ctx.insert("endpoint", &endpoint);
    ctx.insert("deliveries", &log.items);
    ctx.insert("next", &log.next);
    render(&req, &state, Some(&actor), "admin/webhook.html", ctx)
}
