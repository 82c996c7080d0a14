//! The normalized quantity and its vocabulary.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use compact_str::CompactString;
use rust_decimal::Decimal;

use crate::tables::{FRACTION_WORD, PERCENT_PREFIXES};

/// One quantity: where it was written, what was written, and its exact value in a base unit.
///
/// Invariants: `base_value` = `value` × the unit's factor; for a written range (`high` is
/// `Some`), `value`/`base_value` are the low end and `base_low` = `base_value`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Quantity {
    /// Byte range in the text given to [`crate::parse()`] or [`crate::scan()`].
    #[cfg_attr(feature = "serde", serde(with = "gwr_span"))]
    pub span: Range<usize>,
    /// The whole quantity as written, qualifiers included ("约3000万元").
    pub text: CompactString,
    /// The number as written ("3000", "五千万", "5至6").
    pub number: CompactString,
    /// The number's exact value, in `unit` (3000 for "约3000万元"); the low end of a range.
    pub value: Decimal,
    /// The high end of a range, in `unit`.
    pub high: Option<Decimal>,
    /// The unit as written, multipliers included ("万元", "%", "家", "万吨/日", "三分之").
    pub unit: CompactString,
    /// What is measured.
    pub dimension: Dimension,
    /// The exact value in `base_unit` (30000000 for "约3000万元"); the low end of a range.
    pub base_value: Decimal,
    /// The base unit: "元", "美元", "亩", "千克", "%", the classifier of a count ("家")…
    pub base_unit: Cow<'static, str>,
    /// A fraction's denominator: 三分之一 is exactly `value` / `denominator` = 1/3, a number no
    /// decimal holds, so the two are kept apart and never divided (`base_unit` "1/3" names
    /// the same denominator). `None` for every other dimension.
    pub denominator: Option<Decimal>,
    /// What the figure promises: exactly, about, at least, at most, or a range.
    pub qualifier: Qualifier,
    /// Low end of a written range, in `base_unit`.
    pub base_low: Option<Decimal>,
    /// High end of a written range, in `base_unit`.
    pub base_high: Option<Decimal>,
}

/// What a quantity measures. Quantities compare only within one dimension *and* base unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Dimension {
    /// 元, 美元, 港元 … (each currency its own base unit).
    Money,
    /// 亩, 公顷, 平方米 … (base 亩).
    Area,
    /// 米, 公里 … (base 米).
    Length,
    /// 千克, 吨, 斤 … (base 千克).
    Mass,
    /// 立方米, 方, 升 (base 立方米).
    Volume,
    /// 千瓦时, 度 (base 千瓦时); power 千瓦 has its own base unit.
    Energy,
    /// A unit per time or per item ("万吨/日", "元/亩").
    Rate,
    /// A number of things, with its classifier ("3家", "10个村", "126人次").
    Count,
    /// A percentage ("23.4%", "百分之五", "千分之三" = 0.3%).
    Percent,
    /// A difference of percentages ("2个百分点").
    PercentagePoint,
    /// A multiple ("1.5倍").
    Multiple,
    /// A fraction ("三分之一": value 1, denominator 3, base unit "1/3"): the exact ratio
    /// `value` / `denominator`, not divided.
    Fraction,
}

/// What a figure promises about the true value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Qualifier {
    /// As written ("5.8亿元").
    Exact,
    /// About ("约3000万元", "6%左右", "近10家").
    Approx,
    /// At least: the value is a floor ("超五千万元", "20余万元", "3家以上", "3-5家以上").
    AtLeast,
    /// At most: the value is a ceiling ("4.5%以内", "不超过3%").
    AtMost,
    /// Between `base_low` and `base_high` ("3-5家", "5至6万元").
    Range,
}

impl Quantity {
    /// The exact value in the base unit (the low end for a range).
    pub fn base_value(&self) -> Decimal {
        self.base_value
    }

    /// Whether the figure was written as a range (low and high are then `Some`).
    pub fn is_range(&self) -> bool {
        self.base_high.is_some()
    }

    /// The values the figure admits, in the base unit: `(floor, ceiling)`, `None` for unbounded.
    /// Exact and approximate figures give their value on both sides; a range gives its ends;
    /// "at least" has no ceiling and "at most" no floor (for "3-5家以内" the ceiling is 5).
    pub fn bounds(&self) -> (Option<Decimal>, Option<Decimal>) {
        let low = self.base_low.unwrap_or(self.base_value);
        let high = self.base_high.unwrap_or(self.base_value);
        match self.qualifier {
            Qualifier::Exact | Qualifier::Approx | Qualifier::Range => (Some(low), Some(high)),
            Qualifier::AtLeast => (Some(low), None),
            Qualifier::AtMost => (None, Some(high)),
        }
    }

    /// Whether the unit is written before the number ("百分之五", "三分之一").
    fn unit_is_prefix(&self) -> bool {
        self.unit.ends_with(FRACTION_WORD) && self.dimension == Dimension::Fraction
            || PERCENT_PREFIXES.iter().any(|(word, _)| *word == self.unit)
    }
}

/// The canonical form: Arabic digits, the unit as written, and one canonical word per qualifier
/// (约 before; 以上 / 以内 after; `-` between range ends). `parse(&q.to_string())` gives back `q`
/// except for the as-written fields `span`, `text` and `number`.
impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.qualifier == Qualifier::Approx {
            f.write_str("约")?;
        }
        let prefix_unit = self.unit_is_prefix();
        if prefix_unit {
            // The sign goes before a unit written first: "-百分之5", not "百分之-5".
            if self.value.is_sign_negative() {
                f.write_str("-")?;
            }
            f.write_str(&self.unit)?;
            write!(f, "{}", self.value.abs().normalize())?;
        } else {
            write!(f, "{}", self.value.normalize())?;
        }
        if let Some(high) = self.high {
            write!(f, "-{}", high.normalize())?;
        }
        if !prefix_unit {
            f.write_str(&self.unit)?;
        }
        match self.qualifier {
            Qualifier::AtLeast => f.write_str("以上"),
            Qualifier::AtMost => f.write_str("以内"),
            Qualifier::Exact | Qualifier::Approx | Qualifier::Range => Ok(()),
        }
    }
}

impl Dimension {
    /// Every dimension, in declaration order.
    pub const ALL: [Dimension; 12] = [
        Dimension::Money,
        Dimension::Area,
        Dimension::Length,
        Dimension::Mass,
        Dimension::Volume,
        Dimension::Energy,
        Dimension::Rate,
        Dimension::Count,
        Dimension::Percent,
        Dimension::PercentagePoint,
        Dimension::Multiple,
        Dimension::Fraction,
    ];

    /// The name used in JSON output and in lexicon files ("money", "percentage_point").
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Money => "money",
            Dimension::Area => "area",
            Dimension::Length => "length",
            Dimension::Mass => "mass",
            Dimension::Volume => "volume",
            Dimension::Energy => "energy",
            Dimension::Rate => "rate",
            Dimension::Count => "count",
            Dimension::Percent => "percent",
            Dimension::PercentagePoint => "percentage_point",
            Dimension::Multiple => "multiple",
            Dimension::Fraction => "fraction",
        }
    }

    /// Whether a figure of this dimension relates a thing to another (a growth, a gap in
    /// points, a multiple, a share) rather than measuring it (an amount, a count).
    pub fn is_relative(self) -> bool {
        matches!(
            self,
            Dimension::Percent
                | Dimension::PercentagePoint
                | Dimension::Multiple
                | Dimension::Fraction
        )
    }
}

impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::Range => "range",
        })
    }
}
