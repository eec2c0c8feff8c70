//! Buffer encodings, on plain Rust data: JS strings come in as their code
//! units (Latin-1 bytes or UTF-16), bytes come out, and back.
//!
//! Node's rules: `ascii` and `binary` take the low byte of each code unit
//! when writing, `ascii` strips the high bit when reading; UTF-8 encodes a
//! lone surrogate as U+FFFD and decodes invalid input to U+FFFD per maximal
//! invalid subsequence; base64 decoding skips characters outside the
//! alphabet (whitespace), accepts the URL-safe alphabet and missing padding
//! and stops at `=`; hex decoding stops at the first invalid pair.

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};
use base64::engine::DecodePaddingMode;
use base64::Engine;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Ascii,
    Ucs2,
    Base64,
    Binary,
    Hex,
}

impl Encoding {
    /// Node's names, case-insensitive; `None` for an unknown encoding.
    pub fn parse(name: &str) -> Option<Self> {
        Some(match name.to_ascii_lowercase().as_str() {
            "utf8" | "utf-8" => Self::Utf8,
            "ascii" => Self::Ascii,
            "ucs2" | "ucs-2" | "utf16le" | "utf-16le" => Self::Ucs2,
            "base64" => Self::Base64,
            "binary" | "latin1" => Self::Binary,
            "hex" => Self::Hex,
            _ => return None,
        })
    }
}

/// A JS string's code units, without copying.
#[derive(Clone, Copy)]
pub enum Units<'a> {
    Latin1(&'a [u8]),
    Utf16(&'a [u16]),
}

impl Units<'_> {
    pub fn len(&self) -> usize {
        match self {
            Units::Latin1(b) => b.len(),
            Units::Utf16(u) => u.len(),
        }
    }

    fn low_bytes(&self) -> Vec<u8> {
        match self {
            Units::Latin1(b) => b.to_vec(),
            Units::Utf16(u) => u.iter().map(|&c| c as u8).collect(),
        }
    }
}

/// Encodes the whole string.
pub fn encode(units: Units<'_>, enc: Encoding) -> Vec<u8> {
    match enc {
        Encoding::Utf8 => {
            let mut out = Vec::with_capacity(units.len());
            encode_utf8_into(units, usize::MAX, &mut out);
            out
        }
        Encoding::Ascii | Encoding::Binary => units.low_bytes(),
        Encoding::Ucs2 => match units {
            Units::Latin1(b) => b.iter().flat_map(|&c| [c, 0]).collect(),
            Units::Utf16(u) => u.iter().flat_map(|c| c.to_le_bytes()).collect(),
        },
        Encoding::Base64 => decode_base64(&units.low_bytes()),
        Encoding::Hex => decode_hex(&units.low_bytes()),
    }
}

/// Encodes as much as fits in `room` bytes without splitting a character;
/// returns (bytes, code units consumed).
pub fn encode_bounded(units: Units<'_>, enc: Encoding, room: usize) -> (Vec<u8>, usize) {
    match enc {
        Encoding::Utf8 => {
            let mut out = Vec::with_capacity(room.min(units.len() * 3));
            let consumed = encode_utf8_into(units, room, &mut out);
            (out, consumed)
        }
        Encoding::Ascii | Encoding::Binary => {
            let mut bytes = units.low_bytes();
            bytes.truncate(room);
            let n = bytes.len();
            (bytes, n)
        }
        Encoding::Ucs2 => {
            let mut bytes = encode(units, enc);
            bytes.truncate(room - room % 2);
            let n = bytes.len() / 2;
            (bytes, n)
        }
        Encoding::Base64 | Encoding::Hex => {
            let mut bytes = encode(units, enc);
            bytes.truncate(room);
            (bytes, units.len())
        }
    }
}

/// UTF-8 encodes whole characters while they fit in `room`; returns the
/// number of code units consumed.
fn encode_utf8_into(units: Units<'_>, room: usize, out: &mut Vec<u8>) -> usize {
    let mut buf = [0u8; 4];
    match units {
        Units::Latin1(bytes) => {
            for (i, &b) in bytes.iter().enumerate() {
                let s = char::from(b).encode_utf8(&mut buf);
                if out.len() + s.len() > room {
                    return i;
                }
                out.extend_from_slice(s.as_bytes());
            }
            bytes.len()
        }
        Units::Utf16(u) => {
            let mut consumed = 0;
            for c in char::decode_utf16(u.iter().copied()) {
                let (ch, width) = match c {
                    Ok(ch) => (ch, ch.len_utf16()),
                    Err(_) => ('\u{FFFD}', 1),
                };
                let s = ch.encode_utf8(&mut buf);
                if out.len() + s.len() > room {
                    return consumed;
                }
                out.extend_from_slice(s.as_bytes());
                consumed += width;
            }
            consumed
        }
    }
}

/// `Buffer.byteLength`: the encoded size, without building the bytes for
/// the common encodings.
pub fn byte_length(units: Units<'_>, enc: Encoding) -> usize {
    match (enc, units) {
        (Encoding::Utf8, Units::Latin1(b)) => b.iter().map(|&c| if c < 0x80 { 1 } else { 2 }).sum(),
        (Encoding::Utf8, Units::Utf16(u)) => char::decode_utf16(u.iter().copied())
            .map(|c| c.map_or(3, char::len_utf8))
            .sum(),
        (Encoding::Ascii | Encoding::Binary, _) => units.len(),
        (Encoding::Ucs2, _) => units.len() * 2,
        _ => encode(units, enc).len(),
    }
}

/// What `toString` returns, as a Rust string or Latin-1 bytes (which the
/// engine stores as-is).
pub enum Decoded {
    Text(String),
    Latin1(Vec<u8>),
    Utf16(Vec<u16>),
}

pub fn decode(bytes: &[u8], enc: Encoding) -> Decoded {
    match enc {
        Encoding::Utf8 => Decoded::Text(String::from_utf8_lossy(bytes).into_owned()),
        Encoding::Ascii => Decoded::Latin1(bytes.iter().map(|b| b & 0x7f).collect()),
        Encoding::Binary => Decoded::Latin1(bytes.to_vec()),
        Encoding::Ucs2 => Decoded::Utf16(
            bytes
                .chunks_exact(2)
                .map(|p| u16::from_le_bytes([p[0], p[1]]))
                .collect(),
        ),
        Encoding::Base64 => Decoded::Latin1(STANDARD.encode(bytes).into_bytes()),
        Encoding::Hex => Decoded::Latin1(hex::encode(bytes).into_bytes()),
    }
}

const LENIENT: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

fn decode_base64(text: &[u8]) -> Vec<u8> {
    let mut clean: Vec<u8> = text
        .iter()
        .take_while(|&&c| c != b'=')
        .filter_map(|&c| match c {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/' => Some(c),
            b'-' => Some(b'+'),
            b'_' => Some(b'/'),
            _ => None,
        })
        .collect();
    // A single leftover character carries no whole byte.
    if clean.len() % 4 == 1 {
        clean.pop();
    }
    LENIENT.decode(&clean).unwrap_or_default()
}

fn decode_hex(text: &[u8]) -> Vec<u8> {
    let valid = text
        .chunks_exact(2)
        .take_while(|pair| pair.iter().all(u8::is_ascii_hexdigit))
        .count();
    hex::decode(&text[..valid * 2]).unwrap_or_default()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn latin1(s: &str) -> Units<'_> {
        Units::Latin1(s.as_bytes())
    }

    #[test]
    fn utf8_never_splits_a_character() {
        let euro: Vec<u16> = "a€".encode_utf16().collect();
        let (bytes, n) = encode_bounded(Units::Utf16(&euro), Encoding::Utf8, 3);
        assert_eq!((bytes, n), (b"a".to_vec(), 1));
        let (bytes, n) = encode_bounded(Units::Utf16(&euro), Encoding::Utf8, 4);
        assert_eq!((bytes.len(), n), (4, 2));
    }

    #[test]
    fn lone_surrogates_encode_as_replacement() {
        let units = [0xD800u16, 0x41];
        assert_eq!(
            encode(Units::Utf16(&units), Encoding::Utf8),
            vec![0xEF, 0xBF, 0xBD, 0x41]
        );
        assert_eq!(byte_length(Units::Utf16(&units), Encoding::Utf8), 4);
    }

    #[test]
    fn base64_is_lenient() {
        assert_eq!(encode(latin1("aGVs bG8=\n"), Encoding::Base64), b"hello");
        assert_eq!(encode(latin1("aGVsbG8"), Encoding::Base64), b"hello");
        assert_eq!(encode(latin1("_-8"), Encoding::Base64), vec![0xff, 0xef]);
    }

    #[test]
    fn hex_stops_at_the_first_bad_pair() {
        assert_eq!(encode(latin1("0a1Bzz33"), Encoding::Hex), vec![0x0a, 0x1b]);
        assert_eq!(encode(latin1("abc"), Encoding::Hex), vec![0xab]);
    }

    #[test]
    fn names_are_case_insensitive() {
        assert_eq!(Encoding::parse("UTF-8"), Some(Encoding::Utf8));
        assert_eq!(Encoding::parse("latin1"), Some(Encoding::Binary));
        assert_eq!(Encoding::parse("nope"), None);
    }
}
