//! What a client hears when its request cannot be read: 400 for a body that is not JSON, 415
//! for a body of another media type, 422 for JSON of the wrong shape, each with a sentence of
//! our own. serde's and actix's wording ("invalid type: string \"x\", expected u32 at line 1
//! column 13") names Rust types and is not shown; what it says is rephrased.

use actix_web::error::{JsonPayloadError, QueryPayloadError, UrlencodedError};

use crate::error::AppError;

/// The JSON extractor's refusal.
pub fn json(e: JsonPayloadError) -> AppError {
    match e {
        JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => {
            AppError::TooLarge
        }
        JsonPayloadError::ContentType => AppError::UnsupportedType(
            "Send the body as JSON, with the header Content-Type: application/json.".into(),
        ),
        JsonPayloadError::Deserialize(e) if e.is_data() => AppError::invalid(
            "json_invalid",
            format!(
                "The JSON body does not have the expected fields: {}",
                rephrase(&e.to_string())
            ),
        ),
        JsonPayloadError::Deserialize(e) => AppError::bad_request(
            "json_malformed",
            format!(
                "The body is not valid JSON (line {}, column {}).",
                e.line(),
                e.column()
            ),
        ),
        _ => AppError::bad_request("body_unreadable", "The request body could not be read."),
    }
}

/// The query string's refusal (a filter of the wrong type, say).
pub fn query(e: QueryPayloadError) -> AppError {
    let QueryPayloadError::Deserialize(e) = e else {
        return AppError::bad_request("query_invalid", "The query string could not be read.");
    };
    AppError::bad_request(
        "query_invalid",
        format!(
            "The query string could not be read: {}",
            rephrase(&e.to_string())
        ),
    )
}

/// A form's refusal.
pub fn form(e: UrlencodedError) -> AppError {
    match e {
        UrlencodedError::Overflow { .. } | UrlencodedError::UnknownLength => AppError::TooLarge,
        UrlencodedError::ContentType => {
            AppError::UnsupportedType("Send the form as application/x-www-form-urlencoded.".into())
        }
        UrlencodedError::Parse(e) => AppError::invalid(
            "form_invalid",
            format!("The form could not be read: {}", rephrase(&e.to_string())),
        ),
        _ => AppError::invalid("form_invalid", "The form could not be read."),
    }
}

/// serde's message in words a person (or an integrator who does not write Rust) reads:
/// field names kept, Rust type names replaced, the position dropped.
pub fn rephrase(serde_message: &str) -> String {
    // "… at line 1 column 13": the position is in the 400 of malformed JSON only.
    let m = match serde_message.rfind(" at line ") {
        Some(i) => &serde_message[..i],
        None => serde_message,
    };
    let quoted = |s: &str| -> Vec<String> {
        s.split('`')
            .skip(1)
            .step_by(2)
            .map(|x| x.to_string())
            .collect()
    };
    if let Some(rest) = m.strip_prefix("missing field ") {
        return format!("the field {} is required.", quoted(rest).join(", "));
    }
    if let Some(rest) = m.strip_prefix("unknown field ") {
        let names = quoted(rest);
        let (first, known) = names
            .split_first()
            .map_or((String::new(), &[][..]), |(f, k)| (f.clone(), k));
        return if known.is_empty() {
            format!("the field {first} is not known here.")
        } else {
            format!(
                "the field {first} is not known here; the fields are: {}.",
                known.join(", ")
            )
        };
    }
    if let Some(rest) = m.strip_prefix("unknown variant ") {
        let names = quoted(rest);
        let (first, known) = names
            .split_first()
            .map_or((String::new(), &[][..]), |(f, k)| (f.clone(), k));
        return format!(
            "the value {first} is not one of the accepted values ({}).",
            known.join(", ")
        );
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = m.strip_prefix(prefix) {
            let (got, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
            return format!(
                "{} was sent where {} was expected.",
                kind(got),
                expected_kind(expected)
            );
        }
    }
    if m.starts_with("data did not match any variant") {
        return "a value is neither a number nor a text.".into();
    }
    // chrono's words for a date it cannot read.
    if [
        "input is out of range",
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
        "input is not enough for unique date and time",
        "no possible date and time matching input",
        "bad or unsupported format string",
    ]
    .iter()
    .any(|c| m.starts_with(c))
    {
        return "a date was expected in the form YYYY-MM-DD (a time as 2026-12-07T16:37:55Z)."
            .into();
    }
    if m.starts_with("invalid length") {
        return "a list has the wrong number of entries.".into();
    }
    if m.contains("duplicate field") {
        return format!(
            "the field {} is given twice.",
            quoted(m).first().cloned().unwrap_or_default()
        );
    }
    // Our own `Deserialize` impls (ids, enums) write sentences for people already.
    let mut s = m.to_string();
    if !s.ends_with('.') {
        s.push('.');
    }
    s
}

/// What was sent, from serde's `Unexpected` ("string \"x\"", "integer `5`", "map").
fn kind(got: &str) -> String {
    let word = got.split([' ', '`']).next().unwrap_or_default();
    match word {
        "string" | "character" => "a text".into(),
        "integer" | "floating" => "a number".into(),
        "boolean" => "true or false".into(),
        "null" | "unit" => "null".into(),
        "sequence" => "a list".into(),
        "map" => "an object".into(),
        _ => "a value".into(),
    }
}

/// What was expected, from serde's `Expected` ("u32", "a string", "struct Input", "a sequence").
fn expected_kind(expected: &str) -> String {
    let e = expected.trim();
    let number = |t: &str| {
        matches!(
            t,
            "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize"
        )
    };
    if number(e) || e.contains("integer") {
        "a whole number".into()
    } else if e == "f32" || e == "f64" || e.contains("number") || e.contains("float") {
        "a number".into()
    } else if e.contains("bool") {
        "true or false".into()
    } else if e.contains("string") || e.contains("char") {
        "a text".into()
    } else if e.contains("sequence") || e.contains("tuple") || e.starts_with("a vec") {
        "a list".into()
    } else if e.starts_with("struct") || e.contains("map") {
        "an object".into()
    } else if e.is_empty() {
        "another kind of value".into()
    } else {
        // "a date in the form YYYY-MM-DD", "a valid id": our own wording.
        e.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::rephrase;

    #[test]
    fn serde_wording_becomes_a_sentence() {
        assert_eq!(
            rephrase("missing field `email` at line 1 column 20"),
            "the field email is required."
        );
        assert_eq!(
            rephrase("invalid type: string \"x\", expected u32 at line 1 column 13"),
            "a text was sent where a whole number was expected."
        );
        assert_eq!(
            rephrase("invalid type: integer `5`, expected a string at line 1 column 3"),
            "a number was sent where a text was expected."
        );
        assert_eq!(
            rephrase("unknown variant `x`, expected one of `draft`, `confirmed`"),
            "the value x is not one of the accepted values (draft, confirmed)."
        );
        assert_eq!(
            rephrase("unknown field `foo`, expected `name` or `scopes`"),
            "the field foo is not known here; the fields are: name, scopes."
        );
        assert!(rephrase("input is out of range at line 1 column 30").starts_with("a date"));
        for m in [
            "data did not match any variant of untagged enum Either at line 1 column 16",
            "invalid type: map, expected a sequence at line 1 column 1",
            "invalid type: sequence, expected struct OrderInput",
        ] {
            let r = rephrase(m);
            assert!(
                !r.contains("struct")
                    && !r.contains("line")
                    && !r.contains("u32")
                    && !r.contains("variant"),
                "{r}"
            );
        }
    }
}
