//! The corpus test: `scan` over real reports against hand-checked lists of the quantities a
//! reader counts (`data/corpus.tsv`), with precision and recall floors.
//!
//! The corpus lives outside the repository: `$GWR_CORPUS/seeds`, or `../shared/corpus/seeds`
//! next to the repository root. Without it the test says so and passes.

use std::collections::BTreeMap;
use std::path::PathBuf;

use gwr_quantity::{Quantity, parse, scan};

/// Measured precision and recall, minus a small margin: a regression fails the test.
const PRECISION_FLOOR: f64 = 0.99;
const RECALL_FLOOR: f64 = 0.97;

fn corpus_dir() -> Option<PathBuf> {
    let root = std::env::var_os("GWR_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
        });
    let dir = root.join("seeds");
    dir.is_dir().then_some(dir)
}

/// Expected quantity texts by file, then by line.
fn expected() -> BTreeMap<String, BTreeMap<usize, Vec<String>>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/corpus.tsv");
    let table = std::fs::read_to_string(path).expect("tests/data/corpus.tsv is in the repository");
    let mut files: BTreeMap<String, BTreeMap<usize, Vec<String>>> = BTreeMap::new();
    for row in table
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let mut fields = row.split('\t');
        let (Some(file), Some(line), texts) = (fields.next(), fields.next(), fields.next()) else {
            panic!("corpus.tsv: malformed row {row:?}");
        };
        let line: usize = line.parse().expect("corpus.tsv: line numbers are integers");
        let texts = texts
            .unwrap_or("")
            .split(" | ")
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
        files
            .entry(file.to_owned())
            .or_default()
            .insert(line, texts);
    }
    files
}

/// True and false positives and negatives.
#[derive(Default, Clone, Copy)]
struct Tally {
    found_right: usize,
    found_wrong: usize,
    missed: usize,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.found_right += other.found_right;
        self.found_wrong += other.found_wrong;
        self.missed += other.missed;
    }
    fn precision(self) -> f64 {
        self.found_right as f64 / (self.found_right + self.found_wrong).max(1) as f64
    }
    fn recall(self) -> f64 {
        self.found_right as f64 / (self.found_right + self.missed).max(1) as f64
    }
}

/// Compares found and expected texts of one line as multisets; reports the differences.
fn compare(found: &[String], expected: &[String], diffs: &mut Vec<String>, at: &str) -> Tally {
    let mut unmatched: Vec<&String> = expected.iter().collect();
    let mut tally = Tally::default();
    for text in found {
        match unmatched.iter().position(|e| *e == text) {
            Some(i) => {
                unmatched.remove(i);
                tally.found_right += 1;
            }
            None => {
                tally.found_wrong += 1;
                diffs.push(format!("{at}: found {text:?}, not a quantity to a reader"));
            }
        }
    }
    for text in unmatched {
        tally.missed += 1;
        diffs.push(format!("{at}: missed {text:?}"));
    }
    tally
}

/// Whether two quantities mean the same (the as-written fields aside).
fn same_meaning(a: &Quantity, b: &Quantity) -> bool {
    (
        a.dimension,
        &a.base_unit,
        a.base_value,
        a.qualifier,
        a.base_low,
        a.base_high,
    ) == (
        b.dimension,
        &b.base_unit,
        b.base_value,
        b.qualifier,
        b.base_low,
        b.base_high,
    )
}

#[test]
fn scan_finds_what_a_reader_counts() {
    let Some(dir) = corpus_dir() else {
        eprintln!("corpus not found (set GWR_CORPUS or put it at ../shared/corpus): skipped");
        return;
    };
    let mut whole_report = Tally::default();
    let mut sample = Tally::default();
    let mut diffs = Vec::new();
    for (file, lines) in expected() {
        let text = std::fs::read_to_string(dir.join(&file)).expect("corpus file is readable UTF-8");
        let mut found: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        for q in scan(&text) {
            let line = text[..q.span.start].matches('\n').count() + 1;
            // What scan finds, parse reads the same way on its own.
            let alone = parse(&q.text).unwrap_or_else(|e| panic!("{file}:{line}: {e}"));
            assert!(
                same_meaning(&alone, &q),
                "{file}:{line}: {q:?} vs {alone:?}"
            );
            found.entry(line).or_default().push(q.text.into());
        }
        let mut tally = Tally::default();
        for (line, expected) in &lines {
            let got = found.get(line).map_or(&[][..], Vec::as_slice);
            tally.add(compare(
                got,
                expected,
                &mut diffs,
                &format!("{file}:{line}"),
            ));
        }
        eprintln!(
            "{file}: {} lines, precision {:.3}, recall {:.3}",
            lines.len(),
            tally.precision(),
            tally.recall()
        );
        if file.starts_with("000_") {
            whole_report.add(tally);
        } else {
            sample.add(tally);
        }
    }
    let mut all = whole_report;
    all.add(sample);
    for d in &diffs {
        eprintln!("  {d}");
    }
    for (name, t) in [
        ("whole report 000", whole_report),
        ("sample", sample),
        ("all", all),
    ] {
        eprintln!(
            "{name}: {} right, {} wrong, {} missed: precision {:.3}, recall {:.3}",
            t.found_right,
            t.found_wrong,
            t.missed,
            t.precision(),
            t.recall()
        );
    }
    assert!(
        all.precision() >= PRECISION_FLOOR,
        "precision fell below {PRECISION_FLOOR}"
    );
    assert!(
        all.recall() >= RECALL_FLOOR,
        "recall fell below {RECALL_FLOOR}"
    );
}
