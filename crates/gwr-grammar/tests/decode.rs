//! `decode` accepts the encodings users bring and rejects everything else with the byte
//! offset at fault. One row per case: input bytes, then the decoded text or the error.

use gwr_grammar::{DecodeErrorKind, decode};

#[test]
fn decode_table() {
    let utf16le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("镇长".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let utf16be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain("镇长".encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let ok: &[(&str, &[u8], &str)] = &[
        ("UTF-8", "各位代表：".as_bytes(), "各位代表："),
        ("UTF-8 with BOM", b"\xEF\xBB\xBF\xE9\x95\x87", "镇"),
        ("GB18030", &[0xD5, 0xF2, 0xB3, 0xA4], "镇长"),
        ("GBK full-width digits", &[0xA3, 0xB1, 0xA3, 0xB1], "１１"),
        ("UTF-16LE with BOM", &utf16le, "镇长"),
        ("UTF-16BE with BOM", &utf16be, "镇长"),
        ("CRLF kept as is", b"a\r\nb", "a\r\nb"),
        ("empty", b"", ""),
    ];
    for (name, bytes, want) in ok {
        assert_eq!(decode(bytes).as_deref(), Ok(*want), "{name}");
    }
    let err: &[(&str, &[u8], DecodeErrorKind, usize, &str)] = &[
        (
            "zip header",
            b"PK\x03\x04",
            DecodeErrorKind::Binary,
            2,
            "binary data, not text: control byte 0x03 at byte offset 2",
        ),
        (
            "NUL after text",
            "镇长\0".as_bytes(),
            DecodeErrorKind::Binary,
            6,
            "binary data, not text: control byte 0x00 at byte offset 6",
        ),
        (
            "bytes in no encoding",
            b"ok \xFF\xFF",
            DecodeErrorKind::UnknownEncoding,
            3,
            "not text in a known encoding: byte 0xFF at byte offset 3 is invalid UTF-8 (and the text is not GB18030 either: offset 3)",
        ),
        (
            "lone UTF-16 surrogate",
            &[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00],
            DecodeErrorKind::InvalidUtf16,
            2,
            "starts with a UTF-16 byte-order mark but byte offset 2 is not valid UTF-16",
        ),
        (
            "UTF-8 text with a broken byte",
            b"\xE9\x95\x87\xE9\x95",
            DecodeErrorKind::InvalidUtf8,
            3,
            "invalid UTF-8: byte 0xE9 at byte offset 3 breaks text that is UTF-8 before it",
        ),
        (
            "GB18030 text with a control byte",
            &[0xD5, 0xF2, 0x01],
            DecodeErrorKind::Binary,
            2,
            "binary data, not text: control byte 0x01 at byte offset 2",
        ),
        (
            "GB18030 text with a broken byte",
            &[0xD5, 0xF2, 0xB3, 0xA4, 0xFF],
            DecodeErrorKind::UnknownEncoding,
            4,
            "not text in a known encoding: byte 0xFF at byte offset 4 is invalid GB18030 (and the text is not UTF-8 either: offset 0)",
        ),
    ];
    for (name, bytes, kind, at, message) in err {
        let e = decode(bytes).expect_err(name);
        assert_eq!(
            (e.kind, e.span.start, e.to_string().as_str()),
            (*kind, *at, *message),
            "{name}"
        );
    }
}
