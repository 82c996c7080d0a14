//! Linear time on the shapes that were quadratic: each shape at 1× and 10× its base size,
//! `Throughput::Bytes`. Time at 10× divided by time at 1× should stay at or under 11×
//! (README, "Speed"); a quadratic step shows as ~100×.
//!
//! `cargo bench --bench scaling` (`-- scaling_panel` for one group). The texts are our own, built here: a plan section whose
//! one sentence holds thousands of figures, and the like.

mod common;

use std::hint::black_box;

use criterion::{Bencher, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

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

/// A shape of input: its name and the input for `n` repetitions (a text, or a plan and a
/// review).
type Shape<I = String> = (&'static str, fn(usize) -> I);

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
    // An average annual growth opening a run of growths: how far it reaches was searched
    // again from the word for every figure (100,000 took 131 s).
    ("averaged", |n| {
        plan(&format!(
            "地区生产总值年均增长6%，{}",
            "财政收入增长7%，".repeat(n)
        ))
    }),
    // A name, a joiner and a long stretch before many figures: the stretch was read as a
    // list of items again for every figure (100,000 took 555 s).
    ("listed_items", |n| {
        plan(&format!(
            "地区生产总值、{}{}",
            "某某".repeat(n),
            "增长6%，".repeat(n)
        ))
    }),
    // Periods listed before a name, then as many figures: the lead of the first figure was
    // stripped one period a round, each round searching the whole lead for a colon (8,000
    // took 0.26 s).
    ("listed_periods", |n| {
        review(&format!(
            "{}地区生产总值分别增长{}。",
            ["一季度"; 1].repeat(n).join("、"),
            ["5%"; 1].repeat(n).join("、")
        ))
    }),
    // A period word written again before every figure: each place of it is read (session
    // 20), so the sentence's periods grow with it.
    ("periods_again", |n| {
        plan(&"一季度地区生产总值增长6%，".repeat(n))
    }),
    // Period words listed in a clause of no figure: each is asked whether it stands in a
    // list that opens the clause, which reads a short lead only (a review found this
    // quadratic in session 20: 80,000 took 5 s).
    ("periods_listed_bare", |n| {
        plan(&format!("{}，地区生产总值增长6%。", "一季度、".repeat(n)))
    }),
    // Period markers with their 月 far behind: each marker looks for its 月 within a
    // period's length only.
    ("period_markers", |n| {
        review(&format!("{}11月底地区生产总值增长6%。", "截至".repeat(n)))
    }),
    // Many short sentences: the common case, for comparison.
    ("sentences", |n| plan(&"地区生产总值增长6%左右。".repeat(n))),
    // A review sentence of many recalled targets (each recall's scope is searched).
    ("recalls", |n| review(&"年初确定的增长6%的目标，".repeat(n))),
    // Nothing but line breaks.
    ("newlines", |n| "\n".repeat(30 * n)),
];

/// Benches each shape of `shapes` at 1× and 10× its base size in the group `name`: `run` on
/// the built input, with the input's `bytes` as the throughput.
fn scaling<I>(
    c: &mut Criterion,
    name: &str,
    shapes: &[Shape<I>],
    bytes: fn(&I) -> usize,
    run: impl Fn(&mut Bencher<'_>, &I),
) {
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    for (shape_name, shape) in shapes {
        for times in [1, 10] {
            let input = shape(BASE * times);
            group.throughput(Throughput::Bytes(bytes(&input) as u64));
            group.bench_with_input(
                BenchmarkId::new(*shape_name, format!("{times}x")),
                &input,
                &run,
            );
        }
    }
    group.finish();
}

fn claims(c: &mut Criterion) {
    scaling(c, "scaling_claims", CLAIM_SHAPES, String::len, |b, text| {
        common::parse_and_claims(b, text)
    });
}

/// The shapes for compare.
const COMPARE_SHAPES: &[Shape<(String, String)>] = &[
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
    scaling(
        c,
        "scaling_compare",
        COMPARE_SHAPES,
        |(plan, review)| plan.len() + review.len(),
        |b, (plan, review)| {
            b.iter(|| {
                let plan = gwr::compare::claims(&gwr::grammar::parse(black_box(plan)));
                let review = gwr::compare::claims(&gwr::grammar::parse(black_box(review)));
                black_box(gwr::compare::compare(&plan, &review, &Default::default()))
            });
        },
    );
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
    scaling(c, "scaling_panel", PANEL_SHAPES, String::len, |b, text| {
        b.iter(|| {
            let doc = gwr::grammar::parse(black_box(text));
            black_box(gwr::compare::panel::report_claims(
                &extractor, &doc, "bench", &origin,
            ))
        });
    });
}

criterion_group!(benches, claims, compare, panel);
criterion_main!(benches);
