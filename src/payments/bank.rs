//! Checks of bank details as a person types them: IBAN checksum and country format (the
//! `iban_validate` crate), SWIFT/BIC shape, currency code, and the normal form two account
//! numbers are compared in.

use iban::IbanLike;

use crate::error::{AppError, AppResult};

/// An account as compared: letters and digits only, upper case.
pub fn normalize_account(raw: &str) -> String {
    raw.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Whether two accounts are the same account: equal once spaces, dashes and case are gone,
/// or one is an IBAN and the other the domestic number it contains, written with its bank or
/// branch code (a UK sort code and account, a German bank code and account; leading zeros
/// aside). The account number alone, without its bank code, counts only when the payment's
/// BIC already showed the same bank (`bank_confirmed`): the same number at another bank is
/// another account. A buyer who paid the right account written another way must never get an
/// URGENT alarm, and one who paid another account must always get it.
pub fn same_account(a: &str, b: &str, bank_confirmed: bool) -> bool {
    let (a, b) = (normalize_account(a), normalize_account(b));
    if a == b {
        return true;
    }
    let contains = |iban: &str, domestic: &str| {
        domestic_forms(iban, bank_confirmed)
            .is_some_and(|forms| forms.contains(&trim_zeros(domestic)))
    };
    contains(&a, &b) || contains(&b, &a)
}

fn trim_zeros(s: &str) -> String {
    s.trim_start_matches('0').to_string()
}

/// How the account inside an IBAN is written at home: with the branch (UK sort code), with
/// the bank code, or the whole BBAN; the account part alone only when the bank is known to
/// match. Leading zeros trimmed; a form of fewer than 6 characters is nobody's.
fn domestic_forms(iban: &str, bank_confirmed: bool) -> Option<Vec<String>> {
    let iban: iban::Iban = iban.parse().ok()?;
    let bban = iban.bban();
    let bank = iban.bank_identifier().unwrap_or("");
    let branch = iban.branch_identifier().unwrap_or("");
    let mut prefix = 0;
    if !bank.is_empty() && bban.starts_with(bank) {
        prefix = bank.len();
        if !branch.is_empty() && bban[prefix..].starts_with(branch) {
            prefix += branch.len();
        }
    }
    let account = &bban[prefix..];
    let mut forms = vec![
        trim_zeros(&format!("{bank}{branch}{account}")),
        trim_zeros(&format!("{bank}{account}")),
        trim_zeros(bban),
    ];
    // A branch code that names the bank too (a UK sort code) makes a whole domestic number.
    if !branch.is_empty() {
        forms.push(trim_zeros(&format!("{branch}{account}")));
    }
    if bank_confirmed {
        forms.push(trim_zeros(account));
    }
    forms.retain(|f| f.len() >= 6);
    Some(forms)
}

/// Whether two SWIFT/BICs name the same bank: the first 8 characters (bank, country, place)
/// decide; an 8-character code is the bank's, and `XXX` or a branch code adds only the
/// branch.
pub fn same_bank(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_uppercase())
            .take(8)
            .collect()
    };
    let (a, b) = (norm(a), norm(b));
    a.len() == 8 && a == b
}

/// Whether a typed account looks like an IBAN (two letters, then two digits).
fn looks_like_iban(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 15
        && b[0].is_ascii_alphabetic()
        && b[1].is_ascii_alphabetic()
        && b[2].is_ascii_digit()
        && b[3].is_ascii_digit()
}

/// An IBAN (checksum and the country's format checked; stored in electronic form) or, for
/// countries without IBANs (China, the United States, Hong Kong...), an account number of
/// 4 to 34 letters and digits.
pub fn account(raw: &str) -> AppResult<String> {
    let n = normalize_account(raw);
    if n.is_empty() {
        return Err(AppError::invalid(
            "account_required",
            "Enter the account number or IBAN.",
        ));
    }
    if looks_like_iban(&n) {
        return match n.parse::<iban::Iban>() {
            Ok(i) => Ok(i.electronic_str().to_string()),
            Err(_) => Err(AppError::invalid(
                "iban_invalid",
                "This IBAN is not valid: its check digits or length do not match. Check it character by character.",
            )),
        };
    }
    if !(4..=34).contains(&n.len())
        || raw
            .chars()
            .any(|c| !(c.is_ascii_alphanumeric() || c == ' ' || c == '-'))
    {
        return Err(AppError::invalid(
            "account_invalid",
            "An account number has 4 to 34 letters and digits (spaces and dashes are allowed).",
        ));
    }
    Ok(n)
}

/// A SWIFT/BIC: 4 letters (bank), 2 letters (country), 2 letters or digits (place), and
/// optionally 3 letters or digits (branch). Stored in upper case without spaces.
pub fn bic(raw: &str) -> AppResult<String> {
    let s: String = raw
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let b = s.as_bytes();
    let ok = (b.len() == 8 || b.len() == 11)
        && b[..6].iter().all(u8::is_ascii_uppercase)
        && b[6..].iter().all(u8::is_ascii_alphanumeric);
    if ok {
        Ok(s)
    } else {
        Err(AppError::invalid(
            "bic_invalid",
            "A SWIFT/BIC code has 8 or 11 characters: 4 letters for the bank, 2 for the country, then 2 (and optionally 3 more) letters or digits.",
        ))
    }
}

/// A currency as its ISO 4217 code.
pub fn currency(raw: &str) -> AppResult<String> {
    let c = raw.trim().to_ascii_uppercase();
    if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(c)
    } else {
        Err(AppError::invalid(
            "currency_invalid",
            "Give the currency as its three-letter code, such as USD, EUR or CNY.",
        ))
    }
}

/// An amount as typed: digits with at most two decimals, more than zero, below a trillion.
pub fn amount(raw: &str) -> AppResult<String> {
    let bad = || {
        AppError::invalid(
            "amount_invalid",
            "Give the amount in figures, such as 52000 or 52000.50.",
        )
    };
    // Spaces (also the narrow ones French and Russian group thousands with) go.
    let s: String = raw
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{202F}' | '\u{00A0}' | '\''))
        .collect();
    let s = s.trim_end_matches(['.', ',']);
    // The decimal mark is the last "." or "," when one or two digits follow it (52000,50 in
    // German is 52000.50, not 5200050); every other mark groups thousands. A lone "." before
    // three digits (1.234) could be either and is refused rather than guessed.
    let last = s.rfind(['.', ',']);
    let marks = s.matches(['.', ',']).count();
    let (grouped, frac) = match last {
        Some(i) if (1..=2).contains(&(s.len() - i - 1)) => (&s[..i], &s[i + 1..]),
        Some(i) if marks == 1 && s[i..].starts_with('.') && s.len() - i - 1 == 3 => {
            return Err(bad());
        }
        _ => (s, ""),
    };
    // Thousands marks group by three: "12,3,4" is a typing slip, not 123.40.
    let mut groups = grouped.split(['.', ',']);
    let first = groups.next().unwrap_or("");
    if grouped.contains(['.', ',']) && (first.is_empty() || groups.any(|g| g.len() != 3)) {
        return Err(bad());
    }
    let whole: String = grouped.replace(['.', ','], "");
    let frac = frac.to_string();
    let (whole, frac) = (whole.as_str(), frac.as_str());
    if whole.is_empty()
        || whole.len() > 12
        || frac.len() > 2
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(bad());
    }
    if whole.bytes().all(|b| b == b'0') && frac.bytes().all(|b| b == b'0') {
        return Err(bad());
    }
    let whole = whole.trim_start_matches('0');
    Ok(format!(
        "{}.{:0<2}",
        if whole.is_empty() { "0" } else { whole },
        frac
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_account_written_differently() {
        // The test vectors of the field-fixes issue.
        let same = |a: &str, b: &str, bank: bool| same_account(a, b, bank);
        assert!(same(
            "GB29 NWBK 6016 1331 9268 19",
            "60-16-13 31926819",
            false
        ));
        assert!(same("60-16-13 31926819", "GB29NWBK60161331926819", false));
        assert!(same(
            "DE89 3704 0044 0532 0130 00",
            "37040044 0532013000",
            false
        ));
        assert!(same(
            "6222 0212 3456 7890 123",
            "6222021234567890123",
            false
        ));
        assert!(same(
            "gb29-nwbk-6016-1331-9268-19",
            "GB29NWBK60161331926819",
            false
        ));
        // The account number alone: the same account only at the same bank.
        assert!(same("DE89 3704 0044 0532 0130 00", "532013000", true));
        assert!(!same("DE89 3704 0044 0532 0130 00", "532013000", false));
        // And what is not the same.
        assert!(!same(
            "GB29 NWBK 6016 1331 9268 19",
            "60-16-14 31926819",
            false
        ));
        assert!(!same("DE89 3704 0044 0532 0130 00", "532013001", true));
        assert!(!same(
            "6222 0212 3456 7890 123",
            "6222 0212 3456 7890 124",
            true
        ));
        assert!(!same(
            "DE89 3704 0044 0532 0130 00",
            "DE44 5001 0517 5407 3249 31",
            true
        ));
        assert!(
            !same("DE89 3704 0044 0532 0130 00", "130 00", true),
            "nobody's"
        );
        // A short account in an IBAN without a branch code (the review's DE…1234).
        assert!(!same("DE21 3704 0044 0000 0012 34", "1234", true));
        assert!(same_bank("BKCHCNBJ", "BKCHCNBJXXX"));
        assert!(same_bank("BKCHCNBJXXX", "BKCHCNBJ92A"));
        assert!(same_bank("bkch cnbj", "BKCHCNBJ92A"));
        assert!(!same_bank("BKCHCNBS", "BKCHCNBJ"));
        assert!(!same_bank("", ""));
    }

    #[test]
    fn ibans_are_checked_and_other_accounts_accepted() {
        assert_eq!(
            account("DE44 5001 0517 5407 3249 31").unwrap(),
            "DE44500105175407324931"
        );
        assert!(
            account("DE45 5001 0517 5407 3249 31").is_err(),
            "wrong check digits"
        );
        assert!(
            account("GB82 WEST 1234 5698 7654 3").is_err(),
            "too short for GB"
        );
        assert_eq!(
            account("6222 0210 0104-5678 901").unwrap(),
            "6222021001045678901"
        );
        assert!(account("12").is_err());
        assert!(account("1234<script>").is_err());
    }

    #[test]
    fn bics_and_amounts() {
        assert_eq!(bic("bkch cn bj 110").unwrap(), "BKCHCNBJ110");
        assert_eq!(bic("DEUTDEFF").unwrap(), "DEUTDEFF");
        assert!(bic("DEUT1EFF").is_err());
        assert!(bic("DEUTDEF").is_err());
        assert_eq!(amount("52,000.5").unwrap(), "52000.50");
        assert_eq!(amount("0052000").unwrap(), "52000.00");
        assert!(amount("0").is_err());
        assert!(amount("-5").is_err());
        assert!(amount("1.234").is_err());
        // A decimal comma is a decimal mark, never a thousands separator to drop.
        assert_eq!(amount("52000,50").unwrap(), "52000.50");
        assert_eq!(amount("52000,5").unwrap(), "52000.50");
        assert_eq!(amount("1.234.567,89").unwrap(), "1234567.89");
        assert_eq!(amount("1 234 567,89").unwrap(), "1234567.89");
        assert_eq!(amount("1\u{202F}234,5").unwrap(), "1234.50");
        assert_eq!(amount("52,000").unwrap(), "52000.00");
        assert_eq!(amount("52000.").unwrap(), "52000.00");
        assert!(amount("12,3,4").is_err());
        assert!(amount("1.23.456,5").is_err());
        assert!(amount(",50").is_err());
        assert_eq!(currency(" usd ").unwrap(), "USD");
        assert!(currency("US$").is_err());
        assert_eq!(normalize_account("de44-5001 0517"), "DE4450010517");
    }
}
