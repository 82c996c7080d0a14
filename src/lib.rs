//! `gwr` turns Chinese government work reports (政府工作报告) into data.
//!
//! This facade re-exports the member crates so that one dependency brings them all:
//!
//! - [`grammar`]: the lossless document grammar (reports, headers, sections, headings,
//!   paragraphs, sentences, each with a byte span);
//! - [`quantity`]: the numeric/unit normalizer (exact values in base units);
//! - [`compare`]: indicator claims (target / actual / estimate / completion) and the
//!   target-vs-actual comparator.
//!
//! ```
//! let doc = gwr::grammar::parse("城关镇政府工作报告\n各位代表：\n一、2023年工作回顾\n");
//! assert_eq!(doc.reports.len(), 1);
//! ```

pub use gwr_compare as compare;
pub use gwr_grammar as grammar;
pub use gwr_quantity as quantity;

/// The README's code blocks, compiled as doc tests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
