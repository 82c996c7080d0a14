//! A lexicon file that cannot be used says what kind of problem it has and where: the bytes
//! of the bad syntax, or the `[[indicator]]` header of the row at fault.

use gwr_compare::{Lexicon, LexiconErrorKind};

const TEA: &str = "[[indicator]]\nid = \"tea_output\"\nnames = [\"茶叶产值\"]\ndirection = \"higher\"\ndimension = \"money\"\n";

#[test]
fn lexicon_errors_have_a_kind_and_a_span() {
    let second_row = TEA.len() + 1;
    // The text, the kind, where the span starts and the text it covers.
    let cases: &[(String, LexiconErrorKind, usize, &str)] = &[
        (
            format!("colour = \"green\"\n{TEA}"),
            LexiconErrorKind::Syntax,
            0,
            "colour",
        ),
        // An empty span where the second ] should be.
        (
            "[[indicator]\n".to_owned(),
            LexiconErrorKind::Syntax,
            12,
            "",
        ),
        (
            TEA.replace("tea_output", ""),
            LexiconErrorKind::EmptyId,
            0,
            "[[indicator]]",
        ),
        (
            TEA.replace("\"茶叶产值\"", "\"\""),
            LexiconErrorKind::NoNames,
            0,
            "[[indicator]]",
        ),
        (
            format!("{TEA}\n{}", TEA.replace("茶叶产值", "茶园产值")),
            LexiconErrorKind::RepeatedId,
            second_row,
            "[[indicator]]",
        ),
        (
            TEA.replace("money", "yuan"),
            LexiconErrorKind::UnknownDimension,
            0,
            "[[indicator]]",
        ),
    ];
    for (text, kind, start, covered) in cases {
        let e = Lexicon::from_toml(text).expect_err(text);
        let span = e.span.clone().unwrap_or_else(|| panic!("{text}: no span"));
        assert_eq!(
            (e.kind, span.start, text.get(span.clone())),
            (*kind, *start, Some(*covered)),
            "{text}: {e}"
        );
    }
}

/// A row's dimension decides which levels are its own: a growth fits any row, a count fits
/// only a row that counts.
#[test]
fn a_row_fits_levels_of_its_own_dimension() {
    use gwr_quantity::Dimension;
    let tea = Lexicon::from_toml(TEA).expect("valid row");
    let tea = tea.indicator("tea_output").expect("the row");
    assert!(tea.fits(Dimension::Money));
    assert!(tea.fits(Dimension::Percent));
    assert!(tea.fits(Dimension::Multiple));
    assert!(!tea.fits(Dimension::Count));
    assert!(!tea.fits(Dimension::Area));
}
