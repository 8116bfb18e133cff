//! Extractors: `Actor` (signed in, in a tenant) and `MaybeActor`. The identity is resolved
//! once per request: bearer JWT for the API, or the access cookie, renewed from the refresh
//! cookie when it has expired. Renewed cookies are queued in `PendingCookies` and attached to
//! the response by `web::middleware`.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use futures_util::future::LocalBoxFuture;

use crate::app::AppState;
use crate::auth::jwt;
use crate::auth::session::{self, Client, Issued};
use crate::error::AppError;
use crate::policy::{self, Actor, Hold, Privilege};

/// Cookie names: with an https public URL they carry the `__Host-` prefix, which browsers only
/// accept with Secure, Path=/ and no Domain, so no subdomain can plant them.
#[derive(Debug, Clone)]
pub struct CookieNames {
    pub access: String,
    pub refresh: String,
    pub csrf: String,
    /// The browser's device id (`DEVICE_COOKIE`).
    pub device: String,
    /// The language chosen before signing in.
    pub lang: String,
    pub secure: bool,
}

impl CookieNames {
    pub fn new(secure: bool) -> Self {
        let p = if secure { "__Host-" } else { "" };
        Self {
            access: format!("{p}portico_access"),
            refresh: format!("{p}portico_refresh"),
            csrf: format!("{p}portico_csrf"),
            device: format!("{p}{DEVICE_COOKIE}"),
            lang: format!("{p}{}", crate::web::pages::LANG_COOKIE),
            secure,
        }
    }

    pub fn make(&self, name: &str, value: String) -> Cookie<'static> {
        Cookie::build(name.to_string(), value)
            .path("/")
            .http_only(true)
            .secure(self.secure)
            .same_site(SameSite::Lax)
            .finish()
    }

    pub fn removal(&self, name: &str) -> Cookie<'static> {
        let mut c = self.make(name, String::new());
        c.make_removal();
        c
    }

    /// Cookies that carry newly issued tokens.
    pub fn for_issued(&self, issued: &Issued) -> Vec<Cookie<'static>> {
        let mut v = vec![self.make(&self.access, issued.access_token.clone())];
        if let Some(r) = &issued.refresh_token {
            v.push(self.make(&self.refresh, r.clone()));
        }
        v
    }
}

/// Cookies to add to the response of this request.
#[derive(Debug, Default, Clone)]
pub struct PendingCookies(pub Vec<Cookie<'static>>);

pub fn queue_cookies(req: &HttpRequest, cookies: Vec<Cookie<'static>>) {
    let mut ext = req.extensions_mut();
    match ext.get_mut::<PendingCookies>() {
        Some(p) => p.0.extend(cookies),
        None => {
            ext.insert(PendingCookies(cookies));
        }
    }
}

/// The client's address as the TCP peer (a proxy's forwarded header is not trusted here).
pub fn client_of(req: &HttpRequest) -> Client {
    let state = req.app_data::<web::Data<AppState>>();
    let device_cookie = state.map_or(DEVICE_COOKIE, |s| s.cookies.device.as_str());
    Client {
        ip: client_ip(req),
        user_agent: req
            .headers()
            .get(actix_web::http::header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string(),
        device_id: req
            .cookie(device_cookie)
            .map(|c| c.value().to_string())
            .filter(|v| {
                v.len() == 43
                    && v.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            }),
    }
}

/// The client's address alone (no user agent or cookies parsed: every request needs it).
pub fn client_ip(req: &HttpRequest) -> String {
    let trusted: &[crate::config::proxy::Net] = req
        .app_data::<web::Data<AppState>>()
        .map(|s| s.config.trusted_proxies.as_slice())
        .unwrap_or(&[]);
    let forwarded = req
        .headers()
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok());
    crate::config::proxy::client_ip(req.peer_addr().map(|a| a.ip()), forwarded, trusted)
        .map(|ip| ip.to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// A random id the browser keeps for a year, so that a sign-in from a new device is noticed.
/// It grants nothing by itself.
pub const DEVICE_COOKIE: &str = "portico_device";

pub fn bearer_token(req: &HttpRequest) -> Option<&str> {
    req.headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
}

/// The signed-in person's unread notifications, for the page header.
#[derive(Clone, Copy)]
pub struct Unread(pub i64);

/// The cached outcome of resolving this request's identity.
#[derive(Clone)]
struct Resolved(Option<Actor>);

use crate::auth::cache::CaughtUp;

/// Verified claims to an actor: from this node's memory when it knows the session is still
/// good (`auth::cache`), else from the database, remembering the answer.
async fn authenticate(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    claims: jwt::Claims,
    ip: &str,
) -> Result<Actor, AppError> {
    let caught_up = state.auth_cache.caught_up().await;
    if caught_up {
        // The rest of the request may trust memory without a fence of its own
        // (`AuthCache::caught_up_for`): one heartbeat per request on PostgreSQL, not two.
        req.extensions_mut().insert(CaughtUp);
        if let Some(actor) = state.auth_cache.lookup(&claims, ip) {
            return Ok(actor);
        }
    }
    let ticket = state.auth_cache.ticket();
    let entry = state.db.run(move |c| session::resolve(c, &claims)).await?;
    let mut actor = entry.actor.clone();
    actor.ip = ip.to_string();
    state.auth_cache.insert(ticket, entry);
    Ok(actor)
}

async fn resolve(req: &HttpRequest) -> Result<Option<Actor>, AppError> {
    if let Some(Resolved(a)) = req.extensions().get::<Resolved>() {
        return Ok(a.clone());
    }
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| AppError::internal("no app state"))?
        .clone();
    let ip = client_ip(req);
    let names = &state.cookies;

    let actor = if let Some(token) = bearer_token(req)
        && token.starts_with(crate::api_tokens::PREFIX)
    {
        let (token, ip) = (token.to_string(), ip.clone());
        Some(
            state
                .db
                .run(move |c| crate::api_tokens::authenticate(c, &token, &ip))
                .await?,
        )
    } else if let Some(token) = bearer_token(req) {
        match jwt::decode(&state.keys.jwt, token) {
            Some(claims) => {
                let ip = ip.clone();
                Some(authenticate(req, &state, claims, &ip).await?)
            }
            None => None,
        }
    } else {
        let mut found = None;
        if let Some(claims) = req
            .cookie(&names.access)
            .and_then(|c| jwt::decode(&state.keys.jwt, c.value()))
        {
            let ip2 = ip.clone();
            match authenticate(req, &state, claims, &ip2).await {
                Ok(a) => found = Some(a),
                Err(AppError::Unauthenticated) => {}
                Err(e) => return Err(e),
            }
        }
        if found.is_none()
            && let Some(refresh) = req.cookie(&names.refresh).map(|c| c.value().to_string())
        {
            let keys = state.keys.clone();
            let issued = state
                .db
                .run(move |c| session::refresh(c, &keys, &refresh))
                .await?;
            match issued {
                Some(issued) => {
                    let claims = jwt::decode(&state.keys.jwt, &issued.access_token)
                        .ok_or_else(|| AppError::internal("fresh token did not verify"))?;
                    let ip2 = ip.clone();
                    match authenticate(req, &state, claims, &ip2).await {
                        Ok(a) => {
                            queue_cookies(req, names.for_issued(&issued));
                            found = Some(a);
                        }
                        Err(AppError::Unauthenticated) => {}
                        Err(e) => return Err(e),
                    }
                }
                None => queue_cookies(
                    req,
                    vec![names.removal(&names.access), names.removal(&names.refresh)],
                ),
            }
        }
        // Pages show the unread notification count in their header.
        if let Some(a) = &found
            && req.method() == actix_web::http::Method::GET
        {
            let a = a.clone();
            let n = state
                .db
                .run(move |c| crate::notifications::unread_count(c, &a))
                .await?;
            req.extensions_mut().insert(Unread(n));
        }
        found
    };
    req.extensions_mut().insert(Resolved(actor.clone()));
    Ok(actor)
}

impl FromRequest for Actor {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let actor = resolve(&req).await?.ok_or(AppError::Unauthenticated)?;
            admit_token(&req, &actor)?;
            match policy::hold(&actor, req.path()) {
                Some(Hold::Enrol) => Err(AppError::EnrolmentRequired),
                Some(Hold::ConfirmEmail) => Err(AppError::EmailConfirmationRequired),
                None => Ok(()),
            }?;
            Ok(actor)
        })
    }
}

/// `TenantAdmin` and `Buyer` in handler signatures: the actor, admitted by the
/// privilege's rule (`policy::Privilege`) before the handler runs.
macro_rules! privilege_extractor {
    ($($name:ident),*) => {$(
        impl FromRequest for policy::$name {
            type Error = AppError;
            type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

            fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
                let fut = Actor::from_request(req, payload);
                Box::pin(async move { <policy::$name as Privilege>::admit(fut.await?) })
            }
        }
    )*};
}
privilege_extractor!(TenantAdmin, Buyer);

/// A request made with an API token goes on only to the routes its scopes open.
fn admit_token(req: &HttpRequest, actor: &Actor) -> Result<(), AppError> {
    match &actor.api_token {
        Some(grant) => {
            let pattern = crate::web::route_pattern(req).unwrap_or_default();
            if crate::policy::token_allows(
                grant,
                crate::web::routes::token_scope_for(req.method(), &pattern),
            ) {
                Ok(())
            } else {
                Err(AppError::Forbidden(
                    "This API token's scopes do not allow this request.",
                ))
            }
        }
        None => Ok(()),
    }
}

/// For pages that anyone may see but that change with who is looking.
pub struct MaybeActor(pub Option<Actor>);

impl FromRequest for MaybeActor {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            // A public page (verification, share links) reached with a token its scopes do
            // not cover is served as to anyone, without the token's identity.
            let actor = resolve(&req)
                .await?
                .filter(|a| admit_token(&req, a).is_ok());
            Ok(MaybeActor(actor))
        })
    }
}

/// The person behind a request no handler looked at (an address no route matches), so that
/// its error page is in their language; `None` when there is no valid session.
pub async fn resolve_for_error_page(req: &HttpRequest) -> Option<Actor> {
    resolve(req).await.ok().flatten()
}

/// The actor if this request's identity was already resolved (used by error pages).
pub fn resolved_actor(req: &HttpRequest) -> Option<Actor> {
    req.extensions().get::<Resolved>().and_then(|r| r.0.clone())
}
