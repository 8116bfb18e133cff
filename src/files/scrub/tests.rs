//! The plans per format, on pictures made here with the metadata a phone writes.

use super::bmff::{bmff_boxes, movie_children};
use super::*;

#[test]
fn apply_edits_across_chunks() {
    let edits = vec![
        Edit::Put {
            at: 2,
            put: b"xyz".to_vec(),
        },
        Edit::Zero { at: 7, zero: 4 },
    ];
    let whole: Vec<u8> = (b'a'..=b'p').collect();
    let once = apply(&edits, 0, Bytes::from(whole.clone()));
    assert_eq!(&once[..], b"abxyzfg\0\0\0\0lmnop");
    let mut pieces = Vec::new();
    for (i, c) in whole.chunks(3).enumerate() {
        pieces.extend_from_slice(&apply(&edits, (i * 3) as u64, Bytes::copy_from_slice(c)));
    }
    assert_eq!(pieces, once.to_vec());
    // A range starting inside an edit.
    assert_eq!(&apply(&edits, 3, Bytes::from_static(b"def"))[..], b"yzf");
}

#[test]
fn plans_round_trip() {
    let s = Scrub::Edits(vec![
        Edit::Zero { at: 1, zero: 2 },
        Edit::Put {
            at: 9,
            put: vec![1],
        },
    ]);
    assert_eq!(Scrub::from_json(&s.to_json()), Some(s));
    let r = Scrub::Refused(Refusal::TooLarge);
    assert_eq!(Scrub::from_json(&r.to_json()), Some(r));
}

#[test]
fn broken_structures_are_refused() {
    assert_eq!(
        plan_picture(sniff::JPEG, b"\xFF\xD8\xFF\xE1\xFF\xFF"),
        Scrub::Refused(Refusal::Unreadable)
    );
    assert_eq!(
        plan_picture(sniff::PNG, b"\x89PNG\r\n\x1a\n\0\0\xFF\xFFtEXt"),
        Scrub::Refused(Refusal::Unreadable)
    );
    assert_eq!(
        plan_picture(sniff::WEBP, b"RIFF\x20\0\0\0WEBPEXIF\xFF\0\0\0"),
        Scrub::Refused(Refusal::Unreadable)
    );
}

/// EXIF (TIFF) data as a phone writes it: the maker "SECRETCAM", orientation 6 and a GPS
/// latitude of 22° 33' 44" N.
pub(crate) fn phone_tiff() -> Vec<u8> {
    let mut t: Vec<u8> = b"MM\0\x2a\0\0\0\x08".to_vec();
    let entry = |t: &mut Vec<u8>, tag: u16, typ: u16, count: u32, value: [u8; 4]| {
        t.extend(tag.to_be_bytes());
        t.extend(typ.to_be_bytes());
        t.extend(count.to_be_bytes());
        t.extend(value);
    };
    t.extend(3u16.to_be_bytes());
    entry(&mut t, 0x010F, 2, 10, 50u32.to_be_bytes());
    entry(&mut t, 0x0112, 3, 1, [0, 6, 0, 0]);
    entry(&mut t, 0x8825, 4, 1, 60u32.to_be_bytes());
    t.extend(0u32.to_be_bytes());
    t.extend(b"SECRETCAM\0");
    assert_eq!(t.len(), 60);
    t.extend(2u16.to_be_bytes());
    entry(&mut t, 0x0001, 2, 2, *b"N\0\0\0");
    entry(&mut t, 0x0002, 5, 3, 90u32.to_be_bytes());
    t.extend(0u32.to_be_bytes());
    for v in [22u32, 33, 44] {
        t.extend(v.to_be_bytes());
        t.extend(1u32.to_be_bytes());
    }
    t
}

fn gps_in(tiff: &[u8]) -> bool {
    exif::Reader::new().read_raw(tiff.to_vec()).is_ok_and(|e| {
        e.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY)
            .is_some()
    })
}

fn cleaned(ct: &str, original: &[u8]) -> Vec<u8> {
    let Scrub::Edits(edits) = plan_picture(ct, original) else {
        panic!("refused")
    };
    let out = apply(&edits, 0, Bytes::copy_from_slice(original)).to_vec();
    assert_eq!(out.len(), original.len(), "same length");
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn pixels(bytes: &[u8]) -> Vec<u8> {
    image::load_from_memory(bytes)
        .expect("decodes")
        .to_rgba8()
        .into_raw()
}

fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
    let mut s = vec![0xFF, marker];
    s.extend(((payload.len() + 2) as u16).to_be_bytes());
    s.extend(payload);
    s
}

fn test_image() -> image::DynamicImage {
    image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(24, 16, |x, y| {
        image::Rgb([(x * 10) as u8, (y * 15) as u8, 90])
    }))
}

#[test]
fn jpeg_loses_position_maker_xmp_comments_and_trailers_but_keeps_orientation() {
    let mut base = Vec::new();
    test_image()
        .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut base, 90,
        ))
        .unwrap();
    let mut exif = b"Exif\0\0".to_vec();
    exif.extend(phone_tiff());
    let mut jpeg = base[..2].to_vec();
    jpeg.extend(segment(0xE1, &exif));
    jpeg.extend(segment(
        0xE1,
        b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>GPS-XMP 22.5N</x:xmpmeta>",
    ));
    jpeg.extend(segment(0xED, b"Photoshop 3.0\0IPTC-OWNER"));
    jpeg.extend(segment(0xFE, b"shot at factory gate GPS-COM"));
    jpeg.extend(&base[2..]);
    jpeg.extend(b"\xFF\xD8\xFF\xE1\0\x10Exif\0\0GPS-TRAILER");
    assert!(gps_in(&exif[6..]));

    let out = cleaned(JPEG_CT, &jpeg);
    for secret in [
        &b"SECRETCAM"[..],
        b"GPS-XMP",
        b"IPTC-OWNER",
        b"GPS-COM",
        b"GPS-TRAILER",
    ] {
        assert!(contains(&jpeg, secret));
        assert!(
            !contains(&out, secret),
            "{}",
            String::from_utf8_lossy(secret)
        );
    }
    // The EXIF left holds the orientation only.
    let e = exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(&out))
        .expect("an EXIF block is left");
    assert_eq!(
        e.get_field(exif::Tag::Orientation, exif::In::PRIMARY)
            .and_then(|f| f.value.get_uint(0)),
        Some(6)
    );
    assert!(
        e.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY)
            .is_none()
    );
    assert_eq!(e.fields().count(), 1);
    assert_eq!(pixels(&out), pixels(&jpeg), "pixels untouched");
}

#[test]
fn jpeg_keeps_the_colour_profile_and_without_orientation_leaves_no_exif() {
    let mut base = Vec::new();
    test_image()
        .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut base, 90,
        ))
        .unwrap();
    let mut tiff = phone_tiff();
    tiff[27] = 1; // orientation 1: nothing to keep
    let mut exif = b"Exif\0\0".to_vec();
    exif.extend(&tiff);
    let icc = b"ICC_PROFILE\0\x01\x01not-a-real-profile";
    let mut jpeg = base[..2].to_vec();
    jpeg.extend(segment(0xE2, icc));
    jpeg.extend(segment(0xE1, &exif));
    jpeg.extend(&base[2..]);
    let out = cleaned(JPEG_CT, &jpeg);
    assert!(contains(&out, icc), "the colour profile stays");
    assert!(!contains(&out, b"Exif\0\0"));
    assert!(!contains(&out, b"SECRETCAM"));
}

const JPEG_CT: &str = sniff::JPEG;

fn png_chunk(ty: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut c = (data.len() as u32).to_be_bytes().to_vec();
    c.extend(ty);
    c.extend(data);
    let mut h = crc32fast::Hasher::new();
    h.update(ty);
    h.update(data);
    c.extend(h.finalize().to_be_bytes());
    c
}

#[test]
fn png_loses_text_exif_and_private_chunks_with_valid_checksums() {
    let mut base = Vec::new();
    test_image()
        .write_to(
            &mut std::io::Cursor::new(&mut base),
            image::ImageFormat::Png,
        )
        .unwrap();
    let iend = base.len() - 12;
    let mut png = base[..iend].to_vec();
    png.extend(png_chunk(b"tEXt", b"Comment\0GPS-TEXT 22.5N"));
    png.extend(png_chunk(b"eXIf", &phone_tiff()));
    png.extend(png_chunk(b"prVt", b"PRIVATE-OWNER"));
    png.extend(&base[iend..]);
    png.extend(b"TRAILING-GPS");
    let out = cleaned(sniff::PNG, &png);
    for secret in [
        &b"GPS-TEXT"[..],
        b"SECRETCAM",
        b"PRIVATE-OWNER",
        b"TRAILING-GPS",
        b"eXIf",
        b"tEXt",
    ] {
        assert!(
            !contains(&out, secret),
            "{}",
            String::from_utf8_lossy(secret)
        );
    }
    // The png decoder checks every chunk's CRC.
    assert_eq!(pixels(&out), pixels(&png));
}

#[test]
fn webp_loses_exif_and_xmp_chunks_and_flags() {
    let mut lossless = Vec::new();
    test_image()
        .write_with_encoder(image::codecs::webp::WebPEncoder::new_lossless(
            &mut lossless,
        ))
        .unwrap();
    let vp8l = &lossless[12..];
    let mut chunks = b"VP8X\x0a\0\0\0".to_vec();
    chunks.extend([0x0C, 0, 0, 0]);
    chunks.extend(&(24u32 - 1).to_le_bytes()[..3]);
    chunks.extend(&(16u32 - 1).to_le_bytes()[..3]);
    chunks.extend(vp8l);
    if vp8l.len() % 2 == 1 {
        chunks.push(0);
    }
    let mut exif = b"EXIF".to_vec();
    let tiff = phone_tiff();
    exif.extend((tiff.len() as u32).to_le_bytes());
    exif.extend(&tiff);
    chunks.extend(&exif);
    let xmp = b"<x:xmpmeta>GPS-XMP</x:xmpmeta>!";
    chunks.extend(b"XMP ");
    chunks.extend((xmp.len() as u32).to_le_bytes());
    chunks.extend(xmp);
    chunks.push(0);
    let mut webp = b"RIFF".to_vec();
    webp.extend(((chunks.len() + 4) as u32).to_le_bytes());
    webp.extend(b"WEBP");
    webp.extend(&chunks);
    assert_eq!(pixels(&webp).len(), 24 * 16 * 4, "the fixture decodes");
    let out = cleaned(sniff::WEBP, &webp);
    for secret in [&b"SECRETCAM"[..], b"GPS-XMP", b"EXIF", b"XMP "] {
        assert!(
            !contains(&out, secret),
            "{}",
            String::from_utf8_lossy(secret)
        );
    }
    assert_eq!(out[20] & 0x0C, 0, "VP8X no longer announces EXIF or XMP");
    assert_eq!(pixels(&out), pixels(&webp));
}

fn bmff(ty: &[u8; 4], payload: &[u8]) -> Vec<u8> {
    let mut b = ((payload.len() + 8) as u32).to_be_bytes().to_vec();
    b.extend(ty);
    b.extend(payload);
    b
}

/// A HEIF file as an iPhone lays it out: `meta` with an image item and an `Exif` item whose
/// data is in `mdat`.
pub(crate) fn heic_with_exif() -> Vec<u8> {
    let ftyp = bmff(b"ftyp", b"heic\0\0\0\0mif1heic");
    let pixels = b"HVC-PIXEL-DATA!!";
    let mut exif = vec![0, 0, 0, 0];
    exif.extend(phone_tiff());
    let meta = |image_at: u32, exif_at: u32| {
        let mut hdlr = vec![0u8; 8];
        hdlr.extend(b"pict");
        hdlr.extend([0u8; 13]);
        let infe = |id: u16, ty: &[u8; 4]| {
            let mut p = vec![2, 0, 0, 0];
            p.extend(id.to_be_bytes());
            p.extend([0, 0]);
            p.extend(ty);
            p.push(0);
            bmff(b"infe", &p)
        };
        let mut iinf = vec![0, 0, 0, 0, 0, 2];
        iinf.extend(infe(1, b"hvc1"));
        iinf.extend(infe(2, b"Exif"));
        let mut iloc = vec![0, 0, 0, 0, 0x44, 0x00, 0, 2];
        for (id, at, len) in [(1u16, image_at, pixels.len()), (2, exif_at, exif.len())] {
            iloc.extend(id.to_be_bytes());
            iloc.extend([0, 0, 0, 1]);
            iloc.extend(at.to_be_bytes());
            iloc.extend((len as u32).to_be_bytes());
        }
        let mut m = vec![0, 0, 0, 0];
        m.extend(bmff(b"hdlr", &hdlr));
        m.extend(bmff(b"iinf", &iinf));
        m.extend(bmff(b"iloc", &iloc));
        bmff(b"meta", &m)
    };
    let mdat_data = (ftyp.len() + meta(0, 0).len() + 8) as u32;
    let mut mdat = pixels.to_vec();
    mdat.extend(&exif);
    let mut out = ftyp.clone();
    out.extend(meta(mdat_data, mdat_data + pixels.len() as u32));
    out.extend(bmff(b"mdat", &mdat));
    out
}

#[test]
fn heic_loses_its_exif_item_and_keeps_the_image() {
    let heic = heic_with_exif();
    assert_eq!(sniff::content_type(&heic), Some(sniff::HEIC));
    let out = cleaned(sniff::HEIC, &heic);
    assert!(contains(&heic, b"SECRETCAM"));
    assert!(!contains(&out, b"SECRETCAM"));
    assert!(
        contains(&out, b"HVC-PIXEL-DATA!!"),
        "the image item is untouched"
    );
}

#[test]
fn movie_metadata_boxes_become_free_space() {
    let mut trak = bmff(b"tkhd", &[0u8; 84]);
    trak.extend(bmff(
        b"udta",
        &bmff(b"\xa9xyz", b"\0\x12\0\0+22.5628+113.9311/"),
    ));
    let mut moov = bmff(b"mvhd", &[0u8; 100]);
    moov.extend(bmff(b"trak", &trak));
    moov.extend(bmff(
        b"meta",
        b"com.apple.quicktime.location.ISO6709 +22.56+113.93 SERIAL-42",
    ));
    let moov = bmff(b"moov", &moov);
    let mut edits = Vec::new();
    movie_children(
        &moov,
        8,
        moov.len(),
        1000,
        1000 + moov.len() as u64,
        0,
        &mut edits,
    )
    .unwrap();
    let mut edits_sorted = edits.clone();
    edits_sorted.sort_by_key(Edit::start);
    let mut file = vec![0u8; 1000];
    file.extend(&moov);
    let out = apply(&edits_sorted, 0, Bytes::from(file.clone()));
    assert_eq!(out.len(), file.len());
    for secret in [
        &b"+22.5628"[..],
        b"location",
        b"SERIAL-42",
        b"udta",
        b"\xa9xyz",
    ] {
        assert!(
            !contains(&out, secret),
            "{}",
            String::from_utf8_lossy(secret)
        );
    }
    assert!(
        contains(&out, b"tkhd") && contains(&out, b"mvhd"),
        "playback boxes stay"
    );
    assert_eq!(
        bmff_boxes(&out, 1008, out.len()).unwrap().len(),
        3,
        "the structure holds"
    );
}

fn full(ty: &[u8; 4], body: &[u8]) -> Vec<u8> {
    let mut p = vec![0, 0, 0, 0];
    p.extend(body);
    bmff(ty, &p)
}

/// A track with handler `handler` whose two chunks (2 samples of 5 and 7 bytes, then 1 of 4)
/// are at `offsets`.
fn track(handler: &[u8; 4], offsets: [u32; 2]) -> Vec<u8> {
    let mut hdlr = vec![0u8; 4];
    hdlr.extend(handler);
    hdlr.extend([0u8; 13]);
    let mut stsc = 2u32.to_be_bytes().to_vec();
    for (first, per) in [(1u32, 2u32), (2, 1)] {
        stsc.extend(first.to_be_bytes());
        stsc.extend(per.to_be_bytes());
        stsc.extend(1u32.to_be_bytes());
    }
    let mut stsz = 0u32.to_be_bytes().to_vec();
    stsz.extend(3u32.to_be_bytes());
    for n in [5u32, 7, 4] {
        stsz.extend(n.to_be_bytes());
    }
    let mut stco = 2u32.to_be_bytes().to_vec();
    for o in offsets {
        stco.extend(o.to_be_bytes());
    }
    let stbl = bmff(
        b"stbl",
        &[
            full(b"stsc", &stsc),
            full(b"stsz", &stsz),
            full(b"stco", &stco),
        ]
        .concat(),
    );
    let minf = bmff(b"minf", &stbl);
    let mdia = bmff(b"mdia", &[full(b"hdlr", &hdlr), minf].concat());
    bmff(b"trak", &[bmff(b"tkhd", &[0u8; 84]), mdia].concat())
}

#[test]
fn gps_tracks_are_zeroed_and_picture_tracks_kept() {
    // The file: 100 bytes of media data, then the movie box.
    let mut media = vec![b'V'; 100];
    media[10..22].copy_from_slice(b"GPS+22.5628N");
    media[40..44].copy_from_slice(b"+113");
    let moov = bmff(
        b"moov",
        &[track(b"vide", [60, 80]), track(b"meta", [10, 40])].concat(),
    );
    let mut file = media.clone();
    file.extend(&moov);
    let mut edits = Vec::new();
    movie_children(&moov, 8, moov.len(), 100, file.len() as u64, 0, &mut edits).unwrap();
    let Scrub::Edits(edits) = Scrub::edits(edits) else {
        panic!("refused")
    };
    let out = apply(&edits, 0, Bytes::from(file.clone()));
    assert_eq!(&out[10..22], &[0u8; 12], "the GPS track's first chunk");
    assert_eq!(&out[40..44], &[0u8; 4], "its second chunk");
    assert_eq!(
        &out[60..72],
        &file[60..72],
        "the picture track is untouched"
    );
    assert_eq!(&out[100..], &file[100..], "the sample tables stay");
}

#[test]
fn deep_nesting_is_refused_not_a_crash() {
    let mut b = bmff(b"free", &[]);
    for _ in 0..20_000 {
        b = bmff(b"trak", &b);
    }
    let mut out = Vec::new();
    assert!(movie_children(&b, 0, b.len(), 0, b.len() as u64, 0, &mut out).is_err());
}

#[test]
fn overlapping_blanks_merge_and_a_replacement_inside_one_is_refused() {
    let merged = Scrub::edits(vec![
        Edit::Zero { at: 0, zero: 100 },
        Edit::Zero { at: 10, zero: 10 },
        Edit::Zero { at: 100, zero: 5 },
        Edit::Zero { at: 200, zero: 1 },
    ]);
    assert_eq!(
        merged,
        Scrub::Edits(vec![
            Edit::Zero { at: 0, zero: 105 },
            Edit::Zero { at: 200, zero: 1 }
        ])
    );
    let Scrub::Edits(e) = &merged else { panic!() };
    assert_eq!(&apply(e, 50, Bytes::from_static(b"abc"))[..], &[0, 0, 0]);
    assert_eq!(
        Scrub::edits(vec![
            Edit::Zero { at: 0, zero: 100 },
            Edit::Put {
                at: 10,
                put: vec![1]
            }
        ]),
        Scrub::Refused(Refusal::Unreadable)
    );
    // A stored plan of older rules, or out of order, is made again.
    assert_eq!(Scrub::from_json(r#"{"v":0,"plan":{"edits":[]}}"#), None);
    assert_eq!(
        Scrub::from_json(r#"{"v":1,"plan":{"edits":[{"at":5,"zero":5},{"at":0,"zero":9}]}}"#),
        None
    );
}

#[test]
fn jfxx_thumbnails_and_motion_photos_go() {
    let mut base = Vec::new();
    test_image()
        .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut base, 90,
        ))
        .unwrap();
    let mut jpeg = base[..2].to_vec();
    jpeg.extend(segment(0xE0, b"JFXX\0\x10\xFF\xD8\xFF\xE1GPS-THUMB"));
    jpeg.extend(&base[2..]);
    let out = cleaned(JPEG_CT, &jpeg);
    assert!(!contains(&out, b"GPS-THUMB"));
    assert!(contains(&out, b"JFIF\0"), "the JFIF header stays");
    let mut heic = heic_with_exif();
    heic.extend(bmff(b"mpvd", b"....moov udta +22.5628+113.9311/"));
    let out = cleaned(sniff::HEIC, &heic);
    assert!(!contains(&out, b"+22.5628"));
}
