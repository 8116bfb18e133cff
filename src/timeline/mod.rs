//! The order timeline: progress updates (internal or customer-visible), buyer comments, and
//! entries the system writes for status changes, milestone changes and decisions. Newest
//! first, paged by keyset. Entries are never edited.

pub mod format;
pub mod web;

use crate::db::WriteTransaction;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::audit;
use crate::db::DbConn;
use crate::db::schema::{milestones, timeline_entries, users};
use crate::error::{AppError, AppResult};
use crate::ids::{OrderId, TenantId, UserId, new_id, now};
use crate::policy::{self, Actor};
use crate::validate;
use crate::web::paging::{Keyset, Page, id_cursor};

crate::text_enum! {
    /// Who sees a timeline entry or a file: the supplier's staff only, or the customer too.
    pub enum Visibility {
        Internal => "internal",
        Customer => "customer",
    }
}

pub const INTERNAL: Visibility = Visibility::Internal;
pub const CUSTOMER: Visibility = Visibility::Customer;
pub const MAX_BODY: usize = 5000;
pub const PAGE: i64 = 20;

/// What a system-written entry is about.
pub enum Kind {
    Update,
    Comment,
    Status,
    Milestone,
    DecisionRequest,
    DecisionAnswer,
}

impl Kind {
    fn as_str(&self) -> &'static str {
        match self {
            Kind::Update => "update",
            Kind::Comment => "comment",
            Kind::Status => "status",
            Kind::Milestone => "milestone",
            Kind::DecisionRequest => "decision_request",
            Kind::DecisionAnswer => "decision_answer",
        }
    }
}

/// A new entry; written in the same transaction as the change it describes.
pub struct NewEntry<'a> {
    pub tenant_id: &'a TenantId,
    pub order_id: &'a OrderId,
    pub kind: Kind,
    pub visibility: Visibility,
    pub author_user_id: Option<&'a UserId>,
    pub milestone_id: Option<&'a str>,
    pub decision_id: Option<&'a str>,
    pub body: String,
}

pub fn record(conn: &mut DbConn, e: NewEntry<'_>) -> AppResult<String> {
    let id = new_id();
    let status_to = matches!(e.kind, Kind::Status)
        .then(|| e.body.split(' ').nth(1).map(String::from))
        .flatten();
    diesel::insert_into(timeline_entries::table)
        .values((
            timeline_entries::id.eq(&id),
            timeline_entries::tenant_id.eq(e.tenant_id),
            timeline_entries::order_id.eq(e.order_id),
            timeline_entries::kind.eq(e.kind.as_str()),
            timeline_entries::visibility.eq(e.visibility),
            timeline_entries::author_user_id.eq(e.author_user_id),
            timeline_entries::milestone_id.eq(e.milestone_id),
            timeline_entries::decision_id.eq(e.decision_id),
            timeline_entries::body.eq(e.body),
            timeline_entries::created_at.eq(now()),
        ))
        .execute(conn)?;
    // Internal entries never reach a buyer, in any channel.
    if e.visibility == CUSTOMER {
        use crate::notifications as n;
        let kind = match e.kind {
            Kind::Update => n::UPDATE,
            Kind::Comment => n::COMMENT,
            Kind::Status => n::STATUS,
            Kind::Milestone => n::MILESTONE,
            Kind::DecisionRequest => n::DECISION_REQUESTED,
            Kind::DecisionAnswer => n::DECISION_ANSWERED,
        };
        let extra = match (e.decision_id, e.milestone_id) {
            _ if status_to.is_some() => status_to,
            (Some(d), _) => crate::db::schema::decisions::table
                .find(d)
                .select(crate::db::schema::decisions::title)
                .first::<String>(conn)
                .optional()?,
            (None, Some(m)) => milestones::table
                .find(m)
                .select(milestones::name)
                .first::<String>(conn)
                .optional()?,
            _ => None,
        };
        n::on_timeline_entry(
            conn,
            e.tenant_id,
            e.order_id,
            kind,
            e.author_user_id,
            Some(("what", extra.unwrap_or_default())),
        )?;
    }
    Ok(id)
}

/// An entry as pages and the API show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = TimelineEntry)]
pub struct Entry {
    pub id: String,
    /// `update`, `comment`, `status`, `milestone`, `decision_request` or `decision_answer`.
    #[schema(value_type = crate::web::api_enums::TimelineKind)]
    pub kind: String,
    /// `internal` (staff only) or `customer`.
    #[schema(value_type = crate::timeline::Visibility)]
    pub visibility: String,
    /// The author's display name; none for entries without an author.
    pub author: Option<String>,
    /// The name of the milestone the entry is about, if any.
    pub milestone: Option<String>,
    pub decision_id: Option<String>,
    /// The text as stored; for system entries the first line holds the tokens of `meta`.
    pub body: String,
    /// For entries the system writes: the first line's tokens (e.g. the old and new status).
    pub meta: Vec<String>,
    /// The free text split into paragraphs and lists, for display.
    pub blocks: Vec<format::Block>,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
}

/// Splits a stored body into its tokens (system entries) and its free text.
fn split_body(kind: &str, body: &str) -> (Vec<String>, String) {
    match kind {
        "update" | "comment" => (Vec::new(), body.to_string()),
        _ => {
            let (first, rest) = body.split_once('\n').unwrap_or((body, ""));
            (
                first.split_whitespace().map(String::from).collect(),
                rest.to_string(),
            )
        }
    }
}

crate::web::paging::page_schema!(
    /// A page of an order's timeline, newest first.
    TimelinePage => Entry
);

type Row = (
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    NaiveDateTime,
);

/// The entries of an order the actor may see (buyers: customer-visible only), newest first.
pub fn page(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    keyset: &Keyset,
) -> AppResult<Page<Entry>> {
    let order = crate::orders::find_part(conn, actor, order_id, crate::policy::Part::Progress)?;
    entries(
        conn,
        &actor.tenant_id,
        &order.id,
        policy::can_see_internal(actor),
        keyset,
    )
}

/// Entries of an order the caller already checked access to; internal ones only when asked.
pub fn entries(
    conn: &mut DbConn,
    tenant_id: &TenantId,
    order_id: &OrderId,
    include_internal: bool,
    keyset: &Keyset,
) -> AppResult<Page<Entry>> {
    let mut q = timeline_entries::table
        .left_join(users::table.on(users::id.nullable().eq(timeline_entries::author_user_id)))
        .left_join(
            milestones::table.on(milestones::id.nullable().eq(timeline_entries::milestone_id)),
        )
        .filter(timeline_entries::tenant_id.eq(tenant_id))
        .filter(timeline_entries::order_id.eq(order_id))
        .into_boxed();
    if !include_internal {
        q = q.filter(timeline_entries::visibility.eq(CUSTOMER));
    }
    if let Some(after) = keyset.after_id()? {
        q = q.filter(timeline_entries::id.lt(after));
    }
    let rows: Vec<Row> = q
        .order(timeline_entries::id.desc())
        .limit(keyset.fetch())
        .select((
            timeline_entries::id,
            timeline_entries::kind,
            timeline_entries::visibility,
            users::display_name.nullable(),
            milestones::name.nullable(),
            timeline_entries::decision_id,
            timeline_entries::body,
            timeline_entries::created_at,
        ))
        .load(conn)?;
    Ok(keyset.page(rows, |r| id_cursor(&r.0)).map(
        |(id, kind, visibility, author, milestone, decision_id, body, created_at)| {
            let (meta, text) = split_body(&kind, &body);
            Entry {
                blocks: format::blocks(&text),
                meta,
                id,
                kind,
                visibility,
                author,
                milestone,
                decision_id,
                body,
                created_at,
            }
        },
    ))
}

/// A progress update or a comment.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[schema(as = TimelinePost)]
pub struct PostInput {
    /// The text, required, at most 5000 characters.
    #[serde(default)]
    pub body: String,
    /// `internal` (default) or `customer` (updates only).
    #[serde(default)]
    #[schema(value_type = crate::timeline::Visibility)]
    pub visibility: String,
    /// A milestone of the order the update is about (updates only).
    #[serde(default)]
    pub milestone_id: String,
}

fn body_of(input: &PostInput) -> AppResult<String> {
    let body = input.body.trim();
    if body.is_empty() {
        return Err(AppError::invalid("body_required", "Write something first."));
    }
    if body.chars().count() > MAX_BODY {
        return Err(AppError::invalid(
            "body_too_long",
            format!("At most {MAX_BODY} characters."),
        ));
    }
    // Line breaks are the formatting; other control characters are refused.
    let single_lines: String = body.replace(['\n', '\r', '\t'], " ");
    validate::optional_text("text", &single_lines, MAX_BODY)?;
    Ok(body.replace("\r\n", "\n"))
}

/// A progress update by staff, optionally about one milestone of the order.
pub fn post_update(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    input: &PostInput,
) -> AppResult<String> {
    let order = crate::orders::find_part(conn, actor, order_id, crate::policy::Part::Progress)?;
    policy::ensure(policy::can_post_updates(actor))?;
    let body = body_of(input)?;
    let visibility = match input.visibility.as_str() {
        "" => INTERNAL,
        v => Visibility::parse(v).ok_or_else(|| {
            AppError::invalid("visibility_invalid", "Choose who can see the update.")
        })?,
    };
    let milestone = match input.milestone_id.trim() {
        "" => None,
        raw => {
            let mid = crate::ids::parse(raw)
                .ok_or_else(|| AppError::invalid("milestone_invalid", "Unknown milestone."))?;
            let found: i64 = milestones::table
                .filter(milestones::tenant_id.eq(&actor.tenant_id))
                .filter(milestones::order_id.eq(&order.id))
                .filter(milestones::id.eq(&mid))
                .count()
                .get_result(conn)?;
            if found == 0 {
                return Err(AppError::invalid("milestone_invalid", "Unknown milestone."));
            }
            Some(mid)
        }
    };
    conn.write_tx(|conn| {
        let id = record(
            conn,
            NewEntry {
                tenant_id: &actor.tenant_id,
                order_id: &order.id,
                kind: Kind::Update,
                visibility,
                author_user_id: Some(&actor.user_id),
                milestone_id: milestone.as_deref(),
                decision_id: None,
                body,
            },
        )?;
        audit::record(
            conn,
            actor.event(
                "timeline.update",
                "order",
                Some(&order.id),
                visibility.to_string(),
            ),
        )?;
        Ok(id)
    })
}

/// A buyer's comment: always visible to the customer side and to staff.
pub fn post_comment(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    input: &PostInput,
) -> AppResult<String> {
    let order = crate::orders::find_part(conn, actor, order_id, crate::policy::Part::Progress)?;
    policy::ensure(policy::can_comment(actor))?;
    let body = body_of(input)?;
    conn.write_tx(|conn| {
        let id = record(
            conn,
            NewEntry {
                tenant_id: &actor.tenant_id,
                order_id: &order.id,
                kind: Kind::Comment,
                visibility: CUSTOMER,
                author_user_id: Some(&actor.user_id),
                milestone_id: None,
                decision_id: None,
                body,
            },
        )?;
        audit::record(
            conn,
            actor.event("timeline.comment", "order", Some(&order.id), String::new()),
        )?;
        Ok(id)
    })
}
