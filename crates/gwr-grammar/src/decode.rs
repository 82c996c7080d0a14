//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.

use std::borrow::Cow;

use encoding_rs::{DecoderResult, Encoding, GB18030, UTF_16BE, UTF_16LE};

/// Why bytes could not be read as a report's text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct DecodeError {
    /// What kind of problem.
    pub kind: DecodeErrorKind,
    /// The bytes at fault, as offsets into the input bytes.
    pub span: std::ops::Range<usize>,
    message: String,
}

/// The kinds of [`DecodeError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DecodeErrorKind {
    /// A control byte such as NUL: the input is binary, not text.
    Binary,
    /// Neither valid UTF-8 nor valid GB18030.
    UnknownEncoding,
    /// Neither valid UTF-8 nor valid GB18030, but UTF-8 (with non-ASCII characters) further
    /// into the input: UTF-8 text with a byte that breaks it.
    InvalidUtf8,
    /// Starts with a UTF-16 byte-order mark but is not valid UTF-16.
    InvalidUtf16,
}

impl DecodeError {
    fn new(kind: DecodeErrorKind, span: std::ops::Range<usize>, message: String) -> Self {
        DecodeError {
            kind,
            span,
            message,
        }
    }
}

/// Decodes a report file's bytes to text.
///
/// Accepts UTF-8 with or without a byte-order mark (borrowed, no copy), UTF-16 with a
/// byte-order mark, and GB18030 (a superset of GBK and GB2312), the encodings Chinese
/// government sites and office software write. A leading BOM is dropped, so spans of the
/// parsed document count from the first character. Binary data and text in no known
/// encoding are rejected with the byte offset at fault. Without a UTF-16 BOM the encoding is
/// decided on the whole input: UTF-8 if all of it is valid UTF-8 (the rare GBK text whose
/// every byte is also valid UTF-8, such as 梅 alone, reads as UTF-8), else GB18030.
///
/// ```
/// use gwr_grammar::decode;
/// assert_eq!(decode("各位代表：".as_bytes()).unwrap(), "各位代表：");
/// // "镇长" in GB18030
/// assert_eq!(decode(&[0xD5, 0xF2, 0xB3, 0xA4]).unwrap(), "镇长");
/// let err = decode(b"PK\x03\x04\x00\x00").unwrap_err();
/// assert_eq!(err.span, 2..3);
/// ```
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if encoding == UTF_16LE || encoding == UTF_16BE {
            let text = decode_strict(encoding, body).map_err(|at| {
                let at = at + bom_len;
                DecodeError::new(
                    DecodeErrorKind::InvalidUtf16,
                    at..(at + 2).min(bytes.len()),
                    format!(
                        "starts with a UTF-16 byte-order mark but byte offset {at} is not valid UTF-16"
                    ),
                )
            })?;
            reject_binary(&text, |prefix| bom_len + 2 * prefix.encode_utf16().count())?;
            return Ok(Cow::Owned(text));
        }
        // UTF-8 BOM: UTF-8 after it, or GB18030 from the first byte (锘 is EF BB in GBK).
        return decode_unmarked(bytes, bom_len);
    }
    decode_unmarked(bytes, 0)
}

/// UTF-8, else GB18030, decided on the whole input: a GBK text may open with characters
/// whose bytes are also valid UTF-8 (梅 is C3 B7 in GBK), so no prefix proves anything. The
/// two readings rarely both hold: UTF-8 Chinese as GB18030 breaks at the first line whose
/// run of Chinese bytes has odd length, GBK as UTF-8 within a few characters. The UTF-8
/// reading skips a BOM of `bom_len` bytes; the GB18030 one reads every byte.
fn decode_unmarked(bytes: &[u8], bom_len: usize) -> Result<Cow<'_, str>, DecodeError> {
    // In UTF-8 and in GB18030 a byte below 0x20 or 0x7F is always a character of its own
    // (no multi-byte sequence holds one), so the raw bytes show a control character where
    // it is, whichever the encoding.
    reject_binary_bytes(bytes)?;
    let body = &bytes[bom_len..];
    let utf8 = match simdutf8::compat::from_utf8(body) {
        Ok(text) => return Ok(Cow::Borrowed(text)),
        Err(utf8) => utf8,
    };
    let bad_gb = match decode_strict(GB18030, bytes) {
        Ok(text) => return Ok(Cow::Owned(text)),
        Err(bad_gb) => bad_gb,
    };
    // Neither: blame the encoding the text follows further, the one it is most likely in.
    let bad_utf8 = bom_len + utf8.valid_up_to();
    let at = bad_utf8.max(bad_gb);
    let byte = bytes[at];
    Err(if bad_utf8 > bad_gb && !bytes[..bad_utf8].is_ascii() {
        DecodeError::new(
            DecodeErrorKind::InvalidUtf8,
            at..at + 1,
            format!(
                "invalid UTF-8: byte 0x{byte:02X} at byte offset {at} breaks text that is UTF-8 before it (and the text is not GB18030 either: offset {bad_gb})"
            ),
        )
    } else {
        let (encoding, other, other_at) = if bad_gb > bad_utf8 {
            ("GB18030", "UTF-8", bad_utf8)
        } else {
            ("UTF-8", "GB18030", bad_gb)
        };
        DecodeError::new(
            DecodeErrorKind::UnknownEncoding,
            at..at + 1,
            format!(
                "not text in a known encoding: byte 0x{byte:02X} at byte offset {at} is invalid {encoding} (and the text is not {other} either: offset {other_at})"
            ),
        )
    })
}

/// Decodes without replacement characters; on failure, the byte offset of the bad sequence.
fn decode_strict(encoding: &'static Encoding, bytes: &[u8]) -> Result<String, usize> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len() * 3);
    let mut out = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        DecoderResult::InputEmpty => Ok(out),
        // `read` counts the malformed bytes and `consumed_after` bytes past them.
        DecoderResult::Malformed(malformed, consumed_after) => {
            Err(read.saturating_sub(malformed as usize + consumed_after as usize))
        }
        // The buffer was sized for the worst case, so this cannot happen; report the
        // position honestly rather than panic if it ever does.
        DecoderResult::OutputFull => Err(read),
    }
}

/// `byte_offset` maps the decoded text before the bad char back to an input byte offset.
fn reject_binary(text: &str, byte_offset: impl Fn(&str) -> usize) -> Result<(), DecodeError> {
    // Control chars are ASCII, and in UTF-8 an ASCII byte is always a whole char: a plain
    // byte scan finds them, far faster than decoding chars.
    match first_binary_byte(text.as_bytes()) {
        Some(at) => Err(binary_error(
            byte_offset(&text[..at]),
            u32::from(text.as_bytes()[at]),
        )),
        None => Ok(()),
    }
}

/// A C0 control byte other than tab, line feed, form feed and carriage return, or DEL:
/// binary data, not text. (Control chars are ASCII, so a byte test finds them in UTF-8.)
fn is_binary_byte(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0C | b'\r')) || b == 0x7F
}

fn reject_binary_bytes(bytes: &[u8]) -> Result<(), DecodeError> {
    match first_binary_byte(bytes) {
        Some(at) => Err(binary_error(at, u32::from(bytes[at]))),
        None => Ok(()),
    }
}

/// Where the first [`is_binary_byte`] is. Blocks of bytes are tested without a branch per
/// byte (a test the compiler turns into vector instructions), and only a block that holds
/// one is searched: a whole file is read at several GB/s instead of a few hundred MB/s.
fn first_binary_byte(bytes: &[u8]) -> Option<usize> {
    const BLOCK: usize = 64;
    bytes.chunks(BLOCK).enumerate().find_map(|(k, block)| {
        block
            .iter()
            .fold(false, |any, &b| any | is_binary_byte(b))
            .then(|| block.iter().position(|&b| is_binary_byte(b)))
            .flatten()
            .map(|at| k * BLOCK + at)
    })
}

fn binary_error(at: usize, code: u32) -> DecodeError {
    DecodeError::new(
        DecodeErrorKind::Binary,
        at..at + 1,
        format!("binary data, not text: control byte 0x{code:02X} at byte offset {at}"),
    )
}
