//! The OpenAPI document covers the JSON API exactly: every `/api/v1` route in the route table
//! is described, nothing else is, and the document is internally sound (references resolve,
//! path parameters declared, a success response for each operation). Whether responses match
//! the schemas is checked by schemathesis against a running server in `.ci/run`.

use crate::common;

use std::collections::BTreeSet;

use actix_web::test::TestRequest;
use common::{Backend, TestApp};
use serde_json::Value;

const METHODS: [&str; 6] = ["get", "head", "post", "put", "delete", "patch"];

/// `(METHOD, path)` of every `/api/v1` route in the route list (`portico::web::routes::ROUTES`),
/// which also registers them, so a new route cannot be added without being seen here.
fn routes_in_table() -> BTreeSet<(String, String)> {
    let found: BTreeSet<(String, String)> = portico::web::routes::ROUTES
        .iter()
        .filter(|r| r.path.starts_with("/api/v1/"))
        .map(|r| (r.method.as_str().to_string(), r.path.to_string()))
        .collect();
    assert!(found.len() > 60, "the route list is empty: {found:?}");
    found
}

fn operations(doc: &Value) -> Vec<(String, String, &Value)> {
    let mut ops = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for m in METHODS {
            if let Some(op) = item.get(m) {
                ops.push((m.to_uppercase(), path.clone(), op));
            }
        }
    }
    ops
}

#[test]
fn every_json_route_is_documented_and_nothing_else() {
    let doc = portico::web::openapi::document();
    let documented: BTreeSet<(String, String)> = operations(&doc)
        .into_iter()
        .map(|(m, p, _)| (m, p))
        .collect();
    let table = routes_in_table();
    let missing: Vec<_> = table.difference(&documented).collect();
    let extra: Vec<_> = documented.difference(&table).collect();
    assert!(
        missing.is_empty(),
        "routes without documentation: {missing:#?}"
    );
    assert!(extra.is_empty(), "documented but not routed: {extra:#?}");
}

fn resolve<'a>(doc: &'a Value, reference: &str) -> Option<&'a Value> {
    doc.pointer(reference.strip_prefix('#')?)
}

fn check_refs(doc: &Value, v: &Value, broken: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref")
                && resolve(doc, r).is_none()
            {
                broken.push(r.clone());
            }
            map.values().for_each(|x| check_refs(doc, x, broken));
        }
        Value::Array(items) => items.iter().for_each(|x| check_refs(doc, x, broken)),
        _ => {}
    }
}

#[test]
fn the_document_is_sound() {
    let doc = portico::web::openapi::document();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));

    let mut broken = Vec::new();
    check_refs(&doc, &doc, &mut broken);
    assert!(broken.is_empty(), "unresolved references: {broken:?}");

    // States and kinds are documented by their stored names, the ones the JSON carries.
    let schemas = &doc["components"]["schemas"];
    for (name, ty) in [
        (
            "OrderStatus",
            portico::orders::OrderStatus::ALL
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>(),
        ),
        (
            "MilestoneStatus",
            portico::orders::milestones::MilestoneStatus::ALL
                .iter()
                .map(|s| s.as_str())
                .collect(),
        ),
        (
            "Visibility",
            portico::timeline::Visibility::ALL
                .iter()
                .map(|s| s.as_str())
                .collect(),
        ),
    ] {
        assert_eq!(schemas[name]["enum"], serde_json::json!(ty), "{name}");
    }
    assert!(
        schemas["OrderStatus"]["enum"]
            .to_string()
            .contains("\"in_production\"")
    );

    let mut ids = BTreeSet::new();
    for (method, path, op) in operations(&doc) {
        let id = op["operationId"].as_str().unwrap_or_default().to_string();
        assert!(
            ids.insert(id.clone()),
            "{method} {path}: operationId {id} used twice"
        );
        assert!(
            op["tags"].as_array().is_some_and(|t| !t.is_empty()),
            "{method} {path}: no tag"
        );
        let responses = op["responses"].as_object().unwrap();
        assert!(
            responses.keys().any(|s| s.starts_with('2')),
            "{method} {path}: no success response"
        );
        assert!(
            responses.contains_key("500") && responses.contains_key("503"),
            "{method} {path}: the shared error responses are missing"
        );
        // The error list is true to the operation: who may call it, what it takes.
        let public = op["security"]
            .as_array()
            .is_some_and(|a| a.iter().any(|r| r == &serde_json::json!({})));
        assert_eq!(
            responses.contains_key("401"),
            !public || path == "/api/v1/auth/token",
            "{method} {path}: 401"
        );
        assert_eq!(
            responses.contains_key("404"),
            path.contains('{') || !public && method != "GET",
            "{method} {path}: 404"
        );
        if method == "GET" && !op["parameters"].is_array() {
            assert!(!responses.contains_key("422"), "{method} {path}: 422");
        }
        for (status, r) in responses {
            // HEAD answers carry no body.
            if method != "HEAD" && (status.starts_with('4') || status.starts_with('5')) {
                let r = match r.get("$ref").and_then(Value::as_str) {
                    Some(reference) => resolve(&doc, reference).unwrap(),
                    None => r,
                };
                assert!(
                    r["content"]["application/problem+json"].is_object(),
                    "{method} {path} {status}: not a problem document"
                );
            }
            if status == "201" {
                assert!(
                    r["headers"]["Location"].is_object(),
                    "{method} {path}: 201 without Location"
                );
            }
        }
        // Every `{name}` of the path is a declared path parameter.
        let declared: BTreeSet<&str> = op["parameters"]
            .as_array()
            .map(|ps| {
                ps.iter()
                    .filter(|p| p["in"] == "path")
                    .filter_map(|p| p["name"].as_str())
                    .collect()
            })
            .unwrap_or_default();
        let templated: BTreeSet<&str> = path
            .split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}').map(|(n, _)| n))
            .collect();
        assert_eq!(declared, templated, "{method} {path}: path parameters");
    }
}

#[test]
fn token_scopes_name_documented_routes_and_are_described() {
    let doc = portico::web::openapi::document();
    for r in portico::web::routes::ROUTES {
        let Some(scope) = r.token else { continue };
        let (method, path) = (r.method.as_str(), r.path);
        let op = &doc["paths"][path][method.to_lowercase()];
        assert!(
            op.is_object(),
            "the route list gives {method} {path} a token scope, but it is not an operation"
        );
        let text = op["description"].as_str().unwrap_or_default();
        assert!(
            text.contains(&format!("`{}` scope", scope.as_str())),
            "{method} {path}: {text}"
        );
    }
    let people = &doc["paths"]["/api/v1/orders/{id}/milestones"]["post"]["description"];
    assert!(!people.as_str().unwrap().contains("not allowed"));
}

#[actix_web::test]
async fn the_document_is_served_without_signing_in() {
    let Some(app) = TestApp::new(Backend::Sqlite).await else {
        return;
    };
    let resp = app
        .send(TestRequest::get().uri("/api/v1/openapi.json"))
        .await;
    assert_eq!(resp.status.as_u16(), 200);
    assert!(resp.header("content-type").starts_with("application/json"));
    let doc = resp.json();
    assert_eq!(doc, portico::web::openapi::document());
    assert!(doc["paths"]["/api/v1/orders"]["get"].is_object());
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
}

/// What a client generator needs to make types of the document: no tuple schemas (generators
/// refuse `items: false`), timestamps as `date-time`, the enum-like fields as enums, one
/// naming scheme for `operationId`s.
#[test]
fn the_contract_is_typed() {
    let doc = portico::web::openapi::document();
    fn walk(v: &Value, at: &str, bad: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                if m.get("items") == Some(&Value::Bool(false)) || m.contains_key("prefixItems") {
                    bad.push(format!("{at}: a tuple"));
                }
                if m.get("pattern")
                    .and_then(Value::as_str)
                    .is_some_and(|p| p.contains(r"T\d{2}"))
                {
                    bad.push(format!("{at}: a timestamp without an offset"));
                }
                for (k, v) in m {
                    walk(v, &format!("{at}/{k}"), bad);
                }
            }
            Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, v)| walk(v, &format!("{at}/{i}"), bad)),
            _ => {}
        }
    }
    let mut bad = Vec::new();
    walk(&doc, "", &mut bad);
    assert!(bad.is_empty(), "{bad:#?}");
    let schema = |name: &str| doc["components"]["schemas"][name].clone();
    let property = |s: &str, p: &str| {
        let v = schema(s)["properties"][p].clone();
        match v.get("$ref").and_then(Value::as_str) {
            Some(r) => resolve(&doc, r).unwrap().clone(),
            None => v,
        }
    };
    for (s, p) in [
        ("Notification", "created_at"),
        ("ApiToken", "revoked_at"),
        ("Decision", "requested_at"),
    ] {
        let v = property(s, p);
        assert_eq!(v["format"], "date-time", "{s}.{p}: {v}");
    }
    // Enums where the values are a fixed set, in and out alike.
    let values = |v: &Value| -> Vec<String> {
        let v = v
            .get("oneOf")
            .and_then(|o| o[0].as_object())
            .map_or(v.clone(), |o| Value::Object(o.clone()));
        let v = match v.get("$ref").and_then(Value::as_str) {
            Some(r) => resolve(&doc, r).unwrap().clone(),
            None => v,
        };
        v["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("not an enum: {v}"))
            .iter()
            .map(|x| x.as_str().unwrap().to_string())
            .collect()
    };
    assert!(values(&property("Person", "role")).contains(&"buyer".to_string()));
    assert!(values(&property("Notification", "kind")).contains(&"report_ready".to_string()));
    let scopes_out = values(&property("ApiToken", "scopes")["items"]);
    assert_eq!(
        scopes_out,
        values(&property("CreatedApiToken", "scopes")["items"])
    );
    let scopes_in = values(&property("ApiTokenInput", "scopes")["items"]);
    assert_eq!(scopes_out, scopes_in);
    assert!(scopes_in.contains(&"reports:write".to_string()));
    // Numbers as numbers.
    let percent = property("MilestoneInput", "percent");
    assert!(
        percent["type"] == "integer"
            || percent["type"]
                .as_array()
                .is_some_and(|t| t.contains(&"integer".into())),
        "{percent}"
    );
    // operationIds: unique, snake_case verb first.
    let mut seen = BTreeSet::new();
    for (method, path, op) in operations(&doc) {
        let id = op["operationId"]
            .as_str()
            .unwrap_or_else(|| panic!("{method} {path}: no operationId"));
        assert!(seen.insert(id.to_string()), "{id} twice");
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c == '_' || c.is_ascii_digit()),
            "{method} {path}: {id} is not snake_case"
        );
    }
}
