//! The `claims` example's output: the sentence text only on request, so output grows with
//! the number of figures, not with figures × sentence length.

// A test that cannot set up its files or run the example should stop right there.
#![allow(clippy::unwrap_used)]

mod common;

use std::process::Command;

/// Our own plan paragraph: one sentence, three figures.
const REPORT: &str = "城关镇政府工作报告\n二、2024年工作安排\n主要预期目标是：地区生产总值增长6%左右，财政收入增长5%，城镇登记失业率控制在4.5%以内。\n";

fn claims(text: &str, args: &[&str]) -> Vec<serde_json::Value> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.txt");
    std::fs::write(&path, text).unwrap();
    let out = Command::new(common::example_exe("claims"))
        .args(args)
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn sentence_text_only_with_the_flag() {
    let sentence =
        "主要预期目标是：地区生产总值增长6%左右，财政收入增长5%，城镇登记失业率控制在4.5%以内。";
    let plain = claims(REPORT, &[]);
    assert_eq!(plain.len(), 3);
    for line in &plain {
        assert!(line["sentence_text"].is_null(), "{line}");
        assert_eq!(line["schema_version"], gwr::compare::SCHEMA_VERSION);
    }
    let with = claims(REPORT, &["--sentence"]);
    assert_eq!(with.len(), 3);
    for (line, plain) in with.iter().zip(&plain) {
        assert_eq!(line["sentence_text"], sentence);
        let start = REPORT.find(sentence).unwrap();
        assert_eq!(
            line["sentence"],
            serde_json::json!([start, start + sentence.len()])
        );
        // Nothing else differs.
        let mut line = line.clone();
        line["sentence_text"] = serde_json::Value::Null;
        assert_eq!(&line, plain);
    }
}

/// One sentence of 2,000 figures printed them with the whole sentence on each line: 140 KB
/// in gave 561 MB out. Now each line is short, whatever the sentence.
#[test]
fn one_long_sentence_gives_short_lines() {
    let sentence = "地区生产总值增长6%左右，".repeat(2_000);
    let lines = claims(
        &format!("城关镇政府工作报告\n二、2024年工作安排\n主要预期目标是：{sentence}\n"),
        &[],
    );
    assert_eq!(lines.len(), 2_000);
    for line in &lines {
        assert!(line.to_string().len() < 400, "{line}");
    }
}

/// A file over the input limit fails with one line that says so, before it is read.
#[test]
fn an_input_over_the_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    // Sparse: no disk space is used.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len((64 << 20) + 1).unwrap();
    let out = Command::new(common::example_exe("claims"))
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr
            .contains("larger than the limit of 67108864 bytes (64 MiB) per input (67108865 bytes"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}
