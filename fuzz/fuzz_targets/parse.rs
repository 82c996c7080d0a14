//! Fuzzes `gwr_grammar::decode` and `gwr_grammar::parse` and checks the span invariants:
//! the segments tile the input, and every span of every node lies within the text on
//! char boundaries.
#![no_main]

use std::borrow::Cow;

use gwr_grammar::{Block, Document, Span};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // decode must never panic; on error, arbitrary UTF-8 should still reach the parser.
    let text: Cow<'_, str> = match gwr_grammar::decode(data) {
        Ok(text) => text,
        Err(_) => match std::str::from_utf8(data) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => return,
        },
    };
    let doc = gwr_grammar::parse(&text);
    check(&text, &doc);
});

fn check(text: &str, doc: &Document<'_>) {
    assert_eq!(
        doc.source(),
        text,
        "Document::source is not the parsed text"
    );

    // Segments tile the input: the first starts at 0, each starts where the previous one
    // ended, the last ends at the text's end, none is empty.
    let mut at = 0;
    for (i, seg) in doc.segments.iter().enumerate() {
        assert_eq!(
            seg.span.start, at,
            "segment {i} ({:?}) starts at {} but the previous one ended at {at}",
            seg.kind, seg.span.start
        );
        assert!(
            seg.span.start < seg.span.end,
            "segment {i} ({:?}) is empty or reversed: {:?}",
            seg.kind,
            seg.span
        );
        span(text, &seg.span, "segment");
        at = seg.span.end;
    }
    assert_eq!(
        at,
        text.len(),
        "segments end at {at}, not at the text's end ({})",
        text.len()
    );

    for report in &doc.reports {
        span(text, &report.span, "report");
        span(text, &report.header_span, "report header");
        for c in &report.chrome {
            span(text, c, "report chrome");
        }
        for section in &report.sections {
            span(text, &section.span, "section");
            if let Some(h) = &section.heading {
                span(text, &h.span, "section heading");
                blocks(text, &h.children);
            }
            blocks(text, &section.blocks);
        }
    }

    for d in &doc.diagnostics {
        span(text, &d.span, "diagnostic");
    }
}

fn blocks(text: &str, blocks_: &[Block]) {
    for block in blocks_ {
        match block {
            Block::Heading(h) => {
                span(text, &h.span, "heading");
                blocks(text, &h.children);
            }
            Block::Paragraph(p) => {
                span(text, &p.span, "paragraph");
                for s in &p.sentences {
                    span(text, &s.span, "sentence");
                }
                for item in &p.items {
                    span(text, &item.span, "list item");
                }
            }
        }
    }
}

/// Asserts that `s` is an ordered range within `text` whose ends are char boundaries.
fn span(text: &str, s: &Span, what: &str) {
    assert!(
        s.start <= s.end && s.end <= text.len(),
        "{what} span {s:?} is reversed or past the text's end ({})",
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} span {s:?} is not on char boundaries"
    );
}
