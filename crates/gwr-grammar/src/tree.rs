//! The document tree: every node carries a byte span into the parsed text.

use std::ops::Range;

use compact_str::CompactString;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A byte range into the parsed text. In JSON it is a `[start, end]` pair.
pub type Span = Range<usize>;

/// The result of [`parse`](crate::parse): the reports found in a text, the chrome around
/// them, and diagnostics for what the grammar could not make sense of.
///
/// The spans of [`Document::segments`] tile the input exactly: no gaps, no overlaps.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Document<'a> {
    /// The text the spans point into. Not serialized: a JSON reader has its own copy.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) source: &'a str,
    /// The version of the JSON contract (docs/schema.md).
    pub schema_version: u32,
    /// Top-level pieces of the input, in order; their spans tile the input.
    pub segments: Vec<Segment>,
    /// The reports, in order; `segments` holds one [`SegmentKind::Report`] for each.
    pub reports: Vec<Report>,
    /// What the grammar noticed but could not make sense of.
    pub diagnostics: Vec<Diagnostic>,
}

impl<'a> Document<'a> {
    /// The text a span points at, borrowed from the parsed input (never allocates).
    ///
    /// Returns `""` for a span that is out of range or not on char boundaries, so a span
    /// from another document cannot make this panic.
    pub fn text(&self, span: &Span) -> &'a str {
        self.source.get(span.clone()).unwrap_or("")
    }

    /// The whole parsed text.
    pub fn source(&self) -> &'a str {
        self.source
    }
}

/// One top-level piece of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Segment {
    /// What this piece is.
    pub kind: SegmentKind,
    /// Where it is.
    #[cfg_attr(feature = "serde", serde(with = "gwr_span"))]
    pub span: Span,
}

/// What a top-level piece of the input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum SegmentKind {
    /// A report; the n-th `Report` segment is `Document::reports[n]`.
    Report,
    /// Web-page debris, a compilation's title, site notices.
    Chrome,
    /// A compilation's table of contents (目录).
    Contents,
    /// Only white space.
    Blank,
}

/// One government work report.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Report {
    /// From the first line of the report to its last.
    #[cfg_attr(feature = "serde", serde(with = "gwr_span"))]
    pub span: Span,
    /// The title line's text, such as "松源镇政府工作报告".
    pub title: Option<String>,
    /// The most specific place named in the title, dateline or speaker line ("山王镇"); for a
    /// report whose header names none, the town its text names most often (at least twice).
    pub place: Option<String>,
    /// The unit `place` lies in, as a header line that names the place says: "梅县区" in
    /// "梅州市梅县区松源镇人民政府2023年政府工作报告", "淮南市" in "在淮南市山王镇…会议上". It
    /// tells two towns of one name apart (there are hundreds of 城关镇). `None` when the header
    /// names the place alone, or names none.
    pub jurisdiction: Option<String>,
    /// The date the report was given.
    pub date: Option<Date>,
    /// The date the page or news article holding the report was published, from a line near
    /// its top ("来源：某某日报　2004年02月17日", "发布时间：2019-01-23"): the report's year
    /// when nothing else gives it.
    pub published: Option<Date>,
    /// The meeting it was given at ("第十七届人民代表大会第六次会议").
    pub meeting: Option<String>,
    /// The speaker's name, spaces removed ("古毅").
    pub speaker: Option<String>,
    /// The speaker's title as written ("镇党委副书记、镇长").
    pub speaker_title: Option<String>,
    /// The greeting line ("各位代表：").
    pub greeting: Option<String>,
    /// The lines before the first section: title, dateline, speaker, greeting.
    #[cfg_attr(feature = "serde", serde(with = "gwr_span"))]
    pub header_span: Span,
    /// True when the text stops before the report ends (a cut-off compilation).
    pub truncated: bool,
    /// The report's sections, in order; their spans tile the report after the header.
    pub sections: Vec<Section>,
    /// Debris inside the report: `[bookmark: _GoBack]` markers, page numbers; in text order.
    #[cfg_attr(feature = "serde", serde(with = "gwr_span::vec"))]
    pub chrome: Vec<Span>,
}

impl Report {
    /// Every heading of the report, section headings included, in document order.
    pub fn headings(&self) -> Vec<&Heading> {
        let mut out = Vec::new();
        for section in &self.sections {
            if let Some(h) = &section.heading {
                out.push(h);
            }
            collect_headings(&section.blocks, &mut out);
        }
        out
    }

    /// Every paragraph of the report, in document order.
    pub fn paragraphs(&self) -> Vec<&Paragraph> {
        let mut out = Vec::new();
        for section in &self.sections {
            collect_paragraphs(&section.blocks, &mut out);
        }
        out
    }

    /// The year the report was given: its date's year, else inferred from its sections
    /// (a plan for year N is given in N, a review of year N in N + 1).
    pub fn delivery_year(&self) -> Option<u16> {
        self.date
            .map(|d| d.year)
            .or_else(|| year_of_sections(&self.sections))
    }

    /// The year the report plans, which is the year a data set files it under: its plan
    /// section's year, else the year after its review's, else its date's year. A report
    /// given in December 2019 for 2020 plans 2020.
    ///
    /// ```
    /// let text = "——2019年12月25日在青石市第九届人民代表大会第四次会议上\n各位代表：\n\
    ///             一、2003年以来工作回顾\n五年来，全市生产总值翻了一番。\n\
    ///             二、2020年工作安排\n今年主要预期目标是：生产总值增长6%左右。\n";
    /// let doc = gwr_grammar::parse(text);
    /// let report = &doc.reports[0];
    /// assert_eq!(report.delivery_year(), Some(2019));
    /// assert_eq!(report.plan_year(), Some(2020));
    /// // "2003年以来" starts a period: the review is of the year before the plan's.
    /// assert_eq!(report.sections[0].year, Some(2019));
    /// ```
    pub fn plan_year(&self) -> Option<u16> {
        self.plan_year_and_source().map(|(year, _)| year)
    }

    /// [`Report::plan_year`] and where it comes from; after the sections and the date, a
    /// year the title names ("安川市2008年政府工作报告": a report given in 2008).
    ///
    /// ```
    /// use gwr_grammar::YearSource;
    /// let doc = gwr_grammar::parse("安川市2008年政府工作报告\n各位代表：\n今年全市生产总值增长12%左右。\n");
    /// assert_eq!(doc.reports[0].plan_year_and_source(), Some((2008, YearSource::Title)));
    /// ```
    pub fn plan_year_and_source(&self) -> Option<(u16, YearSource)> {
        year_of_sections(&self.sections)
            .map(|y| (y, YearSource::SectionTitles))
            .or_else(|| self.date.map(|d| (d.year, YearSource::Date)))
            .or_else(|| {
                let title = self.title.as_deref().filter(|t| t.contains("工作报告"))?;
                Some((crate::header::year_in(title)?, YearSource::Title))
            })
            .or_else(|| self.published.map(|d| (d.year, YearSource::Published)))
    }
}

/// Where a report's plan year is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum YearSource {
    /// The years of its section titles ("二、2024年工作安排"; a review's plus one).
    SectionTitles,
    /// Its header date.
    Date,
    /// The year its title names ("2008年政府工作报告").
    Title,
    /// The date its page or news article was published ([`Report::published`]).
    Published,
}

/// The year a report's sections say it plans: a plan section's year, else a review's plus
/// one.
pub(crate) fn year_of_sections(sections: &[Section]) -> Option<u16> {
    let of = |kind: SectionKind| {
        sections
            .iter()
            .filter(|s| s.kind == kind)
            .find_map(|s| s.year)
    };
    of(SectionKind::Plan).or_else(|| of(SectionKind::Review).map(|y| y + 1))
}

fn collect_headings<'t>(blocks: &'t [Block], out: &mut Vec<&'t Heading>) {
    for block in blocks {
        if let Block::Heading(h) = block {
            out.push(h);
            collect_headings(&h.children, out);
        }
    }
}

fn collect_paragraphs<'t>(blocks: &'t [Block], out: &mut Vec<&'t Paragraph>) {
    for block in blocks {
        match block {
            Block::Heading(h) => collect_paragraphs(&h.children, out),
            Block::Paragraph(p) => out.push(p),
        }
    }
}

/// A calendar date as a report states it. In JSON: `"2024-04-29"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Four-digit year.
    pub year: u16,
    /// 1–12.
    pub month: u8,
    /// 1–31.
    pub day: u8,
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A major division of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Section {
    /// What the section is about.
    pub kind: SectionKind,
    /// The year the section reviews or plans, stated ("2023年工作回顾") or implied
    /// ("过去一年的工作回顾": the year before the report was given).
    pub year: Option<u16>,
    /// From the section's heading (or first line) to the line before the next section.
    #[cfg_attr(feature = "serde", serde(with = "gwr_span"))]
    pub span: Span,
    /// The section's own heading, at depth 1; `None` for the text before the first
    /// section heading. Its `children` are empty: the section's content is `blocks`.
    pub heading: Option<Heading>,
    /// The section's content: headings (nested) and paragraphs.
    pub blocks: Vec<Block>,
}

/// What a section is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum SectionKind {
    /// Review of last year's work (工作回顾).
    Review,
    /// This year's targets and plan (工作计划/安排/思路, 目标任务).
    Plan,
    /// The government's own conduct (政府自身建设).
    SelfBuilding,
    /// Anything else, including the text before the first section heading.
    Other,
}

/// A piece of a section's content.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "snake_case"))]
pub enum Block {
    /// A numbered heading and what falls under it.
    Heading(Heading),
    /// A paragraph of body text.
    Paragraph(Paragraph),
}

/// A heading such as "（一）镇域经济量质齐升".
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Heading {
    /// 1 for section headings, 2 for the headings under them, and so on.
    pub depth: u8,
    /// The marker's style.
    pub style: MarkerStyle,
    /// The marker as written ("（一）", "3、"); `None` for an unnumbered section title.
    pub marker: Option<CompactString>,
    /// The marker's number: 1 for "一、" and "（1）".
    pub ordinal: Option<u32>,
    /// The text after the marker up to the first 。 or the line end, at most 100 chars (a
    /// longer run is body text under the heading).
    pub title: CompactString,
    /// Marker and title (and the 。 that ends the title, if any).
    #[cfg_attr(feature = "serde", serde(with = "gwr_span"))]
    pub span: Span,
    /// What falls under this heading: body text and deeper headings.
    pub children: Vec<Block>,
}

/// How a heading is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum MarkerStyle {
    /// No marker: a section title on a line of its own ("2023年工作回顾").
    Unnumbered,
    /// 一、 or 一． (Chinese numeral and a pause mark or full stop).
    CjkComma,
    /// （一） or (一).
    CjkParen,
    /// 1、
    DigitComma,
    /// 1. or 1．
    DigitDot,
    /// （1） or (1).
    DigitParen,
    /// ① through ⑳.
    Circled,
    /// 第一， on a short line of its own ("第一，调整和优化农业结构。").
    Ordinal,
}

impl MarkerStyle {
    /// Styles of one family stand in for each other when a list switches style mid-way
    /// (（三） then （4）; 二、 then 3、).
    pub(crate) fn family(self) -> u8 {
        match self {
            MarkerStyle::Unnumbered => 0,
            MarkerStyle::CjkComma | MarkerStyle::DigitComma | MarkerStyle::DigitDot => 1,
            MarkerStyle::CjkParen | MarkerStyle::DigitParen => 2,
            MarkerStyle::Circled => 3,
            MarkerStyle::Ordinal => 4,
        }
    }
}

/// A paragraph: one line of body text, or several lines of a hard-wrapped paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Paragraph {
    /// From the first character of body text to the end of its last line.
    #[cfg_attr(feature = "serde", serde(with = "gwr_span"))]
    pub span: Span,
    /// Set on the paragraph that states the year's targets or the problems.
    pub role: Option<ParagraphRole>,
    /// The sentences, in order; they cover the paragraph's text.
    pub sentences: Vec<Sentence>,
    /// List items 一是… 二是… found in the paragraph.
    pub items: Vec<ListItem>,
}

/// What a marked paragraph states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum ParagraphRole {
    /// The year's main targets (主要预期目标是…).
    Targets,
    /// The problems and shortcomings (我们也清醒认识到…).
    Problems,
}

/// A sentence: text up to and including its terminator (。！？) and closing quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Sentence {
    /// Where it is; surrounding white space is left out.
    #[cfg_attr(feature = "serde", serde(with = "gwr_span"))]
    pub span: Span,
}

/// A list item 一是… 二是…, from its marker to the next item or the paragraph's end.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct ListItem {
    /// 1 for 一是.
    pub ordinal: u32,
    /// Where it is, marker included.
    #[cfg_attr(feature = "serde", serde(with = "gwr_span"))]
    pub span: Span,
}

/// Something the grammar noticed but could not make sense of.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Diagnostic {
    /// What kind of problem.
    pub kind: DiagnosticKind,
    /// Where.
    #[cfg_attr(feature = "serde", serde(with = "gwr_span"))]
    pub span: Span,
    /// A sentence for a person.
    pub message: String,
}

/// The kinds of [`Diagnostic`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DiagnosticKind {
    /// The text ends in the middle of a report.
    Truncated,
    /// A table of contents lists more reports than the text holds.
    MissingReports,
    /// A heading list changes marker style mid-way (（三） then （4）).
    StyleSwitch,
    /// No report text at all (empty, or only web-page debris).
    NoReport,
}

#[cfg(feature = "serde")]
mod date_serde {
    use super::Date;
    use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error};

    impl Serialize for Date {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(self)
        }
    }

    impl<'de> Deserialize<'de> for Date {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
            let mut parts = text.splitn(3, '-').map(str::parse::<u16>);
            match (parts.next(), parts.next(), parts.next()) {
                (Some(Ok(year)), Some(Ok(month @ 1..=12)), Some(Ok(day @ 1..=31))) => Ok(Date {
                    year,
                    month: month as u8,
                    day: day as u8,
                }),
                _ => Err(D::Error::custom(format!(
                    "expected a date as YYYY-MM-DD, found {text:?}"
                ))),
            }
        }
    }
}
