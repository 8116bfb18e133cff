//! Decisions: staff ask the buyer for an explicit answer (approve the pre-production sample,
//! approve shipment, accept a delay, choose an option); the buyer approves or rejects with a
//! comment. The answer records who, when and from where, and can never be changed: it is
//! written only while the decision is still open, in one conditional update.

pub mod web;

use crate::db::WriteTransaction;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::audit;
use crate::db::DbConn;
use crate::db::schema::{decisions, orders, users};
use crate::error::{AppError, AppResult};
use crate::ids::{OrderId, TenantId, UserId, new_id, now};
use crate::policy::{self, Actor};
use crate::timeline::{self, Kind, NewEntry};
use crate::validate;
use crate::web::paging::{Keyset, Page, id_cursor};

crate::text_enum! {
    /// What the buyer is asked to decide.
    pub enum DecisionKind {
        SampleApproval => "sample_approval",
        ShipmentApproval => "shipment_approval",
        DelayAcceptance => "delay_acceptance",
        Option => "option",
        Other => "other",
    }
}

crate::text_enum! {
    /// Where a decision stands: open until the buyer answers or staff withdraw it.
    pub enum DecisionStatus {
        Open => "open",
        Approved => "approved",
        Rejected => "rejected",
        Withdrawn => "withdrawn",
    }
}

crate::text_enum! {
    /// The buyer's answer.
    pub enum Answer {
        Approved => "approved",
        Rejected => "rejected",
    }
}

impl From<Answer> for DecisionStatus {
    fn from(a: Answer) -> DecisionStatus {
        match a {
            Answer::Approved => DecisionStatus::Approved,
            Answer::Rejected => DecisionStatus::Rejected,
        }
    }
}

pub const KINDS: &[DecisionKind] = DecisionKind::ALL;
pub const OPEN: DecisionStatus = DecisionStatus::Open;

#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = decisions)]
pub struct Decision {
    pub id: String,
    #[serde(skip)]
    pub tenant_id: TenantId,
    pub order_id: OrderId,
    pub kind: DecisionKind,
    pub title: String,
    pub description: String,
    pub due_date: Option<NaiveDate>,
    pub status: DecisionStatus,
    /// User id of the staff member who asked.
    pub requested_by: UserId,
    #[serde(with = "crate::ids::utc")]
    pub requested_at: NaiveDateTime,
    /// User id of the buyer who answered.
    pub answered_by: Option<UserId>,
    #[serde(default, with = "crate::ids::utc::option")]
    pub answered_at: Option<NaiveDateTime>,
    pub answer_comment: Option<String>,
    #[serde(skip)]
    pub answer_ip: Option<String>,
}

/// A decision with the names of the people involved and its order's reference.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct DecisionView {
    #[serde(flatten)]
    pub decision: Decision,
    pub order_reference: String,
    pub requested_by_name: String,
    pub answered_by_name: Option<String>,
    /// The description split into paragraphs and lists, for display.
    pub description_blocks: Vec<timeline::format::Block>,
}

/// A question for the buyer.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[schema(as = DecisionRequest)]
pub struct RequestInput {
    /// `sample_approval`, `shipment_approval`, `delay_acceptance`, `option` or `other`
    /// (the default).
    #[serde(default)]
    #[schema(value_type = crate::decisions::DecisionKind)]
    pub kind: String,
    /// Required, at most 200 characters.
    #[serde(default)]
    pub title: String,
    /// Plain text, at most 4000 characters.
    #[serde(default)]
    pub description: String,
    /// The day an answer is needed by (YYYY-MM-DD), optional.
    #[serde(default)]
    pub due_date: String,
}

pub fn request(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    input: &RequestInput,
) -> AppResult<String> {
    let order = crate::orders::find_part(conn, actor, order_id, crate::policy::Part::Progress)?;
    policy::ensure(policy::can_request_decision(actor))?;
    if order.status == crate::orders::OrderStatus::Draft {
        return Err(AppError::invalid(
            "order_draft",
            "Confirm the order before asking the buyer to decide.",
        ));
    }
    // A closed order stays closed over an open question (`orders::lifecycle` refuses to close
    // over one); a finished or cancelled order is reopened first.
    if matches!(
        order.status,
        crate::orders::OrderStatus::Closed | crate::orders::OrderStatus::Cancelled
    ) {
        return Err(AppError::Conflict(
            "A closed or cancelled order takes no new decisions: reopen it first.".into(),
        ));
    }
    let kind = if input.kind.is_empty() {
        DecisionKind::Other
    } else {
        DecisionKind::parse(&input.kind).ok_or_else(|| {
            AppError::invalid("kind_invalid", "Choose what kind of decision this is.")
        })?
    };
    let title = validate::text("title", &input.title, 200)?;
    let description = input.description.trim().replace("\r\n", "\n");
    if description.chars().count() > 4000 {
        return Err(AppError::invalid(
            "description_too_long",
            "The description must have at most 4000 characters.",
        ));
    }
    validate::optional_text("description", &description.replace(['\n', '\t'], " "), 4000)?;
    let due = validate::optional_date("due_date", &input.due_date)?;
    conn.write_tx(|conn| {
        let id = insert(
            conn,
            &NewDecision {
                tenant_id: &actor.tenant_id,
                order_id: &order.id,
                kind,
                title: &title,
                description: &description,
                due_date: due,
                requested_by: &actor.user_id,
            },
        )?;
        timeline::record(
            conn,
            NewEntry {
                tenant_id: &actor.tenant_id,
                order_id: &order.id,
                kind: Kind::DecisionRequest,
                visibility: timeline::CUSTOMER,
                author_user_id: Some(&actor.user_id),
                milestone_id: None,
                decision_id: Some(&id),
                body: format!("{kind}\n{title}"),
            },
        )?;
        audit::record(
            conn,
            actor.event(
                "decision.request",
                "decision",
                Some(&id),
                format!("{} {title}", order.reference),
            ),
        )?;
        Ok(id)
    })
}

/// An open decision's row as it is stored.
pub struct NewDecision<'a> {
    pub tenant_id: &'a TenantId,
    pub order_id: &'a OrderId,
    pub kind: DecisionKind,
    pub title: &'a str,
    pub description: &'a str,
    pub due_date: Option<NaiveDate>,
    pub requested_by: &'a UserId,
}

/// Writes an open decision's row: the one place that knows the table (`request`, the demo
/// and the test fixtures). No check, no timeline entry, nobody told.
pub fn insert(conn: &mut DbConn, d: &NewDecision<'_>) -> AppResult<String> {
    let id = new_id();
    diesel::insert_into(decisions::table)
        .values((
            decisions::id.eq(&id),
            decisions::tenant_id.eq(d.tenant_id),
            decisions::order_id.eq(d.order_id),
            decisions::kind.eq(d.kind),
            decisions::title.eq(d.title),
            decisions::description.eq(d.description),
            decisions::due_date.eq(d.due_date),
            decisions::status.eq(DecisionStatus::Open),
            decisions::requested_by.eq(d.requested_by),
            decisions::requested_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(id)
}

/// The buyer's answer to a decision.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[schema(as = DecisionAnswer)]
pub struct AnswerInput {
    /// `approved` or `rejected`.
    #[serde(default)]
    #[schema(value_type = crate::decisions::Answer)]
    pub answer: String,
    /// At most 2000 characters; required when rejecting.
    #[serde(default)]
    pub comment: String,
}

/// The buyer's answer. A second answer, or one to a withdrawn decision, is a conflict and
/// changes nothing.
pub fn answer(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    decision_id: &str,
    input: &AnswerInput,
) -> AppResult<()> {
    let order = crate::orders::find_part(conn, actor, order_id, crate::policy::Part::Progress)?;
    let current = find(conn, actor, &order.id, decision_id)?;
    policy::ensure(policy::can_answer_decision(actor))?;
    let answer = Answer::parse(&input.answer)
        .ok_or_else(|| AppError::invalid("answer_invalid", "Choose approve or reject."))?;
    let comment = input.comment.trim().replace("\r\n", "\n");
    if comment.chars().count() > 2000 {
        return Err(AppError::invalid(
            "comment_too_long",
            "The comment must have at most 2000 characters.",
        ));
    }
    validate::optional_text("comment", &comment.replace(['\n', '\t'], " "), 2000)?;
    if answer == Answer::Rejected && comment.is_empty() {
        return Err(AppError::invalid(
            "comment_required",
            "Say why you reject, so the supplier can act on it.",
        ));
    }
    conn.write_tx(|conn| {
        let n = diesel::update(
            decisions::table
                .filter(decisions::tenant_id.eq(&actor.tenant_id))
                .filter(decisions::id.eq(&current.id))
                .filter(decisions::status.eq(OPEN)),
        )
        .set((
            decisions::status.eq(DecisionStatus::from(answer)),
            decisions::answered_by.eq(Some(&actor.user_id)),
            decisions::answered_at.eq(Some(now())),
            decisions::answer_comment.eq(Some(&comment)),
            decisions::answer_ip.eq(Some(&actor.ip)),
        ))
        .execute(conn)?;
        if n != 1 {
            return Err(AppError::Conflict(
                "This decision was already answered and cannot be changed.".into(),
            ));
        }
        timeline::record(
            conn,
            NewEntry {
                tenant_id: &actor.tenant_id,
                order_id: &order.id,
                kind: Kind::DecisionAnswer,
                visibility: timeline::CUSTOMER,
                author_user_id: Some(&actor.user_id),
                milestone_id: None,
                decision_id: Some(&current.id),
                body: format!("{answer}\n{comment}"),
            },
        )?;
        audit::record(
            conn,
            actor.event(
                "decision.answer",
                "decision",
                Some(&current.id),
                answer.to_string(),
            ),
        )
    })
}

/// Staff withdraw a question that no longer needs an answer.
pub fn withdraw(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    decision_id: &str,
) -> AppResult<()> {
    let order = crate::orders::find_part(conn, actor, order_id, crate::policy::Part::Progress)?;
    let current = find(conn, actor, &order.id, decision_id)?;
    policy::ensure(policy::can_request_decision(actor))?;
    conn.write_tx(|conn| {
        let n = diesel::update(
            decisions::table
                .filter(decisions::tenant_id.eq(&actor.tenant_id))
                .filter(decisions::id.eq(&current.id))
                .filter(decisions::status.eq(OPEN)),
        )
        .set(decisions::status.eq(DecisionStatus::Withdrawn))
        .execute(conn)?;
        if n != 1 {
            return Err(AppError::Conflict(
                "This decision was already answered and cannot be changed.".into(),
            ));
        }
        timeline::record(
            conn,
            NewEntry {
                tenant_id: &actor.tenant_id,
                order_id: &order.id,
                kind: Kind::DecisionAnswer,
                visibility: timeline::CUSTOMER,
                author_user_id: Some(&actor.user_id),
                milestone_id: None,
                decision_id: Some(&current.id),
                body: "withdrawn".into(),
            },
        )?;
        audit::record(
            conn,
            actor.event(
                "decision.withdraw",
                "decision",
                Some(&current.id),
                String::new(),
            ),
        )
    })
}

fn find(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    decision_id: &str,
) -> AppResult<Decision> {
    let id = crate::ids::parse(decision_id).ok_or(AppError::NotFound)?;
    decisions::table
        .filter(decisions::tenant_id.eq(&actor.tenant_id))
        .filter(decisions::order_id.eq(order_id))
        .filter(decisions::id.eq(id))
        .select(Decision::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

/// Decisions of orders the actor can see: of one order, or open ones across their scope.
pub fn list(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: Option<&OrderId>,
    only_open: bool,
    keyset: &Keyset,
) -> AppResult<Page<DecisionView>> {
    let (answerer, requester) = diesel::alias!(users as answerer, users as requester);
    let q = decisions::table
        .inner_join(orders::table)
        .inner_join(requester.on(requester.field(users::id).eq(decisions::requested_by)))
        .left_join(
            answerer.on(answerer
                .field(users::id)
                .nullable()
                .eq(decisions::answered_by)),
        )
        .filter(decisions::tenant_id.eq(actor.tenant_id.clone()))
        .into_boxed();
    let mut q = crate::orders::scope_to_actor!(q, actor, crate::policy::Part::Progress);
    if let Some(o) = order_id {
        q = q.filter(decisions::order_id.eq(o.to_string()));
    }
    if only_open {
        q = q.filter(decisions::status.eq(OPEN));
    }
    if let Some(after) = keyset.after_id()? {
        q = q.filter(decisions::id.lt(after));
    }
    let rows: Vec<(Decision, String, String, Option<String>)> = q
        .order(decisions::id.desc())
        .limit(keyset.fetch())
        .select((
            Decision::as_select(),
            orders::reference,
            requester.field(users::display_name),
            answerer.field(users::display_name).nullable(),
        ))
        .load(conn)?;
    Ok(keyset.page(rows, |r| id_cursor(&r.0.id)).map(
        |(decision, order_reference, requested_by_name, answered_by_name)| DecisionView {
            description_blocks: timeline::format::blocks(&decision.description),
            decision,
            order_reference,
            requested_by_name,
            answered_by_name,
        },
    ))
}
