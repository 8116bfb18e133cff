//! The client's address behind load balancers. `X-Forwarded-For` is believed only when the
//! connection comes from a proxy the operator named (`PORTICO_TRUSTED_PROXIES`), and then
//! read from the right: the first address that is not a trusted proxy is the client. Anyone
//! else can write anything in that header, so without the setting it is ignored. Also the
//! proxy's internal location for the files it sends (`PORTICO_ACCEL_REDIRECT`).

use std::net::IpAddr;

use crate::error::StartError;

/// An address range: `10.0.0.0/8`, `192.168.1.10` (one address), `fd00::/8`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Net {
    addr: IpAddr,
    prefix: u8,
}

impl Net {
    pub fn parse(raw: &str) -> Result<Net, StartError> {
        let bad = || {
            StartError::Config(format!(
                "PORTICO_TRUSTED_PROXIES: {raw:?} is not an address or range like 10.0.0.0/8"
            ))
        };
        let (a, p) = match raw.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (raw, None),
        };
        let addr: IpAddr = a.trim().parse().map_err(|_| bad())?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match p {
            Some(p) => p.trim().parse::<u8>().map_err(|_| bad())?,
            None => max,
        };
        if prefix > max {
            return Err(bad());
        }
        Ok(Net { addr, prefix })
    }

    /// A comma-separated list; empty means none.
    pub fn parse_list(raw: &str) -> Result<Vec<Net>, StartError> {
        raw.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(Net::parse)
            .collect()
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        fn bits(ip: IpAddr) -> u128 {
            match ip {
                IpAddr::V4(v) => u32::from(v) as u128,
                IpAddr::V6(v) => u128::from(v),
            }
        }
        let ip = match (self.addr, ip) {
            (IpAddr::V4(_), IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => return false,
            },
            (IpAddr::V6(_), IpAddr::V4(_)) => return false,
            _ => ip,
        };
        let width = if self.addr.is_ipv4() { 32 } else { 128 };
        if self.prefix == 0 {
            return true;
        }
        let shift = width - self.prefix as u32;
        bits(self.addr) >> shift == bits(ip) >> shift
    }
}

/// The client's address: the peer, or, when the peer is a trusted proxy, the rightmost
/// address in `X-Forwarded-For` that is not itself a trusted proxy.
pub fn client_ip(
    peer: Option<IpAddr>,
    forwarded_for: Option<&str>,
    trusted: &[Net],
) -> Option<IpAddr> {
    let peer = peer?;
    let is_trusted = |ip: IpAddr| trusted.iter().any(|n| n.contains(ip));
    if !is_trusted(peer) {
        return Some(peer);
    }
    let mut last = peer;
    for part in forwarded_for.unwrap_or("").rsplit(',') {
        let Ok(ip) = part.trim().parse::<IpAddr>() else {
            // Garbage in the header: stop at what we can vouch for.
            return Some(last);
        };
        if !is_trusted(ip) {
            return Some(ip);
        }
        last = ip;
    }
    Some(last)
}

/// `PORTICO_ACCEL_REDIRECT`: an absolute location ending in `/`, of plain path characters
/// (it is joined with object keys and sent as a header), and only for local storage: nginx
/// can send a file of its own disk, not an object of an S3 store.
pub fn accel_location(
    raw: Option<&str>,
    storage: &crate::config::StorageUrl,
) -> Result<Option<String>, StartError> {
    let Some(raw) = raw.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let plain = raw
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-' | b'.'));
    // At least one segment, none empty or a dot: `/` or `//` would take every address of
    // the portal, and nginx would send the redirect back to Portico.
    let segments = raw.len() > 2
        && raw[1..raw.len() - 1]
            .split('/')
            .all(|seg| !seg.is_empty() && seg != "." && seg != "..");
    if !(raw.starts_with('/') && raw.ends_with('/') && plain && segments) {
        return Err(StartError::Config(format!(
            "PORTICO_ACCEL_REDIRECT must be a location such as /_portico_objects/ (starting and ending with /, letters, digits, _ - . only), got {raw:?}"
        )));
    }
    if !matches!(storage, crate::config::StorageUrl::Local(_)) {
        return Err(StartError::Config(
            "PORTICO_ACCEL_REDIRECT needs local storage (PORTICO_STORAGE_URL file://…): nginx sends files from its own disk; objects in S3 stream through Portico".into(),
        ));
    }
    Ok(Some(raw.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn ranges() {
        let n = Net::parse("10.0.0.0/8").unwrap();
        assert!(n.contains(ip("10.1.2.3")) && !n.contains(ip("11.0.0.1")));
        assert!(n.contains(ip("::ffff:10.9.9.9")));
        assert!(
            Net::parse("192.168.1.10")
                .unwrap()
                .contains(ip("192.168.1.10"))
        );
        assert!(
            !Net::parse("192.168.1.10")
                .unwrap()
                .contains(ip("192.168.1.11"))
        );
        assert!(Net::parse("fd00::/8").unwrap().contains(ip("fd12::1")));
        assert!(Net::parse("0.0.0.0/0").unwrap().contains(ip("8.8.8.8")));
        assert!(Net::parse("10.0.0.0/33").is_err());
        assert!(Net::parse("ten").is_err());
        assert_eq!(Net::parse_list(" 10.0.0.0/8 , ::1 ").unwrap().len(), 2);
        assert!(Net::parse_list("").unwrap().is_empty());
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let trusted = Net::parse_list("10.0.0.0/8").unwrap();
        let xff = Some("198.51.100.7, 203.0.113.9, 10.0.0.7");
        // From the load balancer: the first untrusted address from the right.
        assert_eq!(
            client_ip(Some(ip("10.0.0.5")), xff, &trusted),
            Some(ip("203.0.113.9"))
        );
        // From anyone else: the header is ignored.
        assert_eq!(
            client_ip(Some(ip("203.0.113.50")), xff, &trusted),
            Some(ip("203.0.113.50"))
        );
        // Without the setting: the peer.
        assert_eq!(
            client_ip(Some(ip("10.0.0.5")), xff, &[]),
            Some(ip("10.0.0.5"))
        );
        // A trusted proxy without the header, or with garbage: the last address vouched for.
        assert_eq!(
            client_ip(Some(ip("10.0.0.5")), None, &trusted),
            Some(ip("10.0.0.5"))
        );
        assert_eq!(
            client_ip(Some(ip("10.0.0.5")), Some("junk, 10.0.0.6"), &trusted),
            Some(ip("10.0.0.6"))
        );
        assert_eq!(client_ip(None, xff, &trusted), None);
    }

    #[test]
    fn the_proxy_location_is_plain_and_local_only() {
        let local = crate::config::StorageUrl::Local("objects".into());
        let s3 = crate::config::StorageUrl::S3 {
            bucket: "b".into(),
            prefix: String::new(),
        };
        assert_eq!(accel_location(None, &local).unwrap(), None);
        assert_eq!(accel_location(Some(" "), &s3).unwrap(), None);
        assert_eq!(
            accel_location(Some("/_portico_objects/"), &local)
                .unwrap()
                .as_deref(),
            Some("/_portico_objects/")
        );
        for bad in [
            "_objects/",
            "/objects",
            "/a/../b/",
            "/a b/",
            "/a\r\n/",
            "/%2e/",
            "/",
            "//",
            "/./",
            "/a//b/",
        ] {
            let e = accel_location(Some(bad), &local).unwrap_err().to_string();
            assert!(e.contains("PORTICO_ACCEL_REDIRECT"), "{bad}: {e}");
        }
        let e = accel_location(Some("/_o/"), &s3).unwrap_err().to_string();
        assert!(e.contains("local storage"), "{e}");
    }
}
