//! The demo's files, stored and committed as uploads are (`files::commit`): photos from the
//! factory floor on several milestones, with the previews the worker would make; documents of
//! record (a packing list issued and then issued again corrected, a proforma invoice proposed
//! by one admin and approved by the other, an inspection report) and a test certificate; and
//! the weekly progress report of Northwind's orders.

use sha2::{Digest, Sha256};

use super::pictures::{self, Cloth};
use super::story::{DemoOrder, MILESTONES, at};
use super::{ADMIN, ADMIN2, CUSTOMERS, Cast, MERCH, NORTHWIND, QC};
use crate::app::AppState;
use crate::auth::secrets;
use crate::error::{AppError, AppResult};
use crate::files::{self, Attach, FileRow, Stored, scrub, sniff};
use crate::ids::{FileId, today};
use crate::policy::Actor;
use crate::storage::Storage;

/// Photos taken for a customer update on an order's milestone.
pub(super) struct Shoot {
    /// Index of the order in the demo.
    pub order: usize,
    /// Position of the milestone (0: fabric sourcing ... 6: shipping).
    pub milestone: usize,
    /// Who took them (`PEOPLE` index).
    pub by: usize,
    pub note: &'static str,
    pub pictures: &'static [(&'static str, Cloth)],
}

const NAVY: [u8; 3] = [34, 44, 78];
const RED: [u8; 3] = [150, 36, 40];
const BLACK: [u8; 3] = [40, 40, 44];
const SKY: [u8; 3] = [118, 158, 204];
const LINEN: [u8; 3] = [206, 192, 164];
const OLIVE: [u8; 3] = [128, 126, 92];
const HEATHER: [u8; 3] = [150, 152, 158];

pub(super) const SHOOTS: [Shoot; 8] = [
    Shoot {
        order: 1,
        milestone: 0,
        by: MERCH,
        note: "Shell fabric in from the mill: the navy ripstop matches the approved lab dip, and so does the red lining.",
        pictures: &[
            ("shell-fabric-navy.jpg", Cloth::Ripstop(NAVY)),
            ("lining-red.jpg", Cloth::Ripstop(RED)),
        ],
    },
    Shoot {
        order: 1,
        milestone: 1,
        by: MERCH,
        note: "Cutting finished: 1,500 sets of panels, bundled by size.",
        pictures: &[("cut-panels.jpg", Cloth::Ripstop(NAVY))],
    },
    Shoot {
        order: 1,
        milestone: 2,
        by: MERCH,
        note: "Sewing started on line 3, quilting the down channels first.",
        pictures: &[("quilting-line-3.jpg", Cloth::Ripstop(NAVY))],
    },
    Shoot {
        order: 2,
        milestone: 2,
        by: MERCH,
        note: "Sewing finished; the hoodies go to finishing next.",
        pictures: &[("hoodie-fleece.jpg", Cloth::Knit(HEATHER))],
    },
    Shoot {
        order: 3,
        milestone: 3,
        by: MERCH,
        note: "Washed and pressed: the linen keeps its soft slub look.",
        pictures: &[("pressed-linen.jpg", Cloth::Linen(LINEN))],
    },
    Shoot {
        order: 3,
        milestone: 4,
        by: QC,
        note: "Final inspection under way: measurements and seams checked on the first 80 pieces.",
        pictures: &[("inspection-table.jpg", Cloth::Linen(OLIVE))],
    },
    Shoot {
        order: 4,
        milestone: 5,
        by: MERCH,
        note: "Shirts folded, bagged and packed: 48 cartons ready for ex-factory.",
        pictures: &[
            ("folded-shirts.jpg", Cloth::Oxford(SKY)),
            ("carton-marks.jpg", Cloth::Carton),
        ],
    },
    Shoot {
        order: 5,
        milestone: 4,
        by: QC,
        note: "Final inspection passed (AQL 2.5); the report is with the documents.",
        pictures: &[("final-inspection.jpg", Cloth::Ripstop(BLACK))],
    },
];

pub(super) async fn add(state: &AppState, cast: &Cast) -> AppResult<()> {
    let photos = photos(state, cast).await?;
    // The previews the worker makes of each photo, made now so that the galleries and the
    // report show them at once.
    for id in &photos {
        files::derive::run(state, id).await?;
    }
    documents(state, cast).await?;
    report(state, cast).await?;
    // The queue as the worker leaves it: the jobs the uploads and the report queued have
    // nothing left to do. (Any other due job runs too, as on a worker.)
    crate::jobs::drain(state, "demo").await?;
    Ok(())
}

/// Every shoot's photos on its update and milestone; returns their ids.
async fn photos(state: &AppState, cast: &Cast) -> AppResult<Vec<FileId>> {
    let mut ids = Vec::new();
    for (n, shoot) in SHOOTS.iter().enumerate() {
        let o = &cast.orders[shoot.order];
        let day = o.plan.actual[shoot.milestone].unwrap_or_else(today);
        let mut taken = Vec::new();
        for (k, (name, cloth)) in shoot.pictures.iter().enumerate() {
            let (cloth, seed, when) = (*cloth, (n * 7 + k) as u32, at(day, 10, 5 + 6 * k as u32));
            let jpeg = actix_web::web::block(move || pictures::photo(cloth, seed, when))
                .await
                .map_err(AppError::internal)??;
            taken.push((name.to_string(), jpeg));
        }
        let entry = o
            .updates
            .iter()
            .find(|(s, _)| *s == n)
            .map(|(_, e)| e.clone());
        let attach = Attach {
            entry_id: entry,
            ..attach(o, Some(shoot.milestone), None)
        };
        let rows = upload(state, &cast.actor(shoot.by), attach, taken).await?;
        ids.extend(rows.into_iter().map(|r| r.id));
    }
    Ok(ids)
}

fn attach(o: &DemoOrder, milestone: Option<usize>, kind: Option<&str>) -> Attach {
    Attach {
        order_id: o.id.clone(),
        milestone_id: milestone.map(|m| o.milestones[m].clone()),
        entry_id: None,
        kind: kind.map(String::from),
        visibility: Some("customer".into()),
        replaces: None,
    }
}

/// Stores the objects and commits their rows, as an upload does; on failure no object stays.
async fn upload(
    state: &AppState,
    actor: &Actor,
    attach: Attach,
    named: Vec<(String, Vec<u8>)>,
) -> AppResult<Vec<FileRow>> {
    let mut stored = Vec::new();
    let mut result = Ok(());
    for (name, bytes) in named {
        let Some(content_type) = sniff::content_type(&bytes[..bytes.len().min(sniff::SNIFF_LEN)])
        else {
            result = Err(AppError::internal(format!(
                "{name}: not a file type Portico takes"
            )));
            break;
        };
        let s = Stored {
            key: Storage::new_key(&actor.tenant_id),
            display_name: name,
            content_type,
            size: bytes.len() as u64,
            sha256: secrets::hex(&Sha256::digest(&bytes)),
            scrub: scrub::applies(content_type)
                .then(|| scrub::plan_picture(content_type, &bytes).to_json()),
        };
        let key = s.key.clone();
        stored.push(s);
        if let Err(e) = state.storage.put(&key, bytes).await {
            result = Err(e.into());
            break;
        }
    }
    let committed = match result {
        Ok(()) => {
            let (a, s, quota) = (
                actor.clone(),
                stored.clone(),
                state.config.limits.tenant_quota,
            );
            state
                .db
                .run(move |c| files::commit(c, &a, quota, &attach, &s))
                .await
        }
        Err(e) => Err(e),
    };
    if committed.is_err() {
        for s in &stored {
            let _ = state.storage.delete(&s.key).await;
        }
    }
    committed
}

async fn one(
    state: &AppState,
    actor: &Actor,
    attach: Attach,
    name: &str,
    bytes: Vec<u8>,
) -> AppResult<FileId> {
    upload(state, actor, attach, vec![(name.to_string(), bytes)])
        .await?
        .into_iter()
        .next()
        .map(|r| r.id)
        .ok_or_else(|| AppError::internal("a demo upload committed no row"))
}

/// Issues a draft (or, for the kinds that carry payment terms, proposes it for issue).
async fn issue(state: &AppState, actor: &Actor, id: &FileId) -> AppResult<()> {
    let (keys, a, id) = (state.keys.clone(), actor.clone(), id.clone());
    state
        .db
        .run(move |c| files::records::issue(c, &keys, &a, &id).map(|_| ()))
        .await
}

async fn documents(state: &AppState, cast: &Cast) -> AppResult<()> {
    let (merch, qc) = (cast.actor(MERCH), cast.actor(QC));
    let (admin, admin2) = (cast.actor(ADMIN), cast.actor(ADMIN2));
    // The packing list of PO-2026-0105, issued; then the final count found two more cartons,
    // and the corrected version was issued in its place.
    let o = &cast.orders[4];
    let name = format!("packing-list-{}.pdf", o.reference);
    let kind = Some("packing_list");
    let v1 = one(
        state,
        &merch,
        attach(o, Some(5), kind),
        &name,
        packing_list(o, 1),
    )
    .await?;
    issue(state, &admin, &v1).await?;
    let again = Attach {
        replaces: Some(v1),
        ..attach(o, Some(5), kind)
    };
    let v2 = one(state, &merch, again, &name, packing_list(o, 2)).await?;
    issue(state, &admin, &v2).await?;
    // The proforma invoice of PO-2026-0102 carries payment terms: Li Wei proposes it, Wang
    // Fang approves and it is issued.
    let o = &cast.orders[1];
    let kind = Some("proforma_invoice");
    let pi = one(
        state,
        &merch,
        attach(o, None, kind),
        "proforma-invoice-PI-2026-0102.pdf",
        proforma(o),
    )
    .await?;
    issue(state, &admin, &pi).await?;
    let keys = state.keys.clone();
    state
        .db
        .run(move |c| files::records::approve(c, &keys, &admin2, &pi).map(|_| ()))
        .await?;
    // The final inspection report of PO-2026-0106, by the QC inspector.
    let o = &cast.orders[5];
    let kind = Some("inspection_report");
    let name = format!("final-inspection-{}.pdf", o.reference);
    let report = one(state, &qc, attach(o, Some(4), kind), &name, inspection(o)).await?;
    issue(state, &admin, &report).await?;
    // A test certificate of PO-2026-0104's fabric (not a document of record: shown as is).
    let o = &cast.orders[3];
    let kind = Some("certificate");
    one(
        state,
        &merch,
        attach(o, Some(0), kind),
        "fibre-content-test-report.pdf",
        certificate(o),
    )
    .await?;
    Ok(())
}

/// Northwind's orders over the last seven days, as a buyer or the weekly run asks for it.
async fn report(state: &AppState, cast: &Cast) -> AppResult<()> {
    let admin = cast.actor(ADMIN);
    let request = crate::reports::Request {
        customer_org_id: Some(cast.orgs[NORTHWIND].to_string()),
        ..Default::default()
    };
    let id = state
        .db
        .run(move |c| crate::reports::request(c, &admin, &request))
        .await?;
    // Without fonts (see the README) the report stays in the archive as failed; the rest of
    // the demo stands.
    if let Err(e) = crate::reports::run(state, &id).await {
        tracing::warn!(error = %e, "the demo's progress report could not be made");
    }
    Ok(())
}

fn header(o: &DemoOrder, what: &str) -> Vec<String> {
    vec![
        format!("{what} for order {}", o.reference),
        "Seller:     Demo Textiles Co., Ltd., 88 Textile Road, Ningbo, China".into(),
        format!("Buyer:      {}", CUSTOMERS[o.org]),
        format!(
            "Ex-factory: {}    ETD: {}    Port of loading: Ningbo",
            o.plan.ex_factory, o.plan.etd
        ),
        String::new(),
    ]
}

fn packing_list(o: &DemoOrder, version: i32) -> Vec<u8> {
    let xl = if version == 1 { 10 } else { 12 };
    let mut lines = header(o, "Packing list");
    lines.push("Cartons  Style               Colour      Size  Pcs/ctn   Pcs  G.W. kg".into());
    let mut from = 1;
    let (mut cartons, mut pcs) = (0, 0);
    for (size, n) in [("S", 8), ("M", 14), ("L", 14), ("XL", xl)] {
        lines.push(format!(
            "{:<8} Men's cotton shirt  light blue  {size:<4}  50       {:>4}  {:>6.1}",
            format!("{from}-{}", from + n - 1),
            50 * n,
            n as f64 * 12.4
        ));
        from += n;
        cartons += n;
        pcs += 50 * n;
    }
    lines.push(format!("Total    {cartons} cartons, {pcs} pieces"));
    if version == 2 {
        lines.push(String::new());
        lines.push(
            "Version 2: two cartons of size XL added after the final count (48 cartons, was 46)."
                .into(),
        );
    }
    pictures::pdf(
        &format!("Packing list {} (version {version})", o.reference),
        &lines,
    )
}

fn proforma(o: &DemoOrder) -> Vec<u8> {
    let mut lines = header(o, "Proforma invoice PI-2026-0102");
    lines.extend(
        [
            "Description                    Qty   Unit USD    Amount USD",
            "Women's down jacket, navy     1500      32.93     49,395.00",
            "Total FOB Ningbo                                  49,395.00",
            "",
            "Terms: 30% deposit (USD 14,818.50) with the order, 70% against",
            "a copy of the bill of lading.",
            "Pay only to the bank details of record in Portico (Payments),",
            "never to bank details sent by e-mail.",
        ]
        .map(String::from),
    );
    pictures::pdf("Proforma invoice PI-2026-0102", &lines)
}

fn inspection(o: &DemoOrder) -> Vec<u8> {
    let day = o.plan.actual[4].unwrap_or_else(today);
    let mut lines = header(o, "Final inspection report");
    lines.push(format!(
        "Inspected on {day} by Chen Jie (QC), at the factory"
    ));
    lines.extend(
        [
            "Standard: ISO 2859-1, level II, AQL 2.5 major / 4.0 minor",
            "Sample:   200 pieces from 54 cartons",
            "",
            "Check                          Found   Allowed",
            "Critical defects                   0         0",
            "Major defects                      3        10",
            "Minor defects                      7        14",
            "Measurements (12 points)       within tolerance",
            "Down fill weight               within 3%",
            "Carton drop test               passed",
            "",
            "Result: PASSED",
        ]
        .map(String::from),
    );
    pictures::pdf(&format!("Final inspection report {}", o.reference), &lines)
}

fn certificate(o: &DemoOrder) -> Vec<u8> {
    let lines = [
        format!(
            "Sample:   bulk fabric of order {} (linen, natural)",
            o.reference
        ),
        "Method:   ISO 1833 (fibre content), ISO 105-C06 (colour fastness)".into(),
        String::new(),
        "Fibre content:                  100% linen (flax)".into(),
        "Colour fastness to washing:     grade 4-5".into(),
        "Dimensional change (3 washes):  -2.1% / -1.4%".into(),
        String::new(),
        format!(
            "Tested for {} ({}).",
            CUSTOMERS[o.org],
            MILESTONES[0].to_lowercase()
        ),
    ];
    pictures::pdf("Fibre content test report", &lines)
}
