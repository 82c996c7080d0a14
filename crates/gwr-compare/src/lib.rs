//! What was promised and what was reported: indicator claims from government work reports
//! and the target-vs-actual comparator.
//!
//! ```
//! use gwr_compare::{Constraint, Measure, Policy, Role, Verdict, claims, compare};
//!
//! // The report that set 2023's targets, and the one that reviewed 2023.
//! let plan_text = "\
//! 城关镇政府工作报告
//! ——2023年2月10日在城关镇第十八届人民代表大会第二次会议上
//! 各位代表：
//! 一、2022年工作回顾
//! 全年实现地区生产总值40.1亿元，同比增长4.6%。
//! 二、2023年工作安排
//! 主要预期目标是：地区生产总值增长6%左右，财政收入与经济增长同步，城镇登记失业率控制在4.5%以内。
//! ";
//! let review_text = "\
//! 城关镇政府工作报告
//! ——2024年2月2日在城关镇第十八届人民代表大会第三次会议上
//! 各位代表：
//! 一、2023年工作回顾
//! 全年实现地区生产总值42.3亿元，同比增长5.8%；财政收入3120万元，增长7.5%；城镇登记失业率4.2%。
//! 二、2024年工作安排
//! 做好今年工作，意义重大。
//! ";
//! let plan = claims(&gwr_grammar::parse(plan_text));
//! let review = claims(&gwr_grammar::parse(review_text));
//!
//! let gdp_target = plan.iter().find(|c| c.role == Role::Target).unwrap();
//! assert_eq!(gdp_target.indicator.as_deref(), Some("gdp"));
//! assert_eq!((gdp_target.measure, gdp_target.constraint), (Measure::Growth, Constraint::Approx));
//! assert_eq!(gdp_target.year, Some(2023));
//!
//! let comparison = compare(&plan, &review, &Policy::default());
//! let verdicts: Vec<(&str, Verdict)> = comparison
//!     .rows
//!     .iter()
//!     .map(|r| (r.indicator.as_deref().unwrap_or("?"), r.verdict))
//!     .collect();
//! assert_eq!(
//!     verdicts,
//!     [
//!         ("gdp", Verdict::WithinTolerance),          // 5.8% against 6%左右 (±0.5 pp)
//!         ("fiscal_revenue", Verdict::Met),            // 7.5% ≥ GDP's 5.8%
//!         ("urban_unemployment_rate", Verdict::Met),   // 4.2% ≤ 4.5%
//!     ]
//! );
//! assert_eq!(comparison.rows[0].ambition.unwrap().to_string(), "1.4"); // 6 − 4.6 pp
//! ```
//!
//! # Claims
//!
//! [`claims`] reads each sentence of a parsed report, finds its quantities with
//! `gwr_quantity::scan` and its indicator names with the [`Lexicon`], and ties each figure
//! to the nearest indicator named before it in its clause. A subject carries over a comma
//! to a clause that only adds a measure ("地区生产总值83.98亿元，同比增长2.3%" is one
//! indicator with a level and a growth) and is shared by names joined with 、 和 及
//! ("工业投资、技改投资完成年度任务目标的2倍" is two completion claims). A figure whose
//! indicator the lexicon does not know is still a claim, with its name as written.
//!
//! The role comes from where the figure stands (a plan section or a 主要预期目标 paragraph
//! makes targets, a review section actuals) and from words around it (预计 makes an
//! estimate, 完成率 / 完成年度任务目标的 a completion). The year is the last year written
//! before the figure in its sentence, else the section's year.
//!
//! # Comparison
//!
//! [`compare`] aligns targets with results by indicator, measure and year, in base units
//! (12600万元 and 1.3亿元 are the same 元), and judges each against its constraint and the
//! indicator's [`Direction`]: for lower-is-better indicators and ceilings such as CPI a
//! target is a cap. The tolerance for 左右 is [`Policy::approx_pp`] (0.5 percentage points)
//! or [`Policy::approx_ratio`] (2%) for amounts.

mod claim;
mod compare;
#[cfg(feature = "serde")]
pub mod evaluate;
mod lexicon;
mod marks;
mod names;
pub mod panel;
mod squeeze;
mod words;

use std::sync::LazyLock;

pub use claim::{Claim, Constraint, Doubt, Extractor, Measure, Role};
pub use compare::{Comparison, Policy, Row, Verdict, compare, compare_with, usable_for_verdict};
pub use lexicon::{Direction, Indicator, Lexicon, LexiconError, LexiconErrorKind};

/// The version of the JSON contract for claims and comparisons (docs/schema.md).
pub const SCHEMA_VERSION: u32 = 2;

/// The extractor with the built-in lexicon, built once.
pub(crate) static BUILTIN: LazyLock<Extractor> =
    LazyLock::new(|| Extractor::new(Lexicon::builtin()));

/// Every claim in a parsed document, with the built-in lexicon. Spans point into the
/// document's text.
pub fn claims(doc: &gwr_grammar::Document<'_>) -> Vec<Claim> {
    BUILTIN.claims(doc)
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::*;

    /// `as_str` and the serde names are one contract.
    #[test]
    fn names_match_serde() {
        fn check<T: serde::Serialize + std::fmt::Display>(values: &[T]) {
            for v in values {
                assert_eq!(
                    serde_json::to_value(v).expect("a unit variant serializes"),
                    v.to_string()
                );
            }
        }
        check(Role::ALL);
        check(Measure::ALL);
        check(Constraint::ALL);
        check(Verdict::ALL);
        check(Doubt::ALL);
    }
}
