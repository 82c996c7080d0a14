//! Fuzzes the panel's pairing of plan and review claims across reports, in memory: up to
//! six reports split at NUL bytes, each opening with one byte that gives what its path would
//! (place, jurisdiction, year or none of them). No panic; the coverage counts every report
//! added; and every row's spans lie, on char boundaries, in the report its source names,
//! with its sentence holding its text (but for a completion statement's made-up target).
#![no_main]

use std::sync::LazyLock;

use gwr_compare::{
    Extractor, Lexicon, Policy,
    panel::{Origin, Panel, report_claims},
};
use libfuzzer_sys::fuzz_target;

static KNOWN: LazyLock<Extractor> =
    LazyLock::new(|| Extractor::new(Lexicon::builtin()).known_only(true));

const PLACES: [Option<&str>; 3] = [None, Some("城关镇"), Some("松源镇")];
const PARENTS: [Option<&str>; 3] = [None, Some("梅县区"), Some("平远县")];
const YEARS: [Option<u16>; 4] = [None, Some(2023), Some(2024), Some(2025)];

/// What a path would say of a report, from one byte.
fn origin(b: u8) -> Origin {
    let b = usize::from(b);
    Origin {
        place: PLACES[b % 3].map(str::to_owned),
        parent: PARENTS[(b / 3) % 3].map(str::to_owned),
        level: None,
        year: YEARS[(b / 9) % 4],
    }
}

fuzz_target!(|data: &[u8]| {
    let texts: Vec<(Origin, &str)> = data
        .split(|&b| b == 0)
        .take(6)
        .filter_map(|chunk| {
            let (&first, text) = chunk.split_first()?;
            Some((origin(first), std::str::from_utf8(text).ok()?))
        })
        .collect();
    let mut panel = Panel::new();
    let mut added = 0;
    for (k, (origin, text)) in texts.iter().enumerate() {
        let doc = gwr_grammar::parse(text);
        for report in report_claims(&KNOWN, &doc, &k.to_string(), origin) {
            added += 1;
            panel.add(report);
        }
    }
    let coverage = panel.coverage();
    assert_eq!(coverage.reports, added);
    assert!(coverage.paired <= coverage.consecutive, "{coverage:?}");
    let text_of = |source: &Option<String>| -> &str {
        let k: usize = source
            .as_deref()
            .and_then(|s| s.parse().ok())
            .expect("a row's source is one of the reports added");
        texts[k].1
    };
    for row in panel.rows(&KNOWN, &Policy::default()) {
        assert!(row.year.is_some(), "{row:?}");
        // A completion statement ("目标完成率108%") is its own target: its target text is
        // made up ("100% of the target") and its target span is the statement's.
        let completion = row.target_span.is_some() && row.target_span == row.actual_span;
        let sides = [
            (
                &row.target_source,
                &row.target_span,
                row.target_text.as_ref().filter(|_| !completion),
                &row.target_sentence,
            ),
            (
                &row.actual_source,
                &row.actual_span,
                row.actual_text.as_ref(),
                &row.actual_sentence,
            ),
        ];
        for (source, span, figure, sentence) in sides {
            let Some(span) = span else { continue };
            let written = text_of(source).get(span.clone());
            assert!(written.is_some(), "a span off the report's text: {row:?}");
            if let (Some(figure), Some(sentence)) = (figure, sentence) {
                assert!(sentence.contains(figure.as_str()), "{row:?}");
            }
        }
    }
});
