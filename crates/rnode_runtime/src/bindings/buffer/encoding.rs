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
            let mut out = vec![0u8; units.len() * 3];
            let (written, _) = write_into(units, enc, &mut out);
            out.truncate(written);
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

/// Encodes as much as fits in `dst` without splitting a character;
/// returns (bytes written, code units consumed).
pub fn write_into(units: Units<'_>, enc: Encoding, dst: &mut [u8]) -> (usize, usize) {
    use encoding_rs::mem;
    match (enc, units) {
        (Encoding::Utf8, Units::Latin1(b)) => {
            let (read, written) = mem::convert_latin1_to_utf8_partial(b, dst);
            (written, read)
        }
        (Encoding::Utf8, Units::Utf16(u)) => {
            let (read, written) = mem::convert_utf16_to_utf8_partial(u, dst);
            (written, read)
        }
        (Encoding::Ascii | Encoding::Binary, Units::Latin1(b)) => {
            let n = b.len().min(dst.len());
            dst[..n].copy_from_slice(&b[..n]);
            (n, n)
        }
        (Encoding::Ascii | Encoding::Binary, Units::Utf16(u)) => {
            let n = u.len().min(dst.len());
            for (d, &c) in dst.iter_mut().zip(u) {
                *d = c as u8;
            }
            (n, n)
        }
        (Encoding::Ucs2, _) => {
            let n = units.len().min(dst.len() / 2);
            for (i, pair) in dst.chunks_exact_mut(2).take(n).enumerate() {
                let c = match units {
                    Units::Latin1(b) => u16::from(b[i]),
                    Units::Utf16(u) => u[i],
                };
                pair.copy_from_slice(&c.to_le_bytes());
            }
            (n * 2, n)
        }
        (Encoding::Base64 | Encoding::Hex, _) => {
            let bytes = encode(units, enc);
            let n = bytes.len().min(dst.len());
            dst[..n].copy_from_slice(&bytes[..n]);
            (n, units.len())
        }
    }
}

/// `Buffer.byteLength`: the encoded size, without building the bytes for
/// the common encodings.
pub fn byte_length(units: Units<'_>, enc: Encoding) -> usize {
    match (enc, units) {
        (Encoding::Utf8, Units::Latin1(b)) => b.len() + b.iter().filter(|&&c| c >= 0x80).count(),
        (Encoding::Utf8, Units::Utf16(u)) => utf8_length(u),
        (Encoding::Ascii | Encoding::Binary, _) => units.len(),
        (Encoding::Ucs2, _) => units.len() * 2,
        _ => encode(units, enc).len(),
    }
}

/// UTF-8 length of UTF-16 text: a branch-free pass (1, 2 or 3 bytes per
/// unit), then a fix-up only when surrogates are present (a valid pair is 4
/// bytes, not 3 + 3; a lone one is U+FFFD, 3 bytes).
fn utf8_length(units: &[u16]) -> usize {
    let base: usize = units
        .iter()
        .map(|&c| 1 + usize::from(c >= 0x80) + usize::from(c >= 0x800))
        .sum();
    if !units.iter().any(|&c| (0xD800..0xE000).contains(&c)) {
        return base;
    }
    let pairs = char::decode_utf16(units.iter().copied())
        .filter(|c| c.as_ref().is_ok_and(|ch| ch.len_utf16() == 2))
        .count();
    base - pairs * 2
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
        let mut dst = [0u8; 3];
        assert_eq!(
            write_into(Units::Utf16(&euro), Encoding::Utf8, &mut dst),
            (1, 1)
        );
        let mut dst = [0u8; 4];
        assert_eq!(
            write_into(Units::Utf16(&euro), Encoding::Utf8, &mut dst),
            (4, 2)
        );
        let emoji: Vec<u16> = "😀é".encode_utf16().collect();
        assert_eq!(byte_length(Units::Utf16(&emoji), Encoding::Utf8), 6);
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
