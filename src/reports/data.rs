//! What a report shows, read from the database for a period. Only what buyers may see goes in:
//! customer-visible timeline entries and files, milestones and decisions; never internal
//! updates or files (the report's reader is a buyer).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConn;
use crate::db::schema::{
    customer_orgs, decisions, files, milestones, orders, tenants, timeline_entries, users,
};
use crate::error::AppResult;
use crate::files::FileKind;
use crate::i18n::{I18n, Locale, format};
use crate::ids::{OrderId, TenantId};
use crate::timeline::CUSTOMER;

/// At most this many photos per order (the newest of the period).
pub const MAX_PHOTOS: i64 = 24;

/// The words the template prints around the data, by the name it uses (`labels.planned`);
/// each is the catalogue's `report.pdf.<name>`.
const LABELS: [&str; 29] = [
    "title",
    "period",
    "generated",
    "zone",
    "code",
    "customer",
    "status",
    "product",
    "quantity",
    "ex_factory",
    "etd",
    "milestones",
    "milestone",
    "planned",
    "actual",
    "late",
    "updates",
    "photos",
    "inspection",
    "documents",
    "document",
    "kind",
    "added",
    "decisions",
    "decision",
    "due",
    "comment",
    "next",
    "empty",
];

#[derive(Debug, Clone, Serialize)]
pub struct ReportData {
    /// The language as typst names it (`zh`, `pt`), with its region (`CN`, `BR`) if any: it
    /// sets the PDF's `/Lang`, the text direction (Arabic runs right to left) and hyphenation.
    pub lang: String,
    pub region: Option<String>,
    pub labels: std::collections::BTreeMap<&'static str, String>,
    /// The bank-details warning every page's footer carries.
    pub warning: String,
    pub tenant: String,
    pub title: String,
    pub subject: String,
    pub period_start: String,
    pub period_end: String,
    pub generated: String,
    /// The zone every time is printed in, by its name (`America/New_York`): the offsets
    /// beside the times change with summer time, the name does not.
    pub zone: String,
    pub code: String,
    pub fonts: Vec<String>,
    /// The supplier's logo, as the file beside the template (`logo.png`), if it has one.
    pub logo: Option<String>,
    /// Where the logo is stored (read before rendering).
    #[serde(skip)]
    pub logo_key: Option<String>,
    /// The supplier's accent colour (`#rrggbb`, checked for contrast), for the headings.
    pub accent: Option<String>,
    pub orders: Vec<OrderSection>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OrderSection {
    pub reference: String,
    pub title: String,
    pub product: String,
    pub quantity: i32,
    pub status: String,
    pub customer: String,
    pub ex_factory: String,
    pub etd: String,
    pub milestones: Vec<MilestoneLine>,
    pub updates: Vec<UpdateLine>,
    pub photos: Vec<PhotoLine>,
    pub inspections: Vec<String>,
    pub documents: Vec<DocumentLine>,
    pub decisions_open: Vec<DecisionLine>,
    pub decisions_answered: Vec<DecisionLine>,
    pub next: Vec<MilestoneLine>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MilestoneLine {
    pub name: String,
    pub planned: String,
    pub actual: String,
    pub status: String,
    pub percent: i32,
    pub late: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct UpdateLine {
    pub at: String,
    pub author: String,
    pub body: String,
    /// The body's paragraphs, lists and bold spans (the timeline's light formatting).
    pub blocks: Vec<crate::timeline::format::Block>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhotoLine {
    /// The name of the picture inside the report's files (`p3.jpg`).
    pub file: String,
    pub caption: String,
    /// Where the picture's bytes are in the object store (not in the JSON the template reads).
    #[serde(skip)]
    pub key: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentLine {
    pub name: String,
    pub kind: String,
    pub version: i32,
    pub at: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DecisionLine {
    pub title: String,
    pub kind: String,
    pub status: String,
    pub due: String,
    pub at: String,
    pub comment: String,
}

/// How a report writes: its language and its time zone (`language::zone_of_readers`).
#[derive(Clone, Copy)]
pub struct Writer<'a> {
    pub i18n: &'a I18n,
    pub lang: Locale,
    pub tz: chrono_tz::Tz,
}

impl Writer<'_> {
    /// A catalogue text in the report's language.
    fn text(&self, key: &str) -> String {
        self.i18n
            .text(self.lang, key, &[])
            .unwrap_or_else(|| key.to_string())
    }

    fn day(&self, d: Option<NaiveDate>) -> String {
        d.map(|d| format::date(self.lang, d))
            .unwrap_or_else(|| "—".into())
    }

    /// A moment in the report's zone, with its offset.
    fn stamp(&self, t: NaiveDateTime) -> String {
        format::date_time(self.lang, t, self.tz)
    }
}

/// One order's section for the period [start, end] (whole days, UTC).
pub fn order_section(
    conn: &mut DbConn,
    w: Writer<'_>,
    tenant_id: &TenantId,
    order_id: &OrderId,
    start: NaiveDate,
    end: NaiveDate,
) -> AppResult<OrderSection> {
    let from = start.and_hms_opt(0, 0, 0).unwrap_or_default();
    let to = (end + chrono::Duration::days(1))
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default();
    let (o, customer): (crate::orders::Order, String) = orders::table
        .inner_join(customer_orgs::table)
        .filter(orders::tenant_id.eq(tenant_id))
        .filter(orders::id.eq(order_id))
        .select((crate::orders::Order::as_select(), customer_orgs::name))
        .first(conn)?;
    let today = crate::ids::now().date();
    type M = (String, Option<NaiveDate>, Option<NaiveDate>, String, i32);
    let ms: Vec<M> = milestones::table
        .filter(milestones::tenant_id.eq(tenant_id))
        .filter(milestones::order_id.eq(order_id))
        .order(milestones::position.asc())
        .select((
            milestones::name,
            milestones::planned_date,
            milestones::actual_date,
            milestones::status,
            milestones::percent,
        ))
        .load(conn)?;
    let line = |(name, planned, actual, status, percent): &M| MilestoneLine {
        name: name.clone(),
        planned: w.day(*planned),
        actual: w.day(*actual),
        status: w.text(&format!("mstatus.{status}")),
        percent: *percent,
        // Late: finished after the plan, or not finished and the plan has passed.
        late: match (planned, actual) {
            (Some(p), Some(a)) => a > p,
            (Some(p), None) => *p < today && status != "done",
            _ => false,
        },
    };
    let milestones_out: Vec<MilestoneLine> = ms.iter().map(line).collect();
    let horizon = end + chrono::Duration::days(14);
    let next: Vec<MilestoneLine> = ms
        .iter()
        .filter(|(_, planned, actual, status, _)| {
            actual.is_none() && status != "done" && planned.is_some_and(|p| p <= horizon)
        })
        .map(line)
        .collect();

    type E = (String, String, NaiveDateTime, Option<String>);
    let entries: Vec<E> = timeline_entries::table
        .left_join(users::table.on(users::id.nullable().eq(timeline_entries::author_user_id)))
        .filter(timeline_entries::tenant_id.eq(tenant_id))
        .filter(timeline_entries::order_id.eq(order_id))
        .filter(timeline_entries::visibility.eq(CUSTOMER))
        .filter(timeline_entries::created_at.ge(from))
        .filter(timeline_entries::created_at.lt(to))
        .order(timeline_entries::id.asc())
        .select((
            timeline_entries::kind,
            timeline_entries::body,
            timeline_entries::created_at,
            users::display_name.nullable(),
        ))
        .load(conn)?;
    let mut updates = Vec::new();
    let mut inspections = Vec::new();
    for (kind, body, at, author) in entries {
        match kind.as_str() {
            "update" | "comment" => updates.push(UpdateLine {
                at: w.stamp(at),
                author: author.unwrap_or_default(),
                blocks: crate::timeline::format::blocks(&body),
                body,
            }),
            // The outcome of an inspection is the status the order left it for.
            "status" => {
                let mut it = body.split(' ');
                if let (Some("inspection"), Some(next)) = (it.next(), it.next()) {
                    let key = if next == "ready_to_ship" {
                        "report.inspection_passed"
                    } else {
                        "report.inspection_rework"
                    };
                    inspections.push(format!("{}: {}", w.stamp(at), w.text(key)));
                }
            }
            _ => {}
        }
    }

    type F = (
        String,
        FileKind,
        i32,
        NaiveDateTime,
        Option<String>,
        Option<NaiveDateTime>,
        bool,
    );
    let added: Vec<F> = files::table
        .filter(files::tenant_id.eq(tenant_id))
        .filter(files::order_id.eq(order_id))
        .filter(files::visibility.eq(CUSTOMER))
        .filter(crate::files::buyer_sees_record_state!())
        .filter(files::created_at.ge(from))
        .filter(files::created_at.lt(to))
        .order(files::id.desc())
        .select((
            files::display_name,
            files::kind,
            files::version,
            files::created_at,
            files::preview_key,
            files::captured_at,
            files::is_current,
        ))
        .load(conn)?;
    let mut photos = Vec::new();
    let mut documents = Vec::new();
    for (name, kind, version, at, preview, taken, current) in added {
        if kind == FileKind::Photo {
            // The preview (a JPEG) when it is ready, else the original if the PDF can embed it.
            // Only previews Portico made (decoded once, bounded in size): an original could be
            // any size, or a decompression bomb.
            let (key, ext) = match preview {
                Some(p) => (p, "jpg"),
                None => continue,
            };
            if (photos.len() as i64) < MAX_PHOTOS {
                photos.push(PhotoLine {
                    file: format!("p{}.{ext}", photos.len()),
                    // When the photo was taken (its EXIF time), else when it was added.
                    caption: format!("{} · {}", name, w.stamp(taken.unwrap_or(at))),
                    key,
                });
            }
        } else if kind != FileKind::Video {
            if kind == FileKind::InspectionReport {
                inspections.push(format!("{}: {}", w.stamp(at), name));
            }
            documents.push(DocumentLine {
                // A version replaced since is marked as such.
                name: if current {
                    name
                } else {
                    format!("{name} ({})", w.text("files.superseded"))
                },
                kind: w.text(&format!("fkind.{kind}")),
                version,
                at: w.stamp(at),
            });
        }
    }

    type D = (
        String,
        crate::decisions::DecisionKind,
        crate::decisions::DecisionStatus,
        Option<NaiveDate>,
        NaiveDateTime,
        Option<NaiveDateTime>,
        Option<String>,
    );
    let ds: Vec<D> = decisions::table
        .filter(decisions::tenant_id.eq(tenant_id))
        .filter(decisions::order_id.eq(order_id))
        .filter(
            decisions::status
                .eq(crate::decisions::OPEN)
                .or(decisions::answered_at
                    .ge(from)
                    .and(decisions::answered_at.lt(to))),
        )
        .order(decisions::requested_at.asc())
        .select((
            decisions::title,
            decisions::kind,
            decisions::status,
            decisions::due_date,
            decisions::requested_at,
            decisions::answered_at,
            decisions::answer_comment,
        ))
        .load(conn)?;
    let mut decisions_open = Vec::new();
    let mut decisions_answered = Vec::new();
    for (title, kind, status, due, requested, answered, comment) in ds {
        let d = DecisionLine {
            title,
            kind: w.text(&format!("dkind.{kind}")),
            status: w.text(&format!("dstatus.{status}")),
            due: w.day(due),
            at: w.stamp(answered.unwrap_or(requested)),
            comment: comment.unwrap_or_default(),
        };
        if status == crate::decisions::OPEN {
            decisions_open.push(d);
        } else {
            decisions_answered.push(d);
        }
    }
    Ok(OrderSection {
        reference: o.reference,
        title: o.title,
        product: o.product,
        quantity: o.quantity,
        status: w.text(&format!("status.{}", o.status)),
        customer,
        ex_factory: w.day(o.ex_factory_date),
        etd: w.day(o.etd_date),
        milestones: milestones_out,
        updates,
        photos,
        inspections,
        documents,
        decisions_open,
        decisions_answered,
        next,
    })
}

/// Everything the report `r` prints, in its language and its readers' time zone.
pub fn gather(conn: &mut DbConn, i18n: &I18n, r: &super::Report) -> AppResult<ReportData> {
    let (tenant, logo_key, accent): (String, Option<String>, Option<String>) = tenants::table
        .find(&r.tenant_id)
        .select((tenants::name, tenants::logo_key, tenants::accent_colour))
        .first(conn)?;
    let zone = super::language::zone_of_readers(
        conn,
        &r.tenant_id,
        r.order_id.as_ref(),
        r.customer_org_id.as_ref(),
    )?;
    let w = Writer {
        i18n,
        lang: r.language,
        tz: zone,
    };
    let (order_ids, subject) = match (&r.order_id, &r.customer_org_id) {
        (Some(o), _) => (vec![o.clone()], String::new()),
        (_, Some(g)) => {
            let name: String = customer_orgs::table
                .find(g)
                .select(customer_orgs::name)
                .first(conn)?;
            let ids: Vec<OrderId> = orders::table
                .filter(orders::tenant_id.eq(&r.tenant_id))
                .filter(orders::customer_org_id.eq(g))
                .filter(orders::status.eq_any(super::REPORTED))
                .order(orders::reference.asc())
                .select(orders::id)
                .load(conn)?;
            (ids, name)
        }
        _ => (Vec::new(), String::new()),
    };
    let mut sections = Vec::with_capacity(order_ids.len());
    // A report of a whole customer embeds at most this many photos in all.
    let mut budget = 2 * MAX_PHOTOS as usize;
    for (i, o) in order_ids.iter().enumerate() {
        let mut s = order_section(conn, w, &r.tenant_id, o, r.period_start, r.period_end)?;
        // Photo names are unique across the report's orders.
        s.photos.truncate(budget);
        budget -= s.photos.len();
        for p in &mut s.photos {
            p.file = format!("o{i}-{}", p.file);
        }
        sections.push(s);
    }
    let subject = if subject.is_empty() {
        sections
            .first()
            .map(|s| format!("{} — {}", s.reference, s.customer))
            .unwrap_or_default()
    } else {
        subject
    };
    let (lang, region) = typst_language(r.language);
    let labels = labels(i18n, r.language);
    Ok(ReportData {
        lang,
        region,
        labels,
        warning: w.text("payments.warning"),
        tenant,
        title: w.text("report.pdf.title"),
        subject,
        period_start: w.day(Some(r.period_start)),
        period_end: w.day(Some(r.period_end)),
        generated: w.stamp(r.created_at),
        zone: zone.name().to_string(),
        code: r.verification_code.clone(),
        fonts: Vec::new(),
        logo: logo_key.as_ref().map(|_| "logo.png".to_string()),
        logo_key,
        accent,
        orders: sections,
    })
}

/// The words around the data, in `lang`, by the names the template uses.
pub fn labels(i18n: &I18n, lang: Locale) -> std::collections::BTreeMap<&'static str, String> {
    let w = Writer {
        i18n,
        lang,
        tz: chrono_tz::UTC,
    };
    LABELS
        .iter()
        .map(|name| (*name, w.text(&format!("report.pdf.{name}"))))
        .collect()
}

/// A language as typst's `text(lang:, region:)` takes it: `zh-CN` is `zh` and `CN`.
pub fn typst_language(l: Locale) -> (String, Option<String>) {
    let mut parts = l.code().split('-');
    let lang = parts.next().unwrap_or("en").to_string();
    (lang, parts.next().map(str::to_string))
}
