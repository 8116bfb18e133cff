//! Photos and videos without the factory's position: the copy a buyer or a share link gets
//! carries no GPS, camera serial, owner or maker notes. The pixels are never re-encoded and
//! nothing is stored twice: at upload a *plan* of same-length edits is worked out (metadata
//! segments, chunks and boxes renamed to padding and zeroed), kept with the file row, and
//! applied to the bytes as they stream. Because every edit keeps the length, byte ranges
//! (video seeking, resumed downloads) work on the cleaned copy exactly as on the original.
//!
//! Per format, what is kept and what goes (the README says the same):
//! - JPEG: every APP1–APP15 segment except the ICC colour profile (APP2) and Adobe's colour
//!   transform (APP14), every comment, and anything after the end of the image (Samsung and
//!   MPF trailers, which can hold a second image with its own EXIF). The EXIF orientation is
//!   kept (rewritten as a 32-byte EXIF holding only it), so the photo is not shown sideways.
//! - PNG: every chunk that is not image data, palette, transparency or colour information
//!   (so `eXIf`, `tEXt`, `zTXt`, `iTXt`, `tIME` and private chunks), and trailing bytes.
//! - WebP: `EXIF`, `XMP ` and unknown chunks, with their flags in `VP8X`; trailing bytes.
//! - HEIC: the data of its `Exif` and `mime` (XMP) items.
//! - MP4 and MOV: every `udta`, `meta` and `uuid` box of the movie and its tracks (`©xyz`,
//!   Apple's location keys, make, model, software, XMP). Rotation lives in the track header
//!   and is kept.
//!
//! A file whose structure cannot be read is refused for buyers rather than served with
//! whatever it may hide.

use bytes::{Bytes, BytesMut};
use serde::{Deserialize, Serialize};

use super::sniff;
use crate::storage::{Storage, StorageError};

/// The version of the planning rules: a plan of an older version is made again (and the clean
/// copy's ETag carries it), so a better cleaning reaches files stored before it.
pub const PLAN_VERSION: u32 = 1;
/// Boxes nested deeper than this are a crafted file, not a camera's.
const MAX_DEPTH: u32 = 12;
/// Edits one plan may hold (a GPS track of a ten-hour video has ~40,000 chunks).
const MAX_EDITS: usize = 1_000_000;

/// Pictures are read whole to plan (phones write 2–20 MB; 128 MB is far beyond any camera).
pub const MAX_IMAGE_BYTES: u64 = 128 << 20;
/// A video's `moov` box is read whole (a two-hour 4K film has ~20 MB of it).
const MAX_MOOV_BYTES: u64 = 64 << 20;

/// One same-length edit at a byte offset of the original.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Edit {
    Put { at: u64, put: Vec<u8> },
    Zero { at: u64, zero: u64 },
}

impl Edit {
    fn start(&self) -> u64 {
        match self {
            Edit::Put { at, .. } | Edit::Zero { at, .. } => *at,
        }
    }
    fn end(&self) -> u64 {
        match self {
            Edit::Put { at, put } => at + put.len() as u64,
            Edit::Zero { at, zero } => at + zero,
        }
    }
}

/// What the cleaned copy is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scrub {
    /// The original with these edits (none: it carried nothing to remove).
    Edits(Vec<Edit>),
    /// No cleaned copy can be served: too large to read, or a structure we cannot follow.
    Refused(Refusal),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    TooLarge,
    Unreadable,
}

/// A plan as stored: with the version of the rules that made it.
#[derive(Serialize, Deserialize)]
struct Kept {
    v: u32,
    plan: Scrub,
}

impl Scrub {
    pub fn to_json(&self) -> String {
        serde_json::to_string(&Kept {
            v: PLAN_VERSION,
            plan: self.clone(),
        })
        .unwrap_or_default()
    }

    /// A stored plan, unless it was made by older rules or is not in order (then it is made
    /// again).
    pub fn from_json(s: &str) -> Option<Scrub> {
        let k: Kept = serde_json::from_str(s).ok()?;
        if k.v != PLAN_VERSION {
            return None;
        }
        if let Scrub::Edits(e) = &k.plan
            && !e.windows(2).all(|w| w[0].end() <= w[1].start())
        {
            return None;
        }
        Some(k.plan)
    }

    /// Sorted, overlapping blanks merged: `apply` relies on edits in order and apart. A
    /// replacement that overlaps anything is a structure we do not understand.
    fn edits(mut edits: Vec<Edit>) -> Scrub {
        if edits.len() > MAX_EDITS {
            return Scrub::Refused(Refusal::Unreadable);
        }
        edits.sort_by_key(|e| (e.start(), std::cmp::Reverse(e.end())));
        let mut out: Vec<Edit> = Vec::with_capacity(edits.len());
        for e in edits {
            if e.end() == e.start() {
                continue;
            }
            match (out.last_mut(), &e) {
                (Some(Edit::Zero { at, zero }), Edit::Zero { .. }) if e.start() <= *at + *zero => {
                    *zero = (*zero).max(e.end() - *at);
                }
                (Some(last), _) if e.start() < last.end() => {
                    return Scrub::Refused(Refusal::Unreadable);
                }
                _ => out.push(e),
            }
        }
        Scrub::Edits(out)
    }
}

/// Whether files of this type carry camera metadata that buyers must not get.
pub fn applies(content_type: &str) -> bool {
    matches!(
        content_type,
        sniff::JPEG | sniff::PNG | sniff::WEBP | sniff::HEIC | sniff::MP4 | sniff::MOV
    )
}

/// Works out the plan for a stored object (at upload, or at the first download of a file
/// stored before cleaning existed). Pictures are parsed on a blocking thread.
pub async fn plan(
    storage: &Storage,
    key: &str,
    content_type: &str,
    size: u64,
) -> Result<Scrub, StorageError> {
    match content_type {
        sniff::MP4 | sniff::MOV => movie(storage, key, size).await,
        ct if applies(ct) => {
            if size > MAX_IMAGE_BYTES {
                return Ok(Scrub::Refused(Refusal::TooLarge));
            }
            let bytes = storage.read_all(key).await?;
            let ct = ct.to_string();
            Ok(
                tokio::task::spawn_blocking(move || plan_picture(&ct, &bytes))
                    .await
                    .unwrap_or(Scrub::Refused(Refusal::Unreadable)),
            )
        }
        _ => Ok(Scrub::Edits(Vec::new())),
    }
}

/// The plan for a whole picture in memory.
pub fn plan_picture(content_type: &str, d: &[u8]) -> Scrub {
    let r = match content_type {
        sniff::JPEG => jpeg(d),
        sniff::PNG => png(d),
        sniff::WEBP => webp(d),
        sniff::HEIC => heic(d),
        _ => Ok(Vec::new()),
    };
    match r {
        Ok(e) => Scrub::edits(e),
        Err(Bad) => Scrub::Refused(Refusal::Unreadable),
    }
}

/// Applies the edits to `chunk`, which starts at byte `offset` of the original.
pub fn apply(edits: &[Edit], offset: u64, chunk: Bytes) -> Bytes {
    let end = offset + chunk.len() as u64;
    let first = edits.partition_point(|e| e.end() <= offset);
    let touching: Vec<&Edit> = edits[first..]
        .iter()
        .take_while(|e| e.start() < end)
        .collect();
    if touching.is_empty() {
        return chunk;
    }
    let mut out = BytesMut::from(&chunk[..]);
    for e in touching {
        let from = e.start().max(offset);
        let to = e.end().min(end);
        let dst = &mut out[(from - offset) as usize..(to - offset) as usize];
        match e {
            Edit::Put { at, put } => {
                dst.copy_from_slice(&put[(from - at) as usize..(to - at) as usize])
            }
            Edit::Zero { .. } => dst.fill(0),
        }
    }
    out.freeze()
}

/// A structure we could not follow.
#[derive(Debug)]
struct Bad;

type Found = Result<Vec<Edit>, Bad>;

fn be16(d: &[u8], i: usize) -> Result<usize, Bad> {
    d.get(i..i + 2)
        .map(|b| u16::from_be_bytes([b[0], b[1]]) as usize)
        .ok_or(Bad)
}

fn be32(d: &[u8], i: usize) -> Result<u64, Bad> {
    d.get(i..i + 4)
        .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as u64)
        .ok_or(Bad)
}

fn be_n(d: &[u8], i: usize, n: usize) -> Result<u64, Bad> {
    let b = d.get(i..i + n).ok_or(Bad)?;
    Ok(b.iter().fold(0u64, |a, &x| (a << 8) | u64::from(x)))
}

fn zero(at: usize, len: usize) -> Edit {
    Edit::Zero {
        at: at as u64,
        zero: len as u64,
    }
}

fn put(at: usize, bytes: &[u8]) -> Edit {
    Edit::Put {
        at: at as u64,
        put: bytes.to_vec(),
    }
}

/// An EXIF block (APP1 payload) holding only the orientation `o`: 32 bytes.
fn orientation_only(o: u8) -> [u8; 32] {
    let mut b = [0u8; 32];
    b[..6].copy_from_slice(b"Exif\0\0");
    b[6..14].copy_from_slice(b"MM\0\x2a\0\0\0\x08");
    b[14..16].copy_from_slice(&[0, 1]);
    b[16..28].copy_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, o, 0, 0]);
    b
}

fn exif_orientation(app1: &[u8]) -> Option<u8> {
    let tiff = app1.strip_prefix(b"Exif\0\0")?;
    let exif = exif::Reader::new().read_raw(tiff.to_vec()).ok()?;
    let o = exif
        .get_field(exif::Tag::Orientation, exif::In::PRIMARY)?
        .value
        .get_uint(0)?;
    u8::try_from(o).ok().filter(|o| (2..=8).contains(o))
}

fn jpeg(d: &[u8]) -> Found {
    if !d.starts_with(&[0xFF, 0xD8]) {
        return Err(Bad);
    }
    let mut out = Vec::new();
    let mut i = 2;
    loop {
        if i >= d.len() {
            return Ok(out);
        }
        if d[i] != 0xFF {
            return Err(Bad);
        }
        let mut j = i + 1;
        while j < d.len() && d[j] == 0xFF {
            j += 1;
        }
        let Some(&m) = d.get(j) else {
            return Ok(out);
        };
        match m {
            0xD9 => {
                if j + 1 < d.len() {
                    out.push(zero(j + 1, d.len() - j - 1));
                }
                return Ok(out);
            }
            0xD0..=0xD7 | 0x01 => {
                i = j + 1;
                continue;
            }
            0x00 => return Err(Bad),
            _ => {}
        }
        let len = be16(d, j + 1)?;
        let end = j + 1 + len;
        if len < 2 || end > d.len() {
            return Err(Bad);
        }
        let payload = &d[j + 3..end];
        let keep = match m {
            // JFIF only: a JFXX extension holds a thumbnail that is a JPEG of its own.
            0xE0 => payload.starts_with(b"JFIF\0"),
            0xE1..=0xEF => {
                (m == 0xE2 && payload.starts_with(b"ICC_PROFILE\0"))
                    || (m == 0xEE && payload.starts_with(b"Adobe"))
            }
            // Comments and the reserved JPGn markers.
            0xF0..=0xFE => false,
            _ => true,
        };
        if !keep {
            match (m, exif_orientation(payload)) {
                (0xE1, Some(o)) if payload.len() >= 32 => {
                    out.push(put(j + 3, &orientation_only(o)));
                    if payload.len() > 32 {
                        out.push(zero(j + 3 + 32, payload.len() - 32));
                    }
                }
                _ => {
                    out.push(put(j, &[0xFE]));
                    out.push(zero(j + 3, payload.len()));
                }
            }
        }
        i = end;
        if m == 0xDA {
            // Entropy-coded data: a 0xFF in it is followed by 0x00 (stuffing) or a restart
            // marker; anything else is the next marker.
            let mut k = i;
            loop {
                let Some(p) = d[k..].iter().position(|&b| b == 0xFF).map(|p| p + k) else {
                    return Ok(out);
                };
                match d.get(p + 1) {
                    None => return Ok(out),
                    Some(0x00 | 0xD0..=0xD7 | 0xFF) => k = p + 1,
                    Some(_) => {
                        i = p;
                        break;
                    }
                }
            }
        }
    }
}

/// PNG chunks kept: image data and how to show it; everything else is renamed `voId` (an
/// ancillary, private, safe-to-copy type no decoder knows) and zeroed, its CRC made anew.
const PNG_KEEP: &[&[u8; 4]] = &[
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB",
    b"cICP", b"mDCV", b"cLLI", b"bKGD", b"hIST", b"pHYs", b"sPLT", b"acTL", b"fcTL", b"fdAT",
];

fn png(d: &[u8]) -> Found {
    if !d.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Err(Bad);
    }
    let mut out = Vec::new();
    let mut i = 8;
    while i < d.len() {
        let len = be32(d, i)? as usize;
        let ty = d.get(i + 4..i + 8).ok_or(Bad)?;
        let end = i.checked_add(12 + len).ok_or(Bad)?;
        if end > d.len() {
            return Err(Bad);
        }
        if !PNG_KEEP.iter().any(|k| k.as_slice() == ty) {
            let mut crc = crc32fast::Hasher::new();
            crc.update(b"voId");
            let zeros = [0u8; 4096];
            let mut left = len;
            while left > 0 {
                let n = left.min(zeros.len());
                crc.update(&zeros[..n]);
                left -= n;
            }
            out.push(put(i + 4, b"voId"));
            if len > 0 {
                out.push(zero(i + 8, len));
            }
            out.push(put(i + 8 + len, &crc.finalize().to_be_bytes()));
        }
        i = end;
        if ty == b"IEND" {
            if i < d.len() {
                out.push(zero(i, d.len() - i));
            }
            return Ok(out);
        }
    }
    Ok(out)
}

fn webp(d: &[u8]) -> Found {
    if d.len() < 12 || &d[..4] != b"RIFF" || &d[8..12] != b"WEBP" {
        return Err(Bad);
    }
    let riff_end = (8 + u32::from_le_bytes([d[4], d[5], d[6], d[7]]) as usize).min(d.len());
    let mut out = Vec::new();
    let mut i = 12;
    while i + 8 <= riff_end {
        let ty = &d[i..i + 4];
        let len = u32::from_le_bytes([d[i + 4], d[i + 5], d[i + 6], d[i + 7]]) as usize;
        let end = (i + 8).checked_add(len).ok_or(Bad)?;
        if end > riff_end {
            return Err(Bad);
        }
        match ty {
            b"VP8X" => {
                // Flags: 0x08 EXIF present, 0x04 XMP present.
                let flags = *d.get(i + 8).ok_or(Bad)?;
                if flags & 0x0C != 0 {
                    out.push(put(i + 8, &[flags & !0x0C]));
                }
            }
            b"VP8 " | b"VP8L" | b"ALPH" | b"ANIM" | b"ANMF" | b"ICCP" => {}
            _ => {
                out.push(put(i, b"JUNK"));
                if len > 0 {
                    out.push(zero(i + 8, len));
                }
            }
        }
        i = end + (len & 1);
    }
    if riff_end < d.len() {
        out.push(zero(riff_end, d.len() - riff_end));
    }
    Ok(out)
}

mod bmff;
#[cfg(test)]
mod tests;

use bmff::{heic, movie};
