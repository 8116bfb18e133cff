//! A refused form answered in place: the message next to the input it is about, the input
//! marked `aria-invalid` and pointing at the message with `aria-describedby`, and the focus
//! on it (`autofocus`); an error about the form as a whole stays an alert at its top that the
//! form points at. Which input an error is about comes from what the error says of itself,
//! its stable code or the field its rule named (`AppError::field`), never from its wording.
//!
//! Templates get `error` (the English message; `err` translates it), `error_form` (which form
//! of the page was refused, if the page has several) and `invalid` (the id of the input the
//! error is about, none for the form as a whole).

use serde::Serialize;

use crate::error::AppError;

/// What a refusal is about, as the error tells it.
#[derive(Debug, Clone, Copy)]
pub enum About {
    /// The error's stable code (`AppError::code`), such as `iban_invalid`.
    Code(&'static str),
    /// The field a `validate` rule refused, by the name the rule was given (`"bank"`).
    Field(&'static str),
}

/// One form of a page: its name and, for each input (by its id in the page), what refusals
/// are about it. A refusal none of them claims is about the form as a whole.
#[derive(Debug)]
pub struct Form {
    pub name: &'static str,
    pub inputs: &'static [(About, &'static str)],
}

impl Form {
    /// Where this form shows `e`.
    pub fn refused(&self, e: &AppError) -> Refusal {
        let by_field = e.field().and_then(|f| {
            self.inputs
                .iter()
                .find(|(about, _)| matches!(about, About::Field(n) if *n == f))
        });
        let by_code = || {
            self.inputs
                .iter()
                .find(|(about, _)| matches!(about, About::Code(c) if *c == e.code()))
        };
        Refusal {
            form: Some(self.name),
            input: by_field.or_else(by_code).map(|(_, id)| *id),
            message: e.public_message(),
        }
    }
}

/// An error as a page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Refusal {
    /// The form refused; none: the page as a whole (an action without a form of its own).
    pub form: Option<&'static str>,
    /// The id of the input the error is about; none: the form (or page) as a whole.
    pub input: Option<&'static str>,
    /// The public message, in English.
    pub message: String,
}

impl Refusal {
    /// An error about the page as a whole (shown at its top).
    pub fn page(e: &AppError) -> Refusal {
        Refusal {
            form: None,
            input: None,
            message: e.public_message(),
        }
    }

    /// `error`, `error_form` and `invalid` for the template (all empty without an error).
    pub fn insert(refusal: Option<&Refusal>, ctx: &mut tera::Context) {
        ctx.insert("error", &refusal.map(|r| r.message.as_str()));
        ctx.insert("error_form", &refusal.and_then(|r| r.form));
        ctx.insert("invalid", &refusal.and_then(|r| r.input));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FORM: Form = Form {
        name: "propose",
        inputs: &[
            (About::Field("bank"), "propose-bank_name"),
            (About::Field("bank address"), "propose-bank_address"),
            (About::Code("iban_invalid"), "propose-account"),
        ],
    };

    #[test]
    fn a_refusal_goes_to_the_input_it_names() {
        let e = crate::validate::text("bank address", &"x".repeat(400), 300).unwrap_err();
        assert_eq!(FORM.refused(&e).input, Some("propose-bank_address"));
        let e = crate::validate::text("bank", " ", 140).unwrap_err();
        assert_eq!(FORM.refused(&e).input, Some("propose-bank_name"));
        let e = crate::payments::bank::account("DE00 1234 5678 9012 3456 78").unwrap_err();
        assert_eq!(FORM.refused(&e).input, Some("propose-account"));
    }

    #[test]
    fn anything_else_is_about_the_whole_form() {
        let e = AppError::Conflict("A change is already waiting.".into());
        let r = FORM.refused(&e);
        assert_eq!((r.form, r.input), (Some("propose"), None));
        // A field this form does not have is not one of its inputs either.
        let e = crate::validate::text("notes", " ", 10).unwrap_err();
        assert_eq!(FORM.refused(&e).input, None);
    }
}
