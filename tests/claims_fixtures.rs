//! Claims on reports of our own writing, one fixture per reading rule: every
//! `tests/data/claims/NAME.txt` gives exactly the claims listed in `NAME.tsv`, one per line:
//! line, role, year, indicator, measure, value, constraint, doubt, partial-year period (`-`
//! for none), the indicator as written. A fixture
//! whose name ends in `_YYYY` is read as delivered in YYYY when its text states no year.
//!
//! After a deliberate change, `GWR_BLESS=1 cargo test --test claims_fixtures` rewrites the
//! `.tsv` files; review their diff line by line before committing.

use std::path::{Path, PathBuf};

fn or_dash(v: Option<impl ToString>) -> String {
    v.map_or("-".to_owned(), |v| v.to_string())
}

fn rows(path: &Path, text: &str) -> String {
    let year = path
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.rsplit_once('_'))
        .and_then(|(_, y)| y.parse::<u16>().ok());
    let doc = gwr::grammar::parse(text);
    let claims =
        gwr::compare::Extractor::new(gwr::compare::Lexicon::builtin()).claims_with_year(&doc, year);
    let mut out = String::new();
    for c in &claims {
        let line = gwr::compare::evaluate::line_of(text, c.span.start);
        let fields = [
            line.to_string(),
            c.role.to_string(),
            or_dash(c.year),
            or_dash(c.indicator.as_deref()).replace('-', "?"),
            c.measure.to_string(),
            or_dash(c.value.map(|v| v.normalize())),
            c.constraint.to_string(),
            or_dash(c.doubt.map(|d| d.as_str())),
            or_dash(c.period.as_deref()),
        ];
        out.push_str(&fields.join("\t"));
        out.push('\t');
        out.push_str(&c.indicator_text);
        out.push('\n');
    }
    out
}

#[test]
fn fixtures_give_their_claims() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/claims");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/data/claims is readable")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no fixtures in {}", dir.display());
    let bless = std::env::var_os("GWR_BLESS").is_some();
    let mut failures = Vec::new();
    for input in inputs {
        let text = std::fs::read_to_string(&input).expect("a UTF-8 fixture");
        let got = rows(&input, &text);
        let expected_path = input.with_extension("tsv");
        if bless {
            std::fs::write(&expected_path, &got).expect("the expected file is writable");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            failures.push(format!(
                "{}:\n--- expected\n{expected}+++ got\n{got}",
                input.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `--explain`: each claim names the words that made its role, year, indicator and
/// constraint.
#[test]
fn explanations_name_the_deciding_words() {
    let text = "各位代表：\n一、2023年工作回顾\n全年地区生产总值增长5.2%，跨越600亿元大关。\n二、2024年工作安排\n今年主要预期目标是：地区生产总值增长5%左右。\n";
    let doc = gwr::grammar::parse(text);
    let claims = gwr::compare::Extractor::new(gwr::compare::Lexicon::builtin())
        .explain(true)
        .claims(&doc);
    let why: Vec<_> = claims
        .iter()
        .map(|c| *c.explanation.clone().expect("asked for"))
        .collect();
    assert_eq!(why.len(), 3);
    assert_eq!(why[0].role, "actual: in the review section 2023年工作回顾");
    assert_eq!(why[0].year, "2023: the year of the section 2023年工作回顾");
    assert_eq!(
        why[0].indicator,
        "地区生产总值 (lexicon id gdp): the name before the figure in its clause"
    );
    assert_eq!(
        why[1].constraint,
        "at_least: a threshold passed (跨越600亿元大关)"
    );
    assert_eq!(why[2].role, "target: after 预期目标是");
    assert_eq!(why[2].constraint, "approx: the figure as written, 5%左右");
    // Without asking, no explanation is kept.
    let plain = gwr::compare::claims(&doc);
    assert!(plain.iter().all(|c| c.explanation.is_none()));
}

/// A long lead of names the lexicon cannot use ("地区生产总值经济增长经济增长…增长6%…")
/// gives an unknown indicator whose name is short: every claim keeps a copy of it, so a
/// long one made output and memory grow with the square of the input.
#[test]
fn unknown_names_stay_short() {
    let n = 2_000;
    let text = format!(
        "各位代表：\n二、2024年工作安排\n主要预期目标是：地区生产总值{}{}\n",
        "经济增长".repeat(n),
        "增长6%".repeat(n)
    );
    let claims = gwr::compare::claims(&gwr::grammar::parse(&text));
    assert_eq!(claims.len(), n);
    assert!(
        claims
            .iter()
            .all(|c| c.indicator_text.chars().count() <= 24)
    );
}
