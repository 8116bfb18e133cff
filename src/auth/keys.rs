//! The server secret: loaded from the key file, or created there (mode 0600) on first start.
//! Purpose-specific keys are derived from it so one secret never serves two protocols.

use std::io::Write;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use crate::auth::secrets::hmac_sha256;
use crate::error::StartError;
use crate::ids::TenantId;

/// The shortest secret accepted: HS256 wants at least the hash's 256 bits.
pub const MIN_SECRET_BYTES: usize = 32;

#[derive(Clone)]
pub struct Keys {
    pub jwt: [u8; 32],
    pub csrf: [u8; 32],
    /// Root of the tenants' Ed25519 signing keys (documents of record).
    signing: [u8; 32],
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(..)")
    }
}

impl Keys {
    pub fn from_secret(secret: &[u8]) -> Result<Self, StartError> {
        if secret.len() < MIN_SECRET_BYTES {
            return Err(StartError::Config(format!(
                "the secret key must have at least {MIN_SECRET_BYTES} bytes, it has {}",
                secret.len()
            )));
        }
        Ok(Self {
            jwt: hmac_sha256(secret, b"portico/jwt/v1"),
            csrf: hmac_sha256(secret, b"portico/csrf/v1"),
            signing: hmac_sha256(secret, b"portico/ed25519/v1"),
        })
    }

    /// The seed of a tenant's Ed25519 signing key: the same on every node that has the
    /// deployment's secret, so no private key is stored anywhere.
    pub fn tenant_signing_seed(&self, tenant_id: &TenantId) -> [u8; 32] {
        hmac_sha256(&self.signing, tenant_id.as_bytes())
    }

    /// Reads the base64 secret in `path`, creating a random one when the file is missing.
    pub fn load_or_create(path: &Path) -> Result<Self, StartError> {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let secret = STANDARD.decode(text.trim()).map_err(|_| {
                    StartError::Config(format!("key file {} is not base64", path.display()))
                })?;
                Self::from_secret(&secret)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let mut secret = [0u8; 64];
                getrandom::fill(&mut secret).map_err(|e| StartError::Other(e.to_string()))?;
                write_private(path, format!("{}\n", STANDARD.encode(secret)).as_bytes())?;
                tracing::info!(path = %path.display(), "created a new secret key");
                Self::from_secret(&secret)
            }
            Err(e) => Err(StartError::Config(format!(
                "cannot read key file {}: {e}",
                path.display()
            ))),
        }
    }
}

pub(crate) fn write_private(path: &Path, bytes: &[u8]) -> Result<(), StartError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(path)?;
    f.write_all(bytes)?;
    f.sync_all()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn created_with_private_mode_and_reloaded() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k/secret.key");
        let a = Keys::load_or_create(&path).unwrap();
        let b = Keys::load_or_create(&path).unwrap();
        assert_eq!(a.jwt, b.jwt);
        assert_ne!(a.jwt, a.csrf);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[test]
    fn short_secret_refused() {
        assert!(Keys::from_secret(&[1u8; 31]).is_err());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("short.key");
        std::fs::write(&path, STANDARD.encode([7u8; 16])).unwrap();
        let err = Keys::load_or_create(&path).unwrap_err().to_string();
        assert!(err.contains("at least 32 bytes"), "{err}");
    }
}
