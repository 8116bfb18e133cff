//! The world the paginator reads: at least two items in every list, made through the API
//! where it has a way and through the same services otherwise.

use super::{post, token};
use crate::common::TestApp;
use crate::common::world::{self, World};
use diesel::prelude::*;
use portico::auth::session::SessionKind;
use serde_json::json;

/// The ids that fill the lists' paths, and who reads each list.
pub(super) struct Fixtures {
    pub(super) w: World,
    pub(super) admin: String,
    buyer: String,
    instruction: String,
    webhook: String,
}

impl Fixtures {
    /// The path with its ids filled in, or a failure naming a list this test cannot read.
    pub(super) fn uri(&self, path: &str) -> String {
        let filled = match path {
            p if p.starts_with("/api/v1/orders/{id}/") => p.replace("{id}", &self.w.order1),
            p if p.starts_with("/api/v1/people/{uid}/") => p.replace("{uid}", &self.w.admin_a.id),
            p if p.starts_with("/api/v1/payment-instructions/{id}/") => {
                p.replace("{id}", &self.instruction)
            }
            p if p.starts_with("/api/v1/webhooks/{id}/") => p.replace("{id}", &self.webhook),
            p => p.to_string(),
        };
        assert!(
            !filled.contains('{'),
            "{path}: a new list; give it ids and items in tests/it/paging/fill.rs"
        );
        filled
    }

    /// Who reads a list: the admin, except for lists of one's own that only a buyer fills.
    pub(super) fn reader(&self, path: &str) -> &str {
        match path {
            "/api/v1/notifications" => &self.buyer,
            _ => &self.admin,
        }
    }
}

/// The world, with at least two items in every list, made through the API where it has a
/// way and through the same services otherwise.
pub(super) async fn fill(app: &TestApp) -> Fixtures {
    let w = World::build(app);
    let admin = token(app, &w.admin_a.email);
    let today = portico::ids::today();
    for i in 0..2 {
        let body = json!({"customer_org_id": w.org_x, "reference": format!("PG-{i}"), "title": "Paged", "quantity": 10});
        post(app, &admin, "/api/v1/orders", body).await;
        let body = json!({"body": format!("Cutting {i}0% done"), "visibility": "customer"});
        post(
            app,
            &admin,
            &format!("/api/v1/orders/{}/updates", w.order1),
            body,
        )
        .await;
        let order = [&w.order1, &w.order2][i];
        let body = json!({"kind": "sample_approval", "title": format!("Approve lab dip {i}"), "description": ""});
        post(
            app,
            &admin,
            &format!("/api/v1/orders/{order}/decisions"),
            body,
        )
        .await;
        world::share_link(app, &admin, &w.order1).await;
        let body = json!({"email": format!("invitee{i}@xylo.test"), "display_name": "Invitee", "role": "buyer", "customer_org_id": w.org_x, "access": "all"});
        post(app, &admin, "/api/v1/invitations", body).await;
        let body =
            json!({"name": format!("ERP {i}"), "scopes": ["orders:read"], "expires_in_days": 30});
        post(app, &admin, "/api/v1/api-tokens", body).await;
        portico::reports::insert_row(
            &mut app.conn(),
            &portico::reports::NewReport {
                tenant_id: &w.alpha,
                order_id: Some([&w.order1, &w.order2][i]),
                org_id: None,
                period: (today - chrono::Duration::days(7), today),
                trigger: "on_demand",
                by: None,
                language: portico::i18n::Locale::En,
            },
        )
        .unwrap();
        portico::auth::alerts::raise_for(
            &mut app.conn(),
            &w.admin_a.id,
            "password_changed",
            &portico::auth::alerts::Detail::from_ip("203.0.113.9"),
            "203.0.113.9",
        )
        .unwrap();
    }
    world::share_link(app, &admin, &w.order2).await;
    // Bank details: three versions (two proposals cancelled, one waiting).
    let mut instruction = String::new();
    for (i, account) in [
        "DE44500105175407324931",
        "GB82WEST12345698765432",
        "DE89370400440532013000",
    ]
    .iter()
    .enumerate()
    {
        let body = json!({"beneficiary": "Alpha Garments Co., Ltd.", "beneficiary_address": "88 Textile Road, Ningbo", "bank_name": "Bank of China", "bank_address": "139 Yaohang Street, Ningbo", "swift_bic": "BKCHCNBJ92A", "account": account, "currency": "USD"});
        instruction = post(app, &admin, "/api/v1/payment-instructions", body).await["instruction"]
            ["id"]
            .as_str()
            .unwrap()
            .to_string();
        if i < 2 {
            let uri = format!("/api/v1/payment-instructions/{instruction}/cancel");
            post(app, &admin, &uri, json!({"reason": "typo"})).await;
        }
    }
    // A lead buyer's access requests and payments.
    {
        use portico::db::schema::memberships;
        diesel::update(memberships::table.filter(memberships::user_id.eq(&w.buyer_y.id)))
            .set(memberships::is_lead.eq(true))
            .execute(&mut *app.conn())
            .unwrap();
    }
    let lead = token(app, &w.buyer_y.email);
    for i in 0..2 {
        let body = json!({"email": format!("colleague{i}@yonder.test"), "display_name": "Colleague", "note": "New in QA"});
        post(app, &lead, "/api/v1/access-requests", body).await;
        let body = json!({"amount": format!("{}00.00", i + 1), "currency": "USD", "paid_on": today, "paid_to_account": "DE44500105175407324931"});
        post(app, &lead, "/api/v1/payments", body).await;
    }
    // Templates have no API to make them: the service the template page uses.
    let actor = {
        let issued = world::issue(app, &w.admin_a.email, SessionKind::Api);
        let claims = portico::auth::jwt::decode(&app.state.keys.jwt, &issued.access_token).unwrap();
        portico::auth::session::authenticate(&mut app.conn(), &claims, "127.0.0.1").unwrap()
    };
    for name in ["Knitwear", "Denim", "Shirts"] {
        portico::orders::templates::create(&mut app.conn(), &actor, name, "Cutting|3\nSewing|10")
            .unwrap();
    }
    // Webhook endpoints (at a public address: the test app does not allow private ones),
    // and test deliveries queued to the last one.
    let mut webhook = String::new();
    for i in 0..2 {
        let body = json!({"url": format!("https://93.184.216.34/hooks/{i}"), "events": ["order.status_changed"]});
        webhook = post(app, &admin, "/api/v1/webhooks", body).await["id"]
            .as_str()
            .unwrap()
            .to_string();
    }
    for _ in 0..2 {
        post(
            app,
            &admin,
            &format!("/api/v1/webhooks/{webhook}/test"),
            json!({}),
        )
        .await;
    }
    Fixtures {
        webhook,
        buyer: token(app, &w.buyer_granted.email),
        w,
        admin,
        instruction,
    }
}
