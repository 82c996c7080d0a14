//! Throughput of `gwr::quantity`: `scan` over the whole corpus (all seed files concatenated)
//! and `parse` of short expressions.
//!
//! `cargo bench --bench quantity`. The corpus is read from `../shared/corpus/seeds` or
//! `$GWR_CORPUS/seeds`; without it the scan bench is skipped, and the bench says so.

use std::{hint::black_box, path::PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// All seed files, concatenated in name order.
fn corpus() -> Option<String> {
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
        eprintln!("corpus not found at {}: scan bench skipped", dir.display());
        return None;
    }
    Some(text)
}

/// Short expressions of the kinds reports use.
const EXPRESSIONS: &[&str] = &[
    "5.8亿元",
    "6%左右",
    "约3000万元",
    "3-5家",
    "超五千万元",
    "2.6万亩",
];

fn bench(c: &mut Criterion) {
    if let Some(text) = corpus() {
        let mut group = c.benchmark_group("scan");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("corpus", |b| {
            b.iter(|| gwr::quantity::scan(black_box(&text)).count())
        });
        group.finish();
    }
    let mut group = c.benchmark_group("parse");
    for expr in EXPRESSIONS {
        group.throughput(Throughput::Bytes(expr.len() as u64));
        group.bench_function(*expr, |b| b.iter(|| gwr::quantity::parse(black_box(expr))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
