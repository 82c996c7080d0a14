//! Fuzzes claim extraction on any text: no panic; every claim's span lies in its sentence and
//! both on char boundaries of the text; and the known-only extraction (what `panel` uses)
//! gives exactly the claims of known indicators that the full extraction gives.
#![no_main]

use std::sync::LazyLock;

use gwr_compare::{Extractor, Lexicon};
use libfuzzer_sys::fuzz_target;

static FULL: LazyLock<Extractor> = LazyLock::new(|| Extractor::new(Lexicon::builtin()));
static KNOWN: LazyLock<Extractor> =
    LazyLock::new(|| Extractor::new(Lexicon::builtin()).known_only(true));

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let doc = gwr_grammar::parse(text);
    let full = FULL.claims(&doc);
    for c in &full {
        assert!(
            text.get(c.span.clone()).is_some() && text.get(c.sentence.clone()).is_some(),
            "a span off char boundaries or past the text: {c:?}"
        );
        assert!(
            c.sentence.start <= c.span.start && c.span.end <= c.sentence.end,
            "a claim outside its sentence: {c:?}"
        );
    }
    let known: Vec<_> = full.into_iter().filter(|c| c.indicator.is_some()).collect();
    assert_eq!(KNOWN.claims(&doc), known, "known-only differs from full");
});
