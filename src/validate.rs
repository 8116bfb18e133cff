//! Field rules shared by every form and JSON body: trimmed, length-limited, no control or
//! bidirectional-override characters, and messages a person can act on.

use crate::error::AppError;

/// A required single-line text field of at most `max` characters.
pub fn text(field: &'static str, value: &str, max: usize) -> Result<String, AppError> {
    let v = optional_text(field, value, max)?;
    v.ok_or_else(|| {
        AppError::invalid("field_required", format!("{} is required.", label(field))).on(field)
    })
}

/// An optional single-line text field: empty means `None`.
pub fn optional_text(
    field: &'static str,
    value: &str,
    max: usize,
) -> Result<Option<String>, AppError> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    if v.chars().count() > max {
        return Err(AppError::invalid(
            "field_too_long",
            format!("{} must have at most {max} characters.", label(field)),
        )
        .on(field));
    }
    if v.chars().any(is_forbidden_char) {
        return Err(AppError::invalid(
            "field_invalid_characters",
            format!(
                "{} contains control or direction-override characters.",
                label(field)
            ),
        )
        .on(field));
    }
    Ok(Some(v.to_string()))
}

fn is_forbidden_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

/// E-mail addresses are compared lowercased; the check is deliberately simple (the address is
/// proven by use, not by a regular expression).
pub fn email(value: &str) -> Result<String, AppError> {
    let v = value.trim().to_lowercase();
    let ok = v.len() <= 254
        && v.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        })
        && !v.chars().any(|c| c.is_whitespace() || is_forbidden_char(c))
        && v.matches('@').count() == 1;
    if ok {
        Ok(v)
    } else {
        Err(AppError::invalid(
            "email_invalid",
            "Enter a valid e-mail address.",
        ))
    }
}

/// A tenant slug: 3 to 40 of a-z, 0-9 and '-', not starting or ending with '-'.
pub fn slug(value: &str) -> Result<String, AppError> {
    let v = value.trim().to_lowercase();
    let ok = (3..=40).contains(&v.len())
        && v.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !v.starts_with('-')
        && !v.ends_with('-');
    if ok {
        Ok(v)
    } else {
        Err(AppError::invalid(
            "slug_invalid",
            "The short name must be 3 to 40 characters of a-z, 0-9 and '-'.",
        ))
    }
}

pub fn optional_date(
    field: &'static str,
    value: &str,
) -> Result<Option<chrono::NaiveDate>, AppError> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(None);
    }
    // Four-digit years only: dates are stored and compared as ISO text (the order's progress
    // summary counts late milestones that way), where "+10000-01-01" would sort first.
    chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .ok()
        .filter(|d| (1000..=9999).contains(&chrono::Datelike::year(d)))
        .map(Some)
        .ok_or(())
        .map_err(|_| {
            AppError::invalid(
                "date_invalid",
                format!("{} must be a date like 2026-12-31.", label(field)),
            )
            .on(field)
        })
}

pub fn int_in(field: &'static str, value: i64, min: i64, max: i64) -> Result<i32, AppError> {
    if value < min || value > max {
        return Err(AppError::invalid(
            "number_out_of_range",
            format!("{} must be between {min} and {max}.", label(field)),
        )
        .on(field));
    }
    Ok(value as i32)
}

fn label(field: &str) -> String {
    let mut s = field.replace('_', " ");
    if let Some(first) = s.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    s
}

/// A field that a JSON client sends as a number and an HTML form as text (`percent`): either
/// is read as text for the field's own rule to parse; null or absent is empty.
pub fn number_or_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    use serde::Deserialize;
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either {
        Number(serde_json::Number),
        Text(String),
    }
    Ok(match Option::<Either>::deserialize(d)? {
        None => String::new(),
        Some(Either::Number(n)) => n.to_string(),
        Some(Either::Text(t)) => t,
    })
}

/// An optional text field that a generated client sends as `null` when unset: null and
/// absent are both empty.
pub fn text_or_null<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    use serde::Deserialize;
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_rules() {
        assert_eq!(text("name", "  Acme  ", 10).unwrap(), "Acme");
        assert!(text("name", "   ", 10).is_err());
        assert!(text("name", "abcdefghijk", 10).is_err());
        assert!(text("name", "a\u{202E}b", 10).is_err());
        assert!(text("name", "a\nb", 10).is_err());
        assert_eq!(text("name", "上海纺织", 4).unwrap(), "上海纺织");
        assert_eq!(optional_text("x", "", 5).unwrap(), None);
    }

    #[test]
    fn email_and_slug() {
        assert_eq!(email(" Buyer@Example.COM ").unwrap(), "buyer@example.com");
        for bad in ["", "a@b", "a b@c.de", "@c.de", "a@@c.de", "a@.c"] {
            assert!(email(bad).is_err(), "{bad}");
        }
        assert_eq!(slug("Acme-Textiles").unwrap(), "acme-textiles");
        assert!(slug("-x-").is_err());
        assert!(slug("ab").is_err());
        assert!(slug("a/b/c").is_err());
    }

    #[test]
    fn dates_and_numbers() {
        assert!(optional_date("etd", "2026-02-30").is_err());
        assert_eq!(optional_date("etd", "").unwrap(), None);
        assert!(optional_date("etd", "2026-12-31").unwrap().is_some());
        assert!(int_in("percent", 101, 0, 100).is_err());
        assert_eq!(int_in("percent", 100, 0, 100).unwrap(), 100);
    }
}
