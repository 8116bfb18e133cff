//! Time to build a progress report with 20 photos (1600 × 1200 previews, as the job embeds
//! them), a dozen milestones and updates, in English and Chinese. `cargo bench --bench report`.

use std::time::Instant;

use portico::reports::data::{
    DocumentLine, MilestoneLine, OrderSection, PhotoLine, ReportData, UpdateLine,
};

fn photo(seed: u32) -> Vec<u8> {
    // A photo-like picture: gradients and texture, so the JPEG is of realistic size.
    let img = image::RgbImage::from_fn(1600, 1200, |x, y| {
        let n = (x.wrapping_mul(7919) ^ y.wrapping_mul(104_729) ^ seed.wrapping_mul(31)) % 37;
        image::Rgb([
            ((x / 7 + seed * 13) % 256) as u8,
            ((y / 5 + n) % 256) as u8,
            (((x + y) / 9 + n * 3) % 256) as u8,
        ])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg).unwrap();
    out.into_inner()
}

fn main() {
    let photos: Vec<(String, Vec<u8>)> = (0..20)
        .map(|i| (format!("o0-p{i}.jpg"), photo(i)))
        .collect();
    let photo_bytes: usize = photos.iter().map(|(_, b)| b.len()).sum();
    let section = OrderSection {
        reference: "PO-2026-0415".into(),
        title: "Men's cotton shirts, spring line".into(),
        product: "Shirts 100% cotton".into(),
        quantity: 12_000,
        status: "In production / 生产中".into(),
        customer: "Xylo Imports Ltd".into(),
        ex_factory: "2026-12-20".into(),
        etd: "2026-12-28".into(),
        milestones: (0..12)
            .map(|i| MilestoneLine {
                name: format!("Step {i} / 工序 {i}"),
                planned: "2026-11-20".into(),
                actual: if i < 6 { "2026-11-21".into() } else { "—".into() },
                status: "Done / 已完成".into(),
                percent: if i < 6 { 100 } else { 30 },
                late: i % 4 == 0,
            })
            .collect(),
        updates: (0..12)
            .map(|i| UpdateLine {
                at: "2026-11-21 10:00".into(),
                author: "Li Wei".into(),
                body: String::new(),
                blocks: portico::timeline::format::blocks(&format!("Update {i}: cutting and sewing on line {i} are **on schedule**.\n\n- 第 {i} 条生产线裁剪和缝制按计划进行。\n- Next: pressing")),
            })
            .collect(),
        photos: photos
            .iter()
            .map(|(f, _)| PhotoLine { file: f.trim_start_matches("o0-").into(), caption: format!("{f} · 2026-11-21 10:00"), key: String::new() })
            .collect(),
        inspections: vec!["2026-11-22 09:00: Inspection passed / 检验通过".into()],
        documents: (0..5)
            .map(|i| DocumentLine { name: format!("packing-list-{i}.pdf"), kind: "Packing list / 装箱单".into(), version: 1, at: "2026-11-21 10:00".into() })
            .collect(),
        decisions_open: Vec::new(),
        decisions_answered: Vec::new(),
        next: Vec::new(),
    };
    let mut section = section;
    for p in &mut section.photos {
        p.file = format!("o0-{}", p.file);
    }
    // A Chinese report: the CJK font is the heaviest to lay out.
    let i18n = portico::i18n::catalogue();
    let zh = portico::i18n::Locale::ZhCn;
    let (lang, region) = portico::reports::data::typst_language(zh);
    let data = ReportData {
        lang,
        region,
        labels: portico::reports::data::labels(i18n, zh),
        warning: i18n.text(zh, "payments.warning", &[]).unwrap_or_default(),
        tenant: "Alpha Garments".into(),
        title: i18n.text(zh, "report.pdf.title", &[]).unwrap_or_default(),
        subject: "PO-2026-0415 — Xylo Imports Ltd".into(),
        period_start: "2026-11-16".into(),
        period_end: "2026-11-22".into(),
        generated: "2026-11-23 08:00 UTC".into(),
        zone: "UTC".into(),
        code: "7KQ2M-XW9TD".into(),
        fonts: Vec::new(),
        logo: None,
        logo_key: None,
        accent: None,
        orders: vec![section],
    };
    let created = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
        .unwrap()
        .and_hms_opt(8, 0, 0)
        .unwrap();
    let t = Instant::now();
    portico::reports::pdf::fonts().expect("fonts (install fonts-noto-cjk)");
    println!(
        "font loading (once per process): {:.0} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let mut times = Vec::new();
    let mut size = 0;
    for run in 0..6u32 {
        // Fresh photos and data each run: typst memoises, and a real report is never the
        // same as the one before.
        let photos: Vec<(String, Vec<u8>)> = (0..20)
            .map(|i| (format!("o0-p{i}.jpg"), photo(i + 100 * (run + 1))))
            .collect();
        let mut data = data.clone();
        data.code = format!("RUN{run:02}-XW9TD");
        let t = Instant::now();
        let pdf = portico::reports::pdf::render(&data, photos, created).unwrap();
        times.push(t.elapsed().as_secs_f64());
        size = pdf.len();
    }
    times.remove(0); // the first run also loads what typst keeps for the process
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "report with 20 photos ({:.1} MB of JPEG): median {:.0} ms, min {:.0} ms, max {:.0} ms over {} runs; PDF {:.1} MB",
        photo_bytes as f64 / 1e6,
        times[times.len() / 2] * 1e3,
        times[0] * 1e3,
        times[times.len() - 1] * 1e3,
        times.len(),
        size as f64 / 1e6
    );
}
