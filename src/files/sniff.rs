//! What a file is, decided by its first bytes (never its name), against an allow-list; and
//! the display name, cleaned of anything that could mislead a reader.

/// Bytes read before deciding the type: enough for every signature on the allow-list,
/// including the first entries of an Office document's ZIP.
pub const SNIFF_LEN: usize = 64 * 1024;
pub const MAX_NAME_CHARS: usize = 200;

/// The accepted content types, as served.
pub const JPEG: &str = "image/jpeg";
pub const PNG: &str = "image/png";
pub const WEBP: &str = "image/webp";
pub const HEIC: &str = "image/heic";
pub const MP4: &str = "video/mp4";
pub const MOV: &str = "video/quicktime";
pub const PDF: &str = "application/pdf";
pub const CSV: &str = "text/csv";
pub const ZIP: &str = "application/zip";

const OFFICE: &[&str] = &[
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/msword",
    "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
];

/// The content type of a file whose first bytes are `head` (all of it when shorter than
/// `SNIFF_LEN`), or `None` when it is not on the allow-list.
pub fn content_type(head: &[u8]) -> Option<&'static str> {
    if let Some(kind) = infer::get(head) {
        let mime = kind.mime_type();
        return match mime {
            "image/jpeg" => Some(JPEG),
            "image/png" => Some(PNG),
            "image/webp" => Some(WEBP),
            "image/heif" | "image/heic" => Some(HEIC),
            "video/mp4" => Some(MP4),
            "video/quicktime" => Some(MOV),
            "application/pdf" => Some(PDF),
            "application/zip" => Some(ZIP),
            m => OFFICE.iter().copied().find(|o| *o == m),
        };
    }
    if is_delimited_text(head) {
        Some(CSV)
    } else {
        None
    }
}

/// CSV has no signature: accept UTF-8 text without NUL bytes whose first line has a
/// delimiter, and that does not open like markup or a script (which browsers or shells would
/// treat as code).
fn is_delimited_text(head: &[u8]) -> bool {
    if head.is_empty() || head.contains(&0) {
        return false;
    }
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        // A multi-byte character cut by the sniff window is fine; anything else is not text.
        Err(e) if e.error_len().is_none() && head.len() >= SNIFF_LEN => {
            std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or("")
        }
        Err(_) => return false,
    };
    let start = text.trim_start_matches('\u{feff}').trim_start();
    if start.starts_with('<') || start.starts_with("#!") || start.starts_with("{\\rtf") {
        return false;
    }
    let lower: String = text.chars().take(4096).collect::<String>().to_lowercase();
    if [
        "<script",
        "<html",
        "<svg",
        "<?xml",
        "<!doctype",
        "<iframe",
        "javascript:",
    ]
    .iter()
    .any(|m| lower.contains(m))
    {
        return false;
    }
    let first = start.lines().next().unwrap_or("");
    first.contains(',') || first.contains(';') || first.contains('\t')
}

pub fn is_image(ct: &str) -> bool {
    ct.starts_with("image/")
}

/// Images the thumbnailer can decode (HEIC is stored and downloadable, not previewed).
pub fn is_previewable(ct: &str) -> bool {
    matches!(ct, JPEG | PNG | WEBP)
}

pub fn is_video(ct: &str) -> bool {
    ct.starts_with("video/")
}

/// Only raster images a browser shows, video and PDF are ever served inline.
pub fn is_inline(ct: &str) -> bool {
    matches!(ct, JPEG | PNG | WEBP | MP4 | MOV | PDF)
}

/// A file name fit to show and to offer for download: the last path component, without
/// control or bidirectional-override characters, trimmed, at most `MAX_NAME_CHARS`.
pub fn clean_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !is_bidi_or_invisible(*c))
        .take(MAX_NAME_CHARS)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim().to_string();
    if cleaned.is_empty() {
        "file".to_string()
    } else {
        cleaned
    }
}

fn is_bidi_or_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}'
        | '\u{061C}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// The extension a download should carry for its sniffed type, so that a file named
/// `invoice.pdf.exe` is offered as what it really is.
pub fn extension(ct: &str) -> &'static str {
    match ct {
        JPEG => "jpg",
        PNG => "png",
        WEBP => "webp",
        HEIC => "heic",
        MP4 => "mp4",
        MOV => "mov",
        PDF => "pdf",
        CSV => "csv",
        ZIP => "zip",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "docx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "xlsx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation" => "pptx",
        "application/msword" => "doc",
        "application/vnd.ms-excel" => "xls",
        "application/vnd.ms-powerpoint" => "ppt",
        _ => "bin",
    }
}

/// `name` with the extension of its real type (replacing a different one).
pub fn download_name(name: &str, ct: &str) -> String {
    let ext = extension(ct);
    let stem = match name.rsplit_once('.') {
        Some((_, e)) if e.eq_ignore_ascii_case(ext) => return name.to_string(),
        Some((stem, e)) if e.len() <= 5 && !stem.is_empty() => stem,
        _ => name,
    };
    format!("{stem}.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_by_content() {
        assert_eq!(content_type(b"\xFF\xD8\xFF\xE0\0\x10JFIF\0"), Some(JPEG));
        assert_eq!(content_type(b"%PDF-1.7\n"), Some(PDF));
        assert_eq!(content_type(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(PNG));
        assert_eq!(content_type(b"ref,qty\nA1,3\n"), Some(CSV));
        assert_eq!(content_type(b"<svg onload=alert(1)>"), None);
        assert_eq!(content_type(b"<!DOCTYPE html><p>,</p>"), None);
        assert_eq!(content_type(b"#!/bin/sh\nrm -rf /,\n"), None);
        assert_eq!(content_type(b"MZ\x90\0\x03\0\0\0"), None);
        assert_eq!(content_type(b"\x7fELF\x02\x01\x01"), None);
        assert_eq!(content_type(b"just words"), None);
        assert_eq!(content_type(b""), None);
        assert_eq!(content_type(b"a,b\n<script>x</script>"), None);
        assert_eq!(
            content_type(b"\0\0\0\x20ftypisom\0\0\x02\0isomiso2avc1mp41\0\0\0\x08free"),
            Some(MP4)
        );
        assert_eq!(
            content_type(b"\0\0\0\x14ftypqt  \0\0\0\0qt  \0\0\0\x08wide"),
            Some(MOV)
        );
        assert_eq!(content_type(b"PK\x03\x04\x14\0\0\0\x08\0"), Some(ZIP));
        assert_eq!(content_type(b"RIFF\x24\0\0\0WEBPVP8 "), Some(WEBP));
        assert_eq!(
            content_type(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic"),
            Some(HEIC)
        );
        assert_eq!(content_type(b"GIF89a\x01\0\x01\0"), None);
        assert_eq!(content_type(b"{\\rtf1\\ansi a,b}"), None);
    }

    #[test]
    fn names_are_cleaned() {
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("C:\\Users\\x\\photo.jpg"), "photo.jpg");
        assert_eq!(clean_name("inv\u{202E}fdp.exe"), "invfdp.exe");
        assert_eq!(clean_name("a\r\nb\0.pdf"), "ab.pdf");
        assert_eq!(clean_name("..."), "file");
        assert_eq!(clean_name(&"x".repeat(500)).chars().count(), MAX_NAME_CHARS);
        assert_eq!(download_name("invoice.pdf.exe", PDF), "invoice.pdf.pdf");
        assert_eq!(download_name("invoice.PDF", PDF), "invoice.PDF");
        assert_eq!(download_name("scan", JPEG), "scan.jpg");
    }
}
