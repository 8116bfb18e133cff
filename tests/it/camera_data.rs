//! Photos and videos reach buyers and share links without the factory's position: no GPS,
//! serial, owner or maker notes in any copy they download, the same length and pixels, byte
//! ranges intact; staff may take the untouched original, audited. On every store.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{TestApp, bearer};
use diesel::prelude::*;
use portico::config::FileLimits;
use portico::db::schema::{audit_events, files};

fn has_gps(bytes: &[u8]) -> bool {
    exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(bytes))
        .is_ok_and(|e| {
            e.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY)
                .is_some()
        })
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn bmff(ty: &[u8; 4], payload: &[u8]) -> Vec<u8> {
    let mut b = ((payload.len() + 8) as u32).to_be_bytes().to_vec();
    b.extend(ty);
    b.extend(payload);
    b
}

/// An MP4 as an Android phone writes it: the position in `udta/©xyz` of the movie and of
/// its track, the media data after the movie box.
fn phone_mp4() -> Vec<u8> {
    let xyz = bmff(b"\xa9xyz", b"\0\x12\x15\xc7+22.5628+113.9311/");
    let mut trak = bmff(b"tkhd", &[0u8; 84]);
    trak.extend(bmff(b"udta", &xyz));
    let mut moov = bmff(b"mvhd", &[0u8; 100]);
    moov.extend(bmff(b"trak", &trak));
    moov.extend(bmff(
        b"udta",
        &[xyz.clone(), bmff(b"\xa9mak", b"SECRETPHONE")].concat(),
    ));
    let mut out = bmff(b"ftyp", b"isom\0\0\x02\0isomiso2mp41");
    out.extend(bmff(b"moov", &moov));
    out.extend(bmff(b"mdat", &[7u8; 4000]));
    out
}

/// `GET uri` with an API token.
async fn get_with(app: &TestApp, token: &str, uri: &str) -> common::Resp {
    app.send(TestRequest::get().uri(uri).insert_header(bearer(token)))
        .await
}

fn audited(app: &TestApp, action: &str, id: &str) -> i64 {
    audit_events::table
        .filter(audit_events::action.eq(action))
        .filter(audit_events::object_id.eq(id))
        .count()
        .get_result(&mut *app.conn())
        .unwrap()
}

on_all_stores!(
    buyers_and_share_links_get_no_camera_data,
    FileLimits::default(),
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let merch = world::issue(
            &app,
            &w.merch_a.email,
            portico::auth::session::SessionKind::Api,
        )
        .access_token;
        let jpeg = common::jpeg_with_exif();
        let mp4 = phone_mp4();
        assert!(has_gps(&jpeg));
        let photo = common::upload_for_buyers(&app, &merch, &w.order1, "IMG_0001.JPG", &jpeg).await;
        let video = common::upload_for_buyers(&app, &merch, &w.order1, "VID_0001.mp4", &mp4).await;
        portico::jobs::drain(&app.state, "test").await.unwrap();
        // The plan was made at upload and kept with the row.
        for id in [&photo, &video] {
            let kept: Option<String> = files::table
                .filter(files::id.eq(id))
                .select(files::scrub)
                .first(&mut *app.conn())
                .unwrap();
            assert!(kept.is_some_and(|k| k.contains("\"edits\"")), "{id}");
        }

        let mut buyer = world::browser(&app, &w.buyer_granted.email);
        // The photo: no GPS, the orientation and the pixels kept, a validator of its own.
        let copy = buyer.get(&format!("/files/{photo}/content")).await;
        assert_eq!(copy.status, StatusCode::OK);
        assert_eq!(copy.bytes.len(), jpeg.len());
        assert!(!has_gps(&copy.bytes), "the buyer's photo carries GPS");
        let e = exif::Reader::new()
            .read_from_container(&mut std::io::Cursor::new(&copy.bytes))
            .unwrap();
        assert_eq!(
            e.get_field(exif::Tag::Orientation, exif::In::PRIMARY)
                .and_then(|f| f.value.get_uint(0)),
            Some(6)
        );
        assert_eq!(
            image::load_from_memory(&copy.bytes).unwrap().to_rgb8(),
            image::load_from_memory(&jpeg).unwrap().to_rgb8()
        );
        let etag = copy.header("etag").to_string();
        assert!(etag.ends_with("-clean-v1\""), "{etag}");
        let again = buyer
            .send(
                TestRequest::get()
                    .uri(&format!("/files/{photo}/content"))
                    .insert_header(("if-none-match", etag.as_str())),
            )
            .await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED);

        // The video, whole and by ranges that start and end inside the removed boxes.
        let whole = buyer.get(&format!("/api/v1/files/{video}/content")).await;
        assert_eq!(whole.status, StatusCode::OK);
        assert_eq!(whole.bytes.len(), mp4.len());
        for secret in [&b"+22.5628"[..], b"SECRETPHONE", b"\xa9xyz"] {
            assert!(contains(&mp4, secret));
            assert!(!contains(&whole.bytes, secret), "{secret:?}");
        }
        assert_eq!(&whole.bytes[mp4.len() - 4000..], &mp4[mp4.len() - 4000..]);
        for (a, b) in [(0, 99), (150, 260), (200, 201), (40, mp4.len() - 1)] {
            let part = buyer
                .send(
                    TestRequest::get()
                        .uri(&format!("/api/v1/files/{video}/content"))
                        .insert_header(("range", format!("bytes={a}-{b}"))),
                )
                .await;
            assert_eq!(part.status, StatusCode::PARTIAL_CONTENT);
            assert_eq!(part.bytes, whole.bytes[a..=b], "bytes {a}-{b}");
        }

        // Buyers cannot ask for the original; staff can, byte for byte, and it is audited.
        let refused = buyer
            .get(&format!("/files/{photo}/content?original=1"))
            .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
        let orig = get_with(
            &app,
            &merch,
            &format!("/api/v1/files/{photo}/content?original=1"),
        )
        .await;
        assert_eq!(orig.bytes, jpeg);
        assert_eq!(audited(&app, "file.download_original", &photo), 1);
        // Staff's ordinary view is the clean copy too (a forwarded photo leaks nothing).
        let staff_view = get_with(&app, &merch, &format!("/api/v1/files/{photo}/content")).await;
        assert_eq!(staff_view.bytes, copy.bytes);
        assert_eq!(audited(&app, "file.download_original", &photo), 1);
        let mut staff = world::browser(&app, &w.merch_a.email);
        let page = staff.get(&format!("/files/{photo}")).await;
        assert!(page.body.contains("id=\"download-original\""));
        let page = buyer.get(&format!("/files/{photo}")).await;
        assert!(page.body.contains("id=\"cleaned-note\""));
        assert!(!page.body.contains("download-original"));

        // A share link gets the clean copy.
        let token = world::share_link(&app, &merch, &w.order1).await;
        let shared = app.client().get(&format!("/s/{token}/files/{photo}")).await;
        assert_eq!(shared.status, StatusCode::OK);
        assert_eq!(shared.bytes, copy.bytes);
        let shared = app.client().get(&format!("/s/{token}/files/{video}")).await;
        assert_eq!(shared.bytes, whole.bytes);

        // A file stored before cleaning existed gets its plan at its first download.
        diesel::update(files::table.filter(files::id.eq(&photo)))
            .set(files::scrub.eq(None::<String>))
            .execute(&mut *app.conn())
            .unwrap();
        let legacy = buyer.get(&format!("/files/{photo}/content")).await;
        assert_eq!(legacy.bytes, copy.bytes);
        let kept: Option<String> = files::table
            .filter(files::id.eq(&photo))
            .select(files::scrub)
            .first(&mut *app.conn())
            .unwrap();
        assert!(kept.is_some_and(|k| k.contains("\"edits\"")));
    }
);

// A picture whose structure cannot be followed is not served to buyers (it may hide a
// position), with a message that says why; staff get the original, audited.
on_both_backends!(
    unreadable_pictures_are_refused_to_buyers,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let merch = world::issue(
            &app,
            &w.merch_a.email,
            portico::auth::session::SessionKind::Api,
        )
        .access_token;
        let mut broken = b"\xFF\xD8\xFF\xE1\xFF\xF0Exif\0\0GPS-HIDDEN".to_vec();
        broken.extend([0u8; 64]);
        let id = common::upload_for_buyers(&app, &merch, &w.order1, "odd.jpg", &broken).await;
        let mut buyer = world::browser(&app, &w.buyer_granted.email);
        let r = buyer.get(&format!("/api/v1/files/{id}/content")).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(r.body.contains("camera data"), "{}", r.body);
        assert!(!contains(&r.bytes, b"GPS-HIDDEN"));
        let staff = get_with(&app, &merch, &format!("/api/v1/files/{id}/content")).await;
        assert_eq!(staff.bytes, broken);
        assert_eq!(audited(&app, "file.download_original", &id), 1);
        // Staff are told on the file's page that buyers cannot get it; buyers are not.
        let page = world::browser(&app, &w.merch_a.email)
            .get(&format!("/files/{id}"))
            .await;
        assert!(page.body.contains("id=\"clean-refused\""), "{}", page.body);
        let page = buyer.get(&format!("/files/{id}")).await;
        assert!(!page.body.contains("clean-refused"));
    }
);
