//! Claims on the real reports in `../shared/corpus/seeds` (or `$GWR_CORPUS/seeds`), against
//! lists written by reading the text: every target of every 主要预期目标 paragraph
//! (`data/corpus/targets.tsv`), and the headline results, estimates and completion
//! statements (`data/corpus/headline.tsv`).

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use gwr::{
    compare::{Claim, Role},
    grammar::{Block, Document, Paragraph, ParagraphRole},
};

fn corpus_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("GWR_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    dir.join("seeds").is_dir().then_some(dir)
}

fn table(name: &str) -> Vec<Vec<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/corpus")
        .join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

fn or_dash(v: Option<impl ToString>) -> String {
    v.map_or("-".to_owned(), |v| v.to_string())
}

/// Each corpus file's text, by file stem.
fn corpus() -> Option<BTreeMap<String, String>> {
    let Some(dir) = corpus_dir() else {
        eprintln!("SKIPPED: corpus not found at ../shared/corpus or $GWR_CORPUS");
        return None;
    };
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir.join("seeds")).expect("the seeds folder is readable") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let stem = path
                .file_stem()
                .expect("a file name")
                .to_string_lossy()
                .into_owned();
            let bytes = std::fs::read(&path).expect("a readable corpus file");
            let text = gwr::grammar::decode(&bytes)
                .expect("corpus files decode")
                .into_owned();
            files.insert(stem, text);
        }
    }
    Some(files)
}

fn targets_paragraphs<'d>(doc: &'d Document<'_>) -> Vec<&'d Paragraph> {
    fn walk<'t>(blocks: &'t [Block], out: &mut Vec<&'t Paragraph>) {
        for b in blocks {
            match b {
                Block::Heading(h) => walk(&h.children, out),
                Block::Paragraph(p) if p.role == Some(ParagraphRole::Targets) => out.push(p),
                Block::Paragraph(_) => {}
            }
        }
    }
    let mut out = Vec::new();
    for r in &doc.reports {
        for s in &r.sections {
            walk(&s.blocks, &mut out);
        }
    }
    out
}

#[test]
fn every_targets_paragraph_yields_all_its_targets() {
    let Some(files) = corpus() else { return };
    let mut actual = Vec::new();
    for (stem, text) in &files {
        let doc = gwr::grammar::parse(text);
        let claims = gwr::compare::claims(&doc);
        for (k, p) in targets_paragraphs(&doc).into_iter().enumerate() {
            for c in claims
                .iter()
                .filter(|c| c.role == Role::Target && p.span.contains(&c.span.start))
            {
                actual.push(vec![
                    stem.clone(),
                    (k + 1).to_string(),
                    or_dash(c.year),
                    or_dash(c.indicator.as_deref()),
                    c.measure.to_string(),
                    or_dash(c.value.map(|v| v.normalize())),
                    c.constraint.to_string(),
                    or_dash(c.reference.as_deref()),
                ]);
            }
        }
    }
    assert_eq!(actual, table("targets.tsv"));
}

fn headline_row(stem: &str, c: &Claim) -> Vec<String> {
    vec![
        stem.to_owned(),
        c.role.to_string(),
        or_dash(c.year),
        or_dash(c.indicator.as_deref()),
        c.measure.to_string(),
        or_dash(c.value.map(|v| v.normalize())),
        or_dash(c.period.as_deref()),
    ]
}

#[test]
fn headline_figures_are_found_with_role_year_and_period() {
    let Some(files) = corpus() else { return };
    let mut found: Vec<Vec<String>> = Vec::new();
    for (stem, text) in &files {
        let claims = gwr::compare::claims(&gwr::grammar::parse(text));
        found.extend(claims.iter().map(|c| headline_row(stem, c)));
    }
    let missing: Vec<String> = table("headline.tsv")
        .into_iter()
        .filter(|row| !found.contains(row))
        .map(|row| row.join("\t"))
        .collect();
    assert!(missing.is_empty(), "not found:\n{}", missing.join("\n"));
}
