//! A document of several reports: `claims` reads the reports in parallel and must give what
//! reading them one by one gives, in document order.

use gwr_compare::{Extractor, Lexicon};

/// Three short reports of our own, one after the other, as a compilation holds them.
fn compilation() -> String {
    let mut text = String::new();
    for (year, growth) in [(2021, "6.5"), (2022, "7"), (2023, "5.5")] {
        text.push_str(&format!(
            "河西市{year}年政府工作报告\n各位代表：\n一、{prev}年工作回顾\n全市地区生产总值增长{growth}%，\
             财政收入增长8%。\n二、{year}年工作安排\n主要预期目标是：地区生产总值增长6%左右。\n",
            prev = year - 1
        ));
    }
    text
}

#[test]
fn reports_read_in_parallel_keep_document_order() {
    let text = compilation();
    let doc = gwr_grammar::parse(&text);
    assert_eq!(doc.reports.len(), 3, "the compilation holds three reports");
    let extractor = Extractor::new(Lexicon::builtin());
    let mut one_by_one = Vec::new();
    for report in &doc.reports {
        extractor.report_claims(&doc, report, None, &mut one_by_one);
    }
    let all = extractor.claims(&doc);
    assert_eq!(all.len(), one_by_one.len());
    assert!(all.len() >= 9, "three claims a report: {all:?}");
    for (a, b) in all.iter().zip(&one_by_one) {
        assert_eq!(
            (&a.indicator, a.year, a.value, &a.span),
            (&b.indicator, b.year, b.value, &b.span)
        );
    }
    assert!(all.windows(2).all(|w| w[0].span.start <= w[1].span.start));
}
