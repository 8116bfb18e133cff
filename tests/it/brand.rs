//! The supplier's brand: an admin uploads a logo (checked, re-encoded, resized) and picks an
//! accent colour (refused below WCAG AA); buyers see them in the header and, on a device
//! they signed in from before, on the sign-in page; another tenant never does.

use crate::common;

use actix_web::http::StatusCode;
use common::world::{self, World};
use common::{PASSWORD, TestApp, field_part};
use diesel::prelude::*;

fn logo_jpeg() -> Vec<u8> {
    let img = image::DynamicImage::new_rgb8(1200, 300);
    let mut out = Vec::new();
    img.write_to(
        &mut std::io::Cursor::new(&mut out),
        image::ImageFormat::Jpeg,
    )
    .unwrap();
    out
}

fn logo_part(data: &[u8]) -> common::Part<'_> {
    common::Part {
        name: "logo",
        filename: Some("logo.jpg"),
        data,
    }
}

/// The sizes of the pictures in a PDF, by poppler's `pdfimages -list`.
fn pdf_images(pdf: &[u8]) -> Vec<(u32, u32)> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdfimages")
        .arg("-list")
        .arg(&path)
        .output()
        .expect("pdfimages (poppler-utils) runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(2)
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            Some((f.get(3)?.parse().ok()?, f.get(4)?.parse().ok()?))
        })
        .collect()
}

/// Tera writes `/` as `&#x2F;` in attributes.
fn unescape(page: &str) -> String {
    page.replace("&#x2F;", "/").replace("&amp;", "&")
}

on_both_backends!(
    the_supplier_brand_reaches_its_buyers_only,
    |app: TestApp| async move {
        let w = World::build(&app);
        let mut admin = world::browser(&app, &w.admin_a.email);
        // A colour too light to read, and a file that is no picture, are refused with a reason.
        let r = admin
            .upload("/admin/settings/brand", &[field_part("accent", "#ffd400")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("too light"), "{}", r.body);
        let svg = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>";
        let r = admin
            .upload("/admin/settings/brand", &[logo_part(svg)])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("PNG, WebP or JPEG"), "{}", r.body);
        // Staff other than admins may not change it.
        let mut merch = world::browser(&app, &w.merch_a.email);
        let r = merch
            .upload("/admin/settings/brand", &[field_part("accent", "#7a1f5c")])
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        // A logo and a dark accent are taken.
        let jpeg = logo_jpeg();
        let r = admin
            .upload(
                "/admin/settings/brand",
                &[logo_part(&jpeg), field_part("accent", "#7A1F5C")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let events = portico::audit::recent(&mut app.conn(), &w.alpha, 20).unwrap();
        let brand = events.iter().find(|e| e.action == "tenant.brand").unwrap();
        assert!(brand.detail.contains("logo uploaded") && brand.detail.contains("#7a1f5c"));

        // The buyer's pages show the logo and use the accent.
        let mut buyer = world::browser(&app, &w.buyer_granted.email);
        let page = unescape(&buyer.get("/dashboard").await.body);
        let logo_at = format!("/brand/{}/logo?v=", w.alpha);
        assert!(page.contains(&logo_at), "{page}");
        assert!(page.contains(&format!("/brand/{}/theme.css?v=7a1f5c", w.alpha)));
        let start = page.find(&logo_at).unwrap();
        let logo_url = page[start..].split('"').next().unwrap().to_string();
        // The logo is a PNG that fits the box, cached for good (its address changes with it).
        let mut anyone = app.client();
        let r = anyone.get(&logo_url).await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(r.header("content-type"), "image/png");
        assert!(r.header("cache-control").contains("immutable"));
        let img = image::load_from_memory(&r.bytes).unwrap();
        assert_eq!((img.width(), img.height()), (480, 120));
        let css = anyone
            .get(&format!("/brand/{}/theme.css?v=7a1f5c", w.alpha))
            .await;
        assert!(css.body.contains("--brand:#7a1f5c"), "{}", css.body);
        // Another supplier's people never see it.
        let mut other = world::browser(&app, &w.admin_b.email);
        let page = unescape(&other.get("/dashboard").await.body);
        assert!(!page.contains(&format!("/brand/{}/", w.alpha)));

        // The sign-in page names the supplier on a device that signed in before, and only there.
        let mut phone = app.client();
        assert_eq!(
            phone.sign_in(&w.buyer_granted.email, PASSWORD).await.status,
            StatusCode::SEE_OTHER
        );
        let mut later = app.client();
        later.cookies.insert(
            "portico_device".into(),
            phone.cookies["portico_device"].clone(),
        );
        let ask = format!("/signin/phrase?email={}", w.buyer_granted.email);
        let j = later.get(&ask).await.json();
        assert_eq!(j["supplier"]["name"], world::ALPHA_NAME);
        assert!(
            j["supplier"]["logo"]
                .as_str()
                .unwrap_or_default()
                .starts_with(&logo_at)
        );
        let j = app.client().get(&ask).await.json();
        assert!(
            j["supplier"].is_null(),
            "a stranger's device learns nothing"
        );

        // Reports carry the logo at the head of their first page (when PDFs can be made here).
        if portico::reports::pdf::fonts().is_ok_and(|f| f.cjk) {
            let r = admin
                .post(
                    &format!("/orders/{}/reports", w.order1),
                    &[("language", "en")],
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
            assert!(portico::jobs::drain(&app.state, "test").await.unwrap() >= 1);
            let (key, status): (Option<String>, String) = portico::db::schema::reports::table
                .filter(portico::db::schema::reports::order_id.eq(&w.order1))
                .order(portico::db::schema::reports::created_at.desc())
                .select((
                    portico::db::schema::reports::object_key,
                    portico::db::schema::reports::status,
                ))
                .first(&mut *app.conn())
                .unwrap();
            assert_eq!(status, "ready");
            let pdf = app.state.storage.read_all(&key.unwrap()).await.unwrap();
            let images = pdf_images(&pdf);
            eprintln!("pictures in the report: {images:?}");
            assert!(
                images.iter().any(|(w, h)| (*w, *h) == (480, 120)),
                "the 480x120 logo is in the PDF: {images:?}"
            );
        }

        // Removing the logo takes it off the pages and the address.
        let r = admin
            .upload("/admin/settings/brand", &[field_part("remove_logo", "1")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(anyone.get(&logo_url).await.status, StatusCode::NOT_FOUND);
        let page = unescape(&buyer.get("/dashboard").await.body);
        assert!(!page.contains(&logo_at));
        assert!(page.contains("theme.css?v=7a1f5c"), "the colour stays");
    }
);
