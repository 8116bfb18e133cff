//! The preview job's memory (security drill finding 12): a tiny PNG that claims 19,000 ×
//! 19,000 pixels gets no preview and costs nothing; the largest accepted picture (50
//! megapixels with an alpha channel) stays under 400 MB at its peak. Measured with a
//! counting global allocator, so this binary holds one test only (nothing else allocates
//! meanwhile).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use portico::files::derive::{self, NoPreview};

struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let n = NOW.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
            PEAK.fetch_max(n, Ordering::SeqCst);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        NOW.fetch_sub(layout.size(), Ordering::SeqCst);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size > layout.size() {
                let n = NOW.fetch_add(new_size - layout.size(), Ordering::SeqCst)
                    + (new_size - layout.size());
                PEAK.fetch_max(n, Ordering::SeqCst);
            } else {
                NOW.fetch_sub(layout.size() - new_size, Ordering::SeqCst);
            }
        }
        p
    }
}

#[global_allocator]
static A: Counting = Counting;

fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc_in = kind.to_vec();
    crc_in.extend_from_slice(data);
    out.extend_from_slice(&crc32(&crc_in).to_be_bytes());
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for b in data {
        c ^= u32::from(*b);
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    !c
}

/// A PNG whose header claims `w` × `h` pixels, with almost no data behind it.
fn claiming(w: u32, h: u32) -> Vec<u8> {
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &ihdr));
    png.extend(chunk(
        b"IDAT",
        &[0x78, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    ));
    png.extend(chunk(b"IEND", &[]));
    png
}

fn peak_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let base = NOW.load(Ordering::SeqCst);
    PEAK.store(base, Ordering::SeqCst);
    let out = f();
    (out, PEAK.load(Ordering::SeqCst).saturating_sub(base))
}

#[test]
fn the_preview_job_stays_under_400_mb() {
    let bomb = claiming(19_000, 19_000);
    let (r, peak) = peak_during(|| derive::make(&bomb));
    assert_eq!(r.err(), Some(NoPreview::TooLarge));
    assert!(peak < 8 << 20, "refused from the header: {} MB", peak >> 20);

    // The largest accepted picture: 7,000 × 7,000 pixels (49 MP) with alpha.
    let big = {
        let img = image::RgbaImage::from_fn(7000, 7000, |x, y| {
            image::Rgba([(x % 251) as u8, (y % 241) as u8, ((x ^ y) % 256) as u8, 255])
        });
        let mut out = std::io::Cursor::new(Vec::new());
        img.write_with_encoder(image::codecs::png::PngEncoder::new_with_quality(
            &mut out,
            image::codecs::png::CompressionType::Fast,
            image::codecs::png::FilterType::NoFilter,
        ))
        .unwrap();
        out.into_inner()
    };
    let (r, peak) = peak_during(|| derive::make(&big));
    let d = r.expect("a preview");
    assert_eq!((d.width, d.height), (7000, 7000));
    eprintln!("peak for 49 MP RGBA: {} MB", peak >> 20);
    assert!(peak < 400 << 20, "peak {} MB", peak >> 20);
    // Just over the limit: no preview.
    let (r, _) = peak_during(|| derive::make(&claiming(7100, 7100)));
    assert_eq!(r.err(), Some(NoPreview::TooLarge));
}
