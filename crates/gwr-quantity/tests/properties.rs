//! Properties: the canonical form round-trips, Chinese numerals read back to the number they
//! spell, and `scan` never panics and returns in-order spans on character boundaries.

use gwr_quantity::{Quantity, parse, scan};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Everything but the as-written fields (span, text, number).
fn meaning(q: &Quantity) -> impl PartialEq + std::fmt::Debug {
    (
        q.value,
        q.high,
        q.unit.clone(),
        q.dimension,
        q.base_value,
        q.base_unit.clone(),
        q.qualifier,
        q.base_low,
        q.base_high,
    )
}

const UNITS: &[&str] = &[
    "元",
    "万元",
    "亿元",
    "美元",
    "港元",
    "亩",
    "万亩",
    "公顷",
    "平方米",
    "公里",
    "米",
    "吨",
    "万吨",
    "斤",
    "立方米",
    "千瓦时",
    "千瓦",
    "%",
    "个百分点",
    "倍",
    "家",
    "个",
    "人次",
    "户",
    "万人",
    "吨/日",
    "元/亩",
];
const PREFIXES: &[&str] = &["", "约", "超", "近", "不超过"];
const SUFFIXES: &[&str] = &["", "左右", "以上", "以内", "以下"];

/// A decimal as written: up to 7 integer digits and up to 3 decimals.
fn decimal() -> impl Strategy<Value = String> {
    (0u64..10_000_000, proptest::option::of(0u32..1000)).prop_map(|(int, frac)| match frac {
        Some(f) => format!("{int}.{f:03}"),
        None => int.to_string(),
    })
}

/// An expression in the forms reports use, from the parts above.
fn expression() -> impl Strategy<Value = String> {
    (
        proptest::sample::select(PREFIXES),
        decimal(),
        proptest::option::of(1u32..1000),
        proptest::sample::select(UNITS),
        proptest::sample::select(SUFFIXES),
    )
        .prop_map(|(prefix, low, span, unit, suffix)| {
            let high = span.map(|d| {
                let low: Decimal = low.parse().expect("a decimal we wrote");
                format!("-{}", low + Decimal::from(d))
            });
            format!("{prefix}{low}{}{unit}{suffix}", high.unwrap_or_default())
        })
}

const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const FINANCIAL: &[(&str, &str)] = &[
    ("一", "壹"),
    ("二", "贰"),
    ("三", "叁"),
    ("四", "肆"),
    ("五", "伍"),
    ("六", "陆"),
    ("七", "柒"),
    ("八", "捌"),
    ("九", "玖"),
    ("十", "拾"),
    ("百", "佰"),
    ("千", "仟"),
    ("万", "萬"),
    ("亿", "億"),
];

/// A number below 10000 in Chinese, with 零 for inner gaps ("一千零五").
fn chinese_group(n: u64) -> String {
    let mut out = String::new();
    let mut gap = false;
    for (power, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
        let d = (n / power % 10) as usize;
        if d == 0 {
            gap = !out.is_empty();
            continue;
        }
        if gap {
            out.push('零');
            gap = false;
        }
        out.push_str(DIGITS[d]);
        out.push_str(name);
    }
    out
}

/// A number in standard Chinese numerals ("一亿零五", "三千零二万四千").
fn chinese(n: u64) -> String {
    if n == 0 {
        return "零".to_owned();
    }
    let mut out = String::new();
    let mut zero = false;
    for (unit, name) in [(100_000_000u64, "亿"), (10_000, "万"), (1, "")] {
        let part = if unit == 100_000_000 {
            n / unit
        } else {
            n / unit % 10_000
        };
        if part == 0 {
            zero = !out.is_empty();
            continue;
        }
        if !out.is_empty() && (zero || part < 1000) {
            out.push('零');
        }
        zero = false;
        let spelled = if part >= 10_000 {
            chinese(part)
        } else {
            chinese_group(part)
        };
        out.push_str(&spelled);
        out.push_str(name);
    }
    out
}

proptest! {
    #[test]
    fn canonical_form_round_trips(text in expression()) {
        let q = parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        let canonical = q.to_string();
        let again = parse(&canonical).map_err(|e| TestCaseError::fail(format!("{canonical}: {e}")))?;
        prop_assert_eq!(meaning(&again), meaning(&q), "{} -> {}", text, canonical);
        prop_assert_eq!(again.to_string(), canonical);
    }

    #[test]
    fn chinese_numerals_read_back(n in 0u64..10_000_000_000_000, financial in any::<bool>()) {
        let mut spelled = chinese(n);
        if financial {
            for (plain, fancy) in FINANCIAL {
                spelled = spelled.replace(plain, fancy);
            }
        }
        let q = parse(&format!("{spelled}元"))
            .map_err(|e| TestCaseError::fail(format!("{spelled}: {e}")))?;
        prop_assert_eq!(q.base_value, Decimal::from(n), "{}", spelled);
        prop_assert_eq!(gwr_quantity::parse_number(&spelled), Ok(Decimal::from(n)));
    }

    #[test]
    fn scan_spans_are_in_order_on_boundaries(
        text in "[0-9０-９.,，、%％\\-~至到约超近余多左右以上内第年月日个家亩万亿元千百十一二两三五零〇“”《》 a-zG+]{0,40}|\\PC{0,40}"
    ) {
        let mut last_end = 0;
        for q in scan(&text) {
            prop_assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
            prop_assert!(last_end <= q.span.start && q.span.start < q.span.end, "{:?}", q.span);
            prop_assert_eq!(&text[q.span.clone()], q.text.as_str());
            last_end = q.span.end;
        }
    }

    #[test]
    fn parse_never_panics_and_errors_point_into_the_input(
        text in "[0-9０-９.,%％\\-~至约超近余多左右以上第年个家亩万亿元千百十一二两三五零〇分之点 ]{0,16}|\\PC{0,16}"
    ) {
        if let Err(e) = parse(&text) {
            prop_assert!(e.span.start <= e.span.end && e.span.end <= text.len(), "{:?}", e);
            prop_assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
            prop_assert!(!e.message.is_empty());
        }
        let _ = gwr_quantity::parse_number(&text);
    }
}
