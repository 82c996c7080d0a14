//! A panel: many reports of many places and years, paired into one table of targets and
//! results. No I/O here: the caller reads files and hands in parsed documents, with what
//! the file's path or a manifest says about its place and year ([`Origin`], [`Layout`]).
//!
//! ```
//! use gwr_compare::panel::{Layout, Level};
//!
//! let layout = Layout::parse("{province}/{place}/{year}.txt").unwrap();
//! let origin = layout.origin("山西省/太原市/2010.txt").unwrap();
//! assert_eq!(origin.place.as_deref(), Some("太原市"));
//! assert_eq!(origin.parent.as_deref(), Some("山西省"));
//! assert_eq!(origin.level, Some(Level::City)); // from the name: 市
//! assert_eq!(origin.year, Some(2010));
//! assert!(layout.origin("山西省/太原市/notes.txt").is_none());
//! ```
//!
//! Which report fills which slot: the targets of year Y are the targets for Y of the report
//! given in Y; the results of year Y are the results for Y of the report given in Y + 1 (an
//! actual before an estimate). A report's expectations for its own year (预计 in a plan) are
//! never results, and results it restates for older years are not the review of those years.
//! One report copied twice (in two files, or twice in one file) is read once.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    fmt,
    hash::Hasher,
    ops::Range,
};

use compact_str::CompactString;
use gwr_grammar::{Document, Report, SectionKind};
use rust_decimal::Decimal;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

use crate::{
    Extractor,
    claim::{Claim, Constraint, Measure, Role, names},
    compare::{Policy, Verdict, compare_with, usable_for_verdict},
};

/// How large a place is, from the country down to a town.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Level {
    /// The whole country (全国): reports the State Council (国务院) gives.
    National,
    /// A province, autonomous region or municipality (省, 自治区, 北京市…).
    Province,
    /// A prefecture-level city (市, 州, 盟, 地区).
    City,
    /// A county or district (县, 区, 旗, county-level 市 when so given).
    County,
    /// A town, township or subdistrict (镇, 乡, 街道).
    Town,
}

names!(Level {
    National => "national",
    Province => "province",
    City => "city",
    County => "county",
    Town => "town",
});

/// Municipalities: named 市, but provinces.
const MUNICIPALITIES: &[&str] = &["北京市", "天津市", "上海市", "重庆市"];

impl Level {
    /// The level a place's name implies by its suffix ("松源镇" → town, "梅县区" → county,
    /// "太原市" → city, "山西省" → province, "全国" → national); `None` when it implies none.
    /// A county-level city (市) reads as a city: give its level in a manifest.
    pub fn of_name(name: &str) -> Option<Level> {
        let ends = |suffixes: &[&str]| suffixes.iter().any(|s| name.ends_with(s));
        if name == NATIONAL {
            Some(Level::National)
        } else if ends(&["省", "自治区"]) || MUNICIPALITIES.contains(&name) {
            Some(Level::Province)
        } else if ends(&["市", "州", "盟", "地区"]) {
            Some(Level::City)
        } else if ends(&["县", "区", "旗"]) {
            Some(Level::County)
        } else if ends(&["镇", "乡", "街道", "苏木"]) {
            Some(Level::Town)
        } else {
            None
        }
    }

    /// Reads a level as a manifest writes it: its name (`city`) or the Chinese word (市,
    /// 县, 全国…).
    pub fn parse(s: &str) -> Option<Level> {
        let s = s.trim();
        Level::ALL
            .iter()
            .copied()
            .find(|l| l.as_str() == s)
            .or(match s {
                "全国" | "国家" => Some(Level::National),
                "省" | "自治区" | "直辖市" => Some(Level::Province),
                "市" | "地级市" | "州" => Some(Level::City),
                "县" | "区" | "县级市" | "旗" => Some(Level::County),
                "镇" | "乡" | "街道" => Some(Level::Town),
                _ => None,
            })
    }
}

/// The place name of national reports.
pub const NATIONAL: &str = "全国";

/// What a file's path or a manifest says about the report in it. Fields left `None` are read
/// from the text. A place, parent or level given here wins over the text; a year wins over
/// the text's date, but not over the year the text's plan section names (二、2024年工作安排):
/// the year a report sets targets for is what pairs it. Where the two disagree a [`Warning`]
/// says so.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// The place ("太原市").
    pub place: Option<String>,
    /// The unit it lies in ("山西省").
    pub parent: Option<String>,
    /// How large it is; from the place's name when not given.
    pub level: Option<Level>,
    /// The year the report was given (it reviews the year before and plans this one).
    pub year: Option<u16>,
}

/// Something a reader should know about a report or a pair of reports: the data disagree
/// with themselves, and a choice was made.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
pub enum Warning {
    /// The report's header names another place than its path or manifest row; the path's is
    /// used.
    PlaceDiffers {
        /// The place in the header.
        text: String,
        /// The place the path or manifest gives.
        given: String,
    },
    /// The report's text gives another year than its path or manifest row: the year its plan
    /// section plans (used, since that is the year the report sets targets for), or else the
    /// year of its date (the path's is used: a report given in December plans the next year).
    YearDiffers {
        /// The year the text gives.
        text: u16,
        /// The year the path or manifest gives.
        given: u16,
        /// The year used.
        used: u16,
    },
    /// A plan report and a review report of different places are compared.
    PlacesDiffer {
        /// The place of the plan report.
        plan: String,
        /// The place of the review report.
        review: String,
    },
    /// The review report was not given the year after the plan report, so it does not
    /// review the year the plan set targets for.
    YearsNotConsecutive {
        /// The year the plan report was given.
        plan: u16,
        /// The year the review report was given.
        review: u16,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::PlaceDiffers { text, given } => write!(
                f,
                "the report's header names {text}, the path or manifest {given}; {given} is used"
            ),
            Warning::YearDiffers { text, given, used } => write!(
                f,
                "the report's text gives the year {text}, the path or manifest {given}; {used} is used"
            ),
            Warning::PlacesDiffer { plan, review } => write!(
                f,
                "the plan report is of {plan} but the review report of {review}: they do not describe one place"
            ),
            Warning::YearsNotConsecutive { plan, review } => write!(
                f,
                "the plan report was given in {plan} and the review report in {review}: the review of {plan} is in the report given in {}",
                u32::from(*plan) + 1
            ),
        }
    }
}

/// A folder pattern naming the place and year of each file by its path, such as
/// `{province}/{place}/{year}.txt` or `cn_{year}.txt`.
///
/// Fields: `{place}` (the report's place; its level comes from its name), `{year}` (four
/// digits: the year the report was given), `{parent}` (the unit the place lies in),
/// `{national}`, `{province}`, `{city}`, `{county}`, `{town}` (units of that level: the most
/// specific one is the place, unless `{place}` is given, and the one above it the parent),
/// and `{_}` (anything, ignored). Everything else must match the path as written; `/`
/// separates folders. A field ends where the text after it next occurs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    segments: Vec<Vec<Token>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Literal(String),
    Field(Field),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Place,
    Year,
    Parent,
    Unit(Level),
    Skip,
}

/// A `--layout` pattern that cannot be used, and where in it the problem is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("layout {pattern:?}, at byte {}: {message}", span.start)]
pub struct LayoutError {
    /// The pattern as given.
    pub pattern: String,
    /// The bytes of the pattern at fault.
    pub span: Range<usize>,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Layout {
    /// Reads a pattern.
    ///
    /// # Errors
    /// A [`LayoutError`] for an empty pattern or folder, a `{` without `}`, an unknown field,
    /// a field given twice (`{_}` aside), or two fields with nothing between them.
    pub fn parse(pattern: &str) -> Result<Layout, LayoutError> {
        let error = |span: Range<usize>, message: String| LayoutError {
            pattern: pattern.to_owned(),
            span,
            message,
        };
        let mut segments = Vec::new();
        let mut seen: Vec<Field> = Vec::new();
        let mut offset = 0;
        for segment in pattern.split('/') {
            if segment.is_empty() {
                return Err(error(
                    offset..offset,
                    "an empty folder name (a leading, trailing or doubled /)".to_owned(),
                ));
            }
            let mut tokens = Vec::new();
            let mut rest = segment;
            let mut at = offset;
            while !rest.is_empty() {
                let Some(open) = rest.find(['{', '}']) else {
                    tokens.push(Token::Literal(rest.to_owned()));
                    break;
                };
                if rest[open..].starts_with('}') {
                    return Err(error(
                        at + open..at + open + 1,
                        "a } with no { before it".to_owned(),
                    ));
                }
                if open > 0 {
                    tokens.push(Token::Literal(rest[..open].to_owned()));
                }
                let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                    return Err(error(
                        at + open..at + rest.len(),
                        "a { with no }".to_owned(),
                    ));
                };
                let name = &rest[open + 1..close];
                let span = at + open..at + close + 1;
                let field = match name {
                    "place" => Field::Place,
                    "year" => Field::Year,
                    "parent" => Field::Parent,
                    "_" => Field::Skip,
                    other => match Level::ALL.iter().find(|l| l.as_str() == other) {
                        Some(&level) => Field::Unit(level),
                        None => {
                            return Err(error(
                                span,
                                format!(
                                    "unknown field {{{other}}}: use place, year, parent, \
                                     national, province, city, county, town or _"
                                ),
                            ));
                        }
                    },
                };
                if field != Field::Skip && seen.contains(&field) {
                    return Err(error(span, format!("{{{name}}} is given twice")));
                }
                if matches!(tokens.last(), Some(Token::Field(_))) {
                    return Err(error(
                        span,
                        "two fields with nothing between them: where would one end?".to_owned(),
                    ));
                }
                seen.push(field);
                tokens.push(Token::Field(field));
                at += close + 1;
                rest = &rest[close + 1..];
            }
            segments.push(tokens);
            offset += segment.len() + 1;
        }
        Ok(Layout { segments })
    }

    /// What the pattern says about the file at `path` (relative to the folder the pattern
    /// describes, folders separated by `/`); `None` when the path does not match it.
    pub fn origin(&self, path: &str) -> Option<Origin> {
        let parts: Vec<&str> = path.split('/').collect();
        if parts.len() != self.segments.len() {
            return None;
        }
        let mut fields: Vec<(Field, &str)> = Vec::new();
        for (tokens, part) in self.segments.iter().zip(parts) {
            match_segment(tokens, part, &mut fields)?;
        }
        let get = |want: Field| fields.iter().find(|(f, _)| *f == want).map(|(_, v)| *v);
        let mut units: Vec<(Level, &str)> = fields
            .iter()
            .filter_map(|&(f, v)| match f {
                Field::Unit(level) => Some((level, v)),
                _ => None,
            })
            .collect();
        units.sort_by_key(|&(level, _)| level);
        let (place, level) = match get(Field::Place) {
            Some(place) => (Some(place), Level::of_name(place)),
            None => match units.pop() {
                Some((level, place)) => (Some(place), Some(level)),
                None => (None, None),
            },
        };
        let year = match get(Field::Year) {
            Some(y) => Some(y.parse().ok()?),
            None => None,
        };
        Some(Origin {
            place: place.map(normalize_place),
            parent: get(Field::Parent)
                .or(units.last().map(|&(_, name)| name))
                .map(normalize_place),
            level,
            year,
        })
    }
}

/// Matches one folder or file name against its tokens, collecting field values.
fn match_segment<'p>(
    tokens: &[Token],
    mut part: &'p str,
    fields: &mut Vec<(Field, &'p str)>,
) -> Option<()> {
    for (k, token) in tokens.iter().enumerate() {
        match token {
            Token::Literal(text) => part = part.strip_prefix(text.as_str())?,
            Token::Field(field) => {
                let end = match tokens.get(k + 1) {
                    Some(Token::Literal(next)) => part.find(next.as_str())?,
                    _ => part.len(),
                };
                let value = &part[..end];
                let valid = match field {
                    Field::Year => value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()),
                    _ => !value.is_empty(),
                };
                if !valid {
                    return None;
                }
                fields.push((*field, value));
                part = &part[end..];
            }
        }
    }
    part.is_empty().then_some(())
}

/// The claims of one report, ready to be paired: only claims of indicators the lexicon
/// knows are kept (the `claims` example lists the others), so a panel of thousands of
/// reports stays small.
#[derive(Debug, Clone)]
pub struct ReportClaims {
    /// Where the report came from (a file path), copied into every row.
    pub source: String,
    /// The report's place ("松源镇", 全国 for a national report); `None` when unknown.
    pub place: Option<String>,
    /// The unit the place lies in ("梅县区"), when the path, a manifest or the header says.
    pub jurisdiction: Option<String>,
    /// How large the place is.
    pub level: Option<Level>,
    /// The year the report was given: it plans this year and reviews the one before.
    pub delivery_year: Option<u16>,
    /// Two copies of one report have the same fingerprint (its claims' figures and sentences,
    /// or its text without white space when it has no claims, hashed).
    pub fingerprint: u64,
    /// The report's claims of known indicators.
    pub claims: Vec<Claim>,
    /// The sentences holding the claims, by span, in order: the evidence of the rows.
    pub sentences: Vec<(Range<usize>, String)>,
    /// Where the path or manifest and the text disagree.
    pub warnings: Vec<Warning>,
}

/// The reports of a parsed document, each with its claims of known indicators. Pass an
/// extractor made with [`Extractor::known_only`] to skip the work on the others. `origin`
/// is what the file's path or a manifest says (`Origin::default()` when nothing); see
/// [`Origin`] for which wins, with a warning, where the text says otherwise. A report the
/// grammar reads as national (国务院 reporting to the 全国人民代表大会) is placed at
/// [`NATIONAL`].
pub fn report_claims(
    extractor: &Extractor,
    doc: &Document<'_>,
    source: &str,
    origin: &Origin,
) -> Vec<ReportClaims> {
    doc.reports
        .iter()
        .map(|report| {
            let mut claims = Vec::new();
            extractor.report_claims(doc, report, origin.year, &mut claims);
            claims.retain(|c| c.indicator.is_some());
            let mut warnings = Vec::new();
            let text_place = text_place(report);
            let header = doc.text(&report.header_span);
            let place = match (&origin.place, text_place) {
                // A place the body suggests (the town named most often) is no disagreement;
                // one the header names, or a national report, is.
                (Some(given), Some(text))
                    if (text == NATIONAL || header.contains(text.as_str()))
                        && !same_place(given, &text) =>
                {
                    warnings.push(Warning::PlaceDiffers {
                        text,
                        given: given.clone(),
                    });
                    Some(given.clone())
                }
                (Some(given), _) => Some(given.clone()),
                (None, text) => text,
            };
            // The year the plan section names is the report's year (a report given in
            // December plans the next); else the path's; else the date's or the review's + 1.
            let planned = report
                .sections
                .iter()
                .find(|s| s.kind == SectionKind::Plan)
                .and_then(|s| s.year);
            let year = planned.or(origin.year).or_else(|| report.delivery_year());
            if let (Some(text), Some(given), Some(used)) =
                (planned.or(report.date.map(|d| d.year)), origin.year, year)
                && text != given
            {
                warnings.push(Warning::YearDiffers { text, given, used });
            }
            drop_repeats(doc, &mut claims);
            ReportClaims {
                source: source.to_owned(),
                level: origin
                    .level
                    .or_else(|| place.as_deref().and_then(Level::of_name)),
                jurisdiction: origin
                    .parent
                    .clone()
                    .or_else(|| report.jurisdiction.as_deref().map(normalize_place)),
                place,
                delivery_year: year,
                fingerprint: fingerprint(doc, report, &claims),
                sentences: sentences(doc, &claims),
                claims,
                warnings,
            }
        })
        .collect()
}

/// Warnings for comparing the first report of `plan` with the first of `review`: different
/// places, or a review not given the year after the plan.
pub fn pair_warnings(plan: &Document<'_>, review: &Document<'_>) -> Vec<Warning> {
    let (Some(p), Some(r)) = (plan.reports.first(), review.reports.first()) else {
        return Vec::new();
    };
    let mut warnings = Vec::new();
    if let (Some(plan), Some(review)) = (text_place(p), text_place(r))
        && !same_place(&plan, &review)
    {
        warnings.push(Warning::PlacesDiffer { plan, review });
    }
    if let (Some(plan), Some(review)) = (p.delivery_year(), r.delivery_year())
        && u32::from(plan) + 1 != u32::from(review)
    {
        warnings.push(Warning::YearsNotConsecutive { plan, review });
    }
    warnings
}

/// The place the text gives a report (全国 for a report of the State Council, as the grammar
/// reads it).
fn text_place(report: &Report) -> Option<String> {
    let place = normalize_place(report.place.as_deref()?);
    (!place.is_empty()).then_some(place)
}

/// Two spellings of one place: equal, or one the other with its suffix (太原 and 太原市).
fn same_place(a: &str, b: &str) -> bool {
    a == b || a.starts_with(b) || b.starts_with(a)
}

/// Drops a claim that repeats an earlier one: the same figure of the same indicator in the
/// same sentence, as when a report's text is copied twice into one file.
fn drop_repeats(doc: &Document<'_>, claims: &mut Vec<Claim>) {
    // Each sentence's text is hashed once, not once per claim in it (the claims of a
    // sentence come together): a sentence of many figures made this quadratic.
    let mut texts: HashMap<&str, usize> = HashMap::new();
    let mut last: Option<(Range<usize>, usize)> = None;
    let mut seen = std::collections::HashSet::new();
    claims.retain(|c| {
        let sentence = match &last {
            Some((span, id)) if *span == c.sentence => *id,
            _ => {
                let next = texts.len();
                *texts.entry(doc.text(&c.sentence).trim()).or_insert(next)
            }
        };
        last = Some((c.sentence.clone(), sentence));
        seen.insert((
            sentence,
            c.text.clone(),
            c.indicator.clone(),
            c.role,
            c.measure,
            c.year,
        ))
    });
}

/// The text of each sentence holding a claim, once, in order.
fn sentences(doc: &Document<'_>, claims: &[Claim]) -> Vec<(Range<usize>, String)> {
    let mut spans: Vec<Range<usize>> = claims.iter().map(|c| c.sentence.clone()).collect();
    spans.sort_by_key(|s| (s.start, s.end));
    spans.dedup();
    spans
        .into_iter()
        .map(|s| {
            let text = doc.text(&s).trim().to_owned();
            (s, text)
        })
        .collect()
}

/// What tells copies of one report apart from other reports: a hash of its claims' figures
/// and sentences (a copy, re-wrapped or not, has the same; a text that is one report twice
/// over has them once, [`drop_repeats`] having gone first), or for a report with no claims,
/// of its text without white space (ASCII, U+3000 and U+00A0). Reading the claims rather
/// than the text costs next to nothing; the text is hashed only where there are none.
fn fingerprint(doc: &Document<'_>, report: &Report, claims: &[Claim]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    // A sentence is hashed once for the run of its claims, not once per claim: a sentence
    // of many figures made this quadratic.
    let mut previous: Option<&Range<usize>> = None;
    for c in claims {
        if previous != Some(&c.sentence) {
            hasher.write(doc.text(&c.sentence).trim().as_bytes());
            previous = Some(&c.sentence);
        }
        hasher.write(c.text.as_bytes());
    }
    if !claims.is_empty() {
        return hasher.finish();
    }
    let mut rest = doc.text(&report.span).as_bytes();
    while !rest.is_empty() {
        let run = rest
            .iter()
            .position(|&b| b.is_ascii_whitespace() || b == 0xe3 || b == 0xc2)
            .unwrap_or(rest.len());
        hasher.write(&rest[..run]);
        rest = &rest[run..];
        let skip = match rest {
            [0xe3, 0x80, 0x80, ..] => 3,
            [0xc2, 0xa0, ..] => 2,
            [b, ..] if b.is_ascii_whitespace() => 1,
            [b, ..] => {
                hasher.write(&[*b]);
                1
            }
            [] => 0,
        };
        rest = &rest[skip..];
    }
    hasher.finish()
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
    /// The place ("松源镇", "全国"), empty when no report said.
    pub place: String,
    /// The unit the place lies in ("梅县区"), empty when no report of the place said.
    pub jurisdiction: String,
    /// How large the place is.
    pub level: Option<Level>,
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
    /// The sentence of the target.
    pub target_sentence: Option<String>,
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
    /// The sentence of the result.
    pub actual_sentence: Option<String>,
    /// The base unit of target and result.
    pub base_unit: Option<CompactString>,
    /// Whether the target was kept, and if it cannot be told, why.
    pub verdict: Verdict,
    /// As in a comparison: points for percent measures, a ratio for amounts (kept for
    /// readers of schema version 1; `margin_pp` and `ratio` say which).
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str_option"))]
    pub margin: Option<Decimal>,
    /// Result − target in percentage points, for growth and rates.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str_option"))]
    pub margin_pp: Option<Decimal>,
    /// Result ÷ target, for levels and counts.
    #[cfg_attr(feature = "serde", serde(with = "rust_decimal::serde::str_option"))]
    pub ratio: Option<Decimal>,
    /// The arithmetic behind the verdict, or why there is none, in words.
    pub arithmetic: String,
}

/// Pairs reports by place and year. Add reports in a fixed order (sorted paths) for
/// deterministic output.
///
/// Towns of one name are told apart by their jurisdiction ([`ReportClaims::jurisdiction`]).
/// Reports of a place that name no jurisdiction pair with those that do, as long as all of
/// those name the same one; when reports of one place name different jurisdictions, a report
/// naming none cannot be placed and is listed in [`Coverage::ambiguous`] instead of being
/// paired with the wrong town.
#[derive(Debug, Default)]
pub struct Panel {
    /// (place, jurisdiction if named) → its level and years.
    places: BTreeMap<(String, Option<String>), PlaceYears>,
    /// Every report added, in order: its number is its index.
    reports: Vec<Filed>,
    /// Report fingerprints → the number of the first report with it.
    fingerprints: HashMap<u64, usize>,
    /// Reports one of whose slots another report of the place and year had taken.
    slot_taken: BTreeSet<usize>,
    /// Reports that named no jurisdiction, by place.
    unnamed: BTreeMap<String, Vec<usize>>,
}

/// What became of a report added to the panel.
#[derive(Debug)]
struct Filed {
    source: String,
    outcome: Outcome,
    warnings: Vec<Warning>,
}

#[derive(Debug, Clone, Copy)]
enum Outcome {
    /// Placed: whether it set targets for its year and reviewed the year before.
    Placed { targets: bool, review: bool },
    /// A copy of the report with this number.
    CopyOf(usize),
    /// No place or no year.
    Unplaced,
}

#[derive(Debug, Default)]
struct PlaceYears {
    level: Option<Level>,
    years: BTreeMap<u16, Slots>,
}

/// One report's claims of one kind (targets or results) for one year.
#[derive(Debug)]
struct Slot {
    /// The report's number, in the order added.
    report: usize,
    /// Boxed: kept for the whole run, so no spare capacity (the claims are most of a
    /// panel's memory).
    claims: Box<[Claim]>,
    sentences: Box<[(Range<usize>, String)]>,
}

/// The year's targets and results of one (place, jurisdiction), and whether a report was
/// given in the year.
#[derive(Debug, Default)]
struct Slots {
    delivered: bool,
    plan: Option<Slot>,
    review: Option<Slot>,
}

/// The reports of each (place, jurisdiction, year), as [`Panel::resolve`] pairs them.
#[derive(Debug, Default)]
struct Resolved<'a> {
    groups: BTreeMap<(&'a str, &'a str, u16), Group<'a>>,
    levels: BTreeMap<(&'a str, &'a str), Level>,
    slot_taken: BTreeSet<usize>,
    ambiguous: Vec<usize>,
}

/// The claims of one place and year: from the report that set the year's targets and the
/// one that reviewed it.
#[derive(Debug, Default, Clone, Copy)]
struct Group<'a> {
    delivered: bool,
    plan: Option<&'a Slot>,
    review: Option<&'a Slot>,
}

impl<'a> Resolved<'a> {
    /// Files the slots of one (place, jurisdiction) under `jurisdiction`. Where a slot is
    /// taken already, the report added first keeps it and the other is counted.
    fn file(&mut self, place: &'a str, jurisdiction: &'a str, years: &'a PlaceYears) {
        if let Some(level) = years.level {
            self.levels.entry((place, jurisdiction)).or_insert(level);
        }
        for (&year, slots) in &years.years {
            let group = self.groups.entry((place, jurisdiction, year)).or_default();
            group.delivered |= slots.delivered;
            for (taken, new) in [
                (&mut group.plan, &slots.plan),
                (&mut group.review, &slots.review),
            ] {
                let Some(new) = new else { continue };
                match taken {
                    Some(old) if old.report < new.report => {
                        self.slot_taken.insert(new.report);
                    }
                    Some(old) => {
                        self.slot_taken.insert(old.report);
                        *taken = Some(new);
                    }
                    None => *taken = Some(new),
                }
            }
        }
    }

    /// Whether a report of the place was given in `year`.
    fn delivered(&self, place: &str, jurisdiction: &str, year: u16) -> bool {
        self.groups
            .get(&(place, jurisdiction, year))
            .is_some_and(|g| g.delivered)
    }
}

/// What a panel holds and what it is missing, report by report: for a researcher to know
/// what the table lacks and why. Sources are as the caller gave them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Coverage {
    /// Reports added.
    pub reports: usize,
    /// Reports that are copies of one added before: (copy, first).
    pub copies: Vec<(String, String)>,
    /// Reports with no place or no year: their claims cannot be paired.
    pub unplaced: Vec<String>,
    /// Reports naming a place that towns in several jurisdictions share, and no jurisdiction.
    pub ambiguous: Vec<String>,
    /// Reports of a place and year another (different) report had filled first.
    pub slot_taken: Vec<String>,
    /// Placed reports in which no target for their year was found.
    pub no_targets: Vec<String>,
    /// Placed reports in which no result for the year before was found.
    pub no_review: Vec<String>,
    /// Places whose reports skip years.
    pub gaps: Vec<Gap>,
    /// Where the text and its path or manifest disagree: (source, warning).
    pub warnings: Vec<(String, Warning)>,
    /// (place, year) with reports given in the year and the next: plan-review pairs the folder
    /// holds.
    pub consecutive: usize,
    /// Of those, the pairs with targets in the plan and results in the review.
    pub paired: usize,
}

/// The years missing between a place's first and last report.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Gap {
    /// The place.
    pub place: String,
    /// The unit it lies in, empty when unknown.
    pub jurisdiction: String,
    /// The years no report was given in.
    pub missing: Vec<u16>,
}

impl Panel {
    /// An empty panel.
    pub fn new() -> Panel {
        Panel::default()
    }

    /// Files a report's targets for its year under (place, year) and its results for the
    /// year before under (place, year − 1). The first report of each (place, jurisdiction,
    /// year) and kind wins; a later one is counted and its claims dropped. A copy of a report
    /// added before is counted and otherwise ignored.
    pub fn add(&mut self, report: ReportClaims) {
        let number = self.reports.len();
        let mut filed = Filed {
            source: report.source,
            outcome: Outcome::Unplaced,
            warnings: report.warnings,
        };
        if let Some(&first) = self.fingerprints.get(&report.fingerprint) {
            filed.outcome = Outcome::CopyOf(first);
            self.reports.push(filed);
            return;
        }
        self.fingerprints.insert(report.fingerprint, number);
        let (Some(place), Some(year)) =
            (report.place.filter(|p| !p.is_empty()), report.delivery_year)
        else {
            self.reports.push(filed);
            return;
        };
        let jurisdiction = report.jurisdiction.filter(|j| !j.is_empty());
        if jurisdiction.is_none() {
            self.unnamed.entry(place.clone()).or_default().push(number);
        }
        let reviewed = year.checked_sub(1);
        let (mut plan, mut review) = (Vec::new(), Vec::new());
        for claim in report.claims {
            match claim.role {
                Role::Target if claim.year == Some(year) => plan.push(claim),
                Role::Actual | Role::Estimate | Role::Completion if claim.year == reviewed => {
                    review.push(claim);
                }
                _ => {}
            }
        }
        filed.outcome = Outcome::Placed {
            targets: !plan.is_empty(),
            review: !review.is_empty(),
        };
        self.reports.push(filed);
        let entry = self.places.entry((place, jurisdiction)).or_default();
        entry.level = entry.level.or(report.level);
        entry.years.entry(year).or_default().delivered = true;
        for (claims, year, is_plan) in [(plan, Some(year), true), (review, reviewed, false)] {
            let Some(year) = year.filter(|_| !claims.is_empty()) else {
                continue;
            };
            let slots = entry.years.entry(year).or_default();
            let slot = if is_plan {
                &mut slots.plan
            } else {
                &mut slots.review
            };
            if slot.is_some() {
                self.slot_taken.insert(number);
                continue;
            }
            let sentences = report
                .sentences
                .iter()
                .filter(|(s, _)| claims.iter().any(|c| c.sentence == *s))
                .cloned()
                .collect();
            *slot = Some(Slot {
                report: number,
                claims: claims.into_boxed_slice(),
                sentences,
            });
        }
    }

    /// Decides which reports describe the same town: per place, the slots of reports that
    /// named no jurisdiction join those of the one jurisdiction named, if only one is.
    fn resolve(&self) -> Resolved<'_> {
        let mut resolved = Resolved {
            slot_taken: self.slot_taken.clone(),
            ..Resolved::default()
        };
        let mut unnamed_years: Option<(&str, &PlaceYears)> = None;
        let mut named: Vec<(&str, &str, &PlaceYears)> = Vec::new();
        // Keys sort by place, and within a place the unnamed (None) first.
        let mut keys = self.places.iter().peekable();
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
                    for &report in self.unnamed.get(place).into_iter().flatten() {
                        resolved.ambiguous.push(report);
                        // Left out already: not also counted as a taken slot.
                        resolved.slot_taken.remove(&report);
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

    /// What the panel holds and lacks: see [`Coverage`].
    pub fn coverage(&self) -> Coverage {
        let resolved = self.resolve();
        let source = |n: usize| self.reports.get(n).map_or("", |r| r.source.as_str());
        let mut coverage = Coverage {
            reports: self.reports.len(),
            ambiguous: resolved
                .ambiguous
                .iter()
                .map(|&n| source(n).to_owned())
                .collect(),
            slot_taken: resolved
                .slot_taken
                .iter()
                .map(|&n| source(n).to_owned())
                .collect(),
            ..Coverage::default()
        };
        for report in &self.reports {
            let name = report.source.clone();
            for w in &report.warnings {
                coverage.warnings.push((name.clone(), w.clone()));
            }
            match report.outcome {
                Outcome::CopyOf(first) => coverage.copies.push((name, source(first).to_owned())),
                Outcome::Unplaced => coverage.unplaced.push(name),
                Outcome::Placed { targets, review } => {
                    if !targets {
                        coverage.no_targets.push(name.clone());
                    }
                    if !review {
                        coverage.no_review.push(name);
                    }
                }
            }
        }
        let mut years_of: BTreeMap<(&str, &str), Vec<u16>> = BTreeMap::new();
        for (&(place, jurisdiction, year), group) in &resolved.groups {
            if !group.delivered {
                continue;
            }
            years_of
                .entry((place, jurisdiction))
                .or_default()
                .push(year);
            if resolved.delivered(place, jurisdiction, year + 1) {
                coverage.consecutive += 1;
                if group.plan.is_some() && group.review.is_some() {
                    coverage.paired += 1;
                }
            }
        }
        for ((place, jurisdiction), years) in years_of {
            let (Some(&first), Some(&last)) = (years.first(), years.last()) else {
                continue;
            };
            let missing: Vec<u16> = (first..last).filter(|y| !years.contains(y)).collect();
            if !missing.is_empty() {
                coverage.gaps.push(Gap {
                    place: place.to_owned(),
                    jurisdiction: jurisdiction.to_owned(),
                    missing,
                });
            }
        }
        coverage
    }

    /// The rows, by place, then year, then the plan report's order.
    ///
    /// A year with targets gets one row per target: judged against the review of the next
    /// report, `not_reported` when that report is silent on it, `no_review_report` when the
    /// folder has no report of the place for the next year. A year with results and no
    /// targets gets one row per result, `no_target`.
    ///
    /// The rows are made one place and year at a time as the iterator is read, so a caller
    /// that writes each row as it comes holds the rows of one year, never the whole table.
    pub fn rows<'s>(
        &'s self,
        extractor: &'s Extractor,
        policy: &'s Policy,
    ) -> impl Iterator<Item = PanelRow> + 's {
        let resolved = self.resolve();
        let keys: Vec<(&str, &str, u16)> = resolved.groups.keys().copied().collect();
        keys.into_iter().flat_map(move |key| {
            let group = resolved.groups.get(&key).copied().unwrap_or_default();
            self.group_rows(&resolved, key, group, extractor, policy)
        })
    }

    /// The rows of one place and year: see [`Panel::rows`].
    fn group_rows(
        &self,
        resolved: &Resolved<'_>,
        (place, jurisdiction, year): (&str, &str, u16),
        group: Group<'_>,
        extractor: &Extractor,
        policy: &Policy,
    ) -> Vec<PanelRow> {
        let mut out = Vec::new();
        let source = |s: &Slot| self.reports.get(s.report).map(|r| r.source.clone());
        let row = |indicator_text: CompactString, measure, constraint, verdict| PanelRow {
            place: place.to_owned(),
            jurisdiction: jurisdiction.to_owned(),
            level: resolved.levels.get(&(place, jurisdiction)).copied(),
            year: Some(year),
            indicator: None,
            indicator_text,
            measure,
            constraint,
            target: None,
            target_text: None,
            target_source: None,
            target_span: None,
            target_sentence: None,
            actual: None,
            actual_text: None,
            actual_source: None,
            actual_span: None,
            actual_sentence: None,
            base_unit: None,
            verdict,
            margin: None,
            margin_pp: None,
            ratio: None,
            arithmetic: String::new(),
        };
        let review = group.review.map_or(&[][..], |s| &s.claims[..]);
        if let Some(plan) = group.plan {
            let has_review_report = resolved.delivered(place, jurisdiction, year + 1);
            let comparison = compare_with(&plan.claims, review, policy, extractor.lexicon());
            for r in comparison.rows {
                let from_review = r.actual_role == Some(Role::Completion);
                let target_slot = if from_review {
                    group.review
                } else {
                    Some(plan)
                };
                let actual_slot = r.actual_span.as_ref().and(group.review);
                let (verdict, arithmetic) = match r.verdict {
                    Verdict::NotReported if !has_review_report => (
                        Verdict::NoReviewReport,
                        format!(
                            "the folder has no report of the place given in {}",
                            year + 1
                        ),
                    ),
                    Verdict::NotReported if group.review.is_none() => (
                        Verdict::NotReported,
                        format!("the report given in {} has no result for {year}", year + 1),
                    ),
                    v => (v, r.arithmetic.clone()),
                };
                out.push(PanelRow {
                    indicator: r.indicator.clone(),
                    target: r.target,
                    target_text: Some(r.target_text.clone()),
                    target_source: target_slot.and_then(source),
                    target_sentence: target_slot.and_then(|s| sentence_at(s, r.target_span.start)),
                    target_span: Some(r.target_span.clone()),
                    actual: r.actual,
                    actual_text: r.actual_text.clone(),
                    actual_source: actual_slot.and_then(source),
                    actual_sentence: actual_slot
                        .zip(r.actual_span.as_ref())
                        .and_then(|(s, span)| sentence_at(s, span.start)),
                    actual_span: r.actual_span.clone(),
                    base_unit: r.base_unit.clone(),
                    margin: r.margin,
                    margin_pp: r.margin_pp(),
                    ratio: r.ratio(),
                    arithmetic,
                    ..row(r.indicator_text, r.measure, r.constraint, verdict)
                });
            }
        } else if let Some(slot) = group.review {
            // A review with no targets: its results, one per indicator and measure.
            let mut seen = BTreeSet::new();
            for c in review {
                if !usable_for_verdict(c, policy) || !seen.insert((c.indicator.clone(), c.measure))
                {
                    continue;
                }
                out.push(PanelRow {
                    indicator: c.indicator.clone(),
                    actual: c.value,
                    actual_text: Some(c.text.clone()),
                    actual_source: source(slot),
                    actual_span: Some(c.span.clone()),
                    actual_sentence: sentence_at(slot, c.span.start),
                    base_unit: c.base_unit.clone(),
                    arithmetic: format!("no report of the folder set a target for {year}"),
                    ..row(
                        c.indicator_text.clone(),
                        c.measure,
                        Constraint::Exact,
                        Verdict::NoTarget,
                    )
                });
            }
        }
        out
    }
}

/// The text of the slot's sentence holding byte `at`.
fn sentence_at(slot: &Slot, at: usize) -> Option<String> {
    let k = slot.sentences.partition_point(|(s, _)| s.start <= at);
    let (span, text) = slot.sentences.get(k.checked_sub(1)?)?;
    span.contains(&at).then(|| text.clone())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::BUILTIN;

    /// Our own short reports, in the genre.
    fn report(place: &str, year: u16, review: &str, plan: &str) -> String {
        format!(
            "{place}政府工作报告\n——{year}年2月10日在{place}第十八届人民代表大会第三次会议上\n各位代表：\n一、{}年工作回顾\n{review}\n二、{year}年工作安排\n{plan}\n",
            year - 1
        )
    }

    fn claims_of(text: &str, source: &str, origin: &Origin) -> Vec<ReportClaims> {
        report_claims(&BUILTIN, &gwr_grammar::parse(text), source, origin)
    }

    fn panel_of(files: &[(&str, String)]) -> Panel {
        let mut panel = Panel::new();
        for (source, text) in files {
            for r in claims_of(text, source, &Origin::default()) {
                panel.add(r);
            }
        }
        panel
    }

    fn rows_of(panel: &Panel) -> Vec<PanelRow> {
        panel.rows(&BUILTIN, &Policy::default()).collect()
    }

    /// (year, indicator, measure, verdict) of each row.
    fn verdicts(rows: &[PanelRow]) -> Vec<(u16, String, Measure, Verdict)> {
        rows.iter()
            .map(|r| {
                (
                    r.year.unwrap(),
                    r.indicator.as_deref().unwrap_or("").to_owned(),
                    r.measure,
                    r.verdict,
                )
            })
            .collect()
    }

    #[test]
    fn layout_fields_make_an_origin() {
        let layout = Layout::parse("cn_{year}.txt").unwrap();
        assert_eq!(
            layout.origin("cn_1998.txt"),
            Some(Origin {
                year: Some(1998),
                ..Origin::default()
            })
        );
        assert_eq!(layout.origin("cn_98.txt"), None);
        assert_eq!(layout.origin("sub/cn_1998.txt"), None);

        let layout = Layout::parse("{_}/{province}/{city}/{county}_{year}.txt").unwrap();
        let origin = layout
            .origin("batch1/山西省/太原市/清徐县_2011.txt")
            .unwrap();
        assert_eq!(origin.place.as_deref(), Some("清徐县"));
        assert_eq!(origin.parent.as_deref(), Some("太原市"));
        assert_eq!(origin.level, Some(Level::County));
        assert_eq!(origin.year, Some(2011));

        let layout = Layout::parse("{parent}/{place}.txt").unwrap();
        let origin = layout.origin("梅县区/松源镇.txt").unwrap();
        assert_eq!(
            (
                origin.place.as_deref(),
                origin.parent.as_deref(),
                origin.level,
                origin.year
            ),
            (Some("松源镇"), Some("梅县区"), Some(Level::Town), None)
        );
    }

    #[test]
    fn layout_errors_say_where() {
        for (pattern, at, words) in [
            ("{province}/{place}/{yaer}.txt", 19, "unknown field {yaer}"),
            ("{place}/{year.txt", 8, "a { with no }"),
            ("{place}}/x.txt", 7, "a } with no {"),
            ("{place}{year}.txt", 7, "nothing between them"),
            ("{year}/{year}.txt", 7, "given twice"),
            ("a//{year}.txt", 2, "empty folder name"),
            ("", 0, "empty folder name"),
        ] {
            let e = Layout::parse(pattern).unwrap_err();
            assert_eq!(e.span.start, at, "{pattern}: {e}");
            assert!(e.to_string().contains(words), "{pattern}: {e}");
        }
    }

    #[test]
    fn levels_from_names_and_manifest_words() {
        for (name, level) in [
            ("全国", Some(Level::National)),
            ("山西省", Some(Level::Province)),
            ("上海市", Some(Level::Province)),
            ("太原市", Some(Level::City)),
            ("梅县区", Some(Level::County)),
            ("松源镇", Some(Level::Town)),
            ("城西街道", Some(Level::Town)),
            ("青溪", None),
        ] {
            assert_eq!(Level::of_name(name), level, "{name}");
        }
        assert_eq!(Level::parse("county"), Some(Level::County));
        assert_eq!(Level::parse("县级市"), Some(Level::County));
        assert_eq!(Level::parse("village"), None);
    }

    #[test]
    fn a_plan_expectation_is_never_the_review() {
        // The 2024 report expects 650 new jobs in 2024 (预计, in its plan): an expectation.
        // The 2025 report gives the 2024 result; it must be the one judged.
        let files = [
            (
                "2024.txt",
                report(
                    "青溪镇",
                    2024,
                    "全年城镇新增就业600人。",
                    "主要预期目标是：城镇新增就业700人以上。预计可新增就业人员650人。",
                ),
            ),
            (
                "2025.txt",
                report(
                    "青溪镇",
                    2025,
                    "全年城镇新增就业720人。",
                    "主要预期目标是：城镇新增就业750人。",
                ),
            ),
        ];
        let panel = panel_of(&files);
        let rows = rows_of(&panel);
        let jobs = rows
            .iter()
            .find(|r| r.year == Some(2024) && r.target.is_some())
            .unwrap();
        assert_eq!(jobs.actual_text.as_deref(), Some("720人"));
        assert_eq!(jobs.actual_source.as_deref(), Some("2025.txt"));
        assert_eq!(jobs.verdict, Verdict::Exceeded);
        assert_eq!(jobs.ratio.unwrap().to_string(), "1.0286");
        assert_eq!(jobs.margin_pp, None);
        assert_eq!(
            jobs.actual_sentence.as_deref(),
            Some("全年城镇新增就业720人。")
        );
        assert!(panel.coverage().slot_taken.is_empty());
    }

    #[test]
    fn an_actual_beats_an_estimate() {
        let files = [
            (
                "2024.txt",
                report("青溪镇", 2024, "", "主要预期目标是：地区生产总值增长6%。"),
            ),
            (
                "2025.txt",
                report(
                    "青溪镇",
                    2025,
                    "预计全年地区生产总值增长6.1%。经统计，全年地区生产总值增长5.7%。",
                    "",
                ),
            ),
        ];
        let rows = rows_of(&panel_of(&files));
        let gdp = rows.iter().find(|r| r.year == Some(2024)).unwrap();
        assert_eq!(gdp.actual_text.as_deref(), Some("5.7%"));
        assert_eq!(gdp.verdict, Verdict::Missed);
    }

    #[test]
    fn copies_are_one_report() {
        let text = report(
            "青溪镇",
            2024,
            "全年地区生产总值增长5.1%。",
            "主要预期目标是：地区生产总值增长6%左右。",
        );
        let once = panel_of(&[("a.txt", text.clone())]);
        // The same report in a second file, re-wrapped and indented with ideographic spaces;
        // and twice in one file (one report to
        // the grammar, which takes the repeated title for a running page header).
        let rewrapped = text.replace("。", "。\n\n\u{3000}\u{3000}");
        let twice = panel_of(&[
            ("a.txt", text.clone()),
            ("b.txt", rewrapped),
            ("c.txt", format!("{text}\n{text}")),
        ]);
        assert_eq!(rows_of(&once), rows_of(&twice));
        let coverage = twice.coverage();
        assert_eq!(coverage.reports, 3);
        assert_eq!(coverage.copies.len(), 2, "{coverage:?}");
        assert!(coverage.slot_taken.is_empty());
        assert!(coverage.copies.iter().all(|(_, first)| first == "a.txt"));

        // Reports without claims are told apart by their text.
        let quiet = |year: u16, words: &str| report("青溪镇", year, words, "");
        let claimless = panel_of(&[
            ("a.txt", quiet(2023, "各项工作稳步推进。")),
            ("b.txt", quiet(2024, "各项工作扎实开展。")),
            (
                "c.txt",
                quiet(2024, "各项工作扎实开展。").replace('。', "。\n"),
            ),
        ]);
        let coverage = claimless.coverage();
        assert_eq!(coverage.copies, [("c.txt".into(), "b.txt".into())]);
    }

    #[test]
    fn why_a_target_has_no_verdict() {
        let files = [
            (
                "2023.txt",
                report(
                    "青溪镇",
                    2023,
                    "全年财政收入3000万元。",
                    "主要预期目标是：地区生产总值增长6%；财政收入增长8%；城乡居民人均可支配收入增长7%；固定资产投资增长10%。",
                ),
            ),
            (
                "2024.txt",
                report(
                    "青溪镇",
                    2024,
                    "全年地区生产总值增长6.5%；财政收入3300万元；城镇居民人均可支配收入增长6.8%，农村居民人均可支配收入增长7.9%。",
                    "主要预期目标是：地区生产总值增长6%。",
                ),
            ),
        ];
        let rows = rows_of(&panel_of(&files));
        let got = verdicts(&rows);
        assert!(got.contains(&(2023, "gdp".into(), Measure::Growth, Verdict::Exceeded)));
        // A growth target against a level only; one income target against two figures.
        assert!(got.contains(&(
            2023,
            "fiscal_revenue".into(),
            Measure::Growth,
            Verdict::NotComparable
        )));
        assert!(got.contains(&(
            2023,
            "resident_income".into(),
            Measure::Growth,
            Verdict::NotComparable
        )));
        // Silent on investment.
        assert!(got.contains(&(
            2023,
            "fixed_asset_investment".into(),
            Measure::Growth,
            Verdict::NotReported
        )));
        // No 2025 report in the folder.
        assert!(got.contains(&(2024, "gdp".into(), Measure::Growth, Verdict::NoReviewReport)));
        // The 2022 result of the 2023 report: no report set a 2022 target.
        assert!(got.contains(&(
            2022,
            "fiscal_revenue".into(),
            Measure::Level,
            Verdict::NoTarget
        )));
        let income = rows
            .iter()
            .find(|r| r.indicator.as_deref() == Some("resident_income"))
            .unwrap();
        assert!(
            income.arithmetic.contains("separately"),
            "{}",
            income.arithmetic
        );
        let gdp = rows
            .iter()
            .find(|r| r.indicator.as_deref() == Some("gdp") && r.year == Some(2023))
            .unwrap();
        assert_eq!(gdp.margin_pp.unwrap().to_string(), "0.5");
        assert_eq!(gdp.ratio, None);
    }

    #[test]
    fn the_path_names_the_place_and_the_text_the_year() {
        let text = report("青溪镇", 2024, "全年地区生产总值增长5%。", "");
        let given = Origin {
            place: Some("石桥镇".into()),
            year: Some(2023),
            ..Origin::default()
        };
        let got = claims_of(&text, "x.txt", &given);
        assert_eq!(got[0].place.as_deref(), Some("石桥镇"));
        assert_eq!(got[0].delivery_year, Some(2024));
        assert_eq!(got[0].level, Some(Level::Town));
        assert_eq!(
            got[0].warnings,
            [
                Warning::PlaceDiffers {
                    text: "青溪镇".into(),
                    given: "石桥镇".into()
                },
                Warning::YearDiffers {
                    text: 2024,
                    given: 2023,
                    used: 2024
                }
            ]
        );
        // The same place written without its suffix is no disagreement.
        let agreeing = Origin {
            place: Some("青溪".into()),
            year: Some(2024),
            ..Origin::default()
        };
        assert!(claims_of(&text, "x.txt", &agreeing)[0].warnings.is_empty());
    }

    #[test]
    fn a_headless_report_takes_place_and_year_from_its_origin() {
        let text = "各位代表：\n现在，我代表市政府向大会报告工作。\n一、过去一年工作回顾\n全年地区生产总值增长7.5%。\n二、今年工作安排\n主要预期目标是：地区生产总值增长8%左右。\n";
        let given = Origin {
            place: Some("长安市".into()),
            parent: Some("西山省".into()),
            level: Some(Level::City),
            year: Some(2012),
        };
        let got = &claims_of(text, "x.txt", &given)[0];
        assert_eq!(got.place.as_deref(), Some("长安市"));
        assert_eq!(got.jurisdiction.as_deref(), Some("西山省"));
        assert!(got.warnings.is_empty());
        let years: Vec<(Role, Option<u16>)> = got.claims.iter().map(|c| (c.role, c.year)).collect();
        assert_eq!(
            years,
            [(Role::Actual, Some(2011)), (Role::Target, Some(2012))]
        );
    }

    #[test]
    fn national_reports_are_recognised_from_their_text() {
        let text = "各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议。\n一、2001年工作回顾\n国内生产总值增长7.3%。\n";
        let got = &claims_of(text, "cn.txt", &Origin::default())[0];
        assert_eq!(got.place.as_deref(), Some(NATIONAL));
        assert_eq!(got.level, Some(Level::National));
        assert_eq!(got.delivery_year, Some(2002));
        // A city report that mentions the State Council is not national.
        let city = "各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2001年工作回顾\n认真落实国务院部署，长安市地区生产总值增长9%。长安市财政收入增长8%。\n";
        let got = &claims_of(city, "city.txt", &Origin::default())[0];
        assert_ne!(got.level, Some(Level::National));
    }

    #[test]
    fn mismatched_pairs_are_named() {
        let plan = report("青溪镇", 2023, "", "主要预期目标是：地区生产总值增长6%。");
        let other = report("石桥镇", 2025, "全年地区生产总值增长6.5%。", "");
        let (plan, other) = (gwr_grammar::parse(&plan), gwr_grammar::parse(&other));
        assert_eq!(
            pair_warnings(&plan, &other),
            [
                Warning::PlacesDiffer {
                    plan: "青溪镇".into(),
                    review: "石桥镇".into()
                },
                Warning::YearsNotConsecutive {
                    plan: 2023,
                    review: 2025
                }
            ]
        );
        let next = report("青溪镇", 2024, "全年地区生产总值增长6.5%。", "");
        assert!(pair_warnings(&plan, &gwr_grammar::parse(&next)).is_empty());
    }

    #[test]
    fn coverage_counts_pairs_and_gaps() {
        let year = |y: u16, review: &str, plan: &str| {
            (format!("{y}.txt"), report("青溪镇", y, review, plan))
        };
        let files = [
            year(
                2020,
                "全年地区生产总值增长5%。",
                "主要预期目标是：地区生产总值增长6%。",
            ),
            year(
                2021,
                "全年地区生产总值增长6.2%。",
                "主要工作是抓好项目建设。",
            ),
            year(
                2022,
                "全年完成了各项工作。",
                "主要预期目标是：地区生产总值增长6%。",
            ),
            year(
                2024,
                "全年地区生产总值增长6%。",
                "主要预期目标是：地区生产总值增长6%。",
            ),
        ];
        let files: Vec<(&str, String)> =
            files.iter().map(|(p, t)| (p.as_str(), t.clone())).collect();
        let coverage = panel_of(&files).coverage();
        // 2020→2021 paired; 2021→2022: no 2021 target; 2022→2024 not consecutive.
        assert_eq!((coverage.consecutive, coverage.paired), (2, 1));
        assert_eq!(coverage.no_targets, ["2021.txt"]);
        assert_eq!(coverage.no_review, ["2022.txt"]);
        assert_eq!(
            coverage.gaps,
            [Gap {
                place: "青溪镇".into(),
                jurisdiction: String::new(),
                missing: vec![2023]
            }]
        );
    }
}
