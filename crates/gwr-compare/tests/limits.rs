//! Figures at a decimal's limits (about ±7.9e28) never panic: claims skip a figure whose
//! value cannot be computed, and the comparator judges by comparisons and leaves a margin it
//! cannot compute empty, on every path (growth, 左右 amounts, in step, completion).

use gwr_compare::{Claim, Constraint, Measure, Policy, Role, Verdict, claims, compare};
use rust_decimal::Decimal;

fn claim(role: Role, measure: Measure, constraint: Constraint, value: Decimal) -> Claim {
    Claim {
        indicator: Some("gdp".into()),
        indicator_text: "地区生产总值".into(),
        role,
        year: Some(2023),
        period: None,
        measure,
        value: Some(value),
        high: None,
        base_unit: Some(
            if measure == Measure::Level {
                "元"
            } else {
                "%"
            }
            .into(),
        ),
        constraint,
        reference: None,
        text: "".into(),
        span: 0..0,
        sentence: 0..0,
        doubt: None,
        explanation: None,
    }
}

/// One target against one result: the row's verdict and margin.
fn judge(
    measure: Measure,
    constraint: Constraint,
    target: Decimal,
    actual: Decimal,
) -> (Verdict, Option<Decimal>) {
    let plan = [claim(Role::Target, measure, constraint, target)];
    let review = [claim(Role::Actual, measure, Constraint::Exact, actual)];
    let row = &compare(&plan, &review, &Policy::default()).rows[0];
    (row.verdict, row.margin)
}

#[test]
fn targets_and_results_near_the_limits_are_judged() {
    let (max, min) = (Decimal::MAX, Decimal::MIN);
    // Growth: the difference overflows, the verdict does not.
    assert_eq!(
        judge(Measure::Growth, Constraint::Approx, min, max),
        (Verdict::Exceeded, None)
    );
    assert_eq!(
        judge(Measure::Growth, Constraint::Approx, max, min),
        (Verdict::Missed, None)
    );
    assert_eq!(
        judge(Measure::Growth, Constraint::AtMost, min, max),
        (Verdict::Missed, None)
    );
    // A 左右 amount: the tolerance (2% of the target) and the bounds saturate.
    assert_eq!(
        judge(Measure::Level, Constraint::Approx, max, max),
        (Verdict::Met, Some(Decimal::ONE))
    );
    assert_eq!(
        judge(Measure::Level, Constraint::Approx, Decimal::new(1, 28), max).1,
        None
    );
    assert_eq!(
        judge(Measure::Level, Constraint::Approx, min, max).0,
        Verdict::Exceeded
    );
}

#[test]
fn in_step_targets_near_the_limits_are_judged() {
    let in_step = |actual: Decimal| {
        let mut target = claim(
            Role::Target,
            Measure::Growth,
            Constraint::InStepWith,
            actual,
        );
        target.indicator = Some("fiscal_revenue".into());
        target.value = None;
        target.reference = Some("gdp".into());
        let mut result = claim(Role::Actual, Measure::Growth, Constraint::Exact, actual);
        result.indicator = Some("fiscal_revenue".into());
        let gdp = claim(
            Role::Actual,
            Measure::Growth,
            Constraint::Exact,
            Decimal::MAX,
        );
        let policy = Policy {
            in_step_pp: Decimal::MAX,
            ..Policy::default()
        };
        compare(&[target], &[result, gdp], &policy).rows.remove(0)
    };
    let row = in_step(Decimal::MIN);
    assert_eq!((row.verdict, row.margin), (Verdict::Missed, None));
    assert!(row.arithmetic.contains("too large"), "{}", row.arithmetic);
    let row = in_step(Decimal::ZERO);
    assert_eq!(
        (row.verdict, row.margin),
        (Verdict::WithinTolerance, Some(-Decimal::MAX))
    );
}

#[test]
fn completion_statements_near_the_limits_are_judged() {
    let done = claim(
        Role::Completion,
        Measure::CompletionRate,
        Constraint::Exact,
        Decimal::MIN,
    );
    let row = &compare(&[], &[done], &Policy::default()).rows[0];
    assert_eq!((row.verdict, row.margin), (Verdict::Missed, None));
}

/// 超额完成 adds 100% to the figure: past the limit, the figure is skipped.
#[test]
fn an_excess_completion_past_the_limit_is_skipped() {
    let text = "城关镇政府工作报告\n各位代表：\n一、2023年工作回顾\n\
                财政收入超额完成任务79228162514264337593543950335%，超额完成任务75%。\n";
    let found = claims(&gwr_grammar::parse(text));
    let values: Vec<String> = found
        .iter()
        .map(|c| c.value.unwrap_or_default().to_string())
        .collect();
    assert_eq!(values, ["175"]);
}

/// A figure too large for a decimal makes no claim, but the figures after it in its
/// sentence keep its indicator (they once lost it: the figure was dropped unseen).
#[test]
fn figures_after_one_too_large_keep_their_indicator() {
    let text = "城关镇政府工作报告\n各位代表：\n一、2023年工作回顾\n\
                财政收入3亿元，地区生产总值99999999999999999999999999999999亿元，同比增长5%。\n";
    let found: Vec<(String, String, String)> = claims(&gwr_grammar::parse(text))
        .iter()
        .map(|c| {
            (
                c.indicator.as_deref().unwrap_or("?").to_owned(),
                c.measure.to_string(),
                c.value.unwrap_or_default().to_string(),
            )
        })
        .collect();
    let want = [
        ("fiscal_revenue", "level", "300000000"),
        ("gdp", "growth", "5"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| ((*a).to_owned(), (*b).to_owned(), (*c).to_owned()))
        .collect();
    assert_eq!(found, want);
}
