//! Linear time on the shapes that were quadratic: each shape at 1× and 10× its base size,
//! `Throughput::Bytes`. Time at 10× divided by time at 1× should stay at or under 11×
//! (README, "Speed"); a quadratic step shows as ~100×.
//!
//! `cargo bench --bench scaling` (`-- scaling_panel` for one group). The texts are our own, built here: a plan section whose
//! one sentence holds thousands of figures, and the like.

mod common;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// Repetitions of each shape's unit at 1×.
const BASE: usize = 10_000;

/// A plan section holding `body`: its figures are targets of a known indicator.
fn plan(body: &str) -> String {
    format!("城关镇政府工作报告\n二、2024年工作安排\n主要预期目标是：{body}\n")
}

/// A review of 2023 holding `body`.
fn review(body: &str) -> String {
    format!("城关镇政府工作报告\n一、2023年工作回顾\n{body}\n")
}

/// A shape of text: its name and the text for `n` repetitions.
type Shape = (&'static str, fn(usize) -> String);

/// A shape of a plan and a review: its name and the two texts for `n` repetitions.
type PairShape = (&'static str, fn(usize) -> (String, String));

/// The shapes for claims.
const CLAIM_SHAPES: &[Shape] = &[
    // The reported one: one sentence of 16k of these took 6 s.
    ("one_sentence", |n| {
        plan(&"地区生产总值增长6%左右，".repeat(n))
    }),
    // One clause: no comma between the figures.
    ("one_clause", |n| plan(&"地区生产总值增长6%左右".repeat(n))),
    // A name, then many reference phrases, then many figures.
    ("references", |n| {
        plan(&format!(
            "地区生产总值{}{}",
            "经济增长".repeat(n),
            "增长6%".repeat(n)
        ))
    }),
    // Base years (2022年底) before every figure.
    ("base_years", |n| {
        plan(&"在2022年底地区生产总值增长6%，".repeat(n))
    }),
    // Figure-less targets.
    ("figureless", |n| {
        plan(&"地区生产总值保持正增长，".repeat(n))
    }),
    // A subject, figures of another unit it does not carry to, then figures it might.
    ("carry", |n| {
        plan(&format!(
            "产值5亿元，{}；{}",
            "2万亩，".repeat(n),
            "增长6%，".repeat(n)
        ))
    }),
    // Many short sentences: the common case, for comparison.
    ("sentences", |n| plan(&"地区生产总值增长6%左右。".repeat(n))),
    // Nothing but line breaks.
    ("newlines", |n| "\n".repeat(30 * n)),
];

fn claims(c: &mut Criterion) {
    let mut group = c.benchmark_group("scaling_claims");
    group.sample_size(10);
    for (name, shape) in CLAIM_SHAPES {
        for times in [1, 10] {
            let text = shape(BASE * times);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(*name, format!("{times}x")),
                &text,
                |b, text| common::parse_and_claims(b, text),
            );
        }
    }
    group.finish();
}

/// The shapes for compare.
const COMPARE_SHAPES: &[PairShape] = &[
    // The reported one: 40k target and 40k result sentences took 41 s.
    ("sentences", |n| {
        (
            plan(&"地区生产总值增长6%左右。".repeat(n)),
            review(&"全年地区生产总值增长5%。".repeat(n)),
        )
    }),
    // Every target of another indicator than every result.
    ("unmatched", |n| {
        (
            plan(&"财政收入增长6%左右。".repeat(n)),
            review(&"全年地区生产总值增长5%。".repeat(n)),
        )
    }),
];

fn compare(c: &mut Criterion) {
    let mut group = c.benchmark_group("scaling_compare");
    group.sample_size(10);
    for (name, shape) in COMPARE_SHAPES {
        for times in [1, 10] {
            let (plan, review) = shape(BASE * times);
            group.throughput(Throughput::Bytes((plan.len() + review.len()) as u64));
            let input = (plan, review);
            group.bench_with_input(
                BenchmarkId::new(*name, format!("{times}x")),
                &input,
                |b, (plan, review)| {
                    b.iter(|| {
                        let plan = gwr::compare::claims(&gwr::grammar::parse(black_box(plan)));
                        let review = gwr::compare::claims(&gwr::grammar::parse(black_box(review)));
                        black_box(gwr::compare::compare(&plan, &review, &Default::default()))
                    });
                },
            );
        }
    }
    group.finish();
}

/// The shapes for a panel's reading of one file: its reports' claims of known indicators,
/// with repeats dropped and a fingerprint to tell copies by.
const PANEL_SHAPES: &[Shape] = &[
    // One sentence of many figures: each claim hashed its sentence, 50k took 41 s.
    ("one_sentence", |n| {
        plan(&"地区生产总值增长6%左右，".repeat(n))
    }),
    ("sentences", |n| plan(&"地区生产总值增长6%左右。".repeat(n))),
];

fn panel(c: &mut Criterion) {
    let extractor = gwr::compare::Extractor::default().known_only(true);
    let origin = gwr::compare::panel::Origin::default();
    let mut group = c.benchmark_group("scaling_panel");
    group.sample_size(10);
    for (name, shape) in PANEL_SHAPES {
        for times in [1, 10] {
            let text = shape(BASE * times);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(*name, format!("{times}x")),
                &text,
                |b, text| {
                    b.iter(|| {
                        let doc = gwr::grammar::parse(black_box(text));
                        black_box(gwr::compare::panel::report_claims(
                            &extractor, &doc, "bench", &origin,
                        ))
                    });
                },
            );
        }
    }
    group.finish();
}

criterion_group!(benches, claims, compare, panel);
criterion_main!(benches);
