//! Thumbnails and screen-size previews of photos, made by a background job. The EXIF
//! orientation is applied, the capture time kept as metadata, and the derivatives are
//! re-encoded from pixels, so they carry no EXIF at all (no GPS position, no device data).

use std::io::Cursor;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};

use crate::db::schema::files;
use crate::error::{AppError, AppResult};
use crate::storage::Storage;
use crate::web::AppState;

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

/// Decodes, orients and scales a photo: CPU work for a blocking thread.
pub fn make(bytes: &[u8]) -> Result<Derived, String> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(20_000);
    limits.max_image_height = Some(20_000);
    limits.max_alloc = Some(1 << 30);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|e| e.to_string())?;
    let exif = decoder.exif_metadata().ok().flatten();
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(|e| e.to_string())?;
    img.apply_orientation(orientation);
    let (width, height) = (img.width(), img.height());
    let preview = if width.max(height) > PREVIEW_PX {
        img.resize(
            PREVIEW_PX,
            PREVIEW_PX,
            image::imageops::FilterType::Triangle,
        )
    } else {
        img.clone()
    };
    let thumb = preview.thumbnail(THUMB_PX, THUMB_PX);
    Ok(Derived {
        thumb: encode(&thumb, 80)?,
        preview: encode(&preview, 85)?,
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
pub async fn run(state: &AppState, file_id: &str) -> AppResult<()> {
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
                .first::<(String, String, i64, String)>(c)
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
        Err(e) => {
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

async fn set_status(state: &AppState, file_id: &str, status: &'static str) -> AppResult<()> {
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
