//! Scoring against hand-read gold: claims, comparisons and outlines, in the format of the
//! corpus gold files (`gold/*.json`, rules in the corpus `CONVENTIONS.md`).
//!
//! ```
//! use gwr_compare::evaluate::{ClaimGold, Outcome, score_claims};
//!
//! let text = "各位代表：\n一、2023年工作回顾\n全年实现地区生产总值42.3亿元，同比增长5.8%。\n";
//! let gold: ClaimGold = serde_json::from_str(r#"{"claims": [
//!   {"file": "a.txt", "line": 3, "role": "actual", "year": 2023,
//!    "indicator": "gdp", "measure": "growth", "value": "5.8"}
//! ]}"#).unwrap();
//! let claims = gwr_compare::claims(&gwr_grammar::parse(text));
//! let score = score_claims(&gold.claims, "a.txt", text, &claims);
//! assert!(matches!(score.gold[0].1, Outcome::Found));
//! ```
//!
//! A gold claim is *found* when a claim on its line has its indicator, role, year, measure
//! and value (and constraint, for targets); *wrong* when a claim of its indicator on its
//! line differs in any of those (the difference is named); *missed* otherwise. A claim of
//! an indicator the gold file covers, on a line the gold file covers, that matches no gold
//! claim is an *extra*: a figure the reader did not take as that indicator's claim (a
//! five-year average, a share, a restated target) — the silent wrong numbers.

use std::collections::BTreeSet;

use rust_decimal::Decimal;
use serde::Deserialize;

use crate::{Claim, Comparison, Constraint, Doubt, Measure, Role, Verdict};

/// A gold file of claims (`{"claims": [...]}`; other fields are ignored).
#[derive(Debug, Clone, Deserialize)]
pub struct ClaimGold {
    /// The hand-read claims.
    pub claims: Vec<GoldClaim>,
}

/// One hand-read claim.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldClaim {
    /// The file, relative to the gold set's folder.
    pub file: String,
    /// The 1-based physical line holding the figure's digits.
    pub line: usize,
    /// `target`, `actual`, `estimate` or `completion`.
    pub role: Role,
    /// The year the figure is about.
    pub year: Option<u16>,
    /// The lexicon id, or `None` for an indicator a reader leaves unnamed.
    pub indicator: Option<String>,
    /// `level` (any amount, count or rate), `growth`, …
    pub measure: String,
    /// The value in base units, or `None` when the text states no figure (any value counts).
    #[serde(default, with = "rust_decimal::serde::str_option")]
    pub value: Option<Decimal>,
    /// For targets.
    #[serde(default)]
    pub constraint: Option<Constraint>,
    /// Other readings that count as right.
    #[serde(default)]
    pub variants: Vec<Variant>,
}

/// Another (measure, value) reading of a gold claim that counts as right.
#[derive(Debug, Clone, Deserialize)]
pub struct Variant {
    /// As [`GoldClaim::measure`].
    pub measure: String,
    /// As [`GoldClaim::value`].
    #[serde(default, with = "rust_decimal::serde::str_option")]
    pub value: Option<Decimal>,
}

/// What became of one gold item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Emitted as read.
    Found,
    /// Emitted with a difference, named in plain words ("year 2022, not 2023").
    Wrong(String),
    /// Not emitted.
    Missed,
}

/// The score of one file's claims.
#[derive(Debug, Clone, Default)]
pub struct ClaimScore<'g> {
    /// Each gold claim of the file and its outcome.
    pub gold: Vec<(&'g GoldClaim, Outcome)>,
    /// Claims on gold lines, of indicators the gold set covers, that match no gold claim:
    /// the claim and its line.
    pub extra: Vec<(Claim, usize)>,
    /// Claims of a wrong indicator: a claim of an indicator the gold set covers, of a figure
    /// the gold gives on its line (same value and measure) under another indicator and not
    /// under its own, or under none where the reader found the name ambiguous. The claim
    /// and its line; the gold indicator.
    pub wrong_indicator: Vec<(Claim, usize, Option<&'g str>)>,
}

/// Whether a claim's measure is a reading of a gold measure: a gold `level` is any amount,
/// count or rate.
fn measure_matches(gold: &str, measure: Measure) -> bool {
    match gold {
        "level" => matches!(measure, Measure::Level | Measure::Count | Measure::Rate),
        other => other == measure.as_str(),
    }
}

fn value_matches(gold: Option<Decimal>, value: Option<Decimal>) -> bool {
    gold.is_none_or(|g| value.is_some_and(|v| v.normalize() == g.normalize()))
}

/// Whether a claim is the gold claim exactly (line and indicator checked by the caller).
fn differences(gold: &GoldClaim, claim: &Claim) -> Vec<String> {
    let mut out = Vec::new();
    if claim.role != gold.role {
        out.push(format!("role {}, not {}", claim.role, gold.role));
    }
    if claim.year != gold.year {
        out.push(format!(
            "year {}, not {}",
            show(claim.year),
            show(gold.year)
        ));
    }
    let readings = std::iter::once((gold.measure.as_str(), gold.value))
        .chain(gold.variants.iter().map(|v| (v.measure.as_str(), v.value)));
    let mut measure_seen = false;
    let mut value_right = false;
    for (measure, value) in readings {
        if measure_matches(measure, claim.measure) {
            measure_seen = true;
            value_right |= value_matches(value, claim.value);
        }
    }
    if !measure_seen {
        out.push(format!("measure {}, not {}", claim.measure, gold.measure));
    } else if !value_right {
        out.push(format!(
            "value {}, not {}",
            show(claim.value.map(|v| v.normalize())),
            show(gold.value.map(|v| v.normalize()))
        ));
    }
    if gold.role == Role::Target
        && let Some(c) = gold.constraint
    {
        // A range is read at its low end: the gold's at_least.
        let same = claim.constraint == c
            || (claim.constraint == Constraint::Range && c == Constraint::AtLeast);
        if !same {
            out.push(format!("constraint {}, not {c}", claim.constraint));
        }
    }
    out
}

fn show<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "none".to_owned(), |v| v.to_string())
}

/// The 1-based line of byte offset `at` in `text`.
pub fn line_of(text: &str, at: usize) -> usize {
    let end = at.min(text.len());
    memchr::memchr_iter(b'\n', &text.as_bytes()[..end]).count() + 1
}

/// Scores the claims extracted from one file (`text`, named `file` as in the gold) against
/// the gold claims of that file.
pub fn score_claims<'g>(
    gold: &'g [GoldClaim],
    file: &str,
    text: &str,
    claims: &[Claim],
) -> ClaimScore<'g> {
    let covered: BTreeSet<&str> = gold.iter().filter_map(|g| g.indicator.as_deref()).collect();
    let gold: Vec<&GoldClaim> = gold.iter().filter(|g| g.file == file).collect();
    let lines: BTreeSet<usize> = gold.iter().map(|g| g.line).collect();
    let located: Vec<(usize, &Claim)> = claims
        .iter()
        .map(|c| (line_of(text, c.span.start), c))
        .filter(|(line, _)| lines.contains(line))
        .collect();
    let mut used = vec![false; located.len()];
    let mut score = ClaimScore::default();
    for g in &gold {
        let candidates = || {
            located.iter().enumerate().filter(|(_, (line, c))| {
                *line == g.line && c.indicator.as_deref() == g.indicator.as_deref()
            })
        };
        let exact = candidates().find(|(k, (_, c))| !used[*k] && differences(g, c).is_empty());
        let outcome = if let Some((k, _)) = exact {
            used[k] = true;
            Outcome::Found
        } else if let Some((_, (_, c))) = candidates()
            .filter(|(_, (_, c))| c.role == g.role || measure_matches(&g.measure, c.measure))
            .min_by_key(|(_, (_, c))| differences(g, c).len())
        {
            Outcome::Wrong(format!("{}: {}", c.text, differences(g, c).join("; ")))
        } else {
            Outcome::Missed
        };
        score.gold.push((g, outcome));
    }
    for (k, (line, c)) in located.iter().enumerate() {
        let in_gold_set = c
            .indicator
            .as_deref()
            .is_some_and(|id| covered.contains(id));
        let matched = used[k]
            || gold.iter().any(|g| {
                g.line == *line
                    && c.indicator.as_deref() == g.indicator.as_deref()
                    && differences(g, c).is_empty()
            });
        if in_gold_set && !matched {
            score.extra.push(((*c).clone(), *line));
        }
        // Only indicators the gold set reads: a figure of another indicator that happens to
        // have the same value on the line is another figure. Nor a figure over several
        // years: the gold records none (CONVENTIONS.md), so a year's figure of the same
        // value on its line is another figure too ("财政总收入和一般预算收入年均增长15%
        // （2006年分别增长15%和14%）").
        let of_a_year = c.doubt != Some(Doubt::MultiYear);
        if let Some(id) = c
            .indicator
            .as_deref()
            .filter(|id| of_a_year && covered.contains(id))
        {
            let same_figure = |g: &&&GoldClaim| {
                g.line == *line
                    && g.value.is_some()
                    && measure_matches(&g.measure, c.measure)
                    && value_matches(g.value, c.value)
            };
            let mut figures = gold.iter().filter(same_figure);
            let own = figures.clone().any(|g| g.indicator.as_deref() == Some(id));
            if let Some(g) = figures.next().filter(|_| !own) {
                score
                    .wrong_indicator
                    .push(((*c).clone(), *line, g.indicator.as_deref()));
            }
        }
    }
    score
}

/// A gold file of comparisons (`{"pairs": [...]}`).
#[derive(Debug, Clone, Deserialize)]
pub struct CompareGold {
    /// One plan/review pair of files each.
    pub pairs: Vec<GoldPair>,
}

/// The rows a reader expects from comparing one plan with the next year's review.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldPair {
    /// The file whose targets are judged.
    pub plan: String,
    /// The file that reviews the plan's year.
    pub review: String,
    /// The plan's year.
    pub year: u16,
    /// One row per target with a figure.
    pub rows: Vec<GoldRow>,
}

/// A reader's verdict on one target.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldRow {
    /// The lexicon id.
    pub indicator: String,
    /// As [`GoldClaim::measure`].
    pub measure: String,
    /// `kept`, `broken` or `absent`.
    pub expect: String,
    /// Actual − target in percentage points, for growth rows that are not absent.
    #[serde(default, with = "rust_decimal::serde::str_option")]
    pub margin_pp: Option<Decimal>,
}

/// A verdict in a reader's three words.
pub fn reader_verdict(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Met | Verdict::Exceeded | Verdict::WithinTolerance => "kept",
        Verdict::Missed => "broken",
        Verdict::NotReported
        | Verdict::NotComparable
        | Verdict::NoReviewReport
        | Verdict::NoTarget => "absent",
    }
}

/// Scores one comparison against a gold pair: each gold row's outcome, and the rows the
/// comparison made that the reader did not (described).
pub fn score_comparison<'g>(
    pair: &'g GoldPair,
    comparison: &Comparison,
) -> (Vec<(&'g GoldRow, Outcome)>, Vec<String>) {
    let in_year = |r: &&crate::Row| r.year == Some(pair.year) && r.indicator.is_some();
    let mut used = vec![false; comparison.rows.len()];
    let mut out = Vec::new();
    for g in &pair.rows {
        let found = comparison.rows.iter().enumerate().find(|(k, r)| {
            !used[*k]
                && in_year(r)
                && r.indicator.as_deref() == Some(g.indicator.as_str())
                && measure_matches(&g.measure, r.measure)
        });
        let outcome = match found {
            None if g.expect == "absent" => Outcome::Found,
            None => Outcome::Missed,
            Some((k, r)) => {
                used[k] = true;
                let got = reader_verdict(r.verdict);
                let margin_right = g
                    .margin_pp
                    .is_none_or(|m| r.margin.is_some_and(|v| v.normalize() == m.normalize()));
                if got != g.expect {
                    Outcome::Wrong(format!("{got}, not {} ({})", g.expect, r.arithmetic))
                } else if !margin_right {
                    Outcome::Wrong(format!(
                        "margin {}, not {}",
                        show(r.margin),
                        show(g.margin_pp)
                    ))
                } else {
                    Outcome::Found
                }
            }
        };
        out.push((g, outcome));
    }
    let extra = comparison
        .rows
        .iter()
        .enumerate()
        .filter(|(k, r)| !used[*k] && in_year(r) && reader_verdict(r.verdict) != "absent")
        .map(|(_, r)| {
            format!(
                "{} {} {}: {}",
                r.indicator.as_deref().unwrap_or("?"),
                r.measure,
                reader_verdict(r.verdict),
                r.arithmetic
            )
        })
        .collect();
    (out, extra)
}

/// A gold file of outlines (`{"files": {"name": {"reports": [...]}}}`).
#[derive(Debug, Clone, Deserialize)]
pub struct OutlineGold {
    /// Each file's reports, by file name relative to the gold set's folder.
    pub files: std::collections::BTreeMap<String, GoldFile>,
}

/// The reports of one file.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldFile {
    /// In file order.
    pub reports: Vec<GoldReport>,
}

/// A reader's outline of one report.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldReport {
    /// The report's first line (1-based).
    pub first_line: usize,
    /// Its place, as the header or the text names it as its own.
    #[serde(default)]
    pub place: Option<String>,
    /// Every place name that counts as right, where a reader accepts several (长春市, 长春).
    #[serde(default)]
    pub place_accepted: Option<Vec<Option<String>>>,
    /// Its date, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    /// Who delivered it.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The meeting it was delivered to.
    #[serde(default)]
    pub meeting: Option<String>,
    /// Its top-level sections.
    pub sections: Vec<GoldSection>,
    /// Every heading as `[line, depth]`.
    pub headings: Vec<(usize, u8)>,
}

/// A reader's top-level section.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldSection {
    /// The line of its title.
    pub line: usize,
    /// `review`, `plan`, `self_building` or `other`.
    pub kind: gwr_grammar::SectionKind,
    /// The year it is about.
    pub year: Option<u16>,
    /// Every year that counts as right, where a reader accepts several.
    #[serde(default)]
    pub years_accepted: Option<Vec<Option<u16>>>,
    /// Every kind that counts as right, where a reader accepts several.
    #[serde(default)]
    pub kinds_accepted: Option<Vec<gwr_grammar::SectionKind>>,
}

/// Right and total counts of one part of an outline.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Items read as the gold reads them.
    pub right: usize,
    /// Gold items.
    pub total: usize,
}

impl Tally {
    fn add(&mut self, right: bool) {
        self.right += usize::from(right);
        self.total += 1;
    }
}

/// The score of one file's outline, with each wrong item named.
#[derive(Debug, Clone, Default)]
pub struct OutlineScore {
    /// Header fields (place, date, speaker, meeting) of each report.
    pub header: Tally,
    /// Top-level sections with the right kind and year.
    pub sections: Tally,
    /// Headings at the right line with the right depth.
    pub headings: Tally,
    /// Lines taken as headings that the reader does not list.
    pub extra_headings: Vec<usize>,
    /// What was wrong, in plain words.
    pub wrong: Vec<String>,
}

/// Scores a parsed file against a reader's outline of it.
pub fn score_outline(gold: &GoldFile, doc: &gwr_grammar::Document<'_>) -> OutlineScore {
    let text = doc.source();
    let mut score = OutlineScore::default();
    for g in &gold.reports {
        // The report holding the gold report's first line, else the first that starts after.
        let report = doc
            .reports
            .iter()
            .find(|r| line_of(text, r.span.end.saturating_sub(1)) >= g.first_line);
        let Some(report) = report else {
            score
                .wrong
                .push(format!("report at line {}: not found", g.first_line));
            continue;
        };
        let date = report
            .date
            .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day));
        let fields = [
            ("place", &g.place, &report.place),
            ("date", &g.date, &date),
            ("speaker", &g.speaker, &report.speaker),
            ("meeting", &g.meeting, &report.meeting),
        ];
        for (name, want, got) in fields {
            let right = want == got
                || (name == "place"
                    && g.place_accepted
                        .as_ref()
                        .is_some_and(|list| list.contains(got)));
            score.header.add(right);
            if !right {
                score.wrong.push(format!(
                    "{name}: {}, not {}",
                    show(got.as_deref()),
                    show(want.as_deref())
                ));
            }
        }
        for s in &g.sections {
            let found = report.sections.iter().find(|x| {
                x.heading
                    .as_ref()
                    .is_some_and(|h| line_of(text, h.span.start) == s.line)
            });
            let year_ok = |y: Option<u16>| match &s.years_accepted {
                Some(list) => list.contains(&y),
                None => y == s.year,
            };
            let kind_ok = |k: gwr_grammar::SectionKind| match &s.kinds_accepted {
                Some(list) => list.contains(&k),
                None => k == s.kind,
            };
            let right = found.is_some_and(|x| kind_ok(x.kind) && year_ok(x.year));
            score.sections.add(right);
            if !right {
                let got = found.map_or_else(
                    || "no section".to_owned(),
                    |x| format!("{:?} {}", x.kind, show(x.year)),
                );
                score.wrong.push(format!(
                    "section at line {}: {got}, not {:?} {}",
                    s.line,
                    s.kind,
                    show(s.year)
                ));
            }
        }
        let got: Vec<(usize, u8)> = report
            .headings()
            .iter()
            .map(|h| (line_of(text, h.span.start), h.depth))
            .collect();
        for &(line, depth) in &g.headings {
            let right = got.contains(&(line, depth));
            score.headings.add(right);
            if !right {
                let seen = got
                    .iter()
                    .find(|h| h.0 == line)
                    .map_or_else(|| "no heading".to_owned(), |h| format!("depth {}", h.1));
                score
                    .wrong
                    .push(format!("heading at line {line}: {seen}, not depth {depth}"));
            }
        }
        score.extra_headings.extend(
            got.iter()
                .map(|h| h.0)
                .filter(|line| !g.headings.iter().any(|h| h.0 == *line)),
        );
    }
    score
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::{Extractor, Lexicon};

    fn gold(json: &str) -> ClaimGold {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn a_figure_under_another_indicator_is_a_wrong_indicator() {
        // The reader gives 8% to fiscal revenue; a reading that hands it to the budget
        // revenue named in the clause before is a wrong indicator, and 6% of GDP is right.
        let text = "各位代表：\n一、2020年工作回顾\n地区生产总值增长6%，一般预算收入20亿元，财政总收入增长8%。\n";
        let gold = gold(
            r#"{"claims": [
              {"file": "t.txt", "line": 3, "role": "actual", "year": 2020, "indicator": "gdp", "measure": "growth", "value": "6"},
              {"file": "t.txt", "line": 3, "role": "actual", "year": 2020, "indicator": "general_budget_revenue", "measure": "level", "value": "2000000000"},
              {"file": "t.txt", "line": 3, "role": "actual", "year": 2020, "indicator": "fiscal_revenue", "measure": "growth", "value": "8"}
            ]}"#,
        );
        let mut claims = Extractor::new(Lexicon::builtin())
            .claims_with_year(&gwr_grammar::parse(text), Some(2021));
        let score = score_claims(&gold.claims, "t.txt", text, &claims);
        assert!(
            score.wrong_indicator.is_empty(),
            "{:?}",
            score.wrong_indicator
        );
        let fiscal = claims
            .iter_mut()
            .find(|c| c.indicator.as_deref() == Some("fiscal_revenue"))
            .unwrap();
        fiscal.indicator = Some("general_budget_revenue".into());
        let score = score_claims(&gold.claims, "t.txt", text, &claims);
        let wrong: Vec<_> = score
            .wrong_indicator
            .iter()
            .map(|(c, line, want)| (c.indicator.as_deref(), *line, *want))
            .collect();
        assert_eq!(
            wrong,
            [(Some("general_budget_revenue"), 3, Some("fiscal_revenue"))]
        );
    }

    #[test]
    fn a_five_year_average_is_not_a_year_figure_of_the_same_value() {
        // The 年均 15% is the budget revenue's, rightly; the reader's 15% is the plan year's
        // fiscal revenue growth in the brackets, another figure.
        let text = "各位代表：\n二、2006年工作安排\n财政总收入和一般预算收入年均增长15%（2006年分别增长15%和14%）。\n";
        let gold = gold(
            r#"{"claims": [
              {"file": "t.txt", "line": 3, "role": "target", "year": 2006, "indicator": "fiscal_revenue", "measure": "growth", "value": "15", "constraint": "exact"},
              {"file": "t.txt", "line": 3, "role": "target", "year": 2006, "indicator": "general_budget_revenue", "measure": "growth", "value": "14", "constraint": "exact"}
            ]}"#,
        );
        let claims = Extractor::new(Lexicon::builtin())
            .claims_with_year(&gwr_grammar::parse(text), Some(2006));
        assert!(
            claims.iter().any(|c| c.doubt == Some(Doubt::MultiYear)
                && c.indicator.as_deref() == Some("general_budget_revenue")),
            "{claims:?}"
        );
        let score = score_claims(&gold.claims, "t.txt", text, &claims);
        assert!(
            score.gold.iter().all(|(_, o)| matches!(o, Outcome::Found)),
            "{:?}",
            score.gold
        );
        assert!(
            score.wrong_indicator.is_empty(),
            "{:?}",
            score.wrong_indicator
        );
    }
}
