//! The My Number check digit: does a typed 12-digit number look right?
//!
//! The 12th digit checks the first 11 (総務省令 平成26年総務省令第85号, Art. 5; FACTS "The My Number check
//! digit"). Number the first 11 digits P1…P11 from the right, weigh them Qn = n + 1 (n = 1…6) and
//! Qn = n − 5 (n = 7…11), let r = (Σ Pn·Qn) mod 11; the check digit is 0 when r ≤ 1, else 11 − r.
//!
//! The number is "specific personal information": this module only reads it. It is never stored, logged
//! or sent, and [`Check`] holds nothing of it. The answer never says which digit is wrong: a student
//! copies the number again from the notification letter or the card.
//!
//! The check catches every single-digit change when the check digit is not 0. When it is 0 (r = 0 or
//! r = 1), a change that moves r between 0 and 1 goes unseen, so the best answer is "looks right", never
//! "is right".

/// What a typed number looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// 12 digits whose check digit matches.
    LooksRight,
    /// 12 digits, but the check digit does not match: some digit was mistyped.
    Typo,
    /// Only digits (and spaces or hyphens), but not 12 of them.
    WrongLength { digits: usize },
    /// Something other than digits, spaces and hyphens.
    NotDigits,
    /// Nothing typed but spaces or hyphens.
    Empty,
}

/// Reads the number as a person types or pastes it: ASCII or full-width digits (０-９), spaces of any
/// kind (including the full-width U+3000) and hyphens (ASCII, U+2010 ‐, U+2212 −, U+FF0D －) between them.
pub fn check(input: &str) -> Check {
    let mut digits = [0u8; 12];
    let mut count = 0usize;
    for c in input.chars() {
        if let Some(d) = digit(c) {
            if let Some(slot) = digits.get_mut(count) {
                *slot = d;
            }
            count += 1;
        } else if !is_separator(c) {
            return Check::NotDigits;
        }
    }
    match count {
        0 => Check::Empty,
        12 if check_digit(&digits) == digits[11] => Check::LooksRight,
        12 => Check::Typo,
        n => Check::WrongLength { digits: n },
    }
}

fn digit(c: char) -> Option<u8> {
    let zero = match c {
        '0'..='9' => '0',
        '０'..='９' => '０',
        _ => return None,
    };
    u8::try_from(u32::from(c) - u32::from(zero)).ok()
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2212}' | '\u{FF0D}')
}

/// The check digit of the first 11 digits (the 12th is ignored).
fn check_digit(digits: &[u8; 12]) -> u8 {
    // P1 is the 11th digit, so walking the first 11 from the right gives n = 1, 2, …, 11.
    let sum: u32 = digits[..11]
        .iter()
        .rev()
        .zip(1u32..)
        .map(|(&p, n)| u32::from(p) * if n <= 6 { n + 1 } else { n - 5 })
        .sum();
    match sum % 11 {
        0 | 1 => 0,
        // r is 2..=10 here, so 11 − r is a single digit.
        r => (11 - r) as u8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN_VALID: [&str; 2] = ["621498320257", "123456789018"];

    #[test]
    fn both_known_valid_numbers_look_right() {
        for number in KNOWN_VALID {
            assert_eq!(check(number), Check::LooksRight, "{number}");
        }
    }

    #[test]
    fn spaces_hyphens_and_full_width_digits_are_read_as_typed() {
        for typed in [
            "6214 9832 0257",
            " 621498320257 ",
            "6214-9832-0257",
            "6214‐9832‐0257",
            "6214−9832−0257",
            "6214－9832－0257",
            "６２１４９８３２０２５７",
            "６２１４　９８３２　０２５７",
            "1234 5678 9018",
            "１２３４－５６７８－９０１８",
            "1234\u{00A0}5678\t9018\n",
            "１２３４5678９０１８",
        ] {
            assert_eq!(check(typed), Check::LooksRight, "{typed:?}");
        }
    }

    #[test]
    fn every_single_digit_change_of_the_known_numbers_is_a_typo() {
        for number in KNOWN_VALID {
            for position in 0..12 {
                for replacement in b'0'..=b'9' {
                    let mut typed = number.as_bytes().to_vec();
                    if typed[position] == replacement {
                        continue;
                    }
                    typed[position] = replacement;
                    let typed = String::from_utf8(typed).unwrap();
                    assert_eq!(check(&typed), Check::Typo, "{typed} (from {number})");
                }
            }
        }
    }

    #[test]
    fn a_check_digit_of_0_cannot_tell_r_0_from_r_1() {
        // 000000000000: r = 0; changing the 11th digit to 6 gives r = 2·6 mod 11 = 1, check digit 0 again.
        assert_eq!(check("000000000000"), Check::LooksRight);
        assert_eq!(check("000000000060"), Check::LooksRight);
        assert_eq!(check("000000000050"), Check::Typo);
    }

    #[test]
    fn eleven_or_thirteen_digits_are_the_wrong_length() {
        assert_eq!(check("62149832025"), Check::WrongLength { digits: 11 });
        assert_eq!(check("6214983202577"), Check::WrongLength { digits: 13 });
        assert_eq!(check("1234 5678 901"), Check::WrongLength { digits: 11 });
        assert_eq!(
            check("１２３４５６７８９０１８０"),
            Check::WrongLength { digits: 13 }
        );
        assert_eq!(check("7"), Check::WrongLength { digits: 1 });
        assert_eq!(
            check("1234567890181234567890181234"),
            Check::WrongLength { digits: 28 }
        );
    }

    #[test]
    fn anything_but_digits_spaces_and_hyphens_is_not_digits() {
        for typed in [
            "6214983202a7",
            "6214.9832.0257",
            "6214/9832/0257",
            "6214ー9832ー0257",
            "6214–9832–0257",
            "+621498320257",
            "６２１４９８３２０２５⑦",
            "६२१४९८३२०२५७",
            "x",
            "1234 5678 9018 ✓",
        ] {
            assert_eq!(check(typed), Check::NotDigits, "{typed:?}");
        }
    }

    #[test]
    fn nothing_but_spaces_or_hyphens_is_empty() {
        for typed in ["", " ", "　", "\t\n", "- -", "－"] {
            assert_eq!(check(typed), Check::Empty, "{typed:?}");
        }
    }
}

// proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn number(first_eleven: &[u8]) -> String {
        let mut digits = [0u8; 12];
        digits[..11].copy_from_slice(first_eleven);
        digits[11] = check_digit(&digits);
        digits.iter().map(|d| char::from(b'0' + d)).collect()
    }

    proptest! {
        #[test]
        fn the_check_never_panics_on_any_text(text in any::<String>()) {
            let _ = check(&text);
        }

        #[test]
        fn the_check_never_panics_on_number_like_text(text in "[0-9０-９ 　\\-‐−－ーa.]{0,40}") {
            let _ = check(&text);
        }

        #[test]
        fn eleven_digits_with_their_check_digit_look_right(first_eleven in proptest::collection::vec(0u8..10, 11)) {
            prop_assert_eq!(check(&number(&first_eleven)), Check::LooksRight);
        }

        #[test]
        fn any_other_last_digit_is_a_typo(first_eleven in proptest::collection::vec(0u8..10, 11), other in 1u8..10) {
            let right = number(&first_eleven);
            let last = right.as_bytes()[11] - b'0';
            let wrong = format!("{}{}", &right[..11], (last + other) % 10);
            prop_assert_eq!(check(&wrong), Check::Typo);
        }

        #[test]
        fn separators_between_the_digits_change_nothing(
            first_eleven in proptest::collection::vec(0u8..10, 11),
            separators in proptest::collection::vec(prop::sample::select(vec!["", " ", "　", "-", "‐", "−", "－"]), 12),
        ) {
            let plain = number(&first_eleven);
            let spaced: String = plain.chars().zip(&separators).flat_map(|(d, s)| s.chars().chain([d])).collect();
            prop_assert_eq!(check(&spaced), check(&plain));
        }
    }
}
