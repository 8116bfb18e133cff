//! What the order page shows, gathered in one place: the order with its milestones, the
//! timeline page, decisions, share links, the latest photos and the files of each timeline
//! entry, each only as far as the reader may see it (`policy`). The handler only renders.

use std::collections::HashMap;

use crate::db::DbConn;
use crate::decisions::DecisionView;
use crate::error::AppResult;
use crate::files::{FileView, ListQuery};
use crate::policy::{self, Actor, Part};
use crate::shares::LinkView;
use crate::timeline;
use crate::web::paging::{Keyset, Page};

use super::OrderDetail;

pub struct OrderPage {
    pub detail: OrderDetail,
    /// The tenant's staff (id, name, role), for assignment and milestone owners; staff only.
    pub staff: Vec<(String, String, String)>,
    pub timeline: Page<timeline::Entry>,
    pub decisions: Vec<DecisionView>,
    pub share_links: Vec<LinkView>,
    /// The latest photos and videos.
    pub media: Page<FileView>,
    /// The files attached to each timeline entry shown.
    pub entry_files: HashMap<String, Vec<FileView>>,
}

/// How many photos the page shows before "see all".
const MEDIA: i64 = 8;

pub fn assemble(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
    before: Option<&str>,
) -> AppResult<OrderPage> {
    let detail = super::detail(conn, actor, id)?;
    let order_id = detail.row.order.id.clone();
    let staff = if policy::can_see_internal(actor) {
        crate::people::list_staff(conn, &actor.tenant_id)?
    } else {
        Vec::new()
    };
    let timeline = if policy::sees_part(actor, Part::Progress) {
        let keyset = Keyset::new(timeline::PAGE, before.map(String::from));
        timeline::page(conn, actor, &order_id, &keyset)?
    } else {
        Page {
            items: Vec::new(),
            next: None,
        }
    };
    let decisions =
        crate::decisions::list(conn, actor, Some(&order_id), false, &Keyset::first(100))?.items;
    let share_links = if policy::can_share(actor) {
        crate::shares::list(conn, actor, Some(&order_id), &Keyset::first(500))?.items
    } else {
        Vec::new()
    };
    let media = crate::files::list(
        conn,
        actor,
        &order_id,
        &ListQuery {
            group: Some("media".into()),
            ..Default::default()
        },
        &Keyset::first(MEDIA),
    )?;
    let entry_ids: Vec<String> = timeline.items.iter().map(|e| e.id.clone()).collect();
    let entry_files = crate::files::of_entries(
        conn,
        &actor.tenant_id,
        &order_id,
        &entry_ids,
        policy::can_see_internal(actor),
    )?;
    Ok(OrderPage {
        detail,
        staff,
        timeline,
        decisions,
        share_links,
        media,
        entry_files,
    })
}
