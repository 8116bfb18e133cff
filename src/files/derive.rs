//! Thumbnails and screen-size previews of photos, made by a background job. The EXIF
//! orientation is applied, the capture time kept as metadata, and the derivatives are
//! re-encoded from pixels, so they carry no EXIF at all (no GPS position, no device data).

use std::io::Cursor;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};

use crate::app::AppState;
use crate::db::schema::files;
use crate::error::{AppError, AppResult};
use crate::ids::{FileId, TenantId};
use crate::storage::Storage;

pub const JOB: crate::jobs::Kind = crate::jobs::Kind {
    name: JOB_KIND,
    // The payload is the file's id, written by `enqueue` from a stored row.
    run: |state, payload| {
        Box::pin(async move { run(state, &FileId::trusted(payload.to_owned())).await })
    },
};

pub const JOB_KIND: &str = "file.derive";
pub const THUMB_PX: u32 = 320;
pub const PREVIEW_PX: u32 = 1600;
/// Larger originals are not decoded (their download still works).
const MAX_SOURCE_BYTES: i64 = 80 << 20;

/// What the job produces for one photo.
#[derive(Debug)]
pub struct Derived {
    pub thumb: Vec<u8>,
    pub preview: Vec<u8>,
    pub width: u32,
    pub height: u32,
    pub captured_at: Option<NaiveDateTime>,
}

/// Pictures above this many pixels get no preview (the file is kept, marked "no preview").
pub const MAX_PIXELS: u64 = 50_000_000;
/// Nor do pictures whose decoded pixels would take more than this (16-bit colour).
pub const MAX_DECODED_BYTES: u64 = 256 << 20;

/// Why a picture got no preview.
#[derive(Debug, PartialEq, Eq)]
pub enum NoPreview {
    /// Over `MAX_PIXELS` or `MAX_DECODED_BYTES`, read from the header before decoding.
    TooLarge,
    /// Not a decodable picture (a corrupt or disguised file).
    Undecodable(String),
}

/// Decodes, scales and orients a photo: CPU work for a blocking thread. The size is read
/// from the header first, and the full picture is held once: it is scaled down (a box filter
/// with no full-size intermediate) before it is turned, so the job's peak is the decoded
/// picture plus a few MB. The security drill's 1 MB PNG of 19,000 × 19,000 pixels took the
/// old job to 1.8 GB; `tests/preview_memory.rs` measures the peak for the largest accepted
/// picture.
pub fn make(bytes: &[u8]) -> Result<Derived, NoPreview> {
    let bad = |e: image::ImageError| NoPreview::Undecodable(e.to_string());
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| NoPreview::Undecodable(e.to_string()))?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(50_000);
    limits.max_image_height = Some(50_000);
    limits.max_alloc = Some(MAX_DECODED_BYTES + (16 << 20));
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(bad)?;
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > MAX_PIXELS || decoder.total_bytes() > MAX_DECODED_BYTES {
        return Err(NoPreview::TooLarge);
    }
    let exif = decoder.exif_metadata().ok().flatten();
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let full = DynamicImage::from_decoder(decoder).map_err(bad)?;
    let mut preview = if w.max(h) > PREVIEW_PX {
        full.thumbnail(PREVIEW_PX, PREVIEW_PX)
    } else {
        full.clone()
    };
    drop(full);
    preview.apply_orientation(orientation);
    let (width, height) = match orientation {
        image::metadata::Orientation::Rotate90
        | image::metadata::Orientation::Rotate270
        | image::metadata::Orientation::Rotate90FlipH
        | image::metadata::Orientation::Rotate270FlipH => (h, w),
        _ => (w, h),
    };
    let thumb = preview.thumbnail(THUMB_PX, THUMB_PX);
    Ok(Derived {
        thumb: encode(&thumb, 80).map_err(NoPreview::Undecodable)?,
        preview: encode(&preview, 85).map_err(NoPreview::Undecodable)?,
        width,
        height,
        captured_at: exif.as_deref().and_then(capture_time),
    })
}

fn encode(img: &DynamicImage, quality: u8) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let rgb = DynamicImage::ImageRgb8(img.to_rgb8());
    rgb.write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
        &mut out, quality,
    ))
    .map_err(|e| e.to_string())?;
    Ok(out)
}

/// DateTimeOriginal (or DateTime) from raw EXIF data.
pub fn capture_time(raw: &[u8]) -> Option<NaiveDateTime> {
    let tiff = raw.strip_prefix(b"Exif\0\0").unwrap_or(raw);
    let exif = exif::Reader::new().read_raw(tiff.to_vec()).ok()?;
    let field = exif
        .get_field(exif::Tag::DateTimeOriginal, exif::In::PRIMARY)
        .or_else(|| exif.get_field(exif::Tag::DateTime, exif::In::PRIMARY))?;
    let exif::Value::Ascii(ref v) = field.value else {
        return None;
    };
    let dt = exif::DateTime::from_ascii(v.first()?).ok()?;
    chrono::NaiveDate::from_ymd_opt(dt.year.into(), dt.month.into(), dt.day.into())?.and_hms_opt(
        dt.hour.into(),
        dt.minute.into(),
        dt.second.into(),
    )
}

/// The job: reads the original, stores both derivatives under new keys, then records them.
/// A file deleted meanwhile leaves no derivative behind.
pub async fn run(state: &AppState, file_id: &FileId) -> AppResult<()> {
    let id = file_id.to_string();
    let row = state
        .db
        .run(move |c| {
            Ok(files::table
                .filter(files::id.eq(id))
                .select((
                    files::tenant_id,
                    files::object_key,
                    files::size_bytes,
                    files::derivatives,
                ))
                .first::<(TenantId, String, i64, String)>(c)
                .optional()?)
        })
        .await?;
    let Some((tenant_id, key, size, status)) = row else {
        return Ok(());
    };
    if status == super::DERIV_READY {
        return Ok(());
    }
    if size > MAX_SOURCE_BYTES {
        return set_status(state, file_id, super::DERIV_UNSUPPORTED).await;
    }
    let bytes = state.storage.read_all(&key).await?;
    let derived = match actix_web::web::block(move || make(&bytes))
        .await
        .map_err(AppError::internal)?
    {
        Ok(d) => d,
        Err(NoPreview::TooLarge) => {
            tracing::info!(file = %file_id, "no preview: the picture is too large");
            return set_status(state, file_id, super::DERIV_UNSUPPORTED).await;
        }
        Err(NoPreview::Undecodable(e)) => {
            // Not a decodable picture (a corrupt or disguised file): nothing to retry.
            tracing::info!(file = %file_id, error = %e, "no preview for this image");
            return set_status(state, file_id, super::DERIV_FAILED).await;
        }
    };
    let thumb_key = Storage::new_key(&tenant_id);
    let preview_key = Storage::new_key(&tenant_id);
    state.storage.put(&thumb_key, derived.thumb).await?;
    state.storage.put(&preview_key, derived.preview).await?;
    let (id, tk, pk) = (file_id.to_string(), thumb_key.clone(), preview_key.clone());
    let updated = state
        .db
        .run(move |c| {
            Ok(diesel::update(files::table.filter(files::id.eq(id)))
                .set((
                    files::thumb_key.eq(tk),
                    files::preview_key.eq(pk),
                    files::width.eq(derived.width as i32),
                    files::height.eq(derived.height as i32),
                    files::captured_at.eq(derived.captured_at),
                    files::derivatives.eq(super::DERIV_READY),
                ))
                .execute(c)?)
        })
        .await;
    if !matches!(updated, Ok(1)) {
        let _ = state.storage.delete(&thumb_key).await;
        let _ = state.storage.delete(&preview_key).await;
    }
    updated.map(|_| ())
}

async fn set_status(state: &AppState, file_id: &FileId, status: &'static str) -> AppResult<()> {
    let id = file_id.to_string();
    state
        .db
        .run(move |c| {
            diesel::update(files::table.filter(files::id.eq(id)))
                .set(files::derivatives.eq(status))
                .execute(c)?;
            Ok(())
        })
        .await
}
