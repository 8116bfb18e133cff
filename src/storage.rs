//! The object store behind files: a local directory by default, any S3-compatible store by
//! URL. Keys are always `<tenant id>/<uuid>`, made here; nothing a client sends reaches a key.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use futures_util::StreamExt;
use futures_util::stream::BoxStream;
use object_store::path::Path;
use object_store::{GetOptions, GetRange, ObjectStore, ObjectStoreExt, PutPayload, WriteMultipart};

use crate::error::{AppError, StartError};
use crate::ids::TenantId;

/// Part size of streamed uploads: S3's minimum, so memory per upload stays near 2 × 5 MiB.
pub const PART_SIZE: usize = 5 * 1024 * 1024;
/// Part size on the local disk, which has no minimum: 20 uploads at once would otherwise hold
/// 20 × 15 MiB of buffers (benches/run.sh measured +94 MiB with 5 MiB parts).
const LOCAL_PART_SIZE: usize = 256 * 1024;
/// Parts of one upload in flight at once.
const PARTS_IN_FLIGHT: usize = 2;

/// Where objects live, as configured by `PORTICO_STORAGE_URL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageUrl {
    Local(PathBuf),
    /// `s3://bucket` or `s3://bucket/prefix`.
    S3 {
        bucket: String,
        prefix: String,
    },
}

impl StorageUrl {
    pub fn parse(raw: &str) -> Result<Self, StartError> {
        if let Some(p) = raw.strip_prefix("file://").filter(|p| !p.is_empty()) {
            return Ok(Self::Local(PathBuf::from(p)));
        }
        if let Some(rest) = raw.strip_prefix("s3://") {
            let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
            if !bucket.is_empty() {
                return Ok(Self::S3 {
                    bucket: bucket.to_string(),
                    prefix: prefix.trim_matches('/').to_string(),
                });
            }
        }
        Err(StartError::Config(format!(
            "PORTICO_STORAGE_URL: unsupported value {raw:?}; use file://PATH or s3://BUCKET[/PREFIX]"
        )))
    }
}

/// How to reach an S3-compatible store; unset fields fall back to the standard `AWS_*`
/// variables.
#[derive(Debug, Clone, Default)]
pub struct S3Settings {
    pub endpoint: Option<String>,
    pub region: Option<String>,
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
    pub allow_http: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("object not found")]
    NotFound,
    #[error("range not satisfiable")]
    Range,
    /// The disk (or quota) under the object store is full.
    #[error("storage full: {0}")]
    Full(String),
    #[error("storage: {0}")]
    Other(String),
}

impl From<object_store::Error> for StorageError {
    fn from(e: object_store::Error) -> Self {
        match e {
            object_store::Error::NotFound { .. } => Self::NotFound,
            other => {
                crate::metrics::storage_error();
                if is_out_of_space(&other) {
                    Self::Full(other.to_string())
                } else {
                    Self::Other(other.to_string())
                }
            }
        }
    }
}

/// Whether an error, or any error under it, is the file system saying it has no space left
/// (ENOSPC, or EDQUOT for a quota).
pub fn is_out_of_space(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cur = Some(e);
    while let Some(err) = cur {
        if let Some(io) = err.downcast_ref::<std::io::Error>()
            && (matches!(
                io.kind(),
                std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
            ) || matches!(io.raw_os_error(), Some(28 | 122)))
        {
            return true;
        }
        cur = err.source();
    }
    // Some layers keep only the text of the cause.
    let text = e.to_string();
    text.contains("No space left on device") || text.contains("Disk quota exceeded")
}

impl From<StorageError> for AppError {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::NotFound => AppError::NotFound,
            StorageError::Range => AppError::RangeNotSatisfiable,
            StorageError::Full(m) => {
                tracing::error!(error = %m, "object storage is full");
                AppError::StorageFull(m)
            }
            StorageError::Other(m) => {
                tracing::error!(error = %m, "object storage failed");
                AppError::Unavailable(m)
            }
        }
    }
}

/// An object as listed by `fsck`.
#[derive(Debug, Clone)]
pub struct Listed {
    pub key: String,
    pub size: u64,
    pub modified: chrono::DateTime<chrono::Utc>,
}

#[derive(Clone)]
pub struct Storage {
    store: Arc<dyn ObjectStore>,
    local_root: Option<PathBuf>,
    /// `PORTICO_ACCEL_REDIRECT`: the proxy sends local objects itself (`proxy_location`).
    proxy_location: Option<Arc<str>>,
    describe: String,
}

impl std::fmt::Debug for Storage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe)
    }
}

impl Storage {
    pub fn open(url: &StorageUrl, s3: &S3Settings) -> Result<Self, StartError> {
        match url {
            StorageUrl::Local(dir) => {
                std::fs::create_dir_all(dir)?;
                let fs = object_store::local::LocalFileSystem::new_with_prefix(dir)
                    .map_err(|e| StartError::Config(format!("storage directory: {e}")))?
                    .with_automatic_cleanup(true);
                Ok(Self {
                    store: Arc::new(fs),
                    local_root: Some(std::fs::canonicalize(dir)?),
                    proxy_location: None,
                    describe: format!("file://{}", dir.display()),
                })
            }
            StorageUrl::S3 { bucket, prefix } => {
                let mut b = object_store::aws::AmazonS3Builder::from_env()
                    .with_bucket_name(bucket)
                    .with_allow_http(s3.allow_http)
                    .with_retry(object_store::RetryConfig {
                        max_retries: 3,
                        retry_timeout: Duration::from_secs(30),
                        ..Default::default()
                    });
                if let Some(v) = &s3.endpoint {
                    b = b.with_endpoint(v);
                }
                b = b.with_region(s3.region.clone().unwrap_or_else(|| "us-east-1".into()));
                if let Some(v) = &s3.access_key_id {
                    b = b.with_access_key_id(v);
                }
                if let Some(v) = &s3.secret_access_key {
                    b = b.with_secret_access_key(v);
                }
                let s3store = b
                    .build()
                    .map_err(|e| StartError::Config(format!("PORTICO_STORAGE_URL: {e}")))?;
                let store: Arc<dyn ObjectStore> = if prefix.is_empty() {
                    Arc::new(s3store)
                } else {
                    Arc::new(object_store::prefix::PrefixStore::new(
                        s3store,
                        prefix.as_str(),
                    ))
                };
                Ok(Self {
                    store,
                    local_root: None,
                    proxy_location: None,
                    describe: format!("s3://{bucket}/{prefix}"),
                })
            }
        }
    }

    /// Local objects are sent by the proxy in front (`PORTICO_ACCEL_REDIRECT`, checked by
    /// `Config` to be local storage only).
    pub fn sent_by_proxy(mut self, location: Option<&str>) -> Self {
        self.proxy_location = location
            .filter(|_| self.local_root.is_some())
            .map(Arc::from);
        self
    }

    /// Where the proxy finds `key` under its internal location, when it sends local objects:
    /// nginx then copies the file to the socket in the kernel (sendfile), which a body
    /// streamed through actix cannot do (benches/run.sh, against nginx with sendfile: 0.95 to
    /// 1.2 × on this machine's disk, 0.65 × on a faster one, issue #28).
    pub fn proxy_uri(&self, key: &str) -> Option<String> {
        let location = self.proxy_location.as_deref()?;
        // Keys are made here (`new_key`, and `<tenant>/reports/<id>-<uuid>.pdf` and the like
        // for documents): letters, digits, `-_.` in plain segments. Anything else, which
        // nothing makes, streams through Portico rather than become part of a header.
        let plain = key.split('/').all(|seg| {
            !seg.is_empty()
                && seg != "."
                && seg != ".."
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        });
        plain.then(|| format!("{location}{key}"))
    }

    /// `NotFound` unless the object is there (one `stat` for local storage).
    pub async fn present(&self, key: &str) -> Result<(), StorageError> {
        self.store.head(&Path::from(key)).await?;
        Ok(())
    }

    /// A new key for an object of `tenant_id`.
    pub fn new_key(tenant_id: &TenantId) -> String {
        format!("{tenant_id}/{}", uuid::Uuid::now_v7())
    }

    /// Starts a streamed upload to `key`.
    pub async fn writer(&self, key: &str) -> Result<ObjectWriter, StorageError> {
        let upload = self.store.put_multipart(&Path::from(key)).await?;
        Ok(ObjectWriter {
            inner: Some(WriteMultipart::new_with_chunk_size(
                upload,
                if self.local_root.is_some() {
                    LOCAL_PART_SIZE
                } else {
                    PART_SIZE
                },
            )),
        })
    }

    /// Stores a small object (derivatives) in one request.
    pub async fn put(&self, key: &str, bytes: Vec<u8>) -> Result<(), StorageError> {
        self.store
            .put(&Path::from(key), PutPayload::from(bytes))
            .await?;
        Ok(())
    }

    /// Reads a whole object into memory; for objects known to be small.
    pub async fn read_all(&self, key: &str) -> Result<Bytes, StorageError> {
        Ok(self.store.get(&Path::from(key)).await?.bytes().await?)
    }

    /// Streams `range` (or everything) of an object.
    pub async fn stream(
        &self,
        key: &str,
        range: Option<std::ops::Range<u64>>,
    ) -> Result<BoxStream<'static, Result<Bytes, StorageError>>, StorageError> {
        let opts = GetOptions {
            range: range.map(GetRange::Bounded),
            ..Default::default()
        };
        let res = self.store.get_opts(&Path::from(key), opts).await?;
        match res.payload {
            // The local store streams 8 KiB at a time; reading 256 KiB per blocking call
            // triples download throughput (benches/files.sh).
            object_store::GetResultPayload::File(file, _) => {
                Ok(local_stream(file, res.range).boxed())
            }
            _ => Ok(res.into_stream().map(|r| r.map_err(Into::into)).boxed()),
        }
    }

    pub async fn exists(&self, key: &str) -> Result<bool, StorageError> {
        match self.store.head(&Path::from(key)).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Deletes an object; deleting one that is not there is not an error.
    pub async fn delete(&self, key: &str) -> Result<(), StorageError> {
        match self.store.delete(&Path::from(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// Every object in the store (for `fsck`).
    pub async fn list_all(&self) -> Result<Vec<Listed>, StorageError> {
        let mut out = Vec::new();
        let mut s = self.store.list(None);
        while let Some(m) = s.next().await {
            let m = m?;
            out.push(Listed {
                key: m.location.to_string(),
                size: m.size,
                modified: m.last_modified,
            });
        }
        Ok(out)
    }

    /// Staging files of local uploads that a killed process left behind (`<key>#<n>`; the
    /// object store's listing hides them), older than `grace`. Removes them unless `dry_run`.
    pub fn sweep_local_staging(&self, grace: Duration, dry_run: bool) -> std::io::Result<usize> {
        let Some(root) = &self.local_root else {
            return Ok(0);
        };
        let mut removed = 0;
        let mut dirs = vec![root.clone()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir)? {
                let entry = entry?;
                let ft = entry.file_type()?;
                if ft.is_dir() {
                    dirs.push(entry.path());
                } else if entry.file_name().to_string_lossy().contains('#') {
                    let old = entry
                        .metadata()?
                        .modified()?
                        .elapsed()
                        .is_ok_and(|age| age >= grace);
                    if old {
                        if !dry_run {
                            std::fs::remove_file(entry.path())?;
                        }
                        removed += 1;
                    }
                }
            }
        }
        Ok(removed)
    }
}

const READ_CHUNK: u64 = 256 * 1024;

fn local_stream(
    file: std::fs::File,
    range: std::ops::Range<u64>,
) -> impl futures_util::Stream<Item = Result<Bytes, StorageError>> {
    let state = (Some(file), range.start, range.end);
    futures_util::stream::try_unfold(state, |(file, pos, end)| async move {
        let Some(mut file) = file else {
            return Ok(None);
        };
        if pos >= end {
            return Ok(None);
        }
        let len = (end - pos).min(READ_CHUNK) as usize;
        let (file, buf) = tokio::task::spawn_blocking(move || {
            use std::io::{Read, Seek, SeekFrom};
            let mut buf = vec![0u8; len];
            file.seek(SeekFrom::Start(pos))?;
            file.read_exact(&mut buf)?;
            Ok::<_, std::io::Error>((file, buf))
        })
        .await
        .map_err(|e| StorageError::Other(e.to_string()))?
        .map_err(|e| {
            crate::metrics::storage_error();
            StorageError::Other(e.to_string())
        })?;
        Ok(Some((
            Bytes::from(buf),
            (Some(file), pos + len as u64, end),
        )))
    })
}

/// A streamed upload in progress. Dropping it without `finish` aborts the upload (a client
/// that goes away mid-upload leaves no object behind).
pub struct ObjectWriter {
    inner: Option<WriteMultipart>,
}

impl ObjectWriter {
    pub async fn write(&mut self, bytes: Bytes) -> Result<(), StorageError> {
        let w = self.inner.as_mut().expect("writer used after finish");
        w.wait_for_capacity(PARTS_IN_FLIGHT).await?;
        w.put(bytes);
        Ok(())
    }

    pub async fn finish(mut self) -> Result<(), StorageError> {
        let w = self.inner.take().expect("writer used after finish");
        w.finish().await?;
        Ok(())
    }

    pub async fn abort(mut self) {
        if let Some(w) = self.inner.take()
            && let Err(e) = w.abort().await
        {
            tracing::warn!(error = %e, "aborting an upload failed");
        }
    }
}

impl Drop for ObjectWriter {
    fn drop(&mut self) {
        if let Some(w) = self.inner.take() {
            // The request future was dropped (client gone): abort in the background.
            if let Ok(rt) = tokio::runtime::Handle::try_current() {
                rt.spawn(async move {
                    let _ = w.abort().await;
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_keys_of_local_objects_go_to_the_proxy() {
        let dir = tempfile::tempdir().unwrap();
        let local = StorageUrl::Local(dir.path().to_path_buf());
        let plain = Storage::open(&local, &S3Settings::default()).unwrap();
        let key = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c";
        assert_eq!(plain.proxy_uri(key), None, "not configured");
        let sent = plain.sent_by_proxy(Some("/_o/"));
        assert_eq!(sent.proxy_uri(key), Some(format!("/_o/{key}")));
        assert_eq!(
            sent.proxy_uri("t1/reports/r1-0190a1b2.pdf").as_deref(),
            Some("/_o/t1/reports/r1-0190a1b2.pdf")
        );
        for odd in [
            "",
            "/t/x",
            "t//x",
            "t/../x",
            "t/./x",
            "t/x\r\nX-Evil: 1",
            "t/x y",
            "t/%2e",
        ] {
            assert_eq!(sent.proxy_uri(odd), None, "{odd:?}");
        }
        let s3 = StorageUrl::S3 {
            bucket: "b".into(),
            prefix: String::new(),
        };
        let remote = Storage::open(
            &s3,
            &S3Settings {
                endpoint: Some("http://127.0.0.1:1".into()),
                allow_http: true,
                ..Default::default()
            },
        )
        .unwrap()
        .sent_by_proxy(Some("/_o/"));
        assert_eq!(
            remote.proxy_uri(key),
            None,
            "objects in S3 are not on nginx's disk"
        );
    }
}
