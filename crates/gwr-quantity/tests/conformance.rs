//! Conformance against a peer's published test suite: the Chinese number and number-with-unit
//! specs of Microsoft Recognizers-Text (`$GWR_PEERS`, or `../shared/peers` next to the
//! repository root). Their conventions are not ours everywhere, so the test counts agreement
//! per file, sorts each disagreement into a category, prints both, and fails only when
//! agreement falls below the floor measured when this test was written.
//!
//! What "agree" means per file:
//! - currency, dimension, percent: `scan` of the input finds the same values (in their units)
//!   as their results, ignoring spans (our spans include qualifiers such as 近);
//! - number: `parse_number` of each result's text gives their value (and of an input with no
//!   result, fails);
//! - number range: `parse` of each result's text, with a classifier put after its last digit
//!   (our ranges need a unit), gives their bounds.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::str::FromStr;

use gwr_quantity::{Dimension, parse, parse_number, scan};
use rust_decimal::Decimal;
use serde_json::Value;

/// Agreement floors per file: the rate measured when the test was written, minus 0.02.
const FLOORS: &[(&str, f64)] = &[
    ("NumberWithUnit/Chinese/CurrencyModel.json", 0.58),
    ("NumberWithUnit/Chinese/DimensionModel.json", 0.48),
    ("Number/Chinese/PercentModel.json", 0.45),
    ("Number/Chinese/NumberModel.json", 0.65),
    ("Number/Chinese/NumberRangeModel.json", 0.28),
];

fn peers_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("GWR_PEERS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/peers"));
    let specs = dir.join("recognizers-text/Specs");
    specs.is_dir().then_some(specs)
}

/// Their unit names for dimensions, as our base unit and factor.
const DIMENSION_UNITS: &[(&str, &str, &str)] = &[
    ("Kilogram", "千克", "1"),
    ("Gram", "千克", "0.001"),
    ("Ton", "千克", "1000"),
    ("Jin", "千克", "0.5"),
    ("Meter", "米", "1"),
    ("Centimeter", "米", "0.01"),
    ("Kilometer", "米", "1000"),
    ("Mu", "亩", "1"),
    ("Kilowatt", "千瓦", "1"),
];

/// Their ISO currency codes for our base units of money.
const CURRENCIES: &[(&str, &str)] = &[
    ("CNY", "元"),
    ("USD", "美元"),
    ("HKD", "港元"),
    ("EUR", "欧元"),
    ("JPY", "日元"),
    ("GBP", "英镑"),
];

/// Categories of disagreement, tried in order on the input and their result texts.
const CATEGORIES: &[(&str, &[&str])] = &[
    (
        "discounts and tenths (折, 成): not in our percent forms",
        &["折", "成"],
    ),
    (
        "comparison words (大于, 小于, 或者, 与…间, 多于): not our qualifiers",
        &[
            "大于", "小于", "等于", "或者", "多于", "少于", "超过", "不到", "之间", "间", "至少",
            "最多",
        ],
    ),
    (
        "fractions: a unit (N分之) to us, a decimal to them",
        &["分之", "/"],
    ),
    ("vague numbers (几, 半, 多万多亿)", &["几", "半", "多"]),
    ("spaces inside a figure", &[" ", "\u{3000}"]),
    (
        "Latin letters (e notation, k, dozen)",
        &["e", "E", "k", "K", "d", "t"],
    ),
    ("ordinals and 第", &["第"]),
];

fn categorize(input: &str, texts: &[String], file: &str) -> String {
    for (name, needles) in CATEGORIES {
        if needles
            .iter()
            .any(|n| input.contains(n) || texts.iter().any(|t| t.contains(n)))
        {
            return (*name).to_owned();
        }
    }
    if file.contains("Currency") {
        return "currency or bare number we do not count as money (台币, 奈拉, 1600万 without 元)"
            .to_owned();
    }
    if file.contains("Dimension") {
        return "unit outside our dimensions (两, bit, 赫兹, 千卡) or not in our tables".to_owned();
    }
    "other reading difference".to_owned()
}

/// Their decimal string ("-4504040000", "1.232E+15") as a Decimal, if it is a finite one.
fn their_number(s: &str) -> Option<Decimal> {
    Decimal::from_str(s)
        .ok()
        .or_else(|| Decimal::from_scientific(s).ok())
}

/// The text of a result, cut from the input by their character offsets (end inclusive).
fn result_text(input: &str, result: &Value) -> Option<String> {
    let start = result["Start"].as_u64()? as usize;
    let end = result["End"].as_u64()? as usize;
    Some(input.chars().skip(start).take(end + 1 - start).collect())
}

/// Their expected values for a quantity model, as sortable strings "unit value".
fn expected_quantities(file: &str, results: &[Value]) -> Option<Vec<String>> {
    results
        .iter()
        .map(|r| {
            let res = &r["Resolution"];
            let value = res["value"].as_str()?;
            if file.contains("Currency") {
                let iso = res["isoCurrency"].as_str()?;
                let (_, base) = CURRENCIES.iter().find(|(code, _)| *code == iso)?;
                Some(format!("{base} {}", their_number(value)?.normalize()))
            } else if file.contains("Dimension") {
                let unit = res["unit"].as_str()?;
                let (_, base, factor) = DIMENSION_UNITS.iter().find(|(u, _, _)| *u == unit)?;
                let v = their_number(value)? * Decimal::from_str(factor).ok()?;
                Some(format!("{base} {}", v.normalize()))
            } else {
                let v = their_number(value.strip_suffix('%')?)?;
                Some(format!("% {}", v.normalize()))
            }
        })
        .collect()
}

/// What we find in the input for a quantity model, in the same form.
fn our_quantities(file: &str, input: &str) -> Vec<String> {
    scan(input)
        .filter(|q| {
            if file.contains("Currency") {
                q.dimension == Dimension::Money
            } else if file.contains("Dimension") {
                matches!(
                    q.dimension,
                    Dimension::Length
                        | Dimension::Mass
                        | Dimension::Area
                        | Dimension::Volume
                        | Dimension::Energy
                )
            } else {
                matches!(q.dimension, Dimension::Percent | Dimension::PercentagePoint)
            }
        })
        .map(|q| {
            let unit = if matches!(q.dimension, Dimension::Percent | Dimension::PercentagePoint) {
                "%".to_owned()
            } else {
                q.base_unit.to_string()
            };
            format!("{unit} {}", q.base_value.normalize())
        })
        .collect()
}

/// Their range value "[1000,1500)" / "(500,)" / "(,5]" as (low, high).
fn their_bounds(value: &str) -> Option<(Option<Decimal>, Option<Decimal>)> {
    let inner = value.get(1..value.len().checked_sub(1)?)?;
    let (low, high) = inner.split_once(',')?;
    let bound = |s: &str| {
        if s.is_empty() {
            Some(None)
        } else {
            their_number(s).map(Some)
        }
    };
    Some((bound(low)?, bound(high)?))
}

/// `text` with 个 after its last digit, so that our range grammar (which needs a unit) applies.
fn with_classifier(text: &str) -> String {
    let is_digit = |c: char| {
        c.is_ascii_digit() || "０１２３４５６７８９零〇一二两三四五六七八九十百千万亿".contains(c)
    };
    match text.char_indices().rfind(|(_, c)| is_digit(*c)) {
        Some((i, c)) => format!(
            "{}个{}",
            &text[..i + c.len_utf8()],
            &text[i + c.len_utf8()..]
        ),
        None => text.to_owned(),
    }
}

fn case_agrees(file: &str, input: &str, results: &[Value]) -> bool {
    if file.ends_with("NumberModel.json") {
        if results.is_empty() {
            return parse_number(input).is_err();
        }
        return results.iter().all(|r| {
            let text = result_text(input, r).unwrap_or_default();
            let want = r["Resolution"]["value"].as_str().and_then(their_number);
            want.is_some() && parse_number(&text).ok() == want
        });
    }
    if file.ends_with("NumberRangeModel.json") {
        return !results.is_empty()
            && results.iter().all(|r| {
                let text = result_text(input, r).unwrap_or_default();
                let read = parse(&text).or_else(|_| parse(&with_classifier(&text)));
                let want = r["Resolution"]["value"].as_str().and_then(their_bounds);
                want.is_some() && read.ok().map(|q| q.bounds()) == want
            });
    }
    match expected_quantities(file, results) {
        Some(mut want) => {
            let mut got = our_quantities(file, input);
            want.sort();
            got.sort();
            want == got
        }
        None => false,
    }
}

#[test]
fn agreement_with_recognizers_text() {
    let Some(specs) = peers_dir() else {
        eprintln!("peer specs not found (set GWR_PEERS or put them at ../shared/peers): skipped");
        return;
    };
    let mut below = Vec::new();
    for (file, floor) in FLOORS {
        let raw = std::fs::read_to_string(specs.join(file)).unwrap();
        let cases: Vec<Value> = serde_json::from_str(raw.trim_start_matches('\u{feff}')).unwrap();
        let mut agreed = 0;
        let mut categories: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for case in &cases {
            let input = case["Input"].as_str().unwrap_or_default();
            let results = case["Results"].as_array().cloned().unwrap_or_default();
            if case_agrees(file, input, &results) {
                agreed += 1;
            } else {
                let texts: Vec<String> = results
                    .iter()
                    .filter_map(|r| r["Text"].as_str().map(str::to_owned))
                    .collect();
                categories
                    .entry(categorize(input, &texts, file))
                    .or_default()
                    .push(input.to_owned());
            }
        }
        let rate = agreed as f64 / cases.len() as f64;
        eprintln!(
            "{file}: {agreed}/{} agree ({:.1}%)",
            cases.len(),
            rate * 100.0
        );
        for (category, inputs) in &categories {
            let examples: Vec<&str> = inputs.iter().take(3).map(String::as_str).collect();
            eprintln!("  {:>3} {category}: e.g. {examples:?}", inputs.len());
        }
        if rate < *floor {
            below.push(format!("{file}: {rate:.3} < {floor}"));
        }
    }
    assert!(
        below.is_empty(),
        "agreement fell below the floor: {below:?}"
    );
}
