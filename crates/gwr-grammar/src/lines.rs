//! Splits the text into lines (memchr) and classifies each one by its first chars and a
//! few lexicon look-ups. Everything above this works on classified lines.

use std::{ops::Range, sync::LazyLock};

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use memchr::memchr_iter;
use rayon::prelude::*;

use crate::{
    header, lexicon,
    marker::{self, Marker, is_digit},
    tree::{MarkerStyle, SectionKind, Span},
};

/// One line of the input. Kept to 32 bytes: there is one per line, and a text of a million
/// short lines must not cost more memory traffic than its parse.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// First byte of the line.
    pub(crate) start: usize,
    /// Content, as offsets from `start`: the line without surrounding white space and
    /// leading inline markers.
    cs: u32,
    ce: u32,
    /// Inline markers (`[bookmark: _GoBack]`) before the content, as offsets from `start`;
    /// `[0, 0]` when there are none.
    markers: [u32; 2],
    pub(crate) kind: LineKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// Only white space.
    Blank,
    /// Web-page debris, an inline marker alone, or a page number.
    Chrome,
    /// A compilation's title ("…政府工作报告汇编(19篇)").
    Compilation,
    /// The line that opens a table of contents.
    ContentsOpen,
    /// A report title ("松源镇政府工作报告").
    Title,
    /// A short line that names a section ("2023年工作回顾").
    SectionTitle(SectionKind),
    /// A line that starts with a heading marker.
    Heading(Marker),
    /// Anything else: body text.
    Text,
}

impl Line {
    /// Start of the content.
    pub(crate) fn cs(&self) -> usize {
        self.start + self.cs as usize
    }

    /// End of the content.
    pub(crate) fn ce(&self) -> usize {
        self.start + self.ce as usize
    }

    /// Where the line's inline markers are, if it has any.
    pub(crate) fn markers(&self) -> Option<Span> {
        let [from, to] = self.markers;
        (to > from).then(|| self.start + from as usize..self.start + to as usize)
    }

    pub(crate) fn content<'t>(&self, text: &'t str) -> &'t str {
        &text[self.cs()..self.ce()]
    }

    pub(crate) fn is_heading(&self) -> bool {
        matches!(self.kind, LineKind::Heading(_) | LineKind::SectionTitle(_))
    }

    /// Lines that carry no report text.
    pub(crate) fn is_void(&self) -> bool {
        matches!(
            self.kind,
            LineKind::Blank | LineKind::Chrome | LineKind::Compilation
        )
    }
}

/// Whether `s` has at most `n` chars, without counting past `n` (lines can be megabytes).
pub(crate) fn at_most_chars(s: &str, n: usize) -> bool {
    s.len() <= n || s.chars().nth(n).is_none()
}

pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

static CHROME: LazyLock<AhoCorasick> = LazyLock::new(|| phrase_matcher(lexicon::CHROME_PHRASES));

/// A matcher for a lexicon's phrase set: a DFA with leftmost-first matching, which lets
/// aho-corasick use its SIMD (Teddy) prefilter on these small sets. (The default standard
/// matching falls back to a "rare bytes" prefilter that CJK text defeats: every byte of it
/// is common.)
pub(crate) fn phrase_matcher<I, P>(phrases: I) -> AhoCorasick
where
    I: IntoIterator<Item = P>,
    P: AsRef<[u8]>,
{
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(phrases)
        .expect("lexicon phrases are plain strings, always a valid pattern set")
}

/// The longest line kept whole (offsets in a line are u32).
const MAX_LINE_BYTES: usize = u32::MAX as usize;

/// Splits and classifies every line. A run of blank lines is one [`LineKind::Blank`] line
/// (starting where the run starts): everything above asks only whether a blank line
/// separates two others, and a text of nothing but line breaks must not cost 32 bytes per
/// input byte.
///
/// A line's kind depends on its own text only, so a long text is cut at line breaks into
/// chunks classified in parallel; a blank run that a cut splits is joined again here.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    lines_in_chunks(text, LINES_CHUNK_BYTES)
}

/// [`lines`], with `text` cut into chunks of about `chunk_bytes`.
fn lines_in_chunks(text: &str, chunk_bytes: usize) -> Vec<Line> {
    let chunks = chunks_at_line_breaks(text, chunk_bytes);
    let parts: Vec<Vec<Line>> = chunks
        .into_par_iter()
        .map(|chunk| chunk_lines(text, chunk))
        .collect();
    let mut out = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    for part in parts {
        let blank_run = |l: &Line| l.kind == LineKind::Blank;
        let skip =
            usize::from(out.last().is_some_and(blank_run) && part.first().is_some_and(blank_run));
        out.extend(part.into_iter().skip(skip));
    }
    out
}

/// How many bytes of text one parallel task classifies at the least: a few hundred lines,
/// some 30 µs of work, far above a task's cost. (At 256 KB a whole city report was one
/// task, and the other thread sat idle while its lines were classified.)
const LINES_CHUNK_BYTES: usize = 32 * 1024;

/// `text` cut into ranges of about `size` bytes, each but the last ending just after a line
/// break. An empty text is one empty range.
fn chunks_at_line_breaks(text: &str, size: usize) -> Vec<Range<usize>> {
    let mut chunks = Vec::new();
    let mut start: usize = 0;
    while let Some(nl) = text
        .as_bytes()
        .get(start.saturating_add(size)..)
        .and_then(|rest| memchr::memchr(b'\n', rest))
        .map(|at| start + size + at)
        .filter(|&nl| nl + 1 < text.len())
    {
        chunks.push(start..nl + 1);
        start = nl + 1;
    }
    chunks.push(start..text.len());
    chunks
}

/// The lines of `chunk`, a range of `text` that starts a line and ends just after a line
/// break or at the text's end.
fn chunk_lines(text: &str, chunk: Range<usize>) -> Vec<Line> {
    let bytes = &text.as_bytes()[chunk.clone()];
    // Counting line breaks first (SIMD, far cheaper than classifying) bounds the vector's
    // size: no regrowth copies on inputs of millions of short lines (but for line breaks
    // written out as text, which only a web page's export leaves). Capacity that blank
    // runs leave unused is given back at the end.
    let mut out = Vec::with_capacity(memchr_iter(b'\n', bytes).count() + 1);
    let mut start = chunk.start;
    let breaks = memchr_iter(b'\n', bytes)
        .map(|at| chunk.start + at)
        .chain(std::iter::once(text.len()).filter(|_| chunk.end == text.len()));
    for nl in breaks {
        if nl == text.len() && start == text.len() && !out.is_empty() {
            break;
        }
        let end = if text.as_bytes()[start..nl].last() == Some(&b'\r') {
            nl - 1
        } else {
            nl
        };
        // Line breaks written out as text by a web page's export (`\r\n`, `\n`) end lines
        // as real ones do.
        let mut from = start;
        for (at, len) in escaped_breaks(&text.as_bytes()[start..end]) {
            push_line(text, &mut out, from, start + at);
            from = start + at + len;
        }
        push_line(text, &mut out, from, end);
        start = nl + 1;
    }
    if text.is_empty() {
        out.clear();
    }
    out.shrink_to_fit();
    out
}

/// Appends the line from `start` to `end` (its break excluded) to `out`: cut into pieces
/// when too long for its offsets, split where a section heading is glued to its end, and
/// left out when it is blank after a blank line.
fn push_line(text: &str, out: &mut Vec<Line>, start: usize, end: usize) {
    // Offsets inside a line are u32: a line of 4 GiB or more is cut into pieces.
    let mut piece = start;
    while end - piece > MAX_LINE_BYTES {
        let mut cut = piece + MAX_LINE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push(classify(text, piece, cut));
        piece = cut;
    }
    if let Some(cut) = glued_section_heading(&text[piece..end]) {
        out.push(classify(text, piece, piece + cut));
        piece += cut;
    }
    let line = classify(text, piece, end);
    let blank_run =
        line.kind == LineKind::Blank && out.last().is_some_and(|l| l.kind == LineKind::Blank);
    if !blank_run {
        out.push(line);
    }
}

/// The line breaks written out as text in `line` (`\r\n` or `\n`, as a web page's export
/// leaves them), as (offset, length): no report's prose holds a backslash before r or n.
fn escaped_breaks(line: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    // Past the end of the last break found: the \n of a \r\n is not one of its own.
    let mut past = 0;
    memchr_iter(b'\\', line).filter_map(move |at| {
        let rest = &line[at..];
        let len = if rest.starts_with(br"\r\n") {
            4
        } else if rest.starts_with(br"\n") {
            2
        } else {
            return None;
        };
        (at >= past).then(|| {
            past = at + len;
            (at, len)
        })
    })
}

/// The longest tail of a line searched for a glued section heading: a marker, a title of at
/// most 40 chars (as [`numbered_section_kind`] allows) and a few spaces.
const GLUED_HEADING_BYTES: usize = 48 * 3;

/// Where a section heading glued to the end of a paragraph's line starts, as when a page's
/// line breaks were lost ("…认真加以解决。二、2024年工作安排"): after the last sentence end of
/// the line, a 一、-style marker and a title that names a review, a plan or the government's
/// own conduct, or a year ("二、“十二五”目标和2024年主要工作": the year tells which). A careful
/// reader sees the heading; the line is read as two.
fn glued_section_heading(line: &str) -> Option<usize> {
    let mut from = line.len().saturating_sub(GLUED_HEADING_BYTES);
    while !line.is_char_boundary(from) {
        from += 1;
    }
    let (stop, c) = line[from..]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '。' | '！' | '？' | '!' | '?'))?;
    let cut = from + stop + c.len_utf8();
    let rest = line[cut..].trim_start_matches(is_space);
    let m = marker::marker(rest).filter(|m| m.style == MarkerStyle::CjkComma)?;
    let title = &rest[m.len_with_space()..];
    let names_section = match titled_kind(title) {
        Some(kind) => kind != SectionKind::Other,
        None => header::year_in(title).is_some(),
    };
    (names_section && can_be_numbered_title(title)).then_some(cut)
}

fn classify(text: &str, start: usize, end: usize) -> Line {
    let raw = &text[start..end];
    let trimmed = raw.trim_start_matches(is_space);
    let mut cs = start + (raw.len() - trimmed.len());
    let ce = (start + raw.trim_end_matches(is_space).len()).max(cs);
    let mut markers: Option<Span> = None;
    // Word processors leave markers such as [bookmark: _GoBack] glued to a line's start.
    while let Some(len) = inline_marker_len(&text[cs..ce]) {
        let span_start = markers.as_ref().map_or(cs, |m| m.start);
        let after = &text[cs + len..ce];
        let next = cs + len + (after.len() - after.trim_start_matches(is_space).len());
        markers = Some(span_start..cs + len);
        cs = next;
    }
    // Every offset is within the line, which is at most MAX_LINE_BYTES long.
    let offset = |at: usize| u32::try_from(at - start).unwrap_or(u32::MAX);
    let kind = kind_of(&text[cs..ce], markers.is_some());
    Line {
        start,
        cs: offset(cs),
        ce: offset(ce),
        markers: markers.map_or([0, 0], |m| [offset(m.start), offset(m.end)]),
        kind,
    }
}

fn inline_marker_len(content: &str) -> Option<usize> {
    lexicon::INLINE_MARKER_PREFIXES
        .iter()
        .find(|p| content.starts_with(*p))
        .and_then(|_| content.find(']'))
        .map(|close| close + 1)
}

/// Debris lines are short (the longest site notice seen is under 100 chars); a longer line
/// is report text, and is not scanned for debris phrases.
const MAX_CHROME_LINE_BYTES: usize = 150 * 3;

fn is_chrome(content: &str) -> bool {
    content.len() <= MAX_CHROME_LINE_BYTES && CHROME.is_match(content)
}

fn kind_of(content: &str, had_markers: bool) -> LineKind {
    if content.is_empty() {
        return if had_markers {
            LineKind::Chrome
        } else {
            LineKind::Blank
        };
    }
    if let Some(m) = marker::marker(content) {
        // A numbered line can still be debris: a site's notice "1、本站…" after a report.
        if is_chrome(content) {
            return LineKind::Chrome;
        }
        return LineKind::Heading(m);
    }
    if is_page_number(content) || is_chrome(content) {
        return LineKind::Chrome;
    }
    let short = content.len() <= 60 * 3;
    if short && lexicon::TITLE_PHRASES.iter().any(|p| content.contains(p)) {
        if lexicon::COMPILATION_PHRASES
            .iter()
            .any(|p| content.contains(p))
        {
            return LineKind::Compilation;
        }
        // "《政府工作报告》名词解释" names a report in book-title marks, or an appendix of
        // one: a citation or the report's own notes, not the title of a new report.
        let cited = lexicon::TITLE_PHRASES
            .iter()
            .any(|p| content.contains(&format!("《{p}》")))
            || lexicon::APPENDIX_WORDS.iter().any(|w| content.contains(w));
        if !content.contains(['，', ',', '。']) && !cited {
            return LineKind::Title;
        }
    }
    if lexicon::CONTENTS_LINES.contains(&content) {
        return LineKind::ContentsOpen;
    }
    if let Some(kind) = section_kind(content) {
        return LineKind::SectionTitle(kind);
    }
    LineKind::Text
}

/// The kind of section a short title names: "2023年工作回顾", "三、全面加强政府自身建设".
/// Titles with a comma or full stop are sentences, not section titles.
pub(crate) fn section_kind(title: &str) -> Option<SectionKind> {
    if !at_most_chars(title, 24) || title.contains(['，', ',', '。', '；', '：', ':']) {
        return None;
    }
    titled_kind(title)
}

/// The kind a numbered top-level heading names ("八、贯彻依法治国方略，建设廉洁、勤政、务实、
/// 高效政府"): its marker already makes it a title, so a comma inside does not make it a
/// sentence.
pub(crate) fn numbered_section_kind(title: &str) -> Option<SectionKind> {
    if !can_be_numbered_title(title) {
        return None;
    }
    titled_kind(title)
}

/// Whether the text after a 一、 marker can be a section's title: at most 40 chars, no 。 or ；.
fn can_be_numbered_title(title: &str) -> bool {
    at_most_chars(title, 40) && !title.contains(['。', '；'])
}

/// All of [`lexicon::SECTION_PHRASES`], every match reported: [`titled_kind`] takes the
/// phrase first in the list, wherever it stands in the title.
static SECTION_PHRASES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .build(lexicon::SECTION_PHRASES.iter().map(|(phrase, _)| phrase))
        .expect("lexicon phrases are plain strings, always a valid pattern set")
});

pub(crate) fn titled_kind(title: &str) -> Option<SectionKind> {
    // One pass over the title finds every phrase in it, where a substring search per
    // phrase (forty of them) cost a searcher's setup each.
    SECTION_PHRASES
        .find_overlapping_iter(title)
        .map(|m| m.pattern().as_usize())
        .min()
        .and_then(|i| lexicon::SECTION_PHRASES.get(i))
        .map(|(_, row)| match row {
            lexicon::SectionKindRow::Review => SectionKind::Review,
            lexicon::SectionKindRow::Plan => SectionKind::Plan,
            lexicon::SectionKindRow::SelfBuilding => SectionKind::SelfBuilding,
            lexicon::SectionKindRow::Other => SectionKind::Other,
        })
}

/// "12", "- 12 -", "— 12 —", "第12页", "第 3 页 共 20 页", "3/20".
pub(crate) fn is_page_number(content: &str) -> bool {
    let mut digits = 0;
    for c in content.chars() {
        if is_digit(c) {
            digits += 1;
        } else if !(is_space(c) || "-—–－第页共/".contains(c)) {
            return false;
        }
    }
    (1..=8).contains(&digits)
}

/// A table-of-contents entry: "横沥镇2023年政府工作报告 2", "2.六镇镇2023年政府工作报告 31",
/// "第一章 …… 12", or a lone "1." that a web page split from its entry.
pub(crate) fn is_contents_entry(content: &str) -> bool {
    let body = content.trim_end_matches(|c: char| c.is_ascii_digit());
    if body.len() == content.len() {
        return false;
    }
    // A lone number with a stop: "1." / "1、".
    if body.is_empty() {
        return true;
    }
    let before = body.trim_end_matches(|c: char| is_space(c) || "….·．.".contains(c));
    before.len() < body.len() || before.is_empty()
}

/// A lone list number such as "1." or "12、": a table of contents split from its entry.
pub(crate) fn is_lone_number(content: &str) -> bool {
    let body = content.trim_end_matches(['.', '．', '、']);
    body.len() < content.len() && !body.is_empty() && body.chars().all(is_digit)
}
#[cfg(test)]
mod tests {
    #[test]
    fn a_line_is_32_bytes() {
        assert_eq!(std::mem::size_of::<super::Line>(), 32);
    }

    /// Wherever the cuts between parallel chunks fall (in a blank run, between \r and \n
    /// of another line, at the end), the lines are those of the text read whole.
    #[test]
    fn chunks_cut_anywhere_give_the_same_lines() {
        let text = "一、回顾\r\n\n\n 甲。\n\r\n\u{3000}\n乙\n\n二、2024年工作安排\n\n";
        let whole = super::lines_in_chunks(text, usize::MAX);
        let key = |lines: &[super::Line]| -> Vec<_> {
            lines
                .iter()
                .map(|l| (l.start, l.cs, l.ce, l.kind))
                .collect()
        };
        for size in 0..=text.len() {
            let cut = super::lines_in_chunks(text, size);
            assert_eq!(key(&cut), key(&whole), "chunks of {size} bytes");
        }
        assert!(super::lines_in_chunks("", 0).is_empty());
    }

    /// 10 MB of line breaks took 340 MB: one 32-byte line each. A run of blank lines is
    /// one line now, starting where the run starts.
    #[test]
    fn a_run_of_blank_lines_is_one_line() {
        use super::LineKind::{Blank, Text};
        assert_eq!(super::lines(&"\n".repeat(100_000)).len(), 1);
        let text = "甲\n\n \r\n\u{3000}\n乙\n丙\n\n";
        let lines = super::lines(text);
        let kinds: Vec<_> = lines.iter().map(|l| l.kind).collect();
        assert_eq!(kinds, [Text, Blank, Text, Text, Blank]);
        assert_eq!(lines[1].start, "甲\n".len());
        assert_eq!(lines[2].start, "甲\n\n \r\n\u{3000}\n".len());
        assert_eq!(lines[3].content(text), "丙");
    }

    /// A web page's export may leave its line breaks as text: `\r\n` and `\n` end lines,
    /// a backslash before anything else does not.
    #[test]
    fn line_breaks_written_as_text_end_lines() {
        let text = r"一、2023年工作回顾\r\n全市生产总值增长5%。\n\r\n二、2024年工作安排\t乙";
        let lines = super::lines(text);
        let contents: Vec<_> = lines.iter().map(|l| l.content(text)).collect();
        assert_eq!(
            contents,
            [
                "一、2023年工作回顾",
                "全市生产总值增长5%。",
                "",
                r"二、2024年工作安排\t乙"
            ]
        );
        assert_eq!(
            super::escaped_breaks(br"\r\n\n\\r").collect::<Vec<_>>(),
            [(0, 4), (4, 2)]
        );
    }
}
