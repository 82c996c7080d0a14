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
            b"\xE9\x95\x87\n\xE9\x95\x87\xFF",
            DecodeErrorKind::InvalidUtf8,
            7,
            "invalid UTF-8: byte 0xFF at byte offset 7 breaks text that is UTF-8 before it (and the text is not GB18030 either: offset 2)",
        ),
        (
            // Once reported "byte offset 2" of 2 bytes: the offset of the control byte in
            // the text re-encoded (€ is A2 E3 in GB18030), not in the input.
            "GB18030 euro sign then NUL",
            b"\x80\x00",
            DecodeErrorKind::Binary,
            1,
            "binary data, not text: control byte 0x00 at byte offset 1",
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

/// GBK text whose first characters are also valid UTF-8 (梅 is C3 B7) was once rejected as
/// broken UTF-8: the encoding is decided on the whole input.
#[test]
fn gbk_opening_with_utf8_lookalikes() {
    for text in [
        "梅县区城关镇政府工作报告\n各位代表：\n",
        "梅花镇2023年实现地区生产总值12.6亿元。",
        // 锘开 is EF BB BF AA: a UTF-8 byte-order mark, then no UTF-8.
        "锘开头的GBK文本",
    ] {
        let (gbk, _, unmappable) = encoding_rs::GBK.encode(text);
        assert!(!unmappable, "{text}");
        assert!(
            std::str::from_utf8(&gbk).is_err(),
            "{text}: its GBK is UTF-8 too"
        );
        assert_eq!(decode(&gbk).as_deref(), Ok(text), "{text} in GBK");
    }
}

/// Every line of our fixtures, saved on its own as GBK, GB18030 or UTF-16 with a BOM, reads
/// back, except a GBK line whose bytes are all valid UTF-8 as well (then UTF-8 wins).
#[test]
fn fixture_lines_round_trip_in_every_encoding() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut lines = 0;
    for entry in std::fs::read_dir(dir).expect("the fixtures folder") {
        let path = entry.expect("a fixture").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("a fixture file");
        let text = decode(&bytes).expect("fixtures decode").into_owned();
        for line in text.lines().filter(|l| !l.is_ascii()) {
            lines += 1;
            for encoding in [encoding_rs::GBK, encoding_rs::GB18030] {
                let (encoded, _, unmappable) = encoding.encode(line);
                if unmappable || std::str::from_utf8(&encoded).is_ok() {
                    continue;
                }
                assert_eq!(
                    decode(&encoded).as_deref(),
                    Ok(line),
                    "{line} in {encoding:?}"
                );
            }
            for be in [false, true] {
                let units = line.encode_utf16();
                let encoded: Vec<u8> = std::iter::once(0xFEFF)
                    .chain(units)
                    .flat_map(|u| if be { u.to_be_bytes() } else { u.to_le_bytes() })
                    .collect();
                assert_eq!(decode(&encoded).as_deref(), Ok(line), "{line} in UTF-16");
            }
        }
    }
    assert!(lines > 100, "only {lines} lines in the fixtures");
}

/// Found by fuzzing (the decode target's round trip): GB18030 encodes some private-use
/// characters as the bytes of standard ones (U+E78D as A6 D9, which reads as U+FE10 ︐), so
/// such a text reads back as the standard character. That is the encoding, not decode: decode
/// gives what GB18030 reads the bytes as.
#[test]
fn private_use_characters_read_back_as_gb18030_reads_their_bytes() {
    let (bytes, _, unmappable) = encoding_rs::GBK.encode("推进茶旅\u{e78d}合");
    assert!(!unmappable);
    assert_eq!(bytes[8..10], [0xA6, 0xD9]);
    assert_eq!(decode(&bytes).as_deref(), Ok("推进茶旅\u{fe10}合"));
}

/// The control byte search reads blocks of 64 bytes: the first control byte is found at its
/// offset wherever it falls: in the first block, on a block's edge, far into the text.
#[test]
fn a_control_byte_is_found_at_its_offset_in_any_block() {
    for at in [0, 1, 63, 64, 65, 127, 128, 1000, 4095] {
        let mut bytes = b"ab".repeat(2100);
        bytes[at] = 0x01;
        // A later one does not hide it.
        bytes[4150] = 0x00;
        let e = decode(&bytes).expect_err("binary");
        assert_eq!(
            (e.kind, e.span),
            (DecodeErrorKind::Binary, at..at + 1),
            "{at}"
        );
    }
}
