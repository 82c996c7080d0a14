//! The corpus every bench reads: `../shared/corpus/seeds` or `$GWR_CORPUS/seeds`, in file
//! name order; without it, the built-in sample reports, and the bench says so.

// Each bench uses the part of this module it needs.
#![allow(dead_code)]

use std::path::PathBuf;

/// The seed files as (file stem, bytes), sorted by name.
pub fn corpus_files() -> Vec<(String, Vec<u8>)> {
    let dir = std::env::var_os("GWR_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
        .join("seeds");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| {
            let name = p.file_stem()?.to_string_lossy().into_owned();
            Some((name, std::fs::read(&p).ok()?))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        eprintln!(
            "corpus not found at {}: benchmarking the built-in sample reports instead",
            dir.display()
        );
        files = vec![
            (
                "sample_2023".to_owned(),
                include_bytes!("../../examples/data/qingxi_2023.txt").to_vec(),
            ),
            (
                "sample_2024".to_owned(),
                include_bytes!("../../examples/data/qingxi_2024.txt").to_vec(),
            ),
        ];
    }
    files
}

/// The seed files as text (the seeds are UTF-8).
pub fn corpus_texts() -> Vec<(String, String)> {
    corpus_files()
        .into_iter()
        .map(|(name, bytes)| (name, String::from_utf8_lossy(&bytes).into_owned()))
        .collect()
}

/// All seed files concatenated.
pub fn corpus_text() -> String {
    corpus_texts().into_iter().map(|(_, text)| text).collect()
}

/// Times parse + scan + claims of `text`, the pipeline the claims benches measure.
pub fn parse_and_claims(b: &mut criterion::Bencher<'_>, text: &str) {
    b.iter(|| {
        let doc = gwr::grammar::parse(std::hint::black_box(text));
        std::hint::black_box(gwr::compare::claims(&doc))
    });
}
