//! A small, strict JSON reader and writer (RFC 8259) for the stored progress and backup files.
//!
//! Why not serde + serde_json: they cost 17.7 KiB gzipped in the wasm (measured: cold first load 205.0 →
//! 187.3 KiB without them), nearly a tenth of the 200 KiB budget, for one small document whose schema
//! `progress` reads field by field anyway. This reader is strict (no trailing commas, comments, lone
//! surrogates or control characters in strings), bounded in depth, and never panics on any input.

/// A parsed JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number as written (checked against the JSON grammar; read it with [`Json::as_u32`]).
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Members in document order; a repeated name is kept, for the reader to refuse.
    Object(Vec<(String, Json)>),
}

/// Deeper documents are refused: ours is three levels deep, and recursion must stay bounded.
const MAX_DEPTH: usize = 32;

/// An object names the same member twice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Repeated;

impl Json {
    /// The member `name` of an object (`None` if absent or not an object); `Err` if it appears twice.
    pub fn member(&self, name: &str) -> Result<Option<&Json>, Repeated> {
        let Json::Object(members) = self else {
            return Ok(None);
        };
        let mut found = members.iter().filter(|(n, _)| n == name).map(|(_, v)| v);
        match (found.next(), found.next()) {
            (first, None) => Ok(first),
            _ => Err(Repeated),
        }
    }

    /// The text of a string value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    /// A non-negative integer that fits in a `u32` ("1", not "1.0" or "1e0").
    pub fn as_u32(&self) -> Option<u32> {
        match self {
            Json::Number(n) if n.bytes().all(|b| b.is_ascii_digit()) => n.parse().ok(),
            _ => None,
        }
    }
}

/// Parses a whole document; `None` if it is not valid JSON.
pub fn parse(text: &str) -> Option<Json> {
    let mut parser = Parser {
        bytes: text.as_bytes(),
        at: 0,
    };
    parser.space();
    let value = parser.value(0)?;
    parser.space();
    (parser.at == parser.bytes.len()).then_some(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn word(&mut self, word: &[u8], value: Json) -> Option<Json> {
        let end = self.at.checked_add(word.len())?;
        if self.bytes.get(self.at..end)? != word {
            return None;
        }
        self.at = end;
        Some(value)
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth >= MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            b'n' => self.word(b"null", Json::Null),
            b't' => self.word(b"true", Json::Bool(true)),
            b'f' => self.word(b"false", Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'-' | b'0'..=b'9' => self.number().map(Json::Number),
            b'[' => self.sequence(b']', |p| p.value(depth + 1)).map(Json::Array),
            b'{' => self
                .sequence(b'}', |p| {
                    let name = p.string()?;
                    p.space();
                    if !p.eat(b':') {
                        return None;
                    }
                    p.space();
                    Some((name, p.value(depth + 1)?))
                })
                .map(Json::Object),
            _ => None,
        }
    }

    /// The items of an array or object: at the opening bracket, items read by `item` and separated by
    /// commas, up to `close`.
    fn sequence<T>(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.eat(close) {
            return Some(items);
        }
        loop {
            self.space();
            items.push(item(self)?);
            self.space();
            match self.next()? {
                b',' => {}
                b if b == close => return Some(items),
                _ => return None,
            }
        }
    }

    fn digits(&mut self) -> Option<()> {
        if !self.next()?.is_ascii_digit() {
            return None;
        }
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        Some(())
    }

    fn number(&mut self) -> Option<String> {
        let start = self.at;
        self.eat(b'-');
        if !self.eat(b'0') {
            self.digits()?;
        }
        if self.eat(b'.') {
            self.digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.digits()?;
        }
        let text = std::str::from_utf8(self.bytes.get(start..self.at)?).ok()?;
        Some(text.to_owned())
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut value = 0;
        for _ in 0..4 {
            value = value * 16 + char::from(self.next()?).to_digit(16)?;
        }
        Some(value)
    }

    fn string(&mut self) -> Option<String> {
        if !self.eat(b'"') {
            return None;
        }
        let mut out = String::new();
        loop {
            // A run of plain characters. It starts and ends at ASCII bytes, so it is whole UTF-8.
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            out.push_str(std::str::from_utf8(self.bytes.get(start..self.at)?).ok()?);
            match self.next()? {
                b'"' => return Some(out),
                b'\\' => {
                    let c = match self.next()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let high = self.hex4()?;
                            if (0xD800..0xDC00).contains(&high) {
                                if !(self.eat(b'\\') && self.eat(b'u')) {
                                    return None;
                                }
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return None;
                                }
                                char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))?
                            } else {
                                char::from_u32(high)?
                            }
                        }
                        _ => return None,
                    };
                    out.push(c);
                }
                // A raw control character.
                _ => return None,
            }
        }
    }
}

/// Appends `text` as a JSON string literal.
pub fn write_string(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let code = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[code >> 4]));
                out.push(char::from(HEX[code & 0xf]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn s(text: &str) -> Json {
        Json::String(text.to_owned())
    }

    #[test]
    fn reads_every_kind_of_value() {
        assert_eq!(
            parse(r#" {"a": [1, -2.5e+3, true, false, null], "b": {"c": "d"}} "#),
            Some(Json::Object(vec![
                (
                    "a".into(),
                    Json::Array(vec![
                        Json::Number("1".into()),
                        Json::Number("-2.5e+3".into()),
                        Json::Bool(true),
                        Json::Bool(false),
                        Json::Null,
                    ])
                ),
                ("b".into(), Json::Object(vec![("c".into(), s("d"))])),
            ]))
        );
        assert_eq!(parse("[]"), Some(Json::Array(vec![])));
        assert_eq!(parse("{}"), Some(Json::Object(vec![])));
    }

    #[test]
    fn decodes_escapes_and_unicode() {
        assert_eq!(
            parse(r#""a\"b\\c\/d\n\t\u00e9\u65e5\ud83d\ude00 日本""#),
            Some(s("a\"b\\c/d\n\té日😀 日本"))
        );
    }

    #[test]
    fn refuses_what_is_not_strict_json() {
        for bad in [
            "",
            " ",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "{a:1}",
            "'a'",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "tru",
            "nul",
            "\"abc",
            "\"a\u{1}b\"",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "[1] [2]",
            "// comment\n1",
            "NaN",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(parse(&deep), None);
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_some());
        assert_eq!(parse(&"[".repeat(100_000)), None);
    }

    #[test]
    fn members_and_integers_are_read_strictly() {
        let doc = parse(r#"{"v":1,"w":"x","v2":1.0,"big":4294967296,"dup":1,"dup":2}"#).unwrap();
        assert_eq!(doc.member("v").unwrap().and_then(Json::as_u32), Some(1));
        assert_eq!(doc.member("v2").unwrap().and_then(Json::as_u32), None);
        assert_eq!(doc.member("big").unwrap().and_then(Json::as_u32), None);
        assert_eq!(doc.member("w").unwrap().and_then(Json::as_u32), None);
        assert_eq!(doc.member("missing"), Ok(None));
        assert_eq!(doc.member("dup"), Err(Repeated));
    }

    proptest! {
        #[test]
        fn the_parser_never_panics(text in "\\PC{0,200}") {
            let _ = parse(&text);
        }

        #[test]
        fn the_parser_never_panics_on_json_like_text(text in "[\\[\\]{}\",:0-9eE.+\\-\\\\u a-f]{0,200}") {
            let _ = parse(&text);
        }

        #[test]
        fn any_string_survives_writing_and_reading(text in any::<String>()) {
            let mut out = String::new();
            write_string(&mut out, &text);
            prop_assert_eq!(parse(&out), Some(Json::String(text)));
        }
    }
}
