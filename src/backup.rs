//! `portico backup` and `portico restore` for the embedded default (one SQLite file and the
//! object store), verified by re-hashing on both sides.
//!
//! A backup is a directory: `portico.db` (a consistent snapshot taken with `VACUUM INTO`
//! while the portal keeps serving), `objects/<key>` (every object, copied through the object
//! store API so any store can be backed up), `secret.key` (without it signed documents no
//! longer verify and sessions end) and `manifest.tsv` (SHA-256, size and key of each object).
//!
//! The snapshot is taken before the objects are copied, so every object a row of the
//! snapshot points at already existed; objects added meanwhile are extra and harmless.
//! PostgreSQL deployments back up with their own tools (pg_dump, bucket versioning): this
//! refuses rather than produce half a backup.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use diesel::prelude::*;
use diesel::sql_types::Text;
use futures_util::StreamExt;
use sha2::{Digest, Sha256};

use crate::config::{Config, DatabaseUrl};
use crate::db::Db;
use crate::storage::Storage;

const MANIFEST: &str = "manifest.tsv";
const MANIFEST_HEADER: &str = "# portico backup v1: sha256\tsize\tkey";
const DB_FILE: &str = "portico.db";
const KEY_FILE: &str = "secret.key";
/// Manifest lines for the backup's own files (not objects) start with this.
const FILE_PREFIX: &str = "file:";

fn private_dir(dir: &Path) -> Result<(), BackupError> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir).map_err(io(dir.display().to_string()))
}

/// A new file only the owner can read: a backup holds password hashes, bank details and the
/// signing key.
fn private_file(path: &Path) -> Result<std::fs::File, BackupError> {
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path).map_err(io(path.display().to_string()))
}

fn restrict(path: &Path) -> Result<(), BackupError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(io(path.display().to_string()))?;
    }
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0}")]
    Refused(String),
    #[error("verification failed: {0}")]
    Corrupt(String),
    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Other(String),
}

fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> BackupError {
    let context = context.into();
    move |source| BackupError::Io { context, source }
}

fn other(e: impl std::fmt::Display) -> BackupError {
    BackupError::Other(e.to_string())
}

/// One object of a backup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub sha256: String,
    pub size: u64,
    pub key: String,
}

#[derive(Debug, Default)]
pub struct Summary {
    pub objects: usize,
    pub bytes: u64,
    pub database_bytes: u64,
    /// File rows whose stored hash was compared with the object's.
    pub files_checked: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} objects ({} bytes) and a {}-byte database, every object re-hashed; {} file rows matched their objects",
            self.objects, self.bytes, self.database_bytes, self.files_checked
        )
    }
}

pub fn sqlite_path(config: &Config) -> Result<&str, BackupError> {
    match &config.database {
        DatabaseUrl::Sqlite(p) => Ok(p),
        DatabaseUrl::Postgres(_) => Err(BackupError::Refused(
            "portico backup and restore cover the embedded SQLite database; with PostgreSQL use \
             pg_dump (or your provider's snapshots) and the object store's own versioning"
                .into(),
        )),
    }
}

/// Object keys are `tenant/uuid` and friends; anything that could leave the backup directory
/// is refused.
fn safe_path(root: &Path, key: &str) -> Result<PathBuf, BackupError> {
    let ok = !key.is_empty()
        && key
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != ".." && !part.contains('\\'));
    if !ok {
        return Err(BackupError::Corrupt(format!("unsafe object key {key:?}")));
    }
    Ok(root.join("objects").join(key))
}

/// Refuses to back up data that is not there (a mistyped PORTICO_DATA_DIR would otherwise
/// create an empty portal and back that up).
pub fn check_source(config: &Config) -> Result<(), BackupError> {
    let db = sqlite_path(config)?;
    for p in [Path::new(db), config.key_file.as_path()] {
        if !p.is_file() {
            return Err(BackupError::Refused(format!(
                "{} does not exist: is PORTICO_DATA_DIR (or PORTICO_DATABASE_URL, PORTICO_KEY_FILE) right?",
                p.display()
            )));
        }
    }
    Ok(())
}

/// Writes a backup of the running portal's data into `to`, which must not exist or be empty.
pub async fn backup(
    db: &Db,
    storage: &Storage,
    config: &Config,
    to: &Path,
) -> Result<Summary, BackupError> {
    sqlite_path(config)?;
    if to.exists()
        && std::fs::read_dir(to)
            .map_err(io(to.display().to_string()))?
            .next()
            .is_some()
    {
        return Err(BackupError::Refused(format!(
            "{} is not empty; back up into a new directory",
            to.display()
        )));
    }
    private_dir(&to.join("objects"))?;
    let snapshot = to.join(DB_FILE);
    let target = snapshot.to_string_lossy().into_owned();
    db.run(move |c| {
        diesel::sql_query("VACUUM INTO ?")
            .bind::<Text, _>(target)
            .execute(c)?;
        Ok(())
    })
    .await
    .map_err(other)?;
    let key = std::fs::read(&config.key_file).map_err(io(config.key_file.display().to_string()))?;
    crate::auth::keys::write_private(&to.join(KEY_FILE), &key).map_err(other)?;

    let mut entries = Vec::new();
    for listed in storage.list_all().await.map_err(other)? {
        let path = safe_path(to, &listed.key)?;
        if let Some(dir) = path.parent() {
            private_dir(dir)?;
        }
        let mut stream = match storage.stream(&listed.key, None).await {
            Ok(s) => s,
            // Removed since it was listed (a cleanup): the snapshot cannot point at it, and
            // verification below would say so if it did.
            Err(crate::storage::StorageError::NotFound) => continue,
            Err(e) => return Err(other(e)),
        };
        let mut out = private_file(&path)?;
        let mut hash = Sha256::new();
        let mut size = 0u64;
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(other)?;
            hash.update(&chunk);
            size += chunk.len() as u64;
            out.write_all(&chunk)
                .map_err(io(path.display().to_string()))?;
        }
        out.sync_all().map_err(io(path.display().to_string()))?;
        entries.push(Entry {
            sha256: format!("{:x}", hash.finalize()),
            size,
            key: listed.key,
        });
    }
    restrict(&snapshot)?;
    // The database and the key are in the manifest too, so that a changed snapshot is found
    // (SQLite's integrity check finds only a broken one).
    for name in [DB_FILE, KEY_FILE] {
        let (sha256, size) = hash_file(&to.join(name))?;
        entries.push(Entry {
            sha256,
            size,
            key: format!("{FILE_PREFIX}{name}"),
        });
    }
    write_manifest(to, &entries)?;
    let mut summary = verify(to)?;
    summary.database_bytes = std::fs::metadata(&snapshot)
        .map_err(io(snapshot.display().to_string()))?
        .len();
    Ok(summary)
}

fn write_manifest(to: &Path, entries: &[Entry]) -> Result<(), BackupError> {
    let mut text = String::from(MANIFEST_HEADER);
    text.push('\n');
    for e in entries {
        text.push_str(&format!("{}\t{}\t{}\n", e.sha256, e.size, e.key));
    }
    let mut f = private_file(&to.join(MANIFEST))?;
    f.write_all(text.as_bytes()).map_err(io("manifest"))?;
    f.sync_all().map_err(io("manifest"))
}

pub fn read_manifest(from: &Path) -> Result<Vec<Entry>, BackupError> {
    let text = std::fs::read_to_string(from.join(MANIFEST)).map_err(io(format!(
        "{} (is this a Portico backup?)",
        from.join(MANIFEST).display()
    )))?;
    let mut lines = text.lines();
    if lines.next() != Some(MANIFEST_HEADER) {
        return Err(BackupError::Corrupt(
            "the manifest is not a Portico v1 backup manifest".into(),
        ));
    }
    lines
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut parts = l.splitn(3, '\t');
            let (Some(sha), Some(size), Some(key)) = (parts.next(), parts.next(), parts.next())
            else {
                return Err(BackupError::Corrupt(format!("manifest line {l:?}")));
            };
            Ok(Entry {
                sha256: sha.to_string(),
                size: size
                    .parse()
                    .map_err(|_| BackupError::Corrupt(format!("manifest line {l:?}")))?,
                key: key.to_string(),
            })
        })
        .collect()
}

/// SHA-256 and size of an object as the store gives it back.
async fn hash_stored(storage: &Storage, key: &str) -> Result<(String, u64), BackupError> {
    let mut hash = Sha256::new();
    let mut size = 0u64;
    let mut stream = storage.stream(key, None).await.map_err(other)?;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(other)?;
        size += chunk.len() as u64;
        hash.update(&chunk);
    }
    Ok((format!("{:x}", hash.finalize()), size))
}

fn hash_file(path: &Path) -> Result<(String, u64), BackupError> {
    let mut f = std::fs::File::open(path).map_err(io(path.display().to_string()))?;
    let mut hash = Sha256::new();
    let mut buf = vec![0u8; 256 * 1024];
    let mut size = 0u64;
    loop {
        let n = f.read(&mut buf).map_err(io(path.display().to_string()))?;
        if n == 0 {
            break;
        }
        hash.update(&buf[..n]);
        size += n as u64;
    }
    Ok((format!("{:x}", hash.finalize()), size))
}

/// Checks a backup directory without changing anything: the database snapshot passes
/// SQLite's integrity check, every object re-hashes to its manifest line, every object a row
/// points at is in the backup, and each file row's recorded hash is its object's.
pub fn verify(from: &Path) -> Result<Summary, BackupError> {
    let entries = read_manifest(from)?;
    let mut summary = Summary::default();
    for e in &entries {
        let path = match e.key.strip_prefix(FILE_PREFIX) {
            Some(name @ (DB_FILE | KEY_FILE)) => from.join(name),
            Some(other) => {
                return Err(BackupError::Corrupt(format!(
                    "manifest names an unknown file {other:?}"
                )));
            }
            None => safe_path(from, &e.key)?,
        };
        let (sha, size) = hash_file(&path)?;
        if sha != e.sha256 || size != e.size {
            return Err(BackupError::Corrupt(format!(
                "object {} does not match the manifest (sha256 {sha}, {size} bytes)",
                e.key
            )));
        }
        if !e.key.starts_with(FILE_PREFIX) {
            summary.objects += 1;
            summary.bytes += size;
        }
    }
    for name in [DB_FILE, KEY_FILE] {
        if !entries
            .iter()
            .any(|e| e.key == format!("{FILE_PREFIX}{name}"))
        {
            return Err(BackupError::Corrupt(format!(
                "the manifest has no hash of {name}"
            )));
        }
    }
    let by_key: HashMap<&str, &Entry> = entries.iter().map(|e| (e.key.as_str(), e)).collect();
    let db_path = from.join(DB_FILE);
    if !db_path.is_file() {
        return Err(BackupError::Corrupt(format!(
            "{} is missing",
            db_path.display()
        )));
    }
    if !from.join(KEY_FILE).is_file() {
        return Err(BackupError::Corrupt(format!("{KEY_FILE} is missing")));
    }
    summary.database_bytes = std::fs::metadata(&db_path)
        .map_err(io(db_path.display().to_string()))?
        .len();
    let mut conn = SqliteConnection::establish(&db_path.to_string_lossy()).map_err(other)?;
    #[derive(QueryableByName)]
    struct Check {
        #[diesel(sql_type = Text)]
        integrity_check: String,
    }
    let check: Vec<Check> = diesel::sql_query("PRAGMA integrity_check")
        .load(&mut conn)
        .map_err(other)?;
    if check.first().map(|c| c.integrity_check.as_str()) != Some("ok") {
        return Err(BackupError::Corrupt(
            "the database snapshot fails SQLite's integrity check".into(),
        ));
    }
    use crate::db::schema::{documents_of_record, files, reports};
    let rows: Vec<(String, String, Option<String>, Option<String>)> = files::table
        .select((
            files::object_key,
            files::sha256,
            files::thumb_key,
            files::preview_key,
        ))
        .load(&mut conn)
        .map_err(other)?;
    let missing = |key: &str| {
        BackupError::Corrupt(format!(
            "object {key}, which the database points at, is not in the backup"
        ))
    };
    for (key, sha, thumb, preview) in &rows {
        let e = by_key.get(key.as_str()).ok_or_else(|| missing(key))?;
        if &e.sha256 != sha {
            return Err(BackupError::Corrupt(format!(
                "object {key} is not the file the database recorded"
            )));
        }
        for k in [thumb, preview].into_iter().flatten() {
            by_key.get(k.as_str()).ok_or_else(|| missing(k))?;
        }
        summary.files_checked += 1;
    }
    let others: Vec<Option<String>> = reports::table
        .select(reports::object_key)
        .load(&mut conn)
        .map_err(other)?
        .into_iter()
        .chain(
            documents_of_record::table
                .select(documents_of_record::object_key)
                .load::<Option<String>>(&mut conn)
                .map_err(other)?,
        )
        .collect();
    for k in others.iter().flatten() {
        by_key.get(k.as_str()).ok_or_else(|| missing(k))?;
    }
    Ok(summary)
}

/// Restores a backup into the configured (empty) data: verifies the backup first and changes
/// nothing if it fails; then copies the objects into the store and re-hashes them from there,
/// and moves the database into place last, so an interrupted restore leaves no database that
/// points at missing objects.
pub async fn restore(config: &Config, from: &Path) -> Result<Summary, BackupError> {
    let db_target = PathBuf::from(sqlite_path(config)?);
    let mut summary = verify(from)?;
    // SQLite would replay a left-over journal or WAL onto the restored file.
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let p = PathBuf::from(format!("{}{suffix}", db_target.display()));
        if p.exists() {
            return Err(BackupError::Refused(format!(
                "{} already exists; move it away (or point PORTICO_DATA_DIR at a new directory) before restoring",
                p.display()
            )));
        }
    }
    let key = std::fs::read(from.join(KEY_FILE)).map_err(io(KEY_FILE))?;
    match std::fs::read(&config.key_file) {
        Ok(existing) if existing.trim_ascii() != key.trim_ascii() => {
            return Err(BackupError::Refused(format!(
                "{} holds a different secret key; move it away before restoring",
                config.key_file.display()
            )));
        }
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            crate::auth::keys::write_private(&config.key_file, &key).map_err(other)?;
        }
        Err(e) => return Err(io(config.key_file.display().to_string())(e)),
    }
    let storage = Storage::open(&config.storage, &config.s3).map_err(other)?;
    for e in read_manifest(from)? {
        if e.key.starts_with(FILE_PREFIX) {
            continue;
        }
        let path = safe_path(from, &e.key)?;
        let mut f = std::fs::File::open(&path).map_err(io(path.display().to_string()))?;
        let mut w = storage.writer(&e.key).await.map_err(other)?;
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let n = f.read(&mut buf).map_err(io(path.display().to_string()))?;
            if n == 0 {
                break;
            }
            w.write(bytes::Bytes::copy_from_slice(&buf[..n]))
                .await
                .map_err(other)?;
        }
        w.finish().await.map_err(other)?;
        let (sha, _) = hash_stored(&storage, &e.key).await?;
        if sha != e.sha256 {
            return Err(BackupError::Corrupt(format!(
                "object {} reads back differently from the store",
                e.key
            )));
        }
    }
    if let Some(dir) = db_target.parent() {
        std::fs::create_dir_all(dir).map_err(io(dir.display().to_string()))?;
    }
    let staging = db_target.with_extension("db.restoring");
    std::fs::copy(from.join(DB_FILE), &staging).map_err(io(staging.display().to_string()))?;
    std::fs::File::open(&staging)
        .and_then(|f| f.sync_all())
        .map_err(io(staging.display().to_string()))?;
    std::fs::rename(&staging, &db_target).map_err(io(db_target.display().to_string()))?;
    // A backup of an older version gets this version's migrations now, not at first start.
    Db::connect(&config.database, 1, config.sqlite_cache_mb).map_err(other)?;
    let (_, size) = hash_file(&db_target)?;
    summary.database_bytes = size;
    Ok(summary)
}
