//! The panel on the real reports of `../shared/corpus` (or `$GWR_CORPUS`): the national
//! reports of 1992-2003 (`national/cn_YYYY.txt`) against the hand-read verdicts of
//! `gold/national-compare.json`, and the 805 city reports of `cities/` laid out
//! `<province>/<city>/<year>.txt`. Without the corpus the tests say SKIPPED.
//!
//! The counts asserted are floors, not goals: they rise with the claims, and a change that
//! lowers one has broken something.

// A test that cannot run the example should stop right there.
#![allow(clippy::unwrap_used)]

mod common;

use gwr::compare::{Verdict, evaluate::reader_verdict};

use std::{collections::BTreeMap, path::Path, process::Command};

/// The panel's CSV rows (as column → value maps) and its summary.
fn panel(dir: &Path, layout: &str) -> (Vec<BTreeMap<String, String>>, String) {
    let out = Command::new(common::example_exe("panel"))
        .arg(dir)
        .args(["--layout", layout])
        .output()
        .unwrap();
    let summary = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{summary}");
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = reader.headers().unwrap().clone();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_owned(), v.to_owned()))
                .collect()
        })
        .collect();
    (rows, summary)
}

/// (consecutive, paired) from the summary's pairs line.
fn pairs(summary: &str) -> (usize, usize) {
    let line = summary
        .lines()
        .find(|l| l.contains("pairs of consecutive years"))
        .unwrap();
    let numbers: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    (numbers[0], numbers[1])
}

/// kept, broken or absent, as the gold file says.
fn category(verdict: &str) -> &'static str {
    let verdict = Verdict::ALL.iter().find(|v| v.as_str() == verdict).unwrap();
    reader_verdict(*verdict)
}

#[test]
fn national_reports_enter_the_panel_as_the_country() {
    let Some(corpus) = common::corpus_with("national") else {
        return;
    };
    let (rows, summary) = panel(&corpus.join("national"), "cn_{year}.txt");
    assert!(!rows.is_empty());
    for row in &rows {
        assert_eq!(
            (row["place"].as_str(), row["level"].as_str()),
            ("全国", "national")
        );
    }
    // Every consecutive pair of files is a plan-review pair, as in the gold file (1995-96 and
    // 1996-97 are not: cn_1996 is missing).
    let gold: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(corpus.join("gold/national-compare.json")).unwrap(),
    )
    .unwrap();
    let gold_pairs = gold["pairs"].as_array().unwrap();
    assert_eq!(pairs(&summary).0, gold_pairs.len(), "{summary}");

    let mut matched = 0;
    let mut total = 0;
    for pair in gold_pairs {
        let year = pair["year"].as_u64().unwrap().to_string();
        for want in pair["rows"].as_array().unwrap() {
            total += 1;
            let found = rows.iter().find(|r| {
                r["year"] == year
                    && r["indicator"] == want["indicator"].as_str().unwrap()
                    && r["measure"] == want["measure"].as_str().unwrap()
                    && !r["target"].is_empty()
            });
            let agrees = found.is_some_and(|r| {
                category(&r["verdict"]) == want["expect"].as_str().unwrap()
                    && want["margin_pp"]
                        .as_str()
                        .is_none_or(|m| r["margin_pp"] == m)
            });
            matched += usize::from(agrees);
            eprintln!(
                "{} {year} {} {}: gold {}, panel {}",
                if agrees { "ok" } else { "--" },
                want["indicator"],
                want["measure"],
                want["expect"],
                found.map_or("no target row", |r| r["verdict"].as_str()),
            );
        }
    }
    eprintln!("national: {matched} of {total} gold verdicts come out of the panel");
    assert_eq!(matched, total, "{matched} of {total}");
}

#[test]
fn city_reports_pair_by_their_paths() {
    let Some(corpus) = common::corpus_with("cities") else {
        return;
    };
    let (rows, summary) = panel(&corpus.join("cities"), "{province}/{place}/{year}.txt");
    let (consecutive, paired) = pairs(&summary);
    eprintln!("cities: {paired} of {consecutive} consecutive-year pairs paired");
    assert!(consecutive >= 700, "{summary}");
    assert!(paired * 100 >= consecutive * 95, "{summary}");
    // The parent is the province folder, the level the city's.
    assert!(rows.iter().all(|r| r["jurisdiction"].ends_with('省')));
    assert!(rows.iter().all(|r| r["level"] == "city"));
}
