//! Pictures and papers for the demo, made in code (no network, no assets): photos of cloth
//! on the factory table, 1200 × 900 JPEGs that carry the time they were taken in their EXIF
//! data, and one-page PDFs of plain text.

use std::f32::consts::PI;

use chrono::NaiveDateTime;
use image::{ExtendedColorType, ImageEncoder, Rgb, RgbImage};

use crate::error::{AppError, AppResult};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 900;

/// What a photo shows.
#[derive(Debug, Clone, Copy)]
pub enum Cloth {
    /// Shirting: a plain weave of a coloured warp and a white weft.
    Oxford([u8; 3]),
    /// Nylon ripstop: a fine weave with a reinforcing grid.
    Ripstop([u8; 3]),
    /// Fleece or jersey: rows of V-shaped stitches, a little heathered.
    Knit([u8; 3]),
    /// Linen: a plain weave of uneven (slub) yarn.
    Linen([u8; 3]),
    /// A corrugated carton with its shipping-mark label and tape.
    Carton,
}

/// A photo of `cloth` as a JPEG; `seed` varies the folds and the yarn.
pub fn photo(cloth: Cloth, seed: u32, taken: NaiveDateTime) -> AppResult<Vec<u8>> {
    let img = picture(cloth, seed);
    let mut out = Vec::new();
    let mut enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85);
    enc.set_exif_metadata(exif(taken))
        .map_err(AppError::internal)?;
    enc.write_image(img.as_raw(), WIDTH, HEIGHT, ExtendedColorType::Rgb8)
        .map_err(AppError::internal)?;
    Ok(out)
}

fn picture(cloth: Cloth, seed: u32) -> RgbImage {
    let (w, h) = (WIDTH as f32, HEIGHT as f32);
    let s = seed as f32;
    // Light from the upper left and soft folds, per column and per row so that a pixel costs
    // a few lookups.
    let cols: Vec<f32> = (0..WIDTH)
        .map(|x| {
            let x = x as f32;
            (1.0 - 0.3 * (x / w - 0.35).powi(2))
                * (1.0 + 0.07 * (x * 0.009 + s).sin() + 0.03 * (x * 0.031 + s * 2.0).sin())
        })
        .collect();
    let rows: Vec<f32> = (0..HEIGHT)
        .map(|y| {
            let y = y as f32;
            (1.0 - 0.4 * (y / h - 0.3).powi(2)) * (1.0 + 0.05 * (y * 0.006 + s * 0.7).sin())
        })
        .collect();
    RgbImage::from_fn(WIDTH, HEIGHT, |x, y| {
        let (base, shade) = cloth.at(x, y, seed);
        let light = cols[x as usize] * rows[y as usize] * shade;
        let grain = (unit(hash(x, y, seed)) - 0.5) * 14.0;
        Rgb(base.map(|c| (c as f32 * light + grain).clamp(0.0, 255.0) as u8))
    })
}

impl Cloth {
    /// The colour at a pixel and how much light its thread catches.
    fn at(self, x: u32, y: u32, seed: u32) -> ([u8; 3], f32) {
        // Plain weave: threads `p` pixels wide, warp (vertical) over weft on alternate cells.
        let weave = |p: u32| {
            let (cx, cy) = (x / p, y / p);
            let warp_up = (cx + cy) % 2 == 0;
            let across = if warp_up { x % p } else { y % p };
            let round = 0.72 + 0.28 * (PI * (across as f32 + 0.5) / p as f32).sin();
            (warp_up, cx, cy, round)
        };
        match self {
            Cloth::Oxford(warp) => {
                let (up, cx, cy, round) = weave(4);
                let yarn = 0.94
                    + 0.12 * unit(hash(if up { cx } else { 0 }, if up { 0 } else { cy }, seed));
                (if up { warp } else { [238, 238, 232] }, round * yarn)
            }
            Cloth::Ripstop(c) => {
                let (up, cx, cy, round) = weave(3);
                let grid = (up && cx % 8 == 0) || (!up && cy % 8 == 0);
                (c, round * if grid { 1.12 } else { 1.0 })
            }
            Cloth::Knit(c) => {
                let u = (x % 8) as f32 - 3.5;
                let phase = ((y as f32 + u.abs() * 0.9) % 6.0) / 6.0;
                let stitch = 0.7 + 0.3 * (PI * phase).sin() * (0.75 + 0.25 * (PI * u / 4.0).cos());
                let heather = 0.9 + 0.2 * unit(hash(x / 2, y / 2, seed ^ 0x5eed));
                (c, stitch * heather)
            }
            Cloth::Linen(c) => {
                let (up, cx, cy, round) = weave(4);
                // Slubs: the yarn thickens and thins along each thread.
                let slub = if up {
                    unit(hash(cx, y / 37, seed))
                } else {
                    unit(hash(x / 37, cy, seed))
                };
                (c, round * (0.85 + 0.3 * slub))
            }
            Cloth::Carton => carton(x, y, seed),
        }
    }
}

fn carton(x: u32, y: u32, seed: u32) -> ([u8; 3], f32) {
    let label = (400..800).contains(&x) && (330..600).contains(&y);
    if label {
        // Shipping marks: lines of "text" of varying length.
        let dy = y.saturating_sub(350);
        let line = dy / 38;
        let in_line = y >= 350 && dy % 38 < 14 && line < 6;
        let len = 140 + (hash(line, 7, seed) % 220);
        if in_line && (430..430 + len).contains(&x) {
            return ([45, 45, 48], 1.0);
        }
        return ([236, 234, 226], 1.0);
    }
    if (560..650).contains(&x) {
        // Tape across the flaps.
        return ([200, 166, 118], 1.06);
    }
    let flute = 0.92 + 0.08 * (2.0 * PI * y as f32 / 12.0).sin();
    let fibre = 0.94 + 0.12 * unit(hash(x / 3, y, seed ^ 0xca7));
    ([181, 139, 92], flute * fibre)
}

fn hash(x: u32, y: u32, seed: u32) -> u32 {
    let mut h =
        x.wrapping_mul(0x27d4_eb2d) ^ y.wrapping_mul(0x1656_67b1) ^ seed.wrapping_mul(0x9e37_79b9);
    h ^= h >> 15;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

fn unit(h: u32) -> f32 {
    (h & 0xffff) as f32 / 65535.0
}

/// EXIF data (big-endian TIFF) with the time the photo was taken: IFD0 points to the Exif
/// IFD at 26, whose DateTimeOriginal is the 20 characters at 44.
fn exif(taken: NaiveDateTime) -> Vec<u8> {
    let mut t = b"MM\0\x2a\0\0\0\x08".to_vec();
    let entry = |t: &mut Vec<u8>, tag: u16, typ: u16, count: u32, value: u32| {
        t.extend(1u16.to_be_bytes());
        t.extend(tag.to_be_bytes());
        t.extend(typ.to_be_bytes());
        t.extend(count.to_be_bytes());
        t.extend(value.to_be_bytes());
        t.extend(0u32.to_be_bytes());
    };
    entry(&mut t, 0x8769, 4, 1, 26);
    entry(&mut t, 0x9003, 2, 20, 44);
    t.extend(format!("{}\0", taken.format("%Y:%m:%d %H:%M:%S")).as_bytes());
    t
}

/// A one-page A4 PDF: a title, lines of monospaced text and a footer (ASCII; anything else
/// shows as `?`).
/// A logo: an indigo and gold woven square, then three bars like a word mark, on white (PNG).
pub fn logo() -> Vec<u8> {
    let img = RgbImage::from_fn(360, 120, |x, y| {
        let (indigo, gold, white) = ([59u8, 63, 153], [214u8, 160, 40], [255u8, 255, 255]);
        if (10..110).contains(&x) && (10..110).contains(&y) {
            // Over-under weave: 20 px threads.
            let warp = ((x - 10) / 20 + (y - 10) / 20) % 2 == 0;
            return image::Rgb(if warp { indigo } else { gold });
        }
        let bar =
            |top: u32, len: u32| (130..130 + len).contains(&x) && (top..top + 14).contains(&y);
        if bar(30, 200) || bar(55, 160) || bar(80, 120) {
            image::Rgb(indigo)
        } else {
            image::Rgb(white)
        }
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .expect("encoding a PNG in memory");
    out
}

pub fn pdf(title: &str, lines: &[String]) -> Vec<u8> {
    let text = |s: &str| -> String {
        s.chars()
            .map(|c| match c {
                '(' | ')' | '\\' => format!("\\{c}"),
                c if c.is_ascii() && !c.is_ascii_control() => c.to_string(),
                _ => "?".into(),
            })
            .collect()
    };
    let mut content = format!(
        "BT /F2 15 Tf 56 790 Td ({}) Tj ET\n0.6 G 56 776 m 539 776 l S\n",
        text(title)
    );
    for (n, line) in lines.iter().enumerate() {
        let y = 752 - 13 * n as i64;
        content.push_str(&format!("BT /F1 9.5 Tf 56 {y} Td ({}) Tj ET\n", text(line)));
    }
    content.push_str(
        "BT /F3 8 Tf 56 40 Td (Demo Textiles Co., Ltd. - 88 Textile Road, Ningbo, China) Tj ET\n",
    );
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R /F3 6 0 R >> >> /Contents 7 0 R >>".into(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>".into(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>".into(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into(),
        format!("<< /Length {} >>\nstream\n{content}endstream", content.len()),
    ];
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (n, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{o}\nendobj\n", n + 1).as_bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::{derive, sniff};

    #[test]
    fn photos_are_jpegs_with_previews_and_the_time_taken() {
        let taken = chrono::NaiveDate::from_ymd_opt(2026, 11, 20)
            .unwrap()
            .and_hms_opt(10, 15, 0)
            .unwrap();
        for (n, cloth) in [
            Cloth::Oxford([70, 110, 170]),
            Cloth::Ripstop([30, 40, 70]),
            Cloth::Knit([150, 150, 155]),
            Cloth::Linen([200, 185, 155]),
            Cloth::Carton,
        ]
        .into_iter()
        .enumerate()
        {
            let jpeg = photo(cloth, n as u32, taken).unwrap();
            assert_eq!(sniff::content_type(&jpeg), Some(sniff::JPEG));
            // A photo, not a flat colour: JPEG compresses those to almost nothing.
            assert!(jpeg.len() > 100_000, "{cloth:?}: {} bytes", jpeg.len());
            let d = derive::make(&jpeg).unwrap();
            assert_eq!((d.width, d.height), (WIDTH, HEIGHT));
            assert_eq!(d.captured_at, Some(taken));
        }
    }

    #[test]
    fn papers_are_pdfs_whose_cross_references_hold() {
        let pdf = pdf("Packing list (v2)", &["Carton 1-40: 480 pcs".into()]);
        assert_eq!(sniff::content_type(&pdf), Some(sniff::PDF));
        let find = |what: &str, from: usize| {
            pdf[from..]
                .windows(what.len())
                .position(|w| w == what.as_bytes())
                .map(|i| i + from)
        };
        let tail = find("startxref\n", 0).unwrap() + "startxref\n".len();
        let xref: usize = std::str::from_utf8(&pdf[tail..])
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(pdf[xref..].starts_with(b"xref\n"));
        // Every object is where the table says.
        let table = std::str::from_utf8(&pdf[xref..]).unwrap();
        for (n, line) in table.lines().skip(3).take(7).enumerate() {
            let at: usize = line[..10].parse().unwrap();
            assert!(
                pdf[at..].starts_with(format!("{} 0 obj", n + 1).as_bytes()),
                "{line}"
            );
        }
        assert!(find("(Packing list \\(v2\\)) Tj", 0).is_some());
    }
}
