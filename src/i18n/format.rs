//! Dates, times and numbers as each language writes them, and times in the reader's zone.
//! A table, not ICU: nine languages need a date order, a separator and two number marks, and
//! ICU4X's data would add minutes to every clean build for that.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Offset, TimeZone, Timelike};
use chrono_tz::Tz;

use super::Locale;

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A day as the language writes it: "7 Dec 2026", "2026年12月7日", "07.12.2026",
/// "07/12/2026". English spells the month: a buyer in London and one in New York read
/// "07/12" differently.
pub fn date(locale: Locale, d: NaiveDate) -> String {
    let (y, m, day) = (d.year(), d.month(), d.day());
    match locale {
        Locale::En => format!("{day} {} {y}", MONTHS_EN[m as usize - 1]),
        Locale::ZhCn => format!("{y}年{m}月{day}日"),
        Locale::De | Locale::Ru | Locale::Tr => format!("{day:02}.{m:02}.{y}"),
        Locale::Es | Locale::Fr | Locale::PtBr | Locale::Ar => format!("{day:02}/{m:02}/{y}"),
    }
}

/// A stored UTC moment in `tz`, with the offset so nobody has to guess the zone:
/// "7 Dec 2026 14:05 (UTC+8)".
pub fn date_time(locale: Locale, utc: NaiveDateTime, tz: Tz) -> String {
    let local = tz.from_utc_datetime(&utc);
    let seconds = local.offset().fix().local_minus_utc();
    let zone = if seconds == 0 {
        "UTC".to_string()
    } else {
        let sign = if seconds < 0 { '-' } else { '+' };
        let (h, m) = (seconds.abs() / 3600, seconds.abs() % 3600 / 60);
        if m == 0 {
            format!("UTC{sign}{h}")
        } else {
            format!("UTC{sign}{h}:{m:02}")
        }
    };
    format!(
        "{} {:02}:{:02} ({zone})",
        date(locale, local.date_naive()),
        local.hour(),
        local.minute()
    )
}

/// The decimal mark and the thousands separator of the language.
fn marks(locale: Locale) -> (char, &'static str) {
    match locale {
        Locale::En | Locale::ZhCn | Locale::Ar => ('.', ","),
        Locale::Es | Locale::De | Locale::PtBr | Locale::Tr => (',', "."),
        // A narrow no-break space, as French and Russian print thousands.
        Locale::Fr | Locale::Ru => (',', "\u{202F}"),
    }
}

/// A decimal number written in the language's marks: "12345.5" is "12,345.5" in English,
/// "12.345,5" in German. Text that is not a plain decimal number is returned as it is.
pub fn number(locale: Locale, raw: &str) -> String {
    let t = raw.trim();
    let (sign, body) = match t.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", t),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty()
        || !int.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return raw.to_string();
    }
    let (decimal, group) = marks(locale);
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            grouped.push_str(group);
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{decimal}{frac}")
    }
}

/// A stored timestamp as serde writes it ("2026-11-22T02:10:00.123456").
pub fn parse_stored(s: &str) -> Option<NaiveDateTime> {
    [
        "%Y-%m-%dT%H:%M:%S%.f",
        // As the API writes it (`ids::utc`): UTC, marked.
        "%Y-%m-%dT%H:%M:%S%.fZ",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        parse_stored(s).unwrap()
    }

    #[test]
    fn dates_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        assert_eq!(date(Locale::En, d), "7 Dec 2026");
        assert_eq!(date(Locale::ZhCn, d), "2026年12月7日");
        assert_eq!(date(Locale::De, d), "07.12.2026");
        assert_eq!(date(Locale::Fr, d), "07/12/2026");
    }

    #[test]
    fn times_in_the_readers_zone_with_the_offset() {
        let t = at("2026-12-06T18:30:00.000001");
        assert_eq!(
            date_time(Locale::En, t, chrono_tz::Asia::Shanghai),
            "7 Dec 2026 02:30 (UTC+8)"
        );
        assert_eq!(
            date_time(Locale::PtBr, t, chrono_tz::America::Sao_Paulo),
            "06/12/2026 15:30 (UTC-3)"
        );
        assert_eq!(
            date_time(Locale::En, t, chrono_tz::Asia::Kolkata),
            "7 Dec 2026 00:00 (UTC+5:30)"
        );
        assert_eq!(
            date_time(Locale::Ru, t, chrono_tz::UTC),
            "06.12.2026 18:30 (UTC)"
        );
    }

    #[test]
    fn numbers_in_each_language() {
        assert_eq!(number(Locale::En, "1234567.50"), "1,234,567.50");
        assert_eq!(number(Locale::De, "1234567.50"), "1.234.567,50");
        assert_eq!(number(Locale::Fr, "12345"), "12\u{202F}345");
        assert_eq!(number(Locale::Es, "-999.5"), "-999,5");
        assert_eq!(number(Locale::En, "100"), "100");
        assert_eq!(number(Locale::En, "12 boxes"), "12 boxes");
        assert_eq!(number(Locale::En, ""), "");
    }
}
