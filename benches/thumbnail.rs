//! A 12-megapixel JPEG (4000 × 3000) to Portico's screen preview (1600 px) and thumbnail
//! (320 px), against ImageMagick doing the same two outputs from the same file on the same
//! machine. `cargo bench --bench thumbnail`; prints the median of 7 runs of each.

use std::process::Command;
use std::time::{Duration, Instant};

const RUNS: usize = 7;

fn photo() -> Vec<u8> {
    // Gradients and texture, so that the JPEG has the size and entropy of a real photo.
    let img = image::RgbImage::from_fn(4000, 3000, |x, y| {
        let n = (x.wrapping_mul(7919) ^ y.wrapping_mul(104_729)) % 41;
        image::Rgb([
            ((x / 11 + n) % 256) as u8,
            ((y / 7 + n * 2) % 256) as u8,
            (((x + y) / 13 + n * 3) % 256) as u8,
        ])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut out, 90,
        ))
        .unwrap();
    out.into_inner()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let jpeg = photo();
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("photo.jpg");
    std::fs::write(&src, &jpeg).unwrap();

    let mut ours = Vec::new();
    for _ in 0..RUNS {
        let t = Instant::now();
        let d = portico::files::derive::make(&jpeg).unwrap();
        ours.push(t.elapsed());
        assert_eq!((d.width, d.height), (4000, 3000));
    }
    let ours = median(ours);
    println!(
        "thumbnail: 12 MP JPEG ({:.1} MB) -> 1600 px preview + 320 px thumbnail",
        jpeg.len() as f64 / 1e6
    );
    println!("thumbnail: portico   {:>7.1} ms", ours.as_secs_f64() * 1e3);

    // Debian's ImageMagick 6; $MAGICK picks another (some machines put a stand-in named
    // `convert` earlier on the PATH).
    let bin = std::env::var("MAGICK").unwrap_or_else(|_| {
        if std::path::Path::new("/usr/bin/convert").exists() {
            "/usr/bin/convert".into()
        } else {
            "convert".into()
        }
    });
    let magick = |args: &[&str]| {
        Command::new(&bin)
            .args(args)
            .status()
            .is_ok_and(|s| s.success())
    };
    let (p, t) = (dir.path().join("p.jpg"), dir.path().join("t.jpg"));
    let args = [
        src.to_str().unwrap(),
        "-auto-orient",
        "-strip",
        "-resize",
        "1600x1600>",
        "-quality",
        "85",
        "-write",
        p.to_str().unwrap(),
        "-thumbnail",
        "320x320",
        "-quality",
        "80",
        t.to_str().unwrap(),
    ];
    if !magick(&args) {
        println!("thumbnail: ImageMagick's convert is not installed (apt-get install imagemagick)");
        return;
    }
    let mut theirs = Vec::new();
    for _ in 0..RUNS {
        let s = Instant::now();
        assert!(magick(&args));
        theirs.push(s.elapsed());
    }
    let theirs = median(theirs);
    println!(
        "thumbnail: imagemagick {:>5.1} ms",
        theirs.as_secs_f64() * 1e3
    );
    println!(
        "thumbnail: ratio (imagemagick time / portico time) {:.2} (goal >= 1.0)",
        theirs.as_secs_f64() / ours.as_secs_f64()
    );
}
