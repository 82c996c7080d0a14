//! Why a text is not a quantity, with where and a sentence a user understands.

use std::fmt;
use std::ops::Range;

/// The error [`crate::parse()`] and [`crate::parse_number`] return.
///
/// `message` is a full sentence for a person; `kind` is for a program; `span` is the byte range
/// of the input the problem is about.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message} (bytes {}..{})", span.start, span.end)]
pub struct QuantityError {
    /// What went wrong, for a program to act on.
    pub kind: ErrorKind,
    /// Byte range of the input the problem is about.
    pub span: Range<usize>,
    /// What went wrong, for a person to read.
    pub message: String,
}

/// The kinds of [`QuantityError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ErrorKind {
    /// The input is empty or only blanks.
    Empty,
    /// The input has no number where one should start ("万元", "今年").
    NoNumber,
    /// The number is followed by a word that is not a unit gwr knows ("5斗").
    UnknownUnit,
    /// A bare number: a quantity needs a unit, a percent sign or a classifier ("两万五").
    MissingUnit,
    /// The number itself is broken ("5..8万元", "三百五千").
    MalformedNumber,
    /// The number has more digits than an exact decimal holds (a 96-bit mantissa: 28 significant digits, some 29).
    OutOfRange,
    /// The text is a number but not a quantity: a date, an ordinal, a slogan…
    NotAQuantity(NotQuantity),
    /// A quantity followed by more text ("5家企业": parse "5家" alone).
    TrailingText,
}

/// Things written with numbers that are not quantities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum NotQuantity {
    /// A year, month, day or time of day ("2023年", "11月", "29日").
    DateOrTime,
    /// A span of time ("3个月", "75周年"): durations are not among the dimensions.
    Duration,
    /// An age ("60岁").
    Age,
    /// An ordinal ("第十七届", "第三批").
    Ordinal,
    /// A program name or slogan ("十四五", "四个全面", "三清三拆三整治").
    Slogan,
    /// A list marker ("一是", "（一）", "3、").
    ListMarker,
    /// A code rather than an amount: a phone or hotline number, a formula such as "1+6+N".
    Code,
}

impl NotQuantity {
    fn describe(self) -> &'static str {
        match self {
            NotQuantity::DateOrTime => "a date or time",
            NotQuantity::Duration => "a span of time",
            NotQuantity::Age => "an age",
            NotQuantity::Ordinal => "an ordinal",
            NotQuantity::Slogan => "a program name or slogan",
            NotQuantity::ListMarker => "a list marker",
            NotQuantity::Code => "a code (phone number, hotline, formula)",
        }
    }
}

impl fmt::Display for NotQuantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

impl QuantityError {
    /// Builds the error for `kind` at `span` of `input`, with the sentence for that kind.
    pub(crate) fn new(kind: ErrorKind, input: &str, span: Range<usize>) -> Self {
        let shown = input.get(span.clone()).unwrap_or(input);
        let message = match kind {
            ErrorKind::Empty => "the input is empty".to_owned(),
            ErrorKind::NoNumber => format!("“{input}” has no number where a quantity should start"),
            ErrorKind::UnknownUnit => format!("“{shown}” is not a unit gwr knows"),
            ErrorKind::MissingUnit => {
                format!("“{shown}” is a bare number; a quantity needs a unit (元, 亩, %, 个, …)")
            }
            ErrorKind::MalformedNumber => format!("“{shown}” is not a well-formed number"),
            ErrorKind::OutOfRange => {
                format!("“{shown}” has more digits than an exact decimal can hold")
            }
            ErrorKind::NotAQuantity(what) => {
                format!("“{shown}” is {what}, not a quantity")
            }
            ErrorKind::TrailingText => {
                format!("“{shown}” follows the quantity; parse takes one expression")
            }
        };
        QuantityError {
            kind,
            span,
            message,
        }
    }
}
