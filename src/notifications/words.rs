//! The text of a notification for one reader: in their language, what people typed quoted
//! for a mail, and the dates and moments of its parameters in the reader's language and zone.
//! Parameters are stored once, in UTC and ISO form, when the notice is written; one notice
//! goes to many people, so the reader's language and zone apply only when it is shown or
//! mailed.

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;

use super::{PAYMENT, RECORD, SECURITY, STATUS};
use crate::i18n::{I18n, Locale, format};

/// The text of a notification in `locale`, its moments in `tz`.
pub fn text(i18n: &I18n, locale: &str, kind: &str, params: &serde_json::Value, tz: Tz) -> String {
    render(i18n, locale, kind, params, false, tz)
}

/// The text of a notification for a mail: what people of a tenant typed (an order's title, a
/// milestone's name, a file's name...) is quoted, on one line and shortened, so that a mail
/// under the reader's anti-phishing phrase never carries text that reads as Portico's own
/// (the security drill had Portico mail arbitrary staff text under the phrase).
pub fn mail_text(
    i18n: &I18n,
    locale: &str,
    kind: &str,
    params: &serde_json::Value,
    tz: Tz,
) -> String {
    render(i18n, locale, kind, params, true, tz)
}

/// Quotes text someone typed for a mail: one line, at most 100 characters, in “ ”.
pub fn quote(s: &str) -> String {
    // Controls, and the invisible format characters that reorder or hide text (bidi
    // overrides and isolates, zero-width characters), become spaces.
    let invisible = |c: char| {
        c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}')
    };
    let one_line: String = s
        .chars()
        .map(|c| if invisible(c) { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut short: String = one_line.chars().take(100).collect();
    if one_line.chars().count() > 100 {
        short.push('…');
    }
    format!("“{}”", short.replace(['“', '”'], "\""))
}

fn render(
    i18n: &I18n,
    locale: &str,
    kind: &str,
    params: &serde_json::Value,
    quote_typed: bool,
    tz: Tz,
) -> String {
    let locale = Locale::of(locale);
    let args: Vec<(&str, String)> = params
        .as_object()
        .map(|o| {
            o.iter()
                .map(|(k, v)| {
                    let s = v
                        .as_str()
                        .map(String::from)
                        .unwrap_or_else(|| v.to_string());
                    let s = match k.as_str() {
                        "date" | "period" => in_reader(locale, &s, tz),
                        _ => s,
                    };
                    (k.as_str(), s)
                })
                .collect()
        })
        .unwrap_or_default();
    // Codes inside the parameters (a status, a security event) are shown in words.
    // The words of an event (a payment mismatch names the account) quote typed values too.
    let system = |k: &str| {
        matches!(
            k,
            "count" | "date" | "period" | "orders" | "event" | "differs"
        )
    };
    let raw: Vec<(&str, String)> = args
        .iter()
        .map(|(k, v)| {
            let v = match (kind, *k) {
                (PAYMENT, "differs") => i18n
                    .text(locale, &format!("payment.differs.{v}"), &[])
                    .unwrap_or_else(|| v.clone()),
                _ if quote_typed && !system(k) => quote(v),
                _ => v.clone(),
            };
            (*k, v)
        })
        .collect();
    let args: Vec<(&str, String)> = args
        .into_iter()
        .map(|(k, v)| {
            let key = match (kind, k) {
                (STATUS, "what") => Some(format!("status.{v}")),
                (SECURITY, "event") => Some(format!("notice.{v}")),
                (PAYMENT, "event") => Some(format!("payment.event.{v}")),
                (PAYMENT, "differs") => Some(format!("payment.differs.{v}")),
                (RECORD, "event") => Some(format!("record.event.{v}")),
                _ => None,
            };
            let typed = key.is_none() && !system(k);
            let v = key
                .and_then(|key| i18n.text(locale, &key, &raw))
                .unwrap_or(v);
            (k, if typed && quote_typed { quote(&v) } else { v })
        })
        .collect();
    i18n.text(locale, &format!("notif.{kind}"), &args)
        .unwrap_or_else(|| kind.to_string())
}

/// A stored moment ("2026-12-10 06:00 UTC", as the bank-details change writes its effective
/// time, or a serde timestamp) in the reader's zone with its offset; a day ("2026-12-07") as
/// the language writes it; a period of two days ("2026-12-01 – 2026-12-07") likewise. Any
/// other text is left as it is.
fn in_reader(locale: Locale, raw: &str, tz: Tz) -> String {
    if let Some(t) = moment(raw) {
        return format::date_time(locale, t, tz);
    }
    if let Some(d) = day(raw) {
        return format::date(locale, d);
    }
    match raw.split_once(" – ").map(|(a, b)| (day(a), day(b))) {
        Some((Some(a), Some(b))) => {
            format!("{} – {}", format::date(locale, a), format::date(locale, b))
        }
        _ => raw.to_string(),
    }
}

fn moment(raw: &str) -> Option<NaiveDateTime> {
    let s = raw.trim();
    match s.strip_suffix(" UTC") {
        Some(t) => NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M").ok(),
        None => format::parse_stored(s),
    }
}

fn day(raw: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_in_the_readers_zone_days_in_their_language() {
        let ny = chrono_tz::America::New_York;
        let sh = chrono_tz::Asia::Shanghai;
        // One stored effective time, two readers.
        assert_eq!(
            in_reader(Locale::En, "2030-01-10 06:00 UTC", ny),
            "10 Jan 2030 01:00 (UTC-5)"
        );
        assert_eq!(
            in_reader(Locale::En, "2030-01-10 06:00 UTC", sh),
            "10 Jan 2030 14:00 (UTC+8)"
        );
        assert_eq!(
            in_reader(Locale::De, "2030-01-10T06:00:00.25", sh),
            "10.01.2030 14:00 (UTC+8)"
        );
        // A day has no zone: only the language's way of writing it.
        assert_eq!(in_reader(Locale::ZhCn, "2030-01-07", ny), "2030年1月7日");
        assert_eq!(
            in_reader(Locale::En, "2029-12-31 – 2030-01-06", ny),
            "31 Dec 2029 – 6 Jan 2030"
        );
        // Anything else is shown as it was stored.
        for other in ["1–7", "", "next week", "2030-13-45"] {
            assert_eq!(in_reader(Locale::En, other, ny), other);
        }
    }
}
