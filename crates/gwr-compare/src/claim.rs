//! Claims: figures tied to indicators, with their role, year, measure and constraint.

use std::{borrow::Cow, collections::HashMap, ops::Range};

use compact_str::CompactString;
use gwr_grammar::{
    Block, Document, Paragraph, ParagraphRole, Report, Section, SectionKind, Sentence, YearSource,
};
use gwr_quantity::{Dimension, Qualifier, Quantity};
use rayon::prelude::*;
use rust_decimal::Decimal;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::{
    lexicon::{Direction, Lexicon, NameMatch, Owner},
    marks::Marks,
    squeeze::{self, Squeezed},
    words::{
        self, Kind, LazyWords, OwnLevel, PlanPeriodBases, SentenceWords, head_chars, tail_chars,
    },
};

/// What a figure is in the report's argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Role {
    /// A promise: in a 主要预期目标 paragraph or a plan section (力争, 确保, 目标…).
    Target,
    /// A result: in a review section (完成, 实现, 达, 增长…).
    Actual,
    /// A result not yet final (预计…).
    Estimate,
    /// How far a target was met (目标完成率117.12%, 完成年度任务目标的2倍).
    Completion,
}

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Measure {
    /// An amount at a point or over the year (83.98亿元).
    Level,
    /// A change in percent (同比增长2.3%, 下降1.5% as −1.5).
    Growth,
    /// A change in percentage points (提高2个百分点).
    PpChange,
    /// An absolute change (比上年增加320万元).
    Change,
    /// A number of things (新增规上工业企业2家).
    Count,
    /// A rate or share in percent (失业率4.5%).
    Rate,
    /// Percent of a target met (目标完成率117.12%).
    CompletionRate,
    /// A multiple (完成年度任务目标的2倍).
    Multiple,
}

/// What a target promises about its figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Constraint {
    /// The figure itself (增长6%).
    Exact,
    /// About the figure (6%左右).
    Approx,
    /// At least (8%以上, 超…).
    AtLeast,
    /// At most (4.5%以内, 控制在…).
    AtMost,
    /// Between `value` and `high` (3-5家).
    Range,
    /// Above zero, no figure (保持正增长).
    Positive,
    /// At least the growth of `reference` (与经济增长同步).
    InStepWith,
    /// More than the growth of `reference` (增速高于经济增长).
    Above,
}

/// Why a claim's reading is not certain. A claim with a doubt is kept, so a reader sees the
/// figure and the reason, but [`compare`](crate::compare) and the panel do not turn it into
/// a verdict unless asked ([`Policy::include_doubtful`](crate::Policy::include_doubtful)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Doubt {
    /// A figure over several years (年均, 累计, 五年, 比2010年翻一番), not one year's.
    MultiYear,
    /// A name that stands for more than one indicator (地方财政收入: fiscal or budget
    /// revenue), so no id is given.
    AmbiguousIndicator,
    /// The year cannot be placed: neither the sentence, the section, the report's date nor
    /// the caller gives it.
    UnknownYear,
    /// A stretch goal (力争) beside a firm one (确保) in the same breath: "确保增长12%、力争
    /// 增长15%" promises 12; the 15 is hoped for.
    StretchGoal,
    /// A name beside a figure of another dimension than the indicator's ("地区生产总值等4项
    /// 指标": a count beside a money indicator): the figure measures something else the name
    /// belongs to, so no id is given.
    UnitMismatch,
    /// A growth at current prices (名义增长, 按现价计算): the subject's, prices included, not
    /// the real growth its targets and results are of.
    Nominal,
    /// A level that bounds the size of what is counted ("固定资产投资5000万元以上产业项目294
    /// 个": projects of 50 million yuan or more): not the named indicator's, so no id is
    /// given.
    SizeClass,
    /// A second figure of the subject's in its sentence, of the same measure, on another
    /// basis ("下降8.4%（按可比口径增长3.5%）", "增长2%以上（剔除…因素，同口径增长15%以上）"):
    /// the first is the one read.
    OtherBasis,
}

impl Doubt {
    /// The reason in plain words.
    pub fn reason(self) -> &'static str {
        match self {
            Doubt::MultiYear => {
                "a figure over several years (年均, 累计, 五年…) or a goal for a year after the plan year (到2025年…), not one year's"
            }
            Doubt::AmbiguousIndicator => {
                "the name stands for more than one indicator, so no id is given"
            }
            Doubt::UnknownYear => {
                "no year: neither the sentence, the section, the report's date nor the caller gives one"
            }
            Doubt::StretchGoal => {
                "a stretch goal (力争) beside a firm one (确保): the firm one is the target"
            }
            Doubt::UnitMismatch => {
                "the figure's unit is not the named indicator's: it measures something else, so no id is given"
            }
            Doubt::Nominal => {
                "a growth at current prices (名义, 按现价), not the real growth targets and results are of"
            }
            Doubt::OtherBasis => {
                "a second figure of the same subject in its sentence, on another basis (可比口径, 剔除…): the first is the one read"
            }
            Doubt::SizeClass => {
                "a level that bounds the size of the projects or firms counted (5000万元以上项目), not the named indicator's, so no id is given"
            }
        }
    }
}

/// The snake_case names the JSON contract uses (docs/schema.md), for tables and CSV.
macro_rules! names {
    ($ty:ty { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            /// Every variant, in declaration order.
            pub const ALL: &[$ty] = &[$(<$ty>::$variant),+];

            /// The name used in JSON and CSV output.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(<$ty>::$variant => $name),+
                }
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use names;

names!(Role { Target => "target", Actual => "actual", Estimate => "estimate", Completion => "completion" });
names!(Measure {
    Level => "level",
    Growth => "growth",
    PpChange => "pp_change",
    Change => "change",
    Count => "count",
    Rate => "rate",
    CompletionRate => "completion_rate",
    Multiple => "multiple",
});
names!(Doubt {
    MultiYear => "multi_year",
    AmbiguousIndicator => "ambiguous_indicator",
    UnknownYear => "unknown_year",
    StretchGoal => "stretch_goal",
    UnitMismatch => "unit_mismatch",
    Nominal => "nominal",
    OtherBasis => "other_basis",
    SizeClass => "size_class",
});
names!(Constraint {
    Exact => "exact",
    Approx => "approx",
    AtLeast => "at_least",
    AtMost => "at_most",
    Range => "range",
    Positive => "positive",
    InStepWith => "in_step_with",
    Above => "above",
});

/// One figure tied to one indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Claim {
    /// The lexicon id ("gdp"), or `None` for an indicator the lexicon does not know.
    pub indicator: Option<CompactString>,
    /// The indicator's name as written ("地区生产总值", "农村改厕").
    pub indicator_text: CompactString,
    /// Target, actual, estimate or completion.
    pub role: Role,
    /// The year the figure is about.
    pub year: Option<u16>,
    /// A part of the year ("截止11月", "上半年"), when the figure covers only that.
    pub period: Option<CompactString>,
    /// Level, growth, count …
    pub measure: Measure,
    /// The value in the base unit (元, %, the count); the low end of a range; `None` for a
    /// figure-less target (positive, in step with, above).
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str_option"))]
    pub value: Option<Decimal>,
    /// The high end of a range.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str_option"))]
    pub high: Option<Decimal>,
    /// The base unit of `value` ("元", "%", "家"…).
    pub base_unit: Option<CompactString>,
    /// What a target promises about its value.
    pub constraint: Constraint,
    /// The other indicator of `in_step_with` and `above` ("gdp").
    pub reference: Option<CompactString>,
    /// The figure as written ("6%左右"), or the phrase of a figure-less target ("保持正增长").
    pub text: CompactString,
    /// Where `text` is in the document.
    #[cfg_attr(feature = "serde", serde(with = "gwr_span"))]
    pub span: Range<usize>,
    /// The sentence holding it.
    #[cfg_attr(feature = "serde", serde(with = "gwr_span"))]
    pub sentence: Range<usize>,
    /// Why the reading is not certain, if it is not; `None` for a confident claim.
    pub doubt: Option<Doubt>,
    /// The words that made the claim's role, year, indicator and constraint, when asked
    /// for ([`Extractor::explain`]).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub explanation: Option<Box<Explanation>>,
}

/// Why a claim reads as it does, in plain words: each part names the words or the place in
/// the report that decided it ("target: after 主要预期目标是", "year 2024: the report was
/// delivered in 2024 (its header date 2024-01-29)").
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Explanation {
    /// What made the role.
    pub role: String,
    /// What made the year.
    pub year: String,
    /// What tied the figure to its indicator.
    pub indicator: String,
    /// What made the constraint.
    pub constraint: String,
}

/// Finds claims with a lexicon.
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    lexicon: Lexicon,
    known_only: bool,
    explain: bool,
}

/// A report, with what is known of it before its paragraphs are read, the same for all of
/// them: its delivery year, its level, and where its estimate words and squeezed figures are.
struct ReportFacts<'a, 'd> {
    doc: &'a Document<'d>,
    report: &'a Report,
    delivery_year: Option<u16>,
    /// Where the delivery year comes from, for explanations.
    delivery_source: String,
    level: OwnLevel,
    /// Where a sentence may need squeezing.
    squeeze_marks: Marks,
    /// Where an estimate word stands.
    estimate_marks: Marks,
    /// The report's page debris, in text order: a page number inside a sentence is read
    /// past.
    chrome: &'a [Range<usize>],
}

impl<'a, 'd> ReportFacts<'a, 'd> {
    /// `report` of `doc`, delivered in `year` when it states none.
    fn of(doc: &'a Document<'d>, report: &'a Report, year: Option<u16>) -> ReportFacts<'a, 'd> {
        // The year the report plans: a report given in December 2019 for 2020 sets 2020's
        // targets and reviews 2019.
        let planned = report.plan_year_and_source();
        let plan_year = planned.map(|(y, _)| y);
        // The date is the source unless the section titles give another year.
        let dated = report
            .date
            .filter(|d| plan_year.is_none_or(|y| y == d.year));
        let delivery_source = match (dated, planned) {
            (Some(d), _) => format!("its header date {}-{:02}-{:02}", d.year, d.month, d.day),
            (None, Some((_, YearSource::Title))) => "the year in its title".to_owned(),
            (None, Some((_, YearSource::Published))) => {
                report.published.map_or_else(String::new, |d| {
                    format!("the date its text was published, {d}")
                })
            }
            (None, Some(_)) => "the years of its section titles".to_owned(),
            (None, None) if year.is_some() => {
                "the caller (a file name, layout or manifest)".to_owned()
            }
            (None, None) => String::new(),
        };
        // Three scans of the whole text, run side by side: one report is often most of a
        // document (a city's report beside short town ones), and its scans would leave
        // the other thread idle.
        let text = doc.text(&report.span);
        let ((level, squeeze_marks), estimate_marks) = rayon::join(
            || {
                rayon::join(
                    || OwnLevel::of(text),
                    || squeeze::marks(text, report.span.start),
                )
            },
            || words::estimate_marks(text, report.span.start),
        );
        ReportFacts {
            doc,
            report,
            delivery_year: plan_year.or(year),
            delivery_source,
            level,
            squeeze_marks,
            estimate_marks,
            chrome: &report.chrome,
        }
    }

    /// The page debris inside `span` (a sentence), as offsets into its text.
    fn chrome_in(&self, span: &Range<usize>) -> Vec<Range<usize>> {
        let from = self.chrome.partition_point(|c| c.start < span.start);
        self.chrome[from..]
            .iter()
            .take_while(|c| c.end <= span.end)
            .map(|c| c.start - span.start..c.end - span.start)
            .collect()
    }
}

/// One paragraph to read, with what its section carries into it.
struct ParagraphJob<'w, 'd> {
    report_facts: &'w ReportFacts<'w, 'd>,
    section: &'w Section,
    section_title: &'w str,
    /// A plan section about a five-year plan, its title naming no year.
    plan_period: bool,
    paragraph: Cow<'w, Paragraph>,
    /// Under a heading on zones ("（二）着力促进开发区大发展快发展"): the paragraph is theirs.
    on_zones: bool,
    carry: SectionCarry,
}

impl<'w, 'd> ParagraphJob<'w, 'd> {
    /// The paragraphs of the report of `whole`, in order. What carries from one to the next
    /// ([`SectionCarry`]) is read from the words of their sentences alone, so the
    /// paragraphs can then be read in any order.
    fn all(report_facts: &'w ReportFacts<'w, 'd>) -> Vec<ParagraphJob<'w, 'd>> {
        let mut jobs = Vec::new();
        for section in &report_facts.report.sections {
            let section_title = section.heading.as_ref().map_or("", |h| h.title.as_str());
            let plan_period = section.kind == SectionKind::Plan
                && (words::MULTI_YEAR.contains(section_title)
                    || words::titles_plan_period(section_title))
                && !section_title.chars().any(|c| c.is_ascii_digit())
                // ("二〇〇五年工作安排" holds 五年 but names one year.)
                && gwr_grammar::title_year(section_title).is_none();
            let mut paragraphs = Vec::new();
            collect_paragraphs(report_facts.doc, &section.blocks, false, &mut paragraphs);
            let mut carry = SectionCarry::default();
            for (paragraph, on_zones) in paragraphs {
                let entry = carry;
                for s in &paragraph.sentences {
                    let text = report_facts.doc.text(&s.span);
                    carry.enter(text);
                    let marked = report_facts.estimate_marks.any_in(s.span.clone());
                    carry.leave(text, &LazyWords::new(text), marked, section.kind);
                }
                jobs.push(ParagraphJob {
                    report_facts,
                    section,
                    section_title,
                    plan_period,
                    paragraph,
                    on_zones,
                    carry: entry,
                });
            }
        }
        jobs
    }
}

/// What carries from sentence to sentence through a section: notes that its figures are
/// estimates.
#[derive(Clone, Copy, Default)]
struct SectionCarry {
    /// "预计（下同）": every result after it in the section is an estimate.
    estimated: bool,
    /// "预计全年主要指标完成情况如下：" before a list: its items are estimates.
    estimated_list: bool,
}

impl SectionCarry {
    /// Before the sentence `text`: a list announced as estimates ends with its items.
    fn enter(&mut self, text: &str) {
        if self.estimated_list {
            self.estimated_list = is_list_item(text);
        }
    }

    /// Whether a figure of the sentence is an estimate by what came before.
    fn estimated(self) -> bool {
        self.estimated || self.estimated_list
    }

    /// After the sentence `text` of a section of `kind`, whose words are `words` and which
    /// holds one of the report's estimate marks if `marked`: its
    /// estimate words, if it has any, and where a bracketed note that makes its figures and
    /// those after it estimates opens ("…同比增长15.7%（预计数，按可比口径计算，下同）").
    fn leave<'s>(
        &mut self,
        text: &str,
        words: &'s LazyWords<'_>,
        marked: bool,
        kind: SectionKind,
    ) -> (Option<&'s SentenceWords>, Option<usize>) {
        let estimates = words.if_estimate(marked);
        let onward_note = estimates
            .is_some()
            .then(|| words::estimate_onward_note(text))
            .flatten();
        self.estimated = self.estimated
            || onward_note.is_some()
            || estimates.is_some_and(|f| f.first(Kind::EstimateOnward).is_some());
        if kind != SectionKind::Plan {
            self.estimated_list |= estimates.is_some() && text.trim_end().ends_with(['：', ':']);
        }
        (estimates, onward_note)
    }
}

/// Where a sentence stands: what its section and paragraph make of its figures.
#[derive(Clone, Copy)]
struct Context<'d> {
    section: SectionKind,
    section_year: Option<u16>,
    delivery_year: Option<u16>,
    targets_paragraph: bool,
    /// A plan section about a five-year plan, its title naming no year ("“十三五”时期的
    /// 目标任务").
    plan_period: bool,
    /// The section's title, for explanations.
    section_title: &'d str,
    /// Where the delivery year comes from, for explanations.
    delivery_source: &'d str,
    /// An earlier sentence of the section said its figures are estimates from there on
    /// ("预计（下同）").
    estimated: bool,
    /// The level of the report's own place: figures of wider places (全省 and 全国 in a
    /// city's report) are not the report's, and some names mean another indicator below
    /// the nation.
    level: OwnLevel,
    /// The paragraph opens on a span of several years ("过去五年，…", "六年来，…") and no
    /// sentence up to this one has named one year: its figures are the span's.
    several_years: bool,
    /// The paragraph opens on a sub-area ("——市本级发展步伐加快。"): its names are the
    /// sub-area's, but where a whole place is named before them.
    sub_area: bool,
    /// The sentence opens by referring back to the goal of the sentence before, which names
    /// a year after the plan year ("力争2015年…翻一番。按照这一目标，…均增长15%以上"): its
    /// undated targets are that goal's yearly rates, not the plan year's.
    after_later_goal: bool,
}

/// The indicator(s) a figure is about.
#[derive(Clone, Debug)]
enum Subject {
    Known(Vec<(usize, Range<usize>)>),
    Unknown(Range<usize>),
    /// A name of more than one indicator.
    Ambiguous(Range<usize>),
}

impl Subject {
    /// Its (first) name as written in `sentence`.
    fn name<'s>(&self, sentence: &'s str) -> &'s str {
        let range = match self {
            Subject::Known(list) => list.first().map(|(_, r)| r.clone()),
            Subject::Unknown(r) | Subject::Ambiguous(r) => Some(r.clone()),
        };
        range.and_then(|r| sentence.get(r)).unwrap_or_default()
    }
}

/// A 分别 run ("A和B分别增长12%和24.3%"): each figure takes the next of the subject's
/// names, in order.
struct Run {
    /// Subjects given out one to a figure before `subject`'s, in reverse order.
    listed: Vec<Subject>,
    /// The names not yet given out, or an unknown subject every figure shares.
    subject: Subject,
    /// The clause of the run's last figure.
    clause: usize,
    /// The lead of the run's first figure: its measure words apply to every figure.
    lead: Range<usize>,
    /// Where the run's last figure ends.
    end: usize,
}

impl Run {
    /// The subject of a run's first figure, and the run when there is more to give out.
    /// A figure with no other joined to it is every name's ("财政总收入和预算收入分别增长
    /// 14%": both 14).
    fn start(
        subject: Subject,
        clause: usize,
        lead: Range<usize>,
        alone: bool,
    ) -> (Option<Subject>, Option<Run>) {
        match subject {
            Subject::Known(mut list) if list.len() > 1 && !alone => {
                let first = list.remove(0);
                let run = Run {
                    listed: Vec::new(),
                    subject: Subject::Known(list),
                    clause,
                    lead: lead.clone(),
                    end: lead.end,
                };
                (Some(Subject::Known(vec![first])), Some(run))
            }
            Subject::Known(list) => (Some(Subject::Known(list)), None),
            other => {
                let run = Run {
                    listed: Vec::new(),
                    subject: other.clone(),
                    clause,
                    lead: lead.clone(),
                    end: lead.end,
                };
                (Some(other), Some(run))
            }
        }
    }

    /// The run after a first figure whose subject was given: the figures after it are
    /// `rest`'s, one each.
    fn of_list(mut rest: Vec<Subject>, clause: usize, lead: Range<usize>) -> Run {
        rest.reverse();
        Run {
            listed: rest,
            subject: Subject::Known(Vec::new()),
            clause,
            end: lead.end,
            lead,
        }
    }

    /// The next figure's subject: the next name, or the shared unknown subject.
    fn next_subject(&mut self) -> Option<Subject> {
        if let Some(next) = self.listed.pop() {
            return Some(next);
        }
        match &mut self.subject {
            Subject::Known(list) if list.is_empty() => None,
            Subject::Known(list) => Some(Subject::Known(vec![list.remove(0)])),
            other => Some(other.clone()),
        }
    }
}

/// Paragraphs read by one parallel task at the least: most are a few sentences, too little
/// work for a task of its own.
const PARAGRAPHS_PER_TASK: usize = 16;

impl Extractor {
    /// An extractor with the given lexicon.
    pub fn new(lexicon: Lexicon) -> Extractor {
        Extractor {
            lexicon,
            known_only: false,
            explain: false,
        }
    }

    /// Keep only claims of indicators the lexicon knows. A sentence that names none is then
    /// skipped before its figures are read, which makes a panel over thousands of reports
    /// several times faster; the claims kept are exactly those the full extraction gives.
    pub fn known_only(mut self, yes: bool) -> Extractor {
        self.known_only = yes;
        self
    }

    /// Give every claim an [`Explanation`] of its reading (for `claims --explain`). Off by
    /// default: the words are kept only when asked for.
    pub fn explain(mut self, yes: bool) -> Extractor {
        self.explain = yes;
        self
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Every claim in every report of `doc`, in document order.
    pub fn claims(&self, doc: &Document<'_>) -> Vec<Claim> {
        self.claims_with_year(doc, None)
    }

    /// Every claim in every report of `doc`, where a report that states its year neither in
    /// a header date nor in a section title was delivered in `year` (known to the caller,
    /// e.g. from a file's path: `cities/山西省/朔州市/2022.txt`).
    pub fn claims_with_year(&self, doc: &Document<'_>, year: Option<u16>) -> Vec<Claim> {
        // Reports are independent: their facts and their paragraphs' carried notes are found
        // in parallel (collected in document order).
        let reports_facts: Vec<ReportFacts<'_, '_>> = doc
            .reports
            .par_iter()
            .map(|report| ReportFacts::of(doc, report, year))
            .collect();
        let jobs: Vec<ParagraphJob<'_, '_>> = reports_facts
            .par_iter()
            .flat_map_iter(ParagraphJob::all)
            .collect();
        let mut claims = self.paragraphs_claims(&jobs);
        // Claims are in document order, so each report's are one run of them.
        let mut first = 0;
        for report in &doc.reports {
            let end = first + claims[first..].partition_point(|c| c.span.start < report.span.end);
            mark_stretches_apart(&self.lexicon, doc.source(), &mut claims[first..end]);
            first = end;
        }
        claims
    }

    /// The claims of one report; `year` is the delivery year when the report states none.
    pub fn report_claims(
        &self,
        doc: &Document<'_>,
        report: &Report,
        year: Option<u16>,
        out: &mut Vec<Claim>,
    ) {
        let report_facts = ReportFacts::of(doc, report, year);
        let first = out.len();
        out.extend(self.paragraphs_claims(&ParagraphJob::all(&report_facts)));
        mark_stretches_apart(&self.lexicon, doc.source(), &mut out[first..]);
    }

    /// The claims of `jobs`, in order. Paragraphs are read in parallel: what carries from
    /// one to the next is found before, in [`ParagraphJob::all`].
    fn paragraphs_claims(&self, jobs: &[ParagraphJob<'_, '_>]) -> Vec<Claim> {
        jobs.par_iter()
            .with_min_len(PARAGRAPHS_PER_TASK)
            // One claims vector and one figures buffer per run of paragraphs a thread takes,
            // joined in order: a vector per paragraph (or per sentence) cost an allocation
            // and its growth copies (a claim is some 300 bytes, a figure 200).
            .fold(
                || (Vec::new(), Vec::new()),
                |(mut quantities, mut claims), job| {
                    self.paragraph_claims(job, &mut quantities, &mut claims);
                    (quantities, claims)
                },
            )
            .map(|(_, claims)| claims)
            .reduce(Vec::new, |mut left, mut right| {
                if left.is_empty() {
                    right
                } else {
                    left.append(&mut right);
                    left
                }
            })
    }

    /// The claims of the paragraph of `job`, appended to `out`.
    fn paragraph_claims(
        &self,
        job: &ParagraphJob<'_, '_>,
        quantities: &mut Vec<Quantity>,
        out: &mut Vec<Claim>,
    ) {
        let ParagraphJob {
            report_facts,
            section,
            section_title,
            plan_period,
            ref paragraph,
            on_zones,
            mut carry,
        } = *job;
        let ReportFacts {
            doc,
            delivery_year,
            ref delivery_source,
            level,
            ref squeeze_marks,
            ref estimate_marks,
            ..
        } = *report_facts;
        let p = paragraph;
        let opening = p.sentences.first().map_or("", |s| {
            doc.text(&s.span).trim_start_matches(['—', ' ', '　'])
        });
        // Past an address, a sentence of its own ("各位代表！") or not.
        let addressed = match words::ADDRESSES
            .iter()
            .find_map(|a| opening.strip_prefix(a))
            .map(|rest| rest.trim_start_matches(['！', '!', '，', ',', '：', ':']))
        {
            Some("") => p.sentences.get(1).map_or("", |s| doc.text(&s.span)),
            Some(rest) => rest,
            None => opening,
        };
        let mut several_years = section.kind != SectionKind::Plan
            && words::MULTI_YEAR_OPENERS
                .iter()
                .any(|w| addressed.starts_with(w));
        // "——市本级发展步伐加快。…财政总收入11.93亿元": a paragraph whose first
        // sentence is a headline on a sub-area, with no figure, is about it; so is
        // the rest after a one-clause headline on a sub-area's economy further in
        // ("…。开发区经济全面提速。生产总值增长26.4%…"). (A sentence on one with
        // figures is about it up to its first ；.)
        // "今年，市本级发展，突出…。": a year word before the paragraph's subject.
        let opening_subject = words::YEAR_WORDS
            .iter()
            .find_map(|w| opening.strip_prefix(w))
            .and_then(|rest| rest.strip_prefix(['，', ',']))
            .unwrap_or(opening);
        let mut sub_area = on_zones
            || ((level.sub_area_prefix(opening_subject).is_some()
                || is_zone_headline(opening)
                || opens_on_zone_task(opening))
                && !opening.chars().any(words::is_digit));
        // "预计2016年主要经济指标，…。地区生产总值实现272亿元…": the figures of the
        // paragraph after the announcement are estimates.
        let mut estimated_paragraph = false;
        // The indicator of the paragraph's last claim of a known one.
        let mut last_indicator: Option<CompactString> = None;
        let paragraph_first = out.len();
        for (i, s) in p.sentences.iter().enumerate() {
            let text = doc.text(&s.span);
            let first = out.len();
            sub_area = sub_area || is_sub_area_economy_headline(text, level);
            // (The sentence before is read for its years only after an opening that refers
            // back to it, which few sentences have.)
            let after_later_goal = words::refers_to_goal_before(text)
                && i.checked_sub(1)
                    .and_then(|b| p.sentences.get(b))
                    .zip(delivery_year)
                    .is_some_and(|(before, plan)| {
                        years_in(doc.text(&before.span))
                            .iter()
                            .any(|&(year, ..)| year > plan)
                    });
            carry.enter(text);
            // "…。预计2016年主要经济指标…": from a sentence that names one year on,
            // the figures are that year's.
            // Once over, the paragraph is not searched again.
            several_years =
                several_years && years_in(text).is_empty() && words::ONE_YEAR.find(text).is_none();
            let ctx = Context {
                section: section.kind,
                section_year: section.year,
                delivery_year,
                targets_paragraph: p.role == Some(ParagraphRole::Targets),
                plan_period,
                section_title,
                delivery_source,
                estimated: carry.estimated() || estimated_paragraph,
                level,
                several_years,
                sub_area,
                after_later_goal,
            };
            let sentence_words = LazyWords::new(text);
            let squeezed = squeeze_marks
                .any_in(s.span.clone())
                .then(|| Squeezed::of(text, &report_facts.chrome_in(&s.span)))
                .flatten();
            self.sentence_claims(
                text,
                s.span.start,
                squeezed,
                &sentence_words,
                ctx,
                quantities,
                out,
            );
            let marked = estimate_marks.any_in(s.span.clone());
            let (estimates, onward_note) = carry.leave(text, &sentence_words, marked, section.kind);
            let estimate_at = estimates.and_then(|f| f.first(Kind::Estimate));
            estimated_paragraph |= section.kind != SectionKind::Plan
                && estimate_at.is_some_and(|at| {
                    words::INDICATORS_AHEAD
                        .contains(head_chars(&text[at..], INDICATORS_AHEAD_CHARS))
                });
            if let Some(at) = onward_note.filter(|_| section.kind != SectionKind::Plan) {
                for c in &mut out[first..] {
                    estimate_by_note_after(c, s.span.start + at);
                }
            }
            if section.kind != SectionKind::Plan
                && let Some(at) = estimates.and_then(|f| f.first(Kind::EstimateBackward))
            {
                let note = s.span.start + at;
                for c in &mut out[paragraph_first..] {
                    estimate_by_note_after(c, note);
                }
            }
            // A bare growth name looks back to the sentence before ("…。虽然…，涨幅仍然高达
            // 21.7%") only when its own sentence names no indicator before it: "固定资产投资
            // 完成475.2亿元，增幅高达71.8%" is not the growth of the sentence before's subject.
            let mut named_before = false;
            for claim in &mut out[first..] {
                // Named in the sentence, not carried from the one before.
                let named = claim.indicator.is_some();
                if !named_before {
                    carry_growth_name(claim, last_indicator.as_ref());
                }
                named_before |= named;
            }
            if self.known_only && out[first..].iter().any(|c| c.indicator.is_none()) {
                let known: Vec<Claim> = out
                    .drain(first..)
                    .filter(|c| c.indicator.is_some())
                    .collect();
                out.extend(known);
            }
            if let Some(id) = out[first..].iter().rev().find_map(|c| c.indicator.clone()) {
                last_indicator = Some(id);
            }
        }
    }

    /// The claims of `sentence`, whose words of [`words::SENTENCE_LISTS`] are `words`, and
    /// whose squeezed form, if it needs one, is `squeezed`. `quantities` is a buffer for the
    /// sentence's figures, kept from sentence to sentence.
    #[allow(clippy::too_many_arguments)]
    fn sentence_claims(
        &self,
        sentence: &str,
        base: usize,
        squeezed: Option<Squeezed>,
        words: &LazyWords<'_>,
        ctx: Context<'_>,
        quantities: &mut Vec<Quantity>,
        all: &mut Vec<Claim>,
    ) {
        let first = all.len();
        match squeezed {
            None => self.sentence_claims_unordered(sentence, base, words, ctx, quantities, all),
            Some(squeezed) => {
                // Read the squeezed text, then point every span at the text as written.
                let squeezed_words = LazyWords::new(&squeezed.text);
                self.sentence_claims_unordered(
                    &squeezed.text,
                    0,
                    &squeezed_words,
                    ctx,
                    quantities,
                    all,
                );
                for c in &mut all[first..] {
                    let span = squeezed.original(sentence, c.span.clone());
                    c.text = sentence[span.clone()].into();
                    c.span = base + span.start..base + span.end;
                    c.sentence = base..base + sentence.len();
                }
            }
        }
        // Figure-less targets are found after the figures; keep document order.
        all[first..].sort_by_key(|c| c.span.start);
        // The sentence's words tell whether a word of another basis is in it at all.
        if all.len() > first + 1 && words.get().first(Kind::OtherBasis).is_some() {
            mark_other_bases(sentence, base, &mut all[first..]);
        }
    }

    fn sentence_claims_unordered(
        &self,
        sentence: &str,
        base: usize,
        words: &LazyWords<'_>,
        ctx: Context<'_>,
        quantities: &mut Vec<Quantity>,
        out: &mut Vec<Claim>,
    ) {
        // A claim of a known indicator needs a name in its sentence (a subject carries over
        // only within one, but for a bare growth name: see `carry_growth_name`), so without
        // one there is nothing to read.
        // (The growth names are looked for alone: all the sentence's words, which a sentence
        // without a name would be read for only here, cost ten times as much.)
        if self.known_only
            && !self.lexicon.names_an_indicator(sentence)
            && !words::GROWTH_NAMES.contains(sentence)
        {
            return;
        }
        // The sentence's claims are those from here on.
        let sentence_first = out.len();
        quantities.clear();
        quantities.extend(gwr_quantity::scan(sentence));
        flat_growths(sentence, quantities);
        let quantities = quantities.as_slice();
        // Without figures only a figure-less target ("保持正增长") can make a claim, and only
        // where targets are set.
        if quantities.is_empty() && ctx.section == SectionKind::Review {
            return;
        }
        // Facts about the whole sentence, found once rather than per figure, and only those
        // the sentence's place can use: target words matter only outside review and plan
        // sections, figure-less targets only where targets are set.
        // A target word only after a recall of the year's target by its time or its meeting
        // ("全年完成地区生产总值286.4亿元，增长13.6%，高出年初确定的12%的目标") makes the
        // sentence a review's, not one that sets targets. (Not a recall by the report, "市长在
        // 政府工作报告中提出，2012年…确保增长12%", which a news digest sets this year's
        // targets with: `REPORT_RECALLS`.)
        let target_context = ctx.is_target_context(|| {
            let found = words.get();
            found.first(Kind::Target).is_some_and(|target| {
                let mut from = 0;
                while let Some(recall) = found.first_in(Kind::Recalled, from..target) {
                    if !words::REPORT_RECALLS
                        .iter()
                        .any(|w| sentence[recall..].starts_with(w))
                    {
                        return false;
                    }
                    from = recall + 1;
                }
                true
            })
        });
        // (A sentence with figures reads all its words below anyway; one without is first
        // asked whether it holds a figure-less target's word at all.)
        let figureless = target_context
            && (!quantities.is_empty() || words::may_hold_figureless(sentence))
            && words.get().first(Kind::Figureless).is_some();
        if quantities.is_empty() && !figureless {
            return;
        }
        let found = words.get();
        let target_opener_at = found.first(Kind::TargetOpener);
        let clauses = clauses(sentence);
        // "底限指标是：地区生产总值增长13%…": every target after it is a floor.
        let floor_opener_at = floor_opener(sentence, found);
        // Every year written in the sentence, read once for the three lists below.
        let written_years = written_years(sentence);
        let facts = SentenceFacts {
            target_context,
            estimate_at: found.first(Kind::Estimate),
            target_opener_at,
            restated: target_opener_at
                .is_some_and(|o| found.first_in(Kind::Restated, 0..o).is_some()),
            period_targets: target_opener_at.is_some_and(|o| {
                found.first_in(Kind::ThisYear, 0..o).is_none()
                    && words::opens_period_targets(&sentence[..o])
            }),
            // (Targets are set where targets are set: elsewhere the frame is not looked for.)
            period_frame_end: target_context
                .then(|| words::period_frame_end(sentence))
                .flatten(),
            higher_goal_at: higher_goal(found),
            recalled: {
                // Each recall governs up to its target's end; the next may follow it.
                let mut scopes = Vec::new();
                let mut from = 0;
                // The run end found for an earlier recall serves the later ones before it,
                // so a sentence of many recalls is read once.
                let mut run_end: Option<usize> = None;
                while let Some(r) = found.first_in(Kind::Recalled, from..sentence.len()) {
                    let end = match run_end {
                        Some(e) if e > r => e,
                        _ => recall_run_end(sentence, r),
                    };
                    run_end = Some(end);
                    let scope = recalled(sentence, r, end);
                    from = scope.end.max(r + 1);
                    let by_whom = words::RECALLED_BY_WHOM_WORDS
                        .iter()
                        .any(|w| sentence[r..].starts_with(w));
                    if by_whom && !closed_by_noun(&sentence[..scope.end]) {
                        continue;
                    }
                    if ctx.section == SectionKind::Review
                        || words::LAST_YEAR_RECALLS
                            .iter()
                            .any(|w| sentence[r..].starts_with(w))
                    {
                        scopes.push(scope);
                    }
                }
                scopes
            },
            in_plan: ctx.section == SectionKind::Plan,
            plan_period_bases: PlanPeriodBases::of(sentence),
            estimated: ctx.estimated,
            years: written_years
                .iter()
                .copied()
                .filter(|y| {
                    // A base ("在2022年基础上", "较2022年", "由2018年的…") is not the year of
                    // the figures after it.
                    let after = &sentence[y.end..];
                    let before = &sentence[..y.start];
                    // "创1998年以来的最好水平": the start of a span, no figure's year.
                    let base_after = ["基础", "同期", "底", "以来"]
                        .iter()
                        .any(|w| after.starts_with(w));
                    // "是2015年的1.37倍": a multiple of that year's level.
                    // "扣除2022年留抵退税因素后": the year of what is left out.
                    let excluded = words::EXCLUSION_OPENERS.iter().any(|w| before.ends_with(w));
                    !base_after
                        && !excluded
                        && !is_multiple_base(sentence, y)
                        && (!words::BASE_MARKERS.iter().any(|m| before.ends_with(m))
                            || labels_change(sentence, y))
                })
                .collect(),
            periods: dating_periods(sentence, periods(sentence), &clauses, quantities),
            // "比2010年", and "是2005年的2.6倍": a change or multiple over several years.
            comparisons: {
                let mut bases = years_after(sentence, &written_years, words::COMPARISON_MARKERS);
                bases.extend(
                    written_years
                        .iter()
                        .filter(|y| is_multiple_base(sentence, y)),
                );
                bases.sort_unstable_by_key(|y| y.end);
                bases
            },
            period_starts: {
                let mut starts = years_after(sentence, &written_years, words::PERIOD_START_MARKERS);
                starts.retain(|y| !labels_change(sentence, y));
                starts
            },
            firm_at: found.first(Kind::Firm),
        };
        let dating = YearDating::of(sentence, &clauses, quantities, &facts.years);
        // Where the sentence says what must be reached (要达到…), not as an attribute
        // ("本届政府要完成的各项任务"), in text order.
        let must_reach_at: Vec<usize> = if ctx.section == SectionKind::Review {
            Vec::new()
        } else {
            // Read with the sentence's other words: a substring search per word cost more to
            // set up than to run.
            found
                .all(Kind::MustReach)
                .filter(|&(_, end)| !sentence[end..].starts_with('的'))
                .map(|(start, _)| start)
                .collect()
        };
        // Names matter in a figure's clause before it, or anywhere for a figure-less target.
        let runs = soft_runs(sentence, &clauses);
        let names_range = if figureless {
            0..sentence.len()
        } else {
            // From the start of the first figure's run of clauses: names there may own its
            // figures (a topic clause, a 分别 list before a comma).
            let first = quantities.first().map_or(0, |q| q.span.start);
            let ci = clause_index(&clauses, first);
            clauses[runs[ci].min(ci.saturating_sub(1))].start
                ..quantities.last().map_or(0, |q| q.span.start)
        };
        let names = self.lexicon.find_names(sentence, names_range);
        // Subjects are indicator names: looking for them among these alone keeps a figure
        // from walking back over every reference phrase before it.
        // A clause that opens on a sub-area ("开发区经济保持稳步发展，生产总值…分别增长",
        // "…，其中，市本级全口径财政收入5.3亿元，一般预算收入1.8亿元") is about it up to the
        // end of its run (the next ；), and a paragraph that opens on one is about it
        // throughout: the names there are the sub-area's, but where a whole place is named
        // before them ("全市地区生产总值").
        let sub_areas: Vec<Range<usize>> = if ctx.sub_area {
            let whole = 0..sentence.len();
            vec![whole]
        } else {
            sub_area_runs(sentence, &clauses, &runs, &names, ctx.level)
        };
        let in_sub_area = |at: usize| {
            let i = sub_areas.partition_point(|r| r.start <= at);
            i.checked_sub(1).is_some_and(|i| sub_areas[i].end > at)
        };
        let indicators: Vec<NameMatch> = names
            .iter()
            .filter(|n| matches!(n.owner, Owner::Indicator(_) | Owner::Ambiguous))
            .filter(|n| !in_sub_area(n.start) || words::names_whole_place(&sentence[..n.start]))
            .filter(|n| {
                let clause = &clauses[clause_index(&clauses, n.start)];
                let before = tail_chars(&sentence[clause.start..n.start], EXCLUSION_NOTE_WINDOW);
                !words::in_exclusion_note(before)
                    && !words::in_circumstance(before, &sentence[n.end..clause.end])
                    && !words::in_bracket_note(before, &sentence[n.end..clause.end])
            })
            .cloned()
            .collect();
        let sentence_span = base..base + sentence.len();
        // The subject carried, its clause, and the base unit and measure of its figure.
        let mut carry: Option<(Subject, usize, CompactString, Measure)> = None;
        // The carried subject's figure was none of its own but counted what it has ("地区
        // 生产总值连跨两个台阶，达到3086.4亿元": a level reached after it is the subject's).
        let mut carry_counted = false;
        // The carried subject's figure was a fall (下降3%).
        let mut carry_falls = false;
        // The carried subject's figure was a stretch goal (力争完成62亿元).
        let mut carry_strives = false;
        let mut run: Option<Run> = None;
        // The clause whose names and figures were paired without a 分别 (see `paired`):
        // like a 分别 clause, it shares out the next clause of its run.
        let mut paired_clause: Option<usize> = None;
        // How far the average annual word of the current run reaches (see `averaged_list`).
        let mut averaged = AveragedReach::default();
        // The subjects of the figures so far.
        let mut figure_subjects: Vec<FigureSubject> = Vec::new();
        let mut previous_end = 0;
        // Where the last figure read as a gap to a wider place ends.
        let mut gap_end: Option<usize> = None;
        // Where the last start-of-period value ends.
        let mut base_value_end: Option<usize> = None;
        // Where the last threshold passed ends ("跨越4000亿元、5000亿元": both).
        let mut threshold_end: Option<usize> = None;
        // The words of the clause of the previous figure: a clause is read once, however
        // many figures it holds.
        let mut clause_words: Option<(usize, ClauseWords)> = None;
        // How far the sentence was read for base markers, and the last one found.
        let mut base_markers: (usize, Option<usize>) = (0, None);
        let mut clause_cursor = ClauseCursor::default();
        // Whether `between` joins figure `a` to the next, `b`, in one list. Over a comma
        // only figures of one kind ("…和19.2%，三项指标…" goes on to something else).
        let joins = |between: &str, a: &Quantity, b: &Quantity| {
            let growths = [a, b].iter().all(|q| q.dimension == Dimension::Percent);
            let comma = between
                .trim()
                .chars()
                .all(|c| words::SOFT_SEPARATORS.contains(&c));
            (!comma || a.dimension == b.dimension)
                && (words::is_joiner(between) || (growths && words::joins_growths(between)))
        };
        // How many figures stand joined in a chain from figure `from` on, counted no further
        // than `cap` joins.
        let chain = |from: usize, cap: usize| {
            1 + quantities[from.min(quantities.len())..]
                .windows(2)
                .take(cap)
                .take_while(|w| joins(&sentence[w[0].span.end..w[1].span.start], &w[0], &w[1]))
                .count()
        };
        for (qi, q) in quantities.iter().enumerate() {
            let ci = clause_cursor.index(&clauses, q.span.start);
            let clause = clauses[ci].clone();
            let lead_start = clause.start.max(previous_end);
            let lead = &sentence[lead_start..q.span.start];
            // The clauses of the run after the one of its last figure, up to the figure's:
            // they hold no figure.
            let figureless_start = clauses
                .get(clauses.partition_point(|c| c.start < previous_end))
                .map_or(lead_start, |c| c.start.max(clauses[runs[ci]].start))
                .min(lead_start);
            let in_clause = match clause_words {
                Some((k, w)) if k == ci => w,
                _ => ClauseWords::of(found, clause.clone()),
            };
            clause_words = Some((ci, in_clause));
            let before_figure = &sentence[clause.start..q.span.start];
            // A figure joined to the one before in a 分别 run ("分别增长12%和24.3%") takes the
            // run's next name and the measure words of the run's first figure, but where it
            // gives its own ("分别增长2.1%和下降1.3%").
            let joined_lead = run
                .as_ref()
                .filter(|r| {
                    lead_start == r.end
                        && qi
                            .checked_sub(1)
                            .is_some_and(|p| joins(lead, &quantities[p], q))
                })
                .filter(|r| r.clause == ci || runs[r.clause] == runs[ci])
                .map(|r| r.lead.clone());
            let measure_lead = joined_lead
                .clone()
                .filter(|_| words::UP.find(lead).is_none() && words::DOWN.find(lead).is_none())
                .map_or(lead, |l| &sentence[l]);
            // A gap to a wider place ("分别比全国低6306元、4070元") reports no value of the
            // subject's, nor do the figures joined to it.
            if ctx.level.gap_to_wider(tail_chars(measure_lead, GAP_CHARS))
                || (gap_end == Some(lead_start)
                    && (words::is_joiner(lead) || ctx.level.joins_wider(lead)))
            {
                gap_end = Some(q.span.end);
                previous_end = q.span.end;
                run = None;
                continue;
            }
            let after = &sentence[q.span.end..];
            // A figure whose value is too large to work with is skipped like an unreadable
            // one, and so is a threshold ("超20亿元的县"), which reports no value.
            // Inside a recalled target closed by its noun ("超额完成年初确定的确保11%、力争
            // 12%的目标"), a figure is the target's, whatever completion word stands before.
            let recalled = facts
                .recall_holding(q.span.start)
                .is_some_and(|r| q.span.end <= r.end && closed_by_noun(&sentence[..r.end]));
            let Some(mut figure) = Figure::read(q, measure_lead, after, in_clause, recalled)
                .filter(|_| {
                    let floor =
                        q.qualifier == Qualifier::AtLeast && q.dimension == Dimension::Money;
                    !words::threshold_after(after, floor)
                })
            else {
                continue;
            };
            // The figures joined from this one on (by 、, 和…), counted no further than `cap`
            // joins.
            let joined = |cap: usize| chain(qi, cap);
            // "财政总收入、一般预算收入分别完成165.4亿元、59.7亿元，增长0.6%、8.4%": the 分别
            // of the clause before in the run also shares out a clause of exactly as many
            // figures as it gave names.
            // The lead without fillers, read at most once, and only when it is asked for:
            // whether it is bare decides the look-backs below.
            let lead_words = std::cell::OnceCell::new();
            let stripped = || *lead_words.get_or_init(|| strip_fillers(lead));
            // The clause before, in the run, when it shares out its figures (分别, or paired).
            let listed_clause = ci.checked_sub(1).filter(|&p| {
                runs[p] == runs[ci]
                    && (paired_clause == Some(p)
                        || found
                            .first_in(Kind::Respectively, clauses[p].clone())
                            .is_some())
            });
            let respectively = ClauseWords::before(in_clause.respectively_at, q.span.start)
                || (in_clause.respectively_at.is_none()
                    && (listed_clause.is_some()
                        // "城镇居民人均可支配收入7416元，农民人均纯收入4135元，同比增长6%、
                        // 9.1%": a clause of bare growths after as many figures of as many
                        // subjects shares them out as 分别 does.
                        || (q.dimension == Dimension::Percent
                            && lead_start == clause.start
                            && ci.checked_sub(1).is_some_and(|p| runs[p] == runs[ci])
                            && quantities
                                .get(qi + 1)
                                .is_some_and(|next| next.span.start < clause.end)
                            && stripped().chars().nth(1).is_none()))
                    && {
                        let n = joined(MAX_LISTED);
                        n >= 2
                            && run_subjects(
                                sentence,
                                &figure_subjects,
                                (runs[ci], ci),
                                n,
                                RunSubjects::After(listed_clause),
                            )
                            .is_some()
                    });
            // The last period word before the figure, unless 全年 came after it
            // ("上半年由负转正，全年达到4.3%").
            let periods_before =
                &facts.periods[..facts.periods.partition_point(|(at, _)| *at < q.span.start)];
            let listed = listed_period(sentence, periods_before, quantities, qi, &chain);
            let last_period = listed
                .or_else(|| periods_before.last())
                .filter(|(_, p)| !p.is_empty());
            // How the subject was found, for explanations.
            let how = std::cell::Cell::new(SubjectSource::Named);
            // The subjects after the first of a 分别 list that names an indicator the
            // lexicon does not know among others, for the figures joined to this one.
            let mut listed_rest: Option<Vec<Subject>> = None;
            let bare = || stripped().chars().nth(1).is_none();
            let continues_run = run.is_some() && joined_lead.is_some();
            let subject = match run.as_mut().filter(|_| joined_lead.is_some()) {
                Some(r) => {
                    how.set(SubjectSource::Respectively);
                    r.next_subject()
                }
                None => {
                    run = None;
                    // A subject carries to a figure that adds a measure of it (a growth, a
                    // rate) or restates it in the same unit, never to a figure of another
                    // kind: "…产值达5.8亿元，2万亩…" does not make 2万亩 a 产值.
                    self.subject(sentence, &indicators, clause.start..q.span.start, ctx.level)
                        .map(|named| {
                            // "规模以上工业增加值增长22.9%、利润增长12.7%": past a figure of the
                            // named subject, words joined to it by 、 or 和 that name nothing
                            // known are another item's, whose figure this is.
                            let named_before = match &named {
                                Subject::Known(list) => {
                                    list.iter().all(|(_, name)| name.end <= previous_end)
                                }
                                Subject::Ambiguous(name) => name.end <= previous_end,
                                Subject::Unknown(_) => false,
                            };
                            // Not the subject's own measure words ("、增长了3.5%"), a stretch
                            // of it ("、力争累计降低4.4%") or a base it is set against ("、是
                            // 2016年的5.2倍").
                            let measure_words = || {
                                let words = stripped();
                                words::UP.prefix(words).is_some()
                                    || words::DOWN.prefix(words).is_some()
                                    || words::STRETCH.find(words).is_some()
                                    || words.contains(words::is_digit)
                            };
                            // So is the class a size names ("超亿元项目增长30%": the
                            // projects').
                            let joined_item = named_before
                                && previous_end > clause.start
                                && (words::ITEM_JOINERS
                                    .iter()
                                    .any(|j| lead.trim_start().starts_with(j))
                                    || words::size_class_after(lead).is_some())
                                && !bare()
                                && !measure_words();
                            let item = || {
                                let words = stripped();
                                let words = words::ITEM_JOINERS
                                    .iter()
                                    .find_map(|j| words.strip_prefix(j))
                                    .unwrap_or(words);
                                unknown_subject(lead_start, lead, words, false)
                            };
                            match joined_item.then(item).flatten() {
                                Some(item) => {
                                    how.set(SubjectSource::Lead);
                                    item
                                }
                                None => named,
                            }
                        })
                        .or_else(|| {
                            // Names before a comma own the figures of a 分别 clause after it
                            // ("城镇和农村居民收入，分别达到…").
                            let previous = ci.checked_sub(1)?;
                            // Only a clause that names nothing of its own ("，分别达到…");
                            // "其中第一、二、三产业分别增长…" names its parts.
                            let respectively = respectively && bare() && runs[previous] == runs[ci];
                            how.set(SubjectSource::Respectively);
                            let named = respectively
                                .then(|| {
                                    self.subject(
                                        sentence,
                                        &indicators,
                                        clauses[previous].start..q.span.start,
                                        ctx.level,
                                    )
                                })
                                .flatten();
                            // As many figures as the run's figures before had subjects:
                            // those subjects, in order ("地区生产总值突破1200亿元、社会消费品
                            // 零售总额突破400亿元，分别增长12.5%和15%").
                            // How many names the clause before gives, a pair name
                            // (城乡居民…) counting as its two.
                            let named_count =
                                match named.clone().map(|n| self.split_pair(sentence, n)) {
                                    Some(Subject::Known(list)) => list.len(),
                                    _ => 0,
                                };
                            // Not past a clause that names and gives no figure ("规上工业、
                            // 公共财政收入降幅收窄，分别下降1.5%、7.5%"): its names are the
                            // list. A note that names nothing ("按可比口径计算，") is passed.
                            let listed_before =
                                previous_end > clauses[previous].start || named.is_none();
                            let earlier = (respectively && figure.is_relative() && listed_before)
                                .then(|| joined(MAX_LISTED))
                                .filter(|n| *n > named_count.max(1))
                                .and_then(|n| {
                                    run_subjects(
                                        sentence,
                                        &figure_subjects,
                                        (runs[ci], ci),
                                        n,
                                        RunSubjects::Fresh,
                                    )
                                })
                                .and_then(|mut names| {
                                    let known: Option<Vec<_>> = names
                                        .iter()
                                        .map(|n| match n {
                                            Subject::Known(list) => list.first().cloned(),
                                            _ => None,
                                        })
                                        .collect();
                                    known.map(Subject::Known).or_else(|| {
                                        let first = names.remove(0);
                                        listed_rest = Some(names);
                                        Some(first)
                                    })
                                });
                            match (earlier, named) {
                                (Some(earlier), _) => Some(earlier),
                                // More figures than names: which is whose cannot be told
                                // ("…，一般预算收入60亿元，分别增长12%和15%" after three).
                                (None, Some(Subject::Known(list)))
                                    if respectively && joined(named_count) > named_count =>
                                {
                                    list.last().map(|(_, r)| Subject::Ambiguous(r.clone()))
                                }
                                (None, named) => named,
                            }
                        })
                        .or_else(|| {
                            // Clauses that name an indicator and give no figure lend it to
                            // a bare clause after them in their run ("地区生产总值突破千亿
                            // 大关，达到…", "农村居民人均纯收入，考虑价格下降因素，增长4.3%").
                            let topic = clauses[runs[ci]].start.max(previous_end)..clause.start;
                            how.set(SubjectSource::Topic);
                            let revenue_total = || stripped() == words::REVENUE_TOTAL;
                            let subject = (!topic.is_empty() && (bare() || revenue_total()))
                                .then(|| {
                                    self.subject(sentence, &indicators, topic.clone(), ctx.level)
                                })
                                .flatten()
                                .filter(|s| bare() || s.name(sentence).ends_with(words::REVENUE))?;
                            // The topic's growth name is the figure's measure ("地区生产总值
                            // 增速由负转正，全年达到4.3%").
                            if figure.measure == Measure::Rate
                                && found.first_in(Kind::GrowthName, topic).is_some()
                            {
                                figure.measure = Measure::Growth;
                            }
                            Some(subject)
                        })
                        .or_else(|| {
                            // The lead without fillers decides both whether a subject carries
                            // over and, if not, the name of an unknown indicator.
                            let bare = bare();
                            how.set(SubjectSource::Carried);
                            // "财政总收入实现100亿元，一般预算收入实现41.5亿元，均增长33.3%":
                            // the figure is each known subject's of the run before it.
                            if stripped() == "均"
                                && figure.is_relative()
                                && let Some(all) = known_of_run(&figure_subjects, runs[ci])
                            {
                                return Some(all);
                            }
                            // "GDP增长11.6%，排名全省第一；总量1912.4亿元": the total of the
                            // sentence's subject, past a ；.
                            let total = words::TOTAL.prefix(lead.trim_start()).is_some();
                            let carried = carry
                                .as_ref()
                                .filter(|(_, from, _, _)| {
                                    bare && (total || runs[*from] == runs[ci])
                                })
                                .filter(|(_, _, unit, _)| {
                                    figure.is_relative()
                                        || *unit == figure.base_unit
                                        || is_base_value(before_figure)
                                        // "增长22%，力争100亿元": a stretch of the subject.
                                        || words::STRETCH.find(lead).is_some()
                                        // "增长1.2倍，达到331亿元", "增长11.6%；总量…".
                                        || (matches!(unit.as_str(), "%" | "倍")
                                            && (total || attains(lead, &q.text)))
                                        // After a count of what the subject has, a level
                                        // it reaches ("连跨两个台阶，达到3086.4亿元").
                                        || (carry_counted && attains(lead, &q.text))
                                });
                            if carried.is_some_and(|(_, from, _, _)| runs[*from] != runs[ci]) {
                                how.set(SubjectSource::Total);
                            }
                            carried.map(|(s, _, _, _)| s.clone()).or_else(|| {
                                how.set(SubjectSource::Lead);
                                let opens_sentence = sentence[..lead_start]
                                    .trim_matches(|c: char| c.is_whitespace() || c == '—')
                                    .is_empty();
                                unknown_subject(lead_start, lead, stripped(), opens_sentence)
                            })
                        })
                        .and_then(|subject| {
                            // "固定资产投资、规上工业增加值、社会消费品零售总额同比增长6.4%、8.2%
                            // 和15%": as many figures joined as names listed share them out
                            // in order, 分别 or not.
                            // A name of two ("城乡居民人均可支配收入达到45893元、20070元")
                            // counts as its two.
                            let names = match &subject {
                                Subject::Known(list) if list.len() == 1 => self
                                    .lexicon
                                    .respectively(&sentence[list[0].1.clone()])
                                    .map_or(1, |ids| ids.len()),
                                Subject::Known(list) => list.len(),
                                _ => 0,
                            };
                            let paired = names > 1 && joined(names) == names;
                            // "规模以上工业增加值、销售收入和税金增长13%、15%和11%": one known
                            // name listed with items the lexicon does not know, and as many
                            // figures: the name's is the first, the items' the rest.
                            if !respectively
                                && let Subject::Known(list) = &subject
                                && let [(_, name)] = list.as_slice()
                                && let Some(rest) =
                                    items_listed_after(sentence, name.end, q.span.start)
                                && joined(rest.len() + 1) == rest.len() + 1
                            {
                                paired_clause = Some(ci);
                                run = Some(Run::of_list(rest, ci, lead_start..q.span.start));
                                return Some(subject);
                            }
                            if !respectively && !paired {
                                return Some(subject);
                            }
                            if !respectively {
                                paired_clause = Some(ci);
                            }
                            if let Some(rest) = listed_rest.take() {
                                run = Some(Run::of_list(rest, ci, lead_start..q.span.start));
                                return Some(subject);
                            }
                            // "全口径财政收入和地方级财政收入分别达到85亿元和27亿元": a list whose
                            // last name's id is unclear still shares out its figures.
                            if let Subject::Ambiguous(last) = &subject
                                && let Some(mut list) = self.listed_up_to(
                                    sentence,
                                    &indicators,
                                    last,
                                    (clause.start, ctx.level),
                                )
                                && joined(list.len()) == list.len()
                            {
                                let first = list.remove(0);
                                run = Some(Run::of_list(list, ci, lead_start..q.span.start));
                                return Some(first);
                            }
                            let subject = match self.split_pair(sentence, subject) {
                                // Three or more figures shared out under one name that items
                                // listed before it qualify ("北安、嫩江和孙吴一般预算收入分别
                                // 完成1.7亿元、2亿元和4.8亿元") are the items', places or
                                // years, none the whole place's. Parts of the year listed
                                // so, as many as the figures, are the place's ("一季度、上半年、
                                // 前三季度地区生产总值分别增长…"): each figure is dated to its
                                // own (`listed_period`).
                                Subject::Known(list)
                                    if list.len() == 1
                                        && joined(2) == 3
                                        && sentence
                                            .get(clause.start..list[0].1.start)
                                            .is_some_and(|t| t.contains(['、', '和', '及']))
                                        && listed.is_none() =>
                                {
                                    Subject::Ambiguous(list[0].1.clone())
                                }
                                subject => subject,
                            };
                            let lead = lead_start..q.span.start;
                            // "财政总收入、地方公共财政预算收入以及公共财政预算支出分别完成
                            // 182.7亿元、58.6亿元和190.2亿元": known names, then items the
                            // lexicon does not know, and as many figures: one each, in order.
                            if let Subject::Known(list) = &subject
                                && let Some((_, last)) = list.last()
                                && let Some(items) = items_listed_after(
                                    sentence,
                                    last.end,
                                    in_clause.respectively_at.unwrap_or(q.span.start),
                                )
                                && joined(list.len() + items.len()) == list.len() + items.len()
                            {
                                let mut subjects: Vec<Subject> = list
                                    .iter()
                                    .map(|named| Subject::Known(vec![named.clone()]))
                                    .chain(items)
                                    .collect();
                                let first = subjects.remove(0);
                                run = Some(Run::of_list(subjects, ci, lead));
                                return Some(first);
                            }
                            // One name, and more figures shared out to it ("农民人均纯收入年均
                            // 增长8%（2006年分别增长10%和9%）"): whose each is cannot be told,
                            // unless they are of parts of the year ("四个季度的增幅分别为…",
                            // "一季度、上半年，全市生产总值分别增长…": `listed_period`).
                            // (A name with words listed after it, "一般预算收入和支出分别增长
                            // 16.5%和36.5%", was shared out above.)
                            let of_periods = listed.is_some()
                                || last_period.is_some_and(|(at, _)| *at >= clause.start);
                            let subject = match subject {
                                Subject::Known(list)
                                    if list.len() == 1 && joined(1) == 2 && !of_periods =>
                                {
                                    Subject::Ambiguous(list[0].1.clone())
                                }
                                subject => subject,
                            };
                            let (first, started) = Run::start(subject, ci, lead, joined(1) == 1);
                            run = started;
                            first
                        })
                }
            };
            // "在上半年增速下降1%的基础上，前三季度增长1.2%": a base the words build on, whose
            // only name is the frame's own words (it opens on 在 and holds no other), is passed
            // over, leaving the run's topic and carried subject as they were for the figures
            // after it. A name before the frame is the subject's ("白酒产量在2017年增长40%基础
            // 上，又实现近20%的较快增长", "在建项目投资在上年增长10%的基础上，今年增长15%").
            let built_on = is_built_on(before_figure, after);
            if built_on
                && match &subject {
                    None => true,
                    Some(Subject::Unknown(name)) => sentence
                        .get(name.clone())
                        .and_then(|n| n.strip_prefix(FRAME_OPENER))
                        .is_some_and(|rest| !rest.contains(FRAME_OPENER)),
                    Some(_) => false,
                }
            {
                base_value_end = Some(q.span.end);
                continue;
            }
            previous_end = q.span.end;
            if let Some(r) = run.as_mut() {
                r.end = q.span.end;
            }
            let Some(subject) = subject else { continue };
            // A bare lead after a figure of its run: the figure restates the subject's.
            let restates = bare()
                && carry
                    .as_ref()
                    .is_some_and(|(_, from, _, _)| runs[*from] == runs[ci]);
            // "力争完成62亿元，增长18%": what is strived for goes on, up to a firm target
            // ("力争增长9%，确保增长8%"), also from a clause whose figure is not read ("力争
            // 完成62亿，增长18%": an amount without its unit).
            let figureless = &sentence[figureless_start..lead_start];
            let restates_stretch = restates
                && (carry_strives || words::STRETCH.find(figureless).is_some())
                && words::FIRM.find(figureless).is_none()
                && words::FIRM.find(lead).is_none();
            // A bare percentage after a growth in its run is a growth too ("增长11%，力争13%
            // 以上", "增长14%、力争15%"); so is the recalled target of an indicator not
            // measured in percent, whatever figure of it came last ("增长7.1%左右，总量突破
            // 4000亿元，超过年初确定的7%的目标").
            let recalled_growth = || {
                facts.recalled_at(q.span.start).is_some()
                    && matches!(&subject, Subject::Known(list) if list.len() == 1
                        && !self.lexicon.indicator_at(list[0].0).takes_rates())
            };
            if figure.measure == Measure::Rate
                && restates
                && (carry
                    .as_ref()
                    .is_some_and(|(_, _, _, m)| *m == Measure::Growth)
                    || recalled_growth())
            {
                figure.measure = Measure::Growth;
                // "能耗下降3%，力争3.5%": the fall goes on.
                if carry_falls {
                    figure.value = -figure.value;
                    figure.high = figure.high.map(|h| -h);
                }
            }
            // "超预期目标21.3亿元", "比近三年净增量之和多26.1亿元": a figure against the target
            // or another figure, or a milestone ("进入3000亿元行列"), not of a subject of its
            // own; the subject before carries past it.
            // A milestone of a longer name that holds an indicator's ("人均GDP突破万元大关，
            // 达到1.2万元") is that name's, and it carries on: not the indicator's.
            let against = match &subject {
                Subject::Unknown(name) => {
                    words::AGAINST.prefix(stripped()).is_some()
                        || (words::milestone_after(after)
                            && !self.lexicon.names_an_indicator(&sentence[name.clone()]))
                }
                _ => false,
            };
            if !against {
                figure_subjects.push(FigureSubject {
                    run: runs[ci],
                    clause: ci,
                    subject: subject.clone(),
                    continues_run,
                });
                carry = Some((
                    subject.clone(),
                    ci,
                    figure.base_unit.clone(),
                    figure.measure,
                ));
                // (A figure the one indicator of the subject cannot measure counts something
                // it has. Not a count of the names listed before it, "地区生产总值等3项指标",
                // the figures after which are not one name's.)
                carry_counted = matches!(&subject, Subject::Known(list)
                    if list.len() == 1
                        && !self.lexicon.indicator_at(list[0].0).fits(q.dimension))
                    && !sentence[..q.span.start].ends_with('等');
                carry_falls = figure.falls(q);
                carry_strives = false;
            }
            // A start-of-period value ("由2022年的42亿元增加到45亿元") is a base, not a claim;
            // so are the values joined to it ("分别由2003年的7586元和1908元提高到…").
            let joined_to_base = joined_without_comma(sentence, base_value_end, q.span.start);
            if joined_to_base || is_base_value(before_figure) || built_on {
                base_value_end = Some(q.span.end);
                continue;
            }
            let noted = noted_estimate(sentence, q.span.end);
            // "今年…全市地区生产总值要达到215亿元，增长11%": what must be reached, in the
            // figure's run, is a target.
            let run_start = clauses[runs[ci]].start;
            let must_reach = ctx.section != SectionKind::Review
                && must_reach_at
                    .get(must_reach_at.partition_point(|&m| m < run_start))
                    .is_some_and(|&m| m < q.span.start);
            let named_target =
                words::target_after(after) || words::revised_target_before(before_figure);
            let role = role(
                q.span.start,
                noted,
                named_target,
                must_reach,
                &figure,
                &facts,
            );
            let stated = dating.stated(q.span.start, clauses[runs[ci]].start, &facts.years);
            let year = year_for(stated.map(|y| y.year), q.span.start, role, ctx, &facts);
            // "去年全市生产总值增长9.1%，今年目标略有调低" in a plan section, or in an undated
            // section of no kind (a news digest: "报告显示，去年全市实现生产总值528.7亿元"): the
            // year before's result, or the target it had ("去年确定的增长7%的目标没有完成").
            let undated_other = ctx.section == SectionKind::Other && ctx.section_year.is_none();
            // Whether a year word opening a clause of the run dates the figure (the run's
            // tail is read: `dates` is told whether it is the whole run).
            let run_to_figure = &sentence[run_start..q.span.start];
            let opening_year = |dates: fn(&str, bool) -> bool| {
                let tail = tail_chars(run_to_figure, LAST_YEAR_WINDOW);
                dates(tail, tail.len() == run_to_figure.len())
            };
            let last_year = (ctx.section == SectionKind::Plan || undated_other)
                && stated.is_none()
                && !figure.completion
                && opening_year(words::last_year_dates);
            let (role, year) = if last_year {
                let recalled = facts.recalled_at(q.span.start).is_some() || named_target;
                (
                    if recalled { Role::Target } else { Role::Actual },
                    ctx.section_year
                        .or(ctx.delivery_year)
                        .and_then(|y| y.checked_sub(1)),
                )
            } else {
                (role, year)
            };
            // "报告提出，今年全市地区生产总值增长6%左右" in an undated section of no kind (a
            // news digest): the report's own year, which no result can be of yet.
            let this_year = !last_year
                && role == Role::Actual
                && undated_other
                && stated.is_none()
                && !figure.completion
                && opening_year(words::this_year_dates)
                // A report given in December speaks of its review year as 今年 too ("今年完成
                // 投资314.61亿元"): only words of a plan make it the plan's.
                && words::THIS_YEAR_PLAN_WORDS
                    .iter()
                    .any(|w| run_to_figure.contains(w));
            let (role, year) = if this_year {
                (Role::Target, ctx.delivery_year)
            } else {
                (role, year)
            };
            // No result is dated after the report ("到“十一五”末，全市生产总值达到750亿元" in a
            // 2006 review): a figure for a later year is a goal.
            let later_goal = role == Role::Actual
                && stated
                    .zip(ctx.delivery_year)
                    .is_some_and(|(s, d)| s.year > d);
            let role = if later_goal { Role::Target } else { role };
            // "比2005年的12.9%提高0.9个百分点", "比去年的7.1%加快": the base's own value, a
            // result of the year it names.
            let base_year = base_value_year(before_figure, year);
            let (role, year) = match base_year {
                Some(y) => (Role::Actual, Some(y)),
                None => (role, year),
            };
            let period = last_period.map(|(_, p)| CompactString::from(*p));
            // A bound written on a fall's size holds the other way on the signed value:
            // "降幅控制在9%以内" is −9 at least, "下降3%以上" −3 at most.
            let fall = figure.falls(q);
            // A floor of an indicator where more is better: for a price or a jobless rate
            // the floor's words say nothing of which way the bound holds.
            let floor = role == Role::Target
                && floor_opener_at.is_some_and(|at| at < q.span.start)
                && matches!(&subject, Subject::Known(list) if list.iter().all(|(i, _)| {
                    self.lexicon.indicator_at(*i).direction == Direction::Higher
                }));
            // A threshold passed is a floor, and so are the amounts joined to it; the words
            // that make it one are quoted in the explanation.
            let threshold = (figure.measure == Measure::Level)
                .then(|| match words::threshold_words(lead, after) {
                    Some((verb, milestone)) => Some(Threshold::Words(verb, milestone)),
                    None if joined_without_comma(sentence, threshold_end, q.span.start) => {
                        Some(Threshold::Joined)
                    }
                    None => None,
                })
                .flatten();
            // A floor word of the level's own before its number (突破, 超过, 逾…, which the
            // quantity reader reads) passes its floor on to the amounts joined to it.
            let floor_word = figure.measure == Measure::Level
                && q.qualifier == Qualifier::AtLeast
                && !q.text.starts_with(q.number.as_str());
            if threshold.is_some() || floor_word {
                threshold_end = Some(q.span.end);
            }
            let constraint = match constraint_of(q, lead) {
                Constraint::Exact if floor || threshold.is_some() => Constraint::AtLeast,
                constraint => constraint,
            }
            .signed(fall);
            // A year written between the multi-year word and the figure dates the figure
            // to it ("年均增长11%（2006年增长11.5%）"), unless a multi-year word follows
            // that year too ("(2017-2019年年均增长5%)").
            let multi_year_word = in_clause.multi_year_at.is_some_and(|at| {
                at < q.span.start && {
                    // The years before the figure, as `stated` just counted them.
                    let years = &facts.years[..dating.years_before()];
                    years.last().filter(|y| y.start > at).is_none_or(|y| {
                        found
                            .first_in(Kind::MultiYear, y.end..q.span.start)
                            .is_some()
                    })
                }
            });
            // "生产总值年均增长6.5%左右，全社会固定资产投资增长6.5%": a list of growths that
            // an average annual one opens (no figure before it in the run) shares its years,
            // up to a word or year of one year ("两年平均增长4.6%" after a year's own growth is
            // an aside; "…年均增长12.2%，去年达到666亿元，增长15.2%" turns to a year). A
            // target level after one is the level at the years' end ("地区生产总值年均增长15%，
            // 达到1500亿元"), not this year's, unless a year written before it dates it ("到
            // 2010年，…年均增长12.5%，达到780亿元" is 2010's); a result level is the year's,
            // the last of them.
            let averaged_list = (figure.measure == Measure::Growth
                || (role == Role::Target
                    && matches!(figure.measure, Measure::Level | Measure::Count)
                    && facts.years.first().is_none_or(|y| y.end > q.span.start)))
                && found
                    .first_in(Kind::AverageAnnual, run_start..usize::MAX)
                    .is_some_and(|start| {
                        let first_in_run = quantities[..qi]
                            .get(quantities[..qi].partition_point(|p| p.span.start < run_start));
                        first_in_run.is_none_or(|p| p.span.start >= start)
                            && averaged.reaches(
                                start,
                                q.span.start,
                                (sentence, found, &facts.years),
                            )
                    });
            // "全社会固定资产投资累计完成5879.6亿元" in a review of several years ("2020年和
            // “十三五”工作回顾"), or in a plan ("固定资产投资累计达到650亿元", a plan period's
            // sum), or beside an average growth in its run ("累计实现社会消费品零售总额234亿元，
            // 年均增长8.4%"): the years' sum. In a review of one year, or after a word of one
            // year ("全年累计新增…"), 累计 sums that year ("CPI累计上涨2.2%").
            let cumulative = CUMULATIVE
                .find(lead.as_bytes())
                .is_some_and(|at| words::ONE_YEAR.find(&lead[..at]).is_none())
                && {
                    let averaged_run = || {
                        let run_end =
                            next_run_after(&runs, ci).map_or(sentence.len(), |j| clauses[j].start);
                        found
                            .first_in(Kind::AverageAnnual, run_start..run_end)
                            .is_some()
                    };
                    match ctx.section {
                        // What a plan adds up is over the years or to date ("固定资产投资
                        // 累计实现1100亿元", "累计建成示范村400个"), not the year's own, unless
                        // a word of one year says so ("今年累计…").
                        SectionKind::Plan => true,
                        SectionKind::Review => {
                            words::titles_several_years(ctx.section_title) || averaged_run()
                        }
                        _ => averaged_run(),
                    }
                };
            // "完成固定资产投资4750.7亿元，是“十一五”时期的2.1倍": compared with several years
            // as a whole, the level is the total of several.
            let years_total = matches!(figure.measure, Measure::Level | Measure::Count)
                && words::compared_with_years(after);
            let multi_year = base_year.is_none()
                && (multi_year_word
                || averaged_list
                || years_total
                || cumulative
                || year.is_some_and(|y| {
                    far_base_year(&facts.comparisons, clause.start..q.span.start, y)
                        // "由2002年的70.1亿元跃升到131亿元，增长86%": the growth of the
                        // run's whole span, when its own clause names no base, nor a year
                        // of its own ("从2017年开始回升，…，2020年增速为3.6%").
                        || (figure.measure == Measure::Growth
                            && last_base_marker(sentence, &mut base_markers, q.span.start)
                                .is_none_or(|at| at < clause.start)
                            && facts.years[..facts.years.partition_point(|w| w.end <= q.span.start)]
                                .last()
                                .is_none_or(|w| w.start < clause.start)
                            && far_base_year(
                                &facts.period_starts,
                                clauses[runs[ci]].start..q.span.start,
                                y,
                            ))
                })
                // "过去五年，…。预计地区生产总值增长49.6%，年均增长8.4%": the five years' growth.
                || ctx.several_years
                // "到2025年，地区生产总值突破2000亿元" in a report that plans 2024: a goal for
                // a year after the plan year is the plan period's, not a target of a year
                // any review will report against.
                || (role == Role::Target
                    && stated
                        .zip(ctx.delivery_year)
                        .is_some_and(|(s, d)| s.year > d))
                // "与“十三五”开局之年比，预计地区生产总值增长32.5%": a change since a year of
                // an earlier plan, in a clause of the figure's run.
                || (figure.measure != Measure::Level
                    && facts
                        .plan_period_bases
                        .any_in(clauses[runs[ci]].start..q.span.start))
                // An undated target in a sentence that opens with a time frame of several
                // years ("今后五年，…；城镇居民人均可支配收入超过4万元"), in any clause of
                // it, or that refers back to a later year's goal ("按照这一目标，…均增长15%
                // 以上"), unless this year is named before it ("…；今年启动重点项目42个").
                || (role == Role::Target
                    && (ctx.after_later_goal
                        || facts.period_frame_end.is_some_and(|e| e <= q.span.start))
                    && facts.years.first().is_none_or(|y| y.end > q.span.start)
                    && found.first_in(Kind::ThisYear, 0..q.span.start).is_none())
                // An undated target after an opener of a period's targets ("“十二五”时期
                // 经济社会发展的主要目标是：…财政总收入达到300亿元"), wherever it stands.
                || (role == Role::Target
                    && facts.period_targets
                    && facts.target_opener_at.is_some_and(|o| o < q.span.start)
                    && facts.years.first().is_none_or(|y| y.end > q.span.start))
                // An undated target in a section about a five-year plan ("关于第十二个五年
                // 规划纲要", "“十三五”时期的目标任务") is the plan's, unless the sentence
                // speaks of this year or opens targets (a plan period's own are multi-year
                // by their words: "今后五年的主要预期目标是：…年均增长7%").
                || (role == Role::Target
                    && ctx.plan_period
                    && facts.target_opener_at.is_none()
                    && facts.years.first().is_none_or(|y| y.end > q.span.start)
                    && found.first_in(Kind::ThisYear, 0..q.span.start).is_none()));
            // "确保增长12%、力争增长15%", "增长12.5%，力争增长13.5%": the second is a
            // stretch beside a firm target of the same subject; so is the first of "力争增长
            // 9%，确保增长8%", the firm target right after it.
            let striving = role == Role::Target
                && (restates_stretch
                    || words::STRETCH.find(lead_end(lead)).is_some()
                        && (restates
                            || how.get() == SubjectSource::Carried
                    // "生产总值增长10%，…，生产总值力争增长12%": named again after its target.
                    || matches!(&subject, Subject::Known(list) if list.len() == 1 && {
                        let id = &self.lexicon.indicator_at(list[0].0).id;
                        out[sentence_first..].iter().any(|c| {
                            c.role == Role::Target
                                && c.measure == figure.measure
                                && c.doubt.is_none()
                                && c.year == year
                                && c.period == period
                                && c.indicator.as_ref() == Some(id)
                        })
                    })
                    || facts.firm_at.is_some_and(|f| {
                        (f >= clauses[runs[ci]].start && f < lead_start)
                            || firm_target_follows(sentence, q, quantities.get(qi + 1), f)
                    })));
            if !against {
                carry_strives = striving;
            }
            let stretch = striving
                || (role == Role::Target && facts.higher_goal_at.is_some_and(|h| h < q.span.start));
            // What the government strives for is a bound to do better than: a floor ("增长
            // 3.5%、力争达到4%"), a ceiling where less is better ("失业率控制在4.5%以内，力争
            // 3.8%", "能耗下降3%，力争3.5%"); of an unknown indicator, a fall's is a ceiling.
            let constraint = if striving && constraint == Constraint::Exact {
                let less_is_better = match &subject {
                    Subject::Known(list) => list.first().is_some_and(|&(i, _)| {
                        self.lexicon.indicator_at(i).direction != Direction::Higher
                    }),
                    _ => figure.value.is_sign_negative(),
                };
                if less_is_better {
                    Constraint::AtMost
                } else {
                    Constraint::AtLeast
                }
            } else {
                constraint
            };
            // "GDP名义增长9%", "按现价计算增长18.6%": the growth with prices in.
            let nominal = figure.measure == Measure::Growth && words::NOMINAL.find(lead).is_some();
            // `of_indicator`: why no id is given, where one is not.
            let doubt = |of_indicator: Option<Doubt>| {
                if multi_year {
                    Some(Doubt::MultiYear)
                } else if nominal {
                    Some(Doubt::Nominal)
                } else if stretch {
                    Some(Doubt::StretchGoal)
                } else if of_indicator.is_some() {
                    of_indicator
                } else if year.is_none() {
                    Some(Doubt::UnknownYear)
                } else {
                    None
                }
            };
            let explanation = |name: &str, id: Option<&str>| {
                self.explain.then(|| {
                    Box::new(Explanation {
                        role: if must_reach && role == Role::Target {
                            "target: 要达到 (要实现, 要完成) before the figure in its run, outside \
                             a review section"
                                .to_owned()
                        } else if later_goal {
                            "target: a year after the report's own, which no result can be of"
                                .to_owned()
                        } else if last_year {
                            format!(
                                "{role}: 去年 (上年) before it in its run, in {}: the year \
                                 before's",
                                section_called(ctx.section)
                            )
                        } else if this_year {
                            "target: 今年 before it in its run, outside any review or plan \
                             section: the report's own year, which no result can be of yet"
                                .to_owned()
                        } else {
                            role_reason(
                                sentence,
                                q.span.start,
                                noted,
                                named_target,
                                role,
                                &figure,
                                ctx,
                                &facts,
                            )
                        },
                        year: if let Some(y) = base_year {
                            format!("{y}: the value of a comparison's base year (比…年的) itself")
                        } else if last_year {
                            format!(
                                "{}: 去年 (上年) in {}, the year before {}",
                                show_year(year),
                                section_called(ctx.section),
                                show_year(ctx.section_year.or(ctx.delivery_year))
                            )
                        } else {
                            year_reason(year, stated, role, q.span.start, ctx, &facts, sentence)
                        },
                        indicator: how.get().reason(name, id),
                        constraint: constraint_reason(q, lead, threshold, constraint, fall),
                    })
                })
            };
            let claim = |indicator: Option<CompactString>, indicator_text: CompactString| Claim {
                explanation: explanation(&indicator_text, indicator.as_deref()),
                measure: measure_of(&figure, &indicator_text),
                doubt: doubt(None),
                indicator,
                indicator_text,
                role,
                year,
                period: period.clone(),
                value: Some(figure.value),
                high: figure.high,
                base_unit: Some(figure.base_unit.clone()),
                constraint,
                reference: None,
                text: q.text.clone(),
                span: base + q.span.start..base + q.span.end,
                sentence: sentence_span.clone(),
            };
            // "固定资产投资5000万元以上产业项目294个", "超3000万元项目": a level that bounds
            // the size of the projects or firms counted, not the named indicator's.
            let size_class = (figure.measure == Measure::Level)
                .then(|| words::size_class_after(&sentence[q.span.end..]))
                .flatten();
            match subject {
                Subject::Known(list) => {
                    let mut misfit = None;
                    for (i, name) in list {
                        let indicator = self.lexicon.indicator_at(i);
                        // "拉动GDP增长5.4个百分点": what something else adds to the
                        // indicator's growth, none of its own ("拉动社会消费品零售总额增长
                        // 11.8%" is the indicator's growth).
                        if q.dimension == Dimension::PercentagePoint
                            && let Some(at) = words::contribution_at(&sentence[..name.start])
                        {
                            if !self.known_only {
                                out.push(claim(None, sentence[at..name.end].into()));
                            }
                        } else if indicator.fits(q.dimension)
                            && (measure_of(&figure, &sentence[name.clone()]) != Measure::Rate
                                || indicator.takes_rates())
                            && size_class.is_none()
                        {
                            out.push(claim(Some(indicator.id.clone()), sentence[name].into()));
                        } else {
                            misfit = Some((indicator, name));
                        }
                    }
                    // "地区生产总值、财政收入等4项指标", "招商引资签约项目28个": the figure
                    // counts something the names belong to. One claim for the figure, under
                    // the name nearest it, with no id.
                    if let Some((indicator, name)) = misfit.filter(|_| !self.known_only) {
                        let mut unknown = Claim {
                            doubt: doubt(Some(if size_class.is_some() {
                                Doubt::SizeClass
                            } else {
                                Doubt::UnitMismatch
                            })),
                            ..claim(None, sentence[name].into())
                        };
                        if let Some(explanation) = unknown.explanation.as_mut() {
                            explanation.indicator = match size_class {
                                Some(counted) => format!(
                                    "{} before {counted}: the size of what is counted, not a \
                                     figure of {} (lexicon id {})",
                                    q.text, unknown.indicator_text, indicator.id
                                ),
                                None => format!(
                                    "{} (lexicon id {}) is measured in {}, the figure {} in {}: \
                                     the figure is something else's",
                                    unknown.indicator_text,
                                    indicator.id,
                                    indicator.dimension,
                                    q.text,
                                    q.dimension
                                ),
                            };
                        }
                        out.push(unknown);
                    }
                }
                // A bare growth name may yet get its paragraph's indicator (see
                // `carry_growth_name`): kept until then.
                Subject::Unknown(name)
                    if self.known_only
                        && words::GROWTH_NAMES
                            .prefix(&sentence[name.clone()])
                            .is_none() => {}
                Subject::Ambiguous(_) if self.known_only => {}
                Subject::Unknown(name) => out.push(claim(None, sentence[name].into())),
                Subject::Ambiguous(name) => out.push(Claim {
                    doubt: doubt(Some(Doubt::AmbiguousIndicator)),
                    ..claim(None, sentence[name].into())
                }),
            }
        }
        if figureless {
            self.figureless_targets(
                sentence,
                base,
                &names,
                &indicators,
                &clauses,
                quantities,
                (found, &facts.years),
                ctx,
                out,
            );
        }
    }

    /// The names in `range` of the sentence, the last one and those joined to it by 、 和 及.
    /// `indicators` are the sentence's indicator names (no reference phrases), in text order.
    fn subject(
        &self,
        sentence: &str,
        indicators: &[NameMatch],
        range: Range<usize>,
        level: OwnLevel,
    ) -> Option<Subject> {
        // Names are disjoint and in text order: those inside `range` are the run that ends
        // before `range.end`, read backwards until one starts before `range.start`.
        let mut inside = indicators[..indicators.partition_point(|n| n.end <= range.end)]
            .iter()
            .rev()
            .take_while(|n| n.start >= range.start);
        let last = inside.next()?;
        let index = |n: &NameMatch| self.indicator_of(sentence, n, level);
        if is_part_of_longer_name(sentence, last, range.clone(), level)
            || is_part_after_whole(sentence, indicators, last, range.start, &index)
        {
            return None;
        }
        if matches!(last.owner, Owner::Ambiguous)
            || has_local_part(sentence, indicators, last, &index)
        {
            return Some(Subject::Ambiguous(last.start..last.end));
        }
        let mut list = vec![(index(last)?, last.start..last.end)];
        let mut next_start = last.start;
        for n in inside {
            let between = &sentence[n.end..next_start];
            if !words::joins_names(between) {
                break;
            }
            list.push((index(n)?, n.start..n.end));
            next_start = n.start;
        }
        list.reverse();
        Some(Subject::Known(list))
    }

    /// The indicator a name stands for in a report of `level`: below the nation some names
    /// mean another indicator (a city's 公共财政收入).
    fn indicator_of(&self, sentence: &str, n: &NameMatch, level: OwnLevel) -> Option<usize> {
        let local = level
            .below_nation()
            .then(|| self.lexicon.local_meaning(&sentence[n.start..n.end]))
            .flatten();
        local.or_else(|| indicator_index(n))
    }

    /// The names joined (和, 、) up to `last`, an unclear one, from `from` on, as one subject
    /// each in text order: `None` where no name is joined before it.
    fn listed_up_to(
        &self,
        sentence: &str,
        indicators: &[NameMatch],
        last: &Range<usize>,
        (from, level): (usize, OwnLevel),
    ) -> Option<Vec<Subject>> {
        let before = &indicators[..indicators.partition_point(|n| n.start < last.start)];
        let mut list = vec![Subject::Ambiguous(last.clone())];
        let mut next_start = last.start;
        for n in before.iter().rev().take_while(|n| n.start >= from) {
            if !words::joins_names(&sentence[n.end..next_start]) {
                break;
            }
            list.push(match self.indicator_of(sentence, n, level) {
                Some(i) if !matches!(n.owner, Owner::Ambiguous) => {
                    Subject::Known(vec![(i, n.start..n.end)])
                }
                _ => Subject::Ambiguous(n.start..n.end),
            });
            next_start = n.start;
        }
        list.reverse();
        (list.len() >= 2).then_some(list)
    }

    /// A name that stands for two indicators in a 分别 clause ("城乡居民人均可支配收入分别
    /// 增长a和b" is urban a and rural b) as the list of those indicators.
    fn split_pair(&self, sentence: &str, subject: Subject) -> Subject {
        match subject {
            Subject::Known(list) if list.len() == 1 => {
                let name = list[0].1.clone();
                match self.lexicon.respectively(&sentence[name.clone()]) {
                    Some(ids) => Subject::Known(ids.iter().map(|&i| (i, name.clone())).collect()),
                    None => Subject::Known(list),
                }
            }
            other => other,
        }
    }

    /// Targets without a figure: 保持正增长, 与经济增长同步, 增速高于经济增长.
    #[allow(clippy::too_many_arguments)]
    fn figureless_targets(
        &self,
        sentence: &str,
        base: usize,
        names: &[NameMatch],
        indicators: &[NameMatch],
        clauses: &[Range<usize>],
        quantities: &[Quantity],
        (found, years): (&SentenceWords, &[WrittenYear]),
        ctx: Context<'_>,
        out: &mut Vec<Claim>,
    ) {
        let year = ctx.section_year.or(ctx.delivery_year);
        // Quantities and clauses are both in text order: one cursor walks the quantities.
        let mut next_quantity = 0;
        for clause in clauses {
            while quantities
                .get(next_quantity)
                .is_some_and(|q| q.span.start < clause.start)
            {
                next_quantity += 1;
            }
            if quantities
                .get(next_quantity)
                .is_some_and(|q| clause.contains(&q.span.start))
            {
                continue;
            }
            let text = &sentence[clause.clone()];
            let (constraint, word) = if let Some(w) = find_any(text, words::POSITIVE_WORDS) {
                (Constraint::Positive, w)
            } else if let Some(w) = find_any(text, words::IN_STEP_WORDS) {
                (Constraint::InStepWith, w)
            } else if let Some(w) = find_any(text, words::ABOVE_WORDS) {
                (Constraint::Above, w)
            } else {
                continue;
            };
            let word_at = clause.start + word;
            // "重点小城镇生产总值增幅要高于全市平均水平": measured against the whole place,
            // the subject is a part of it.
            let after_word = words::ABOVE_WORDS
                .iter()
                .find_map(|w| text[word..].strip_prefix(w));
            if constraint == Constraint::Above
                && after_word.is_some_and(|rest| ctx.level.own_whole_at_start(rest))
            {
                continue;
            }
            // "今后五年…经济增速高于全省平均水平", "到2021年实现…GDP增速高于全省": a goal
            // over the years of a plan, or of another year, is not the year's target.
            let multi_year = ctx.several_years
                || found.first_in(Kind::MultiYear, 0..word_at).is_some()
                || years
                    .iter()
                    .any(|y| y.end <= word_at && Some(y.year) != year);
            // The reference of "与经济增长同步" stands between the subject and the word.
            let subject_end = names[..names.partition_point(|n| n.end <= word_at)]
                .last()
                .filter(|n| n.start >= clause.start)
                .filter(|n| {
                    words::REFERENCE_MARKERS
                        .iter()
                        .any(|m| sentence[..n.start].ends_with(m))
                })
                .map_or(word_at, |n| n.start);
            // A name of more than one indicator ("地方级财政收入与经济增长同步") gives its
            // target with no id, as its figures do.
            let list: Vec<(Option<usize>, Range<usize>)> =
                match self.subject(sentence, indicators, clause.start..subject_end, ctx.level) {
                    Some(Subject::Known(list)) => {
                        list.into_iter().map(|(i, name)| (Some(i), name)).collect()
                    }
                    Some(Subject::Ambiguous(name)) if !self.known_only => vec![(None, name)],
                    _ => continue,
                };
            // What a subject grows faster than follows its word at once ("高于经济增长",
            // "高于同期经济增长"); a name further on is another item's ("增速高于全省平均水平、
            // 确保城乡居民收入增速…").
            let above_end = after_word.map(|rest| clause.end - rest.len());
            let reference = names[names.partition_point(|n| n.start < clause.start)..]
                .iter()
                .take_while(|n| n.start < clause.end)
                .filter(|n| n.start >= list.last().map_or(0, |l| l.1.end))
                .filter(|n| {
                    constraint != Constraint::Above
                        || above_end.is_some_and(|end| n.start <= end + ABOVE_REFERENCE_GAP)
                })
                .find_map(|n| match n.owner {
                    Owner::Reference(k) => self.lexicon.reference_at(k).map(CompactString::from),
                    Owner::Indicator(i)
                        if n.start >= word_at || constraint != Constraint::Positive =>
                    {
                        Some(self.lexicon.indicator_at(i).id.clone())
                    }
                    Owner::Indicator(_) | Owner::Ambiguous => None,
                });
            if constraint != Constraint::Positive && reference.is_none() {
                continue;
            }
            let phrase = list.last().map_or(clause.start, |l| l.1.end)..clause.end;
            for (i, name) in list {
                let id = i.map(|i| self.lexicon.indicator_at(i).id.clone());
                let doubt = if multi_year {
                    Some(Doubt::MultiYear)
                } else {
                    id.is_none().then_some(Doubt::AmbiguousIndicator)
                };
                out.push(Claim {
                    indicator: id.clone(),
                    indicator_text: sentence[name.clone()].into(),
                    role: Role::Target,
                    year,
                    period: None,
                    measure: Measure::Growth,
                    value: None,
                    high: None,
                    base_unit: None,
                    constraint,
                    reference: reference.clone(),
                    text: sentence[phrase.clone()].trim().into(),
                    span: base + phrase.start..base + phrase.end,
                    sentence: base..base + sentence.len(),
                    doubt,
                    explanation: self.explain.then(|| {
                        Box::new(Explanation {
                            role: format!(
                                "target: a figure-less target ({constraint}) where targets are set"
                            ),
                            year: match ctx.section_year {
                                Some(y) => {
                                    format!("{y}: the year of the section {}", ctx.section_title)
                                }
                                None => format!(
                                    "{}: the report's delivery year",
                                    show_year(ctx.delivery_year)
                                ),
                            },
                            indicator: match &id {
                                Some(id) => format!(
                                    "{} (lexicon id {id}), named before the words",
                                    &sentence[name.clone()]
                                ),
                                None => format!(
                                    "{}: a name of more than one indicator, no id",
                                    &sentence[name.clone()]
                                ),
                            },
                            constraint: format!(
                                "{constraint}: the words {}",
                                sentence[phrase.clone()].trim()
                            ),
                        })
                    }),
                });
            }
        }
    }
}

impl Context<'_> {
    /// `target_words`: whether the sentence has 力争, 确保, 目标 or the like (asked only
    /// outside review and plan sections).
    fn is_target_context(&self, target_words: impl FnOnce() -> bool) -> bool {
        self.targets_paragraph
            || self.section == SectionKind::Plan
            || (self.section != SectionKind::Review && target_words())
    }
}

/// Whether a name in `clause_to_figure` (its clause up to the figure) is only a part of
/// what the figure measures: a denominator (万元生产总值能耗), a share's base (占GDP的比重),
/// a sub-area's, a sector's or the city proper's indicator (高新区国内生产总值, 民营经济完成固定资产投资,
/// 市区财政收入), a wider place's (全省地区生产总值 in a
/// city's report), or a part of it (占到地区生产总值的8.5%). The figure then belongs to the longer name, which the lexicon does not
/// know.
fn is_part_of_longer_name(
    sentence: &str,
    name: &NameMatch,
    clause_to_figure: Range<usize>,
    level: OwnLevel,
) -> bool {
    // Parts of longer names stand next to the name: a window of a few chars on each side
    // keeps the test cheap for a clause of many figures.
    let before = tail_chars(&sentence[clause_to_figure.start..name.start], PART_WINDOW);
    let after = head_chars(
        &sentence[name.end..clause_to_figure.end.max(name.end)],
        PART_WINDOW,
    );
    (name.guarded && !words::stands_alone(before) && !level.ends_on_own_area(before))
        || words::PART_BEFORE.suffix(before).is_some()
        || level.sub_area_in(before)
        || words::PART_OWNER.contains(before)
        || level.wider_named(before.trim_end_matches([' ', '　', '的']))
        || level.other_county(before)
        || level.wider_subject(tail_chars(
            &sentence[clause_to_figure.start..name.start],
            SUBJECT_WINDOW,
        ))
        || words::PART_AFTER.contains(after)
        // "地区生产总值超50亿元的县增长20%": the counties' figure.
        || words::opens_on_threshold(&sentence[name.end..clause_to_figure.end.max(name.end)])
        // "占到地区生产总值的8.5%", "相当于GDP的11.3%", "财政收入的80%来源于…": a figure right
        // after the name and 的 is a part of it.
        || after.trim_matches([' ', '　']) == "的"
}

/// Whether `name` names a part of a whole after 其中 (of which): its clause, from
/// `clause_start`, opens on 其中 (or follows a clause of it alone) and a few words that
/// qualify the name ("其中新兴产业固定资产投资242.4亿元", "其中，自营进出口4552万美元"), and
/// the whole is the same indicator named before 其中 in the sentence. The figure is the
/// part's, which the lexicon does not know. (A name of its own after 其中, 其中一般预算收入,
/// is no part of this kind; nor a sub-area, a city proper or a local part, which have rules
/// of their own. A sentence that opens on 其中 may list the main indicators, "其中，地区生产
/// 总值…；海关进出口总额…": without the whole in the sentence nothing is read as a part.)
fn is_part_after_whole(
    sentence: &str,
    indicators: &[NameMatch],
    name: &NameMatch,
    clause_start: usize,
    index: &impl Fn(&NameMatch) -> Option<usize>,
) -> bool {
    const MARKS: [char; 6] = ['，', ',', '：', ':', ' ', '　'];
    let lead = sentence[clause_start..name.start].trim_start_matches(['—', ' ', '　']);
    // 其中 opens the clause, or is a clause of its own before it ("其中，省重点项目…").
    let (of_which_at, qualifier) = match lead.strip_prefix(words::PART_OF) {
        Some(q) => (clause_start, q.trim_start_matches(MARKS)),
        None => match sentence[..clause_start]
            .trim_end_matches(MARKS)
            .strip_suffix(words::PART_OF)
        {
            Some(before)
                if before.ends_with(words::is_clause_break) || before.trim().is_empty() =>
            {
                (before.len(), lead)
            }
            _ => return false,
        },
    };
    // A time is no qualifier of a part ("其中今年完成…", "其中上半年…": the same whole's
    // share of the years). A size class is, its amount the only digits ("其中500万元以上
    // 项目固定资产投资…").
    let size_class = ["以上", "以下"].iter().any(|bound| {
        qualifier.split_once(bound).is_some_and(|(amount, rest)| {
            amount.chars().count() <= PART_QUALIFIER_CHARS
                && words::size_class_after(rest).is_some()
        })
    });
    let qualifies = !qualifier.is_empty()
        && qualifier.chars().count()
            <= if size_class {
                2 * PART_QUALIFIER_CHARS
            } else {
                PART_QUALIFIER_CHARS
            }
        && !qualifier.contains(|c: char| {
            (words::is_digit(c) && !size_class)
                || words::is_clause_break(c)
                || matches!(c, '年' | '季' | '月')
        })
        && !qualifier.starts_with(['全', '本'])
        && !qualifier.starts_with(words::LOCAL)
        // "其中工业拉动全市经济增长3.2个百分点": a contribution, read as such.
        && words::contribution_at(qualifier).is_none();
    qualifies
        && index(name).is_some_and(|id| {
            indicators[..indicators.partition_point(|n| n.end <= of_which_at)]
                .iter()
                .any(|n| index(n) == Some(id))
        })
}

/// How many chars may qualify a name after 其中 for [`is_part_after_whole`].
const PART_QUALIFIER_CHARS: usize = 8;

/// How far after 高于 (in bytes: two chars, 同期) the indicator it compares with may start.
const ABOVE_REFERENCE_GAP: usize = 2 * 3;

/// How far before a figure, in chars, its run is searched for a 去年 that dates it (a
/// bound keeps a run of many figures linear).
const LAST_YEAR_WINDOW: usize = 60;

/// How far before a name, in chars, its clause is searched for an open exclusion note.
const EXCLUSION_NOTE_WINDOW: usize = 30;

/// How far before a name, in chars, its clause is searched for a wider place as its subject
/// ("对照全省提出的生产总值…").
const SUBJECT_WINDOW: usize = 16;

/// Whether the indicator named by `name` has a local part named after it ("财政一般预算收入
/// 161.4亿元，其中地方财政一般预算收入95.6亿元"): the name then stands for a wider total
/// than its indicator (readers call it fiscal revenue or leave it open), so it is ambiguous.
/// `index` gives a name's indicator as the report reads it.
fn has_local_part(
    sentence: &str,
    indicators: &[NameMatch],
    name: &NameMatch,
    index: &impl Fn(&NameMatch) -> Option<usize>,
) -> bool {
    let Some(id) = index(name) else {
        return false;
    };
    // The local part follows within a clause or two: a bounded look keeps a sentence of
    // many names linear.
    indicators[indicators.partition_point(|n| n.start < name.end)..]
        .iter()
        .take_while(|n| n.start - name.end <= LOCAL_PART_WINDOW)
        .any(|n| {
            let between = &sentence[name.end..n.start];
            // 地方 is the local name's first word, or the word before a shorter name.
            let before_local = if sentence[n.start..].starts_with(words::LOCAL) {
                Some(between)
            } else {
                between.strip_suffix(words::LOCAL)
            };
            index(n) == Some(id)
                && before_local
                    .is_some_and(|b| b.trim_end_matches(['，', ',']).ends_with(words::PART_OF))
        })
}

fn indicator_index(n: &NameMatch) -> Option<usize> {
    match n.owner {
        Owner::Indicator(i) => Some(i),
        Owner::Reference(_) | Owner::Ambiguous => None,
    }
}

fn find_any(text: &str, list: &[&str]) -> Option<usize> {
    list.iter().filter_map(|w| text.find(w)).min()
}

/// The paragraphs of `blocks` in text order, with whether they are under a heading on zones
/// (`on_zones`, or a title that [`is_zone_headline`]), each heading's title among them as a paragraph
/// of one sentence where it holds a digit: a numbered list of targets on lines of their own
/// ("1.地区生产总值增长7%左右；") reads as headings, and its figures are the report's as
/// much as a paragraph's.
fn collect_paragraphs<'t>(
    doc: &Document<'_>,
    blocks: &'t [Block],
    on_zones: bool,
    out: &mut Vec<(Cow<'t, Paragraph>, bool)>,
) {
    for block in blocks {
        match block {
            Block::Heading(h) => {
                let on_zones = on_zones || is_zone_headline(&h.title);
                let marker = h.marker.as_ref().map_or(0, |m| m.len());
                // Most titles hold no digit: only those with one are looked up in the text.
                let title_at = h
                    .title
                    .chars()
                    .any(words::is_digit)
                    .then(|| doc.text(&h.span).get(marker..))
                    .flatten()
                    .and_then(|rest| rest.find(h.title.as_str()));
                if let Some(at) = title_at {
                    let start = h.span.start + marker + at;
                    let span = start..start + h.title.len();
                    let title = Paragraph {
                        span: span.clone(),
                        role: None,
                        sentences: vec![Sentence { span }],
                        items: Vec::new(),
                    };
                    out.push((Cow::Owned(title), on_zones));
                }
                collect_paragraphs(doc, &h.children, on_zones, out);
            }
            Block::Paragraph(p) => out.push((Cow::Borrowed(p), on_zones)),
        }
    }
}

/// The clauses of a sentence, split at commas, semicolons, colons and stops; but not at the
/// colon after a label, a few chars that open the clause, with its figure after it
/// ("——地区生产总值：增长6.5%左右；": the name and its figure, one clause).
fn clauses(sentence: &str) -> Vec<Range<usize>> {
    let bytes = sentence.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(&lead) = bytes.get(i) {
        // Separators are ASCII or CJK punctuation (U+3000–U+303F and U+FF00–U+FFEF, whose
        // lead bytes are E3 and EF): only those chars are decoded, and the ideographs, most
        // of a sentence, are stepped over by their lead byte.
        let (c, width) = match lead {
            0x00..=0x7f => (Some(char::from(lead)), 1),
            0xe3 | 0xef => (sentence.get(i..).and_then(|rest| rest.chars().next()), 3),
            0xc0..=0xdf => (None, 2),
            0xe0..=0xef => (None, 3),
            _ => (None, 4),
        };
        let separator = c.filter(|&c| {
            (c.is_ascii_punctuation()
                || ('\u{3000}'..='\u{303F}').contains(&c)
                || ('\u{FF00}'..='\u{FFEF}').contains(&c))
                && words::is_clause_break(c)
        });
        if separator.is_some_and(|c| !matches!(c, '：' | ':') || !labels_figure(sentence, start, i))
        {
            out.push(start..i);
            start = i + width;
        }
        i += width;
    }
    out.push(start..sentence.len());
    out
}

/// Whether the colon at `colon` closes a label: the clause from `start` to it is a few chars
/// without a figure, and a figure or the words that lead to one follow the colon.
fn labels_figure(sentence: &str, start: usize, colon: usize) -> bool {
    let label = sentence[start..colon].trim_start_matches(['—', ' ', '　']);
    let after = sentence[colon..].trim_start_matches(['：', ':', ' ', '　']);
    start == 0
        && !label.is_empty()
        && label.chars().count() <= LABEL_CHARS
        && label
            .chars()
            .all(|c| !c.is_ascii() && c != '、' && !words::is_digit(c))
        && (after.starts_with(words::is_digit) || words::LABELED_FIGURE.prefix(after).is_some())
}

/// How many chars a label before a colon may take ("——一般公共预算收入：增长2%").
const LABEL_CHARS: usize = 14;

fn clause_index(clauses: &[Range<usize>], at: usize) -> usize {
    // Clauses are in text order, so their ends are too: a binary search finds the first
    // one that ends after `at`.
    let i = clauses.partition_point(|c| c.end.max(c.start + 1) <= at);
    clause_at(clauses, at, i)
}

/// The clause index [`clause_index`] finds, given `i`, the first clause that ends after
/// `at`.
fn clause_at(clauses: &[Range<usize>], at: usize, i: usize) -> usize {
    match clauses.get(i) {
        Some(c) if c.start <= at => i,
        _ => clauses.len() - 1,
    }
}

/// [`clause_index`] for offsets asked in text order: it steps on from the last answer
/// instead of searching anew (a binary search per figure missed the caches on a sentence
/// of 100,000 clauses).
#[derive(Default)]
struct ClauseCursor {
    /// The first clause that ends after the last offset asked.
    next: usize,
}

impl ClauseCursor {
    fn index(&mut self, clauses: &[Range<usize>], at: usize) -> usize {
        while clauses
            .get(self.next)
            .is_some_and(|c| c.end.max(c.start + 1) <= at)
        {
            self.next += 1;
        }
        clause_at(clauses, at, self.next)
    }
}

/// For each clause, the index of the first clause of its run: the clauses joined to it by
/// soft separators (，) only. A subject carries from clause `from` to clause `to` only
/// over soft separators, that is when `runs[from] == runs[to]`.
fn soft_runs(sentence: &str, clauses: &[Range<usize>]) -> Vec<usize> {
    let mut runs = Vec::with_capacity(clauses.len());
    let mut run = 0;
    for (k, clause) in clauses.iter().enumerate() {
        if let Some(before) = k.checked_sub(1) {
            let sep = &sentence[clauses[before].end..clause.start];
            if !sep.chars().all(|c| words::SOFT_SEPARATORS.contains(&c)) {
                run = k;
            }
        }
        runs.push(run);
    }
    runs
}

/// The first clause of the run after clause `k`'s (`runs` from [`soft_runs`]), if any:
/// a run's clauses stand together and `runs` never decreases, so a binary search finds it.
fn next_run_after(runs: &[usize], k: usize) -> Option<usize> {
    let run = *runs.get(k)?;
    let next = k + runs[k..].partition_point(|&r| r == run);
    (next < runs.len()).then_some(next)
}

/// The items listed after a name that ends at `name_end`, up to the measure words before
/// `figure_start` (a figure, or a 分别) ("规模以上工业增加值、销售收入和税金增长13%…": 销售收入, 税金),
/// each an unknown subject; none unless the name is followed by a joiner, and the items
/// hold no figure or break.
fn items_listed_after(
    sentence: &str,
    name_end: usize,
    figure_start: usize,
) -> Option<Vec<Subject>> {
    // Names are short: a long stretch is no list of them, and is not searched (a clause of
    // many figures after one name would search its whole length for each).
    let between = sentence
        .get(name_end..figure_start)
        .filter(|b| b.len() <= ITEMS_MAX_BYTES)?;
    let joiner_at = |text: &str, at: usize| {
        words::ITEM_JOINERS
            .iter()
            .find(|j| text[at..].starts_with(*j))
            .map(|j| j.len())
    };
    let first = joiner_at(between, 0)?;
    let rest = &between[first..];
    // The measure words end the items, but for one right after a joiner: it opens an
    // item's name ("销售收入和实现利税增长12%、11%和10%": 实现利税).
    let mut from = 0;
    let measure_at = loop {
        let measure = [&*words::UP, &*words::DOWN, &*words::ATTAINMENT]
            .iter()
            .filter_map(|set| Some(from + set.find(&rest[from..])?))
            .min();
        match measure {
            Some(at) if words::ITEM_JOINERS.iter().any(|j| rest[..at].ends_with(j)) => {
                from = at + rest[at..].chars().next().map_or(1, char::len_utf8);
            }
            at => break at.unwrap_or(rest.len()),
        }
    };
    let items = &rest[..measure_at];
    if items.is_empty() || items.contains(|c: char| words::is_digit(c) || words::is_clause_break(c))
    {
        return None;
    }
    let base = name_end + first;
    let mut subjects = Vec::new();
    let mut start = 0;
    for (at, _) in items.char_indices() {
        if at < start {
            continue;
        }
        if let Some(len) = joiner_at(items, at) {
            subjects.push(Subject::Unknown(base + start..base + at));
            start = at + len;
        }
    }
    subjects.push(Subject::Unknown(base + start..base + items.len()));
    subjects
        .iter()
        .all(|s| matches!(s, Subject::Unknown(r) if !r.is_empty()))
        .then_some(subjects)
}

/// The longest list of items after a name that `items_listed_after` reads: 60 chars.
const ITEMS_MAX_BYTES: usize = 60 * 3;

/// How far an average annual word ("年均增长7%，…") reaches over the growths after it in its
/// run: up to the first word or year of one year. Each stretch of the sentence is searched
/// once, however many figures the run holds.
#[derive(Default)]
struct AveragedReach {
    /// Where the word starts, and where the search for one-year words has got to.
    word_at: Option<usize>,
    searched_to: usize,
    /// Whether a word or year of one year came between the word and the last figure asked.
    stopped: bool,
}

impl AveragedReach {
    /// Whether the average annual word at `word_at` reaches a figure at `figure_at`, after
    /// the figures asked before (in text order).
    fn reaches(
        &mut self,
        word_at: usize,
        figure_at: usize,
        (sentence, found, years): (&str, &SentenceWords, &[WrittenYear]),
    ) -> bool {
        if self.word_at != Some(word_at) {
            let word_end = words::AVERAGE_ANNUAL_WORDS
                .iter()
                .find(|w| sentence[word_at..].starts_with(*w))
                .map_or(word_at, |w| word_at + w.len());
            *self = AveragedReach {
                word_at: Some(word_at),
                searched_to: word_end,
                stopped: false,
            };
        }
        // A figure inside the word itself ("年均" ending on its digits) is not after it.
        if figure_at < self.searched_to {
            return false;
        }
        if !self.stopped {
            let from = self.searched_to;
            let years_from = years.partition_point(|y| y.start < from);
            self.stopped = words::ONE_YEAR.find(&sentence[from..figure_at]).is_some()
                || found.first_in(Kind::ThisYear, from..figure_at).is_some()
                || years.get(years_from).is_some_and(|y| y.end <= figure_at);
            self.searched_to = figure_at;
        }
        !self.stopped
    }
}

/// The spans of a sentence from each clause about a sub-area to the end of its run of
/// clauses, in text order: a clause that opens on one (after 其中), or on a sub-area's own
/// name before its first indicator name ("岚川经济技术开发区全年实现地区生产总值42亿元，…完成
/// 财政收入5亿元": the zone's, as [`is_part_of_longer_name`] reads the first); and a whole
/// run that gives its subject's share of the place it is in ("生产总值增长22%，占全市比重
/// 达到50%": a part's, as the place's own would be all of it).
fn sub_area_runs(
    sentence: &str,
    clauses: &[Range<usize>],
    runs: &[usize],
    names: &[NameMatch],
    level: OwnLevel,
) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut k = 0;
    // The first clause of the run after clause k's, found once per run: a sentence of one
    // run of thousands of clauses is walked once, not once per clause.
    let mut next_run = None;
    let mut run = None;
    while k < clauses.len() {
        if run != Some(runs[k]) {
            run = Some(runs[k]);
            next_run = next_run_after(runs, k);
        }
        // The rest of the run is the sub-area's: the next clause to look at starts the next.
        let run_end = next_run.map_or(sentence.len(), |j| clauses[j].start);
        let opening = sentence[clauses[k].clone()].trim_start_matches([' ', '　', '—']);
        let opening = opening.strip_prefix(words::PART_OF).unwrap_or(opening);
        let share_of_whole =
            runs[k] == k && level.share_of_own_whole(&sentence[clauses[k].start..run_end]);
        let about_sub_area = share_of_whole
            || level.sub_area_prefix(opening).is_some()
            || counted_places(opening).is_some_and(|rest| level.sub_area_prefix(rest).is_some())
            || opens_on_sub_area_name(&clauses[k], opening, names, level)
            || (k == 0 && opens_on_zone_name(opening));
        if !about_sub_area {
            k += 1;
            continue;
        }
        spans.push(clauses[k].start..run_end);
        k = next_run.unwrap_or(clauses.len());
    }
    spans
}

/// Whether `sentence` is a headline on a sub-area's economy: one clause without a figure
/// that opens on a sub-area and its 经济 ("开发区经济全面提速。").
fn is_sub_area_economy_headline(sentence: &str, level: OwnLevel) -> bool {
    one_clause_headline(sentence, |headline| {
        level
            .sub_area_prefix(headline)
            .is_some_and(|w| headline[w.len()..].starts_with("经济"))
    }) && !sentence.contains(words::is_digit)
}

/// Whether `sentence`, without its leading dashes and its stop, is a headline of one clause
/// (no comma, semicolon or colon inside) that `about` accepts. `about` is asked first: it
/// looks at a headline's opening, the clause test at all of it, and most sentences are long.
fn one_clause_headline(sentence: &str, about: impl Fn(&str) -> bool) -> bool {
    let headline = sentence
        .trim_start_matches(['—', ' ', '　'])
        .trim_end_matches(words::HARD_SEPARATORS);
    about(headline) && !headline.contains(words::is_clause_break)
}

/// `opening` after the count it opens on, if it opens on one: "7个县（市、区）GDP增长28%",
/// "5县（市）区生产总值增长22.2%", "22个重点小城镇…": the counted places are its subject.
fn counted_places(opening: &str) -> Option<&str> {
    let rest = opening
        .trim_start_matches(|c: char| words::is_digit(c) || "一二三四五六七八九十两".contains(c));
    (rest.len() < opening.len()).then(|| rest.strip_prefix('个').unwrap_or(rest))
}

/// Whether a clause (its text from `opening` on) opens on a sub-area's own name, a few chars
/// and a sub-area word ("岚川经济技术开发区", "临港经济区"), with its first indicator name after
/// it and a figure: the clause is about the sub-area. Not a kind of goods (农产品…出口) nor a count of
/// places (有4个县…), which say nothing of whose the clause is.
fn opens_on_sub_area_name(
    clause: &Range<usize>,
    opening: &str,
    names: &[NameMatch],
    level: OwnLevel,
) -> bool {
    // The clause's first name, which the sub-area's name must stand before.
    let first = names.partition_point(|n| n.start < clause.start);
    let Some(name) = names.get(first).filter(|n| n.end <= clause.end) else {
        return false;
    };
    let opening_start = clause.end - opening.len();
    let Some(before_name) = opening.get(..name.start.saturating_sub(opening_start)) else {
        return false;
    };
    let head = head_chars(before_name, SUB_AREA_NAME_CHARS);
    // The sub-area's own figure in the clause says the clause is about it ("实现县区出口全
    // 覆盖，进出口总额增长9%": a goal reached, the figure after it the city's).
    level
        .first_area_word(&words::SUB_AREA_PLACE, head)
        .is_some_and(|at| !head[..at].chars().any(|c| c.is_numeric()))
        && opening.contains(words::is_digit)
}

/// Whether `sentence` is a short headline of one clause on zones ("加快开发区建设。",
/// "推进园区提档升级。"): the paragraph it opens is about them.
fn is_zone_headline(sentence: &str) -> bool {
    one_clause_headline(sentence, |headline| {
        headline.chars().nth(ZONE_HEADLINE_CHARS).is_none()
            && words::area_word_at(&words::ZONE, headline).is_some()
    })
}

/// Whether a sentence of several clauses opens on a zone's own name as its subject
/// ("高新区要加快…园区建设，…"): what the paragraph goes on to say is the zone's task. A
/// headline of one clause is not: it may join the zone to another topic ("新区建设和对外合作
/// 取得新成效"), and only a short one on zones alone is theirs ([`is_zone_headline`]).
fn opens_on_zone_task(sentence: &str) -> bool {
    let first_clause = sentence
        .split(words::is_clause_break)
        .next()
        .unwrap_or(sentence);
    first_clause.len() < sentence.trim_end_matches(words::HARD_SEPARATORS).len()
        && opens_on_zone_name(first_clause)
}

/// How many chars a headline on zones may take.
const ZONE_HEADLINE_CHARS: usize = 14;

/// Whether a sentence's first clause (`opening`) opens on a zone's own name: a zone word
/// ([`words::ZONES`]) within its first chars, with no digit nor a verb before it
/// ([`words::ZONE_NAME_BREAKERS`]): "通化经济开发区基础设施…推进，…生产总值增长50%" is the
/// zone's, whether or not the clause holds a figure.
fn opens_on_zone_name(opening: &str) -> bool {
    let head = head_chars(opening, SUB_AREA_NAME_CHARS);
    words::area_word_at(&words::ZONE, head).is_some_and(|(at, word)| {
        // "长春新区等重大开放平台建设成效显著，进出口总额…": one zone of a list given as
        // examples of something else, the sentence's subject.
        let example = opening[at + word.len()..].starts_with('等');
        let name = &head[..at];
        !example
            && !name.chars().any(|c| c.is_numeric())
            && words::ZONE_NAME_BREAKER.prefix(name).is_none()
            && !words::ZONE_NAME_VERB.contains(name)
    })
}

/// How many chars a sub-area's name, its own word included, may take at a clause's opening.
const SUB_AREA_NAME_CHARS: usize = 12;

/// A lead with nothing but measure words ("同比增长", "增幅") lets the subject carry over;
/// anything more names something else ("完成农村改厕").
/// A lead without its fillers: "全年完成农村改厕" → "农村改厕". Nothing left (or one char)
/// means a bare lead: the figure adds a measure to the subject before it. Completion leads
/// are among the trailing fillers ("…1.62亿元，目标完成率108%").
fn strip_fillers(mut text: &str) -> &str {
    // Whether a label's colon may still stand in the text. After the first split the text
    // holds none, and every later round takes a part of it: the search is made once. (One
    // per round made a lead of thousands of listed items, stripped an item a round,
    // quadratic.)
    let mut colon = true;
    loop {
        let before = text.len();
        text = strip_year(text);
        text = strip_base(text);
        // Every leading filler before the trailing ones: "分别完成预算的" is 分别 and 完成预算的,
        // where a 的 taken off the end first would leave 完成 and a name 预算.
        while let Some(w) = words::LEADING.prefix(text) {
            text = &text[w.len()..];
        }
        text = strip_exclusion(text);
        text = strip_recall(text);
        // "增速比2018年的7.2%": the base's value, of the subject before.
        if let Some((start, _)) = base_value_phrase(text) {
            text = &text[..start];
        }
        if let Some(w) = words::TRAILING.suffix(text) {
            text = &text[..text.len() - w.len()];
        }
        // A `matches!`, not `"…".contains(c)`: the char search of a `str` cost more than the
        // rest of the strip.
        text = text.trim_matches(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '“' | '”' | '"' | '（' | '）' | '(' | ')' | '、' | '—' | '：' | ':'
                )
        });
        // "林业建设：完成营造林…": a label before the name of what is counted.
        if std::mem::take(&mut colon)
            && let Some((_, named)) = text.rsplit_once(['：', ':'])
        {
            text = named;
        }
        if text.len() == before {
            return text;
        }
    }
}

/// A recall of the year's target at the start, after how the result stood to it:
/// "高于年初提出的" → "", "年初市人代会确定的全市生产总值" → "全市生产总值". What follows is
/// the target's, named or (bare) the subject before's.
fn strip_recall(text: &str) -> &str {
    // Every opener holds 年, within the first chars: most leads are turned away here, by a
    // look at their first bytes (a walk over chars cost more than the rest of the strip).
    // A recall by its meeting (市六届人大二次会议确定的) holds 会 or 人大 further in.
    let bytes = text.as_bytes();
    let head = &bytes[..text.len().min(RECALL_HEAD_CHARS * 3)];
    let recall_head = &bytes[..text.len().min(RECALL_CHARS * 3)];
    // Every recall ends with 的: a lead without one is no meeting's.
    let by_meeting =
        || DE.find(recall_head).is_some() && MEETINGS.iter().any(|f| f.find(recall_head).is_some());
    if NIAN.find(head).is_none() && !by_meeting() {
        return text;
    }
    let rest = words::RECALL_COMPARISON
        .prefix(text)
        .map_or(text, |w| &text[w.len()..]);
    // "完成了年初确定的…": 完成 may have gone with the leading fillers.
    let rest = rest.strip_prefix('了').unwrap_or(rest);
    opened_note(
        rest,
        words::RECALL_OPENERS,
        words::RECALL_ENDS,
        RECALL_CHARS,
    )
    .or_else(|| meeting_recall(rest))
    .filter(|&(opened, at)| !opened[..at].contains(words::HARD_SEPARATORS))
    .map_or(text, |(opened, at)| &opened[at..])
}

/// A search for 的, built once (see [`MEETINGS`]).
static DE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("的"));

/// Searches for [`words::RECALL_MEETINGS`], built once (a searcher built per lead cost as
/// much as the rest of the strip).
static MEETINGS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| {
        words::RECALL_MEETINGS
            .iter()
            .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
            .collect()
    });

/// A recall of a target by the meeting that set it, at the start of `text`: "市六届人大二次
/// 会议确定的" → the offset after it.
fn meeting_recall(text: &str) -> Option<(&str, usize)> {
    let note = head_chars(text, RECALL_CHARS);
    let at = words::RECALL_ENDS
        .iter()
        .filter_map(|end| note.find(end).map(|at| at + end.len()))
        .min()?;
    words::RECALL_MEETINGS
        .iter()
        .any(|w| note[..at].contains(w))
        .then_some((text, at))
}

/// A note that one of `openers` opens at the start of `text` and the first of `ends` within
/// `chars` chars closes: the text after the opener, and the offset in it after the end.
fn opened_note<'t>(
    text: &'t str,
    openers: &[&str],
    ends: &[&str],
    chars: usize,
) -> Option<(&'t str, usize)> {
    let rest = openers.iter().find_map(|w| text.strip_prefix(w))?;
    let note = head_chars(rest, chars);
    let at = ends
        .iter()
        .filter_map(|end| note.find(end).map(|at| at + end.len()))
        .min()?;
    Some((rest, at))
}

/// Whether the firm-target word at `firm_at` follows figure `q` right away, with the next
/// figure, `next`, of the same kind a few chars after it: "力争增长9%，确保增长8%". Not
/// where 确保 goes on to something else ("确保时间过半", "确保实现三年120户的目标").
fn firm_target_follows(
    sentence: &str,
    q: &Quantity,
    next: Option<&Quantity>,
    firm_at: usize,
) -> bool {
    sentence
        .get(q.span.end..firm_at)
        .is_some_and(words::is_joiner)
        && next.is_some_and(|firm| {
            firm.dimension == q.dimension
                && sentence
                    .get(firm_at..firm.span.start)
                    .is_some_and(|w| w.chars().count() <= FIRM_LEAD_CHARS)
        })
}

/// How many chars a firm target's lead may take after a stretch figure ("，确保增长8%").
const FIRM_LEAD_CHARS: usize = 4;

/// How many chars a recall of a target may take before its end (年初市十二届人大四次会议确定的).
const RECALL_CHARS: usize = 20;

/// How far into a lead the 年 of a recall's opener stands at most (虽未达到 了 去年年初).
const RECALL_HEAD_CHARS: usize = 9;

/// A note of what a figure leaves out, at the start: "剔除两权收入分别增长" → "分别增长",
/// "扣除价格因素后增长" → "增长". The figure is still the subject's, on a narrower basis.
fn strip_exclusion(text: &str) -> &str {
    opened_note(
        text,
        words::EXCLUSION_OPENERS,
        words::EXCLUSION_ENDS,
        EXCLUSION_CHARS,
    )
    .map_or(text, |(rest, at)| {
        // "剔除上年一次性收入划转等不可比因素后": an end word inside the note (收入 of what is
        // left out) does not close it where a later one closes it with 后.
        let note = words::head_chars(rest, EXCLUSION_CHARS);
        let at = words::EXCLUSION_ENDS
            .iter()
            .filter_map(|end| {
                note.match_indices(end)
                    .map(|(from, _)| from + end.len())
                    .find(|&to| rest[to..].starts_with('后'))
            })
            .min()
            .filter(|&to| to > at)
            .unwrap_or(at);
        let mut after = &rest[at..];
        // "剔除上年专项收入因素后", "剔除疫情因素影响后": one end word may follow another.
        while let Some(more) = words::EXCLUSION_ENDS
            .iter()
            .find_map(|end| after.strip_prefix(end))
        {
            after = more;
        }
        after.strip_prefix('后').unwrap_or(after)
    })
}

/// How far after 预计 the announced indicators may be named, in chars ("预计2016年主要经济
/// 指标").
const INDICATORS_AHEAD_CHARS: usize = 14;

/// How far (in bytes: 30 chars) after a name its local part may be named.
const LOCAL_PART_WINDOW: usize = 30 * 3;

/// How many bytes may stand before a year that opens its clause ("预期到2011年": four
/// chars, and some white space).
const MAX_YEAR_OPENER_BYTES: usize = 4 * 3 + 2;

/// How long a note of what a figure leaves out may run, in chars ("扣除2022年大规模留抵退税
/// 因素").
const EXCLUSION_CHARS: usize = 16;

/// A comparison base at the start: "较2022年增长" → "增长", "比上年同期" → "",
/// "比“十二五”末增长" → "增长".
fn strip_base(text: &str) -> &str {
    let Some(marker) = words::BASE_MARKERS.iter().find(|m| text.starts_with(*m)) else {
        return text;
    };
    let rest = &text[marker.len()..];
    let rest = words::BASE_YEARS
        .iter()
        .chain(words::PLAN_PERIOD_ENDS)
        .find_map(|y| rest.strip_prefix(y))
        .unwrap_or_else(|| strip_year(rest));
    if rest.len() == text.len() - marker.len() {
        text
    } else {
        rest.strip_prefix("同期").unwrap_or(rest)
    }
}

/// "2023年羊毛衫市场交易额" → "羊毛衫市场交易额", and the end of a list of years ("…，到2015年
/// 增长4%") → "增长4%".
fn strip_year(text: &str) -> &str {
    after_year(text)
        .or_else(|| after_year(text.strip_prefix(['到', '至'])?))
        .unwrap_or(text)
}

/// The text after a four-digit year that opens it ("2023年…", "2025年底…"), if one does.
fn after_year(text: &str) -> Option<&str> {
    let (at, _) = text.char_indices().nth(4).filter(|&(_, c)| c == '年')?;
    four_digits_before(text, at).filter(|&(_, start)| start == 0)?;
    Some(text[at + '年'.len_utf8()..].trim_start_matches(['底', '末']))
}

/// An indicator the lexicon does not know: the clause text before the figure, fillers
/// stripped ("全年完成农村改厕" → "农村改厕").
fn unknown_subject(
    lead_start: usize,
    lead: &str,
    stripped: &str,
    opens_sentence: bool,
) -> Option<Subject> {
    if stripped.chars().nth(1).is_none() {
        // "这一增速比上年的7.1%": a bare growth name that opens its sentence, which
        // `carry_growth_name` may give the indicator of the sentence before. (Further in,
        // "…蓬勃发展，增速达到29%" is the growth of what the clause before speaks of.)
        if !opens_sentence {
            return None;
        }
        let opening = words::LEADING
            .prefix(lead)
            .map_or(lead, |w| &lead[w.len()..]);
        let name = words::GROWTH_NAMES.prefix(opening)?;
        let start = lead_start + (lead.len() - opening.len());
        return Some(Subject::Unknown(start..start + name.len()));
    }
    if words::NOT_SUBJECT.suffix(stripped).is_some() {
        return None;
    }
    // A name is short: of a long lead, its last words name the figure (and every claim
    // of the subject keeps a copy of the name, so it must stay small).
    let stripped = tail_chars(stripped, MAX_NAME_CHARS);
    // `stripped` is a subslice of `lead`: its offset is the distance between their starts.
    let start = lead_start + (stripped.as_ptr() as usize - lead.as_ptr() as usize);
    Some(Subject::Unknown(start..start + stripped.len()))
}

/// Whether a figure is a level reached ("，达到900亿元", "突破900亿元"): the verb ends its
/// lead or opens its own text.
fn attains(lead: &str, figure: &str) -> bool {
    words::ATTAINMENT.suffix(lead.trim_end()).is_some()
        || words::ATTAINMENT.prefix(figure).is_some()
}

/// Whether a sentence is an item of a dashed list ("——地区生产总值…").
fn is_list_item(sentence: &str) -> bool {
    sentence
        .trim_start()
        .starts_with(['—', '-', '－', '·', '●'])
}

/// A result before a note that says the figures above were estimates ("（以上均为预计
/// 数）") is an estimate.
fn estimate_by_note_after(claim: &mut Claim, note: usize) {
    if claim.role != Role::Actual || claim.span.start >= note {
        return;
    }
    claim.role = Role::Estimate;
    if let Some(e) = claim.explanation.as_mut() {
        e.role =
            "estimate: a note after it says the figures are estimates (以上…预计, （预计数…）)"
                .to_owned();
    }
}

/// The subjects of the last `n` figures of run `run`, each one indicator, known, unknown or
/// of an unclear id (地方级财政收入), and no two the same, in text order: the names a 分别 after them hands its `n` figures to
/// ("一般预算收入18.4亿元，一般预算支出94.6亿元，分别增长22.6%和10.5%"). None when the run
/// has fewer, or when a known indicator's figure comes just before them: which figure is
/// whose cannot then be told ("地区生产总值…，财政收入…，税收…，分别增长…和…"), and when
/// they would split an earlier 分别 run: its names go together ("接待游客…、旅游收入…，分别
/// 增长26%和35.1%，客运量…"). See [`RunSubjects`] for where the list may be.
fn run_subjects(
    sentence: &str,
    figure_subjects: &[FigureSubject],
    (run, clause): (usize, usize),
    n: usize,
    look: RunSubjects,
) -> Option<Vec<Subject>> {
    let fresh = look == RunSubjects::Fresh;
    let listed_clause = match look {
        RunSubjects::After(listed) => listed,
        RunSubjects::Fresh => None,
    };
    let mut names: Vec<Subject> = Vec::new();
    // Whether the earliest figure taken is not the first of its 分别 run.
    let mut splits_run = false;
    // Whether every figure taken so far is of the clause that shared its figures out.
    let mut all_listed = listed_clause.is_some();
    for figure in figure_subjects.iter().rev() {
        let subject = &figure.subject;
        // With `fresh`, only figures of the clauses before the 分别's own.
        let single = !(fresh && figure.clause == clause)
            && match subject {
                Subject::Known(list) => list.len() == 1,
                Subject::Unknown(_) | Subject::Ambiguous(_) => true,
            };
        let same = |other: &Subject| match (other, subject) {
            (Subject::Known(a), Subject::Known(b)) => {
                a.first().map(|x| x.0) == b.first().map(|x| x.0)
            }
            _ => other.name(sentence) == subject.name(sentence),
        };
        if figure.run != run || !single || names.iter().any(same) {
            break;
        }
        if names.len() == n {
            // One more name before the list: a rival when it is a known indicator's, unless
            // the list is the 分别 clause's before ("…，地方财政收入43.5亿元、增长37.3%，城镇
            // 居民人均可支配收入和农民人均纯收入分别达到18914元和5056元，增长15.3%、20.2%").
            if matches!(subject, Subject::Known(_)) && !all_listed {
                return None;
            }
            break;
        }
        all_listed &= Some(figure.clause) == listed_clause;
        names.push(subject.clone());
        splits_run = figure.continues_run;
    }
    names.reverse();
    (names.len() == n && !splits_run).then_some(names)
}

/// Where [`run_subjects`] looks for the names of a list.
#[derive(Clone, Copy, PartialEq, Eq)]
enum RunSubjects {
    /// Among the figures before the clause to share out, the clause before it that shared
    /// its own figures out (分别, or names paired with figures), if it did.
    After(Option<usize>),
    /// Only among the clauses before the 分别's own.
    Fresh,
}

/// The known indicators of the figures of run `run`, one each in text order, as one subject:
/// what a 均 after them gives its figure to. `None` where the run has fewer than two
/// subjects. (One whose id is unclear, 地方级财政收入, gets no claim of the figure: the
/// subject holds known ones only.)
fn known_of_run(figure_subjects: &[FigureSubject], run: usize) -> Option<Subject> {
    let mut list: Vec<(usize, Range<usize>)> = Vec::new();
    let mut others = 0;
    for f in figure_subjects.iter().filter(|f| f.run == run) {
        match &f.subject {
            Subject::Known(names) => {
                for (i, name) in names {
                    if list.iter().all(|(j, _)| j != i) {
                        list.push((*i, name.clone()));
                    }
                }
            }
            _ => others += 1,
        }
    }
    (!list.is_empty() && list.len() + others >= 2).then_some(Subject::Known(list))
}

/// Marks the stretch goals a report states apart from its target: a confident target whose
/// clause strives (力争, no 确保) for another value than a confident target of the same
/// indicator, measure, year and period that does not strive ("主要预期目标是：地区生产总值
/// 增长8%左右…。…按照“保七争八”的要求，力争生产总值增长8%以上" after a 7% target). Within a
/// sentence the figure loop marks them; across sentences and paragraphs only the whole
/// report's claims tell. `text` is the report's source. As within a sentence, a bare
/// figure strived for is a bound to do better than: a floor, or a ceiling where less is
/// better.
fn mark_stretches_apart(lexicon: &Lexicon, text: &str, claims: &mut [Claim]) {
    type Key = (CompactString, Measure, Option<u16>, Option<CompactString>);
    // A value and the high end of its range.
    type Value = (Option<Decimal>, Option<Decimal>);
    let key = |c: &Claim| -> Key {
        let id = c.indicator.clone().unwrap_or_default();
        (id, c.measure, c.year, c.period.clone())
    };
    // The confident targets of a known indicator, and whether the clause of each one's
    // figure, up to it, strives. Most claims are no such target, and most reports strive
    // for nothing apart: both are turned away before any key is made.
    let targets: Vec<(usize, bool)> = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.role == Role::Target && c.doubt.is_none() && c.indicator.is_some())
        .map(|(i, c)| {
            // The clause up to the figure, within a few chars of it (a sentence of many
            // targets is not read again for each).
            let lead = text.get(c.sentence.start..c.span.start).unwrap_or_default();
            let lead = tail_chars(lead, STRIVING_WINDOW_CHARS);
            let clause = lead
                .rfind(['，', '；', '：', ',', ';', ':'])
                .map_or(lead, |at| &lead[at..]);
            let strives = words::STRIVING_WORDS.iter().any(|w| clause.contains(w))
                && !words::FIRM_WORDS.iter().any(|w| clause.contains(w));
            (i, strives)
        })
        .collect();
    if !targets.iter().any(|&(_, strives)| strives) {
        return;
    }
    // Of each key, the first firm value and whether another one differs from it: a value
    // differs from some firm value when they differ or when the firm values do.
    let mut firm: HashMap<Key, (Value, bool)> = HashMap::new();
    for &(i, _) in targets.iter().filter(|(_, strives)| !strives) {
        let c = &claims[i];
        let value = (c.value, c.high);
        firm.entry(key(c))
            .and_modify(|(first, mixed)| *mixed |= *first != value)
            .or_insert((value, false));
    }
    for &(i, _) in targets.iter().filter(|(_, strives)| *strives) {
        let c = &mut claims[i];
        let apart = firm
            .get(&key(c))
            .is_some_and(|&(first, mixed)| mixed || first != (c.value, c.high));
        if !apart {
            continue;
        }
        c.doubt = Some(Doubt::StretchGoal);
        if c.constraint == Constraint::Exact {
            let higher = c
                .indicator
                .as_deref()
                .and_then(|id| lexicon.indicator(id))
                .is_some_and(|i| i.direction == Direction::Higher);
            c.constraint = if higher {
                Constraint::AtLeast
            } else {
                Constraint::AtMost
            };
            if let Some(e) = c.explanation.as_mut() {
                e.constraint = format!("{}: a stretch word before the figure (力争)", c.constraint);
            }
        }
        if let Some(e) = c.explanation.as_mut() {
            e.role.push_str(
                "; a stretch goal (力争) beside the report's target of the same indicator, \
                 stated elsewhere",
            );
        }
    }
}

/// How many chars before a target's figure [`mark_stretches_apart`] looks for 力争.
const STRIVING_WINDOW_CHARS: usize = 30;

/// A growth that opens its sentence with a bare growth name ("涨幅仍然高达百分之二十一点
/// 七") is of the indicator the sentence before in its paragraph was about.
fn carry_growth_name(claim: &mut Claim, last: Option<&CompactString>) {
    let (Some(id), None, None, Measure::Growth) =
        (last, &claim.indicator, claim.doubt, claim.measure)
    else {
        return;
    };
    let Some(name) = words::GROWTH_NAMES.prefix(&claim.indicator_text) else {
        return;
    };
    claim.indicator = Some(id.clone());
    claim.indicator_text = name.into();
    if let Some(e) = claim.explanation.as_mut() {
        e.indicator = format!("{name}: the growth of {id}, the indicator of the sentence before");
    }
}

/// What a clause says about each of its figures.
#[derive(Clone, Copy)]
struct ClauseWords {
    /// Where its first completion word is (目标完成率, 完成年度任务目标的), as a sentence
    /// offset.
    completion_at: Option<usize>,
    /// 超额完成.
    excess: bool,
    /// Where the clause's first multi-year word is (年均, 五年…), as a sentence offset.
    multi_year_at: Option<usize>,
    /// Where its first growth name is (增长速度, 增幅…), as a sentence offset.
    growth_name_at: Option<usize>,
    /// Where its first 分别 is, as a sentence offset.
    respectively_at: Option<usize>,
}

impl ClauseWords {
    /// The words of the sentence's `clause` (a range of it), of the sentence's words
    /// `found`. Read once per clause, so a clause of many figures is not searched again for
    /// each.
    fn of(found: &SentenceWords, clause: Range<usize>) -> ClauseWords {
        let first = |kind| found.first_in(kind, clause.clone());
        ClauseWords {
            completion_at: first(Kind::Completion),
            excess: first(Kind::Excess).is_some(),
            multi_year_at: first(Kind::MultiYear),
            growth_name_at: first(Kind::GrowthName),
            respectively_at: first(Kind::Respectively),
        }
    }

    /// Whether a word found at `at` stands before the figure at `figure`.
    fn before(at: Option<usize>, figure: usize) -> bool {
        at.is_some_and(|a| a < figure)
    }
}

/// The measured value of a quantity in the claim's terms.
struct Figure {
    measure: Measure,
    /// A rate or multiple of a target ("目标完成率117.12%", "完成年度任务目标的2倍"). A
    /// result in the same clause as 超额完成 ("超额完成…350亩") is not one.
    completion: bool,
    value: Decimal,
    high: Option<Decimal>,
    base_unit: CompactString,
}

impl Figure {
    /// Whether the figure is a fall its words made negative (下降3%), not a negative number
    /// as written ("分别增长-4.2%、1.0%": the 1.0% after it is no fall).
    fn falls(&self, q: &Quantity) -> bool {
        self.value.is_sign_negative() && q.base_value().is_sign_positive()
    }

    /// A measure relative to a subject's level: growth, a change in points, a rate, a
    /// completion.
    fn is_relative(&self) -> bool {
        matches!(
            self.measure,
            Measure::Growth
                | Measure::PpChange
                | Measure::Rate
                | Measure::CompletionRate
                | Measure::Multiple
        )
    }

    /// `None` when the figure's value is too large for a decimal once read (超额完成 adds
    /// 100%). `after` is the sentence after the figure.
    /// `recalled`: the figure stands inside a recall of the year's target, closed by its
    /// noun.
    fn read(
        q: &Quantity,
        lead: &str,
        after: &str,
        clause: ClauseWords,
        recalled: bool,
    ) -> Option<Figure> {
        // Measure words stand right before the figure ("同比增长2.3%", "控制在4.5%以内"),
        // so only the lead's last chars are searched; completion words only matter for
        // percentages and multiples ("目标完成率117.12%", "完成年度任务目标的2倍").
        let near = lead_end(lead);
        let relative = matches!(q.dimension, Dimension::Percent | Dimension::PercentagePoint);
        let amount = !matches!(
            q.dimension,
            Dimension::Percent
                | Dimension::PercentagePoint
                | Dimension::Multiple
                | Dimension::Count
        );
        // "增加到45亿元", "下降到3.2%": the figure is where the change ends, a level.
        let to_level = words::TO_LEVEL.contains(near);
        let change = amount
            && !to_level
            && (words::change_word_in(near)
                || words::CHANGE_ENDS
                    .iter()
                    .any(|w| near.trim_end().ends_with(w)));
        let (down_at, up_at) = if (relative && !to_level) || change {
            (words::DOWN.find(near), words::UP.find(near))
        } else {
            (None, None)
        };
        // A percent named as a fall ("降幅控制在5%以内") is down whatever verb leads to it.
        let fall_named = q.dimension == Dimension::Percent
            && (words::FALL_NAMES.find(near).is_some() || words::fall_named_after(after));
        // The growth word nearest the figure decides the sign: "增长…下降1.5%" is down.
        let down = fall_named
            || match (down_at, up_at) {
                (Some(d), Some(u)) => d > u || words::DOWN.suffix(near.trim_end()).is_some(),
                (Some(_), None) => true,
                _ => false,
            };
        // "比上年增加7.9%": a change word before a percent is a rise.
        let up = up_at.is_some() || (relative && !to_level && words::increase_before(near));
        // The completion word stands before the figure ("完成年度计划的108%"): after it, the
        // figure was what was completed ("增长15%超额完成年度任务", "增长11%的目标全面超额
        // 完成"), a growth or a target; so is a figure that names its target ("超额完成年初
        // 确定的12%的增长目标", "超额完成年初确定的确保11%、力争12%的目标").
        let completion = matches!(q.dimension, Dimension::Percent | Dimension::Multiple)
            && ClauseWords::before(clause.completion_at, q.span.start)
            && !words::target_after(after)
            && !recalled;
        let signed = |v: Decimal| if down { -v } else { v };
        let (low, high) = (q.base_value(), q.base_high);
        // A percent of a growth's name ("增长速度定为8%", "增幅由58.6%回落到27.8%") is a
        // growth, whatever verb leads to it.
        let growth_named = ClauseWords::before(clause.growth_name_at, q.span.start)
            || words::growth_named_after(after)
            || q.number == words::FLAT_WORD;
        let measure = match q.dimension {
            Dimension::Percent if completion => Measure::CompletionRate,
            Dimension::Percent if up || down || growth_named => Measure::Growth,
            Dimension::Percent => Measure::Rate,
            Dimension::PercentagePoint => Measure::PpChange,
            Dimension::Multiple => Measure::Multiple,
            Dimension::Count => Measure::Count,
            _ if change => Measure::Change,
            _ => Measure::Level,
        };
        let mut value = match measure {
            Measure::Growth | Measure::PpChange | Measure::Change => signed(low),
            _ => low,
        };
        // "超额完成任务75%": 75% over the target, so 175% of it.
        if measure == Measure::CompletionRate && clause.excess {
            value = value.checked_add(Decimal::from(100))?;
        }
        Some(Figure {
            measure,
            completion: completion
                && matches!(measure, Measure::CompletionRate | Measure::Multiple),
            value,
            high: high.map(|h| {
                if matches!(
                    measure,
                    Measure::Growth | Measure::PpChange | Measure::Change
                ) {
                    signed(h)
                } else {
                    h
                }
            }),
            base_unit: CompactString::from(q.base_unit.as_ref()),
        })
    }
}

/// What a sentence says regardless of which of its figures is read.
struct SentenceFacts<'s> {
    /// Where it compares with a time of a five-year plan ("与“十三五”开局之年比").
    plan_period_bases: PlanPeriodBases,
    /// A plan section, a targets paragraph, or target words outside a review.
    target_context: bool,
    /// Where 预计 is, if anywhere.
    estimate_at: Option<usize>,
    /// Where a phrase that opens the year's targets is (主要预期目标是, 预期指标为).
    target_opener_at: Option<usize>,
    /// The opener restates targets set before ("年初确定的主要预期目标是…").
    restated: bool,
    /// The opener's own clause names several years ("“十二五”时期经济社会发展的主要目标是",
    /// "今后五年的主要预期目标是"): the targets it opens are the period's.
    period_targets: bool,
    /// Where the sentence's opening clause ends, if it is a time frame of several years
    /// ("今后五年，", "“十二五”时期，"): its targets are the period's.
    period_frame_end: Option<usize>,
    /// Where a review recalls the target its year was given ("年初确定", "报告中曾提出"),
    /// to the end of what the recall governs (see [`recalled`]), in text order.
    recalled: Vec<Range<usize>>,
    /// Where a higher goal set on top of the expected targets is named ("在上述预期目标的
    /// 基础上，提出了一个奋斗目标"): its figures are stretch goals.
    higher_goal_at: Option<usize>,
    /// The sentence stands in a plan section.
    in_plan: bool,
    /// An earlier sentence of the section made its results estimates ("预计（下同）").
    estimated: bool,
    /// Years written in it, with the offset after each 年, but for bases ("在2022年基础上",
    /// "2022年同期", "2022年底") and span starts ("1998年以来"): no figure is about those.
    years: Vec<WrittenYear>,
    /// Partial-year periods written in it, with their offsets, in text order; an empty one
    /// where 全年 ends the one before.
    periods: Vec<(usize, &'s str)>,
    /// Years written after a comparison marker ("比2010年"), with the offset after each 年.
    comparisons: Vec<WrittenYear>,
    /// Years that start a run from a base ("由2002年的70.1亿元跃升到131亿元"), likewise.
    period_starts: Vec<WrittenYear>,
    /// Where the first firm-target word (确保) is.
    firm_at: Option<usize>,
}

/// A figure's measure given its indicator's name as written: a percent of a growth's name
/// ("经济增长速度…定为8%") is a growth.
fn measure_of(figure: &Figure, name: &str) -> Measure {
    if figure.measure == Measure::Rate && words::GROWTH_NAMES.contains(name) {
        Measure::Growth
    } else {
        figure.measure
    }
}

/// How a figure's subject was found.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SubjectSource {
    /// A name before it in its clause.
    Named,
    /// The next name of a 分别 list.
    Respectively,
    /// The name of the clause before, which gives no figure of its own.
    Topic,
    /// The subject of the figure before, over a comma.
    Carried,
    /// The subject of a figure before, past a ；: the figure is its total (总量…).
    Total,
    /// No known name: the clause's words before the figure.
    Lead,
}

impl SubjectSource {
    fn reason(self, name: &str, id: Option<&str>) -> String {
        let what = match id {
            Some(id) => format!("{name} (lexicon id {id})"),
            None => format!("{name} (no lexicon id)"),
        };
        match self {
            SubjectSource::Named => format!("{what}: the name before the figure in its clause"),
            SubjectSource::Respectively => format!("{what}: its place in a 分别 list"),
            SubjectSource::Topic => {
                format!("{what}: named earlier in its run of clauses, which give no figure")
            }
            SubjectSource::Carried => {
                format!("{what}: carried over a comma from the figure before")
            }
            SubjectSource::Total => {
                format!("{what}: the total (总量, 总额…) of the subject of the figure before")
            }
            SubjectSource::Lead => format!("{what}: no known name; the words before the figure"),
        }
    }
}

/// How an explanation names the kind of section a reading was made in, of those where 去年
/// dates a figure: a plan section, or an undated one of no kind (a news digest).
fn section_called(kind: SectionKind) -> &'static str {
    if kind == SectionKind::Plan {
        "the plan section"
    } else {
        "an undated section of no kind"
    }
}

fn show_year(year: Option<u16>) -> String {
    year.map_or_else(|| "no year".to_owned(), |y| y.to_string())
}

/// Which words made a figure's role (see [`role`]).
#[allow(clippy::too_many_arguments)]
fn role_reason(
    sentence: &str,
    at: usize,
    noted: bool,
    named_target: bool,
    role: Role,
    figure: &Figure,
    ctx: Context<'_>,
    facts: &SentenceFacts<'_>,
) -> String {
    let phrase_at = |start: usize, list: &[&str]| {
        list.iter()
            .find(|w| sentence[start..].starts_with(*w))
            .map_or("", |w| *w)
            .to_owned()
    };
    if figure.completion {
        return "completion: a completion word in its clause (完成率, 完成年度任务…)".to_owned();
    }
    if let Some(t) = facts.target_opener_at.filter(|&t| t < at) {
        return format!("target: after {}", phrase_at(t, words::TARGET_OPENERS));
    }
    if let Some(r) = facts.recalled_at(at) {
        return format!(
            "target: the review recalls its year's target ({})",
            phrase_at(r, words::RECALLED_WORDS)
        );
    }
    if named_target && role == Role::Target {
        return "target: named a target's value (…的目标 right after it, or a target revised \
                to it, 目标调整为)"
            .to_owned();
    }
    if noted && facts.estimate_at.is_none_or(|e| e > at) && facts.recalled_at(at).is_none() {
        return format!("{role}: a bracketed 预计 note right after the figure");
    }
    if let Some(e) = facts.estimate_at.filter(|&e| e < at) {
        let word = phrase_at(e, words::ESTIMATE_WORDS);
        return if role == Role::Target {
            format!(
                "target: {word} in the plan section {}, the plan's expectation",
                ctx.section_title
            )
        } else {
            format!("estimate: {word} before the figure")
        };
    }
    match role {
        Role::Target if ctx.targets_paragraph => "target: in a targets paragraph".to_owned(),
        Role::Target if ctx.section == SectionKind::Plan => {
            format!("target: in the plan section {}", ctx.section_title)
        }
        Role::Target => {
            "target: a target word (力争, 确保, 计划, 目标…) outside review and plan sections"
                .to_owned()
        }
        Role::Estimate => "estimate: an earlier 预计（下同） of the section governs it".to_owned(),
        _ if ctx.section == SectionKind::Review => {
            format!("actual: in the review section {}", ctx.section_title)
        }
        _ => "actual: a figure outside any plan section or targets paragraph".to_owned(),
    }
}

/// What made a figure's year (see [`year_for`]).
fn year_reason(
    year: Option<u16>,
    stated: Option<&WrittenYear>,
    role: Role,
    at: usize,
    ctx: Context<'_>,
    facts: &SentenceFacts<'_>,
    sentence: &str,
) -> String {
    if let Some(y) = stated {
        return format!(
            "{}: {} before the figure",
            y.year,
            &sentence[y.start..y.end]
        );
    }
    if let (Some(y), true) = (year, targets_in_review(at, role, ctx, facts)) {
        return format!(
            "{y}: the year's targets inside the review section {}, so the year after it",
            ctx.section_title
        );
    }
    if let Some(y) = ctx.section_year {
        return format!("{y}: the year of the section {}", ctx.section_title);
    }
    match (year, ctx.delivery_year) {
        (Some(y), Some(d)) => {
            let which = if role == Role::Target {
                "its targets are for that year"
            } else {
                "its results are of the year before"
            };
            format!(
                "{y}: the report was delivered in {d} ({}), and {which}",
                ctx.delivery_source
            )
        }
        _ => {
            "no year: neither the sentence, the section, the report's date nor the caller gives one"
                .to_owned()
        }
    }
}

/// What makes a level a threshold passed, a floor; the explanation names it (formatted
/// only when one is asked for).
#[derive(Clone, Copy)]
enum Threshold<'a> {
    /// The verb before the level and the milestone after it ("跨越" … "大关"; either may be
    /// empty): see [`words::threshold_words`].
    Words(&'static str, &'a str),
    /// Joined to a threshold or floor before it without a comma ("跨越4000亿元、5000亿元",
    /// "突破100亿元、200亿元", "分别超过40000元和19000元").
    Joined,
}

/// What made a figure's constraint (see [`constraint_of`]).
fn constraint_reason(
    q: &Quantity,
    lead: &str,
    threshold: Option<Threshold<'_>>,
    constraint: Constraint,
    fall: bool,
) -> String {
    match constraint {
        Constraint::Exact => format!("exact: the bare figure {}", q.text),
        Constraint::AtLeast | Constraint::AtMost
            if fall && constraint_of(q, lead).signed(true) == constraint =>
        {
            format!(
                "{constraint}: {} bounds the size of a fall ({}), so the signed value is \
                 bounded the other way",
                q.text,
                lead_end(lead).trim()
            )
        }
        Constraint::AtMost if q.qualifier == Qualifier::Exact => {
            format!(
                "at_most: a ceiling word before the figure ({})",
                lead_end(lead).trim()
            )
        }
        Constraint::AtLeast if q.qualifier == Qualifier::Exact => match threshold {
            Some(Threshold::Words(verb, milestone)) => {
                format!("at_least: a threshold passed ({verb}{}{milestone})", q.text)
            }
            Some(Threshold::Joined) => format!(
                "at_least: a threshold passed or a floor ({}, joined to one before it)",
                q.text
            ),
            None => format!(
                "at_least: a firm-target or stretch word before the figure ({})",
                lead_end(lead).trim()
            ),
        },
        other => format!("{other}: the figure as written, {}", q.text),
    }
}

impl SentenceFacts<'_> {
    /// Where the recall that governs the figure at `at` starts, if one does.
    fn recalled_at(&self, at: usize) -> Option<usize> {
        self.recall_holding(at).map(|r| r.start)
    }

    /// The scope of the recall that holds offset `at`, if one does. Recalls are disjoint and
    /// in text order: the last one starting before `at` is the only one that can.
    fn recall_holding(&self, at: usize) -> Option<&Range<usize>> {
        self.recalled[..self.recalled.partition_point(|r| r.start < at)]
            .last()
            .filter(|r| at < r.end)
    }
}

/// What a review's recall of its year's target at `at` governs: up to the word 目标 or 任务
/// that closes the recalled target, else the rest of its run of clauses ("…高于年初确定的7%的预期目标0.2个百分点；一般公共预算收入完成52亿元": the
/// revenue after the ； is a result), or, where a colon opens the recalled list before the
/// run ends ("年初确定的目标是：…；…"), the rest of the sentence.
fn recalled(sentence: &str, at: usize, run_end: usize) -> Range<usize> {
    // The recalled target ends at its noun, 目标 or 任务 ("圆满完成了年初确定的目标任务，全市
    // 地区生产总值增长8%": the growth after it is a result).
    // One walk to the first noun: a search per noun would read to the run's end for the
    // one that is missing, for every recall of the run.
    let run = &sentence[at..run_end];
    let mut from = 0;
    while let Some(i) = run[from..].find(['目', '任']) {
        let noun = from + i;
        if RECALLED_NOUNS.iter().any(|w| run[noun..].starts_with(w)) {
            let end = noun + "目标".len();
            // "年初确定的增长目标是13%": the target's value follows its noun, up to the
            // clause's end.
            if RECALL_COPULAS.iter().any(|w| run[end..].starts_with(w)) {
                let clause_end = run[end..]
                    .find(words::SOFT_SEPARATORS)
                    .map_or(run.len(), |i| end + i);
                return at..at + clause_end;
            }
            return at..at + end;
        }
        from = noun + '目'.len_utf8();
    }
    at..run_end
}

/// The nouns that close a recalled target (see [`recalled`]).
const RECALLED_NOUNS: [&str; 2] = ["目标", "任务"];

/// Whether a recall's scope, `upto` its end, ends on its noun (no copula after it).
fn closed_by_noun(upto: &str) -> bool {
    RECALLED_NOUNS.iter().any(|n| upto.ends_with(n))
}

/// After a recalled target's noun, the words that give its value ("确定的增长目标是13%").
const RECALL_COPULAS: &[&str] = &["是", "为", "定为"];

/// Where the run of clauses that holds `at` ends for a recall (see [`recalled`]): at the
/// next ；, or at the sentence's end where a colon comes first.
fn recall_run_end(sentence: &str, at: usize) -> usize {
    let rest = &sentence[at..];
    match rest.find(['；', ';', '：', ':']) {
        Some(i) if !rest[i..].starts_with(['：', ':']) => at + i,
        _ => sentence.len(),
    }
}

/// Whether a bracketed note right after a figure says it is an estimate ("1200亿元（预计
/// 数）", "增长3.5%（预计）").
fn noted_estimate(sentence: &str, figure_end: usize) -> bool {
    let after = sentence[figure_end..].trim_start();
    let Some(note) = after.strip_prefix('（').or_else(|| after.strip_prefix('(')) else {
        return false;
    };
    words::ESTIMATE_WORDS.iter().any(|w| note.starts_with(w)) || note.starts_with("初步预计")
}

/// A figure's role; `must_reach` says its lead ends with 要达到 or the like, outside a
/// review section.
fn role(
    at: usize,
    noted_estimate: bool,
    named_target: bool,
    must_reach: bool,
    figure: &Figure,
    facts: &SentenceFacts<'_>,
) -> Role {
    if figure.completion {
        Role::Completion
    } else if must_reach || facts.target_opener_at.is_some_and(|t| t < at) {
        // "主要预期指标是：…" sets targets wherever it stands.
        Role::Target
    } else if facts.recalled_at(at).is_some() || named_target {
        // "去年我在政府工作报告中曾提出，要把…控制在百分之十以内", "财政总收入增长15%的目标
        // 可以超额完成": a review recalls the year's target.
        Role::Target
    } else if noted_estimate || facts.estimate_at.is_some_and(|e| e < at) {
        // 预计 in a plan section is what the plan expects of its year, never a result.
        if facts.in_plan {
            Role::Target
        } else {
            Role::Estimate
        }
    } else if facts.target_context {
        Role::Target
    } else if facts.estimated {
        Role::Estimate
    } else {
        Role::Actual
    }
}

/// Which written years date figures of later runs of clauses (a run ends at ；, ：, 。).
/// A year dates the figures after it in its own run; in the runs after, only where it opens
/// or closes its clause ("到2015年，…", "预期到2011年，…", "到本届政府届满的2007年，…") or
/// dates a figure of its clause ("其中生产总值到2010年将达到623亿元；财政总收入…"), and
/// not past a run that names its own year ("…；今年，财政总收入要达到40亿元"). A year
/// inside a clause without a figure ("…；原定2007年实现翻番的目标提前完成；一般预算收入…")
/// dates nothing after its run.
struct YearDating {
    /// For year `i` of the sentence, the last year up to `i` that dates later runs.
    last_dating: Vec<Option<usize>>,
    /// Where the sentence names a year by a word (今年, 明年…), in text order.
    year_words: Vec<usize>,
    /// How many years stood before the figure last asked about: figures are asked about in
    /// text order, so the count only grows and a step from it finds the next (a binary
    /// search per figure missed the caches on a sentence of 100,000 years).
    before: std::cell::Cell<usize>,
}

impl YearDating {
    /// How many years stand before the figure [`YearDating::stated`] was last asked about.
    fn years_before(&self) -> usize {
        self.before.get()
    }

    fn of(
        sentence: &str,
        clauses: &[Range<usize>],
        quantities: &[Quantity],
        years: &[WrittenYear],
    ) -> YearDating {
        let mut last = None;
        // Years are in text order: the clause and the next figure of each are stepped to.
        let mut clause_cursor = ClauseCursor::default();
        let mut next_figure = 0;
        let last_dating = years
            .iter()
            .enumerate()
            .map(|(i, y)| {
                let end = y.end;
                let clause = &clauses[clause_cursor.index(clauses, end - 1)];
                let before = &sentence[clause.start..y.start.max(clause.start)];
                // Only a few chars may stand before a year that opens its clause: a
                // bounded look, whatever the clause's length.
                let opens = before.len() <= MAX_YEAR_OPENER_BYTES && {
                    let before = before.trim_matches(|c: char| c.is_whitespace() || c == '—');
                    before.is_empty() || words::YEAR_OPENERS.suffix(before).is_some()
                };
                let closes = sentence[end..clause.end].trim().is_empty();
                while quantities
                    .get(next_figure)
                    .is_some_and(|q| q.span.start < end)
                {
                    next_figure += 1;
                }
                let dates_its_figure = quantities
                    .get(next_figure)
                    .is_some_and(|q| q.span.start < clause.end);
                if opens || closes || dates_its_figure {
                    last = Some(i);
                }
                last
            })
            .collect();
        let year_words = if years.is_empty() {
            Vec::new()
        } else {
            let mut at: Vec<usize> = words::YEAR_WORDS
                .iter()
                .flat_map(|w| sentence.match_indices(w).map(|(i, _)| i))
                .collect();
            at.sort_unstable();
            at
        };
        YearDating {
            last_dating,
            year_words,
            before: std::cell::Cell::new(0),
        }
    }

    /// The year written for a figure at `at` whose run of clauses starts at `run_start`,
    /// with the offset after its 年 (bases such as "在2022年基础上" are not in `years`).
    /// It counts the years before `at` for [`YearDating::years_before`].
    fn stated<'y>(
        &self,
        at: usize,
        run_start: usize,
        years: &'y [WrittenYear],
    ) -> Option<&'y WrittenYear> {
        // Years are in text order: those before the figure are counted on from the last
        // figure's count (from the start, if asked about an earlier figure).
        let mut before = self.before.get();
        if before > 0 && years.get(before - 1).is_none_or(|y| y.end > at) {
            before = 0;
        }
        while years.get(before).is_some_and(|y| y.end <= at) {
            before += 1;
        }
        self.before.set(before);
        let last = before.checked_sub(1)?;
        if years[last].end > run_start {
            return Some(&years[last]);
        }
        let named_in_run = self
            .year_words
            .get(self.year_words.partition_point(|&w| w < run_start))
            .is_some_and(|&w| w < at);
        if named_in_run {
            return None;
        }
        self.last_dating[last].map(|i| &years[i])
    }
}

/// The year a figure is about: the year written for it (`stated`); else the section's year;
/// else the delivery year for targets and the year before for results.
fn year_for(
    stated: Option<u16>,
    at: usize,
    role: Role,
    ctx: Context<'_>,
    facts: &SentenceFacts<'_>,
) -> Option<u16> {
    if stated.is_none() && targets_in_review(at, role, ctx, facts) {
        return ctx
            .section_year
            .and_then(|y| y.checked_add(1))
            .or(ctx.delivery_year);
    }
    // "去年确定的…目标" outside the review: the year before the section's.
    if stated.is_none() && ctx.section != SectionKind::Review && facts.recalled_at(at).is_some() {
        return ctx
            .section_year
            .or(ctx.delivery_year)
            .and_then(|y| y.checked_sub(1));
    }
    // (A target in a review that states no year is the reviewed year's, recalled: the plan's
    // run on in it are found above.)
    stated.or(ctx.section_year).or_else(|| {
        let delivery = ctx.delivery_year?;
        if role == Role::Target && ctx.section != SectionKind::Review {
            Some(delivery)
        } else {
            delivery.checked_sub(1)
        }
    })
}

/// Where a sentence (its words `found`) names a higher goal after the expected targets
/// ("在上述预期目标的基础上…奋斗目标"). A 奋斗目标 alone is many a report's own name for its
/// targets.
fn higher_goal(found: &SentenceWords) -> Option<usize> {
    let expected = found.first(Kind::ExpectedTarget)?;
    found.first_in(Kind::HigherGoal, expected..usize::MAX)
}

/// Whether a target stands in the year's targets inside a review section: the report ran its
/// plan on without a heading ("一、2014年工作回顾 … 全市经济社会发展的主要预期指标是：…"), so
/// the targets are for the year after the one reviewed. Targets restated from the year
/// before ("年初确定的…") are the review year's.
fn targets_in_review(at: usize, role: Role, ctx: Context<'_>, facts: &SentenceFacts<'_>) -> bool {
    // A section of another kind dated the year before the report's is its review too
    // ("一、2012年工作" in a report for 2013).
    let reviews_year_before = ctx.section == SectionKind::Other
        && ctx
            .section_year
            .is_some_and(|y| ctx.delivery_year == y.checked_add(1));
    // A recalled target ("年初…会议确定的生产总值增长10%…两项主要预期目标都已超额完成") is
    // the reviewed year's, in a targets paragraph too.
    role == Role::Target
        && (ctx.section == SectionKind::Review || reviews_year_before)
        && !facts.restated
        && facts.recalled_at(at).is_none()
        && (ctx.targets_paragraph || facts.target_opener_at.is_some_and(|o| o < at))
}

/// Whether the figure starting at `start` is joined to the one ending at `end` by 和, 、
/// or 及, without a comma ("由7586元和1908元", "跨越4000亿元、5000亿元").
fn joined_without_comma(sentence: &str, end: Option<usize>, start: usize) -> bool {
    end.and_then(|end| sentence.get(end..start))
        .is_some_and(|between| {
            !between.trim().is_empty()
                && !between.contains(words::SOFT_SEPARATORS)
                && words::is_joiner(between)
        })
}

/// Whether a figure stands where a start-of-period value does: right after 由 or 从, with
/// at most a year, 上年 or a plan's end and 的 between ("由2022年的42亿元增加到…", "从上年的
/// 3.2%…", "由“十五”期末的8807元…").
fn is_base_value(before_figure: &str) -> bool {
    let mut rest = before_figure.trim_end();
    rest = rest.strip_suffix('的').unwrap_or(rest);
    for year_word in ["上年", "去年", "前年"] {
        if let Some(r) = rest.strip_suffix(year_word) {
            rest = r;
        }
    }
    if let Some(r) = rest.strip_suffix('年')
        && let Some((_, start)) = four_digits_before(r, r.len())
    {
        rest = &r[..start];
    } else if rest.ends_with('末') // every plan end word's last char: most figures stop here
        && let Some((_, end)) = words::plan_period_ends(rest)
            .last()
            .filter(|(_, end)| end.end == rest.len())
    {
        // "由“十五”期末的8807元提高到16700元".
        rest = &rest[..end.start];
    }
    rest.ends_with('由') || rest.ends_with('从')
}

/// Whether a figure is what the words build on, inside 在…的基础上 ("在去年生产总值增长13.5%
/// 的基础上，今年增长12%", "在省定1500元的基础上提高200元"): a base, not the subject's figure
/// of the sentence's year. The frame opens at the clause's first 在 (not the 在 of 稳定在,
/// 保持在). Not what is ensured or striven for on the way ("在确保粮食产量稳定在70万吨的基础
/// 上", "在全力确保…", "在力争…"), a target; 争取 there is what was secured ("在去年争取中央
/// 投资12亿元的基础上"), a base.
fn is_built_on(before_figure: &str, after: &str) -> bool {
    let after = after.strip_prefix('的').unwrap_or(after);
    words::BUILT_ON.iter().any(|w| after.starts_with(w))
        && before_figure.find(FRAME_OPENER).is_some_and(|at| {
            let frame = &before_figure[at..];
            words::FIRM.find(frame).is_none()
                && !words::STRIVING_WORDS.iter().any(|w| frame.contains(w))
        })
}

/// The word that opens a frame of [`is_built_on`]: 在…的基础上.
const FRAME_OPENER: char = '在';

/// The year of a comparison base's own value: a figure right after 比 or 较, a year (or 上年,
/// 去年) and 的 ("比2005年的12.9%", "较上年的7.2%"). `year` is the figure's year as read,
/// which 上年 counts back from.
fn base_value_year(before_figure: &str, year: Option<u16>) -> Option<u16> {
    match base_value_phrase(before_figure.trim_end())?.1 {
        BaseYear::Written(y) => Some(y),
        BaseYear::Before => year?.checked_sub(1),
    }
}

/// The year a comparison base names: written, or the year before (上年, 去年).
enum BaseYear {
    Written(u16),
    Before,
}

/// The phrase of a comparison base's value that ends `text`: 比 or 较, a year or 上年/去年, and
/// 的 or nothing ("比2005年的", "较上年的", "比2022年2.9%的增速"); where it starts and its year.
fn base_value_phrase(text: &str) -> Option<(usize, BaseYear)> {
    let rest = text.strip_suffix('的').unwrap_or(text);
    let (rest, base) = match ["上年", "去年"].iter().find_map(|w| rest.strip_suffix(w)) {
        Some(r) => (r, BaseYear::Before),
        None => {
            let r = rest.strip_suffix('年')?;
            let (y, start) = four_digits_before(r, r.len())?;
            (&r[..start], BaseYear::Written(y))
        }
    };
    let start = rest
        .strip_suffix('比')
        .or_else(|| rest.strip_suffix('较'))?
        .len();
    Some((start, base))
}

/// The last base marker (比, 由 … one char each) before `to`. `read` is how far the sentence
/// was read and `last` the last marker found: figures come in text order, so the sentence
/// is read once for all of them (a search of each figure's clause made a clause of many
/// figures quadratic).
fn last_base_marker(
    sentence: &str,
    (read, last): &mut (usize, Option<usize>),
    to: usize,
) -> Option<usize> {
    if to > *read {
        let is_marker = |c: char| words::BASE_MARKERS.iter().any(|m| m.starts_with(c));
        if let Some(k) = sentence[*read..to].rfind(is_marker) {
            *last = Some(*read + k);
        }
        *read = to;
    }
    last.filter(|&at| at < to)
}

/// Whether the text before a figure compares it with a year before the one it is about
/// ("比2010年翻一番", "较2015年增长65%"): a change over several years.
/// `comparisons` are the sentence's years written after a comparison marker (比, 较), with
/// the offset after each 年, in text order; the nearest one before the figure in its clause
/// decides.
fn far_base_year(comparisons: &[WrittenYear], clause_to_figure: Range<usize>, year: u16) -> bool {
    let before = comparisons.partition_point(|y| y.end <= clause_to_figure.end);
    before
        .checked_sub(1)
        .map(|i| comparisons[i])
        .is_some_and(|y| y.end > clause_to_figure.start && y.year + 1 < year)
}

/// The years of a sentence (`years`, from [`years_in`]) written right after one of
/// `markers` ("比2010年", "由2002年"): the bases of changes over several years.
fn years_after(sentence: &str, years: &[WrittenYear], markers: &[&str]) -> Vec<WrittenYear> {
    years
        .iter()
        .copied()
        .filter(|y| {
            let prefix = &sentence[..y.start];
            markers.iter().any(|m| prefix.ends_with(m))
        })
        .collect()
}

/// Whether a year after 由 or 从 labels the change that follows it, in a list of years
/// ("由2013年下降9.5%、2014年下降9.7%，到2015年增长4%"): a change word and its figure come
/// right after the year, so it is their year, not the start of a run ("由2013年的…").
fn labels_change(sentence: &str, y: &WrittenYear) -> bool {
    let before = &sentence[..y.start];
    let after = &sentence[y.end..];
    words::PERIOD_START_MARKERS
        .iter()
        .any(|m| before.ends_with(m))
        && [&words::UP, &words::DOWN]
            .iter()
            .filter_map(|set| set.prefix(after))
            .any(|w| after[w.len()..].starts_with(words::is_digit))
}

/// Whether a year is the base of a multiple: "是2015年的1.37倍" (是 before, 的 after), or
/// "为“九五”末的5.4倍", "达到2021年的1.3倍" (的 and a multiple right after it, whatever the
/// verb before; not "作为2015年的中期目标").
fn is_multiple_base(sentence: &str, y: &WrittenYear) -> bool {
    sentence[y.end..].strip_prefix('的').is_some_and(|after| {
        sentence[..y.start].ends_with('是')
            || after
                .trim_start_matches(|c: char| {
                    words::is_digit(c) || words::is_month_numeral(c) || ".．・· ".contains(c)
                })
                .starts_with('倍')
    })
}

/// A year written in a sentence: "2023年", or the end of a five-year plan ("“十二五”末" is
/// 2015), where it starts and ends.
#[derive(Clone, Copy, Debug)]
struct WrittenYear {
    year: u16,
    start: usize,
    end: usize,
}

/// The years of a sentence, in text order: four-digit years and the ends of five-year
/// plans ("到“十一五”末，全市生产总值达到750亿元": 2010's, not this year's).
fn written_years(sentence: &str) -> Vec<WrittenYear> {
    let mut years: Vec<WrittenYear> = years_in(sentence)
        .into_iter()
        .map(|(year, start, end)| WrittenYear { year, start, end })
        .collect();
    let plan_ends = words::plan_period_ends(sentence);
    if !plan_ends.is_empty() {
        years.extend(plan_ends.into_iter().map(|(year, range)| WrittenYear {
            year,
            start: range.start,
            end: range.end,
        }));
        years.sort_unstable_by_key(|y| y.end);
    }
    years
}

/// Gives the doubt [`Doubt::OtherBasis`] (asked only of a sentence with a word of another
/// basis) to each figure of `claims` (one sentence's, in
/// text order, the sentence at `base`) whose nearest figure before it of the same subject,
/// measure, role, year and period has words of another basis between them ([`words::OTHER_BASES`]):
/// the first is the subject's headline figure. Not a real growth after a nominal one
/// ("增长10%，扣除价格因素实际增长7%"), which is the growth its targets are of: the nominal
/// one before it gets the doubt [`Doubt::Nominal`].
fn mark_other_bases(sentence: &str, base: usize, claims: &mut [Claim]) {
    // The last figure of each subject so far, so that a sentence of many figures is read
    // once, not once per figure. A subject of no id is told by its name as written.
    type Subject = (
        Option<CompactString>,
        Option<CompactString>,
        Measure,
        Role,
        Option<u16>,
        Option<CompactString>,
    );
    let mut last: HashMap<Subject, usize> = HashMap::new();
    for i in 0..claims.len() {
        let c = &claims[i];
        let name = c.indicator.is_none().then(|| c.indicator_text.clone());
        let subject = (
            c.indicator.clone(),
            name,
            c.measure,
            c.role,
            c.year,
            c.period.clone(),
        );
        // The nearest figure of the subject before it: words of another basis after one
        // already on another basis do not reach past it ("（按可比口径增长3.5%），与上年持平").
        if let Some(first) = last.insert(subject, i)
            && c.doubt.is_none()
            && c.value.is_some()
        {
            let between = sentence
                .get(claims[first].span.end.saturating_sub(base)..c.span.start.saturating_sub(base))
                .unwrap_or("");
            if words::REAL_GROWTH.contains(between) {
                // "增长13.5%，扣除价格因素实际增长10.2%": the first is at current prices (not
                // where a price index stands between, "居民消费价格涨幅控制在4%左右").
                if c.measure == Measure::Growth
                    && claims[first].doubt.is_none()
                    && words::REAL_GROWTH_OPENER.contains(between)
                {
                    claims[first].doubt = Some(Doubt::Nominal);
                }
            } else if words::OTHER_BASIS.contains(between) {
                claims[i].doubt = Some(Doubt::OtherBasis);
            }
        }
    }
}

/// Where a sentence opens its targets as floors ([`words::FLOOR_TARGETS`]: "底限指标是：…",
/// "底线目标为…"), if it does; not where the words look back at targets already given
/// ("以上是我们的底线目标，…要力争实现两位数增长").
fn floor_opener(sentence: &str, found: &SentenceWords) -> Option<usize> {
    found.all(Kind::FloorTarget).map(|(at, _)| at).find(|&at| {
        let before = tail_chars(&sentence[..at], FLOOR_LOOK_BACK_CHARS);
        !words::LOOK_BACK_WORDS.iter().any(|w| before.contains(w))
    })
}

/// How many chars before a floor's words a look back (以上是我们的) may start.
const FLOOR_LOOK_BACK_CHARS: usize = 8;

/// A search for 累计, built once: it is asked of every review figure's lead, where a
/// `str` search would set itself up again each time.
static CUMULATIVE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(words::CUMULATIVE));

/// A search for 持平, built once.
static FLAT: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(words::FLAT_WORD));

/// Adds to `quantities` (in text order) a growth of 0 for each "与上年持平" of `sentence`
/// ([`words::FLAT_BASES`]), about 0 for "与上年基本持平": a figure written in words, which
/// [`Figure::read`] reads as a growth whatever words lead to it. Not after a growth's
/// name or figure: that says the rate is last year's.
fn flat_growths(sentence: &str, quantities: &mut Vec<Quantity>) {
    let mut flats: Vec<Quantity> = Vec::new();
    // How many of the scanned figures end before the flat growth at hand: figures and flat
    // growths both come in text order, so each is looked at once.
    let mut scanned = 0;
    for at in FLAT.find_iter(sentence.as_bytes()) {
        let before = &sentence[..at];
        let (before, approx) = match words::FLAT_APPROX
            .iter()
            .find_map(|w| before.strip_suffix(w))
        {
            Some(rest) => (rest, true),
            None => (before, false),
        };
        let Some(base) = words::FLAT_BASES.iter().find(|b| before.ends_with(*b)) else {
            continue;
        };
        let start = before.len() - base.len();
        // "增幅与上年持平", "增长5.5%，与上年持平": the rate of growth is last year's, a
        // figure the sentence does not give.
        let rest = sentence[..start]
            .trim_end_matches(|c: char| c.is_whitespace() || words::SOFT_SEPARATORS.contains(&c));
        while quantities.get(scanned).is_some_and(|q| q.span.end <= start) {
            scanned += 1;
        }
        let figure_before = scanned
            .checked_sub(1)
            .map(|k| &quantities[k])
            .into_iter()
            .chain(flats.last())
            .filter(|q| q.span.end <= start)
            .max_by_key(|q| q.span.end);
        let after_percent = figure_before
            .is_some_and(|q| q.dimension == Dimension::Percent && q.span.end == rest.len());
        if after_percent
            || words::GROWTH_NAMES.suffix(rest).is_some()
            || words::FALL_NAMES.suffix(rest).is_some()
        {
            continue;
        }
        let zero = if approx { "约0%" } else { "0%" };
        let Ok(mut q) = gwr_quantity::parse(zero) else {
            continue;
        };
        q.span = start..at + words::FLAT_WORD.len();
        q.text = sentence[q.span.clone()].into();
        q.number = words::FLAT_WORD.into();
        flats.push(q);
    }
    if !flats.is_empty() {
        // Figures do not overlap: in order of their starts they are in text order.
        quantities.extend(flats);
        quantities.sort_by_key(|q| q.span.start);
    }
}

/// A search for 年, built once: building one per sentence cost more than its search.
static NIAN: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("年"));

/// Four-digit years followed by 年, ASCII or full-width ("２０１０年"), with the byte offsets
/// of the first digit and after 年.
fn years_in(text: &str) -> Vec<(u16, usize, usize)> {
    // Every year ends at a 年: a vector search finds each, and only the digits before it
    // are looked at (a look at every byte of the sentence cost more than the rest of the
    // year rules).
    let nian = NIAN.needle();
    NIAN.find_iter(text.as_bytes())
        .filter_map(|at| {
            let (year, start) = four_digits_before(text, at)?;
            (1900..=2199)
                .contains(&year)
                .then_some((year, start, at + nian.len()))
        })
        .collect()
}

/// The number written in exactly four digits, ASCII or full-width, that ends at `end`, and
/// where it starts.
fn four_digits_before(text: &str, end: usize) -> Option<(u16, usize)> {
    let mut chars = text.get(..end)?.char_indices().rev();
    let mut value = 0u16;
    let mut start = end;
    for place in [1, 10, 100, 1000] {
        let (i, c) = chars.next()?;
        value += words::digit_value(c)? * place;
        start = i;
    }
    chars
        .next()
        .is_none_or(|(_, c)| !words::is_digit(c))
        .then_some((value, start))
}

/// The period of the figure at `qi` (`before`: the sentence's periods before it; `chain`:
/// how many figures stand joined from one on) where periods listed together are shared out
/// to as many figures joined after them, in order ("一季度、上半年、前三季度地区生产总值分别增长5.1%、
/// 6.2%和6.8%": 5.1% is the first quarter's). `None` where no list of two to [`MAX_LISTED`]
/// periods, joined by 、 和 及, stands before the figure with as many figures joined after
/// it, and where the list is a comparison's base ("增速比一季度、上半年分别加快…").
fn listed_period<'p, 's>(
    sentence: &str,
    before: &'p [(usize, &'s str)],
    quantities: &[Quantity],
    qi: usize,
    chain: &impl Fn(usize, usize) -> usize,
) -> Option<&'p (usize, &'s str)> {
    let (last_at, last) = *before.last()?;
    let end_of = |(at, p): (usize, &str)| at + p.len();
    // The list: periods back from the last one while only a joiner stands between two
    // (bounded, so that each figure's look stays short).
    let mut first = before.len() - 1;
    while first > 0
        && before.len() - first < MAX_LISTED
        && sentence
            .get(end_of(before[first - 1])..before[first].0)
            .is_some_and(|between| PERIOD_JOINERS.contains(&between))
    {
        first -= 1;
    }
    let list = &before[first..];
    let compared = || {
        let opening = sentence.get(..list[0].0).unwrap_or_default();
        words::COMPARISON_MARKERS
            .iter()
            .any(|m| opening.ends_with(m))
    };
    if list.len() < 2 || compared() {
        return None;
    }
    // The figures joined in a chain from the first after the list.
    let start = quantities.partition_point(|f| f.span.start < end_of((last_at, last)));
    let joined = chain(start, list.len());
    (joined == list.len() && (start..start + joined).contains(&qi)).then(|| &list[qi - start])
}

/// What joins the periods of a list that [`listed_period`] shares out.
const PERIOD_JOINERS: [&str; 3] = ["、", "和", "及"];

/// The periods of `periods` (a sentence's, from [`periods`]) that date the figures after
/// them: one in a clause with a figure ("上半年增长5%"), or one that opens its clause
/// ("1-11月，全市完成…", "今年前三季度，…"). A period inside a clause of no figure that
/// speaks of something else dates nothing ("针对去年前三季度物价持续上涨和进入四季度金融危机
/// 影响，…，完成全社会消费品零售总额75亿元").
fn dating_periods<'s>(
    sentence: &str,
    mut periods: Vec<(usize, &'s str)>,
    clauses: &[Range<usize>],
    quantities: &[Quantity],
) -> Vec<(usize, &'s str)> {
    periods.retain(|&(at, period)| {
        let Some(clause) = clauses.get(clauses.partition_point(|c| c.end <= at)) else {
            return true;
        };
        let has_figure = quantities
            .get(quantities.partition_point(|q| q.span.start < clause.start))
            .is_some_and(|q| q.span.start < clause.end);
        period.is_empty() || has_figure || {
            let lead = strip_year(sentence[clause.start..at].trim_start_matches(['—', ' ', '　']));
            let lead = words::YEAR_WORDS
                .iter()
                .find_map(|w| lead.strip_prefix(w))
                .unwrap_or(lead);
            let lead = words::PERIOD_OPENERS
                .iter()
                .find_map(|w| lead.strip_prefix(w))
                .unwrap_or(lead);
            // Or one of a short list of periods that opens its clause ("一季度、上半年和
            // 全年，…"). (A long lead is no such list, and is not read: a clause of thousands
            // of periods would be read once for each.)
            lead.len() <= LISTED_PERIODS_MAX_BYTES && only_listed_periods(lead)
        }
    });
    periods
}

/// The longest lead of listed periods [`dating_periods`] reads, in bytes: eight periods
/// of up to five chars and their joiners.
const LISTED_PERIODS_MAX_BYTES: usize = 8 * 6 * 3;

/// Whether `lead` is nothing but periods, each followed by a joiner ("一季度、上半年和").
fn only_listed_periods(mut lead: &str) -> bool {
    while !lead.is_empty() {
        let Some(rest) = words::PERIOD_WORDS
            .iter()
            .chain(&[words::FULL_YEAR])
            .find_map(|w| lead.strip_prefix(w))
            .and_then(|rest| PERIOD_JOINERS.iter().find_map(|j| rest.strip_prefix(j)))
        else {
            return false;
        };
        lead = rest;
    }
    true
}

/// How many chars a period that starts with a marker may take ("截至11月底").
const MARKED_PERIOD_CHARS: usize = 10;

/// Partial-year periods in a sentence ("截止11月", "1-11月", "上半年") with their offsets:
/// whole period words first, then periods that start with a marker and end in 月.
fn periods(sentence: &str) -> Vec<(usize, &str)> {
    // Every period names a month, a quarter or a half year.
    let (month, quarter, half) = (
        sentence.contains('月'),
        sentence.contains('季'),
        sentence.contains('半'),
    );
    if !(month || quarter || half) {
        return Vec::new();
    }
    // A word with 季 or 半 is not searched for in a sentence without it, nor a marked
    // period (which ends in 月) in one without 月: each search costs more than these tests.
    // Every place of each word: "确保一季度实现良好开局，一季度全市生产总值增长9.5%以上"
    // dates its figure by the second.
    let mut out: Vec<(usize, &str)> = words::PERIOD_WORDS
        .iter()
        .filter(|w| (quarter || !w.contains('季')) && (half || !w.contains('半')))
        .flat_map(|w| sentence.match_indices(w))
        .collect();
    let marked = if month { words::PERIOD_STARTS } else { &[] };
    for (at, _) in marked.iter().flat_map(|w| sentence.match_indices(w)) {
        let rest = &sentence[at..];
        // A marked period is at most 10 chars: only those are searched for its 月, so a
        // sentence of many markers is read once, not once per marker.
        let head = head_chars(rest, MARKED_PERIOD_CHARS);
        let Some(month) = head.find('月') else {
            continue;
        };
        let mut end = month + '月'.len_utf8();
        if rest[end..].starts_with('底') || rest[end..].starts_with('末') {
            end += '底'.len_utf8();
        }
        if rest[..end].chars().count() <= MARKED_PERIOD_CHARS {
            out.push((at, &rest[..end]));
        }
    }
    if month {
        out.extend(months_to_date(sentence));
    }
    // 全年 after a period word ends it: an empty entry.
    out.extend(
        sentence
            .match_indices(words::FULL_YEAR)
            .map(|(at, _)| (at, "")),
    );
    // Longest first at one offset; a word inside another ("三季度" in "前三季度") is dropped.
    out.sort_unstable_by_key(|&(at, p)| (at, std::cmp::Reverse(p.len())));
    let mut end = 0;
    out.retain(|&(at, p)| {
        let keep = at >= end;
        end = end.max(at + p.len());
        keep
    });
    out
}

/// The first months of the year written as 前N个月 ("前11个月，固定资产投资同比增长33.2%",
/// "今年前十个月"), with their offsets: 前 opening a clause or right after a year, not
/// "提前3个月" or "3年前".
fn months_to_date(sentence: &str) -> impl Iterator<Item = (usize, &str)> {
    sentence
        .match_indices(words::MONTHS_SPAN)
        .filter_map(|(end, _)| {
            let before = &sentence[..end];
            let count =
                before.trim_end_matches(|c: char| words::is_digit(c) || words::is_month_numeral(c));
            let opening = count.strip_suffix('前')?;
            let opens = opening.is_empty()
                || opening.ends_with('年')
                || opening.ends_with(|c: char| !c.is_alphanumeric());
            (count.len() < before.len() && opens).then(|| {
                let at = opening.len();
                (at, &sentence[at..end + words::MONTHS_SPAN.len()])
            })
        })
}

/// The longest name of an unknown indicator, in chars.
const MAX_NAME_CHARS: usize = 24;

/// How many chars on each side of a name words that make it part of a longer one are
/// looked for (万元…能耗, 占…比重, 高新区…).
const PART_WINDOW: usize = 16;

/// How many chars before a figure its measure words are looked for.
const NEAR_CHARS: usize = 10;

/// A figure's subject, kept for a 分别 after it.
struct FigureSubject {
    /// The run and the clause of the figure.
    run: usize,
    clause: usize,
    subject: Subject,
    /// Whether the figure is one after the first of a 分别 run ("…和24.3%").
    continues_run: bool,
}

/// The most figures a 分别 shares out to names given with figures before it: more is not a
/// list a reader pairs off (and bounds the work per figure).
const MAX_LISTED: usize = 12;

/// How far before a figure (or the first of its 分别 run) a comparison with a wider place
/// makes it a gap, in chars: "分别比全国平均水平低" and a little more.
const GAP_CHARS: usize = 14;

/// The last [`NEAR_CHARS`] chars of a lead.
fn lead_end(lead: &str) -> &str {
    tail_chars(lead, NEAR_CHARS)
}

impl Constraint {
    /// The constraint on a signed value whose words bound its size: a fall's floor is a
    /// ceiling on the signed value and its ceiling a floor; `fall` false keeps it.
    fn signed(self, fall: bool) -> Constraint {
        match self {
            Constraint::AtLeast if fall => Constraint::AtMost,
            Constraint::AtMost if fall => Constraint::AtLeast,
            other => other,
        }
    }
}

/// The constraint the words around a figure put on its size as written.
fn constraint_of(q: &Quantity, lead: &str) -> Constraint {
    match q.qualifier {
        Qualifier::Approx => Constraint::Approx,
        Qualifier::AtLeast => Constraint::AtLeast,
        Qualifier::AtMost => Constraint::AtMost,
        Qualifier::Range => Constraint::Range,
        Qualifier::Exact if words::CEILING.contains(lead_end(lead)) => Constraint::AtMost,
        // "确保增长9%": a floor the government ensures.
        Qualifier::Exact if words::FIRM.find(lead_end(lead)).is_some() => Constraint::AtLeast,
        Qualifier::Exact => Constraint::Exact,
    }
}
