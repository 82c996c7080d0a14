//! Fuzzes the comparator on two texts (a plan report and a review report, split at the first
//! NUL byte; without one, the text is compared with itself, as a report that reviews one
//! year and plans the next): no panic, one row per target and per completion statement
//! (doubtful claims left out, as the default policy does), and every span points into the
//! text it came from.
#![no_main]

use gwr_compare::{Policy, Role, claims, compare};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (plan, review) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, data),
    };
    let (Ok(plan), Ok(review)) = (std::str::from_utf8(plan), std::str::from_utf8(review)) else {
        return;
    };
    let plan_claims = claims(&gwr_grammar::parse(plan));
    let review_claims = claims(&gwr_grammar::parse(review));
    let comparison = compare(&plan_claims, &review_claims, &Policy::default());
    let count = |claims: &[gwr_compare::Claim], role| {
        claims
            .iter()
            .filter(|c| c.role == role && c.doubt.is_none())
            .count()
    };
    let targets = count(&plan_claims, Role::Target);
    let completions = count(&review_claims, Role::Completion);
    assert_eq!(comparison.rows.len(), targets + completions);
    for row in &comparison.rows {
        if row.actual_role == Some(Role::Completion) {
            assert!(review.get(row.target_span.clone()).is_some(), "{row:?}");
        } else {
            assert!(plan.get(row.target_span.clone()).is_some(), "{row:?}");
        }
        if let Some(span) = &row.actual_span {
            assert!(review.get(span.clone()).is_some(), "{row:?}");
        }
    }
});
