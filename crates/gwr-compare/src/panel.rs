//! A panel: many reports of many places and years, paired into one table of targets and
//! results. No I/O here: the caller reads files and hands in parsed documents.

use std::{
    collections::{BTreeMap, BTreeSet},
    ops::Range,
};

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
            extractor.report_claims(doc, report, None, &mut claims);
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
///
/// Only the first report of each (place, jurisdiction, year) and kind keeps its claims, so a
/// folder of many copies stays small.
#[derive(Debug, Default)]
pub struct Panel {
    /// (place, jurisdiction if named) → year → the first plan and review filed.
    slots: BTreeMap<(String, Option<String>), BTreeMap<u16, Slots>>,
    /// How many reports were added with a place: a report's number decides which copy wins.
    filed: usize,
    /// Reports one of whose slots was taken when they were added.
    duplicates: BTreeSet<usize>,
    /// Reports that named no jurisdiction, by place.
    unnamed: BTreeMap<String, Vec<usize>>,
    /// Reports with no place or year: their claims cannot be paired.
    pub unplaced: usize,
}

/// One report's claims of one kind (targets or results) for one year.
#[derive(Debug)]
struct Slot {
    /// The report's number, in the order added.
    report: usize,
    source: String,
    claims: Vec<Claim>,
}

/// The year's targets and results of one (place, jurisdiction).
#[derive(Debug, Default)]
struct Slots {
    plan: Option<Slot>,
    review: Option<Slot>,
}

/// The reports of each (place, jurisdiction, year), as [`Panel::resolve`] pairs them.
#[derive(Debug, Default)]
struct Resolved<'a> {
    groups: BTreeMap<(&'a str, &'a str, u16), Group<'a>>,
    duplicates: BTreeSet<usize>,
    ambiguous: usize,
}

/// The claims of one place and year: from the report that set the year's targets and the
/// one that reviewed it.
#[derive(Debug, Default, Clone, Copy)]
struct Group<'a> {
    plan: Option<&'a Slot>,
    review: Option<&'a Slot>,
}

impl<'a> Resolved<'a> {
    /// Files the slots of one (place, jurisdiction) under `jurisdiction`. Where a slot is
    /// taken already, the report added first keeps it and the other is a duplicate.
    fn file(&mut self, place: &'a str, jurisdiction: &'a str, years: &'a BTreeMap<u16, Slots>) {
        for (&year, slots) in years {
            let group = self.groups.entry((place, jurisdiction, year)).or_default();
            for (taken, new) in [
                (&mut group.plan, &slots.plan),
                (&mut group.review, &slots.review),
            ] {
                let Some(new) = new else { continue };
                match taken {
                    Some(old) if old.report < new.report => {
                        self.duplicates.insert(new.report);
                    }
                    Some(old) => {
                        self.duplicates.insert(old.report);
                        *taken = Some(new);
                    }
                    None => *taken = Some(new),
                }
            }
        }
    }
}

impl Panel {
    /// An empty panel.
    pub fn new() -> Panel {
        Panel::default()
    }

    /// Files a report's targets under (place, year targeted) and its results under
    /// (place, year reviewed). The first report of each (place, jurisdiction, year) and kind
    /// wins; a later one is a duplicate and its claims are dropped.
    pub fn add(&mut self, report: ReportClaims) {
        let Some(place) = report.place.filter(|p| !p.is_empty()) else {
            self.unplaced += 1;
            return;
        };
        let number = self.filed;
        self.filed += 1;
        let jurisdiction = report.jurisdiction.filter(|j| !j.is_empty());
        if jurisdiction.is_none() {
            self.unnamed.entry(place.clone()).or_default().push(number);
        }
        let mut by_year: BTreeMap<(u16, bool), Vec<Claim>> = BTreeMap::new();
        for claim in report.claims {
            let Some(year) = claim.year else { continue };
            let is_target = claim.role == Role::Target;
            by_year.entry((year, is_target)).or_default().push(claim);
        }
        let years = self.slots.entry((place, jurisdiction)).or_default();
        for ((year, is_target), claims) in by_year {
            let slots = years.entry(year).or_default();
            let slot = if is_target {
                &mut slots.plan
            } else {
                &mut slots.review
            };
            if slot.is_some() {
                self.duplicates.insert(number);
            } else {
                *slot = Some(Slot {
                    report: number,
                    source: report.source.clone(),
                    claims,
                });
            }
        }
    }

    /// Decides which reports describe the same town: per place, the slots of reports that
    /// named no jurisdiction join those of the one jurisdiction named, if only one is.
    fn resolve(&self) -> Resolved<'_> {
        let mut resolved = Resolved {
            duplicates: self.duplicates.clone(),
            ..Resolved::default()
        };
        let mut unnamed_years: Option<(&str, &BTreeMap<u16, Slots>)> = None;
        let mut named: Vec<(&str, &str, &BTreeMap<u16, Slots>)> = Vec::new();
        // Keys sort by place, and within a place the unnamed (None) first.
        let mut keys = self.slots.iter().peekable();
        while let Some(((place, jurisdiction), years)) = keys.next() {
            match jurisdiction {
                None => unnamed_years = Some((place, years)),
                Some(j) => named.push((place, j, years)),
            }
            let place_ends = keys.peek().is_none_or(|((next, _), _)| next != place);
            if !place_ends {
                continue;
            }
            match (unnamed_years.take(), named.len()) {
                (Some((place, years)), 0) => resolved.file(place, "", years),
                (Some((place, years)), 1) => resolved.file(place, named[0].1, years),
                // Which of the towns of this name? Those reports do not say.
                (Some((place, _)), _) => {
                    for report in self.unnamed.get(place).into_iter().flatten() {
                        resolved.ambiguous += 1;
                        // Left out already: not also a duplicate.
                        resolved.duplicates.remove(report);
                    }
                }
                (None, _) => {}
            }
            for (place, jurisdiction, years) in named.drain(..) {
                resolved.file(place, jurisdiction, years);
            }
        }
        resolved
    }

    /// Reports whose (place, year) slot was already taken: the first one was used.
    pub fn duplicates(&self) -> usize {
        self.resolve().duplicates.len()
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
            let (plan_source, plan) = group.plan.map_or((None, &[][..]), |s| {
                (Some(s.source.as_str()), &s.claims[..])
            });
            let (review_source, review) = group.review.map_or((None, &[][..]), |s| {
                (Some(s.source.as_str()), &s.claims[..])
            });
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
