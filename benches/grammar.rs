//! Throughput of `gwr::grammar::parse`: over the corpus, and a scaling series (1× and 10×
//! input) for the corpus and for adversarial inputs, to show time grows linearly.
//!
//! `cargo bench --bench grammar`. The corpus is read from `../shared/corpus/seeds` or
//! `$GWR_CORPUS/seeds`; without it the built-in sample reports stand in, and the bench says so.

use std::{hint::black_box, path::PathBuf};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn corpus() -> Vec<(String, String)> {
    let dir = std::env::var_os("GWR_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
        .join("seeds");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| {
            let name = p.file_stem()?.to_string_lossy().into_owned();
            Some((name, std::fs::read_to_string(&p).ok()?))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        eprintln!(
            "corpus not found at {}: benchmarking the built-in sample reports instead",
            dir.display()
        );
        for (name, text) in [
            (
                "sample_2023",
                include_str!("../examples/data/qingxi_2023.txt"),
            ),
            (
                "sample_2024",
                include_str!("../examples/data/qingxi_2024.txt"),
            ),
        ] {
            files.push((name.to_owned(), text.to_owned()));
        }
    }
    files
}

fn parse_corpus(c: &mut Criterion) {
    let files = corpus();
    let mut group = c.benchmark_group("parse");
    for (name, text) in &files {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("file", name), text, |b, text| {
            b.iter(|| black_box(gwr::grammar::parse(black_box(text))));
        });
    }
    let all: String = files.iter().map(|(_, t)| t.as_str()).collect();
    group.throughput(Throughput::Bytes(all.len() as u64));
    group.bench_with_input(BenchmarkId::new("corpus", "all"), &all, |b, text| {
        b.iter(|| black_box(gwr::grammar::parse(black_box(text))));
    });
    group.finish();
}

/// Makes an input of n times the base size.
type Maker = Box<dyn Fn(usize) -> String>;

/// Each input at 1× and 10×: linear time means the 10× median is ≤ 11× the 1× median,
/// i.e. the reported throughput stays (nearly) the same.
fn parse_scaling(c: &mut Criterion) {
    let corpus: String = corpus().iter().map(|(_, t)| t.as_str()).collect();
    let line = "发展经济，增长5.8%（含“十四五”规划项目）。".repeat(8);
    let cases: Vec<(&str, Maker)> = vec![
        ("corpus", Box::new(move |n| corpus.repeat(n))),
        // 100k opening brackets in a row, one line.
        ("open_brackets", Box::new(|n| "（".repeat(100_000 * n))),
        // 100k heading markers in a row, on one line and one per line.
        ("markers_one_line", Box::new(|n| "一、".repeat(100_000 * n))),
        ("marker_lines", Box::new(|n| "一、\n".repeat(100_000 * n))),
        (
            "paren_marker_lines",
            Box::new(|n| "（一）（\n".repeat(100_000 * n)),
        ),
        // One 1 MB (and 10 MB) line of body text with no line break.
        (
            "one_long_line",
            Box::new(move |n| line.repeat(1_000_000 * n / line.len())),
        ),
    ];
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    for (name, make) in &cases {
        for n in [1, 10] {
            let text = make(n);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(*name, format!("{n}x")),
                &text,
                |b, text| {
                    b.iter(|| black_box(gwr::grammar::parse(black_box(text))));
                },
            );
        }
    }
    group.finish();
}

criterion_group!(benches, parse_corpus, parse_scaling);
criterion_main!(benches);
