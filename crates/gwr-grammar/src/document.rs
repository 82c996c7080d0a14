//! Assembles classified lines into the document tree: reports, chrome, headers, sections,
//! headings, paragraphs.

use rayon::prelude::*;

use crate::{
    Options, header, lexicon,
    lines::{self, Line, LineKind, at_most_chars, is_contents_entry, is_lone_number, is_space},
    sentence,
    tree::{
        Block, Diagnostic, DiagnosticKind, Document, Heading, MarkerStyle, Paragraph, Report,
        Section, SectionKind, Segment, SegmentKind, Span,
    },
};

pub(crate) fn build<'a>(text: &'a str, options: &Options) -> Document<'a> {
    let lines = lines::lines(text);
    let mut diagnostics = Vec::new();
    let contents = contents_range(text, &lines);
    let bounds = report_bounds(text, &lines, contents.clone());

    if let Some(c) = &contents {
        let listed = lines[c.clone()]
            .iter()
            .filter(|l| {
                let content = l.content(text);
                is_contents_entry(content)
                    && lexicon::TITLE_PHRASES.iter().any(|p| content.contains(p))
            })
            .count();
        if listed > bounds.len() {
            diagnostics.push(Diagnostic {
                kind: DiagnosticKind::MissingReports,
                span: lines[c.start].start..lines[c.end - 1].ce(),
                message: format!(
                    "the table of contents lists {listed} reports but the text holds {}",
                    bounds.len()
                ),
            });
        }
    }

    // Reports are read independently, in parallel; their diagnostics keep document order.
    let built: Vec<(Report, Vec<Diagnostic>)> = bounds
        .par_iter()
        .map(|b| build_report(text, &lines, b.clone()))
        .collect();
    let mut reports = Vec::with_capacity(built.len());
    for (report, mut report_diagnostics) in built {
        reports.push(report);
        diagnostics.append(&mut report_diagnostics);
    }
    split_paragraphs(text, &mut reports, options);
    if reports.is_empty() {
        diagnostics.push(Diagnostic {
            kind: DiagnosticKind::NoReport,
            span: 0..text.len(),
            message: if text.trim_matches(is_space).is_empty() {
                "the text is empty".to_owned()
            } else {
                "no report text found: only web-page debris or a table of contents".to_owned()
            },
        });
    }
    let contents_span = contents.map(|c| lines[c.start].cs()..lines[c.end - 1].ce());
    let segments = segments(text, &reports, contents_span);
    Document {
        source: text,
        schema_version: crate::SCHEMA_VERSION,
        segments,
        reports,
        diagnostics,
    }
}

/// Line indices of a table of contents: the 目录 line and the entries after it.
fn contents_range(text: &str, lines: &[Line]) -> Option<std::ops::Range<usize>> {
    let open = lines
        .iter()
        .position(|l| l.kind == LineKind::ContentsOpen)?;
    let mut end = open + 1;
    for (i, line) in lines.iter().enumerate().skip(open + 1) {
        let content = line.content(text);
        match line.kind {
            LineKind::Blank => continue,
            _ if is_contents_entry(content) || is_lone_number(content) => end = i + 1,
            _ => break,
        }
    }
    Some(open..end)
}

/// Line index ranges of the reports, in order.
fn report_bounds(
    text: &str,
    lines: &[Line],
    contents: Option<std::ops::Range<usize>>,
) -> Vec<std::ops::Range<usize>> {
    let in_contents = |i: usize| contents.as_ref().is_some_and(|c| c.contains(&i));
    let mut starts: Vec<usize> = Vec::new();
    // Whether the current report has shown body structure (a greeting or a heading): a
    // title before that is the same report's title repeated, not a new report.
    let mut has_body = false;
    // Whether the current report has headings: its opening words after them start it again.
    let mut has_headings = false;
    let mut current_title: Option<&str> = None;
    for (i, line) in lines.iter().enumerate() {
        if in_contents(i) {
            continue;
        }
        match line.kind {
            // "现在，我代表市人民政府向大会作报告" after the report's headings: a web page that
            // prints the report twice, the second copy without its title. The copy starts
            // at its greeting, if one stands before.
            LineKind::Text if has_headings && opens_report(line.content(text)) => {
                if starts.is_empty() {
                    starts.extend(
                        (after_contents(&contents)..i).find(|&k| is_report_text(&lines[k])),
                    );
                }
                let greeting = (0..i)
                    .rev()
                    .find(|&k| lines[k].kind != LineKind::Blank)
                    .filter(|&k| header::greeting(lines[k].content(text)).is_some());
                starts.push(greeting.unwrap_or(i));
                has_headings = false;
                has_body = true;
            }
            LineKind::Title => {
                let content = line.content(text);
                // Report text with a greeting or headings before the first title is a
                // report of its own, untitled: the title after it starts another.
                if starts.is_empty() && has_body {
                    let first = (after_contents(&contents)..i).find(|&k| is_report_text(&lines[k]));
                    starts.extend(first);
                }
                // A PDF's running page header repeats the report's title mid-report, or,
                // naming no place, stands inside a sentence a page broke ("…地区生产总值增" /
                // "政府工作报告（2012）" / "第 4 页" / "长12%左右"): not a new report.
                let running_header = has_body
                    && (current_title == Some(content)
                        || (is_placeless_title(content) && breaks_a_sentence(text, lines, i)));
                if (starts.is_empty() || has_body) && !running_header {
                    starts.push(i);
                    has_body = false;
                    has_headings = false;
                    current_title = Some(content);
                }
            }
            LineKind::Heading(_) | LineKind::SectionTitle(_) => {
                has_body = true;
                has_headings = true;
            }
            LineKind::Text if header::greeting(line.content(text)).is_some() => has_body = true,
            _ => {}
        }
    }
    let after_contents = after_contents(&contents);
    if starts.is_empty() {
        // No title: the whole text is one report, from its first line of report text.
        match (after_contents..lines.len()).find(|&i| is_report_text(&lines[i])) {
            Some(first) => starts.push(first),
            None => return Vec::new(),
        }
    } else if let Some(first) = starts.first_mut() {
        // Lines just before the first title belong to its report (a filing line such as
        // "…会议文件之九"), unless they are debris or a table of contents.
        let mut i = *first;
        while i > after_contents {
            let prev = &lines[i - 1];
            if prev.kind == LineKind::Blank {
                i -= 1;
                continue;
            }
            if prev.kind != LineKind::Text {
                break;
            }
            i -= 1;
            *first = i;
        }
    }
    // A title naming no place after the first report, with no report text after it, is a
    // running page header at the text's end, not a report of its own.
    // (Each title is judged by the lines up to the next start as found, so one pass does.)
    let keep: Vec<bool> = (0..starts.len())
        .map(|k| {
            let limit = starts.get(k + 1).copied().unwrap_or(lines.len());
            let start = starts[k];
            k == 0
                || !is_running_header(text, &lines[start])
                || (start + 1..limit).any(|i| is_report_text(&lines[i]))
        })
        .collect();
    // Those headers stand outside every report, as the debris after a report's end does.
    let headers: Vec<usize> = starts
        .iter()
        .zip(&keep)
        .filter(|&(_, &kept)| !kept)
        .map(|(&start, _)| start)
        .collect();
    let mut keep = keep.into_iter();
    starts.retain(|_| keep.next().unwrap_or(true));
    let mut bounds = Vec::with_capacity(starts.len());
    for (k, &start) in starts.iter().enumerate() {
        let limit = starts.get(k + 1).copied().unwrap_or(lines.len());
        // The report ends at its last line of report text; debris after it is outside.
        if let Some(last) = (start..limit)
            .rev()
            .find(|&i| is_report_text(&lines[i]) && headers.binary_search(&i).is_err())
        {
            bounds.push(start..last + 1);
        }
    }
    bounds
}

/// The words that open a report's body: "现在，我代表市人民政府，向大会报告政府工作".
fn opens_report(content: &str) -> bool {
    let rest = content.trim_start_matches(is_space);
    let rest = rest
        .strip_prefix("现在")
        .map_or(rest, |r| r.trim_start_matches(['，', ',']));
    // "报告" starting within the first 90 bytes (thirty chars).
    let window = floor_char_boundary(rest, 90 - 1 + "报告".len());
    rest.starts_with("我代表") && rest[..window].contains("报告")
}

/// The first line after a table of contents, or 0.
fn after_contents(contents: &Option<std::ops::Range<usize>>) -> usize {
    contents.as_ref().map_or(0, |c| c.end)
}

fn is_report_text(line: &Line) -> bool {
    !line.is_void() && line.kind != LineKind::ContentsOpen
}

/// The top-level segments: reports, and the gaps between them split into contents,
/// chrome and blank pieces. They tile the text.
fn segments(text: &str, reports: &[Report], contents: Option<Span>) -> Vec<Segment> {
    let mut out = Vec::with_capacity(reports.len() * 2 + 3);
    let mut pos = 0;
    let push_gap = |out: &mut Vec<Segment>, gap: Span| {
        let mut pieces = vec![gap.clone()];
        if let Some(c) = contents
            .as_ref()
            .filter(|c| c.start >= gap.start && c.end <= gap.end)
        {
            pieces = vec![gap.start..c.start, c.clone(), c.end..gap.end];
        }
        for piece in pieces.into_iter().filter(|p| !p.is_empty()) {
            let kind = if contents.as_ref() == Some(&piece) {
                SegmentKind::Contents
            } else if text[piece.clone()].trim_matches(is_space).is_empty() {
                SegmentKind::Blank
            } else {
                SegmentKind::Chrome
            };
            out.push(Segment { kind, span: piece });
        }
    };
    for report in reports {
        push_gap(&mut out, pos..report.span.start);
        out.push(Segment {
            kind: SegmentKind::Report,
            span: report.span.clone(),
        });
        pos = report.span.end;
    }
    push_gap(&mut out, pos..text.len());
    out
}

/// One level of the open heading stack while a section is read.
struct Level {
    /// The styles this level's list has used (several after a style switch).
    styles: Vec<MarkerStyle>,
    ordinal: u32,
    heading: Option<Heading>,
    blocks: Vec<Block>,
    /// Ordinal of the last 一是/二是 item under this level.
    last_item: u32,
}

impl Level {
    fn new(heading: Option<Heading>) -> Self {
        Level {
            styles: heading.iter().map(|h| h.style).collect(),
            ordinal: heading.as_ref().and_then(|h| h.ordinal).unwrap_or(0),
            heading,
            blocks: Vec::new(),
            last_item: 0,
        }
    }

    fn family(&self) -> Option<u8> {
        self.styles.first().map(|s| s.family())
    }
}

/// Reads one report's lines into a [`Report`].
struct ReportBuilder<'t> {
    text: &'t str,
    /// The year of the header's date: relative section titles (今年工作回顾) count from it.
    date_year: Option<u16>,
    sections: Vec<Section>,
    /// Kind, year and start of the section being read.
    section: Option<(SectionKind, Option<u16>, Option<i32>, usize)>,
    /// levels[0] is the section; deeper levels are open headings.
    levels: Vec<Level>,
    chrome: Vec<Span>,
    diagnostics: Vec<Diagnostic>,
}

/// The report within `bounds` (line indices), and what was found wrong in it.
fn build_report(
    text: &str,
    lines: &[Line],
    bounds: std::ops::Range<usize>,
) -> (Report, Vec<Diagnostic>) {
    let span = lines[bounds.start].start..lines[bounds.end - 1].ce();
    let header = header::read(text, lines, bounds.start, bounds.end);
    // A page's publication date stands at its top, or else in its footer.
    let published = header
        .published
        .or_else(|| header::trailer_published(text, lines, bounds.start, bounds.end));
    let mut b = ReportBuilder {
        text,
        date_year: header.date.map(|d| d.year),
        sections: Vec::new(),
        section: None,
        levels: Vec::new(),
        chrome: Vec::new(),
        diagnostics: Vec::new(),
    };
    for line in &lines[bounds.start..bounds.end] {
        if let Some(m) = line.markers() {
            b.chrome.push(m);
        }
    }
    let body_start = header.body_from.unwrap_or_else(|| {
        lines
            .get(header.end_line)
            .filter(|_| header.end_line < bounds.end)
            .map_or(span.end, |l| l.start)
    });
    b.open_section(SectionKind::Other, None, None, body_start, None);

    let mut i = header.end_line;
    if let Some(from) = header.body_from {
        i = b.paragraph(lines, i - 1, from, bounds.end) + 1;
    }
    while i < bounds.end {
        let line = &lines[i];
        match line.kind {
            LineKind::Blank => {}
            LineKind::Chrome | LineKind::Compilation => {
                if line.markers().is_none() {
                    b.chrome.push(line.cs()..line.ce());
                }
            }
            LineKind::SectionTitle(kind) => {
                let title = line.content(text);
                let heading = Heading {
                    depth: 1,
                    style: MarkerStyle::Unnumbered,
                    marker: None,
                    ordinal: None,
                    title: title.into(),
                    span: line.cs()..line.ce(),
                    children: Vec::new(),
                };
                let (year, offset) = section_year(title);
                b.open_section(kind, year, offset, line.start, Some(heading));
            }
            LineKind::Heading(marker) => {
                let content = line.content(text);
                let after = &content[marker.len_with_space()..];
                // The title runs to the first 。 or the line end, but no further than a
                // title can be: past that the line is body text under the heading.
                let limit = after
                    .char_indices()
                    .nth(MAX_TITLE_CHARS)
                    .map_or(after.len(), |(i, _)| i);
                let (title_len, stop) = match after[..limit].find('。') {
                    Some(at) => (at, '。'.len_utf8()),
                    None => (limit, 0),
                };
                let title = after[..title_len].trim_end_matches(is_space);
                let heading_end = line.cs() + marker.len_with_space() + title_len + stop;
                let heading = Heading {
                    depth: 0,
                    style: marker.style,
                    marker: Some(content[..marker.len()].into()),
                    ordinal: Some(marker.ordinal()),
                    title: title.into(),
                    span: line.cs()..heading_end,
                    children: Vec::new(),
                };
                b.place_heading(heading, line.start);
                if heading_end < line.ce() {
                    i = b.paragraph(lines, i, heading_end, bounds.end);
                }
            }
            LineKind::Title | LineKind::ContentsOpen | LineKind::Text => {
                i = b.paragraph(lines, i, line.cs(), bounds.end);
            }
        }
        i += 1;
    }
    b.close_section(span.end);

    let last = (bounds.start..bounds.end)
        .rev()
        .map(|k| &lines[k])
        .find(|l| is_report_text(l));
    let truncated = last.is_some_and(|l| looks_cut_off(l, text));
    if truncated {
        let l = last.map_or(span.end..span.end, |l| l.cs()..l.ce());
        b.diagnostics.push(Diagnostic {
            kind: DiagnosticKind::Truncated,
            span: l,
            message: "the text stops in the middle of this report: its last line is a heading or an unfinished sentence".to_owned(),
        });
    }
    let mut sections = b.sections;
    // The year the report plans decides the years its sections imply: the year its titles
    // give, else its date's (a report given in December 2019 for 2020 reviews 2019).
    let delivery = crate::tree::year_of_sections(&sections)
        .or(header.date.map(|d| d.year))
        .or(header.title_year)
        .or(published.map(|d| d.year));
    kinds_by_year(&mut sections, delivery);
    plan_after_review(&mut sections);
    for s in &mut sections {
        s.year = s.year.or_else(|| implied_year(s, delivery));
    }
    // Drop the blank preamble left when the body starts with a section heading.
    if sections.len() > 1 && sections[0].heading.is_none() && sections[0].blocks.is_empty() {
        let first = sections.remove(0);
        sections[0].span.start = first.span.start;
    }
    let header_span = span.start..sections.first().map_or(span.end, |s| s.span.start);
    // Markers are gathered line by line before the body is read, page numbers as
    // paragraphs pass them: the report keeps them in text order.
    let mut chrome = b.chrome;
    chrome.sort_unstable_by_key(|c| c.start);
    let place = header
        .place
        .or_else(|| header::body_place(&text[span.clone()]));
    let report = Report {
        span,
        title: header.title,
        place,
        jurisdiction: header.jurisdiction,
        date: header.date,
        published,
        meeting: header.meeting,
        speaker: header.speaker,
        speaker_title: header.speaker_title,
        greeting: header.greeting,
        header_span,
        truncated,
        sections,
        chrome,
    };
    (report, b.diagnostics)
}

/// A numbered section whose title names a year but no kind ("一、关于2008年的工作") is the
/// review when that year is the one before the report's, and the plan when it is the
/// report's own.
fn kinds_by_year(sections: &mut [Section], delivery: Option<u16>) {
    let Some(delivery) = delivery else { return };
    for s in sections {
        let numbered = s
            .heading
            .as_ref()
            .is_some_and(|h| h.style != MarkerStyle::Unnumbered);
        if s.kind != SectionKind::Other || !numbered {
            continue;
        }
        match s.year {
            Some(y) if y + 1 == delivery => s.kind = SectionKind::Review,
            Some(y) if y == delivery => s.kind = SectionKind::Plan,
            _ => {}
        }
    }
}

/// A numbered section after the review whose title names no kind is part of the plan:
/// reports set out the year's work section by section ("二、抓紧有利时机，加快经济发展")
/// until the government's own conduct, national unity or foreign affairs, which end it.
fn plan_after_review(sections: &mut [Section]) {
    let mut after_review = false;
    for s in sections {
        match s.kind {
            SectionKind::Review => after_review = true,
            SectionKind::SelfBuilding => return,
            SectionKind::Plan => {}
            SectionKind::Other => {
                let Some(h) = &s.heading else { continue };
                if lexicon::NOT_PLAN_PHRASES
                    .iter()
                    .any(|p| h.title.contains(p))
                {
                    return;
                }
                if after_review && h.style != MarkerStyle::Unnumbered {
                    s.kind = SectionKind::Plan;
                }
            }
        }
    }
}

/// The year a section title states, or its offset from the delivery year ("过去一年").
fn section_year(title: &str) -> (Option<u16>, Option<i32>) {
    if let Some(y) = title_year(title) {
        return (Some(y), None);
    }
    let offset = lexicon::RELATIVE_YEARS
        .iter()
        .find(|(phrase, _)| title.contains(phrase))
        .map(|(_, off)| *off);
    (None, offset)
}

/// See [`crate::title_year`].
pub(crate) fn title_year(title: &str) -> Option<u16> {
    // "2003年以来工作回顾" reviews the years since 2003, "“十四五”规划和2035年远景目标" a
    // plan's years up to a vision's: no one year of their own.
    header::year_in(title).filter(|_| {
        !title.contains("年以来") && !lexicon::VISION_WORDS.iter().any(|w| title.contains(w))
    })
}

/// The year a paragraph opens on as its topic ("2017年，是…", "2017年是…").
fn opening_year(paragraph: &str) -> Option<u16> {
    let text = paragraph.trim_start_matches([' ', '　']);
    let (at, _) = text.char_indices().take(6).find(|&(_, c)| c == '年')?;
    let after = text[at + '年'.len_utf8()..].chars().next()?;
    if !matches!(after, '，' | ',' | '是') {
        return None;
    }
    header::year_in(&text[..at + '年'.len_utf8()])
}

/// The year a section's kind implies: a review looks at the year before the report, a plan
/// at the report's own year.
fn implied_year(section: &Section, delivery: Option<u16>) -> Option<u16> {
    let delivery = i32::from(delivery?);
    let offset = match section.kind {
        SectionKind::Review => -1,
        SectionKind::Plan => 0,
        _ => return None,
    };
    u16::try_from(delivery + offset).ok()
}

/// A report whose last line is a bare heading (no body after its title), or a long line
/// that stops mid-sentence.
fn looks_cut_off(line: &Line, text: &str) -> bool {
    let content = line.content(text);
    if line.is_heading() && !content.contains('。') {
        return true;
    }
    let finished = content
        .chars()
        .next_back()
        .is_some_and(|c| "。！？!?；;：:”」』）)…》．.".contains(c));
    !finished && !at_most_chars(content, 19)
}

impl ReportBuilder<'_> {
    fn open_section(
        &mut self,
        kind: SectionKind,
        year: Option<u16>,
        offset: Option<i32>,
        start: usize,
        heading: Option<Heading>,
    ) {
        self.close_section(start);
        self.section = Some((kind, year, offset, start));
        self.levels = vec![Level::new(heading)];
    }

    fn close_section(&mut self, end: usize) {
        while self.levels.len() > 1 {
            self.pop_level();
        }
        let Some((kind, year, offset, start)) = self.section.take() else {
            return;
        };
        let Some(root) = self.levels.pop() else {
            return;
        };
        // "今年工作回顾" and "明年工作安排" in a report dated December 2019: 2019 and 2020.
        let year = year.or_else(|| {
            let from = i32::from(self.date_year?);
            u16::try_from(from + offset?).ok()
        });
        // "过去一年的工作" over "2017年，是…的一年": a review titled without its year opens
        // on it. (Not a review of several years: "过去五年…" opens on its first.)
        let year = year.or_else(|| {
            let one_year = kind == SectionKind::Review
                && root
                    .heading
                    .as_ref()
                    .is_none_or(|h| offset.is_some() || !h.title.contains('年'));
            match root.blocks.first() {
                Some(Block::Paragraph(p)) if one_year => opening_year(&self.text[p.span.clone()]),
                _ => None,
            }
        });
        self.sections.push(Section {
            kind,
            year,
            span: start..end,
            heading: root.heading,
            blocks: root.blocks,
        });
    }

    fn pop_level(&mut self) {
        if let Some(level) = self.levels.pop()
            && let (Some(mut heading), Some(parent)) = (level.heading, self.levels.last_mut())
        {
            heading.children = level.blocks;
            parent.blocks.push(Block::Heading(heading));
        }
    }

    /// Places a numbered heading: as a sibling of an open level that uses its style, as
    /// the next item of a list that switched style, as a new section, or as a child.
    fn place_heading(&mut self, mut heading: Heading, line_start: usize) {
        let style = heading.style;
        let ordinal = heading.ordinal.unwrap_or(0);
        let section_numbered = self.levels[0]
            .heading
            .as_ref()
            .is_some_and(|h| h.style != MarkerStyle::Unnumbered);
        // A marker numbered 1 under a section of its own style ("一．" under "二、") starts a
        // list inside the section. Deeper down, it restarts the open list of its style at
        // that depth, so "（一）" lines repeated never nest without bound.
        let same_style = (0..self.levels.len()).rev().find(|&k| {
            let level = &self.levels[k];
            let restarts_section = k == 0 && ordinal == 1 && level.ordinal != 0;
            (k > 0 || section_numbered) && level.styles.contains(&style) && !restarts_section
        });
        let switched = || {
            (0..self.levels.len()).rev().find(|&k| {
                (k > 0 || section_numbered)
                    && self.levels[k].family() == Some(style.family())
                    && self.levels[k].ordinal + 1 == ordinal
            })
        };
        let level = match same_style {
            Some(k) => Some(k),
            None => {
                let k = switched();
                if let Some(k) = k {
                    let previous = self.levels[k]
                        .heading
                        .as_ref()
                        .and_then(|h| h.marker.clone())
                        .unwrap_or_default();
                    self.levels[k].styles.push(style);
                    let marker = heading.marker.clone().unwrap_or_default();
                    self.diagnostics.push(Diagnostic {
                        kind: DiagnosticKind::StyleSwitch,
                        span: heading.span.clone(),
                        message: format!(
                            "heading {marker} follows {previous} in another numbering style; read as item {ordinal} of the same list"
                        ),
                    });
                }
                k
            }
        };
        match level {
            Some(0) => self.numbered_section(heading, line_start),
            Some(k) => {
                // The new sibling keeps every style its list has used, so after （三）（4）
                // both （五） and （5） continue it.
                let styles = std::mem::take(&mut self.levels[k].styles);
                while self.levels.len() > k {
                    self.pop_level();
                }
                heading.depth = depth(k);
                let mut new = Level::new(Some(heading));
                new.styles = styles;
                self.levels.push(new);
            }
            None if self.levels.len() >= MAX_LEVELS => {
                // Seven marker styles give at most eight real levels; past a bound, a
                // heading stays a sibling of the deepest one rather than nest further.
                let k = self.levels.len() - 1;
                while self.levels.len() > k {
                    self.pop_level();
                }
                heading.depth = depth(k);
                self.levels.push(Level::new(Some(heading)));
            }
            None => {
                // A numbered section title ("一、2023年工作回顾") opens a section, unless it
                // stands inside an unnumbered section's list.
                let root = &self.levels[0];
                // In a report's unnumbered preamble, a 一、 list is the report's own sections
                // ("一、扩大和培育内需，促进经济较快增长"), whatever its titles say.
                // Under an unnumbered review title, a 一、 list the paragraph before announces
                // ("今年要着重做好以下八个方面工作。") turns to the plan: its items are the
                // report's sections too. Under a plan title they are the plan's parts.
                let current = self.section.as_ref().map(|s| s.0);
                let in_review = current == Some(SectionKind::Review);
                let opens_sections = style == MarkerStyle::CjkComma
                    && (root.heading.is_none()
                        || (!section_numbered
                            && in_review
                            && ordinal == 1
                            && self.levels.len() == 1
                            && self.announces_list(root)));
                let kind = lines::numbered_section_kind(&heading.title);
                // Under a section title without a number ("—.2006年工作回顾", a marker the
                // scan garbled), "二、2007年工作目标" names a part of another kind: the next
                // section, however deep the headings before it went.
                let after_unnumbered_title = style == MarkerStyle::CjkComma
                    && !section_numbered
                    && root.heading.is_some()
                    && kind.is_some_and(|k| Some(k) != current)
                    && !self.levels.iter().any(|l| l.styles.contains(&style));
                let is_section = after_unnumbered_title
                    || (self.levels.len() == 1
                        && (opens_sections
                            || ((root.heading.is_none()
                                || (section_numbered && root.family() == Some(style.family())))
                                && kind.is_some())));
                if is_section {
                    self.numbered_section(heading, line_start);
                } else {
                    heading.depth = depth(self.levels.len());
                    self.levels.push(Level::new(Some(heading)));
                }
            }
        }
    }

    /// Whether the last block under `level` is a paragraph announcing a list of sections.
    /// Not a list of what the past year did ("过去的一年，政府工作主要着力于以下六个方面："):
    /// its items are the review's parts.
    fn announces_list(&self, level: &Level) -> bool {
        let Some(Block::Paragraph(p)) = level.blocks.last() else {
            return false;
        };
        let paragraph = &self.text[p.span.clone()];
        lexicon::LIST_ANNOUNCEMENTS.iter().any(|w| {
            paragraph.find(w).is_some_and(|at| {
                let sentence_start = paragraph[..at]
                    .rfind(['。', '！', '？', '；'])
                    .map_or(0, |stop| stop + '。'.len_utf8());
                lines::titled_kind(&paragraph[sentence_start..at]) != Some(SectionKind::Review)
            })
        })
    }

    fn numbered_section(&mut self, mut heading: Heading, line_start: usize) {
        heading.depth = 1;
        let kind = lines::numbered_section_kind(&heading.title).unwrap_or(SectionKind::Other);
        let (year, offset) = section_year(&heading.title);
        let styles = self.levels[0].styles.clone();
        self.open_section(kind, year, offset, line_start, Some(heading));
        for s in styles {
            if !self.levels[0].styles.contains(&s) {
                self.levels[0].styles.push(s);
            }
        }
    }

    /// The line that continues line `i`'s paragraph, if one does: the next line, when `i`
    /// stops without closing punctuation (a PDF's hard wrap), or the next text line past
    /// blank lines, when `i` stops on a comma (a paragraph never ends on "、" or "，": the
    /// page broke it). A page number between a line that stops mid-sentence and the next
    /// text line is passed over too ("…生产总值达到" / "— 1 —" / "370.62亿元，…"): the page
    /// broke the sentence. It stays the report's chrome, inside the paragraph's span.
    fn continuation(&self, lines: &[Line], i: usize, end_line: usize) -> Option<usize> {
        let content = lines[i].content(self.text);
        if !ends_mid_sentence(content) {
            return None;
        }
        let gap_end = end_line.min(i + 1 + MAX_GAP_LINES);
        // A page number, or a running page header that names no place (a title line that
        // started no report, see `report_bounds`).
        let page_number = |k: usize| {
            is_page_number_line(self.text, &lines[k]) || is_running_header(self.text, &lines[k])
        };
        let next =
            (i + 1..gap_end).find(|&k| lines[k].kind != LineKind::Blank && !page_number(k))?;
        // A running header is passed only at a page break: with a page number beside it.
        let header_without_number = (i + 1..next).any(|k| lines[k].kind == LineKind::Title)
            && !(i + 1..next).any(|k| is_page_number_line(self.text, &lines[k]));
        if header_without_number {
            return None;
        }
        // A hard wrap goes on at the next line, or past a page break.
        let passed =
            content.ends_with(['、', '，', ',']) || next == i + 1 || (i + 1..next).any(page_number);
        (passed && lines[next].kind == LineKind::Text).then_some(next)
    }

    /// Reads a paragraph starting at byte `from` of line `i`, joining the hard-wrapped
    /// lines that follow, past page numbers (kept as chrome). Returns the index of its
    /// last line.
    fn paragraph(&mut self, lines: &[Line], i: usize, from: usize, end_line: usize) -> usize {
        let mut last = i;
        while let Some(next) = self.continuation(lines, last, end_line) {
            self.chrome.extend(
                lines[last + 1..next]
                    .iter()
                    .filter(|l| l.kind == LineKind::Chrome || is_running_header(self.text, l))
                    .map(|l| l.cs()..l.ce()),
            );
            last = next;
        }
        let span = from..lines[last].ce();
        let body = &self.text[span.clone()];
        let level = self
            .levels
            .last_mut()
            .expect("a section level is always open");
        // Sentences and role come later, in `split_paragraphs`.
        let paragraph = Paragraph {
            role: None,
            sentences: Vec::new(),
            items: sentence::items(body, span.start, &mut level.last_item),
            span,
        };
        level.blocks.push(Block::Paragraph(paragraph));
        last
    }
}

/// Splits every paragraph of `reports` into sentences and reads its role. Neither depends
/// on anything outside the paragraph, so the paragraphs are split in parallel, once the
/// tree that needs no sentences is built.
fn split_paragraphs(text: &str, reports: &mut [Report], options: &Options) {
    fn collect<'r>(blocks: &'r mut [Block], out: &mut Vec<&'r mut Paragraph>) {
        for block in blocks {
            match block {
                Block::Heading(h) => collect(&mut h.children, out),
                Block::Paragraph(p) => out.push(p),
            }
        }
    }
    let mut paragraphs = Vec::new();
    for section in reports.iter_mut().flat_map(|r| r.sections.iter_mut()) {
        collect(&mut section.blocks, &mut paragraphs);
    }
    paragraphs
        .into_par_iter()
        .with_min_len(PARAGRAPHS_PER_TASK)
        .for_each(|p| {
            let body = &text[p.span.clone()];
            p.sentences = sentence::sentences(body, p.span.start, options.split_on_semicolon);
            // The role phrase comes early ("各位代表！安而不忘危。在总结成绩的同时，我们也清醒
            // 地认识到…"); a mention deep in a paragraph does not give it a role.
            let lead_end = p
                .sentences
                .get(..ROLE_SENTENCES.min(p.sentences.len()))
                .and_then(<[_]>::last)
                .map_or(0, |s| s.span.end - p.span.start);
            p.role = sentence::role(
                body,
                floor_char_boundary(body, lead_end.min(ROLE_LEAD_BYTES)),
            );
        });
}

/// Paragraphs split by one parallel task at the least: most are a few hundred bytes.
const PARAGRAPHS_PER_TASK: usize = 16;

/// The longest heading title, in chars. Real titles run to 50; a marker followed by a
/// longer run without 。 heads body text.
const MAX_TITLE_CHARS: usize = 100;

/// How many blank lines a page break may put inside a paragraph.
const MAX_GAP_LINES: usize = 4;

/// The deepest heading nesting (section level included).
const MAX_LEVELS: usize = 12;

/// How many leading sentences of a paragraph may carry its role phrase, and within how
/// many bytes (60 chars) of its start.
const ROLE_SENTENCES: usize = 3;
const ROLE_LEAD_BYTES: usize = 60 * 3;

/// The largest char boundary of `s` at or before `i`.
fn floor_char_boundary(s: &str, i: usize) -> usize {
    (0..=i.min(s.len()))
        .rev()
        .find(|&k| s.is_char_boundary(k))
        .unwrap_or(0)
}

fn depth(level_index: usize) -> u8 {
    u8::try_from(level_index + 1).unwrap_or(u8::MAX)
}

/// Whether a title line names no place: it opens on the title's words ("政府工作报告
/// （2012）"), as a PDF's running page header does.
fn is_placeless_title(content: &str) -> bool {
    lexicon::TITLE_PHRASES
        .iter()
        .any(|p| content.starts_with(p))
}

/// Whether `line` is a title line naming no place: a running page header wherever it
/// starts no report.
fn is_running_header(text: &str, line: &Line) -> bool {
    line.kind == LineKind::Title && is_placeless_title(line.content(text))
}

/// Whether `line` is a page number.
fn is_page_number_line(text: &str, line: &Line) -> bool {
    line.kind == LineKind::Chrome && lines::is_page_number(line.content(text))
}

/// Whether line `i` stands where a page broke a sentence: the last line of text before it,
/// past blank lines and page debris, stops mid-sentence, and a page number stands beside
/// line `i`, before or after it.
fn breaks_a_sentence(text: &str, lines: &[Line], i: usize) -> bool {
    let page_number = |l: &Line| is_page_number_line(text, l);
    let before = &lines[i.saturating_sub(MAX_GAP_LINES + 1)..i];
    let after = &lines[i + 1..lines.len().min(i + 2 + MAX_GAP_LINES)];
    let numbered = before
        .iter()
        .rev()
        .take_while(|l| l.is_void())
        .any(page_number)
        || after.iter().take_while(|l| l.is_void()).any(page_number);
    // The sentence goes on after it: text, not a new report's dateline or greeting (a
    // report's last line, 谢谢大家 or its date, stops without punctuation too).
    let goes_on = after.iter().find(|l| !l.is_void()).is_some_and(|l| {
        let content = l.content(text);
        l.kind == LineKind::Text
            && !content.starts_with(['—', '-'])
            && header::greeting(content).is_none()
    });
    numbered
        && goes_on
        && before
            .iter()
            .rev()
            .find(|l| !l.is_void())
            .is_some_and(|l| l.kind == LineKind::Text && ends_mid_sentence(l.content(text)))
}

/// A line that stops without closing punctuation continues on the next line (a PDF's
/// hard wrap).
fn ends_mid_sentence(content: &str) -> bool {
    content
        .chars()
        .next_back()
        .is_some_and(|c| !"。！？!?；;：:”」』）)…》".contains(c))
}
