//! Data-driven outline tests: every input file has a reviewed expected outline.
//!
//! - `fixtures/NAME.txt` (our own writing) → `fixtures/NAME.outline`;
//! - each corpus report `../shared/corpus/seeds/NAME.txt` (or `$GWR_CORPUS/seeds`) →
//!   `snapshots/NAME.outline`.
//!
//! Run with `GWR_BLESS=1` to write the outlines the code produces now; then read every
//! changed line against the input before committing it.

// A test that cannot read its data or write a String should stop right there.
#![allow(clippy::unwrap_used)]

use std::{
    fmt::Write,
    path::{Path, PathBuf},
};

use gwr_grammar::{Block, Document, decode, parse};

/// A compact, reviewable rendering of everything the grammar decides: reports, header
/// fields, sections, every heading with its depth, and paragraph roles and counts.
/// Titles are cut to a few chars: enough to check against the text, not a copy of it.
fn render(doc: &Document<'_>) -> String {
    const TITLE_CHARS: usize = 12;
    // Line breaks inside a hard-wrapped paragraph are shown as ⏎ to keep one line per node.
    let cut = |s: &str| -> String {
        s.chars()
            .take(TITLE_CHARS)
            .map(|c| if c == '\n' || c == '\r' { '⏎' } else { c })
            .collect()
    };
    let mut out = String::new();
    for seg in &doc.segments {
        writeln!(out, "segment {:?} {:?}", seg.kind, seg.span).unwrap();
    }
    for (n, r) in doc.reports.iter().enumerate() {
        writeln!(
            out,
            "report {} {:?} truncated={}",
            n + 1,
            r.span,
            r.truncated
        )
        .unwrap();
        let fields = [
            ("title", r.title.clone()),
            ("place", r.place.clone()),
            ("jurisdiction", r.jurisdiction.clone()),
            ("date", r.date.map(|d| d.to_string())),
            ("meeting", r.meeting.clone()),
            ("speaker", r.speaker.clone()),
            ("speaker_title", r.speaker_title.clone()),
            ("greeting", r.greeting.clone()),
        ];
        for (name, value) in fields {
            writeln!(out, "  {name}: {}", value.as_deref().unwrap_or("-")).unwrap();
        }
        writeln!(out, "  header {:?}", r.header_span).unwrap();
        writeln!(out, "  chrome {:?}", r.chrome).unwrap();
        for s in &r.sections {
            let title = s.heading.as_ref().map_or(String::from("-"), |h| {
                format!("{}{}", h.marker.as_deref().unwrap_or(""), cut(&h.title))
            });
            let year = s.year.map_or("-".into(), |y| y.to_string());
            writeln!(out, "  section {:?} {year} {:?} {title}", s.kind, s.span).unwrap();
            render_blocks(&mut out, doc, &s.blocks, &cut);
        }
    }
    for d in &doc.diagnostics {
        writeln!(out, "diagnostic {:?} {:?}", d.kind, d.span).unwrap();
    }
    out
}

fn render_blocks(
    out: &mut String,
    doc: &Document<'_>,
    blocks: &[Block],
    cut: &dyn Fn(&str) -> String,
) {
    for block in blocks {
        match block {
            Block::Heading(h) => {
                let indent = "  ".repeat(usize::from(h.depth) + 1);
                writeln!(
                    out,
                    "{indent}h{} {} #{} {:?} {}",
                    h.depth,
                    h.marker.as_deref().unwrap_or("-"),
                    h.ordinal.unwrap_or(0),
                    h.span,
                    cut(&h.title)
                )
                .unwrap();
                render_blocks(out, doc, &h.children, cut);
            }
            Block::Paragraph(p) => {
                let role = p.role.map_or(String::new(), |r| format!(" {r:?}"));
                let items: Vec<u32> = p.items.iter().map(|i| i.ordinal).collect();
                writeln!(
                    out,
                    "      p {:?} sentences={} items={items:?}{role} {}",
                    p.span,
                    p.sentences.len(),
                    cut(doc.text(&p.span))
                )
                .unwrap();
            }
        }
    }
}

fn check(input: &Path, expected: &Path, failures: &mut Vec<String>) {
    let bytes = std::fs::read(input).unwrap();
    let text = decode(&bytes).unwrap_or_else(|e| panic!("{}: {e}", input.display()));
    let actual = render(&parse(&text));
    if std::env::var_os("GWR_BLESS").is_some() {
        std::fs::write(expected, &actual).unwrap();
        return;
    }
    let want = std::fs::read_to_string(expected).unwrap_or_else(|_| {
        panic!(
            "no expected outline {}; run with GWR_BLESS=1 and review it",
            expected.display()
        )
    });
    if let Some((n, (a, w))) = actual
        .lines()
        .zip(want.lines())
        .enumerate()
        .find(|(_, (a, w))| a != w)
    {
        failures.push(format!(
            "{}:{}\n  expected: {w}\n  actual:   {a}",
            expected.display(),
            n + 1
        ));
    } else if actual.lines().count() != want.lines().count() {
        failures.push(format!(
            "{}: expected {} lines, got {}",
            expected.display(),
            want.lines().count(),
            actual.lines().count()
        ));
    }
}

fn files_with_extension(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    files
}

#[test]
fn fixtures_match_their_outlines() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let inputs = files_with_extension(&dir, "txt");
    assert!(
        inputs.len() >= 10,
        "fixtures are missing from {}",
        dir.display()
    );
    let mut failures = Vec::new();
    for input in &inputs {
        check(input, &input.with_extension("outline"), &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The corpus lives beside the project (`../shared/corpus`) or at `$GWR_CORPUS`.
fn corpus_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("GWR_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"));
    dir.join("seeds").is_dir().then_some(dir)
}

#[test]
fn corpus_reports_match_reviewed_snapshots() {
    let Some(corpus) = corpus_dir() else {
        eprintln!(
            "SKIPPED: corpus not found at ../shared/corpus or $GWR_CORPUS; the corpus outline test did not run"
        );
        return;
    };
    let snapshots = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let inputs = files_with_extension(&corpus.join("seeds"), "txt");
    assert!(!inputs.is_empty(), "no .txt files in {}", corpus.display());
    let mut failures = Vec::new();
    for input in &inputs {
        let name = input.file_stem().unwrap().to_string_lossy().into_owned();
        check(
            input,
            &snapshots.join(format!("{name}.outline")),
            &mut failures,
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
