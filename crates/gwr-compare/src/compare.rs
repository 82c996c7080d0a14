//! The comparator: a year's targets against the same year's results.

use std::{collections::HashMap, ops::Range};

use compact_str::CompactString;
use rust_decimal::Decimal;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::{
    claim::{Claim, Constraint, Measure, Role},
    lexicon::{Direction, Lexicon},
};

/// How lenient the comparison is. The defaults are documented on each field.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Policy {
    /// How far (in percentage points) a result may fall short of a 左右 target in percent
    /// (growth, rates) and still count as `within_tolerance`; a result within this of the
    /// target on the good side is `met` rather than `exceeded`. Default 0.5.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub approx_pp: Decimal,
    /// The same for 左右 targets that are amounts or counts, as a fraction of the target.
    /// Default 0.02 (2%).
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub approx_ratio: Decimal,
    /// How far (in percentage points) a growth may trail the indicator it should keep in
    /// step with (与经济增长同步) and count as `within_tolerance`. Default 0.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str"))]
    pub in_step_pp: Decimal,
    /// Whether claims with a [`Doubt`](crate::Doubt) (a multi-year figure, an ambiguous
    /// name, a year that cannot be placed) may make verdicts. Default false: a doubtful
    /// reading is shown in the claims, never silently judged.
    #[cfg_attr(feature = "serde", serde(default))]
    pub include_doubtful: bool,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            approx_pp: Decimal::new(5, 1),
            approx_ratio: Decimal::new(2, 2),
            in_step_pp: Decimal::ZERO,
            include_doubtful: false,
        }
    }
}

/// Whether a target was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Verdict {
    /// The result meets the target.
    Met,
    /// The result is beyond the target on the good side (past the 左右 tolerance).
    Exceeded,
    /// The result falls short.
    Missed,
    /// Short of a 左右 target, but within the policy's tolerance.
    WithinTolerance,
    /// The review is there and reports no result for this indicator and measure.
    NotReported,
    /// The review reports the indicator, but nothing the target can be judged against: a
    /// growth target against only a level, a resident-income target against separate urban
    /// and rural figures, different base units, no result for the reference indicator.
    NotComparable,
    /// A panel's target for a year of which the folder holds no review: no report of the
    /// place for the next year.
    NoReviewReport,
    /// A panel's result for a year for which no report of the folder set a target.
    NoTarget,
}

crate::claim::names!(Verdict {
    Met => "met",
    Exceeded => "exceeded",
    Missed => "missed",
    WithinTolerance => "within_tolerance",
    NotReported => "not_reported",
    NotComparable => "not_comparable",
    NoReviewReport => "no_review_report",
    NoTarget => "no_target",
});

/// One target and its result.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Row {
    /// Lexicon id, or `None` for an indicator the lexicon does not know.
    pub indicator: Option<CompactString>,
    /// The indicator's name as the target wrote it.
    pub indicator_text: CompactString,
    /// The year the target is for.
    pub year: Option<u16>,
    /// Level, growth, …
    pub measure: Measure,
    /// What the target promises.
    pub constraint: Constraint,
    /// The target's value in the base unit (low end of a range); `None` for figure-less
    /// targets.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str_option"))]
    pub target: Option<Decimal>,
    /// The high end of a range target.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str_option"))]
    pub target_high: Option<Decimal>,
    /// The target as written ("6%左右", "与经济增长同步").
    pub target_text: CompactString,
    /// Where the target is in the plan report.
    #[cfg_attr(feature = "serde", serde(with = "gwr_span"))]
    pub target_span: Range<usize>,
    /// The result in the base unit.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str_option"))]
    pub actual: Option<Decimal>,
    /// The result as written.
    pub actual_text: Option<CompactString>,
    /// Where the result is in the review report.
    #[cfg_attr(feature = "serde", serde(with = "gwr_span::option"))]
    pub actual_span: Option<Range<usize>>,
    /// Whether the result was final (`actual`), an estimate, or a completion statement.
    pub actual_role: Option<Role>,
    /// The base unit of target and result.
    pub base_unit: Option<CompactString>,
    /// The indicator an in-step or above target refers to, and its result.
    pub reference: Option<CompactString>,
    /// The reference indicator's result.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str_option"))]
    pub reference_actual: Option<Decimal>,
    /// Whether the target was kept.
    pub verdict: Verdict,
    /// Result minus target in percentage points for percent measures; result ÷ target for
    /// amounts and counts.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str_option"))]
    pub margin: Option<Decimal>,
    /// The previous year's result for the same indicator and measure, when the plan report
    /// states it.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str_option"))]
    pub previous_actual: Option<Decimal>,
    /// The target's ambition against `previous_actual`: target minus it in percentage points
    /// for percent measures, target ÷ it for amounts and counts.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str_option"))]
    pub ambition: Option<Decimal>,
    /// The arithmetic behind the verdict, in words.
    pub arithmetic: String,
}

/// The result of [`compare`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Comparison {
    /// The version of the JSON contract (docs/schema.md).
    pub schema_version: u32,
    /// The policy used.
    pub policy: Policy,
    /// One row per target, then one per completion statement, in document order.
    pub rows: Vec<Row>,
}

impl Row {
    /// How far the result is from the target in percentage points, for growth, rates and
    /// other percent measures (`margin` there); `None` for levels and counts.
    pub fn margin_pp(&self) -> Option<Decimal> {
        self.margin.filter(|_| is_percent(self.measure))
    }

    /// Result ÷ target (to 4 places), for levels, counts and multiples; `None` for percent
    /// measures, whose distance is [`Row::margin_pp`].
    pub fn ratio(&self) -> Option<Decimal> {
        if is_percent(self.measure) {
            return None;
        }
        difference(self.measure, self.actual?, self.target?)
    }
}

/// Compares the targets set for a year with the results reported for it.
///
/// `plan` is the claims of the report that set the targets: its `target` claims are
/// compared, and its `actual` claims for the year before give each target's ambition.
/// `review` is the claims of the report that reviewed the year: its `actual` claims (else
/// `estimate`) are the results, and its `completion` claims become rows of their own. Pass
/// the same claims twice for a single report that reviews one year and plans the next: its
/// completion statements are then judged.
pub fn compare(plan: &[Claim], review: &[Claim], policy: &Policy) -> Comparison {
    compare_with(plan, review, policy, crate::BUILTIN.lexicon())
}

/// [`compare`] with the lexicon that gives each indicator's direction.
pub fn compare_with(
    plan: &[Claim],
    review: &[Claim],
    policy: &Policy,
    lexicon: &Lexicon,
) -> Comparison {
    // Claims that may not make a verdict are passed over where they are read, not copied
    // out: a comparison borrows every claim it uses.
    let usable = |c: &&Claim| usable_for_verdict(c, policy);
    let mut rows = Vec::new();
    let earlier = Results::of(plan.iter().filter(usable));
    let results = Results::of(review.iter().filter(usable));
    for target in plan
        .iter()
        .filter(usable)
        .filter(|c| c.role == Role::Target)
    {
        rows.push(target_row(target, &earlier, &results, policy, lexicon));
    }
    for done in review
        .iter()
        .filter(usable)
        .filter(|c| c.role == Role::Completion)
    {
        rows.push(completion_row(done));
    }
    Comparison {
        schema_version: crate::SCHEMA_VERSION,
        policy: policy.clone(),
        rows,
    }
}

/// Whether a claim may make a verdict, as a target or as a result: the one place that
/// decides it. A doubtful claim ([`Claim::doubt`]) may not, unless
/// [`Policy::include_doubtful`]; a result needs a figure; a target needs a figure or a
/// figure-less promise (保持正增长, 与经济增长同步).
pub fn usable_for_verdict(claim: &Claim, policy: &Policy) -> bool {
    if claim.doubt.is_some() && !policy.include_doubtful {
        return false;
    }
    match claim.role {
        Role::Target => {
            claim.value.is_some()
                || matches!(
                    claim.constraint,
                    Constraint::Positive | Constraint::InStepWith | Constraint::Above
                )
        }
        Role::Actual | Role::Estimate | Role::Completion => claim.value.is_some(),
    }
}

/// An indicator as results are matched by: its lexicon id, or for one the lexicon does not
/// know, its name as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Indicator<'c> {
    Known(&'c str),
    Unknown(&'c str),
}

impl<'c> Indicator<'c> {
    fn of(claim: &'c Claim) -> Indicator<'c> {
        match &claim.indicator {
            Some(id) => Indicator::Known(id),
            None => Indicator::Unknown(&claim.indicator_text),
        }
    }
}

/// How good a result is, lower first: a full-year `actual` before a partial one, an
/// `actual` before an `estimate`; among equals, the first in document order.
type Rank = (bool, bool, usize);

/// The best results of one indicator and measure.
#[derive(Debug, Default)]
struct Best<'c> {
    /// Over every year.
    any: Option<(Rank, &'c Claim)>,
    /// Over results that state no year.
    undated: Option<(Rank, &'c Claim)>,
    /// Per year.
    by_year: HashMap<u16, (Rank, &'c Claim)>,
}

/// The results (`actual` and `estimate` claims with a value) among some claims, indexed by
/// indicator and measure: each target finds its result in constant time, so a comparison
/// is linear in the number of claims, not quadratic.
#[derive(Debug, Default)]
struct Results<'c> {
    best: HashMap<(Indicator<'c>, Measure), Best<'c>>,
}

impl<'c> Results<'c> {
    fn of(claims: impl IntoIterator<Item = &'c Claim>) -> Results<'c> {
        fn keep<'c>(slot: &mut (Rank, &'c Claim), new: (Rank, &'c Claim)) {
            if new.0 < slot.0 {
                *slot = new;
            }
        }
        let mut results = Results::default();
        for (i, c) in claims.into_iter().enumerate() {
            if !matches!(c.role, Role::Actual | Role::Estimate) {
                continue;
            }
            let new = ((c.period.is_some(), c.role != Role::Actual, i), c);
            let best = results
                .best
                .entry((Indicator::of(c), c.measure))
                .or_default();
            keep(best.any.get_or_insert(new), new);
            let dated = match c.year {
                None => best.undated.get_or_insert(new),
                Some(y) => best.by_year.entry(y).or_insert(new),
            };
            keep(dated, new);
        }
        results
    }

    /// The best result of `indicator` and `measure` for `year`; a result of no year, or a
    /// target of no year, matches any.
    fn get(
        &self,
        indicator: Indicator<'_>,
        measure: Measure,
        year: Option<u16>,
    ) -> Option<&'c Claim> {
        let best = self.best.get(&(indicator, measure))?;
        let found = match year {
            None => best.any,
            Some(y) => match (best.by_year.get(&y).copied(), best.undated) {
                (Some(a), Some(b)) => Some(if b.0 < a.0 { b } else { a }),
                (a, b) => a.or(b),
            },
        };
        found.map(|(_, c)| c)
    }
}

fn is_percent(measure: Measure) -> bool {
    matches!(
        measure,
        Measure::Growth | Measure::PpChange | Measure::Rate | Measure::CompletionRate
    )
}

fn target_row(
    target: &Claim,
    plan: &Results<'_>,
    review: &Results<'_>,
    policy: &Policy,
    lexicon: &Lexicon,
) -> Row {
    let direction = target
        .indicator
        .as_deref()
        .and_then(|id| lexicon.indicator(id))
        .map_or(Direction::Higher, |i| i.direction);
    let indicator = Indicator::of(target);
    let result = review.get(indicator, target.measure, target.year);
    let previous = target
        .year
        .and_then(|y| y.checked_sub(1))
        .and_then(|y| plan.get(indicator, target.measure, Some(y)))
        .filter(|p| p.year.is_some());
    let reference = target.reference.as_deref();
    let reference_actual = reference
        .and_then(|id| review.get(Indicator::Known(id), Measure::Growth, target.year))
        .and_then(|c| c.value);
    let mut row = Row {
        indicator: target.indicator.clone(),
        indicator_text: target.indicator_text.clone(),
        year: target.year,
        measure: target.measure,
        constraint: target.constraint,
        target: target.value,
        target_high: target.high,
        target_text: target.text.clone(),
        target_span: target.span.clone(),
        actual: result.and_then(|r| r.value),
        actual_text: result.map(|r| r.text.clone()),
        actual_span: result.map(|r| r.span.clone()),
        actual_role: result.map(|r| r.role),
        base_unit: target.base_unit.clone(),
        reference: target.reference.clone(),
        reference_actual,
        verdict: Verdict::NotReported,
        margin: None,
        previous_actual: None,
        ambition: None,
        arithmetic: String::new(),
    };
    if let (Some(t), Some(p)) = (target.value, previous.and_then(|p| p.value))
        && previous.and_then(|p| p.base_unit.as_ref()) == target.base_unit.as_ref()
    {
        row.previous_actual = Some(p);
        row.ambition = difference(target.measure, t, p);
    }
    let Some(result) = result else {
        match incomparable(target, review) {
            Some(why) => {
                row.verdict = Verdict::NotComparable;
                row.arithmetic = why;
            }
            None => {
                row.arithmetic =
                    "no result for this indicator, measure and year in the review".to_owned();
            }
        }
        return row;
    };
    let Some(a) = result.value else {
        return row;
    };
    if target.value.is_some() && result.base_unit != target.base_unit {
        row.verdict = Verdict::NotComparable;
        row.arithmetic = format!(
            "target in {} but result in {}",
            target.base_unit.as_deref().unwrap_or("?"),
            result.base_unit.as_deref().unwrap_or("?")
        );
        return row;
    }
    let unit = if is_percent(target.measure) {
        " pp"
    } else {
        ""
    };
    match (target.constraint, target.value) {
        (Constraint::Positive, _) => {
            row.verdict = if a > Decimal::ZERO {
                Verdict::Met
            } else {
                Verdict::Missed
            };
            row.margin = Some(a);
            row.arithmetic = format!("result {a} against positive growth (> 0)");
        }
        (Constraint::InStepWith | Constraint::Above, _) => {
            let Some(r) = reference_actual else {
                row.verdict = Verdict::NotComparable;
                row.arithmetic = format!(
                    "no {} result for {} to compare with",
                    reference.unwrap_or("reference"),
                    target.year.map_or("the year".to_owned(), |y| y.to_string())
                );
                return row;
            };
            // Judged by comparisons, not by the gap: a gap between figures near a
            // decimal's limit may be too large to hold.
            row.verdict = if target.constraint == Constraint::Above {
                if a > r { Verdict::Met } else { Verdict::Missed }
            } else if a >= r {
                Verdict::Met
            } else if a >= r.saturating_sub(policy.in_step_pp) {
                Verdict::WithinTolerance
            } else {
                Verdict::Missed
            };
            row.margin = a.checked_sub(r);
            let reference = reference.unwrap_or("reference");
            row.arithmetic = match row.margin {
                Some(gap) => format!("result {a} − {reference} {r} = {gap} pp"),
                None => format!("result {a}, {reference} {r}: {TOO_LARGE}"),
            };
        }
        (_, Some(t)) => {
            let tolerance = if target.constraint == Constraint::Approx {
                if is_percent(target.measure) {
                    policy.approx_pp
                } else {
                    t.saturating_mul(policy.approx_ratio).abs()
                }
            } else {
                Decimal::ZERO
            };
            row.verdict = judge(target.constraint, direction, t, target.high, a, tolerance);
            row.margin = difference(target.measure, a, t);
            row.arithmetic = match row.margin {
                Some(m) if is_percent(target.measure) => {
                    format!("result {a} − target {t} = {m}{unit}")
                }
                Some(m) => format!("result {a} ÷ target {t} = {m}"),
                None if t.is_zero() => format!("result {a}, target {t}"),
                None => format!("result {a}, target {t}: {TOO_LARGE}"),
            };
            if tolerance > Decimal::ZERO {
                row.arithmetic
                    .push_str(&format!(" (左右 tolerance ±{tolerance}{unit})"));
            }
        }
        (_, None) => {}
    }
    row
}

/// Indicators whose single target separate figures do not answer: a resident-income target
/// against urban and rural incomes reported apart.
const SPLIT_INDICATORS: &[(&str, &[&str])] = &[(
    "resident_income",
    &["urban_disposable_income", "rural_disposable_income"],
)];

/// Why a target with no result of its indicator, measure and year among the review's
/// results cannot be judged although the review speaks of it, or `None` when the review is
/// silent on it.
fn incomparable(target: &Claim, review: &Results<'_>) -> Option<String> {
    let indicator = Indicator::of(target);
    if let Some(other) = Measure::ALL
        .iter()
        .filter(|&&m| m != target.measure)
        .find_map(|&m| review.get(indicator, m, target.year))
    {
        return Some(format!(
            "the review gives a {} ({}), not a {}: one is not derived from the other",
            other.measure, other.text, target.measure
        ));
    }
    let id = target.indicator.as_deref()?;
    let (_, parts) = SPLIT_INDICATORS.iter().find(|(whole, _)| *whole == id)?;
    let found: Vec<&str> = parts
        .iter()
        .copied()
        .filter(|part| {
            review
                .get(Indicator::Known(part), target.measure, target.year)
                .is_some()
        })
        .collect();
    (!found.is_empty()).then(|| {
        format!(
            "the review reports only {} separately, not one {id} figure",
            found.join(" and ")
        )
    })
}

/// What the arithmetic says when a margin is too large for a decimal.
const TOO_LARGE: &str = "the margin is too large to compute";

/// `a − b` for percent measures; `a ÷ b` (to 4 places) for amounts and counts. `None` when
/// `b` is zero or the result is too large for a decimal.
fn difference(measure: Measure, a: Decimal, b: Decimal) -> Option<Decimal> {
    if is_percent(measure) {
        a.checked_sub(b)
    } else if b.is_zero() {
        None
    } else {
        a.checked_div(b).map(|r| r.round_dp(4).normalize())
    }
}

/// The verdict for result `a` against target `t` (`high` for ranges). The bounds saturate
/// at a decimal's limits, which keeps every comparison right: no figure lies beyond them.
fn judge(
    constraint: Constraint,
    direction: Direction,
    t: Decimal,
    high: Option<Decimal>,
    a: Decimal,
    tolerance: Decimal,
) -> Verdict {
    let cap = |a: Decimal, t: Decimal| {
        if a <= t {
            Verdict::Met
        } else if a <= t.saturating_add(tolerance) {
            Verdict::WithinTolerance
        } else {
            Verdict::Missed
        }
    };
    match (constraint, direction) {
        (Constraint::AtMost, _) => cap(a, t),
        // For lower-is-better indicators and ceilings (CPI), a target is a cap.
        (Constraint::Exact | Constraint::Approx, Direction::Lower | Direction::Ceiling) => {
            cap(a, t)
        }
        (Constraint::Range, _) => {
            let high = high.unwrap_or(t);
            if a < t {
                Verdict::Missed
            } else if a > high {
                Verdict::Exceeded
            } else {
                Verdict::Met
            }
        }
        (Constraint::AtLeast, Direction::Lower) => cap(a, t),
        _ => {
            if a > t.saturating_add(tolerance) {
                Verdict::Exceeded
            } else if a >= t {
                Verdict::Met
            } else if a >= t.saturating_sub(tolerance) {
                Verdict::WithinTolerance
            } else {
                Verdict::Missed
            }
        }
    }
}

/// A completion statement judged on its own: 100% (or 1×) of the target is met.
fn completion_row(done: &Claim) -> Row {
    let full = if done.measure == Measure::Multiple {
        Decimal::ONE
    } else {
        Decimal::from(100)
    };
    let value = done.value.unwrap_or(full);
    let verdict = match value.cmp(&full) {
        std::cmp::Ordering::Greater => Verdict::Exceeded,
        std::cmp::Ordering::Equal
            if done.constraint == Constraint::AtLeast && done.value == Some(full) =>
        {
            Verdict::Met
        }
        std::cmp::Ordering::Equal => Verdict::Met,
        std::cmp::Ordering::Less => Verdict::Missed,
    };
    let unit = if done.measure == Measure::Multiple {
        "×"
    } else {
        "%"
    };
    Row {
        indicator: done.indicator.clone(),
        indicator_text: done.indicator_text.clone(),
        year: done.year,
        measure: done.measure,
        constraint: done.constraint,
        target: Some(full),
        target_high: None,
        target_text: compact_str::format_compact!("{full}{unit} of the target"),
        target_span: done.span.clone(),
        actual: done.value,
        actual_text: Some(done.text.clone()),
        actual_span: Some(done.span.clone()),
        actual_role: Some(Role::Completion),
        base_unit: done.base_unit.clone(),
        reference: None,
        reference_actual: None,
        verdict,
        margin: done.value.and_then(|v| v.checked_sub(full)),
        previous_actual: None,
        ambition: None,
        arithmetic: format!(
            "the review states {}: {value}{unit} of the target",
            done.text
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(role: Role, year: Option<u16>, period: Option<&str>, value: i64) -> Claim {
        Claim {
            indicator: Some("gdp".into()),
            indicator_text: "地区生产总值".into(),
            role,
            year,
            period: period.map(Into::into),
            measure: Measure::Growth,
            value: Some(Decimal::from(value)),
            high: None,
            base_unit: Some("%".into()),
            constraint: Constraint::Exact,
            reference: None,
            text: "".into(),
            span: 0..0,
            sentence: 0..0,
            doubt: None,
            explanation: None,
        }
    }

    fn value(results: &Results<'_>, year: Option<u16>) -> Option<Decimal> {
        results
            .get(Indicator::Known("gdp"), Measure::Growth, year)
            .and_then(|c| c.value)
    }

    /// The index picks what a scan of every claim would: a full-year actual before a
    /// partial one or an estimate, a result of no year matching any year, the first of equals.
    #[test]
    fn results_rank_like_a_scan() {
        let claims = [
            result(Role::Estimate, Some(2023), None, 1),
            result(Role::Actual, Some(2023), Some("上半年"), 2),
            result(Role::Actual, None, None, 3),
            result(Role::Actual, Some(2023), None, 4),
            result(Role::Actual, Some(2022), None, 5),
        ];
        let results = Results::of(&claims);
        // The undated full-year actual comes first, so it wins 2023 and any year.
        assert_eq!(value(&results, Some(2023)), Some(Decimal::from(3)));
        assert_eq!(value(&results, None), Some(Decimal::from(3)));
        assert_eq!(value(&results, Some(2021)), Some(Decimal::from(3)));
        let dated = Results::of(&claims[..2]);
        assert_eq!(value(&dated, Some(2023)), Some(Decimal::from(1)));
        assert_eq!(value(&dated, Some(2022)), None);
        let later = Results::of(&claims[3..]);
        assert_eq!(value(&later, Some(2022)), Some(Decimal::from(5)));
        assert_eq!(value(&later, None), Some(Decimal::from(4)));
    }
}
