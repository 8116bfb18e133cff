//! The one way every JSON list of `/api/v1` pages: `?limit=` (a whole number from 1 to 200,
//! 50 when absent) and `?after=` (the `next` of the previous page), answered with
//! `{"items": [...], "next": "<cursor>" | null}` and, while there is a next page, an RFC 8288
//! `Link: <…>; rel="next"` header that keeps the request's other parameters.
//!
//! Cursors are keysets, never offsets: a page starts strictly after the last item of the one
//! before, so an item added or removed meanwhile neither repeats nor hides another. Lists in
//! id order (UUIDv7, so creation order) use the last item's id; lists in another order use
//! base64url of the JSON of the last item's sort key, ending with its id. Both are opaque to
//! clients, and one that does not decode is a 400 `invalid_cursor`.
//!
//! The domain's list functions take a [`Keyset`] and return a [`Page`]; the handlers get the
//! request's [`PageRequest`] and answer with [`PageRequest::respond`]. A list's wrapper schema
//! for the OpenAPI document comes from `page_schema!`.

use std::convert::Infallible;
use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, AppResult};
use crate::web::AppState;

/// Items per page when the request does not say.
pub const DEFAULT_LIMIT: i64 = 50;
/// The most a page holds: enough for a sync loop, small enough to answer quickly.
pub const MAX_LIMIT: i64 = 200;

fn invalid_limit() -> AppError {
    AppError::bad_request(
        "invalid_limit",
        "limit must be a whole number from 1 to 200.",
    )
}

fn invalid_cursor() -> AppError {
    AppError::bad_request("invalid_cursor", "The page cursor is not valid.")
}

/// `?limit=&after=` as sent: the parameters every list takes, beside its own filters.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct PageQuery {
    /// Items per page: a whole number from 1 to 200; 50 when absent. Anything else is a 400
    /// `invalid_limit`.
    #[param(value_type = Option<i64>, minimum = 1, maximum = 200)]
    pub limit: Option<String>,
    /// The `next` of the previous page (opaque); absent for the first page. One that cannot be
    /// read is a 400 `invalid_cursor`.
    pub after: Option<String>,
}

impl PageQuery {
    /// The checked request: the limit in range, an empty `after` read as none (a form's empty
    /// field). The cursor itself is decoded by the list, which knows its key.
    pub fn keyset(&self) -> AppResult<Keyset> {
        let limit = match self.limit.as_deref().map(str::trim) {
            None | Some("") => DEFAULT_LIMIT,
            Some(raw) if raw.bytes().all(|b| b.is_ascii_digit()) => raw
                .parse::<i64>()
                .ok()
                .filter(|n| (1..=MAX_LIMIT).contains(n))
                .ok_or_else(invalid_limit)?,
            Some(_) => return Err(invalid_limit()),
        };
        Ok(Keyset::new(limit, self.after.clone()))
    }
}

/// One page to read: how many items and after which cursor. The domain's list functions take
/// it; pages of the HTML side build it from their own parameters with [`Keyset::new`].
#[derive(Debug, Clone)]
pub struct Keyset {
    /// At least 1 (the API checks it; the pages pass constants).
    pub limit: i64,
    pub after: Option<String>,
}

impl Keyset {
    pub fn new(limit: i64, after: Option<String>) -> Self {
        Self {
            limit: limit.max(1),
            after: after.filter(|a| !a.trim().is_empty()),
        }
    }

    /// The first `limit` items.
    pub fn first(limit: i64) -> Self {
        Self::new(limit, None)
    }

    /// Rows to fetch: one more than the page, to know whether another page follows.
    pub fn fetch(&self) -> i64 {
        self.limit + 1
    }

    /// The cursor of a list in id order: the id (a UUID) of the last item seen.
    pub fn after_id(&self) -> AppResult<Option<String>> {
        self.after
            .as_deref()
            .map(|a| crate::ids::parse(a.trim()).ok_or_else(invalid_cursor))
            .transpose()
    }

    /// The cursor of a list in another order: the sort key of the last item seen, ending with
    /// its id so that the order is total.
    pub fn after_key<K: DeserializeOwned>(&self) -> AppResult<Option<K>> {
        self.after
            .as_deref()
            .map(|a| {
                URL_SAFE_NO_PAD
                    .decode(a.trim())
                    .ok()
                    // A key is text a row had: never a control character (PostgreSQL refuses
                    // NUL in a query with an error, which would be a 500).
                    .filter(|bytes| {
                        std::str::from_utf8(bytes)
                            .is_ok_and(|s| !s.chars().any(char::is_control) && !s.contains("\\u00"))
                    })
                    .and_then(|bytes| serde_json::from_slice(&bytes).ok())
                    .ok_or_else(invalid_cursor)
            })
            .transpose()
    }

    /// The page from `rows` fetched with [`Keyset::fetch`]: the extra row, when there is one,
    /// is dropped and says that a next page exists, whose cursor is `cursor` of the last item.
    pub fn page<T>(&self, mut rows: Vec<T>, cursor: impl Fn(&T) -> String) -> Page<T> {
        let limit = usize::try_from(self.limit).unwrap_or(1);
        let next = if rows.len() > limit {
            rows.truncate(limit);
            rows.last().map(cursor)
        } else {
            None
        };
        Page { items: rows, next }
    }

    /// A page of a list computed in memory (an access report, who acknowledged): sorted by
    /// `key` (which must end with something unique, such as the id) and cut after the cursor,
    /// so it pages like the lists read from the database.
    pub fn slice<T, K>(&self, items: Vec<T>, key: impl Fn(&T) -> K) -> AppResult<Page<T>>
    where
        K: Ord + Serialize + DeserializeOwned,
    {
        let after: Option<K> = self.after_key()?;
        let mut items: Vec<(K, T)> = items
            .into_iter()
            .map(|t| (key(&t), t))
            .filter(|(k, _)| after.as_ref().is_none_or(|a| k > a))
            .collect();
        items.sort_by(|a, b| a.0.cmp(&b.0));
        items.truncate(usize::try_from(self.fetch()).unwrap_or(2));
        Ok(self.page(items, |(k, _)| key_cursor(k)).map(|(_, t)| t))
    }
}

/// The cursor after an item of a list in id order.
pub fn id_cursor(id: &str) -> String {
    id.to_string()
}

/// The cursor after an item of a list in another order: base64url of the JSON of its key.
pub fn key_cursor<K: Serialize>(key: &K) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(key).unwrap_or_default())
}

/// One page of a list, as every list answers it.
#[derive(Debug, Clone, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Pass as `after` for the next page; none on the last page.
    pub next: Option<String>,
}

impl<T> Page<T> {
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            next: self.next,
        }
    }
}

/// The paging of one API request: its `limit` and `after`, and where the next page is (the
/// public URL of this list with the other parameters kept). Extracting it never fails, so a
/// caller who may not read the list hears that first; [`PageRequest::keyset`] checks it.
#[derive(Debug, Clone)]
pub struct PageRequest {
    query: PageQuery,
    /// `https://portal.example/api/v1/orders?status=open`, without `limit` and `after`.
    base: String,
    others: Vec<(String, String)>,
}

impl FromRequest for PageRequest {
    type Error = Infallible;
    type Future = Ready<Result<Self, Infallible>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let mut query = PageQuery::default();
        let mut others = Vec::new();
        for (k, v) in url::form_urlencoded::parse(req.query_string().as_bytes()) {
            match k.as_ref() {
                "limit" => query.limit = Some(v.into_owned()),
                "after" => query.after = Some(v.into_owned()),
                _ => others.push((k.into_owned(), v.into_owned())),
            }
        }
        let public = req
            .app_data::<web::Data<AppState>>()
            .map_or("", |s| s.config.public_url.as_str());
        ready(Ok(Self {
            query,
            base: format!("{public}{}", req.path()),
            others,
        }))
    }
}

impl PageRequest {
    /// The checked page to read: 400 `invalid_limit` for a limit out of 1 to 200.
    pub fn keyset(&self) -> AppResult<Keyset> {
        self.query.keyset()
    }

    /// The absolute URL of the page after `next`.
    pub fn next_url(&self, next: &str) -> AppResult<String> {
        let limit = self.keyset()?.limit.to_string();
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        q.extend_pairs(self.others.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        q.append_pair("after", next);
        q.append_pair("limit", &limit);
        Ok(format!("{}?{}", self.base, q.finish()))
    }

    /// 200 with the page as `{"items", "next"}`, and `Link` to the next page.
    pub fn respond<T: Serialize>(&self, page: Page<T>) -> AppResult<HttpResponse> {
        self.respond_with(page, serde_json::Map::new())
    }

    /// The same for a page already written as JSON (`{"items", "next"}`, as `Page`
    /// serialises): a page remembered by `orders::cache`.
    pub fn respond_json(&self, next: Option<&str>, json: bytes::Bytes) -> AppResult<HttpResponse> {
        let mut resp = HttpResponse::Ok();
        if let Some(next) = next {
            let url = self.next_url(next)?;
            resp.insert_header((header::LINK, format!("<{url}>; rel=\"next\"")));
        }
        Ok(resp.content_type("application/json").body(json))
    }

    /// The same, with members about the whole list beside `items` and `next` (the unread
    /// count of the notifications, the session making the request).
    pub fn respond_with<T: Serialize, E: Serialize>(
        &self,
        page: Page<T>,
        extra: E,
    ) -> AppResult<HttpResponse> {
        #[derive(Serialize)]
        struct Body<T, E> {
            items: Vec<T>,
            next: Option<String>,
            #[serde(flatten)]
            extra: E,
        }
        let mut resp = HttpResponse::Ok();
        if let Some(next) = &page.next {
            let url = self.next_url(next)?;
            resp.insert_header((header::LINK, format!("<{url}>; rel=\"next\"")));
        }
        Ok(resp.json(Body {
            items: page.items,
            next: page.next,
            extra,
        }))
    }
}

/// The OpenAPI schema of one list's page: `items` of that list's type and `next`, both
/// required, `next` null on the last page; `, with Extra` adds the members about the whole list
/// that [`PageRequest::respond_with`] writes beside them. A schema only: the body is written
/// from a [`Page`].
macro_rules! page_schema {
    ($(#[$meta:meta])* $name:ident => $item:ty $(, with $extra:ty)?) => {
        $(#[$meta])*
        #[derive(serde::Serialize, utoipa::ToSchema)]
        #[allow(dead_code)]
        pub struct $name {
            items: Vec<$item>,
            /// Pass as `after` for the next page; null on the last page.
            #[schema(required = true)]
            next: Option<String>,
            $(
                #[serde(flatten)]
                extra: $extra,
            )?
        }
    };
}
pub(crate) use page_schema;

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(raw: &str) -> AppResult<i64> {
        PageQuery {
            limit: Some(raw.into()),
            after: None,
        }
        .keyset()
        .map(|k| k.limit)
    }

    #[test]
    fn limits_outside_1_to_200_are_refused() {
        assert_eq!(limit("").unwrap(), DEFAULT_LIMIT);
        assert_eq!(limit("1").unwrap(), 1);
        assert_eq!(limit("200").unwrap(), 200);
        for bad in ["0", "201", "-1", "x", "1.5", "+3", "99999999999999999999"] {
            let e = limit(bad).unwrap_err();
            assert_eq!(e.code(), "invalid_limit", "{bad}");
        }
    }

    #[test]
    fn pages_cut_one_past_the_limit_and_name_the_last_item() {
        let k = Keyset::first(2);
        let p = k.page(vec![5, 4, 3], |n| n.to_string());
        assert_eq!((p.items, p.next), (vec![5, 4], Some("4".into())));
        let p = k.page(vec![5, 4], |n| n.to_string());
        assert_eq!((p.items, p.next), (vec![5, 4], None));
    }

    #[test]
    fn slices_page_through_a_list_in_memory_without_repeats() {
        let all: Vec<(String, u32)> = (0..7).map(|i| (format!("n{}", i % 3), i)).collect();
        let mut seen = Vec::new();
        let mut after = None;
        loop {
            let k = Keyset::new(2, after.take());
            let page = k.slice(all.clone(), |t| t.clone()).unwrap();
            seen.extend(page.items);
            match page.next {
                Some(n) => after = Some(n),
                None => break,
            }
        }
        let mut want = all.clone();
        want.sort();
        assert_eq!(seen, want);
    }

    #[test]
    fn cursors_that_do_not_decode_are_refused() {
        let k = Keyset::new(5, Some("not a cursor".into()));
        assert_eq!(k.after_id().unwrap_err().code(), "invalid_cursor");
        assert_eq!(
            k.after_key::<(String, String)>().unwrap_err().code(),
            "invalid_cursor"
        );
        let good = key_cursor(&("a".to_string(), "b".to_string()));
        let k = Keyset::new(5, Some(good));
        assert_eq!(
            k.after_key::<(String, String)>().unwrap(),
            Some(("a".into(), "b".into()))
        );
    }
}
