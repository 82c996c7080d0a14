//! Throughput of the whole claims pipeline: parse + scan + claims, over the corpus.
//!
//! `cargo bench --bench claims`. The corpus is read from `../shared/corpus/seeds` or
//! `$GWR_CORPUS/seeds`; without it the built-in sample reports stand in, and the bench says so.

mod common;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn claims(c: &mut Criterion) {
    let text = common::corpus_text();
    let mut group = c.benchmark_group("claims");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_with_input(
        BenchmarkId::new("parse+scan+claims", "corpus"),
        &text,
        |b, text| common::parse_and_claims(b, text),
    );
    group.finish();
}

criterion_group!(benches, claims);
criterion_main!(benches);
