//! Paragraph internals: sentences, list items (一是… 二是…) and the paragraph's role.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use memchr::memmem;

use crate::{
    lexicon,
    lines::is_space,
    marker::{is_cjk_digit, item_marker},
    tree::{ListItem, ParagraphRole, Sentence, Span},
};

/// How far (in chars) an unclosed bracket or quote keeps a sentence from ending. Real text
/// has stray quotes (“百千万工程" with a half-width close); without a limit one would swallow
/// every sentence to the paragraph's end.
const MAX_BRACKETED_CHARS: usize = 300;

/// The same for a quote or title mark (“…”, 「…」, 《…》): what they hold is a name, a
/// slogan or a title, far shorter than a bracket's note.
const MAX_QUOTED_CHARS: usize = 80;

/// The row of “…” in [`lexicon::BRACKETS`].
const QUOTES_ROW: usize = 0;

/// Whether `open` opens a bracket ( （ 【 ), not a quote or title mark.
fn is_paren(open: char) -> bool {
    matches!(open, '（' | '(' | '【')
}

/// Splits `text` (a paragraph starting at byte `base` of the document) into sentences.
///
/// A sentence ends after 。！？ (and ； when `semicolons`), or after ! ? (;) written between
/// non-ASCII chars, together with any further terminators and closing quotes that follow.
/// It never ends inside “…” 「…」 （…） and the like, and never on a decimal point.
pub(crate) fn sentences(text: &str, base: usize, semicolons: bool) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut open = [0u32; lexicon::BRACKETS.len()];
    let mut inside = false;
    let mut bracketed_chars = 0usize;
    let mut start = 0;
    let mut prev: Option<char> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Fast path: ideographs U+4000–U+9FFF (lead bytes E4–E9) and ASCII letters and
        // digits are never punctuation; most of a report is made of them.
        let plain = if (0xE4..=0xE9).contains(&b) {
            Some(('一', 3))
        } else if b.is_ascii_alphanumeric() {
            Some((char::from(b), 1))
        } else {
            None
        };
        if let Some((c, len)) = plain {
            // Counted here, checked against the limit at the next punctuation, which is
            // where it matters.
            if inside {
                bracketed_chars += 1;
            }
            prev = Some(c);
            i += len;
            continue;
        }
        let mut c = text[i..]
            .chars()
            .next()
            .unwrap_or(char::REPLACEMENT_CHARACTER);
        let mut len = c.len_utf8();
        // A scan reads a closing ” as two apostrophes ("完成了“十五''计划").
        if c == '\'' && text[i + 1..].starts_with('\'') && open[QUOTES_ROW] > 0 {
            (c, len) = ('”', 2);
        }
        // One look at the table for both sides (no char opens one pair and closes another:
        // a test checks).
        if let Some(row) = lexicon::BRACKETS
            .iter()
            .position(|&(o, cl)| o == c || cl == c)
        {
            if lexicon::BRACKETS[row].0 == c {
                // Typesetting never ends a line on an opening bracket or quote (避头尾): one
                // there is debris, a scan's "「", which would keep the sentence open.
                let line_rest = text[i + len..].trim_start_matches([' ', '\t']);
                if !(line_rest.is_empty() || line_rest.starts_with(['\n', '\r'])) {
                    open[row] += 1;
                    inside = true;
                }
            } else {
                open[row] = open[row].saturating_sub(1);
                inside = open.iter().any(|&n| n > 0);
            }
        }
        if inside {
            bracketed_chars += 1;
            // Which marks are open is asked only past the shorter limit: most brackets
            // close well within it.
            if bracketed_chars > MAX_QUOTED_CHARS
                && (bracketed_chars > MAX_BRACKETED_CHARS
                    || open
                        .iter()
                        .zip(lexicon::BRACKETS)
                        .any(|(&n, &(o, _))| n > 0 && !is_paren(o)))
            {
                open = [0; lexicon::BRACKETS.len()];
                inside = false;
                bracketed_chars = 0;
            }
            prev = Some(c);
            i += len;
            continue;
        }
        bracketed_chars = 0;
        // A line that opens on a bullet is an item of its own ([`lexicon::BULLETS`]).
        if c == '\n' && opens_on_bullet(&text[i + len..]) {
            push_trimmed(&mut out, text, start..i, base);
            start = i + len;
            prev = None;
            i += len;
            continue;
        }
        if !is_terminator(prev, c, || text[i + len..].chars().next(), semicolons) {
            prev = Some(c);
            i += len;
            continue;
        }
        // Absorb further terminators and closing quotes: "！？", "。”".
        let mut end = i + len;
        for n in text[end..].chars() {
            let terminator = is_strong_terminator(n, semicolons) || matches!(n, '!' | '?');
            if terminator || lexicon::CLOSERS.contains(&n) {
                end += n.len_utf8();
            } else {
                break;
            }
        }
        i = end;
        // "。，" does not end a sentence: a comma after the stop continues it (UAX #29's
        // SContinue rule), as in a mistyped "增长5%。，".
        let continues = text[end..]
            .chars()
            .find(|c| !is_space(*c))
            .is_some_and(|c| lexicon::SENTENCE_CONTINUERS.contains(&c));
        if continues {
            prev = Some(c);
            continue;
        }
        push_trimmed(&mut out, text, start..end, base);
        start = end;
        prev = None;
    }
    push_trimmed(&mut out, text, start..text.len(), base);
    out
}

/// Whether `line` (the text after a line break) opens on a bullet, past spaces.
fn opens_on_bullet(line: &str) -> bool {
    line.trim_start_matches([' ', '\t', '\u{3000}'])
        .starts_with(lexicon::BULLETS)
}

fn is_strong_terminator(c: char, semicolons: bool) -> bool {
    matches!(c, '。' | '！' | '？') || (semicolons && c == '；')
}

/// Whether `c` ends a sentence, between `prev` and the char `next` gives (read only for a
/// half-width terminator, the only one it matters for).
fn is_terminator(
    prev: Option<char>,
    c: char,
    next: impl FnOnce() -> Option<char>,
    semicolons: bool,
) -> bool {
    if is_strong_terminator(c, semicolons) {
        return true;
    }
    // Half-width ! ? ; end a sentence in Chinese text, but not between two ASCII chars,
    // so "5!=3" and "?id=2" in a pasted URL stay whole.
    let half = matches!(c, '!' | '?') || (semicolons && c == ';');
    let ascii = |x: Option<char>| x.is_some_and(|x| x.is_ascii() && !x.is_ascii_whitespace());
    half && !(ascii(prev) && ascii(next()))
}

fn push_trimmed(out: &mut Vec<Sentence>, text: &str, range: Span, base: usize) {
    let piece = &text[range.clone()];
    let unled = piece.trim_start_matches(is_space);
    let lead = piece.len() - unled.len();
    let trimmed = unled.trim_end_matches(is_space);
    if !trimmed.is_empty() {
        let start = base + range.start + lead;
        out.push(Sentence {
            span: start..start + trimmed.len(),
        });
    }
}

/// Finds 是, the char every list item marker ends with; built once, not per paragraph.
static SHI: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("是"));

/// Where a list item may start: the paragraph's start or after punctuation or space.
fn is_item_boundary(c: char) -> bool {
    is_space(c) || "。；;，,：:！!？?、”）)".contains(c)
}

/// List items 一是… 二是… in `text` (a paragraph at byte `base`). `last` is the ordinal of
/// the previous item under the same heading, so a list may continue across paragraphs;
/// an item is taken only if it starts a list (一是) or continues one.
pub(crate) fn items(text: &str, base: usize, last: &mut u32) -> Vec<ListItem> {
    let mut starts: Vec<(u32, usize)> = Vec::new();
    for shi in SHI.find_iter(text.as_bytes()) {
        // The numeral before 是 is one to three chars (一 … 十 … 二十).
        let before = &text[..shi];
        let numeral_start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_cjk_digit(c))
            .take(3)
            .last()
            .map(|(i, _)| i);
        let Some(at) = numeral_start else { continue };
        if !before[..at]
            .chars()
            .next_back()
            .is_none_or(is_item_boundary)
        {
            continue;
        }
        if let Some((n, _)) = item_marker(&text[at..])
            && (n == 1 || n == *last + 1)
        {
            *last = n;
            starts.push((n, at));
        }
    }
    let mut out = Vec::with_capacity(starts.len());
    for (k, &(ordinal, at)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(text.len(), |&(_, next)| next);
        let item = text[at..end].trim_end_matches(is_space);
        out.push(ListItem {
            ordinal,
            span: base + at..base + at + item.len(),
        });
    }
    out
}

static ROLES: LazyLock<(AhoCorasick, usize)> = LazyLock::new(|| {
    let phrases = lexicon::TARGET_PHRASES
        .iter()
        .chain(lexicon::PROBLEM_PHRASES);
    let ac = crate::lines::phrase_matcher(phrases);
    (ac, lexicon::TARGET_PHRASES.len())
});

/// Targets or problems, if the paragraph's lead (`text[..lead_end]`) says so.
/// Later mentions ("…解决群众反映的困难和问题") do not make a paragraph a problems paragraph.
pub(crate) fn role(text: &str, lead_end: usize) -> Option<ParagraphRole> {
    let (ac, targets) = &*ROLES;
    let m = ac.find(&text[..lead_end])?;
    Some(if m.pattern().as_usize() < *targets {
        ParagraphRole::Targets
    } else {
        ParagraphRole::Problems
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `sentences` looks a char up among openers and closers at once.
    #[test]
    fn no_char_both_opens_and_closes_brackets() {
        for (open, _) in lexicon::BRACKETS {
            assert!(
                lexicon::BRACKETS.iter().all(|(_, close)| close != open),
                "{open}"
            );
        }
    }

    #[test]
    fn quotes_row_holds_the_double_quotes() {
        assert_eq!(lexicon::BRACKETS[QUOTES_ROW], ('“', '”'));
    }

    /// Text of our own: a scan's stray marks do not keep a sentence open.
    #[test]
    fn stray_quotes_do_not_swallow_sentences() {
        let count = |text: &str| sentences(text, 0, false).len();
        // ” scanned as two apostrophes closes the quote.
        assert_eq!(count("完成了“十五''计划。经济增长12%。"), 2);
        // An opening mark at a line's end opens nothing.
        assert_eq!(count("取得新成就。「\n——经济持续发展。财政收入增长9%。"), 3);
        // An unclosed quote holds a sentence open for a name's length, not a note's.
        let long = format!("实施“{}。工业增长8%。财政增长9%。", "百千万工程".repeat(20));
        assert_eq!(count(&long), 2);
        // A bracket's note may run long.
        let note = format!("增长8%（{}。）。", "不含新区".repeat(30));
        assert_eq!(count(&note), 1);
    }
}
