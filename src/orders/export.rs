//! CSV export of an order list, with the same scope and filters as the list itself. Streamed
//! page by page (constant memory whatever the number of orders), with a UTF-8 byte order mark
//! so spreadsheet programs show Chinese text correctly, and cells that would start a formula
//! neutralised (CSV injection). A person's download speaks their language (column names and
//! states); the API's keeps its column names and codes, which programs read.

use actix_web::web::Bytes;
use futures_util::Stream;

use super::OrderRow;
use super::list::{ListQuery, list};
use crate::db::Db;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::policy::Actor;
use crate::web::paging::{Keyset, Page};

/// The columns, as the API names them; a person's download names them `csv.orders.<column>`.
const COLUMNS: [&str; 13] = [
    "reference",
    "title",
    "customer",
    "product",
    "quantity",
    "status",
    "ex_factory_date",
    "etd_date",
    "next_milestone",
    "late_milestones",
    "percent_done",
    "expected_finish",
    "created_at",
];
const BATCH: i64 = 500;

/// One CSV cell: quoted when needed; a leading `= + - @` (or tab/CR) gets a `'` so that a
/// spreadsheet shows it as text instead of running it.
pub fn cell(value: &str) -> String {
    let mut v = String::with_capacity(value.len() + 2);
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        v.push('\'');
    }
    v.push_str(value);
    if v.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

/// The first line: column names for programs (`None`) or in a person's language.
pub fn header(columns: &[&str], catalogue: &str, lang: Option<Locale>) -> String {
    let names: Vec<String> = match lang {
        None => columns.iter().map(|c| c.to_string()).collect(),
        Some(l) => {
            let i18n = crate::i18n::catalogue();
            columns
                .iter()
                .map(|c| {
                    let key = format!("csv.{catalogue}.{c}");
                    cell(&i18n.text(l, &key, &[]).unwrap_or(key))
                })
                .collect()
        }
    };
    format!("\u{feff}{}\r\n", names.join(","))
}

fn rows(page: &Page<OrderRow>, lang: Option<Locale>) -> String {
    let mut out = String::new();
    for r in &page.items {
        let o = &r.order;
        let d = |x: Option<chrono::NaiveDate>| x.map(|d| d.to_string()).unwrap_or_default();
        let fields = [
            cell(&o.reference),
            cell(&o.title),
            cell(&r.customer_name),
            cell(&o.product),
            o.quantity.to_string(),
            match lang {
                None => o.status.to_string(),
                Some(l) => cell(
                    &crate::i18n::catalogue()
                        .text(l, &format!("status.{}", o.status), &[])
                        .unwrap_or_else(|| o.status.to_string()),
                ),
            },
            d(o.ex_factory_date),
            d(o.etd_date),
            cell(r.progress.next_milestone.as_deref().unwrap_or("")),
            r.progress.late.to_string(),
            r.progress.percent.to_string(),
            d(r.progress.expected_finish),
            o.created_at.format("%Y-%m-%d %H:%M:%S").to_string(),
        ];
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

enum State {
    Start,
    After(String),
    Done,
}

/// The CSV body: the header, then one chunk per page of the list; in `lang` for a person,
/// with the API's names and codes for `None`.
pub fn stream(
    db: Db,
    actor: Actor,
    query: ListQuery,
    lang: Option<Locale>,
) -> impl Stream<Item = Result<Bytes, AppError>> {
    futures_util::stream::unfold(State::Start, move |state| {
        let (db, actor, query) = (db.clone(), actor.clone(), query.clone());
        async move {
            let (prefix, after) = match state {
                State::Done => return None,
                State::Start => (header(&COLUMNS, "orders", lang), None),
                State::After(a) => (String::new(), Some(a)),
            };
            let keyset = Keyset::new(BATCH, after);
            let result = db.run(move |c| list(c, &actor, &query, &keyset)).await;
            match result {
                Ok(page) => {
                    let next = match &page.next {
                        Some(n) => State::After(n.clone()),
                        None => State::Done,
                    };
                    Some((Ok(Bytes::from(prefix + &rows(&page, lang))), next))
                }
                Err(e) => Some((Err(e), State::Done)),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_are_quoted_and_formulas_neutralised() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("-1+2"), "'-1+2");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("牛仔夹克"), "牛仔夹克");
    }
}
