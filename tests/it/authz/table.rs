//! The matrix rows of the routes without a hand-written row: for each, the status every
//! actor gets, in `EVERYONE`'s order (anonymous, the other tenant's admin, another
//! customer's buyer, a buyer without a grant, an unassigned QC, the buyer with a grant, the
//! merchandiser, the forwarder granted order1, the admin). Writes are sent with an empty form: what matters here is who is
//! let in (the validation answer, 422, or the redirect of a refusal) and who is not (403,
//! 404, or the sign-in page). Paths are built from the world's ids and the `Fixtures` made
//! through the API; an id of anything else (sessions, security notices, access requests)
//! is a well-formed unknown id (everyone gets 404 or the role refusal before it).

use actix_web::http::Method;

use serde_json::json;

use super::{Check, Fixtures, World};

/// An id of nothing.
const UNKNOWN: &str = "01900000-0000-7000-8000-000000000000";

fn instantiate(pattern: &str, w: &World, f: &Fixtures) -> String {
    let first = pattern
        .trim_start_matches("/api/v1")
        .split('/')
        .nth(1)
        .unwrap_or("");
    pattern
        .split('/')
        .map(|seg| {
            let Some(var) = seg.strip_prefix('{').map(|v| v.trim_end_matches('}')) else {
                return seg.to_string();
            };
            match (first, var.split(':').next().unwrap_or(var)) {
                (_, "mid") => w.milestone1.clone(),
                (_, "did") => w.decision1.clone(),
                (_, "which") => "thumb".into(),
                (_, "file") => "app.css".into(),
                ("admin", "uid") | ("people", "uid") => w.buyer_granted.id.to_string(),
                ("orders", "id") => w.order1.to_string(),
                ("files", "id") => w.photo1.clone(),
                ("reports", "id") => w.report1.clone(),
                ("s", "token") => f.share_token.clone(),
                ("s", "id") => w.photo1.clone(),
                ("payments", "id") | ("payment-instructions", "id") => f.instruction.clone(),
                ("admin", "id") if pattern.contains("/api-tokens/") => f.api_token.clone(),
                ("api-tokens", "id") => f.api_token.clone(),
                ("admin", "id") if pattern.contains("/invitations/") => f.invitation.clone(),
                ("invitations", "id") => f.invitation.clone(),
                ("admin", "id") if pattern.contains("/jobs/") => f.job.clone(),
                ("share-links", "id") => f.share_link.clone(),
                ("notifications", "id") => f.notification.clone(),
                ("setup", "token") => "no-such-setup-link".into(),
                _ => UNKNOWN.into(),
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// A valid body for the API's writes, so that the row shows who is let past the parsing.
fn body(pattern: &str, w: &World) -> Option<serde_json::Value> {
    let today = portico::ids::today();
    let milestone = json!({"name": "Matrix", "planned_date": "2027-01-10", "actual_date": "", "status": "pending", "percent": "0"});
    let post = json!({"body": "matrix", "visibility": "customer", "milestone_id": ""});
    Some(match pattern {
        "/api/v1/orders" => {
            json!({"customer_org_id": w.org_x, "reference": "PO-MATRIX", "title": "t", "quantity": 5})
        }
        "/api/v1/orders/{id}/transitions" => json!({"to": "inspection"}),
        "/api/v1/orders/{id}/milestones" | "/api/v1/orders/{id}/milestones/{mid}" => milestone,
        "/api/v1/orders/{id}/updates" | "/api/v1/orders/{id}/comments" => post,
        "/api/v1/orders/{id}/decisions" => {
            json!({"kind": "shipment_approval", "title": "Approve", "description": ""})
        }
        "/api/v1/orders/{id}/decisions/{did}/answer" => {
            json!({"answer": "approved", "comment": ""})
        }
        "/api/v1/payment-instructions" => {
            json!({"beneficiary": "Alpha Ltd", "beneficiary_address": "", "bank_name": "Bank of China", "bank_address": "", "swift_bic": "BKCHCNBJ", "account": "6222021234567890123", "currency": "USD", "notes": ""})
        }
        "/api/v1/payments" => {
            json!({"order_id": w.order1, "amount": "100.00", "currency": "USD", "paid_on": today.to_string(), "paid_to_account": "6222021234567890123", "paid_to_bic": "", "reference": ""})
        }
        "/api/v1/api-tokens" => json!({"name": "matrix", "scopes": ["orders:read"]}),
        // A public address given as such: nothing to resolve, and nothing is ever sent there.
        "/api/v1/webhooks" => {
            json!({"url": "https://203.0.113.10/matrix", "events": ["order.status_changed"]})
        }
        "/api/v1/invitations" => {
            json!({"email": "matrix@example.test", "display_name": "Matrix", "role": "buyer", "customer_org_id": w.org_x, "access": "all"})
        }
        "/api/v1/orders/{id}/share-links" => {
            json!({"label": "Forwarder", "expires_on": (today + chrono::Duration::days(3)).to_string()})
        }
        "/api/v1/access-requests" => {
            json!({"email": "colleague@example.test", "display_name": "Colleague", "note": ""})
        }
        "/api/v1/reports" => json!({"order_id": w.order1}),
        "/api/v1/auth/step-up" => json!({"password": super::common::PASSWORD}),
        "/api/v1/notification-preferences" => json!({"preferences": []}),
        _ => return None,
    })
}

fn parse(expected: &str) -> [u16; 9] {
    let v: Vec<u16> = expected
        .split_whitespace()
        .map(|s| s.parse().unwrap_or(0))
        .collect();
    v.try_into().unwrap_or([0; 9])
}

pub fn checks(w: &World, f: &Fixtures) -> Vec<Check> {
    TABLE
        .iter()
        .enumerate()
        .map(|(row, (m, pattern, expected))| Check {
            method: Method::from_bytes(m.as_bytes()).unwrap(),
            path: instantiate(pattern, w, f),
            form: vec![],
            json: body(pattern, w),
            expected: parse(expected),
            row: Some(row),
        })
        .collect()
}

#[rustfmt::skip]
const TABLE: &[(&str, &str, &str)] = &[
    ("GET", "/signin/2fa", "303 303 303 303 303 303 303 303 303"),
    ("POST", "/signin/2fa", "303 303 303 303 303 303 303 303 303"),
    // A form where JSON is taken: 415, whoever sends it (the challenge is the credential).
    ("POST", "/api/v1/auth/second-factor", "415 415 415 415 415 415 415 415 415"),
    ("POST", "/api/v1/auth/revoke", "401 204 204 204 204 204 204 204 204"),
    ("GET", "/metrics", "404 404 404 404 404 404 404 404 404"),
    ("GET", "/setup/{token}", "404 404 404 404 404 404 404 404 404"),
    ("POST", "/setup/{token}", "422 422 422 422 422 422 422 422 422"),
    ("GET", "/admin/settings", "303 200 403 403 403 403 403 403 200"),
    ("POST", "/admin/settings", "303 200 403 403 403 403 403 403 200"),
    ("GET", "/account/2fa", "303 200 200 200 200 200 200 200 200"),
    ("GET", "/account/confirm", "303 200 200 200 200 200 200 200 200"),
    ("POST", "/account/confirm", "303 422 422 422 422 422 422 422 422"),
    ("POST", "/api/v1/auth/step-up", "401 204 204 204 204 204 204 204 204"),
    ("GET", "/account/security", "303 200 200 200 200 200 200 200 200"),
    ("POST", "/account/security/{id}/not-me", "303 404 404 404 404 404 404 404 404"),
    ("GET", "/api/v1/me/security-notices", "401 200 200 200 200 200 200 200 200"),
    ("POST", "/api/v1/me/security-notices/{id}/not-me", "401 404 404 404 404 404 404 404 404"),
    ("POST", "/account/phrase", "303 303 303 303 303 303 303 303 303"),
    ("POST", "/account/time-zone", "303 303 303 303 303 303 303 303 303"),
    ("GET", "/password/reset", "200 200 200 200 200 200 200 200 200"),
    ("POST", "/password/reset", "422 422 422 422 429 429 429 429 429"),
    ("POST", "/admin/people/{uid}/reset-2fa", "303 404 403 403 403 403 403 403 303"),
    ("GET", "/account/email", "303 200 200 200 200 200 200 200 200"),
    ("POST", "/account/email/verify", "303 200 200 200 200 200 200 200 200"),
    ("POST", "/account/email/change", "303 422 422 422 422 422 422 422 422"),
    ("POST", "/account/email/confirm", "303 422 422 422 422 422 422 422 422"),
    ("GET", "/api/v1/admin/security", "401 200 403 403 403 403 403 403 200"),
    ("POST", "/account/2fa/enable", "303 422 422 422 422 422 422 422 422"),
    ("POST", "/account/2fa/disable", "303 422 422 422 422 422 422 422 422"),
    ("GET", "/account/sessions", "303 200 200 200 200 200 200 200 200"),
    ("POST", "/account/sessions/end-others", "303 303 303 303 303 303 303 303 303"),
    ("POST", "/account/sessions/{id}/end", "303 404 404 404 404 404 404 404 404"),
    ("GET", "/account/password", "303 200 200 200 200 200 200 200 200"),
    ("POST", "/account/password", "303 422 422 422 422 422 422 422 422"),
    ("GET", "/api/v1/me/sessions", "401 200 200 200 200 200 200 200 200"),
    ("POST", "/api/v1/me/sessions/{id}/end", "401 404 404 404 404 404 404 404 404"),
    ("POST", "/access-requests", "303 403 403 403 403 403 403 403 403"),
    ("POST", "/admin/access-requests/{id}/approve", "303 404 403 403 403 403 403 403 404"),
    ("POST", "/admin/access-requests/{id}/refuse", "303 404 403 403 403 403 403 403 404"),
    ("GET", "/admin/people/{uid}", "303 404 403 403 403 403 403 403 200"),
    ("POST", "/admin/people/{uid}", "303 404 403 403 403 403 403 403 422"),
    ("POST", "/api/v1/access-requests/{id}/approve", "401 404 403 403 403 403 403 403 404"),
    ("POST", "/api/v1/access-requests/{id}/refuse", "401 404 403 403 403 403 403 403 404"),
    ("GET", "/api/v1/access-requests", "401 200 403 403 403 403 403 403 200"),
    ("POST", "/api/v1/access-requests", "401 403 403 403 403 403 403 403 403"),
    ("GET", "/api/v1/people/{uid}/access", "401 404 403 403 403 403 403 403 200"),
    ("POST", "/api/v1/orders", "401 422 403 403 403 403 201 403 409"),
    ("GET", "/api/v1/orders/export.csv", "401 200 200 200 200 200 200 200 200"),
    ("POST", "/api/v1/orders/{id}/transitions", "401 404 404 404 404 403 200 403 409"),
    ("POST", "/orders/{id}/step-back", "303 404 403 403 403 403 403 403 422"),
    ("POST", "/admin/settings/brand", "303 422 403 403 403 403 403 403 422"),
    ("POST", "/api/v1/orders/{id}/milestones", "401 404 404 404 404 403 201 404 201"),
    ("POST", "/api/v1/orders/{id}/milestones/{mid}", "401 404 404 404 404 403 200 404 200"),
    ("POST", "/api/v1/orders/{id}/updates", "401 404 404 404 404 403 201 404 201"),
    ("POST", "/api/v1/orders/{id}/comments", "401 404 404 404 404 201 403 404 403"),
    ("POST", "/api/v1/orders/{id}/decisions", "401 404 404 404 404 403 201 404 201"),
    ("POST", "/api/v1/orders/{id}/decisions/{did}/answer", "401 404 404 404 404 204 403 404 403"),
    ("POST", "/api/v1/orders/{id}/decisions/{did}/withdraw", "401 404 404 404 404 403 204 404 409"),
    ("POST", "/orders/{id}/files", "303 404 404 404 404 403 415 403 415"),
    ("HEAD", "/files/{id}/content", "303 404 404 404 404 200 200 404 200"),
    ("POST", "/files/{id}/versions", "303 404 404 404 404 403 415 404 415"),
    ("POST", "/api/v1/orders/{id}/files", "401 404 404 404 404 403 415 403 415"),
    ("HEAD", "/api/v1/files/{id}/content", "401 404 404 404 404 200 200 404 200"),
    ("POST", "/api/v1/files/{id}/versions", "401 404 404 404 404 403 415 404 415"),
    ("POST", "/files/{id}/issue", "303 404 404 404 404 403 403 404 403"),
    ("POST", "/files/{id}/issue/approve", "303 404 404 404 404 403 403 404 403"),
    ("POST", "/files/{id}/issue/withdraw", "303 404 404 404 404 403 403 404 409"),
    ("POST", "/api/v1/files/{id}/issue", "401 404 404 404 404 403 403 404 403"),
    ("POST", "/api/v1/files/{id}/issue/approve", "401 404 404 404 404 403 403 404 403"),
    ("POST", "/api/v1/files/{id}/issue/withdraw", "401 404 404 404 404 403 403 404 409"),
    ("POST", "/notifications/read-all", "303 303 303 303 303 303 303 303 303"),
    ("POST", "/notifications/{id}/read", "303 404 404 404 404 303 404 404 404"),
    ("POST", "/account/notifications", "303 200 200 200 200 200 200 200 200"),
    ("GET", "/api/v1/notifications", "401 200 200 200 200 200 200 200 200"),
    ("POST", "/api/v1/notifications/read-all", "401 200 200 200 200 200 200 200 200"),
    ("POST", "/api/v1/notifications/{id}/read", "401 404 404 404 404 204 404 404 404"),
    ("GET", "/api/v1/notification-preferences", "401 200 200 200 200 200 200 200 200"),
    ("PUT", "/api/v1/notification-preferences", "401 200 200 200 200 200 200 200 200"),
    ("HEAD", "/reports/{id}/pdf", "303 404 404 404 404 409 409 404 409"),
    ("GET", "/api/v1/reports", "401 200 200 200 200 200 200 200 200"),
    ("POST", "/api/v1/reports", "401 404 404 404 404 202 202 403 202"),
    ("GET", "/api/v1/orders/{id}/reports", "401 404 404 404 404 200 200 404 200"),
    ("GET", "/api/v1/reports/{id}/pdf", "401 404 404 404 404 409 409 404 409"),
    ("POST", "/payments/records", "303 422 422 422 403 422 422 403 422"),
    ("POST", "/payments/{id}/approve", "303 404 403 403 403 403 403 403 403"),
    ("POST", "/payments/{id}/cancel", "303 404 403 403 403 403 403 403 303"),
    ("POST", "/payments/{id}/acknowledge", "303 403 404 404 403 404 403 403 403"),
    ("GET", "/payments/{id}/pdf", "303 404 404 404 404 404 404 404 409"),
    ("GET", "/api/v1/payment-instructions", "401 200 200 200 200 200 200 200 200"),
    ("POST", "/api/v1/payment-instructions", "401 201 403 403 403 403 403 403 201"),
    ("POST", "/api/v1/payment-instructions/{id}/approve", "401 404 403 403 403 403 403 403 403"),
    ("POST", "/api/v1/payment-instructions/{id}/cancel", "401 404 403 403 403 403 403 403 200"),
    ("POST", "/api/v1/payment-instructions/{id}/acknowledge", "401 403 404 404 403 404 403 403 403"),
    ("GET", "/api/v1/payment-instructions/{id}/acknowledgements", "401 404 403 403 403 403 403 403 200"),
    ("GET", "/api/v1/payment-instructions/{id}/pdf", "401 404 404 404 404 404 404 404 409"),
    ("GET", "/api/v1/payments", "401 200 200 200 200 200 200 200 200"),
    ("POST", "/api/v1/payments", "401 422 404 404 403 201 422 403 422"),
    ("GET", "/api/v1/admin/fraud-signals", "401 200 403 403 403 403 403 403 200"),
    ("POST", "/admin/jobs/{id}/retry", "303 404 403 403 403 403 403 403 404"),
    ("GET", "/admin/api-tokens", "303 200 403 403 403 403 403 403 200"),
    ("POST", "/admin/api-tokens", "303 422 403 403 403 403 403 403 422"),
    ("POST", "/admin/api-tokens/{id}/revoke", "303 404 403 403 403 403 403 403 303"),
    ("GET", "/api/v1/api-tokens", "401 200 403 403 403 403 403 403 200"),
    ("POST", "/api/v1/api-tokens", "401 201 403 403 403 403 403 403 201"),
    ("POST", "/api/v1/api-tokens/{id}/revoke", "401 404 403 403 403 403 403 403 204"),
    ("GET", "/admin/webhooks", "303 200 403 403 403 403 403 403 200"),
    ("POST", "/admin/webhooks", "303 422 403 403 403 403 403 403 422"),
    ("GET", "/admin/webhooks/{id}", "303 404 403 403 403 403 403 403 404"),
    ("POST", "/admin/webhooks/{id}/disable", "303 404 403 403 403 403 403 403 404"),
    ("POST", "/admin/webhooks/{id}/enable", "303 404 403 403 403 403 403 403 404"),
    ("POST", "/admin/webhooks/{id}/delete", "303 404 403 403 403 403 403 403 404"),
    ("POST", "/admin/webhooks/{id}/test", "303 404 403 403 403 403 403 403 404"),
    ("GET", "/api/v1/webhooks", "401 200 403 403 403 403 403 403 200"),
    ("POST", "/api/v1/webhooks", "401 201 403 403 403 403 403 403 201"),
    ("GET", "/api/v1/webhooks/{id}", "401 404 403 403 403 403 403 403 404"),
    ("POST", "/api/v1/webhooks/{id}/disable", "401 404 403 403 403 403 403 403 404"),
    ("POST", "/api/v1/webhooks/{id}/enable", "401 404 403 403 403 403 403 403 404"),
    ("POST", "/api/v1/webhooks/{id}/delete", "401 404 403 403 403 403 403 403 404"),
    ("POST", "/api/v1/webhooks/{id}/test", "401 404 403 403 403 403 403 403 404"),
    ("GET", "/api/v1/webhooks/{id}/deliveries", "401 404 403 403 403 403 403 403 404"),
    ("GET", "/admin/audit/export.csv", "303 200 403 403 403 403 403 403 200"),
    ("POST", "/share-links/{id}/revoke", "303 404 403 403 403 403 303 403 303"),
    ("GET", "/s/{token}", "200 200 200 200 200 200 200 200 200"),
    ("GET", "/s/{token}/files/{id}", "200 200 200 200 200 200 200 200 200"),
    ("GET", "/s/{token}/files/{id}/{which:thumb|preview}", "200 200 200 200 200 200 200 200 200"),
    ("POST", "/s/{token}", "303 303 303 303 303 303 303 303 303"),
    ("POST", "/api/v1/orders/{id}/share-links", "401 404 404 404 404 403 201 403 201"),
    ("GET", "/api/v1/share-links", "401 200 403 403 403 403 200 403 200"),
    ("POST", "/api/v1/share-links/{id}/revoke", "401 404 403 403 403 403 204 403 204"),
    ("POST", "/admin/invitations", "303 422 403 403 403 403 422 403 422"),
    ("POST", "/admin/invitations/{id}/revoke", "303 404 403 403 403 403 403 403 303"),
    ("POST", "/admin/invitations/{id}/resend", "303 404 403 403 403 403 403 403 200"),
    ("GET", "/invite", "200 200 200 200 200 200 200 200 200"),
    ("POST", "/invite", "422 422 422 422 422 422 422 422 422"),
    ("GET", "/api/v1/invitations", "401 200 403 403 403 403 200 403 200"),
    ("POST", "/api/v1/invitations", "401 422 403 403 403 403 403 403 201"),
    ("POST", "/api/v1/invitations/{id}/revoke", "401 404 403 403 403 403 403 403 204"),
];
