//! The one route list: every route of the portal with who may reach it and the scope an API
//! token needs, grouped by domain. The same table registers the routes with actix
//! (`configure`) and yields `ROUTES`, which the token policy (`token_scope_for`), the
//! OpenAPI coverage test and the authorization matrix read: a route cannot be added without
//! all three seeing it.
//!
//! Order matters where patterns overlap (`/orders/new` before `/orders/{id}`): actix tries
//! routes in the order they are registered, and the table keeps it within each group.

use actix_web::web;

use crate::policy::TokenScope;

/// Who can reach a route at all (what they may do there is the domain policy's business).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Whoever holds a code or link the route is about (setup link, invitation, reset code,
    /// a pending two-step sign-in, a share link); no session needed.
    Link,
    /// A signed-in person (or an API token, where `token` allows it); the handler's policy
    /// narrows it by role and scope.
    Person,
    /// The monitoring system, with the metrics token.
    Operator,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    Get,
    Head,
    Post,
    Put,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Head => "HEAD",
            Self::Post => "POST",
            Self::Put => "PUT",
        }
    }
}

/// One registered route.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    /// The domain it belongs to (its group in the table).
    pub group: &'static str,
    pub method: Method,
    /// The pattern as actix matches it (also what `HttpRequest::match_pattern` returns).
    pub path: &'static str,
    pub access: Access,
    /// The scope an API token needs; `None`: no token may call it.
    pub token: Option<TokenScope>,
}

macro_rules! method {
    (get) => {
        Method::Get
    };
    (head) => {
        Method::Head
    };
    (post) => {
        Method::Post
    };
    (put) => {
        Method::Put
    };
}

macro_rules! guarded {
    (get) => {
        web::route()
            .guard(actix_web::guard::Any(actix_web::guard::Get()).or(actix_web::guard::Head()))
    };
    ($m:ident) => {
        web::$m()
    };
}

macro_rules! scope {
    () => {
        None
    };
    ($s:ident) => {
        Some(TokenScope::$s)
    };
}

macro_rules! route_table {
    ($( $group:ident { $( $method:ident $path:literal => $handler:path, $access:ident $(, $scope:ident)? ; )* } )*) => {
        /// Registers every route of the table; a GET route also answers HEAD (RFC 9110
        /// §9.3.2: the same headers, no body, which actix leaves out for HEAD).
        /// Routes without parameters first: actix tries routes in order, and trying one with
        /// parameters runs its regular expression (7 % of the CPU time of `GET /api/v1/me`,
        /// perf). No path matches both a route without parameters and an earlier one with
        /// them (`authz` tests every route).
        pub fn configure(cfg: &mut web::ServiceConfig) {
            $( $( if !$path.contains('{') {
                cfg.route($path, guarded!($method).to($handler));
            } )* )*
            $( $( if $path.contains('{') {
                cfg.route($path, guarded!($method).to($handler));
            } )* )*
        }

        /// Every route of the table, in registration order.
        pub const ROUTES: &[Route] = &[
            $( $( Route {
                group: stringify!($group),
                method: method!($method),
                path: $path,
                access: Access::$access,
                token: scope!($($scope)?),
            }, )* )*
        ];
    };
}

route_table! {
    pages {
        get "/healthz" => crate::web::pages::healthz, Public;
        get "/readyz" => crate::web::pages::readyz, Public;
        get "/static/{file:.*}" => crate::web::static_file, Public;
        get "/favicon.ico" => crate::web::favicon, Public;
        get "/" => crate::web::pages::home, Public;
        get "/signin" => crate::web::pages::signin_form, Public;
        post "/signin" => crate::web::pages::signin, Public;
        post "/signout" => crate::web::pages::signout, Public;
        post "/language" => crate::web::pages::set_language, Public;
        get "/signin/2fa" => crate::web::pages::second_factor_form, Link;
        post "/signin/2fa" => crate::web::pages::second_factor, Link;
        post "/api/v1/auth/second-factor" => crate::web::pages::api_second_factor, Link;
        get "/admin/audit" => crate::web::pages::audit_log, Person;
        post "/api/v1/auth/token" => crate::web::pages::api_token, Public;
        post "/api/v1/auth/revoke" => crate::web::pages::api_revoke, Public;
    }
    metrics {
        get "/metrics" => crate::metrics::page, Operator;
    }
    tenants {
        get "/setup/{token}" => crate::tenants::web::setup_form, Link;
        post "/setup/{token}" => crate::tenants::web::setup, Link;
        get "/tenants" => crate::tenants::web::switcher, Person;
        post "/tenants/switch" => crate::tenants::web::switch, Person;
        get "/admin/settings" => crate::tenants::web::settings_page, Person;
        post "/admin/settings" => crate::tenants::web::save_settings, Person;
        post "/admin/settings/brand" => crate::tenants::web::save_brand, Person;
        get "/brand/{tenant}/logo" => crate::tenants::web::logo, Public;
        get "/brand/{tenant}/theme.css" => crate::tenants::web::theme, Public;
    }
    dashboard {
        get "/dashboard" => crate::dashboard::web::page, Person;
        get "/more" => crate::dashboard::web::more, Person;
        get "/api/v1/dashboard" => crate::dashboard::web::api, Person, OrdersRead;
    }
    account {
        get "/account/2fa" => crate::account::web::twofactor, Person;
        get "/account/confirm" => crate::account::security::confirm_page, Person;
        post "/account/confirm" => crate::account::security::confirm, Person;
        post "/api/v1/auth/step-up" => crate::account::security::api_step_up, Person;
        get "/account/security" => crate::account::security::security_page, Person;
        post "/account/security/{id}/not-me" => crate::account::security::not_me, Person;
        get "/api/v1/me/security-notices" => crate::account::security::api_notices, Person;
        post "/api/v1/me/security-notices/{id}/not-me" => crate::account::security::not_me, Person;
        post "/account/phrase" => crate::account::security::set_phrase, Person;
        post "/account/time-zone" => crate::account::security::set_time_zone, Person;
        get "/password/forgot" => crate::account::security::forgot_page, Public;
        post "/password/forgot" => crate::account::security::forgot, Public;
        get "/password/reset" => crate::account::security::reset_page, Link;
        post "/password/reset" => crate::account::security::reset, Link;
        post "/admin/people/{uid}/reset-2fa" => crate::account::security::admin_reset_two_factor, Person;
        get "/account/email" => crate::account::web::email, Person;
        post "/account/email/verify" => crate::account::web::email_verify, Person;
        post "/account/email/change" => crate::account::web::email_change, Person;
        post "/account/email/confirm" => crate::account::web::email_confirm, Person;
        get "/admin/security" => crate::account::security::admin_page, Person;
        get "/api/v1/admin/security" => crate::account::security::admin_page, Person;
        get "/signin/phrase" => crate::account::security::signin_phrase, Public;
        post "/account/2fa/enable" => crate::account::web::enable_twofactor, Person;
        post "/account/2fa/disable" => crate::account::web::disable_twofactor, Person;
        get "/account/sessions" => crate::account::web::sessions_page, Person;
        post "/account/sessions/end-others" => crate::account::web::end_others, Person;
        post "/account/sessions/{id}/end" => crate::account::web::end_session, Person;
        get "/account/password" => crate::account::web::password_page, Person;
        post "/account/password" => crate::account::web::change_password, Person;
        get "/api/v1/me/sessions" => crate::account::web::api_sessions, Person;
        post "/api/v1/me/sessions/{id}/end" => crate::account::web::api_end_session, Person;
    }
    people {
        get "/access-requests" => crate::people::web::requests_page, Person;
        post "/access-requests" => crate::people::web::request_access, Person;
        post "/admin/access-requests/{id}/approve" => crate::people::web::approve_request, Person;
        post "/admin/access-requests/{id}/refuse" => crate::people::web::refuse_request, Person;
        get "/orders/{id}/access" => crate::people::web::order_access, Person;
        get "/admin/people/{uid}/access" => crate::people::web::person_access, Person;
        get "/admin/people" => crate::people::web::list, Person;
        post "/admin/people" => crate::people::web::add, Person;
        get "/admin/people/new" => crate::people::web::new_form, Person;
        get "/admin/people/{uid}" => crate::people::web::edit_form, Person;
        post "/admin/people/{uid}" => crate::people::web::update, Person;
        post "/admin/people/{uid}/remove" => crate::people::web::remove, Person;
        get "/admin/customers" => crate::people::web::customers, Person;
        post "/admin/customers" => crate::people::web::add_customer, Person;
        get "/api/v1/orders/{id}/access" => crate::people::web::api_order_access, Person;
        get "/api/v1/people" => crate::people::web::api_list, Person;
        post "/api/v1/access-requests/{id}/approve" => crate::people::web::api_approve_request, Person;
        post "/api/v1/access-requests/{id}/refuse" => crate::people::web::api_refuse_request, Person;
        get "/api/v1/access-requests" => crate::people::web::api_requests, Person;
        post "/api/v1/access-requests" => crate::people::web::api_request_access, Person;
        get "/api/v1/people/{uid}/access" => crate::people::web::api_person_access, Person;
    }
    orders {
        get "/orders" => crate::orders::web::list, Person;
        get "/orders/export.csv" => crate::orders::web::export, Person;
        post "/orders" => crate::orders::web::create, Person;
        get "/orders/new" => crate::orders::web::new_form, Person;
        get "/orders/{id}" => crate::orders::web::show, Person;
        post "/orders/{id}" => crate::orders::web::update, Person;
        get "/orders/{id}/edit" => crate::orders::web::edit_form, Person;
        post "/orders/{id}/milestones" => crate::orders::web::add_milestone, Person;
        post "/orders/{id}/milestones/{mid}" => crate::orders::web::update_milestone, Person;
        post "/orders/{id}/transition" => crate::orders::moves::transition, Person;
        post "/orders/{id}/step-back" => crate::orders::moves::step_back, Person;
        post "/orders/{id}/staff" => crate::orders::web::assign, Person;
        post "/orders/{id}/staff/{uid}/remove" => crate::orders::web::unassign, Person;
        get "/admin/templates" => crate::orders::web::templates_page, Person;
        post "/admin/templates" => crate::orders::web::create_template, Person;
        get "/api/v1/me" => crate::orders::api::me, Person, OrdersRead;
        get "/api/v1/orders" => crate::orders::api::list, Person, OrdersRead;
        post "/api/v1/orders" => crate::orders::api::create, Person, OrdersWrite;
        get "/api/v1/orders/export.csv" => crate::orders::web::export, Person, OrdersRead;
        get "/api/v1/orders/{id}" => crate::orders::api::show, Person, OrdersRead;
        post "/api/v1/orders/{id}/transitions" => crate::orders::moves::api_transition, Person, OrdersWrite;
        post "/api/v1/orders/{id}/milestones" => crate::orders::api::add_milestone, Person, UpdatesWrite;
        post "/api/v1/orders/{id}/milestones/{mid}" => crate::orders::api::update_milestone, Person, UpdatesWrite;
        get "/api/v1/milestone-templates" => crate::orders::api::templates, Person, OrdersRead;
    }
    timeline {
        post "/orders/{id}/updates" => crate::timeline::web::post_update, Person;
        post "/orders/{id}/comments" => crate::timeline::web::post_comment, Person;
        get "/api/v1/orders/{id}/timeline" => crate::timeline::web::api_page, Person, OrdersRead;
        post "/api/v1/orders/{id}/updates" => crate::timeline::web::api_update, Person, UpdatesWrite;
        post "/api/v1/orders/{id}/comments" => crate::timeline::web::api_comment, Person;
    }
    decisions {
        post "/orders/{id}/decisions" => crate::decisions::web::request, Person;
        post "/orders/{id}/decisions/{did}/answer" => crate::decisions::web::answer, Person;
        post "/orders/{id}/decisions/{did}/withdraw" => crate::decisions::web::withdraw, Person;
        get "/api/v1/orders/{id}/decisions" => crate::decisions::web::api_of_order, Person, OrdersRead;
        post "/api/v1/orders/{id}/decisions" => crate::decisions::web::api_request, Person;
        post "/api/v1/orders/{id}/decisions/{did}/answer" => crate::decisions::web::api_answer, Person;
        post "/api/v1/orders/{id}/decisions/{did}/withdraw" => crate::decisions::web::api_withdraw, Person;
        get "/api/v1/decisions" => crate::decisions::web::api_list, Person, OrdersRead;
    }
    files {
        get "/orders/{id}/files" => crate::files::web::page, Person;
        post "/orders/{id}/files" => crate::files::web::upload, Person;
        get "/files/{id}" => crate::files::web::show, Person;
        get "/files/{id}/content" => crate::files::web::content, Person;
        head "/files/{id}/content" => crate::files::web::content, Person;
        post "/files/{id}/versions" => crate::files::web::upload_version, Person;
        get "/files/{id}/{which:thumb|preview}" => crate::files::web::derivative, Person;
        get "/api/v1/orders/{id}/files" => crate::files::web::api_list, Person, OrdersRead;
        post "/api/v1/orders/{id}/files" => crate::files::web::api_upload, Person, FilesWrite;
        get "/api/v1/files/{id}" => crate::files::web::api_show, Person, OrdersRead;
        get "/api/v1/files/{id}/content" => crate::files::web::content, Person, OrdersRead;
        head "/api/v1/files/{id}/content" => crate::files::web::content, Person, OrdersRead;
        post "/api/v1/files/{id}/versions" => crate::files::web::upload_version, Person, FilesWrite;
    }
    documents {
        post "/files/{id}/issue" => crate::documents::issuing::issue, Person;
        post "/files/{id}/issue/approve" => crate::documents::issuing::approve, Person;
        post "/files/{id}/issue/withdraw" => crate::documents::issuing::withdraw, Person;
        post "/api/v1/files/{id}/issue" => crate::documents::issuing::api_issue, Person;
        post "/api/v1/files/{id}/issue/approve" => crate::documents::issuing::api_approve, Person;
        post "/api/v1/files/{id}/issue/withdraw" => crate::documents::issuing::api_withdraw, Person;
        get "/verify" => crate::documents::web::form, Public;
        post "/verify" => crate::documents::web::submit, Public;
        post "/api/v1/verify" => crate::documents::web::api, Public;
        get "/api/v1/signing-key" => crate::documents::web::public_key, Public;
    }
    notifications {
        get "/notifications" => crate::notifications::web::page, Person;
        post "/notifications/read-all" => crate::notifications::web::read_all, Person;
        post "/notifications/{id}/read" => crate::notifications::web::read, Person;
        get "/account/notifications" => crate::notifications::web::preferences, Person;
        post "/account/notifications" => crate::notifications::web::save_preferences, Person;
        get "/api/v1/notifications" => crate::notifications::web::api_list, Person;
        post "/api/v1/notifications/read-all" => crate::notifications::web::read_all, Person;
        post "/api/v1/notifications/{id}/read" => crate::notifications::web::read, Person;
        get "/api/v1/notification-preferences" => crate::notifications::web::api_preferences, Person;
        put "/api/v1/notification-preferences" => crate::notifications::web::api_save_preferences, Person;
    }
    reports {
        get "/reports" => crate::reports::web::page, Person;
        post "/reports" => crate::reports::web::request_for_org, Person;
        get "/reports/{id}/pdf" => crate::reports::web::pdf, Person;
        head "/reports/{id}/pdf" => crate::reports::web::pdf, Person;
        get "/orders/{id}/reports" => crate::reports::web::order_page, Person;
        post "/orders/{id}/reports" => crate::reports::web::request_for_order, Person;
        get "/api/v1/reports" => crate::reports::web::api_list, Person, OrdersRead;
        post "/api/v1/reports" => crate::reports::web::api_request, Person, ReportsWrite;
        get "/api/v1/orders/{id}/reports" => crate::reports::web::api_list, Person, OrdersRead;
        get "/api/v1/reports/{id}" => crate::reports::web::api_show, Person, OrdersRead;
        get "/api/v1/reports/{id}/pdf" => crate::reports::web::pdf, Person, OrdersRead;
    }
    payments {
        get "/payments" => crate::payments::web::page, Person;
        post "/payments" => crate::payments::web::propose, Person;
        post "/payments/records" => crate::payments::web::record, Person;
        post "/payments/{id}/approve" => crate::payments::web::approve, Person;
        post "/payments/{id}/cancel" => crate::payments::web::cancel, Person;
        post "/payments/{id}/acknowledge" => crate::payments::web::acknowledge, Person;
        get "/payments/{id}/pdf" => crate::payments::web::sheet, Person;
        get "/admin/fraud-signals" => crate::payments::web::fraud_page, Person;
        get "/api/v1/payment-instructions" => crate::payments::api::api_list, Person;
        post "/api/v1/payment-instructions" => crate::payments::api::api_propose, Person;
        post "/api/v1/payment-instructions/{id}/approve" => crate::payments::api::api_approve, Person;
        post "/api/v1/payment-instructions/{id}/cancel" => crate::payments::api::api_cancel, Person;
        post "/api/v1/payment-instructions/{id}/acknowledge" => crate::payments::web::acknowledge, Person;
        get "/api/v1/payment-instructions/{id}/acknowledgements" => crate::payments::api::api_acknowledgements, Person;
        get "/api/v1/payment-instructions/{id}/pdf" => crate::payments::web::sheet, Person;
        get "/api/v1/payments" => crate::payments::api::api_records, Person;
        post "/api/v1/payments" => crate::payments::api::api_record, Person;
        get "/api/v1/admin/fraud-signals" => crate::payments::web::api_fraud, Person;
    }
    jobs {
        get "/admin/jobs" => crate::web::jobs::page, Person;
        post "/admin/jobs/{id}/retry" => crate::web::jobs::retry, Person;
    }
    api_tokens {
        get "/admin/api-tokens" => crate::api_tokens::web::page, Person;
        post "/admin/api-tokens" => crate::api_tokens::web::create, Person;
        post "/admin/api-tokens/{id}/revoke" => crate::api_tokens::web::revoke, Person;
        get "/api/v1/api-tokens" => crate::api_tokens::web::api_list, Person;
        post "/api/v1/api-tokens" => crate::api_tokens::web::api_create, Person;
        post "/api/v1/api-tokens/{id}/revoke" => crate::api_tokens::web::revoke, Person;
    }
    webhooks {
        get "/admin/webhooks" => crate::webhooks::pages::page, Person;
        post "/admin/webhooks" => crate::webhooks::pages::create, Person;
        get "/admin/webhooks/{id}" => crate::webhooks::pages::show, Person;
        post "/admin/webhooks/{id}/disable" => crate::webhooks::api::disable, Person;
        post "/admin/webhooks/{id}/enable" => crate::webhooks::api::enable, Person;
        post "/admin/webhooks/{id}/delete" => crate::webhooks::api::delete, Person;
        post "/admin/webhooks/{id}/test" => crate::webhooks::api::test, Person;
        get "/api/v1/webhooks" => crate::webhooks::api::list, Person;
        post "/api/v1/webhooks" => crate::webhooks::api::create, Person;
        get "/api/v1/webhooks/{id}" => crate::webhooks::api::show, Person;
        post "/api/v1/webhooks/{id}/disable" => crate::webhooks::api::disable, Person;
        post "/api/v1/webhooks/{id}/enable" => crate::webhooks::api::enable, Person;
        post "/api/v1/webhooks/{id}/delete" => crate::webhooks::api::delete, Person;
        post "/api/v1/webhooks/{id}/test" => crate::webhooks::api::test, Person;
        get "/api/v1/webhooks/{id}/deliveries" => crate::webhooks::api::deliveries, Person;
    }
    audit {
        get "/admin/audit/export.csv" => crate::web::audit::export, Person;
    }
    shares {
        post "/orders/{id}/share" => crate::shares::web::create, Person;
        post "/share-links/{id}/revoke" => crate::shares::web::revoke, Person;
        get "/s/{token}" => crate::shares::web::view, Link;
        get "/s/{token}/files/{id}" => crate::shares::web::file, Link;
        get "/s/{token}/files/{id}/{which:thumb|preview}" => crate::shares::web::derivative, Link;
        post "/s/{token}" => crate::shares::web::unlock, Link;
        get "/api/v1/orders/{id}/share-links" => crate::shares::web::api_list, Person;
        post "/api/v1/orders/{id}/share-links" => crate::shares::web::api_create, Person;
        get "/api/v1/share-links" => crate::shares::web::api_list, Person;
        post "/api/v1/share-links/{id}/revoke" => crate::shares::web::api_revoke, Person;
    }
    invitations {
        get "/admin/invitations/new" => crate::invitations::web::new_form, Person;
        post "/admin/invitations" => crate::invitations::web::create, Person;
        post "/admin/invitations/{id}/revoke" => crate::invitations::web::revoke, Person;
        post "/admin/invitations/{id}/resend" => crate::invitations::web::resend, Person;
        get "/invite" => crate::invitations::web::accept_form, Link;
        post "/invite" => crate::invitations::web::accept, Link;
        get "/api/v1/invitations" => crate::invitations::web::api_list, Person;
        post "/api/v1/invitations" => crate::invitations::web::api_create, Person;
        post "/api/v1/invitations/{id}/revoke" => crate::invitations::web::api_revoke, Person;
    }
    openapi {
        get "/api/v1/openapi.json" => crate::web::openapi::serve, Public;
    }
}

/// The route registered for `method` and the matched `pattern` (HEAD: the GET route, unless
/// the table lists a HEAD of its own).
pub fn find(method: &actix_web::http::Method, pattern: &str) -> Option<&'static Route> {
    let exact = |m: &str| {
        ROUTES
            .iter()
            .find(|r| r.method.as_str() == m && r.path == pattern)
    };
    exact(method.as_str()).or_else(|| {
        (method == actix_web::http::Method::HEAD)
            .then(|| exact("GET"))
            .flatten()
    })
}

/// The methods a path answers to, for the `Allow` of a 405: every route whose pattern
/// matches the path, with HEAD beside GET. Empty: no route has this path (a 404).
pub fn allowed_methods(path: &str) -> Vec<&'static str> {
    static DEFS: std::sync::OnceLock<Vec<(actix_web::dev::ResourceDef, Method)>> =
        std::sync::OnceLock::new();
    let defs = DEFS.get_or_init(|| {
        ROUTES
            .iter()
            .map(|r| (actix_web::dev::ResourceDef::new(r.path), r.method))
            .collect()
    });
    let mut allowed: Vec<&'static str> = Vec::new();
    for (def, method) in defs {
        if !def.is_match(path) {
            continue;
        }
        let names: &[&'static str] = match method {
            Method::Get => &["GET", "HEAD"],
            other => &[other.as_str()],
        };
        for n in names {
            if !allowed.contains(n) {
                allowed.push(n);
            }
        }
    }
    allowed
}

/// The scope an API token needs for a route (`method` and matched `pattern`), or `None` when
/// no token may call it.
pub fn token_scope_for(method: &actix_web::http::Method, pattern: &str) -> Option<TokenScope> {
    find(method, pattern).and_then(|r| r.token)
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::Method as M;

    #[test]
    fn token_scopes_come_from_the_table() {
        assert_eq!(
            token_scope_for(&M::HEAD, "/api/v1/files/{id}/content"),
            Some(TokenScope::OrdersRead)
        );
        assert_eq!(token_scope_for(&M::DELETE, "/api/v1/orders/{id}"), None);
        assert_eq!(token_scope_for(&M::GET, "/api/v1/people"), None);
        // Only JSON API routes, and never a page, are open to tokens.
        for r in ROUTES.iter().filter(|r| r.token.is_some()) {
            assert!(
                r.path.starts_with("/api/v1/"),
                "{} {}",
                r.method.as_str(),
                r.path
            );
            assert_eq!(r.access, Access::Person, "{}", r.path);
        }
        assert_eq!(ROUTES.iter().filter(|r| r.token.is_some()).count(), 25);
    }

    #[test]
    fn allow_lists_the_methods_of_the_path() {
        assert_eq!(allowed_methods("/healthz"), ["GET", "HEAD"]);
        assert_eq!(allowed_methods("/api/v1/orders"), ["GET", "HEAD", "POST"]);
        assert_eq!(
            allowed_methods("/api/v1/files/0191d3b2-0000-7000-8000-000000000000/content"),
            ["GET", "HEAD"]
        );
        assert!(allowed_methods("/nothing/here").is_empty());
        assert_eq!(
            find(&M::HEAD, "/api/v1/orders").map(|r| r.method),
            Some(Method::Get)
        );
    }

    #[test]
    fn every_route_is_registered_once() {
        let mut seen = std::collections::HashSet::new();
        for r in ROUTES {
            assert!(
                seen.insert((r.method, r.path)),
                "{} {} twice",
                r.method.as_str(),
                r.path
            );
        }
    }
}
