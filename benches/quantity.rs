//! Throughput of `gwr::quantity`: `scan` over the whole corpus (all seed files concatenated)
//! and `parse` of short expressions.
//!
//! `cargo bench --bench quantity`. The corpus is read from `../shared/corpus/seeds` or
//! `$GWR_CORPUS/seeds`; without it the built-in sample reports stand in, and the bench says so.

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

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
    let text = common::corpus_text();
    let mut group = c.benchmark_group("scan");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("corpus", |b| {
        b.iter(|| gwr::quantity::scan(black_box(&text)).count())
    });
    group.finish();
    let mut group = c.benchmark_group("parse");
    for expr in EXPRESSIONS {
        group.throughput(Throughput::Bytes(expr.len() as u64));
        group.bench_function(*expr, |b| b.iter(|| gwr::quantity::parse(black_box(expr))));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
