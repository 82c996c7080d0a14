//! Throughput of the whole claims pipeline: parse + scan + claims, over the corpus.
//!
//! `cargo bench --bench claims`. The corpus is read from `../shared/corpus/seeds` or
//! `$GWR_CORPUS/seeds`; without it the built-in sample reports stand in, and the bench says so.

use std::{hint::black_box, path::PathBuf};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn corpus() -> String {
    let dir = std::env::var_os("GWR_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
        .join("seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let text: String = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if text.is_empty() {
        eprintln!(
            "corpus not found at {}: benchmarking the built-in sample reports instead",
            dir.display()
        );
        return [
            include_str!("../examples/data/qingxi_2023.txt"),
            include_str!("../examples/data/qingxi_2024.txt"),
        ]
        .concat();
    }
    text
}

fn claims(c: &mut Criterion) {
    let text = corpus();
    let mut group = c.benchmark_group("claims");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_with_input(
        BenchmarkId::new("parse+scan+claims", "corpus"),
        &text,
        |b, text| {
            b.iter(|| {
                let doc = gwr::grammar::parse(black_box(text));
                black_box(gwr::compare::claims(&doc))
            });
        },
    );
    group.finish();
}

criterion_group!(benches, claims);
criterion_main!(benches);
