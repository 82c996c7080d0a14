//! The `evaluate` example on every gold set of `../shared/corpus` (or `$GWR_CORPUS`) and on
//! this project's blind gold (`tests/data/gold`), and its gold-free scale measure over
//! `cities/`, and on the synthetic reports of `tests/data/synthetic` (our own writing, run
//! always). The numbers asserted are floors that only go up: a change that lowers one has
//! broken a reading that used to be right. Without the corpus its tests say SKIPPED.

// A test that cannot run the example should stop right there.
#![allow(clippy::unwrap_used)]

mod common;

use std::{
    path::{Path, PathBuf},
    process::Command,
};

/// What `evaluate --quiet` prints for a gold file whose names are relative to `dir`.
fn evaluate(dir: &Path, gold: &Path) -> String {
    run_evaluate(&["--dir".as_ref(), dir.as_os_str(), gold.as_os_str()])
}

/// What `evaluate --quiet ARGS` prints; a failed run fails the test with its stderr.
fn run_evaluate(args: &[&std::ffi::OsStr]) -> String {
    let out = Command::new(common::example_exe("evaluate"))
        .arg("--quiet")
        .args(args)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

/// The found count of the `all` line: "  all   90   83   4   3  92.2%".
fn found(report: &str) -> usize {
    let line = report
        .lines()
        .find(|l| l.trim_start().starts_with("all "))
        .unwrap();
    line.split_whitespace().nth(2).unwrap().parse().unwrap()
}

/// The count of "claims of a wrong indicator on gold lines: N".
fn wrong_indicators(report: &str) -> usize {
    let line = report
        .lines()
        .find(|l| l.contains("claims of a wrong indicator on gold lines:"))
        .unwrap();
    line.rsplit(' ').next().unwrap().parse().unwrap()
}

/// The right count of an outline line: "  sections (kind and year)   26 / 36   72.2%".
fn right(report: &str, part: &str) -> (usize, usize) {
    let line = report
        .lines()
        .find(|l| l.trim_start().starts_with(part))
        .unwrap();
    let numbers: Vec<usize> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (numbers[0], numbers[1])
}

fn gold(dir: &Path, name: &str) -> PathBuf {
    dir.join("gold").join(name)
}

fn ours(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/gold")
        .join(name)
}

#[test]
fn claims_hold_on_every_gold_set() {
    let Some(c) = common::corpus_with("gold") else {
        return;
    };
    let national = evaluate(&c.join("national"), &gold(&c, "national-claims.json"));
    assert!(found(&national) >= 88, "{national}");
    let seeds = evaluate(&c.join("seeds"), &gold(&c, "seeds-claims.json"));
    assert!(found(&seeds) >= 88, "{seeds}");
    let blind = evaluate(&c.join("cities"), &ours("cities-blind-claims.json"));
    assert!(found(&blind) >= 271, "{blind}");
    let blind2 = evaluate(&c.join("cities"), &ours("cities-blind2-claims.json"));
    assert!(found(&blind2) >= 269, "{blind2}");
    // 20 more reports of the held-back 陕西, read blind at the end of session 11 and scored
    // once: 123 of 126 both at the session's start and at its end; 124 after session 12.
    let blind3 = evaluate(&c.join("cities"), &ours("cities-blind3-claims.json"));
    assert!(found(&blind3) >= 124, "{blind3}");
    // 12 reports of the five 陕西 cities still held back in session 12, read blind at its
    // end and scored once: 76 of 77 at the session's start and at its end.
    let blind4 = evaluate(&c.join("cities"), &ours("cities-blind4-claims.json"));
    assert!(found(&blind4) >= 76, "{blind4}");
    // 20 more reports of those five cities, none in an earlier set, read blind in session
    // 19 and scored once: 131 of 141 (GDP 57 of 60, general budget revenue 6 of 6).
    let blind5 = evaluate(&c.join("cities"), &ours("cities-blind5-claims.json"));
    assert!(found(&blind5) >= 131, "{blind5}");
    // 16 more, none in an earlier set, read blind in session 20 and scored once: 114 of
    // 121 (GDP 47 of 49, general budget revenue 2 of 2).
    let blind6 = evaluate(&c.join("cities"), &ours("cities-blind6-claims.json"));
    assert!(found(&blind6) >= 114, "{blind6}");
    let dev = evaluate(&c.join("cities"), &ours("cities-dev-claims.json"));
    assert!(found(&dev) >= 489, "{dev}");
    let dev2 = evaluate(&c.join("cities"), &ours("cities-dev2-claims.json"));
    assert!(found(&dev2) >= 232, "{dev2}");
    let dev3 = evaluate(&c.join("cities"), &ours("cities-dev3-claims.json"));
    assert!(found(&dev3) >= 333, "{dev3}");
    let dev4 = evaluate(&c.join("cities"), &ours("cities-dev4-claims.json"));
    assert!(found(&dev4) >= 202, "{dev4}");
    let dev5 = evaluate(&c.join("cities"), &ours("cities-dev5-claims.json"));
    assert!(found(&dev5) >= 240, "{dev5}");
    // Claims of a wrong indicator on gold lines: ceilings that only go down.
    assert_eq!(wrong_indicators(&national), 0, "{national}");
    assert_eq!(wrong_indicators(&seeds), 0, "{seeds}");
    assert!(wrong_indicators(&blind) <= 1, "{blind}");
    assert_eq!(wrong_indicators(&blind2), 0, "{blind2}");
    assert_eq!(wrong_indicators(&blind3), 0, "{blind3}");
    assert_eq!(wrong_indicators(&blind4), 0, "{blind4}");
    assert_eq!(wrong_indicators(&blind5), 0, "{blind5}");
    assert_eq!(wrong_indicators(&blind6), 0, "{blind6}");
    assert_eq!(wrong_indicators(&dev), 0, "{dev}");
    assert_eq!(wrong_indicators(&dev2), 0, "{dev2}");
    assert!(wrong_indicators(&dev3) <= 2, "{dev3}");
    // dev4: a city's 公共财政收入, which its readers filed under fiscal revenue and we read,
    // as indicators.toml explains, as its general budget revenue.
    assert!(wrong_indicators(&dev4) <= 4, "{dev4}");
    // dev5: a city's 公共财政收入 again, which its reader left open (no id).
    assert!(wrong_indicators(&dev5) <= 2, "{dev5}");
}

/// Synthetic reports of our own writing (`tests/data/synthetic`), with their writer's gold:
/// they need no corpus, so these floors hold in every run. s1 to s3 were written to find
/// classes of error and tuned on; s4 was written last and measured before its misses were
/// read (97 of 107 found before this session's rules, 101 after; 103 once they were read);
/// s5 likewise (62 of 104 at the session's start, 93 when measured, 97 once read); s6 and
/// s7 were measured before any rule of the session they came in (90 of 126, 85 of 102); s8
/// (typical reports) and s9 (ways of stating targets and results) were written later in that
/// session and measured before their misses were read (106 of 113, 89 of 103); s10
/// (distractors around the GDP growth target and result) was measured at the start of the
/// session it came in, before its misses were read (103 of 119); s11 (how a review writes
/// the year's results) and s12 (the plan year's target amid other growths) likewise, by
/// writers who never saw our output (107 of 122 and 105 of 119); s13 (older reports, plan
/// years 2003–2010) and s14 (text damage from PDFs and web pages) too (110 of 123, 96 of
/// 110); s15 (county and district reports) and s16 (southern and eastern cities' styles)
/// likewise (103 of 114, 125 of 137; 105 and 128 once their misses were read); s17
/// (provinces' reports) and s18 (news digests of a report) too (109 of 114; 5 of 138, for
/// no article's publication line dated it: 64 once it did, 88 once its footer did too); s19
/// (targets and results restated in resource cities' reports) and s20 (reports opening a
/// government's term, reviewing five years) likewise (150 of 156, 106 of 113; 151 and 108
/// once their misses were read); s21 (layouts without headings or with broken ones) and s22
/// (autonomous prefectures, leagues and prefectures) too (112 of 137, 120 of 123; 116 and
/// 120 once read, s22's claim of a wrong indicator gone).
#[test]
fn claims_hold_on_the_synthetic_reports() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/synthetic");
    for (set, floor) in [
        ("s1", 96),
        ("s2", 93),
        ("s3", 128),
        ("s4", 103),
        ("s5", 97),
        ("s6", 99),
        ("s7", 101),
        ("s8", 109),
        ("s9", 96),
        ("s10", 116),
        ("s11", 110),
        ("s12", 111),
        ("s13", 117),
        ("s14", 109),
        ("s15", 105),
        ("s16", 128),
        ("s17", 109),
        ("s18", 88),
        ("s19", 151),
        ("s20", 108),
        ("s21", 116),
        ("s22", 120),
    ] {
        let report = evaluate(&dir, &dir.join(format!("{set}-claims.json")));
        assert!(found(&report) >= floor, "{set}: {report}");
        assert_eq!(wrong_indicators(&report), 0, "{set}: {report}");
    }
}

#[test]
fn verdicts_hold_on_the_national_pairs() {
    let Some(c) = common::corpus_with("gold") else {
        return;
    };
    let report = evaluate(&c.join("national"), &gold(&c, "national-compare.json"));
    // Every verdict of the corpus's readers.
    assert!(found(&report) >= 15, "{report}");
}

#[test]
fn outlines_hold_on_the_seeds_and_the_blind_reports() {
    let Some(c) = common::corpus_with("gold") else {
        return;
    };
    let seeds = evaluate(&c.join("seeds"), &gold(&c, "seeds-outline.json"));
    for part in ["header fields", "sections", "headings"] {
        let (right, total) = right(&seeds, part);
        assert_eq!(right, total, "{seeds}");
    }
    let blind = evaluate(&c, &ours("blind-outline.json"));
    assert!(right(&blind, "header fields").0 >= 23, "{blind}");
    assert!(right(&blind, "sections").0 >= 36, "{blind}");
    assert!(right(&blind, "headings").0 >= 91, "{blind}");
}

/// The share (in tenths of a percent) of the `all` line's `one` figures of `evaluate
/// --scale`: target and result.
fn scale_shares(report: &str) -> (u32, u32) {
    let line = report
        .lines()
        .find(|l| l.trim_start().starts_with("all "))
        .unwrap();
    let shares: Vec<u32> = line
        .split_whitespace()
        .filter_map(|w| w.strip_suffix('%'))
        .filter_map(|w| w.replace('.', "").parse().ok())
        .collect();
    (shares[0], shares[3])
}

#[test]
fn one_gdp_growth_target_and_result_per_city_report() {
    let Some(c) = common::corpus_with("gold") else {
        return;
    };
    let report = run_evaluate(&["--scale".as_ref(), c.join("cities").as_os_str()]);
    let (target, result) = scale_shares(&report);
    assert!(target >= 942 && result >= 795, "{report}");
}
