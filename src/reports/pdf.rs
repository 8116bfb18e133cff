//! Renders a report to PDF with typst. The data goes in as a JSON file the template reads, so
//! nothing a person typed is ever parsed as markup; photos go in as files. Fonts come from the
//! system (a CJK-capable one is needed for Chinese, see the README) or `PORTICO_FONT_DIR`.

use std::sync::OnceLock;

use typst::diag::{Severity, SourceDiagnostic, Warned};
use typst::foundations::{Bytes, Datetime};
use typst::text::Font;
use typst_as_lib::{TypstAsLibError, TypstEngine};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

use super::data::ReportData;

const TEMPLATE: &str = include_str!("report.typ");

/// Fonts tried when `PORTICO_FONT_DIR` is not set: Debian's `fonts-noto-cjk` (Chinese, Latin,
/// Cyrillic), `fonts-noto-core`'s Arabic, then `fonts-wqy-microhei`/`zenhei`, then DejaVu.
const SYSTEM_FONTS: [&str; 8] = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
];

/// Families the template asks for, in order; typst falls back along the list per glyph (an
/// Arabic letter is not in the CJK face, so it comes from Noto Sans Arabic, shaped).
const PREFERRED: [&str; 5] = [
    "Noto Sans CJK SC",
    "Noto Sans Arabic",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "DejaVu Sans",
];

pub struct Fonts {
    pub fonts: Vec<Font>,
    pub families: Vec<String>,
    pub cjk: bool,
}

static FONTS: OnceLock<Result<Fonts, String>> = OnceLock::new();

/// The fonts, loaded once per process.
pub fn fonts() -> Result<&'static Fonts, String> {
    FONTS.get_or_init(load_fonts).as_ref().map_err(Clone::clone)
}

fn load_fonts() -> Result<Fonts, String> {
    let paths: Vec<std::path::PathBuf> = match std::env::var_os("PORTICO_FONT_DIR") {
        Some(dir) => std::fs::read_dir(&dir)
            .map_err(|e| format!("PORTICO_FONT_DIR {}: {e}", dir.to_string_lossy()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    matches!(
                        e.to_ascii_lowercase().as_str(),
                        "ttf" | "otf" | "ttc" | "otc"
                    )
                })
            })
            .collect(),
        None => SYSTEM_FONTS
            .iter()
            .map(std::path::PathBuf::from)
            .filter(|p| p.exists())
            .collect(),
    };
    let mut fonts = Vec::new();
    for p in &paths {
        let bytes = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
        fonts.extend(Font::iter(Bytes::new(bytes)));
    }
    if fonts.is_empty() {
        return Err("no font for PDF reports: install fonts-noto-cjk (Debian/Ubuntu) or set PORTICO_FONT_DIR to a folder with a CJK-capable .ttf/.otf/.ttc".into());
    }
    let mut families: Vec<String> = PREFERRED
        .iter()
        .filter(|f| fonts.iter().any(|x| x.info().family == **f))
        .map(|f| f.to_string())
        .collect();
    for f in &fonts {
        if !families.contains(&f.info().family) {
            families.push(f.info().family.clone());
        }
    }
    // Whether any face covers common Chinese characters (中 and 国).
    let cjk = fonts.iter().any(|f| {
        f.info().coverage.contains('中' as u32) && f.info().coverage.contains('国' as u32)
    });
    if !cjk {
        tracing::warn!(
            "no CJK font found: Chinese text in PDF reports will not render; install fonts-noto-cjk or set PORTICO_FONT_DIR"
        );
    }
    // Whether any face covers Arabic letters (alef and beh).
    if !fonts.iter().any(|f| {
        f.info().coverage.contains('\u{0627}' as u32)
            && f.info().coverage.contains('\u{0628}' as u32)
    }) {
        tracing::warn!(
            "no Arabic font found: Arabic reports and sheets will not render; install fonts-noto-core or set PORTICO_FONT_DIR"
        );
    }
    Ok(Fonts {
        fonts,
        families,
        cjk,
    })
}

fn describe(diags: &[SourceDiagnostic]) -> String {
    diags
        .iter()
        .map(|d| {
            let kind = if d.severity == Severity::Error {
                "error"
            } else {
                "warning"
            };
            format!("{kind}: {}", d.message)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Renders the report; `photos` are (file name in the data, bytes). CPU-bound: call it on the
/// blocking pool. The same data gives the same bytes (the PDF's date is the report's).
pub fn render(
    data: &ReportData,
    photos: Vec<(String, Vec<u8>)>,
    created: chrono::NaiveDateTime,
) -> Result<Vec<u8>, String> {
    let fonts = fonts()?;
    let mut data = data.clone();
    data.fonts = fonts.families.clone();
    let json = serde_json::to_vec(&data).map_err(|e| e.to_string())?;
    compile(TEMPLATE, json, photos, created)
}

/// Compiles a typst `template` that reads `data.json` (whose `fonts` the caller filled from
/// `fonts()`) and the given files, to PDF dated `created`.
pub fn compile(
    template: &str,
    json: Vec<u8>,
    files: Vec<(String, Vec<u8>)>,
    created: chrono::NaiveDateTime,
) -> Result<Vec<u8>, String> {
    use chrono::{Datelike, Timelike};
    let fonts = fonts()?;
    let engine = TypstEngine::builder()
        .main_file(template)
        .fonts(fonts.fonts.iter().cloned())
        .with_static_file_resolver([("data.json", json)])
        .with_static_file_resolver(files.iter().map(|(n, b)| (n.as_str(), b.clone())))
        .build();
    let Warned { output, .. } = engine.compile::<PagedDocument>();
    let doc = output.map_err(|e| match e {
        TypstAsLibError::TypstSource(d) => describe(&d),
        other => other.to_string(),
    })?;
    let when = Datetime::from_ymd_hms(
        created.year(),
        created.month() as u8,
        created.day() as u8,
        created.hour() as u8,
        created.minute() as u8,
        created.second() as u8,
    );
    let options = PdfOptions {
        timestamp: when.map(Timestamp::new_utc),
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&doc, &options).map_err(|d| describe(&d))
}
