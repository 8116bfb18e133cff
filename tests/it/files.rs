//! Files: upload, download, previews, versions, visibility and authorization, on local
//! storage and on a real S3 server.

use crate::common;

use actix_web::http::StatusCode;
use actix_web::test::TestRequest;
use common::world::{self, World};
use common::{Part, TestApp, field_part, file_part};
use diesel::prelude::*;
use portico::config::FileLimits;
use portico::db::schema::{audit_events, files};

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

fn has_gps(bytes: &[u8]) -> bool {
    let Ok(exif) = exif::Reader::new().read_from_container(&mut std::io::Cursor::new(bytes)) else {
        return false;
    };
    exif.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY)
        .is_some()
}

fn sha256(b: &[u8]) -> String {
    portico::auth::secrets::hex(&<sha2::Sha256 as sha2::Digest>::digest(b))
}

/// Rows and objects of the world's tenant now (the world's two files included).
async fn counts(app: &TestApp) -> (i64, usize) {
    let rows: i64 = files::table.count().get_result(&mut *app.conn()).unwrap();
    let objects = app.state.storage.list_all().await.unwrap().len();
    (rows, objects)
}

const SMALL: FileLimits = FileLimits {
    max_file: 1000,
    max_request: 2500,
    tenant_quota: 1_000_000,
};

on_all_stores!(
    upload_preview_and_download,
    FileLimits::default(),
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let mut m = world::browser(&app, &w.merch_a.email);
        let photo = common::jpeg_with_exif();
        assert!(has_gps(&photo), "the fixture carries GPS data");
        let r = m
            .upload(
                &format!("/orders/{}/files", w.order1),
                &[
                    field_part("visibility", "customer"),
                    file_part("IMG_0001.JPG", &photo),
                    file_part("proforma.pdf", PDF),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let files_json = r.json()["files"].as_array().unwrap().clone();
        assert_eq!(files_json.len(), 2);
        assert_eq!(files_json[0]["kind"], "photo");
        assert_eq!(files_json[0]["content_type"], "image/jpeg");
        assert_eq!(files_json[0]["sha256"], sha256(&photo));
        assert_eq!(files_json[0]["derivatives"], "pending");
        assert_eq!(files_json[1]["kind"], "other");
        assert_eq!(files_json[1]["content_type"], "application/pdf");
        assert_eq!(files_json[1]["size_bytes"], PDF.len());
        let photo_id = files_json[0]["id"].as_str().unwrap().to_string();
        let pdf_id = files_json[1]["id"].as_str().unwrap().to_string();

        // The thumbnail job: oriented, EXIF-free derivatives and the capture time.
        assert_eq!(portico::jobs::drain(&app.state, "test").await.unwrap(), 1);
        let mut b = world::browser(&app, &w.buyer_granted.email);
        let list = b.get(&format!("/api/v1/orders/{}/files", w.order1)).await;
        assert_eq!(list.status, StatusCode::OK);
        let shown = list.json()["items"].as_array().unwrap().clone();
        assert_eq!(shown.len(), 2, "{}", list.body);
        let p = shown.iter().find(|f| f["id"] == photo_id.as_str()).unwrap();
        assert_eq!(p["derivatives"], "ready");
        assert_eq!(
            (p["width"].as_i64(), p["height"].as_i64()),
            (Some(32), Some(64))
        );
        assert_eq!(p["captured_at"], "2026-11-20T09:30:00.000000Z");
        for which in ["thumb", "preview"] {
            let d = b.get(&format!("/files/{photo_id}/{which}")).await;
            assert_eq!(d.status, StatusCode::OK, "{which}");
            assert_eq!(d.header("content-type"), "image/jpeg");
            assert!(d.bytes.starts_with(&[0xFF, 0xD8]));
            assert!(!has_gps(&d.bytes), "{which} carries GPS data");
            assert!(
                !d.bytes.windows(6).any(|w| w == b"Exif\0\0"),
                "{which} carries EXIF"
            );
            let img = image::load_from_memory(&d.bytes).unwrap();
            assert!(img.height() > img.width(), "{which} is oriented");
        }
        // The buyer's copy is the uploaded file without its camera data (tests/it/camera_data.rs);
        // staff may take the original, byte for byte.
        let copy = b.get(&format!("/files/{photo_id}/content")).await;
        assert_eq!(copy.bytes.len(), photo.len());
        assert!(!has_gps(&copy.bytes));
        let orig = m
            .get(&format!("/files/{photo_id}/content?original=1"))
            .await;
        assert_eq!(orig.bytes, photo);

        // The PDF: inline under a sandbox, ETag = sha256, ranges, conditional requests.
        let d = b.get(&format!("/files/{pdf_id}/content")).await;
        assert_eq!(d.status, StatusCode::OK);
        assert_eq!(d.bytes, PDF);
        assert_eq!(d.header("content-type"), "application/pdf");
        assert_eq!(d.header("x-content-type-options"), "nosniff");
        assert!(d.header("content-security-policy").contains("sandbox"));
        assert!(
            d.header("content-disposition")
                .starts_with("inline; filename=\"proforma.pdf\"")
        );
        let etag = d.header("etag").to_string();
        assert_eq!(etag, format!("\"{}\"", sha256(PDF)));
        let forced = b.get(&format!("/files/{pdf_id}/content?download=1")).await;
        assert!(
            forced
                .header("content-disposition")
                .starts_with("attachment;")
        );
        let part = b
            .send(
                TestRequest::get()
                    .uri(&format!("/files/{pdf_id}/content"))
                    .insert_header(("range", "bytes=1-3")),
            )
            .await;
        assert_eq!(part.status, StatusCode::PARTIAL_CONTENT);
        assert_eq!(part.bytes, b"PDF");
        assert_eq!(
            part.header("content-range"),
            format!("bytes 1-3/{}", PDF.len()).as_str()
        );
        let tail = b
            .send(
                TestRequest::get()
                    .uri(&format!("/files/{pdf_id}/content"))
                    .insert_header(("range", "bytes=-6")),
            )
            .await;
        assert_eq!(tail.bytes, b"%%EOF\n");
        for bad in [
            "bytes=5-2",
            "bytes=abc",
            "bytes=99999-",
            "bytes=-0",
            "garbage",
        ] {
            let r = b
                .send(
                    TestRequest::get()
                        .uri(&format!("/api/v1/files/{pdf_id}/content"))
                        .insert_header(("range", bad)),
                )
                .await;
            assert_eq!(r.status, StatusCode::RANGE_NOT_SATISFIABLE, "{bad}");
            assert_eq!(
                r.header("content-range"),
                format!("bytes */{}", PDF.len()).as_str()
            );
            assert_eq!(r.json()["code"], "range_not_satisfiable");
        }
        let not_modified = b
            .send(
                TestRequest::get()
                    .uri(&format!("/files/{pdf_id}/content"))
                    .insert_header(("if-none-match", etag.as_str())),
            )
            .await;
        assert_eq!(not_modified.status, StatusCode::NOT_MODIFIED);
        assert!(not_modified.bytes.is_empty());
        let head = b
            .send(
                TestRequest::default()
                    .method(actix_web::http::Method::HEAD)
                    .uri(&format!("/files/{pdf_id}/content")),
            )
            .await;
        assert_eq!(head.status, StatusCode::OK);
        assert_eq!(
            head.header("content-length"),
            PDF.len().to_string().as_str()
        );

        // The file page shows the sha256; document downloads are audited.
        let page = b.get(&format!("/files/{pdf_id}")).await;
        assert!(page.body.contains(&sha256(PDF)));
        let downloads: i64 = audit_events::table
            .filter(audit_events::action.eq("file.download"))
            .filter(audit_events::object_id.eq(&pdf_id))
            .count()
            .get_result(&mut *app.conn())
            .unwrap();
        assert!(
            downloads >= 2,
            "document downloads are audited: {downloads}"
        );
        let gallery = b.get(&format!("/orders/{}/files", w.order1)).await;
        assert!(gallery.body.contains(&format!("/files/{photo_id}/thumb")));
        assert!(gallery.body.contains("proforma.pdf"));
        assert_eq!(
            counts(&app).await,
            (2, 4),
            "two originals and two derivatives"
        );
    }
);

on_all_stores!(
    bad_uploads_are_refused_and_leave_nothing,
    SMALL,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let mut m = world::browser(&app, &w.merch_a.email);
        let url = format!("/orders/{}/files", w.order1);
        let csv = |n: usize| {
            let mut v = b"ref,qty\n".to_vec();
            v.resize(n, b'1');
            v
        };
        let exact = csv(1000);
        let over = csv(1001);
        let tall = csv(900);
        let mut jpeg_html = vec![0xFF, 0xD8, 0xFF, 0xE0];
        jpeg_html.extend(b"<html><script>alert(1)</script></html>");
        let many: Vec<Part> = (0..10_000).map(|_| field_part("x", "y")).collect();
        let cases: Vec<(&str, Vec<Part>, u16, &str)> = vec![
            (
                "one byte over the file limit",
                vec![file_part("big.csv", &over)],
                413,
                "too_large",
            ),
            (
                "over the request limit (third file)",
                vec![
                    file_part("a.csv", &tall),
                    file_part("b.csv", &tall),
                    file_part("c.csv", &tall),
                ],
                413,
                "too_large",
            ),
            (
                "wrong magic under a good name",
                vec![file_part("photo.jpg", b"hello, world\x00\x01")],
                415,
                "unsupported_type",
            ),
            (
                "SVG with a script",
                vec![file_part(
                    "logo.png",
                    b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
                )],
                415,
                "unsupported_type",
            ),
            (
                "HTML",
                vec![file_part(
                    "report.pdf",
                    b"<!DOCTYPE html><html><body>x,y</body></html>",
                )],
                415,
                "unsupported_type",
            ),
            (
                "GIF/script polyglot",
                vec![file_part("x.jpg", b"GIF89a/*<script>alert(1)</script>*/")],
                415,
                "unsupported_type",
            ),
            (
                "ELF executable",
                vec![file_part(
                    "setup.pdf",
                    b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                )],
                415,
                "unsupported_type",
            ),
            (
                "Windows executable",
                vec![file_part(
                    "invoice.pdf",
                    b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0",
                )],
                415,
                "unsupported_type",
            ),
            (
                "shell script",
                vec![file_part("run.csv", b"#!/bin/sh\necho a,b\n")],
                415,
                "unsupported_type",
            ),
            (
                "empty file",
                vec![file_part("empty.pdf", b"")],
                422,
                "file_empty",
            ),
            (
                "no file at all",
                vec![field_part("visibility", "customer")],
                422,
                "file_required",
            ),
            ("10,000 parts", many, 413, "too_large"),
            (
                "bad kind",
                vec![field_part("kind", "malware"), file_part("a.pdf", PDF)],
                422,
                "kind_invalid",
            ),
            (
                "bad visibility",
                vec![field_part("visibility", "public"), file_part("a.pdf", PDF)],
                422,
                "visibility_invalid",
            ),
            (
                "milestone of another order",
                vec![
                    field_part("milestone_id", &w.order3),
                    file_part("a.pdf", PDF),
                ],
                422,
                "milestone_invalid",
            ),
        ];
        for (what, parts, status, code) in cases {
            let r = m.upload(&url, &parts).await;
            assert_eq!(r.status.as_u16(), status, "{what}: {}", r.body);
            assert_eq!(r.json()["code"], code, "{what}");
            assert!(!r.json()["detail"].as_str().unwrap().is_empty());
            assert_eq!(counts(&app).await, (0, 0), "{what}: nothing stored");
        }
        // Malformed bodies: no boundary, a body cut short.
        let r = m
            .send(
                TestRequest::post()
                    .uri(&url)
                    .insert_header(("content-type", "multipart/form-data"))
                    .insert_header(("x-csrf-token", m.csrf()))
                    .set_payload("whatever"),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{}", r.body);
        let (ct, body) = common::multipart(&[file_part("a.pdf", PDF), file_part("b.pdf", PDF)]);
        let cut = &body[..body.len() - 60];
        let r = m
            .send(
                TestRequest::post()
                    .uri(&url)
                    .insert_header(("content-type", ct))
                    .insert_header(("x-csrf-token", m.csrf()))
                    .insert_header(("accept", "application/json"))
                    .set_payload(cut.to_vec()),
            )
            .await;
        assert_eq!(r.status.as_u16(), 422, "{}", r.body);
        assert_eq!(counts(&app).await, (0, 0), "a cut body leaves nothing");

        // Exactly at the limits is fine; a sneaky name is cleaned and never reaches the key.
        let r = m
            .upload(
                &url,
                &[file_part("../../etc/pass\u{202e}vsc.\twd.csv", &exact)],
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let f = &r.json()["files"][0];
        assert_eq!(f["display_name"], "passvsc.wd.csv");
        assert_eq!(f["content_type"], "text/csv");
        let key: String = files::table
            .select(files::object_key)
            .first(&mut *app.conn())
            .unwrap();
        assert!(
            key.starts_with(&format!("{}/", w.alpha)) && !key.contains(".."),
            "{key}"
        );
        // A JPEG signature in front of markup is stored as a JPEG, served as one, and never
        // previewed.
        let r = m.upload(&url, &[file_part("x.html", &jpeg_html)]).await;
        assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
        let id = r.json()["files"][0]["id"].as_str().unwrap().to_string();
        portico::jobs::drain(&app.state, "test").await.unwrap();
        let d = m.get(&format!("/files/{id}/content")).await;
        assert_eq!(d.header("content-type"), "image/jpeg");
        assert_eq!(d.header("x-content-type-options"), "nosniff");
        assert!(d.header("content-security-policy").contains("sandbox"));
        assert!(
            d.header("content-disposition").contains("x.jpg"),
            "offered as what it is"
        );
        let shown = m.get(&format!("/api/v1/files/{id}")).await;
        assert_eq!(shown.json()["file"]["derivatives"], "failed");
        assert_eq!(counts(&app).await, (2, 2));
    }
);

on_both_backends!(tenant_quota_is_enforced, |app: TestApp| async move {
    let app = TestApp::custom(
        app.backend,
        common::Store::Local,
        "http://127.0.0.1:8080",
        FileLimits {
            max_file: 1 << 20,
            max_request: 1 << 20,
            tenant_quota: 1500,
        },
    )
    .await
    .unwrap();
    let w = World::build_without_files(&app);
    let mut m = world::browser(&app, &w.merch_a.email);
    let url = format!("/orders/{}/files", w.order1);
    let mut csv = b"a,b\n".to_vec();
    csv.resize(1000, b'x');
    assert_eq!(
        m.upload(&url, &[file_part("1.csv", &csv)]).await.status,
        StatusCode::CREATED
    );
    let r = m.upload(&url, &[file_part("2.csv", &csv)]).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(r.json()["detail"].as_str().unwrap().contains("quota"));
    assert_eq!(counts(&app).await, (1, 1));
});

on_both_backends!(documents_have_versions, |app: TestApp| async move {
    let w = World::build_without_files(&app);
    let mut m = world::browser(&app, &w.merch_a.email);
    let r = m
        .upload(
            &format!("/orders/{}/files", w.order1),
            &[
                // Versions of a file that is not a document of record (those are drafts
                // until issued: tests/it/drill.rs).
                field_part("kind", "certificate"),
                file_part("形式发票 PI-1.pdf", PDF),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED);
    assert_eq!(r.json()["files"][0]["display_name"], "形式发票 PI-1.pdf");
    let v1 = r.json()["files"][0]["id"].as_str().unwrap().to_string();
    let v2pdf = b"%PDF-1.7\n% version two\n%%EOF\n";
    let r = m
        .upload(
            &format!("/files/{v1}/versions"),
            &[file_part("PI-2.pdf", v2pdf)],
        )
        .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
    let f = r.json()["files"][0].clone();
    assert_eq!(f["version"], 2);
    assert_eq!(f["kind"], "certificate");
    assert_eq!(f["document_id"], v1.as_str());
    let v2 = f["id"].as_str().unwrap().to_string();
    // Only the current version is listed; both are in the history, each with its sha256.
    let mut b = world::browser(&app, &w.buyer_granted.email);
    let list = b
        .get(&format!(
            "/api/v1/orders/{}/files?group=documents",
            w.order1
        ))
        .await;
    let ids: Vec<String> = list.json()["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, vec![v2.clone()]);
    let old = b.get(&format!("/files/{v1}")).await;
    assert!(old.body.contains("id=\"superseded\""));
    assert!(old.body.contains(&sha256(PDF)) && old.body.contains(&sha256(v2pdf)));
    let api = b.get(&format!("/api/v1/files/{v2}")).await;
    assert_eq!(api.json()["versions"].as_array().unwrap().len(), 2);
    // A buyer cannot add versions; a version of a version chain's old member goes on top.
    let r = b
        .upload(&format!("/files/{v1}/versions"), &[file_part("x.pdf", PDF)])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let r = m
        .upload(
            &format!("/files/{v1}/versions"),
            &[file_part("PI-3.pdf", PDF)],
        )
        .await;
    assert_eq!(r.json()["files"][0]["version"], 3);
    let r = m
        .upload(
            &format!("/files/{v2}/versions"),
            &[file_part("a.pdf", PDF), file_part("b.pdf", PDF)],
        )
        .await;
    assert_eq!(r.status.as_u16(), 422);
    assert_eq!(counts(&app).await, (3, 3));
});

on_both_backends!(
    uploads_follow_scope_and_visibility,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        // Who may upload where: outsiders get 404, the buyer 403, nothing is stored.
        for (email, order, status) in [
            (&w.admin_b.email, &w.order1, 404),
            (&w.buyer_y.email, &w.order1, 404),
            (&w.qc_a.email, &w.order1, 404),
            (&w.merch_a.email, &w.order_b, 404),
            (&w.buyer_granted.email, &w.order1, 403),
        ] {
            let mut c = world::browser(&app, email);
            let r = c
                .upload(
                    &format!("/orders/{order}/files"),
                    &[file_part("a.pdf", PDF)],
                )
                .await;
            assert_eq!(r.status.as_u16(), status, "{email}");
            let r = c
                .upload(
                    &format!("/api/v1/orders/{order}/files"),
                    &[file_part("a.pdf", PDF)],
                )
                .await;
            assert_eq!(r.status.as_u16(), status, "{email} (API)");
        }
        assert_eq!(counts(&app).await, (0, 0));

        // Files on a progress update take its visibility.
        let mut m = world::browser(&app, &w.merch_a.email);
        for vis in ["internal", "customer"] {
            let r = m
                .post(
                    &format!("/orders/{}/updates", w.order1),
                    &[("body", &format!("{vis} update")), ("visibility", vis)],
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
        let entries: Vec<(String, String)> = {
            use portico::db::schema::timeline_entries as t;
            t::table
                .filter(t::kind.eq("update"))
                .select((t::id, t::visibility))
                .load(&mut *app.conn())
                .unwrap()
        };
        let mut by_vis = std::collections::HashMap::new();
        for (id, vis) in &entries {
            let r = m
                .upload(
                    &format!("/orders/{}/files", w.order1),
                    &[
                        field_part("entry_id", id),
                        field_part("visibility", "customer"),
                        file_part(&format!("{vis}.jpg"), &common::tiny_jpeg()),
                    ],
                )
                .await;
            assert_eq!(r.status, StatusCode::CREATED, "{}", r.body);
            assert_eq!(r.json()["files"][0]["visibility"], vis.as_str());
            by_vis.insert(
                vis.clone(),
                r.json()["files"][0]["id"].as_str().unwrap().to_string(),
            );
        }
        portico::jobs::drain(&app.state, "test").await.unwrap();
        let mut b = world::browser(&app, &w.buyer_granted.email);
        let internal = &by_vis["internal"];
        let customer = &by_vis["customer"];
        for path in ["", "/content", "/thumb", "/preview"] {
            assert_eq!(
                b.get(&format!("/files/{internal}{path}")).await.status,
                StatusCode::NOT_FOUND,
                "{path}"
            );
            assert_eq!(
                b.get(&format!("/files/{customer}{path}")).await.status,
                StatusCode::OK,
                "{path}"
            );
        }
        let page = b.get(&format!("/orders/{}", w.order1)).await;
        assert!(page.body.contains(&format!("/files/{customer}/thumb")));
        assert!(!page.body.contains(internal.as_str()));
        let staff_page = m.get(&format!("/orders/{}", w.order1)).await;
        assert!(staff_page.body.contains(internal.as_str()));
        // Other tenants and customers never reach either file, by any route.
        for email in [&w.admin_b.email, &w.buyer_y.email, &w.buyer_nogrant.email] {
            let mut c = world::browser(&app, email);
            for id in [internal, customer] {
                for path in ["", "/content", "/thumb"] {
                    assert_eq!(
                        c.get(&format!("/files/{id}{path}")).await.status,
                        StatusCode::NOT_FOUND
                    );
                }
                assert_eq!(
                    c.get(&format!("/api/v1/files/{id}")).await.status,
                    StatusCode::NOT_FOUND
                );
                let r = c
                    .upload(&format!("/files/{id}/versions"), &[file_part("a.pdf", PDF)])
                    .await;
                assert_eq!(r.status, StatusCode::NOT_FOUND);
            }
        }
    }
);

on_both_backends!(
    browser_form_upload_without_script,
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let mut m = world::browser(&app, &w.merch_a.email);
        let page = m.get(&format!("/orders/{}/files", w.order1)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.body.contains("capture=\"environment\""),
            "the phone's camera is offered"
        );
        let token = page.form_token();
        let (ct, body) = common::multipart(&[
            field_part("kind", "packing_list"),
            field_part("visibility", "customer"),
            field_part("milestone_id", &w.milestone1),
            file_part("", b""),
            file_part("packing.pdf", PDF),
        ]);
        let r = m
            .send(
                TestRequest::post()
                    .uri(&format!("/orders/{}/files?csrf_token={token}", w.order1))
                    .insert_header(("content-type", ct))
                    .set_payload(body),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(
            r.location().unwrap(),
            format!("/orders/{}/files?uploaded=1", w.order1)
        );
        let page = m.get(r.location().unwrap()).await;
        assert!(page.body.contains("id=\"uploaded\""));
        assert!(page.body.contains("packing.pdf"));
        let ms: Option<String> = files::table
            .select(files::milestone_id)
            .first(&mut *app.conn())
            .unwrap();
        assert_eq!(ms.as_deref(), Some(w.milestone1.as_str()));
        // Without the CSRF token the form is refused.
        let (ct, body) = common::multipart(&[file_part("packing.pdf", PDF)]);
        let r = m
            .send(
                TestRequest::post()
                    .uri(&format!("/orders/{}/files", w.order1))
                    .insert_header(("content-type", ct))
                    .set_payload(body),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert_eq!(counts(&app).await, (1, 1));
    }
);

on_all_stores!(
    fsck_repairs_orphans_and_dangling_rows,
    FileLimits::default(),
    |app: TestApp| async move {
        let w = World::build_without_files(&app);
        let mut m = world::browser(&app, &w.merch_a.email);
        let r = m
            .upload(
                &format!("/orders/{}/files", w.order1),
                &[
                    file_part("a.jpg", &common::tiny_jpeg()),
                    file_part("b.pdf", PDF),
                    file_part("c.pdf", PDF),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::CREATED);
        portico::jobs::drain(&app.state, "test").await.unwrap();
        let ids: Vec<String> = r.json()["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_str().unwrap().to_string())
            .collect();
        let key_of = |id: &str, col: &str| -> String {
            let mut c = app.conn();
            let (k, t): (String, Option<String>) = files::table
                .filter(files::id.eq(id))
                .select((files::object_key, files::thumb_key))
                .first(&mut *c)
                .unwrap();
            if col == "thumb" { t.unwrap() } else { k }
        };
        // An orphan (as a crash between storing and committing leaves), a lost object, a lost
        // thumbnail.
        let orphan = portico::storage::Storage::new_key(&w.alpha);
        app.state
            .storage
            .put(&orphan, b"orphan".to_vec())
            .await
            .unwrap();
        app.state
            .storage
            .delete(&key_of(&ids[1], "object"))
            .await
            .unwrap();
        app.state
            .storage
            .delete(&key_of(&ids[0], "thumb"))
            .await
            .unwrap();
        let opts = |dry_run| portico::files::fsck::Options {
            grace: std::time::Duration::from_secs(3600),
            dry_run,
            progress: true,
        };
        // Within the grace period the orphan may be an upload in progress.
        let r = portico::files::fsck::run(&app.state, opts(true))
            .await
            .unwrap();
        assert_eq!(r.orphans_too_young, 1);
        assert!(r.orphans_removed.is_empty());
        assert_eq!(r.dangling_rows_removed, vec![ids[1].clone()]);
        assert_eq!(counts(&app).await.0, 3, "a dry run changes nothing");
        let opts0 = portico::files::fsck::Options {
            grace: std::time::Duration::ZERO,
            dry_run: false,
            progress: true,
        };
        let r = portico::files::fsck::run(&app.state, opts0).await.unwrap();
        assert_eq!(r.orphans_removed, vec![orphan.clone()]);
        assert_eq!(r.dangling_rows_removed, vec![ids[1].clone()]);
        assert_eq!(r.derivatives_requeued, vec![ids[0].clone()]);
        let text = r.to_string();
        assert!(text.contains("orphan objects: removed 1"), "{text}");
        assert!(!app.state.storage.exists(&orphan).await.unwrap());
        let lost: i64 = audit_events::table
            .filter(audit_events::action.eq("file.lost"))
            .count()
            .get_result(&mut *app.conn())
            .unwrap();
        assert_eq!(lost, 1);
        assert_eq!(portico::jobs::drain(&app.state, "test").await.unwrap(), 1);
        // The photo's old preview lost its row reference when the previews were queued again.
        let r = portico::files::fsck::run(&app.state, opts0).await.unwrap();
        assert_eq!(r.orphans_removed.len(), 1, "{r}");
        let r = portico::files::fsck::run(&app.state, opts0).await.unwrap();
        assert!(r.is_clean(), "{r}");
        assert_eq!(
            counts(&app).await,
            (2, 4),
            "two originals, a new thumbnail and preview"
        );
    }
);

#[test]
fn ranges_at_the_edge_of_u64_do_not_overflow() {
    use portico::files::download::{RangeRequest, parse_range};
    assert_eq!(
        parse_range(Some("bytes=0-18446744073709551615"), 10),
        RangeRequest::Part(0, 10)
    );
}
