//! The indicator lexicon: canonical ids, the names reports use, direction and dimension.

use std::collections::BTreeMap;

use compact_str::CompactString;

use crate::names::NameIndex;
use gwr_quantity::Dimension;
use serde::Deserialize;

/// Which way is good for an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// More is better (GDP, revenue, income).
    Higher,
    /// Less is better (unemployment, energy intensity).
    Lower,
    /// A cap not to be exceeded (CPI): at or under the target is met.
    Ceiling,
}

/// One indicator of the lexicon.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Indicator {
    /// Canonical snake_case id ("gdp").
    pub id: CompactString,
    /// Names as reports write them ("地区生产总值", "生产总值", "GDP").
    pub names: Vec<String>,
    /// Which way is good.
    pub direction: Direction,
    /// The dimension of the indicator's level figures, by its JSON name ("money", "count",
    /// "mass", "percent" …: [`Dimension::as_str`]).
    pub dimension: String,
    /// Names that count only standing alone, not inside a longer noun: "经济增长" is GDP
    /// in "今年经济增长7%", not in "民营经济增长15%".
    #[serde(default)]
    pub guarded: Vec<String>,
}

impl Indicator {
    /// Whether a figure of `dimension` can be this indicator's value: a relative figure (a
    /// growth, points, a multiple, a share) always; an amount or a count only in the
    /// indicator's own dimension. Beside 地区生产总值, "4项" counts indicators, not GDP;
    /// beside 招商引资, "签约项目28个" counts projects, not money.
    pub fn fits(&self, dimension: Dimension) -> bool {
        dimension.is_relative() || dimension.as_str() == self.dimension
    }

    /// Whether a rate (a percent that is no change: 失业率4.5%) can be this indicator's
    /// value: only of one measured in percent. An amount's or a count's percent is another
    /// thing's (招商引资签约项目当年开工率63.6%, 占年度固定资产投资任务的85%).
    pub fn takes_rates(&self) -> bool {
        self.dimension == Dimension::Percent.as_str()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    #[serde(default)]
    indicator: Vec<toml::Spanned<Indicator>>,
    #[serde(default)]
    references: BTreeMap<String, String>,
    #[serde(default)]
    ambiguous: Vec<String>,
    #[serde(default)]
    respectively: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    local: BTreeMap<String, String>,
}

/// Why a lexicon file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct LexiconError {
    /// What kind of problem.
    pub kind: LexiconErrorKind,
    /// Byte range in the TOML text at fault: the bad syntax or field, or the
    /// `[[indicator]]` header of a bad row. `None` only where TOML gives no position.
    pub span: Option<std::ops::Range<usize>>,
    message: String,
}

/// The kinds of [`LexiconError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LexiconErrorKind {
    /// Not TOML, or not in the lexicon's format (an unknown field, a missing one, a wrong
    /// type, a direction that is none of higher, lower, ceiling).
    Syntax,
    /// An indicator with an empty id.
    EmptyId,
    /// An indicator without a non-empty name.
    NoNames,
    /// An id listed twice.
    RepeatedId,
    /// A dimension that is none of the normalizer's ([`Dimension::as_str`]).
    UnknownDimension,
}

/// The indicators claims are tied to, with a matcher for their names.
///
/// ```
/// let lexicon = gwr_compare::Lexicon::builtin();
/// assert_eq!(lexicon.indicator("gdp").unwrap().names[0], "地区生产总值");
///
/// let mine = gwr_compare::Lexicon::from_toml(r#"
/// [[indicator]]
/// id = "tea_output"
/// names = ["茶叶产值"]
/// direction = "higher"
/// dimension = "money"
/// "#).unwrap();
/// let lexicon = lexicon.extend(mine);
/// assert!(lexicon.indicator("tea_output").is_some());
/// ```
#[derive(Debug, Clone)]
pub struct Lexicon {
    indicators: Vec<Indicator>,
    references: BTreeMap<String, String>,
    ambiguous: Vec<String>,
    /// Names that stand for several indicators in a 分别 clause, with those indicators.
    respectively: BTreeMap<String, Vec<String>>,
    /// Names that mean another indicator in a report below the nation, with its id.
    local: BTreeMap<String, String>,
    /// Whether pattern i counts only standing alone.
    guarded: Vec<bool>,
    /// Pattern i is `names[i]`; `owners[i]` indexes `indicators`, or is a reference phrase
    /// when it is past `indicators.len()`.
    matcher: NameIndex,
    owners: Vec<Owner>,
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Owner {
    Indicator(usize),
    Reference(usize),
    /// A name that stands for more than one indicator (地方财政收入).
    Ambiguous,
}

/// A name found in text.
#[derive(Debug, Clone)]
pub(crate) struct NameMatch {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) owner: Owner,
    /// The name counts only standing alone ([`Indicator::guarded`]).
    pub(crate) guarded: bool,
}

impl Lexicon {
    /// The lexicon compiled into the crate (`src/indicators.toml`).
    pub fn builtin() -> Lexicon {
        Lexicon::from_toml(include_str!("indicators.toml"))
            .expect("the built-in indicator lexicon is valid TOML with valid rows")
    }

    /// Reads a lexicon from TOML text in the format of `src/indicators.toml`.
    ///
    /// # Errors
    ///
    /// A [`LexiconError`] naming the problem and, for syntax errors, where it is: bad TOML,
    /// an unknown field, an empty id or name list, a repeated id, or an unknown dimension.
    pub fn from_toml(text: &str) -> Result<Lexicon, LexiconError> {
        let file: LexiconFile = toml::from_str(text).map_err(|e| LexiconError {
            kind: LexiconErrorKind::Syntax,
            span: e.span(),
            message: format!("indicator lexicon: {}", e.message()),
        })?;
        let mut seen = std::collections::BTreeSet::new();
        for spanned in &file.indicator {
            let row = spanned.get_ref();
            let problem = if row.id.is_empty() {
                Some((
                    LexiconErrorKind::EmptyId,
                    "an indicator has an empty id".to_owned(),
                ))
            } else if row.names.iter().all(|n| n.is_empty()) {
                Some((
                    LexiconErrorKind::NoNames,
                    format!("indicator {:?} has no names", row.id),
                ))
            } else if !seen.insert(row.id.as_str()) {
                Some((
                    LexiconErrorKind::RepeatedId,
                    format!("indicator {:?} is listed twice", row.id),
                ))
            } else if !Dimension::ALL.iter().any(|d| d.as_str() == row.dimension) {
                Some((
                    LexiconErrorKind::UnknownDimension,
                    format!(
                        "indicator {:?} has the dimension {:?}, which is none of {}",
                        row.id,
                        row.dimension,
                        Dimension::ALL.map(Dimension::as_str).join(", ")
                    ),
                ))
            } else {
                None
            };
            if let Some((kind, message)) = problem {
                let span = spanned.span();
                return Err(LexiconError {
                    kind,
                    message: format!(
                        "indicator lexicon: {message} (bytes {}..{})",
                        span.start, span.end
                    ),
                    span: Some(span),
                });
            }
        }
        let indicators = file.indicator.into_iter().map(toml::Spanned::into_inner);
        Ok(Lexicon::build(
            indicators.collect(),
            file.references,
            file.ambiguous,
            file.respectively,
            file.local,
        ))
    }

    /// This lexicon with `other`'s rows added; a row whose id exists replaces it.
    pub fn extend(self, other: Lexicon) -> Lexicon {
        let mut indicators = self.indicators;
        for row in other.indicators {
            match indicators.iter_mut().find(|i| i.id == row.id) {
                Some(existing) => *existing = row,
                None => indicators.push(row),
            }
        }
        let mut references = self.references;
        references.extend(other.references);
        let mut ambiguous = self.ambiguous;
        ambiguous.extend(other.ambiguous);
        let mut respectively = self.respectively;
        respectively.extend(other.respectively);
        let mut local = self.local;
        local.extend(other.local);
        Lexicon::build(indicators, references, ambiguous, respectively, local)
    }

    fn build(
        indicators: Vec<Indicator>,
        references: BTreeMap<String, String>,
        ambiguous: Vec<String>,
        respectively: BTreeMap<String, Vec<String>>,
        local: BTreeMap<String, String>,
    ) -> Lexicon {
        // Ambiguous names first: where one is also an indicator's name, the doubt wins.
        let mut patterns: Vec<String> = ambiguous
            .iter()
            .filter(|n| !n.is_empty())
            .cloned()
            .collect();
        let mut owners = vec![Owner::Ambiguous; patterns.len()];
        let mut guarded = vec![false; patterns.len()];
        for (i, row) in indicators.iter().enumerate() {
            for name in row.names.iter().filter(|n| !n.is_empty()) {
                patterns.push(name.clone());
                owners.push(Owner::Indicator(i));
                guarded.push(row.guarded.contains(name));
            }
        }
        for (k, phrase) in references.keys().enumerate() {
            patterns.push(phrase.clone());
            owners.push(Owner::Reference(k));
            guarded.push(false);
        }
        let matcher = NameIndex::new(&patterns);
        Lexicon {
            indicators,
            references,
            ambiguous,
            respectively,
            local,
            matcher,
            guarded,
            owners,
        }
    }

    /// The indicator with this id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// Every indicator, in lexicon order.
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    pub(crate) fn indicator_at(&self, i: usize) -> &Indicator {
        &self.indicators[i]
    }

    /// The indicator id a reference phrase ("经济增长") stands for.
    pub(crate) fn reference_at(&self, k: usize) -> Option<&str> {
        self.references.values().nth(k).map(String::as_str)
    }

    /// Whether `text` names an indicator (not only a reference phrase).
    /// The indicators (by index) a name stands for in a 分别 clause, if it is such a name.
    pub(crate) fn respectively(&self, name: &str) -> Option<Vec<usize>> {
        let ids = self.respectively.get(name)?;
        ids.iter()
            .map(|id| self.indicators.iter().position(|i| i.id == *id))
            .collect()
    }

    /// The indicator (by index) a name means in a report below the nation, where that
    /// differs from its meaning in the nation's ("公共财政收入": a city's general budget
    /// revenue, the nation's fiscal revenue).
    pub(crate) fn local_meaning(&self, name: &str) -> Option<usize> {
        let id = self.local.get(name)?;
        self.indicators.iter().position(|i| i.id == *id)
    }

    pub(crate) fn names_an_indicator(&self, text: &str) -> bool {
        self.matcher
            .find_iter(text, 0..text.len())
            .any(|(_, _, i)| matches!(self.owners.get(i), Some(Owner::Indicator(_))))
    }

    /// Every indicator name and reference phrase in `text[range]`, leftmost-longest, with
    /// offsets into `text`.
    pub(crate) fn find_names(&self, text: &str, range: std::ops::Range<usize>) -> Vec<NameMatch> {
        self.matcher
            .find_iter(text, range)
            .map(|(start, end, i)| NameMatch {
                start,
                end,
                owner: self.owners.get(i).copied().unwrap_or(Owner::Ambiguous),
                guarded: self.guarded.get(i).copied().unwrap_or(false),
            })
            .collect()
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::builtin()
    }
}
