//! A panel: many reports of many places and years, paired into one table of targets and
//! results. No I/O here: the caller reads files and hands in parsed documents.

use std::{collections::BTreeMap, ops::Range};

use compact_str::CompactString;
use gwr_grammar::Document;
use rust_decimal::Decimal;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::{
    Extractor,
    claim::{Claim, Constraint, Measure, Role},
    compare::{Policy, Verdict, compare_with},
};

/// The claims of one report, ready to be paired: only claims of indicators the lexicon
/// knows are kept (the `claims` example lists the others), so a panel of thousands of
/// reports stays small.
#[derive(Debug, Clone)]
pub struct ReportClaims {
    /// Where the report came from (a file path), copied into every row.
    pub source: String,
    /// The report's place, as the grammar read it ("松源镇"); `None` when unknown.
    pub place: Option<String>,
    /// The unit the place lies in ("梅县区"), when the report's header says.
    pub jurisdiction: Option<String>,
    /// The year the report was given.
    pub delivery_year: Option<u16>,
    /// The report's claims of known indicators.
    pub claims: Vec<Claim>,
}

/// The reports of a parsed document, each with its claims of known indicators. Pass an
/// extractor made with [`Extractor::known_only`] to skip the work on the others.
pub fn report_claims(extractor: &Extractor, doc: &Document<'_>, source: &str) -> Vec<ReportClaims> {
    doc.reports
        .iter()
        .map(|report| {
            let mut claims = Vec::new();
            extractor.report_claims(doc, report, &mut claims);
            claims.retain(|c| c.indicator.is_some());
            ReportClaims {
                source: source.to_owned(),
                place: report.place.as_deref().map(normalize_place),
                jurisdiction: report.jurisdiction.as_deref().map(normalize_place),
                delivery_year: report.delivery_year(),
                claims,
            }
        })
        .collect()
}

/// The key a place is matched by across reports: the grammar already keeps the most
/// specific unit ("梅县区松源镇" → "松源镇"); white space and a trailing 人民政府 go too.
pub fn normalize_place(place: &str) -> String {
    let compact: String = place.chars().filter(|c| !c.is_whitespace()).collect();
    compact
        .strip_suffix("人民政府")
        .map_or(compact.clone(), str::to_owned)
}

/// One row of the panel: one (place, year, indicator, measure).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct PanelRow {
    /// The place ("松源镇"), empty when no report said.
    pub place: String,
    /// The unit the place lies in ("梅县区"), empty when no report of the place said.
    pub jurisdiction: String,
    /// The year targeted and reviewed.
    pub year: Option<u16>,
    /// Lexicon id.
    pub indicator: Option<CompactString>,
    /// The name as written (in the plan report if there is one).
    pub indicator_text: CompactString,
    /// Level, growth, …
    pub measure: Measure,
    /// The target's constraint (`exact` for a result with no target).
    pub constraint: Constraint,
    /// Target in the base unit.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str_option"))]
    pub target: Option<Decimal>,
    /// The target as written.
    pub target_text: Option<CompactString>,
    /// The file that set the target.
    pub target_source: Option<String>,
    /// Where the target is in that file's decoded text.
    #[cfg_attr(feature = "serde", serde(with = "gwr_span::option"))]
    pub target_span: Option<Range<usize>>,
    /// Result in the base unit.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str_option"))]
    pub actual: Option<Decimal>,
    /// The result as written.
    pub actual_text: Option<CompactString>,
    /// The file that reported the result.
    pub actual_source: Option<String>,
    /// Where the result is in that file's decoded text.
    #[cfg_attr(feature = "serde", serde(with = "gwr_span::option"))]
    pub actual_span: Option<Range<usize>>,
    /// The base unit of target and result.
    pub base_unit: Option<CompactString>,
    /// Whether the target was kept; `not_reported` when the partner report is missing.
    pub verdict: Verdict,
    /// As in a comparison: points for percent measures, a ratio for amounts.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str_option"))]
    pub margin: Option<Decimal>,
}

/// Pairs reports by place and year. Add reports in a fixed order (sorted paths) for
/// deterministic output.
///
/// Towns of one name are told apart by their jurisdiction ([`ReportClaims::jurisdiction`]).
/// Reports of a place that name no jurisdiction pair with those that do, as long as all of
/// those name the same one; when reports of one place name different jurisdictions, a report
/// naming none cannot be placed and is counted in [`Panel::ambiguous`] instead of being paired
/// with the wrong town.
#[derive(Debug, Default)]
pub struct Panel {
    /// The reports added, by place, in the order added.
    places: BTreeMap<String, Vec<Filed>>,
    /// Reports with no place or year: their claims cannot be paired.
    pub unplaced: usize,
}

/// One added report: its claims by (year, whether they are targets).
#[derive(Debug)]
struct Filed {
    source: String,
    jurisdiction: Option<String>,
    claims: BTreeMap<(u16, bool), Vec<Claim>>,
}

/// The reports of each (place, jurisdiction, year), as [`Panel::resolve`] pairs them.
#[derive(Debug, Default)]
struct Resolved<'a> {
    groups: BTreeMap<(&'a str, &'a str, u16), Group<'a>>,
    duplicates: usize,
    ambiguous: usize,
}

/// The claims of one place and year: from the report that set the year's targets and the
/// one that reviewed it. The first report (in the order added) of each kind wins; later
/// copies are counted as duplicates.
#[derive(Debug, Default)]
struct Group<'a> {
    plan: Option<(&'a str, &'a [Claim])>,
    review: Option<(&'a str, &'a [Claim])>,
}

impl Panel {
    /// An empty panel.
    pub fn new() -> Panel {
        Panel::default()
    }

    /// Files a report's targets under (place, year targeted) and its results under
    /// (place, year reviewed).
    pub fn add(&mut self, report: ReportClaims) {
        let Some(place) = report.place.filter(|p| !p.is_empty()) else {
            self.unplaced += 1;
            return;
        };
        let mut claims: BTreeMap<(u16, bool), Vec<Claim>> = BTreeMap::new();
        for claim in report.claims {
            let Some(year) = claim.year else { continue };
            let is_target = claim.role == Role::Target;
            claims.entry((year, is_target)).or_default().push(claim);
        }
        self.places.entry(place).or_default().push(Filed {
            source: report.source,
            jurisdiction: report.jurisdiction.filter(|j| !j.is_empty()),
            claims,
        });
    }

    /// Decides which reports describe the same town, and files each report's claims under
    /// (place, jurisdiction, year).
    fn resolve(&self) -> Resolved<'_> {
        let mut resolved = Resolved::default();
        for (place, filed) in &self.places {
            let mut named = filed.iter().filter_map(|f| f.jurisdiction.as_deref());
            let only = named.next();
            let several = named.any(|j| Some(j) != only);
            for report in filed {
                let jurisdiction = match (report.jurisdiction.as_deref(), several) {
                    (Some(j), _) => j,
                    (None, false) => only.unwrap_or(""),
                    // Which of the towns of this name? The report does not say.
                    (None, true) => {
                        resolved.ambiguous += 1;
                        continue;
                    }
                };
                let mut duplicate = false;
                for (&(year, is_target), claims) in &report.claims {
                    let key = (place.as_str(), jurisdiction, year);
                    let group = resolved.groups.entry(key).or_default();
                    let slot = if is_target {
                        &mut group.plan
                    } else {
                        &mut group.review
                    };
                    if slot.is_some() {
                        duplicate = true;
                    } else {
                        *slot = Some((report.source.as_str(), claims.as_slice()));
                    }
                }
                resolved.duplicates += usize::from(duplicate);
            }
        }
        resolved
    }

    /// Reports whose (place, year) slot was already taken: the first one was used.
    pub fn duplicates(&self) -> usize {
        self.resolve().duplicates
    }

    /// Reports that name a place which reports from several jurisdictions share, and name no
    /// jurisdiction themselves: they cannot be paired.
    pub fn ambiguous(&self) -> usize {
        self.resolve().ambiguous
    }

    /// How many (place, year) slots have both a plan and a review.
    pub fn pairs(&self) -> usize {
        self.resolve()
            .groups
            .values()
            .filter(|g| g.plan.is_some() && g.review.is_some())
            .count()
    }

    /// The rows, by place, then year, then the plan report's order.
    pub fn rows(&self, extractor: &Extractor, policy: &Policy) -> Vec<PanelRow> {
        let mut out = Vec::new();
        for (&(place, jurisdiction, year), group) in &self.resolve().groups {
            let (plan_source, plan) = group.plan.map_or((None, &[][..]), |(s, c)| (Some(s), c));
            let (review_source, review) =
                group.review.map_or((None, &[][..]), |(s, c)| (Some(s), c));
            if group.plan.is_some() {
                let comparison = compare_with(plan, review, policy, extractor.lexicon());
                for r in comparison.rows {
                    let from_review = r.actual_role == Some(Role::Completion);
                    out.push(PanelRow {
                        place: place.to_owned(),
                        jurisdiction: jurisdiction.to_owned(),
                        year: Some(year),
                        indicator: r.indicator,
                        indicator_text: r.indicator_text,
                        measure: r.measure,
                        constraint: r.constraint,
                        target: r.target,
                        target_text: Some(r.target_text),
                        target_source: if from_review {
                            review_source
                        } else {
                            plan_source
                        }
                        .map(str::to_owned),
                        target_span: Some(r.target_span),
                        actual: r.actual,
                        actual_source: r.actual_span.as_ref().and(review_source).map(str::to_owned),
                        actual_text: r.actual_text,
                        actual_span: r.actual_span,
                        base_unit: r.base_unit,
                        verdict: r.verdict,
                        margin: r.margin,
                    });
                }
            } else {
                // A review with no plan: its results, one per indicator and measure.
                let mut seen = std::collections::BTreeSet::new();
                for c in review {
                    if !seen.insert((c.indicator.clone(), c.measure)) || c.value.is_none() {
                        continue;
                    }
                    out.push(PanelRow {
                        place: place.to_owned(),
                        jurisdiction: jurisdiction.to_owned(),
                        year: Some(year),
                        indicator: c.indicator.clone(),
                        indicator_text: c.indicator_text.clone(),
                        measure: c.measure,
                        constraint: Constraint::Exact,
                        target: None,
                        target_text: None,
                        target_source: None,
                        target_span: None,
                        actual: c.value,
                        actual_text: Some(c.text.clone()),
                        actual_source: review_source.map(str::to_owned),
                        actual_span: Some(c.span.clone()),
                        base_unit: c.base_unit.clone(),
                        verdict: Verdict::NotReported,
                        margin: None,
                    });
                }
            }
        }
        out
    }
}
