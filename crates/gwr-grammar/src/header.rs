//! The header fields of a report: title, place, date, meeting, speaker, greeting.

use crate::{
    lexicon,
    lines::{Line, LineKind, at_most_chars, is_space},
    marker::{digit_value, is_digit},
    tree::Date,
};

/// What the header lines of one report say.
#[derive(Debug, Default)]
pub(crate) struct Header {
    pub(crate) title: Option<String>,
    pub(crate) place: Option<String>,
    /// The units named before `place` on a line that named it ("梅县区").
    pub(crate) jurisdiction: Option<String>,
    pub(crate) date: Option<Date>,
    /// When the page or article holding the report was published (see
    /// [`lexicon::PUBLICATION_WORDS`]).
    pub(crate) published: Option<Date>,
    pub(crate) meeting: Option<String>,
    pub(crate) speaker: Option<String>,
    pub(crate) speaker_title: Option<String>,
    pub(crate) greeting: Option<String>,
    /// Index of the first line after the header.
    pub(crate) end_line: usize,
    /// Where the body starts inside the header's last line, when the report's line breaks
    /// were lost and the dateline runs on into the greeting and the body.
    pub(crate) body_from: Option<usize>,
    /// A year stated in the title ("横沥镇2023年政府工作报告"), the last resort for the
    /// delivery year.
    pub(crate) title_year: Option<u16>,
}

/// A header has a filing line, a title (perhaps twice), a dateline (perhaps on two lines),
/// a speaker and a greeting: a few lines. Reading stops after this many non-blank lines.
const MAX_HEADER_LINES: usize = 10;

/// Reads the header from `lines[first..last]`: the lines up to and including the
/// greeting, stopping early at the first heading or body paragraph.
pub(crate) fn read(text: &str, lines: &[Line], first: usize, last: usize) -> Header {
    let mut header = Header {
        end_line: first,
        ..Header::default()
    };
    let mut places: [Option<NamedPlace>; 3] = [None, None, None]; // title, dateline, speaker
    let mut i = first;
    let mut seen = 0;
    while i < last {
        let line = &lines[i];
        let content = line.content(text);
        if line.kind != LineKind::Blank {
            seen += 1;
            if seen > MAX_HEADER_LINES {
                break;
            }
        }
        match line.kind {
            LineKind::Blank | LineKind::Chrome => {}
            LineKind::Title => {
                if header.title.is_none() {
                    header.title = Some(content.to_owned());
                    places[0] = leading_place(content);
                    header.title_year = year_in(content);
                }
            }
            LineKind::Text => {
                if let Some(greeting) = greeting(content) {
                    header.greeting = Some(greeting.to_owned());
                    header.end_line = i + 1;
                    break;
                } else if let Some((date, rest)) = dateline(content) {
                    header.date = Some(date);
                    // "——2009年5月23日在…会议上市长某某各位代表：现在，我代表…": a report
                    // whose line breaks were lost. The header ends with the greeting; the
                    // rest of the line is the body.
                    let run_on = run_on_greeting(rest);
                    let mut joined = run_on.map_or(rest, |(before, _, _)| before).to_owned();
                    // A dateline broken over two lines: "…人民代表大会" / "第四次会议上".
                    let next = next_index(lines, i, last);
                    if run_on.is_none() && !has_meeting_word(rest) && next > i {
                        let next_content = lines[next].content(text);
                        if has_meeting_word(next_content) && at_most_chars(next_content, 30) {
                            joined.push_str(next_content);
                            i = next;
                        }
                    }
                    let (place, meeting) = meeting_of(&joined);
                    places[1] = place;
                    header.meeting = meeting;
                    if let Some((_, greeting, body)) = run_on {
                        header.greeting = Some(greeting.to_owned());
                        header.body_from = Some(line.cs() + (content.len() - body.len()));
                        header.end_line = i + 1;
                        break;
                    }
                } else if let Some(published) = publication_date(content) {
                    header.published = header.published.or(Some(published));
                } else if let Some((title, name)) = speaker_line(content) {
                    places[2] = leading_place(title);
                    header.speaker_title = Some(title.to_owned());
                    header.speaker = Some(name);
                } else if header.title.is_none() && at_most_chars(content, 30) {
                    // A filing line before the title ("…会议文件之九").
                } else {
                    break;
                }
            }
            _ => break,
        }
        i += 1;
        header.end_line = i;
    }
    // The first line that names a place decides it; any line naming the same place may say
    // where it lies ("松源镇人民政府…" in the title, "在梅县区松源镇…" in the dateline).
    let named: Vec<NamedPlace> = places.into_iter().flatten().collect();
    if let Some(first) = named.first() {
        header.jurisdiction = named
            .iter()
            .filter(|n| n.place == first.place)
            .find_map(|n| n.jurisdiction.clone());
        header.place = Some(first.place.clone());
    }
    header
}

fn next_index(lines: &[Line], i: usize, last: usize) -> usize {
    (i + 1..last)
        .find(|&j| lines[j].kind != LineKind::Blank)
        .unwrap_or(i)
}

pub(crate) fn greeting(content: &str) -> Option<&str> {
    let is_greeting =
        lexicon::GREETINGS.iter().any(|g| content.starts_with(g)) && at_most_chars(content, 12);
    is_greeting.then_some(content)
}

/// A greeting and its colon inside a run-on dateline's rest: the text before the greeting,
/// the greeting, and the text after its colon.
fn run_on_greeting(rest: &str) -> Option<(&str, &str, &str)> {
    let (at, word) = lexicon::GREETINGS
        .iter()
        .filter_map(|g| rest.find(g).map(|at| (at, *g)))
        .min()?;
    let after = &rest[at + word.len()..];
    let colon = after.chars().next().filter(|c| matches!(c, '：' | ':'))?;
    let body = &after[colon.len_utf8()..];
    (!body.trim().is_empty()).then_some((&rest[..at], &rest[at..at + word.len()], body))
}

/// "2024年4月29日在…" after optional dashes or an opening bracket: the date and the rest.
fn dateline(content: &str) -> Option<(Date, &str)> {
    let s = content.trim_start_matches(|c: char| is_space(c) || "—－-–（(".contains(c));
    let (year, s) = number_before(s, '年')?;
    let (month, s) = number_before(s, '月')?;
    let (day, s) = number_before(s, '日')?;
    Some((date_of(year, month, day)?, s))
}

/// The date of a year, month and day as read, if they make one (a year of four digits).
fn date_of(year: u32, month: u32, day: u32) -> Option<Date> {
    if !(1000..=9999).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(Date {
        year: u16::try_from(year).ok()?,
        month: u8::try_from(month).ok()?,
        day: u8::try_from(day).ok()?,
    })
}

/// The longest publication line read, in chars: a longer line is report text.
const MAX_PUBLICATION_LINE_CHARS: usize = 80;

/// The date of a publication line ("来源：某某日报　2004年02月17日　第一版", "发布时间：
/// 2019-01-23 08:30", "【纠错】 2021-01-26 18:32:07"): the first full date written with 年月日,
/// `-`, `/` or `.`, on a line that names a source or a publication time, or that stamps the
/// date with a time of day.
fn publication_date(content: &str) -> Option<Date> {
    if !at_most_chars(content, MAX_PUBLICATION_LINE_CHARS) {
        return None;
    }
    let worded = lexicon::PUBLICATION_WORDS
        .iter()
        .any(|w| content.contains(w));
    content
        .char_indices()
        .filter(|&(i, c)| is_digit(c) && !content[..i].chars().next_back().is_some_and(is_digit))
        .find_map(|(i, _)| written_date(&content[i..]))
        .filter(|(_, rest)| worded || stamps_time(rest))
        .map(|(date, _)| date)
}

/// Whether `after_date` opens, past spaces, on a time of day ("18:32:07", "09：12").
fn stamps_time(after_date: &str) -> bool {
    let rest = after_date.trim_start_matches(|c: char| is_space(c) || c == '日');
    leading_number(rest)
        .and_then(|(hour, rest)| Some((hour, rest.strip_prefix([':', '：'])?)))
        .is_some_and(|(hour, rest)| hour < 24 && leading_number(rest).is_some())
}

/// How many non-blank lines at a report's end are read for a publication line, when its
/// header gives none: a web page's footer ("【纠错】 2021-01-26 18:32:07").
const TRAILER_LINES: usize = 5;

/// The publication date of the report in `lines[first..last]` from its last lines.
pub(crate) fn trailer_published(
    text: &str,
    lines: &[Line],
    first: usize,
    last: usize,
) -> Option<Date> {
    lines
        .get(first..last)?
        .iter()
        .rev()
        .filter(|l| l.kind != LineKind::Blank)
        .take(TRAILER_LINES)
        .find_map(|l| publication_date(l.content(text)))
}

/// A full date at the start of `s` ("2004年2月17日", "2019-01-23", "2019/1/23", "2019.01.23")
/// and the text after it.
fn written_date(s: &str) -> Option<(Date, &str)> {
    let (year, rest) = leading_number(s)?;
    let sep = rest.chars().next().filter(|c| "年-/.．－".contains(*c))?;
    let (month, rest) = leading_number(&rest[sep.len_utf8()..])?;
    let month_end = if sep == '年' { '月' } else { sep };
    let rest = rest.strip_prefix(month_end)?;
    let (day, rest) = leading_number(rest)?;
    Some((date_of(year, month, day)?, rest))
}

/// The digits (any width) `s` starts with, as a number, and the text after them.
fn leading_number(s: &str) -> Option<(u32, &str)> {
    let mut value: u32 = 0;
    let mut len = 0;
    for (i, c) in s.char_indices() {
        match digit_value(c) {
            Some(d) => {
                value = value.checked_mul(10)?.checked_add(d)?;
                len = i + c.len_utf8();
            }
            None => break,
        }
    }
    (len > 0).then(|| (value, &s[len..]))
}

/// Digits (any width) then `unit`: the number and the text after the unit.
fn number_before(s: &str, unit: char) -> Option<(u32, &str)> {
    let (value, rest) = leading_number(s)?;
    let rest = rest.trim_start_matches(is_space).strip_prefix(unit)?;
    Some((value, rest))
}

/// From "在淮南市山王镇第九届人民代表大会第四次会议上": the place and the meeting.
fn meeting_of(rest: &str) -> (Option<NamedPlace>, Option<String>) {
    let compact: String = rest.chars().filter(|c| !is_space(*c)).collect();
    let after_at = compact.strip_prefix('在').unwrap_or(&compact);
    let Some(first) = after_at.find('第') else {
        return (None, None);
    };
    let place = named_place(&after_at[..first]);
    let meeting = lexicon::MEETING_WORDS
        .iter()
        .filter_map(|w| after_at[first..].find(w).map(|end| first + end + w.len()))
        .min()
        .map(|end| after_at[first..end].to_owned());
    (place, meeting)
}

fn has_meeting_word(s: &str) -> bool {
    lexicon::MEETING_WORDS.iter().any(|w| s.contains(w))
}

/// "镇党委副书记、镇长  柳  峰": the title as written and the name without spaces.
fn speaker_line(content: &str) -> Option<(&str, String)> {
    if !at_most_chars(content, 40) {
        return None;
    }
    let (pos, word) = lexicon::SPEAKER_TITLES
        .iter()
        .filter_map(|w| content.rfind(w).map(|p| (p, *w)))
        .max_by_key(|(p, w)| p + w.len())?;
    let title = content[..pos + word.len()].trim_end_matches(is_space);
    let name: String = content[pos + word.len()..]
        .chars()
        .filter(|c| !is_space(*c))
        .collect();
    let chars = name.chars().count();
    let plausible = (2..=6).contains(&chars)
        && name
            .chars()
            .all(|c| c == '·' || (!c.is_ascii() && !is_punctuation(c)));
    plausible.then_some((title, name))
}

fn is_punctuation(c: char) -> bool {
    "，。、；：！？“”（）《》".contains(c)
}

/// The place named at the start of a title or speaker line:
/// "梅县区松源镇人民政府2023年政府工作报告" → 松源镇 in 梅县区, "覃巴镇人民政府镇长" → 覃巴镇.
fn leading_place(title: &str) -> Option<NamedPlace> {
    let end = title
        .char_indices()
        .find(|&(_, c)| is_digit(c))
        .map_or(title.len(), |(i, _)| i);
    let mut head = &title[..end];
    for trailer in lexicon::PLACE_TRAILERS {
        if let Some(p) = head.find(trailer) {
            head = &head[..p];
        }
    }
    named_place(head)
}

/// A place as a header line names it: the most specific unit, and the unit it lies in.
#[derive(Debug, Clone, PartialEq, Eq)]
struct NamedPlace {
    place: String,
    /// "梅县区" for "梅州市梅县区松源镇"; `None` when the unit stands alone.
    jurisdiction: Option<String>,
}

/// The place a run of units ends with, and the unit right before it.
fn named_place(s: &str) -> Option<NamedPlace> {
    let (before, place) = place_parts(s)?;
    let compact: String = before.chars().filter(|c| !is_space(*c)).collect();
    Some(NamedPlace {
        place: place.to_owned(),
        jurisdiction: place_parts(&compact).map(|(_, unit)| unit.to_owned()),
    })
}

/// The units before the last one and the last one: "淮南市山王镇" → ("淮南市", "山王镇"),
/// "山王镇" → ("", "山王镇"). The text must end in a unit suffix (镇, 乡, 街道, 县, 区, 市…).
fn place_parts(s: &str) -> Option<(&str, &str)> {
    let s = s.trim_matches(is_space);
    // A unit name has at least two chars, so "镇海区" is not split after its first 镇.
    const MIN_UNIT_BYTES: usize = 6;
    let ends_in_unit = |t: &str| lexicon::PLACE_SUFFIXES.iter().any(|suf| t.ends_with(suf));
    // Longest matching suffix at the end, so "自治县" beats "县".
    let last_suffix = lexicon::PLACE_SUFFIXES
        .iter()
        .filter(|suf| s.ends_with(*suf))
        .map(|suf| suf.len())
        .max()?;
    // The unit starts after the previous unit's suffix, if any.
    let body = &s[..s.len() - last_suffix];
    let start = body
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .rfind(|&i| i >= MIN_UNIT_BYTES && ends_in_unit(&body[..i]) && i < body.len())
        .unwrap_or(0);
    // "淮南市 山王镇": the blank belongs to neither unit.
    let place = s[start..].trim_start_matches(is_space);
    // A bare suffix ("镇") names nothing.
    (place.chars().count() >= 2 && place.len() > last_suffix).then_some((&s[..start], place))
}

/// The first four-digit year followed by 年: in digits ("2005年", "２００５年") or in Chinese
/// digits ("二〇〇五年", "二○○三年").
pub(crate) fn year_in(s: &str) -> Option<u16> {
    // The run of digits and the run of Chinese digits before each char, with their values.
    let mut digits = (0u32, 0u32);
    let mut chinese = (0u32, 0u32);
    for c in s.chars() {
        if c == '年' {
            for (run, value) in [digits, chinese] {
                if run == 4 && (1900..=2199).contains(&value) {
                    return Some(value as u16);
                }
            }
        }
        digits = extend_run(digits, digit_value(c));
        chinese = extend_run(
            chinese,
            lexicon::YEAR_DIGITS
                .iter()
                .find(|&&(d, _)| d == c)
                .map(|&(_, v)| v),
        );
    }
    None
}

/// A run of digits and its value, after one more char: its digit's value, if it is one.
fn extend_run((run, value): (u32, u32), digit: Option<u32>) -> (u32, u32) {
    match digit {
        Some(d) => (
            run.saturating_add(1),
            value.saturating_mul(10).saturating_add(d),
        ),
        None => (0, 0),
    }
}

/// SIMD finders for [`lexicon::BODY_PLACE_SUFFIXES`], built once: a report without a
/// header is searched for each suffix, and such a "report" can be megabytes of anything.
static BODY_PLACE_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| finders(lexicon::BODY_PLACE_SUFFIXES));

/// Finders for [`lexicon::NATIONAL_SPEAKERS`], looked for in every report without a
/// header: built once, they skip faster than `str::contains`, whose searcher (built per
/// call) stops wherever a phrase's first and last bytes stand its length apart, as they
/// often do in CJK text.
static NATIONAL_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| finders(lexicon::NATIONAL_SPEAKERS));

fn finders(words: &[&str]) -> Vec<memchr::memmem::Finder<'static>> {
    words
        .iter()
        .map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
        .collect()
}

/// Whether `text` holds one of `words`, each of which holds `suffix` (a test checks): they
/// are looked for only where the suffix stands, found by `finder`, one search of the text
/// in place of one per word.
fn holds_any(
    text: &str,
    suffix: &str,
    finder: &memchr::memmem::Finder<'_>,
    words: &[&str],
) -> bool {
    let bytes = text.as_bytes();
    finder.find_iter(bytes).any(|at| {
        words.iter().any(|w| {
            w.find(suffix)
                .and_then(|k| at.checked_sub(k))
                .is_some_and(|start| bytes[start..].starts_with(w.as_bytes()))
        })
    })
}

/// The place a report's text names most often, for a report whose header names none: a
/// two-char name and a suffix (涌山镇), named at least [`lexicon::BODY_PLACE_MIN_COUNT`]
/// times, not a common word (城镇, 全镇 …). Ties go to the name seen first.
///
/// Only a place the text gives as its own: a national report (代表国务院) is 全国, and a
/// town is taken only from a text that speaks of itself as a town (我镇, 镇人民政府), from a
/// name that is not the first half of a word (美丽乡村 is no 美丽乡). Unknown beats invented.
pub(crate) fn body_place(text: &str) -> Option<String> {
    if NATIONAL_FINDERS
        .iter()
        .any(|f| f.find(text.as_bytes()).is_some())
    {
        return Some(lexicon::NATIONAL_PLACE.to_owned());
    }
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for (suffix, finder) in lexicon::BODY_PLACE_SUFFIXES
        .iter()
        .zip(BODY_PLACE_FINDERS.iter())
    {
        let speaks_of_itself = lexicon::OWN_UNIT_WORDS
            .iter()
            .filter(|(s, _)| s == suffix)
            .any(|(_, words)| holds_any(text, suffix, finder, words));
        if !speaks_of_itself {
            continue;
        }
        for at in finder.find_iter(text.as_bytes()) {
            let end = at + suffix.len();
            if text[end..]
                .chars()
                .next()
                .is_some_and(|c| lexicon::NOT_AFTER_PLACE.contains(c))
            {
                continue;
            }
            let mut before = text[..at].char_indices().rev();
            let (Some((_, second)), Some((start, first))) = (before.next(), before.next()) else {
                continue;
            };
            let word_start = at - second.len_utf8();
            let is_word = lexicon::NOT_PLACE_WORDS.contains(&&text[word_start..end]);
            let is_name =
                |c: char| !c.is_ascii() && !is_space(c) && !"，。、；：！？“”（）《》".contains(c);
            if is_word || !is_name(first) || !is_name(second) || is_digit(first) {
                continue;
            }
            let name = &text[start..end];
            match counts.iter_mut().find(|(n, _)| *n == name) {
                Some((_, k)) => *k += 1,
                None => counts.push((name, 1)),
            }
        }
    }
    let best = counts.iter().map(|(_, k)| *k).max()?;
    counts
        .into_iter()
        .find(|(_, k)| *k == best && best >= lexicon::BODY_PLACE_MIN_COUNT)
        .map(|(name, _)| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `body_place` looks for a town's own words where its suffix stands.
    #[test]
    fn every_own_unit_word_holds_its_suffix() {
        for (suffix, words) in lexicon::OWN_UNIT_WORDS {
            for w in *words {
                assert!(w.contains(suffix), "{w}");
            }
        }
    }

    #[test]
    fn publication_lines_give_their_date() {
        let date = |s: &str| publication_date(s).map(|d| d.to_string());
        let day = |s: &str| Some(s.to_owned());
        assert_eq!(
            date("来源：某某日报　2004年02月17日　第一版"),
            day("2004-02-17")
        );
        assert_eq!(date("发布时间：2019-01-23 08:30"), day("2019-01-23"));
        assert_eq!(date("2021/1/8 来源：市政府网站"), day("2021-01-08"));
        assert_eq!(date("发布日期：２０１５．０２．０３"), day("2015-02-03"));
        // A count before the date is passed over; a line of no source or time is none.
        assert_eq!(
            date("浏览次数：1024 发布时间：2019-01-23"),
            day("2019-01-23")
        );
        assert_eq!(date("2019年1月23日，市长作报告"), None);
        assert_eq!(date("来源：某某日报 第3版"), None);
        assert_eq!(date("来源：某某日报 2019年13月1日"), None);
        // A date stamped with a time of day needs no word: a page's stamp.
        assert_eq!(date("【纠错】　2021-01-26 18:32:07"), day("2021-01-26"));
        assert_eq!(date("2006年01月13日 09:12"), day("2006-01-13"));
        assert_eq!(date("某某市人民政府　2019年1月15日"), None);
    }

    #[test]
    fn a_place_and_the_unit_it_lies_in() {
        let named = |s: &str| named_place(s).map(|n| (n.place, n.jurisdiction));
        let some =
            |place: &str, within: Option<&str>| Some((place.to_owned(), within.map(str::to_owned)));
        assert_eq!(named("梅州市梅县区松源镇"), some("松源镇", Some("梅县区")));
        assert_eq!(named("淮南市 山王镇"), some("山王镇", Some("淮南市")));
        assert_eq!(named("松源镇"), some("松源镇", None));
        // A unit name has two chars at least: 镇海区 is one unit, not 镇 + 海区.
        assert_eq!(named("镇海区"), some("镇海区", None));
        assert_eq!(named("政府工作报告"), None);
    }
}
