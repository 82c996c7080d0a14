//! Fuzzes `gwr_grammar::decode`: no panic on any bytes, an error's span is a non-empty range
//! of the input; and the round trip: any text encoded as UTF-8, UTF-16 (with a BOM), GBK or
//! GB18030 decodes back to itself. The exceptions are those no reader can tell apart: text
//! with control characters (binary), GBK/GB18030 bytes that are valid UTF-8 as a whole,
//! maybe after a UTF-8 BOM (then UTF-8 wins), and the private-use characters that GB18030
//! encodes like standard ones (U+E78D is A6 D9, which reads as U+FE10): those texts decode to
//! what the encoding reads their bytes as.
#![no_main]

use encoding_rs::{Encoding, GB18030, GBK};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = gwr_grammar::decode(data) {
        assert!(
            e.span.start < e.span.end && e.span.end <= data.len(),
            "error span {:?} of {} bytes: {e}",
            e.span,
            data.len()
        );
        // A binary error points at the control byte itself.
        if e.kind == gwr_grammar::DecodeErrorKind::Binary {
            assert!(is_control(data[e.span.start]), "{e} points at no control byte");
        }
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if text.bytes().any(is_control) {
        return;
    }
    // UTF-8: a BOM is dropped, so a text starting with U+FEFF loses it.
    let want = text.strip_prefix('\u{feff}').unwrap_or(text);
    assert_eq!(gwr_grammar::decode(data).as_deref(), Ok(want), "UTF-8");
    for big_endian in [false, true] {
        let bytes: Vec<u8> = std::iter::once(0xFEFF)
            .chain(text.encode_utf16())
            .flat_map(|u| {
                if big_endian {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect();
        assert_eq!(gwr_grammar::decode(&bytes).as_deref(), Ok(text), "UTF-16");
    }
    for encoding in [GBK, GB18030] {
        round_trip(encoding, text);
    }
});

/// A byte that makes a text binary for decode: C0 controls but tab, line and form feed and
/// carriage return, and DEL.
fn is_control(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0C | b'\r')) || b == 0x7F
}

fn round_trip(encoding: &'static Encoding, text: &str) {
    let (bytes, _, unmappable) = encoding.encode(text);
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    if unmappable || std::str::from_utf8(body).is_ok() {
        return;
    }
    let (read, _) = encoding.decode_without_bom_handling(&bytes);
    let private_use = text.chars().any(|c| ('\u{E000}'..='\u{F8FF}').contains(&c));
    assert!(private_use || read == text, "{} reads back as {read:?}", encoding.name());
    assert_eq!(
        gwr_grammar::decode(&bytes).as_deref(),
        Ok(&*read),
        "{} bytes {bytes:02X?}",
        encoding.name()
    );
}
