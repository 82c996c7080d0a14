//! Data-driven tests: `data/parse.tsv` (one expression → its meaning or its error) and
//! `data/scan.tsv` (a text → the quantities a reader finds in it).

use std::fmt::Write as _;

use gwr_quantity::{Dimension, Quantity, parse, scan};

/// The fields of a quantity a parse row checks, tab-separated as in the file.
fn describe(q: &Quantity) -> String {
    let mut out = format!("{}\t", q.dimension);
    match (q.base_low, q.base_high) {
        (Some(low), Some(high)) => write!(out, "{low}..{high}"),
        _ => write!(out, "{}", q.base_value),
    }
    .expect("writing to a String");
    write!(out, "\t{}\t{}\t{}", q.base_unit, q.qualifier, q.value).expect("writing to a String");
    if let Some(high) = q.high {
        write!(out, "..{high}").expect("writing to a String");
    }
    write!(out, "\t{}", q.unit).expect("writing to a String");
    out
}

/// Rows of a table file: non-empty lines not starting with '#', with their line numbers.
fn rows(file: &str) -> Vec<(usize, String)> {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|(i, line)| (i + 1, line.to_owned()))
        .collect()
}

/// Checks every row of a table file (`input<TAB>expected`) against `run(input)`.
fn check_table(file: &str, min_rows: usize, run: impl Fn(&str) -> String) {
    let rows = rows(file);
    let mut failures = Vec::new();
    for (line, row) in &rows {
        let (input, expected) = row.split_once('\t').unwrap_or((row, ""));
        let got = run(input);
        if got != expected {
            failures.push(format!(
                "{file}:{line}: {input}\n  expected {expected}\n  got      {got}"
            ));
        }
    }
    assert!(rows.len() > min_rows, "{file} lost rows");
    assert!(
        failures.is_empty(),
        "{} of {} rows fail:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn parse_table() {
    // Every quantity must also read back from its canonical form to the same meaning.
    check_table("parse.tsv", 100, |input| match parse(input) {
        Ok(q) => {
            let meaning = describe(&q);
            match parse(&q.to_string()) {
                Ok(again) if describe(&again) == meaning => meaning,
                Ok(again) => format!("{meaning}, but {q} reads back as {}", describe(&again)),
                Err(e) => format!("{meaning}, but {q} does not read back: {e}"),
            }
        }
        Err(e) => format!("error\t{:?}", e.kind),
    });
}

#[test]
fn scan_table() {
    check_table("scan.tsv", 50, |input| {
        let found: Vec<String> = scan(input).map(|q| q.text.into()).collect();
        found.join(" | ")
    });
}

/// 三分之一 is exactly 1/3, which no decimal is: the quantity keeps the numerator in `value`
/// and the denominator in `denominator`, never their rounded quotient (issue 12: it was value
/// 1 with only the unit "1/3" to say what that 1 meant).
#[test]
fn a_fraction_is_its_numerator_over_its_denominator_never_divided() {
    for (text, numerator, denominator) in [
        ("三分之一", "1", "3"),
        ("三分之二", "2", "3"),
        ("十分之一", "1", "10"),
        ("−6分之1", "-1", "6"),
    ] {
        let q = parse(text).expect(text);
        assert_eq!(
            (
                q.dimension,
                q.value.to_string(),
                q.denominator.map(|d| d.to_string()),
                q.base_unit.as_ref(),
            ),
            (
                Dimension::Fraction,
                numerator.to_owned(),
                Some(denominator.to_owned()),
                format!("1/{denominator}").as_str(),
            ),
            "{text}"
        );
        assert_eq!(
            q.base_value, q.value,
            "{text}: the value counts units of 1/N"
        );
        let again = parse(&q.to_string()).expect("the canonical form reads back");
        assert_eq!(again.denominator, q.denominator, "{text}");
    }
    for text in ["百分之五", "5.8亿元", "1.5倍", "3家"] {
        assert_eq!(parse(text).expect(text).denominator, None, "{text}");
    }
}
