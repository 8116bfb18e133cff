// Embeds templates/ and static/ (and the translation catalogs) into the binary so the release
// build runs from any directory. Generates $OUT_DIR/assets.rs with one entry per file.
use std::fmt::Write as _;
use std::path::Path;

fn collect(dir: &Path, base: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read asset dir")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            collect(&p, base, out);
        } else {
            out.push(
                p.strip_prefix(base)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/"),
            );
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    for (name, dir) in [("TEMPLATES", "templates"), ("STATIC", "static")] {
        println!("cargo:rerun-if-changed={dir}");
        let base = root.join(dir);
        let mut files = Vec::new();
        collect(&base, &base, &mut files);
        writeln!(code, "pub static {name}: &[(&str, &[u8])] = &[").unwrap();
        for f in files {
            println!("cargo:rerun-if-changed={dir}/{f}");
            let full = base.join(&f);
            writeln!(
                code,
                "    ({f:?}, include_bytes!({:?})),",
                full.to_string_lossy()
            )
            .unwrap();
        }
        writeln!(code, "];").unwrap();
    }
    let out = std::env::var("OUT_DIR").unwrap();
    std::fs::write(Path::new(&out).join("assets.rs"), code).unwrap();
}
