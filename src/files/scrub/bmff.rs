//! ISO base media files: HEIC pictures (read whole) and MP4/MOV videos (box headers by
//! range reads, the `moov` box whole). See the parent module for what goes and what stays.

use futures_util::StreamExt;

use super::{
    Bad, Edit, Found, MAX_DEPTH, MAX_EDITS, MAX_MOOV_BYTES, Refusal, Scrub, be_n, be16, be32, zero,
};
use crate::storage::{Storage, StorageError};

/// An ISO-BMFF box: (type, start, payload start, end).
type BoxAt = ([u8; 4], usize, usize, usize);

/// The ISO-BMFF boxes inside `d[from..to]`.
pub(super) fn bmff_boxes(d: &[u8], from: usize, to: usize) -> Result<Vec<BoxAt>, Bad> {
    let mut out = Vec::new();
    let mut i = from;
    while i + 8 <= to {
        let size = be32(d, i)?;
        let ty: [u8; 4] = d[i + 4..i + 8].try_into().map_err(|_| Bad)?;
        let (payload, end) = match size {
            0 => (i + 8, to),
            1 => {
                let large = be_n(d, i + 8, 8)?;
                (
                    i + 16,
                    i.checked_add(usize::try_from(large).map_err(|_| Bad)?)
                        .ok_or(Bad)?,
                )
            }
            n => (i + 8, i.checked_add(n as usize).ok_or(Bad)?),
        };
        if end < payload || end > to {
            return Err(Bad);
        }
        out.push((ty, i, payload, end));
        i = end;
    }
    Ok(out)
}

pub(super) fn heic(d: &[u8]) -> Found {
    let mut out = Vec::new();
    for (ty, start, payload, end) in bmff_boxes(d, 0, d.len())? {
        match &ty {
            b"meta" => heic_meta(d, payload + 4, end, &mut out)?,
            // An image sequence carries a movie of its own.
            b"moov" => movie_children(d, payload, end, 0, d.len() as u64, 0, &mut out)?,
            // Samsung's motion photo: an MP4 with its own position, inside the picture.
            b"mpvd" | b"udta" | b"uuid" => blank_box(start, payload, end, 0, &mut out),
            _ => {}
        }
    }
    Ok(out)
}

/// A box renamed `free` and zeroed (its header keeps its length).
fn blank_box(start: usize, payload: usize, end: usize, base: u64, out: &mut Vec<Edit>) {
    out.push(Edit::Put {
        at: base + start as u64 + 4,
        put: b"free".to_vec(),
    });
    if end > payload {
        out.push(Edit::Zero {
            at: base + payload as u64,
            zero: (end - payload) as u64,
        });
    }
}

/// The `Exif` and `mime` items of a HEIF `meta` box (children from `from`), zeroed where
/// `iloc` says their data is.
fn heic_meta(d: &[u8], from: usize, to: usize, out: &mut Vec<Edit>) -> Result<(), Bad> {
    let children = bmff_boxes(d, from, to)?;
    let mut meta_items = std::collections::HashSet::new();
    let mut idat = None;
    for (ty, _, p, end) in &children {
        match ty {
            b"iinf" => {
                let version = *d.get(*p).ok_or(Bad)?;
                let first = p + 4 + if version == 0 { 2 } else { 4 };
                for (ety, _, ep, _) in bmff_boxes(d, first, *end)? {
                    if &ety != b"infe" {
                        continue;
                    }
                    let v = *d.get(ep).ok_or(Bad)?;
                    let (id, after) = match v {
                        2 => (be16(d, ep + 4)? as u64, ep + 6),
                        3 => (be32(d, ep + 4)?, ep + 8),
                        // Versions 0 and 1 name no item type: we cannot tell metadata.
                        _ => return Err(Bad),
                    };
                    let item_type = d.get(after + 2..after + 6).ok_or(Bad)?;
                    if item_type == b"Exif" || item_type == b"mime" || item_type == b"uri " {
                        meta_items.insert(id);
                    }
                }
            }
            b"idat" => idat = Some((*p, *end)),
            _ => {}
        }
    }
    for (ty, _, p, end) in &children {
        if ty != b"iloc" {
            continue;
        }
        let version = *d.get(*p).ok_or(Bad)?;
        let sizes = *d.get(p + 4).ok_or(Bad)?;
        let more = *d.get(p + 5).ok_or(Bad)?;
        let (off_size, len_size) = ((sizes >> 4) as usize, (sizes & 15) as usize);
        let base_size = (more >> 4) as usize;
        let index_size = if version >= 1 {
            (more & 15) as usize
        } else {
            0
        };
        let mut i = p + 6;
        // Counts and item ids are 16 bits before version 2, 32 bits from it.
        let wide = if version < 2 { 2 } else { 4 };
        let count = be_n(d, i, wide)?;
        i += wide;
        for _ in 0..count {
            let id = be_n(d, i, wide)?;
            i += wide;
            let method = if version >= 1 {
                i += 2;
                be16(d, i - 2)? & 15
            } else {
                0
            };
            i += 2; // data_reference_index
            let base = be_n(d, i, base_size)?;
            i += base_size;
            let extents = be16(d, i)?;
            i += 2;
            for _ in 0..extents {
                i += index_size;
                let off = be_n(d, i, off_size)?;
                i += off_size;
                let len = be_n(d, i, len_size)?;
                i += len_size;
                if i > *end {
                    return Err(Bad);
                }
                if out.len() > MAX_EDITS {
                    return Err(Bad);
                }
                if !meta_items.contains(&id) {
                    continue;
                }
                let rel = base.checked_add(off).ok_or(Bad)?;
                let start = match method {
                    0 => rel,
                    1 => {
                        let (ip, _) = idat.ok_or(Bad)?;
                        (ip as u64).checked_add(rel).ok_or(Bad)?
                    }
                    _ => return Err(Bad),
                };
                let limit = match method {
                    1 => idat.map_or(0, |(_, e)| e as u64),
                    _ => d.len() as u64,
                };
                let len = if len == 0 {
                    limit.saturating_sub(start)
                } else {
                    len
                };
                if start.checked_add(len).is_none_or(|e| e > limit) {
                    return Err(Bad);
                }
                out.push(zero(start as usize, len as usize));
            }
        }
    }
    Ok(())
}

async fn read(storage: &Storage, key: &str, from: u64, to: u64) -> Result<Vec<u8>, StorageError> {
    let mut s = storage.stream(key, Some(from..to)).await?;
    let mut v = Vec::with_capacity((to - from) as usize);
    while let Some(c) = s.next().await {
        v.extend_from_slice(&c?);
    }
    Ok(v)
}

/// MP4 and MOV: the top-level boxes are walked with small range reads (the media data is
/// never read), and the `moov` box is read whole and planned on a blocking thread.
pub(super) async fn movie(storage: &Storage, key: &str, size: u64) -> Result<Scrub, StorageError> {
    let mut edits = Vec::new();
    let mut at = 0u64;
    let bad = || Ok(Scrub::Refused(Refusal::Unreadable));
    while at + 8 <= size {
        let head = read(storage, key, at, (at + 16).min(size)).await?;
        let (Ok(n), Some(ty)) = (be32(&head, 0), head.get(4..8)) else {
            return bad();
        };
        let (payload, end) = match n {
            0 => (at + 8, size),
            1 => match be_n(&head, 8, 8) {
                Ok(l) => (at + 16, at.saturating_add(l)),
                Err(_) => return bad(),
            },
            n => (at + 8, at + n),
        };
        if end < payload || end > size {
            return bad();
        }
        match ty {
            b"moov" => {
                if end - at > MAX_MOOV_BYTES {
                    return Ok(Scrub::Refused(Refusal::TooLarge));
                }
                let moov = read(storage, key, at, end).await?;
                let inner = (payload - at) as usize;
                let planned = tokio::task::spawn_blocking(move || {
                    let mut e = Vec::new();
                    movie_children(&moov, inner, moov.len(), at, size, 0, &mut e).map(|_| e)
                })
                .await;
                match planned {
                    Ok(Ok(e)) => edits.extend(e),
                    _ => return bad(),
                }
            }
            b"udta" | b"meta" | b"uuid" => blank_box(
                0,
                (payload - at) as usize,
                (end - at) as usize,
                at,
                &mut edits,
            ),
            // A compressed movie header cannot be checked.
            b"cmov" => return bad(),
            _ => {}
        }
        at = end;
    }
    Ok(Scrub::edits(edits))
}

/// Inside `moov` (bytes `d`, at file offset `base`, of a file of `size` bytes): metadata
/// boxes of the movie and its tracks become `free` and are zeroed, and so are the samples of
/// every track that is neither picture nor sound (GoPro, DJI, Sony and dashcam GPS tracks,
/// Google's camera motion, subtitle tracks some drones write positions into).
pub(super) fn movie_children(
    d: &[u8],
    from: usize,
    to: usize,
    base: u64,
    size: u64,
    depth: u32,
    out: &mut Vec<Edit>,
) -> Result<(), Bad> {
    if depth > MAX_DEPTH {
        return Err(Bad);
    }
    for (ty, start, payload, end) in bmff_boxes(d, from, to)? {
        match &ty {
            b"udta" | b"meta" | b"uuid" => blank_box(start, payload, end, base, out),
            b"cmov" => return Err(Bad),
            b"trak" => {
                movie_children(d, payload, end, base, size, depth + 1, out)?;
                track_samples(d, payload, end, size, out)?;
            }
            b"mdia" | b"minf" => movie_children(d, payload, end, base, size, depth + 1, out)?,
            _ => {}
        }
    }
    Ok(())
}

/// The first child of type `ty` of the box whose children are `d[from..to]`.
fn child(d: &[u8], from: usize, to: usize, ty: &[u8; 4]) -> Result<Option<(usize, usize)>, Bad> {
    Ok(bmff_boxes(d, from, to)?
        .into_iter()
        .find(|b| &b.0 == ty)
        .map(|b| (b.2, b.3)))
}

/// A track that is neither video nor sound: its samples zeroed, chunk by chunk, where the
/// sample tables (`stsc`, `stsz`, `stco`/`co64`) say they are.
fn track_samples(
    d: &[u8],
    from: usize,
    to: usize,
    size: u64,
    out: &mut Vec<Edit>,
) -> Result<(), Bad> {
    let Some((mdia, mdia_end)) = child(d, from, to, b"mdia")? else {
        return Ok(());
    };
    let Some((hdlr, _)) = child(d, mdia, mdia_end, b"hdlr")? else {
        return Err(Bad);
    };
    let handler = d.get(hdlr + 8..hdlr + 12).ok_or(Bad)?;
    if handler == b"vide" || handler == b"soun" {
        return Ok(());
    }
    let (minf, minf_end) = child(d, mdia, mdia_end, b"minf")?.ok_or(Bad)?;
    let (stbl, stbl_end) = child(d, minf, minf_end, b"stbl")?.ok_or(Bad)?;
    let (stsc, _) = child(d, stbl, stbl_end, b"stsc")?.ok_or(Bad)?;
    let (stsz, _) = child(d, stbl, stbl_end, b"stsz")?.ok_or(Bad)?;
    let offsets: Vec<u64> = match (
        child(d, stbl, stbl_end, b"stco")?,
        child(d, stbl, stbl_end, b"co64")?,
    ) {
        (Some((p, _)), _) => {
            let n = be32(d, p + 4)? as usize;
            (0..n)
                .map(|i| be32(d, p + 8 + 4 * i))
                .collect::<Result<_, _>>()?
        }
        (None, Some((p, _))) => {
            let n = be32(d, p + 4)? as usize;
            (0..n)
                .map(|i| be_n(d, p + 8 + 8 * i, 8))
                .collect::<Result<_, _>>()?
        }
        (None, None) => return Err(Bad),
    };
    let fixed = be32(d, stsz + 4)?;
    let samples = be32(d, stsz + 8)?;
    let runs = be32(d, stsc + 4)? as usize;
    let mut run = 0usize;
    let mut per_chunk = 0u64;
    let mut sample = 0u64;
    for (c, &offset) in offsets.iter().enumerate() {
        let chunk = c as u64 + 1;
        // Runs are in chunk order: follow them along.
        while run < runs && be32(d, stsc + 8 + 12 * run)? <= chunk {
            per_chunk = be32(d, stsc + 12 + 12 * run)?;
            run += 1;
        }
        let n = per_chunk.min(samples.saturating_sub(sample));
        let len = if fixed != 0 {
            n.checked_mul(fixed).ok_or(Bad)?
        } else {
            let mut len = 0u64;
            for i in sample..sample + n {
                len = len
                    .checked_add(be32(d, stsz + 12 + 4 * i as usize)?)
                    .ok_or(Bad)?;
            }
            len
        };
        sample += n;
        if len == 0 {
            continue;
        }
        if offset.checked_add(len).is_none_or(|e| e > size) || out.len() > MAX_EDITS {
            return Err(Bad);
        }
        out.push(Edit::Zero {
            at: offset,
            zero: len,
        });
    }
    Ok(())
}
