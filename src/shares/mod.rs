//! Share links: read-only access to one order's customer-visible parts for someone without an
//! account. The token is stored only as a hash, an expiry is required (at most the tenant's
//! maximum), a password is optional (argon2, with a lockout after repeated failures), links can
//! be revoked, and every use is counted and audited. (Links to single documents arrive with
//! documents.)

pub mod web;

use crate::db::WriteTransaction;
use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::audit;
use crate::auth::password;
use crate::auth::secrets::{hash_token, random_token};
use crate::db::DbConn;
use crate::db::schema::{orders, share_links, tenants, users};
use crate::error::{AppError, AppResult};
use crate::ids::{OrderId, TenantId, UserId, new_id, now};
use crate::policy::{self, Actor};
use crate::validate;
use crate::web::paging::{Keyset, Page, id_cursor};

pub const MAX_FAILURES: i32 = 5;
pub const LOCK_MINUTES: i64 = 15;

#[derive(Debug, Clone, Queryable, Selectable, Serialize, utoipa::ToSchema)]
#[diesel(table_name = share_links)]
pub struct ShareLink {
    pub id: String,
    #[serde(skip)]
    pub tenant_id: TenantId,
    pub order_id: OrderId,
    #[serde(skip)]
    pub token_hash: String,
    pub label: String,
    #[serde(skip)]
    pub password_hash: Option<String>,
    /// User id of the staff member who made the link.
    pub created_by: UserId,
    #[serde(with = "crate::ids::utc")]
    pub created_at: NaiveDateTime,
    /// The link stops working after this moment (23:59:59 UTC of its last day).
    #[serde(with = "crate::ids::utc")]
    pub expires_at: NaiveDateTime,
    #[serde(default, with = "crate::ids::utc::option")]
    pub revoked_at: Option<NaiveDateTime>,
    /// How many times the link was opened.
    pub access_count: i32,
    #[serde(default, with = "crate::ids::utc::option")]
    pub last_access_at: Option<NaiveDateTime>,
    #[serde(skip)]
    pub failed_attempts: i32,
    #[serde(skip)]
    pub locked_until: Option<NaiveDateTime>,
}

impl ShareLink {
    pub fn is_active(&self) -> bool {
        self.revoked_at.is_none() && self.expires_at > now()
    }
}

/// A link with what its list shows: the order's reference, the creator, password or not.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = ShareLinkView)]
pub struct LinkView {
    #[serde(flatten)]
    pub link: ShareLink,
    pub order_reference: String,
    pub created_by_name: String,
    pub has_password: bool,
    /// Neither revoked nor expired.
    pub active: bool,
}

/// A new share link.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[schema(as = NewShareLink)]
pub struct NewLink {
    /// A note for staff (e.g. who the link is for), at most 120 characters.
    #[serde(default)]
    pub label: String,
    /// Last day the link works (YYYY-MM-DD), required: from today to the tenant's maximum
    /// (14 days unless changed).
    #[serde(default)]
    pub expires_on: String,
    /// Optional; when set, whoever opens the link must type it.
    #[serde(default)]
    pub password: String,
}

/// A share link just made, with its address (shown once: only a hash is stored).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = ShareLinkCreated)]
pub struct Created {
    pub id: String,
    /// The secret part of the address, shown once.
    pub token: String,
    pub url: String,
    #[serde(with = "crate::ids::utc")]
    pub expires_at: NaiveDateTime,
}

pub fn create(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: &OrderId,
    input: &NewLink,
    public_url: &str,
) -> AppResult<Created> {
    let order = crate::orders::find(conn, actor, order_id)?;
    policy::ensure(policy::can_share(actor))?;
    if order.status == crate::orders::OrderStatus::Draft {
        return Err(AppError::invalid(
            "order_draft",
            "A draft order cannot be shared.",
        ));
    }
    let label = validate::optional_text("label", &input.label, 120)?.unwrap_or_default();
    let max_days: i32 = tenants::table
        .find(&actor.tenant_id)
        .select(tenants::share_link_max_days)
        .first(conn)?;
    let today = crate::ids::today();
    let last_day: NaiveDate = validate::optional_date("expires_on", &input.expires_on)?
        .ok_or_else(|| {
            AppError::invalid("expiry_required", "Choose the last day the link works.")
        })?;
    if last_day < today || last_day > today + Duration::days(max_days as i64) {
        return Err(AppError::invalid(
            "expiry_invalid",
            format!(
                "The last day must be between today and {} days from now.",
                max_days
            ),
        ));
    }
    let expires_at = last_day.and_hms_opt(23, 59, 59).expect("valid time");
    // Hash the password before anything is stored: a link whose password could not be set is
    // never created, let alone left public.
    let password_hash = match input.password.as_str() {
        "" => None,
        p => {
            password::validate_new(p)?;
            Some(password::hash(p)?)
        }
    };
    let token = random_token();
    conn.write_tx(|conn| {
        let id = new_id();
        diesel::insert_into(share_links::table)
            .values((
                share_links::id.eq(&id),
                share_links::tenant_id.eq(&actor.tenant_id),
                share_links::order_id.eq(&order.id),
                share_links::token_hash.eq(hash_token(&token)),
                share_links::label.eq(&label),
                share_links::password_hash.eq(password_hash.as_deref()),
                share_links::created_by.eq(&actor.user_id),
                share_links::created_at.eq(now()),
                share_links::expires_at.eq(expires_at),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            actor.event(
                "share.create",
                "order",
                Some(&order.id),
                format!(
                    "link {id} until {last_day}{}",
                    if password_hash.is_some() {
                        ", password"
                    } else {
                        ""
                    }
                ),
            ),
        )?;
        Ok(Created {
            url: format!("{public_url}/s/{token}"),
            id,
            token: token.clone(),
            expires_at,
        })
    })
}

/// A page of the links of one order, or of every order the actor sees (`order_id` None),
/// newest first.
pub fn list(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: Option<&OrderId>,
    keyset: &Keyset,
) -> AppResult<Page<LinkView>> {
    select(conn, actor, order_id, None, keyset)
}

/// Links the actor may manage, by order or by link id, through the order scope.
fn select(
    conn: &mut DbConn,
    actor: &Actor,
    order_id: Option<&OrderId>,
    link_id: Option<&str>,
    keyset: &Keyset,
) -> AppResult<Page<LinkView>> {
    policy::ensure(policy::can_share(actor) || policy::can_manage_people(actor))?;
    let q = share_links::table
        .inner_join(orders::table)
        .inner_join(users::table.on(users::id.eq(share_links::created_by)))
        .filter(share_links::tenant_id.eq(actor.tenant_id.clone()))
        .into_boxed();
    let mut q = crate::orders::scope_to_actor!(q, actor);
    if let Some(o) = order_id {
        q = q.filter(share_links::order_id.eq(o.to_string()));
    }
    if let Some(l) = link_id {
        q = q.filter(share_links::id.eq(l.to_string()));
    }
    if let Some(after) = keyset.after_id()? {
        q = q.filter(share_links::id.lt(after));
    }
    let rows: Vec<(ShareLink, String, String)> = q
        .order(share_links::id.desc())
        .limit(keyset.fetch())
        .select((
            ShareLink::as_select(),
            orders::reference,
            users::display_name,
        ))
        .load(conn)?;
    Ok(keyset.page(rows, |(l, _, _)| id_cursor(&l.id)).map(
        |(link, order_reference, created_by_name)| LinkView {
            has_password: link.password_hash.is_some(),
            active: link.is_active(),
            link,
            order_reference,
            created_by_name,
        },
    ))
}

pub fn revoke(conn: &mut DbConn, actor: &Actor, link_id: &str) -> AppResult<OrderId> {
    let id = crate::ids::parse(link_id).ok_or(AppError::NotFound)?;
    let found = select(conn, actor, None, Some(&id), &Keyset::first(1))?
        .items
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    conn.write_tx(|conn| {
        // Revoking twice keeps the first time: the record says when the link stopped working.
        let changed = diesel::update(
            share_links::table
                .filter(share_links::tenant_id.eq(&actor.tenant_id))
                .filter(share_links::id.eq(&id))
                .filter(share_links::revoked_at.is_null()),
        )
        .set(share_links::revoked_at.eq(Some(now())))
        .execute(conn)?;
        if changed == 0 {
            return Ok(found.link.order_id.clone());
        }
        audit::record(
            conn,
            actor.event(
                "share.revoke",
                "order",
                Some(&found.link.order_id),
                format!("link {id}"),
            ),
        )?;
        Ok(found.link.order_id.clone())
    })
}

/// The active link a token opens, or not found (expired, revoked and unknown look the same).
pub fn open(conn: &mut DbConn, token: &str) -> AppResult<ShareLink> {
    let link = share_links::table
        .filter(share_links::token_hash.eq(hash_token(token)))
        .select(ShareLink::as_select())
        .first(conn)
        .optional()?
        .filter(ShareLink::is_active)
        .ok_or(AppError::NotFound)?;
    Ok(link)
}

/// Wrong passwords a link allows in `LOCK_MINUTES` before it locks, whatever is typed.
pub const PASSWORD_RULE: crate::auth::limits::Rule = crate::auth::limits::Rule {
    limit: MAX_FAILURES,
    window: Duration::minutes(LOCK_MINUTES),
    backoff: &[],
};

fn password_key(link: &ShareLink) -> String {
    format!("share-password:{}", link.id)
}

/// Counts a password try before it is checked (atomic on both backends: the security drill's
/// 40 parallel wrong passwords never locked the read-modify-write counter), or refuses it.
pub fn begin_password(conn: &mut DbConn, link: &ShareLink) -> AppResult<()> {
    match crate::auth::limits::take(conn, &password_key(link), &PASSWORD_RULE)? {
        crate::auth::limits::Taken::Allowed { .. } => Ok(()),
        crate::auth::limits::Taken::Refused { retry_after } => Err(AppError::invalid(
            "share_locked",
            format!(
                "Too many wrong passwords. Try again in {}.",
                crate::auth::limits::wait_text(retry_after)
            ),
        )),
    }
}

/// Whether `attempt` is the link's password (argon2: call on the blocking pool, with no
/// database connection held). A link without a password opens for anyone.
pub fn password_matches(link: &ShareLink, attempt: &str) -> bool {
    match &link.password_hash {
        Some(hash) => password::verify(attempt, hash),
        None => true,
    }
}

/// After the check: a right password clears the count, a wrong one is audited.
pub fn finish_password(conn: &mut DbConn, link: &ShareLink, ok: bool, ip: &str) -> AppResult<()> {
    if ok {
        return crate::auth::limits::clear(conn, &password_key(link));
    }
    audit::record(
        conn,
        audit::Event {
            tenant_id: Some(&link.tenant_id),
            actor_user_id: None,
            action: "share.password_failed",
            object_type: "order",
            object_id: Some(&link.order_id),
            detail: format!("link {}", link.id),
            ip,
        },
    )?;
    Err(AppError::invalid(
        "share_password",
        "The password is not correct.",
    ))
}

/// Audits a file downloaded through a link (originals and documents; thumbnails are not).
pub fn record_download(
    conn: &mut DbConn,
    link: &ShareLink,
    f: &crate::files::FileRow,
    ip: &str,
) -> AppResult<()> {
    audit::record(
        conn,
        audit::Event {
            tenant_id: Some(&link.tenant_id),
            actor_user_id: None,
            action: "share.download",
            object_type: "file",
            object_id: Some(&f.id),
            detail: format!(
                "link {} {} {} v{}",
                link.id, f.kind, f.display_name, f.version
            ),
            ip,
        },
    )
}

/// Counts and audits a view.
pub fn record_view(conn: &mut DbConn, link: &ShareLink, ip: &str) -> AppResult<()> {
    conn.write_tx(|conn| {
        diesel::update(share_links::table.filter(share_links::id.eq(&link.id)))
            .set((
                share_links::access_count.eq(share_links::access_count + 1),
                share_links::last_access_at.eq(Some(now())),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            audit::Event {
                tenant_id: Some(&link.tenant_id),
                actor_user_id: None,
                action: "share.view",
                object_type: "order",
                object_id: Some(&link.order_id),
                detail: format!("link {}", link.id),
                ip,
            },
        )
    })
}

/// What a link shows: the order's facts, milestones and customer-visible timeline only.
#[derive(Debug, Clone, Serialize)]
pub struct SharedOrder {
    pub order: crate::orders::Order,
    pub tenant_name: String,
    pub milestones: Vec<crate::orders::Milestone>,
    pub timeline: Vec<crate::timeline::Entry>,
    /// The customer-visible photos and videos.
    pub media: Vec<crate::files::FileView>,
    /// The customer-visible documents (documents of record once issued).
    pub documents: Vec<crate::files::FileView>,
}

pub fn shared_order(conn: &mut DbConn, link: &ShareLink) -> AppResult<SharedOrder> {
    let order: crate::orders::Order = orders::table
        .filter(orders::tenant_id.eq(&link.tenant_id))
        .filter(orders::id.eq(&link.order_id))
        .filter(orders::status.ne("draft"))
        .select(crate::orders::Order::as_select())
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    let tenant_name = tenants::table
        .find(&link.tenant_id)
        .select(tenants::name)
        .first(conn)?;
    let milestones = crate::orders::milestones::of_order(conn, &link.tenant_id, &order.id)?;
    let timeline =
        crate::timeline::entries(conn, &link.tenant_id, &order.id, false, &Keyset::first(50))?
            .items;
    let (documents, media): (Vec<_>, Vec<_>) =
        crate::files::of_shared_order(conn, &link.tenant_id, &order.id)?
            .into_iter()
            .partition(|f| crate::files::is_document_kind(f.file.kind));
    Ok(SharedOrder {
        order,
        tenant_name,
        milestones,
        timeline,
        media,
        documents,
    })
}
