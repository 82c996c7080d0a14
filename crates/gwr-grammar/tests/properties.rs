//! Properties that hold for every input, checked on generated text.

use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

use gwr_grammar::{Block, Document, parse};

/// Report-like text: heading markers, punctuation, digits, quotes, CJK, line breaks, and
/// the debris real files carry, in random order.
fn report_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "一、",
        "（一）",
        "(二)",
        "（4）",
        "3、",
        "1.",
        "１．",
        "①",
        "一是",
        "二是",
        "十一、",
        "2023年工作回顾",
        "2024年工作计划",
        "政府工作报告",
        "各位代表：",
        "目录",
        "汇编",
        "——2024年1月29日在山王镇第九届人民代表大会",
        "第四次会议上",
        "镇长  王 明",
        "[bookmark: _GoBack]",
        "联系客服",
        "。",
        "！",
        "？",
        "!",
        "?",
        "；",
        "，",
        "“",
        "”",
        "（",
        "）",
        "(",
        ")",
        "5.8亿元",
        "23.4%",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "\u{3000}",
        "发展",
        "主要预期目标是",
        "清醒认识到",
        "é",
        "\u{feff}",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn check_invariants(text: &str, doc: &Document<'_>) {
    // The top-level segments tile the input: no gap, no overlap.
    let mut pos = 0;
    for seg in &doc.segments {
        assert_eq!(seg.span.start, pos, "gap or overlap before {seg:?}");
        assert!(seg.span.end > seg.span.start, "empty segment {seg:?}");
        pos = seg.span.end;
    }
    assert_eq!(pos, text.len(), "segments do not reach the end");
    // Every span of every node lies on char boundaries, inside the input.
    let mut spans = Vec::new();
    for r in &doc.reports {
        // Chrome is kept in text order.
        assert!(
            r.chrome.is_sorted_by_key(|c| c.start),
            "chrome out of order: {:?}",
            r.chrome
        );
        spans.push(r.span.clone());
        spans.push(r.header_span.clone());
        spans.extend(r.chrome.iter().cloned());
        for s in &r.sections {
            spans.push(s.span.clone());
            if let Some(h) = &s.heading {
                spans.push(h.span.clone());
            }
            collect(&s.blocks, &mut spans);
        }
    }
    spans.extend(doc.diagnostics.iter().map(|d| d.span.clone()));
    for span in spans {
        assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "{span:?}"
        );
    }
}

fn collect(blocks: &[Block], spans: &mut Vec<std::ops::Range<usize>>) {
    for block in blocks {
        match block {
            Block::Heading(h) => {
                spans.push(h.span.clone());
                collect(&h.children, spans);
            }
            Block::Paragraph(p) => {
                spans.push(p.span.clone());
                spans.extend(p.sentences.iter().map(|s| s.span.clone()));
                spans.extend(p.items.iter().map(|i| i.span.clone()));
            }
        }
    }
}

/// The sentences of the only paragraph of a one-report body.
fn sentences_of(body: &str) -> Vec<String> {
    let text = format!("各位代表：\n{body}\n");
    let doc = parse(&text);
    doc.reports
        .iter()
        .flat_map(|r| r.paragraphs())
        .flat_map(|p| p.sentences.iter().map(|s| doc.text(&s.span).to_owned()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parse_never_panics_and_tiles_any_string(text in any::<String>()) {
        check_invariants(&text, &parse(&text));
    }

    #[test]
    fn parse_tiles_report_like_text(text in report_like()) {
        check_invariants(&text, &parse(&text));
    }

    /// On Chinese text without ；, quotes or brackets the splitter agrees with Unicode's
    /// sentence boundaries (UAX #29), up to the white space around sentences. (Half-width
    /// ! and ? are generated before CJK text: between two ASCII chars, as in "5!=3", we
    /// deliberately do not split.)
    #[test]
    fn sentences_agree_with_uax29(
        parts in prop::collection::vec(
            prop::sample::select(vec!["发展", "经济", "增长", "5", "3.5", "%", "，", "、", "。", "！", "？", "!好", "?经济", "。！", "好"]),
            1..40,
        )
    ) {
        let body: String = parts.concat();
        // A body that starts like a heading or greeting is not a plain paragraph.
        prop_assume!(!body.starts_with(|c: char| c.is_ascii_digit()));
        let ours = sentences_of(&body);
        let uax: Vec<String> = body
            .split_sentence_bounds()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        prop_assert_eq!(ours, uax, "body: {}", body);
    }
}
