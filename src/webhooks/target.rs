//! Where a webhook may be sent: http(s) URLs only, https unless the operator allows private
//! targets, and never to an address inside the portal's own networks (private, loopback,
//! link-local with the cloud metadata service, unique-local, shared/CGNAT, multicast, or the
//! IPv4 forms hidden in IPv6 addresses) unless `PORTICO_WEBHOOK_ALLOW_PRIVATE` says so.
//! Checked when an endpoint is saved and again at every delivery, whose connection then goes to
//! the very address checked (a host name that later resolves elsewhere, DNS rebinding, gains
//! nothing).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::Duration;

use reqwest::Url;

use crate::error::{AppError, AppResult};

/// The longest URL accepted.
const MAX_URL: usize = 2000;
/// How long a host name may take to resolve.
const RESOLVE_TIMEOUT: Duration = Duration::from_secs(5);

fn not_public() -> AppError {
    AppError::invalid(
        "webhook_address_private",
        "The receiver must be on the public internet: private, loopback and link-local addresses are refused.",
    )
    .on("url")
}

/// A URL as an admin typed it, checked for its form (not yet for where it leads).
pub fn parse(raw: &str, allow_private: bool) -> AppResult<Url> {
    let raw = raw.trim();
    let bad = || {
        AppError::invalid(
            "webhook_url_invalid",
            "Enter the receiver's full address, such as https://erp.example.com/portico/events.",
        )
        .on("url")
    };
    if raw.is_empty() || raw.len() > MAX_URL {
        return Err(bad());
    }
    let mut url = Url::parse(raw).map_err(|_| bad())?;
    match url.scheme() {
        "https" => {}
        "http" if allow_private => {}
        "http" => {
            return Err(AppError::invalid(
                "webhook_url_https",
                "The receiver's address must start with https://.",
            )
            .on("url"));
        }
        _ => return Err(bad()),
    }
    // A password in the address would be stored and shown in clear; the signature is how the
    // receiver knows the sender.
    if !url.username().is_empty() || url.password().is_some() {
        return Err(AppError::invalid(
            "webhook_url_credentials",
            "Leave the user name and password out of the address: the signature proves who sends.",
        )
        .on("url"));
    }
    if url.host().is_none() {
        return Err(bad());
    }
    url.set_fragment(None);
    Ok(url)
}

/// Why an address is refused as a webhook target, or `None` for a public one.
pub fn refused(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => refused_v4(v4),
        IpAddr::V6(v6) => refused_v6(v6),
    }
}

fn refused_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    Some(match (a, b, c) {
        (0, ..) => "unspecified",
        (10, ..) => "private",
        (100, 64..=127, _) => "shared (CGNAT)",
        (127, ..) => "loopback",
        (169, 254, _) => "link-local",
        (172, 16..=31, _) => "private",
        (192, 0, 0) => "IETF protocol",
        (192, 168, _) => "private",
        (198, 18..=19, _) => "benchmarking",
        (224..=239, ..) => "multicast",
        // 240/4 is reserved, and holds the broadcast address.
        (240..=255, ..) => "reserved",
        _ => return None,
    })
}

fn refused_v6(ip: Ipv6Addr) -> Option<&'static str> {
    let s = ip.segments();
    // IPv4 inside IPv6: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64 (64:ff9b::/96)
    // and 6to4 (2002:AABB:CCDD::) all lead to the IPv4 address they carry.
    let embedded = |hi: u16, lo: u16| Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo));
    if ip.is_unspecified() {
        return Some("unspecified");
    }
    if ip.is_loopback() {
        return Some("loopback");
    }
    if s[..5] == [0; 5] && s[5] == 0xffff {
        return refused_v4(embedded(s[6], s[7]));
    }
    // IPv4-compatible addresses are deprecated: no receiver has one.
    if s[..6] == [0; 6] {
        return Some("IPv4-compatible");
    }
    if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0; 4] {
        return refused_v4(embedded(s[6], s[7]));
    }
    if s[0] == 0x2002 {
        return refused_v4(embedded(s[1], s[2]));
    }
    Some(match s[0] {
        0xfe80..=0xfebf => "link-local",
        0xfec0..=0xfeff => "site-local",
        0xfc00..=0xfdff => "unique-local",
        0xff00..=0xffff => "multicast",
        _ => return None,
    })
}

/// The addresses `url` leads to now, each checked: an error when the host does not resolve or
/// any of its addresses is refused (a name that also points inside is not trusted at all).
pub async fn resolve(url: &Url, allow_private: bool) -> AppResult<Vec<SocketAddr>> {
    let port = url.port_or_known_default().unwrap_or(443);
    let addrs: Vec<SocketAddr> = match url.host() {
        Some(url::Host::Ipv4(ip)) => vec![SocketAddr::new(ip.into(), port)],
        Some(url::Host::Ipv6(ip)) => vec![SocketAddr::new(ip.into(), port)],
        Some(url::Host::Domain(name)) => {
            let unknown = || {
                AppError::invalid(
                    "webhook_host_unknown",
                    "The receiver's host name could not be found.",
                )
                .on("url")
            };
            match tokio::time::timeout(RESOLVE_TIMEOUT, tokio::net::lookup_host((name, port))).await
            {
                Ok(Ok(found)) => found.collect(),
                _ => return Err(unknown()),
            }
        }
        None => Vec::new(),
    };
    if addrs.is_empty() {
        return Err(not_public());
    }
    if !allow_private && addrs.iter().any(|a| refused(a.ip()).is_some()) {
        return Err(not_public());
    }
    Ok(addrs)
}

/// An admin's URL checked for its form and where it leads: the text to store.
pub async fn check(raw: &str, allow_private: bool) -> AppResult<String> {
    let url = parse(raw, allow_private)?;
    resolve(&url, allow_private).await?;
    Ok(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn internal_addresses_are_refused_in_every_form() {
        for inside in [
            "0.0.0.0",
            "10.0.0.1",
            "100.64.0.1",
            "100.127.255.254",
            "127.0.0.1",
            "127.8.9.10",
            "169.254.169.254",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "224.0.0.1",
            "255.255.255.255",
            "::",
            "::1",
            "fe80::1",
            "fd00::1",
            "fc00::1",
            "ff02::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "::ffff:10.1.2.3",
            "::127.0.0.1",
            "64:ff9b::a9fe:a9fe",
            "2002:a00:1::1",
        ] {
            assert!(refused(ip(inside)).is_some(), "{inside} must be refused");
        }
        for outside in [
            "8.8.8.8",
            "100.63.255.255",
            "100.128.0.1",
            "172.15.255.255",
            "172.32.0.1",
            "203.0.113.10",
            "2001:4860:4860::8888",
            "::ffff:8.8.8.8",
            "2002:808:808::1",
        ] {
            assert_eq!(refused(ip(outside)), None, "{outside} is public");
        }
    }

    #[test]
    fn only_https_without_credentials_unless_private_is_allowed() {
        assert!(parse("https://erp.example.com/hook", false).is_ok());
        assert_eq!(
            parse("http://erp.example.com/hook", false)
                .unwrap_err()
                .code(),
            "webhook_url_https"
        );
        assert!(parse("http://127.0.0.1:9/hook", true).is_ok());
        for bad in [
            "",
            "ftp://erp.example.com/",
            "file:///etc/passwd",
            "gopher://x/",
            "erp.example.com/hook",
            "javascript:alert(1)",
        ] {
            assert!(parse(bad, true).is_err(), "{bad}");
        }
        assert_eq!(
            parse("https://user:pw@erp.example.com/", false)
                .unwrap_err()
                .code(),
            "webhook_url_credentials"
        );
        assert_eq!(
            parse("https://erp.example.com/h#frag", false)
                .unwrap()
                .as_str(),
            "https://erp.example.com/h"
        );
    }

    #[actix_web::test]
    async fn literal_addresses_are_checked_without_resolving() {
        for url in [
            "https://127.0.0.1/",
            "https://169.254.169.254/latest/meta-data/",
            "https://[::1]/",
            "https://10.0.0.1/",
            "https://[::ffff:127.0.0.1]/",
            "https://2130706433/",
            "https://0x7f.1/",
        ] {
            let e = check(url, false).await.unwrap_err();
            assert_eq!(e.code(), "webhook_address_private", "{url}");
        }
        assert_eq!(
            check("https://203.0.113.10/hook", false).await.unwrap(),
            "https://203.0.113.10/hook"
        );
        assert!(check("http://127.0.0.1:8080/hook", true).await.is_ok());
    }
}
