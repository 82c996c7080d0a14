//! Throughput of `gwr::grammar::parse`: over the corpus, and a scaling series (1× and 10×
//! input) for the corpus and for adversarial inputs, to show time grows linearly.
//!
//! `cargo bench --bench grammar`. The corpus is read from `../shared/corpus/seeds` or
//! `$GWR_CORPUS/seeds`; without it the built-in sample reports stand in, and the bench says so.

mod common;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn parse_corpus(c: &mut Criterion) {
    let files = common::corpus_texts();
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
    let corpus = common::corpus_text();
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
