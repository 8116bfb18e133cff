//! Every list of the API pages one way, and a generic paginator that knows nothing of any
//! particular list reads each one whole: it takes every GET of the served OpenAPI document
//! whose 200 is a page (`items` + `next`), and follows `next` as `after` at `limit=1`, then
//! the `Link` header at `limit=2`, asserting no repeats, termination, the same items as one
//! page of 200, and `next` null exactly on the last page. A list added without the wrapper
//! fails `every_collection_is_a_page`; one added without items in `fill` fails loudly too.

use crate::common;

use std::collections::{BTreeMap, HashSet};

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world;
use common::{TestApp, api, bearer};
use portico::auth::session::SessionKind;
use serde_json::{Value, json};

mod fill;

const PUBLIC: &str = "http://127.0.0.1:8080";

/// GETs whose 200 is one resource that carries arrays of objects (its parts), not a list of
/// resources; each with why it is not paged.
const NOT_LISTS: [(&str, &str); 6] = [
    (
        "/api/v1/dashboard",
        "a summary: each part is capped and links to its paged list",
    ),
    (
        "/api/v1/orders/{id}",
        "an order with its milestones (a few, part of the order)",
    ),
    (
        "/api/v1/files/{id}",
        "a file with the versions of its document",
    ),
    (
        "/api/v1/admin/fraud-signals",
        "a summary of three capped lists for an admin",
    ),
    (
        "/api/v1/admin/security",
        "coverage per role and recent sign-ins: a summary",
    ),
    (
        "/api/v1/notification-preferences",
        "one setting per category (a fixed set)",
    ),
];

fn token(app: &TestApp, email: &str) -> String {
    world::issue(app, email, SessionKind::Api).access_token
}

async fn get(app: &TestApp, token: &str, uri: &str) -> common::Resp {
    app.send(TestRequest::get().uri(uri).insert_header(bearer(token)))
        .await
}

async fn post(app: &TestApp, token: &str, uri: &str, body: Value) -> Value {
    let r = api(app, token, uri, Some(body)).await;
    assert!(r.status.is_success(), "POST {uri}: {} {}", r.status, r.body);
    r.json()
}

fn code(r: &common::Resp) -> String {
    let j = r.json();
    j["code"]
        .as_str()
        .or(j["error"]["code"].as_str())
        .unwrap_or_default()
        .to_string()
}

// ---- the document ----------------------------------------------------------------------

fn deref<'a>(doc: &'a Value, mut s: &'a Value) -> &'a Value {
    while let Some(r) = s["$ref"].as_str() {
        s = doc
            .pointer(r.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("dangling {r}"));
    }
    s
}

/// The properties and required names of an object schema, `allOf` parts merged.
fn shape<'a>(doc: &'a Value, s: &'a Value) -> (BTreeMap<String, &'a Value>, HashSet<String>) {
    let s = deref(doc, s);
    let mut props = BTreeMap::new();
    let mut required = HashSet::new();
    for part in s["allOf"].as_array().into_iter().flatten() {
        let (p, r) = shape(doc, part);
        props.extend(p);
        required.extend(r);
    }
    for (k, v) in s["properties"].as_object().into_iter().flatten() {
        props.insert(k.clone(), v);
    }
    for r in s["required"].as_array().into_iter().flatten() {
        required.insert(r.as_str().unwrap().to_string());
    }
    (props, required)
}

fn is_array(doc: &Value, s: &Value) -> bool {
    let s = deref(doc, s);
    s["type"] == "array"
        || s["type"]
            .as_array()
            .is_some_and(|t| t.contains(&json!("array")))
}

/// An array whose items are objects: a collection of resources.
fn is_collection(doc: &Value, s: &Value) -> bool {
    if !is_array(doc, s) {
        return false;
    }
    let items = deref(doc, &deref(doc, s)["items"]);
    items["type"] == "object" || items.get("properties").is_some() || items.get("allOf").is_some()
}

/// Every GET under /api/v1 with its JSON 200 schema.
fn json_gets(doc: &Value) -> Vec<(String, &Value, &Value)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        let Some(op) = item.get("get") else { continue };
        let ok = deref(doc, &op["responses"]["200"]);
        if let Some(schema) = ok["content"]["application/json"].get("schema") {
            out.push((path.clone(), op, schema));
        }
    }
    out
}

/// The lists: GETs whose 200 is a page.
fn lists(doc: &Value) -> Vec<String> {
    json_gets(doc)
        .into_iter()
        .filter(|(_, _, s)| shape(doc, s).0.contains_key("items"))
        .map(|(p, _, _)| p)
        .collect()
}

async fn served_document(app: &TestApp) -> Value {
    let r = app
        .send(TestRequest::get().uri("/api/v1/openapi.json"))
        .await;
    assert_eq!(r.status, StatusCode::OK);
    r.json()
}

#[actix_web::test]
async fn every_collection_is_a_page() {
    let doc = portico::web::openapi::document();
    let (mut wrong, mut exempt_seen) = (Vec::new(), Vec::new());
    for (path, op, schema) in json_gets(&doc) {
        if is_array(&doc, schema) {
            wrong.push(format!("{path}: a bare array, not a page"));
            continue;
        }
        let (props, required) = shape(&doc, schema);
        let collections: Vec<&String> = props
            .iter()
            .filter(|(k, v)| *k != "items" && is_collection(&doc, v))
            .map(|(k, _)| k)
            .collect();
        let Some(items) = props.get("items") else {
            match (
                collections.is_empty(),
                NOT_LISTS.iter().any(|(p, _)| *p == path),
            ) {
                (false, false) => {
                    wrong.push(format!("{path}: {collections:?} listed without paging"))
                }
                (false, true) => exempt_seen.push(path),
                (true, true) => wrong.push(format!(
                    "{path}: no list in it any more; drop it from NOT_LISTS"
                )),
                (true, false) => {}
            }
            continue;
        };
        let next = props.get("next").map(|n| deref(&doc, n).to_string());
        let params: Vec<&Value> = op["parameters"].as_array().into_iter().flatten().collect();
        let param = |name: &str| {
            params
                .iter()
                .map(|p| deref(&doc, p))
                .find(|p| p["name"] == name && p["in"] == "query")
        };
        let limit = param("limit").map(|p| &p["schema"]);
        let problems = [
            (!is_array(&doc, items), "`items` is not an array"),
            (!collections.is_empty(), "another list beside `items`"),
            (
                !required.contains("items") || !required.contains("next"),
                "`items` and `next` not both required",
            ),
            (
                !next.as_deref().is_some_and(|n| n.contains("null")),
                "`next` not nullable",
            ),
            (param("after").is_none(), "no `after` parameter"),
            (
                !limit.is_some_and(|l| l["minimum"] == 1 && l["maximum"] == 200),
                "`limit` not 1 to 200",
            ),
            (
                deref(&doc, &op["responses"]["200"])["headers"]
                    .get("Link")
                    .is_none(),
                "no `Link` header on its 200",
            ),
        ];
        for (bad, what) in problems {
            if bad {
                wrong.push(format!("{path}: {what}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert_eq!(
        exempt_seen.len(),
        NOT_LISTS.len(),
        "NOT_LISTS names a GET that is gone: {exempt_seen:?}"
    );
    assert!(lists(&doc).len() >= 22, "{:?}", lists(&doc));
}

// ---- the paginator -----------------------------------------------------------------------

fn key(item: &Value) -> String {
    item.get("id")
        .or(item.get("user_id"))
        .map_or_else(|| item.to_string(), Value::to_string)
}

fn keys(page: &Value) -> Vec<String> {
    page["items"].as_array().unwrap().iter().map(key).collect()
}

/// The `Link: <…>; rel="next"` target as a request URI, if there is one.
fn next_link(r: &common::Resp) -> Option<String> {
    let link = r.header("link");
    if link.is_empty() {
        return None;
    }
    assert!(link.ends_with("; rel=\"next\""), "{link}");
    let url = link.trim_start_matches('<').split('>').next().unwrap();
    Some(
        url.strip_prefix(PUBLIC)
            .unwrap_or_else(|| panic!("not absolute on the public URL: {link}"))
            .to_string(),
    )
}

/// Reads one list whole three ways and checks that they agree.
async fn page_through(app: &TestApp, who: &str, uri: &str) {
    let one = get(app, who, &format!("{uri}?limit=200")).await;
    assert_eq!(one.status, StatusCode::OK, "{uri}: {}", one.body);
    let all = keys(&one.json());
    assert!(
        one.json()["next"].is_null() && next_link(&one).is_none(),
        "{uri}"
    );
    assert!(
        all.len() >= 2,
        "{uri}: give it two items or more to page ({})",
        one.body
    );
    assert_eq!(
        all.iter().collect::<HashSet<_>>().len(),
        all.len(),
        "{uri}: repeats in one page"
    );

    // `next` as `after`, one at a time.
    let (mut seen, mut after, mut pages) = (Vec::new(), None::<String>, 0);
    loop {
        pages += 1;
        assert!(pages <= all.len() + 1, "{uri}: does not end");
        let page_uri = match &after {
            None => format!("{uri}?limit=1"),
            Some(a) => format!("{uri}?limit=1&after={a}"),
        };
        let r = get(app, who, &page_uri).await;
        assert_eq!(r.status, StatusCode::OK, "{page_uri}: {}", r.body);
        let page = r.json();
        let got = keys(&page);
        assert_eq!(got.len(), 1, "{page_uri}: {}", r.body);
        for k in got {
            assert!(!seen.contains(&k), "{uri}: {k} again on page {pages}");
            seen.push(k);
        }
        let next = page["next"].as_str().map(String::from);
        assert_eq!(
            next.is_some(),
            seen.len() < all.len(),
            "{page_uri}: `next` is null exactly on the last page"
        );
        assert_eq!(
            next_link(&r).is_some(),
            next.is_some(),
            "{page_uri}: `Link` with `next`"
        );
        match next {
            Some(n) => after = Some(n),
            None => break,
        }
    }
    assert_eq!(
        seen, all,
        "{uri}: pages of one hold what one page of 200 holds"
    );

    // The `Link` header, two at a time.
    let (mut seen, mut at, mut pages) = (Vec::new(), Some(format!("{uri}?limit=2")), 0);
    while let Some(page_uri) = at.take() {
        pages += 1;
        assert!(pages <= all.len(), "{uri}: the links do not end");
        let r = get(app, who, &page_uri).await;
        assert_eq!(r.status, StatusCode::OK, "{page_uri}: {}", r.body);
        seen.extend(keys(&r.json()));
        at = next_link(&r);
        if let Some(l) = &at {
            assert!(
                l.starts_with(&format!("{uri}?")) && l.contains("limit=2"),
                "{l}"
            );
        }
    }
    assert_eq!(seen, all, "{uri}: following `Link`");

    // Out of range or unreadable: 400, with a code that says which.
    for bad in ["0", "201", "-1", "x", "1.5"] {
        let r = get(app, who, &format!("{uri}?limit={bad}")).await;
        assert_eq!(
            r.status,
            StatusCode::BAD_REQUEST,
            "{uri}?limit={bad}: {}",
            r.body
        );
        assert_eq!(code(&r), "invalid_limit", "{uri}?limit={bad}");
    }
    let r = get(app, who, &format!("{uri}?after=not-a-cursor")).await;
    assert_eq!(
        r.status,
        StatusCode::BAD_REQUEST,
        "{uri}?after=…: {}",
        r.body
    );
    assert_eq!(code(&r), "invalid_cursor", "{uri}");
}

on_both_backends!(
    every_list_pages_through_without_repeats,
    |app: TestApp| async move {
        let f = fill::fill(&app).await;
        let doc = served_document(&app).await;
        let lists = lists(&doc);
        assert!(
            lists.iter().any(|p| p == "/api/v1/orders/{id}/timeline"),
            "{lists:?}"
        );
        for path in &lists {
            page_through(&app, f.reader(path), &f.uri(path)).await;
        }
        // The other parameters stay in the link; the timeline takes `after` (not page 1 again).
        let r = get(
            &app,
            &f.admin,
            "/api/v1/orders?status=in_production&limit=1",
        )
        .await;
        let link = next_link(&r).expect("three orders in production");
        assert!(link.contains("status=in_production"), "{link}");
        let timeline = format!("/api/v1/orders/{}/timeline", f.w.order1);
        let first = get(&app, &f.admin, &format!("{timeline}?limit=1"))
            .await
            .json();
        let after = first["next"].as_str().unwrap();
        let second = get(&app, &f.admin, &format!("{timeline}?limit=1&after={after}"))
            .await
            .json();
        assert_ne!(keys(&first), keys(&second));
    }
);
