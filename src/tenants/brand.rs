//! The supplier's brand: a logo and an accent colour. Buyers see the supplier's name and logo
//! in the header, on the sign-in page of a device where they signed in before (the rule of
//! the anti-phishing phrase), and in PDF reports; the accent colours links and buttons.
//! "Portico" stays a small footer mark.
//!
//! The logo goes through the upload checks (a size limit, the type decided by its first
//! bytes, PNG/WebP/JPEG only, decoding bounded like photo previews), and is stored re-encoded
//! as a PNG of at most `LOGO_BOX`: whatever was uploaded, only pixels are served. The colour
//! is refused unless white text on it, and it as text on white, reach WCAG AA (4.5:1).

use std::io::Cursor;

use diesel::prelude::*;
use image::{DynamicImage, ImageReader, Limits};
use serde::Serialize;

use crate::audit;
use crate::db::schema::tenants;
use crate::db::{DbConn, WriteTransaction};
use crate::error::{AppError, AppResult};
use crate::ids::TenantId;
use crate::policy::Actor;

/// The largest logo file accepted.
pub const LOGO_MAX_BYTES: usize = 2 * 1024 * 1024;
/// The stored logo fits this box: 3x the 52 px header's 32 px row on a sharp phone screen,
/// and wide enough for a word mark.
const LOGO_BOX: (u32, u32) = (480, 160);
/// Decoding stops past this many pixels (a 2 MB file can claim a gigapixel).
const MAX_PIXELS: u64 = 40_000_000;
/// WCAG 2 AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// What a page needs of the brand.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Brand {
    pub tenant_id: TenantId,
    pub name: String,
    /// The logo's address (with its version), if there is one.
    pub logo: Option<String>,
    /// The accent stylesheet's address (with its version), if a colour was chosen.
    pub theme: Option<String>,
    pub accent: Option<String>,
}

impl Brand {
    pub fn new(
        tenant_id: TenantId,
        name: String,
        logo_key: Option<&str>,
        accent: Option<String>,
    ) -> Brand {
        let logo = logo_key.map(|k| format!("/brand/{tenant_id}/logo?v={}", version(k)));
        let theme = accent.as_deref().map(|c| {
            format!(
                "/brand/{tenant_id}/theme.css?v={}",
                c.trim_start_matches('#')
            )
        });
        Brand {
            tenant_id,
            name,
            logo,
            theme,
            accent,
        }
    }
}

/// A short version of a stored logo (its key is new on every upload).
fn version(key: &str) -> String {
    let tail: String = key
        .chars()
        .rev()
        .filter(|c| c.is_ascii_hexdigit())
        .take(12)
        .collect();
    tail.chars().rev().collect()
}

pub fn of(conn: &mut DbConn, tenant_id: &TenantId) -> AppResult<Brand> {
    let (name, logo_key, accent): (String, Option<String>, Option<String>) = tenants::table
        .find(tenant_id)
        .select((tenants::name, tenants::logo_key, tenants::accent_colour))
        .first(conn)?;
    Ok(Brand::new(
        tenant_id.clone(),
        name,
        logo_key.as_deref(),
        accent,
    ))
}

/// The stored logo's key, if any (for serving it).
pub fn logo_key(conn: &mut DbConn, tenant_id: &TenantId) -> AppResult<Option<String>> {
    Ok(tenants::table
        .find(tenant_id)
        .select(tenants::logo_key)
        .first::<Option<String>>(conn)
        .optional()?
        .flatten())
}

/// `#rrggbb` (or `rrggbb`, any case) as its three channels.
fn channels(raw: &str) -> Option<[u8; 3]> {
    let hex = raw.trim().trim_start_matches('#');
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// WCAG 2 relative luminance.
fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// The WCAG contrast ratio of a colour against white.
pub fn contrast_with_white(raw: &str) -> Option<f64> {
    let l = luminance(channels(raw)?);
    Some(1.05 / (l + 0.05))
}

/// The accent colour as stored (`#rrggbb`, lower case), if it reads well on white and under
/// white text.
pub fn accent(raw: &str) -> AppResult<String> {
    let Some(ratio) = contrast_with_white(raw) else {
        return Err(AppError::invalid(
            "accent_invalid",
            "Choose a colour as #rrggbb.",
        ));
    };
    if ratio < MIN_CONTRAST {
        return Err(AppError::invalid(
            "accent_contrast",
            "This colour is too light: white text on it, and text in it on white, would be hard to read. Choose a darker one (WCAG AA needs a contrast of at least 4.5:1).",
        ));
    }
    Ok(format!(
        "#{}",
        raw.trim().trim_start_matches('#').to_ascii_lowercase()
    ))
}

/// Checks an uploaded logo and returns it as a PNG that fits `LOGO_BOX`. CPU work: run it
/// off the async workers.
pub fn prepare_logo(bytes: &[u8]) -> AppResult<Vec<u8>> {
    let refused =
        || AppError::invalid("logo_type", "The logo must be a PNG, WebP or JPEG picture.");
    match crate::files::sniff::content_type(bytes) {
        Some("image/png" | "image/webp" | "image/jpeg") => {}
        _ => return Err(refused()),
    }
    // One reader for the size, another for the pixels (`into_dimensions` consumes it).
    let reader = || -> AppResult<ImageReader<Cursor<&[u8]>>> {
        let mut r = ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|_| refused())?;
        let mut limits = Limits::default();
        limits.max_alloc = Some(MAX_PIXELS * 4);
        r.limits(limits);
        Ok(r)
    };
    let (w, h) = reader()?.into_dimensions().map_err(|_| refused())?;
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(AppError::invalid(
            "logo_too_large",
            "The logo picture is too large; use one under 40 megapixels.",
        ));
    }
    let img: DynamicImage = reader()?.decode().map_err(|_| refused())?;
    let img = if img.width() > LOGO_BOX.0 || img.height() > LOGO_BOX.1 {
        img.resize(
            LOGO_BOX.0,
            LOGO_BOX.1,
            image::imageops::FilterType::Lanczos3,
        )
    } else {
        img
    };
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
        .map_err(AppError::internal)?;
    Ok(out)
}

/// Records the new brand; returns the logo key it replaced (for the caller to delete once
/// the row no longer names it).
pub fn update(
    conn: &mut DbConn,
    actor: &Actor,
    logo_key: Option<Option<String>>,
    accent: Option<Option<String>>,
) -> AppResult<Option<String>> {
    crate::policy::ensure(crate::policy::can_manage_brand(actor))?;
    conn.write_tx(|conn| {
        let old = self::logo_key(conn, &actor.tenant_id)?;
        let mut detail = Vec::new();
        if let Some(k) = &logo_key {
            diesel::update(tenants::table.find(&actor.tenant_id))
                .set(tenants::logo_key.eq(k))
                .execute(conn)?;
            detail.push(
                if k.is_some() {
                    "logo uploaded"
                } else {
                    "logo removed"
                }
                .to_string(),
            );
        }
        if let Some(c) = &accent {
            diesel::update(tenants::table.find(&actor.tenant_id))
                .set(tenants::accent_colour.eq(c))
                .execute(conn)?;
            detail.push(format!("accent {}", c.as_deref().unwrap_or("default")));
        }
        audit::record(
            conn,
            actor.event(
                "tenant.brand",
                "tenant",
                Some(&actor.tenant_id),
                detail.join(", "),
            ),
        )?;
        Ok(if logo_key.is_some() { old } else { None })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_colours_that_read_well_are_accepted() {
        // Portico's own blue, a dark green and black pass; yellow and light grey do not.
        for ok in ["#0b5cab", "#067647", "#000000", "1D2733"] {
            assert!(accent(ok).is_ok(), "{ok}");
        }
        for bad in ["#ffd400", "#d9e0e7", "#ffffff", "#8995a2"] {
            assert_eq!(accent(bad).unwrap_err().code(), "accent_contrast", "{bad}");
        }
        for junk in ["", "blue", "#12345", "#12345g", "#1234567"] {
            assert_eq!(accent(junk).unwrap_err().code(), "accent_invalid", "{junk}");
        }
        assert_eq!(accent(" 0B5CAB ").unwrap(), "#0b5cab");
        // The WCAG examples: black on white is 21:1, #767676 just passes (4.54:1).
        assert!((contrast_with_white("#000000").unwrap() - 21.0).abs() < 0.01);
        assert!(contrast_with_white("#767676").unwrap() >= 4.5);
        assert!(contrast_with_white("#777777").unwrap() < 4.5);
    }

    #[test]
    fn a_logo_is_stored_as_a_png_that_fits_the_box() {
        let img = DynamicImage::new_rgb8(1200, 300);
        let mut jpeg = Vec::new();
        img.write_to(&mut Cursor::new(&mut jpeg), image::ImageFormat::Jpeg)
            .unwrap();
        let png = prepare_logo(&jpeg).unwrap();
        let back = image::load_from_memory(&png).unwrap();
        assert_eq!((back.width(), back.height()), (480, 120));
        assert!(png.starts_with(b"\x89PNG"));
        assert_eq!(
            prepare_logo(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
                .unwrap_err()
                .code(),
            "logo_type"
        );
        assert_eq!(prepare_logo(b"%PDF-1.7\n").unwrap_err().code(), "logo_type");
    }
}
