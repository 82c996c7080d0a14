//! A lossless grammar for Chinese government work reports (政府工作报告).
//!
//! [`parse`] turns a report's text (or a web page or compilation holding several) into a
//! [`Document`]: the reports, each with its header fields, sections (review, plan,
//! self-building), nested numbered headings, paragraphs, list items and sentences, every
//! node with a byte span into the text. Parsing never fails: what the grammar cannot make
//! sense of becomes a [`Diagnostic`], and the top-level [`Document::segments`] always tile
//! the input exactly.
//!
//! ```
//! use gwr_grammar::{SectionKind, parse};
//!
//! let text = "\
//! 城关镇政府工作报告
//! ——2024年1月26日在青山县城关镇第十八届人民代表大会第三次会议上
//! 镇长  王 明
//! 各位代表：
//! 一、2023年工作回顾
//! （一）产业发展提速。全年完成财政收入3560万元。一是新建厂房2万平方米；二是引进项目5个。
//! （二）民生保障有力。
//! 二、2024年工作安排
//! 全镇经济社会发展的主要预期目标是：地区生产总值增长6%左右。
//! ";
//! let doc = parse(text);
//! let report = &doc.reports[0];
//! assert_eq!(report.place.as_deref(), Some("城关镇"));
//! assert_eq!(report.jurisdiction.as_deref(), Some("青山县"));
//! assert_eq!(report.date.unwrap().to_string(), "2024-01-26");
//! assert_eq!(report.meeting.as_deref(), Some("第十八届人民代表大会第三次会议"));
//! assert_eq!(report.speaker.as_deref(), Some("王明"));
//!
//! let review = &report.sections[0];
//! assert_eq!((review.kind, review.year), (SectionKind::Review, Some(2023)));
//! let headings = report.headings();
//! assert_eq!(headings[1].title, "产业发展提速");
//! assert_eq!(headings[1].depth, 2);
//!
//! let paragraph = report.paragraphs()[0];
//! assert_eq!(doc.text(&paragraph.sentences[0].span), "全年完成财政收入3560万元。");
//! assert_eq!(paragraph.items.len(), 2);
//! assert_eq!(report.sections[1].year, Some(2024));
//! ```
//!
//! Bytes from a file go through [`decode`] first: it reads UTF-8, UTF-16 and GB18030.

mod decode;
mod document;
mod header;
mod lexicon;
mod lines;
mod marker;
mod sentence;
mod tree;

pub use decode::{DecodeError, DecodeErrorKind, decode};
pub use tree::{
    Block, Date, Diagnostic, DiagnosticKind, Document, Heading, ListItem, MarkerStyle, Paragraph,
    ParagraphRole, Report, Section, SectionKind, Segment, SegmentKind, Sentence, Span, YearSource,
};

/// The version of the JSON contract for [`Document`] (docs/schema.md).
pub const SCHEMA_VERSION: u32 = 1;

/// Choices that change how text is split.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Also end sentences at ； (and at ; between Chinese text). Off by default: reports
    /// chain clauses with ； inside one sentence.
    pub split_on_semicolon: bool,
}

impl Options {
    /// Sets [`Options::split_on_semicolon`].
    pub fn split_on_semicolon(mut self, yes: bool) -> Self {
        self.split_on_semicolon = yes;
        self
    }
}

/// Parses a report (or a page or compilation of reports) with the default [`Options`].
/// Never fails and never panics.
pub fn parse(text: &str) -> Document<'_> {
    parse_with(text, &Options::default())
}

/// Parses with explicit [`Options`].
pub fn parse_with<'a>(text: &'a str, options: &Options) -> Document<'a> {
    document::build(text, options)
}

/// The one year a section title names as its own: written as four digits and 年, in digits
/// ("2005年", "２００５年") or in Chinese digits ("二〇〇五年", "二○○三年"). None for a title
/// of a span since a year or of a plan's years up to a vision's horizon, which name no one
/// year of their own.
///
/// ```
/// assert_eq!(gwr_grammar::title_year("二、二〇〇五年的主要目标"), Some(2005));
/// assert_eq!(gwr_grammar::title_year("三、二○○三年工作安排"), Some(2003));
/// assert_eq!(gwr_grammar::title_year("今后五年的奋斗目标"), None);
/// assert_eq!(gwr_grammar::title_year("2003年以来工作回顾"), None);
/// assert_eq!(gwr_grammar::title_year("关于“十四五”规划和二〇三五年远景目标纲要"), None);
/// ```
pub fn title_year(title: &str) -> Option<u16> {
    document::title_year(title)
}
