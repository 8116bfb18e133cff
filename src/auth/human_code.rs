//! Every code a person reads, types or says over the phone (invitations, password resets,
//! e-mail confirmations, two-step recovery codes, document verification codes) comes from
//! here: an alphabet without look-alikes, groups that are easy to read out, and an unbiased
//! draw (a random byte is used only when it falls in a whole number of alphabet rounds, so
//! no character is likelier than another).

/// The shape of one kind of code.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    pub alphabet: &'static [u8],
    /// The length of each dash-separated group.
    pub groups: &'static [usize],
}

/// Upper-case letters and digits without 0/O, 1/I/L or U/V look-alikes.
const READABLE: &[u8] = b"ABCDEFGHJKMNPQRSTWXYZ23456789";

/// Invitations: 12 characters (58 bits) in three groups of four, e.g. `K7QX-M2RT-9HWD`.
pub const INVITATION: Shape = Shape {
    alphabet: READABLE,
    groups: &[4, 4, 4],
};
/// Password resets: 10 characters in two groups of five.
pub const RESET: Shape = Shape {
    alphabet: READABLE,
    groups: &[5, 5],
};
/// Two-step recovery codes: 10 lower-case characters in two groups of five.
pub const RECOVERY: Shape = Shape {
    alphabet: b"abcdefghjkmnpqrstwxyz23456789",
    groups: &[5, 5],
};
/// Documents of record: Crockford's base32 (50 bits), read back by `ids::normalize_code`,
/// which takes O for 0 and I or L for 1.
pub const VERIFICATION: Shape = Shape {
    alphabet: b"0123456789ABCDEFGHJKMNPQRSTVWXYZ",
    groups: &[5, 5],
};
/// E-mail confirmations: 8 digits, typed from a phone's mail app.
pub const EMAIL: Shape = Shape {
    alphabet: b"0123456789",
    groups: &[8],
};

/// A new code of `shape`.
pub fn generate(shape: Shape) -> String {
    let n = shape.alphabet.len();
    assert!((2..=256).contains(&n), "an alphabet of 2 to 256 characters");
    // Bytes at or above `limit` would favour the first characters: they are drawn again.
    let limit = 256 - (256 % n);
    let total: usize = shape.groups.iter().sum();
    let mut chars = Vec::with_capacity(total);
    let mut buf = [0u8; 64];
    while chars.len() < total {
        getrandom::fill(&mut buf).expect("the OS random generator failed");
        for &b in &buf {
            if (b as usize) < limit && chars.len() < total {
                chars.push(shape.alphabet[b as usize % n] as char);
            }
        }
    }
    let mut out = String::with_capacity(total + shape.groups.len());
    let mut at = 0;
    for (i, g) in shape.groups.iter().enumerate() {
        if i > 0 {
            out.push('-');
        }
        out.extend(&chars[at..at + g]);
        at += g;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_their_shape() {
        let c = generate(INVITATION);
        assert_eq!(c.len(), 14);
        assert_eq!(c.matches('-').count(), 2);
        assert!(
            c.chars()
                .all(|ch| ch == '-' || READABLE.contains(&(ch as u8)))
        );
        let e = generate(EMAIL);
        assert!(e.len() == 8 && e.bytes().all(|b| b.is_ascii_digit()), "{e}");
        let v = generate(VERIFICATION);
        assert!(
            crate::ids::normalize_code(&v).is_some_and(|n| n == v),
            "{v}"
        );
        for look_alike in ['0', 'O', '1', 'I', 'L', 'U', 'V'] {
            assert!(!READABLE.contains(&(look_alike as u8)), "{look_alike}");
        }
    }

    #[test]
    fn the_draw_is_unbiased() {
        // 29 characters: a modulo draw would give each of the first 24 a chance of 9 in 256
        // and each of the last five 8 in 256 (256 = 8 × 29 + 24). Over 290,000 draws each
        // character should come ~10,000 times (± ~100); the bias would put the first ones
        // near 10,200 and the last near 9,060.
        let mut seen = [0u32; 29];
        for _ in 0..29_000 {
            for b in generate(RESET).bytes().filter(|b| *b != b'-') {
                seen[READABLE.iter().position(|c| *c == b).unwrap()] += 1;
            }
        }
        let first: u32 = seen[..24].iter().sum::<u32>() / 24;
        let last: u32 = seen[24..].iter().sum::<u32>() / 5;
        assert!(
            first.abs_diff(last) < 300,
            "first {first}, last {last}: {seen:?}"
        );
    }
}
