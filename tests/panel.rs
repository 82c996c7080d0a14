//! The `panel` example end to end on a corpus built here: two places over three years, one
//! report in GB18030, one broken file, reports in nested folders, and two towns of one name
//! in different counties (with a third report of that name that says no county). Rows are checked one by
//! one against `data/panel/expected.tsv`, and runs with 1 and 2 jobs must write the same
//! bytes.

// A test that cannot set up its files or run the example should stop right there.
#![allow(clippy::unwrap_used)]

use std::{
    path::{Path, PathBuf},
    process::{Command, Output},
};

/// Our own short reports: (path under the corpus folder, text).
const REPORTS: &[(&str, &str)] = &[
    (
        "qingxi/2023.txt",
        "青溪镇政府工作报告\n——2023年2月16日在青溪镇第十八届人民代表大会第二次会议上\n各位代表：\n一、2022年工作回顾\n全年实现地区生产总值41.6亿元，同比增长5.1%。\n二、2023年工作安排\n主要预期目标是：地区生产总值增长6%左右；财政收入增长8%以上。\n",
    ),
    (
        "qingxi/2025.txt",
        "青溪镇政府工作报告\n——2025年2月12日在青溪镇第十八届人民代表大会第四次会议上\n各位代表：\n一、2024年工作回顾\n全年地区生产总值增长5.2%；城镇登记失业率3.6%。\n二、2025年工作安排\n主要预期目标是：地区生产总值增长5.5%左右。\n",
    ),
    (
        "shiqiao/2023.txt",
        "梅县区石桥镇政府工作报告\n——2023年3月1日在石桥镇第十九届人民代表大会第二次会议上\n各位代表：\n一、2022年工作回顾\n全年完成财政收入2800万元。\n二、2023年工作安排\n主要预期目标是：固定资产投资增长10%。\n",
    ),
    (
        "shiqiao/2024.txt",
        "政府工作报告\n——2024年3月5日在石桥镇第十九届人民代表大会第三次会议上\n石桥镇人民政府镇长  李 华\n各位代表：\n一、2023年工作回顾\n全年固定资产投资增长12%。\n二、2024年工作安排\n主要预期目标是：新增规上工业企业3家以上。\n",
    ),
    (
        "shiqiao/more/2025.txt",
        "石桥镇政府工作报告\n——2025年3月3日在石桥镇第十九届人民代表大会第四次会议上\n各位代表：\n一、2024年工作回顾\n全年新增规上工业企业2家。\n二、2025年工作安排\n主要预期目标是：财政收入增长6%。\n",
    ),
    // Two towns called 城关镇: their reports must not pair with each other.
    (
        "qingshan/chengguan/2023.txt",
        "青山县城关镇政府工作报告\n——2023年2月10日在城关镇第十八届人民代表大会第二次会议上\n各位代表：\n一、2022年工作回顾\n全年完成财政收入5000万元。\n二、2023年工作安排\n主要预期目标是：财政收入增长5%。\n",
    ),
    (
        "baishui/chengguan/2024.txt",
        "政府工作报告\n——2024年2月8日在白水县城关镇第十六届人民代表大会第三次会议上\n各位代表：\n一、2023年工作回顾\n全年财政收入增长9%。\n二、2024年工作安排\n主要预期目标是：财政收入增长6%。\n",
    ),
    // And one that says no county: which 城关镇 is it?
    (
        "unknown/chengguan_2024.txt",
        "城关镇政府工作报告\n——2024年3月1日在城关镇第十八届人民代表大会第三次会议上\n各位代表：\n一、2023年工作回顾\n全年财政收入增长4%。\n",
    ),
];

/// Written in GB18030 by the test.
const GB18030_REPORT: (&str, &str) = (
    "qingxi/2024_gb18030.txt",
    "青溪镇政府工作报告\n——2024年2月20日在青溪镇第十八届人民代表大会第三次会议上\n各位代表：\n一、2023年工作回顾\n全年地区生产总值增长6.4%；财政收入3350万元，增长7.4%。\n二、2024年工作安排\n主要预期目标是：地区生产总值增长6%左右；城镇登记失业率控制在4%以内。\n",
);

fn write_corpus(dir: &Path) {
    for (path, text) in REPORTS {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let (path, text) = GB18030_REPORT;
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(text);
    assert!(!unmappable);
    std::fs::write(dir.join(path), bytes).unwrap();
    std::fs::write(dir.join("broken.txt"), b"PK\x03\x04\x00\x00binary").unwrap();
    std::fs::write(dir.join("notes.md"), "not a .txt file: not read").unwrap();
}

/// The example binary `cargo test` builds beside the test binaries.
fn panel_exe() -> PathBuf {
    let deps = std::env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .to_owned();
    let exe = deps
        .parent()
        .unwrap()
        .join("examples")
        .join(format!("panel{}", std::env::consts::EXE_SUFFIX));
    if !exe.exists() {
        // `cargo test --test panel` alone does not build examples.
        let status = Command::new(env!("CARGO"))
            .args(["build", "--example", "panel"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .unwrap();
        assert!(status.success(), "could not build the panel example");
    }
    exe
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(panel_exe()).args(args).output().unwrap()
}

#[test]
fn panel_pairs_plans_with_reviews_and_is_deterministic() {
    let corpus = tempfile::tempdir().unwrap();
    write_corpus(corpus.path());
    let out = tempfile::tempdir().unwrap();
    let mut outputs = Vec::new();
    for jobs in ["1", "2"] {
        let file = out.path().join(format!("panel-{jobs}.csv"));
        let result = run(&[
            corpus.path().as_os_str(),
            "--out".as_ref(),
            file.as_os_str(),
            "--format".as_ref(),
            "csv".as_ref(),
            "--jobs".as_ref(),
            jobs.as_ref(),
        ]);
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert!(result.status.success(), "{stderr}");
        assert!(stderr.contains("broken.txt: binary data"), "{stderr}");
        assert!(stderr.contains("9 files read, 9 reports"), "{stderr}");
        assert!(
            stderr.contains("1 reports name a place that towns in several jurisdictions share"),
            "{stderr}"
        );
        outputs.push(std::fs::read(&file).unwrap());
    }
    assert_eq!(
        outputs[0], outputs[1],
        "--jobs 1 and --jobs 2 wrote different files"
    );

    let prefix = format!("{}/", corpus.path().display());
    let relative = |s: &str| {
        if s.is_empty() {
            "-".to_owned()
        } else {
            s.trim_start_matches(&prefix).to_owned()
        }
    };
    let mut reader = csv::Reader::from_reader(outputs[0].as_slice());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let columns = [
        "place",
        "jurisdiction",
        "year",
        "indicator",
        "measure",
        "constraint",
        "target",
        "actual",
        "verdict",
        "margin",
    ]
    .map(column);
    let (target_source, actual_source) = (column("target_source"), column("actual_source"));
    let actual: Vec<String> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            let mut cells: Vec<String> = columns.iter().map(|&k| r[k].to_owned()).collect();
            cells.push(relative(&r[target_source]));
            cells.push(relative(&r[actual_source]));
            cells.join("\t")
        })
        .collect();
    let expected: Vec<String> = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/panel/expected.tsv"),
    )
    .unwrap()
    .lines()
    .filter(|l| !l.starts_with('#') && !l.is_empty())
    .map(str::to_owned)
    .collect();
    assert_eq!(actual, expected);
}

#[test]
fn panel_writes_jsonl_with_the_schema_version() {
    let corpus = tempfile::tempdir().unwrap();
    write_corpus(corpus.path());
    let result = run(&[
        corpus.path().as_os_str(),
        "--format".as_ref(),
        "jsonl".as_ref(),
    ]);
    assert!(result.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(result.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 15);
    assert!(lines.iter().all(|l| l["schema_version"] == 1));
    let exceeded: Vec<_> = lines
        .iter()
        .filter(|l| l["verdict"] == "exceeded")
        .collect();
    assert_eq!(exceeded.len(), 1);
    assert_eq!(exceeded[0]["place"], "石桥镇");
    assert_eq!(exceeded[0]["jurisdiction"], "梅县区");
    assert_eq!(exceeded[0]["target_span"].as_array().map(Vec::len), Some(2));
}

#[test]
fn panel_fails_only_when_nothing_can_be_read() {
    let corpus = tempfile::tempdir().unwrap();
    std::fs::write(corpus.path().join("broken.txt"), b"\x00\x01\x02").unwrap();
    let result = run(&[corpus.path().as_os_str()]);
    assert!(!result.status.success());
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains("no file could be read"), "{stderr}");
    assert!(stderr.contains("broken.txt: binary data"), "{stderr}");

    let missing = corpus.path().join("nowhere");
    let result = run(&[missing.as_os_str()]);
    assert!(!result.status.success());
    assert!(String::from_utf8_lossy(&result.stderr).contains("not a directory"));
}
