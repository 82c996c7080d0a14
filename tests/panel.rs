//! The `panel` example end to end on a corpus built here: two places over three years, one
//! report in GB18030, one broken file, reports in nested folders, and two towns of one name
//! in different counties (with a third report of that name that says no county). Rows are
//! checked one by one against `data/panel/expected.tsv`, and runs with 1 and 2 jobs must
//! write the same bytes. Then: one folder in three layouts (headed texts, place and year in
//! the path, a manifest) gives the same rows; failed runs damage nothing and leave nothing
//! behind; and `compare` warns about mismatched inputs.

// A test that cannot set up its files or run the example should stop right there.
#![allow(clippy::unwrap_used)]

mod common;

use std::{
    path::Path,
    process::{Command, Output},
};

use common::example_exe;

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

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(example_exe("panel"))
        .args(args)
        .output()
        .unwrap()
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
    let actual: Vec<String> = records(
        &outputs[0],
        &[
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
            "target_source",
            "actual_source",
        ],
    )
    .into_iter()
    .map(|mut cells| {
        for source in cells.iter_mut().skip(10) {
            *source = relative(source);
        }
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
    assert!(
        lines
            .iter()
            .all(|l| l["schema_version"] == gwr::compare::SCHEMA_VERSION)
    );
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
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains("No such file or directory"), "{stderr}");

    let file = corpus.path().join("broken.txt");
    let result = run(&[file.as_os_str()]);
    assert!(!result.status.success());
    assert!(String::from_utf8_lossy(&result.stderr).contains("not a directory"));
}

/// One place-year of the round-trip folder: (county, town, year, body). The body opens at
/// 各位代表 with no title, date or place, as data sets of reports often do.
const BODIES: &[(&str, &str, u16, &str)] = &[
    (
        "青山县",
        "青溪镇",
        2022,
        "各位代表：\n一、2021年工作回顾\n全年地区生产总值增长5.6%；财政收入2900万元。\n二、2022年工作安排\n主要预期目标是：地区生产总值增长6%左右；财政收入增长8%以上；城镇新增就业500人。\n",
    ),
    (
        "青山县",
        "青溪镇",
        2023,
        "各位代表：\n一、过去一年工作回顾\n全年地区生产总值增长5.8%；财政收入3100万元，增长6.9%；城镇新增就业540人。\n二、今年工作安排\n主要预期目标是：地区生产总值增长6%；财政收入增长7%；城镇新增就业550人。预计可新增就业人员600人。\n",
    ),
    (
        "青山县",
        "青溪镇",
        2024,
        "各位代表：\n一、2023年工作回顾\n全年地区生产总值增长6.3%；城镇新增就业610人。\n二、2024年工作安排\n主要预期目标是：地区生产总值增长6.5%左右。\n",
    ),
    (
        "白水县",
        "石桥镇",
        2023,
        "各位代表：\n一、2022年工作回顾\n全年完成固定资产投资2.1亿元。\n二、2023年工作安排\n主要预期目标是：固定资产投资增长10%；城乡居民人均可支配收入增长7%。\n",
    ),
    (
        "白水县",
        "石桥镇",
        2024,
        "各位代表：\n一、2023年工作回顾\n全年固定资产投资2.4亿元；城镇居民人均可支配收入增长6.1%，农村居民人均可支配收入增长7.8%。\n二、2024年工作安排\n主要预期目标是：固定资产投资增长8%。\n",
    ),
];

/// The columns that do not depend on where the text sits in its file.
const CONTENT_COLUMNS: &[&str] = &[
    "place",
    "jurisdiction",
    "level",
    "year",
    "indicator",
    "measure",
    "constraint",
    "target",
    "actual",
    "verdict",
    "margin_pp",
    "ratio",
    "target_sentence",
    "actual_sentence",
];

/// A CSV's records, by the named columns.
fn records(csv_bytes: &[u8], columns: &[&str]) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_reader(csv_bytes);
    let headers = reader.headers().unwrap().clone();
    let index: Vec<usize> = columns
        .iter()
        .map(|c| headers.iter().position(|h| h == *c).unwrap())
        .collect();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            index.iter().map(|&k| r[k].to_owned()).collect()
        })
        .collect()
}

fn panel_csv(args: &[&std::ffi::OsStr]) -> Vec<u8> {
    let result = run(args);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    result.stdout
}

#[test]
fn three_layouts_give_the_same_rows() {
    // Headed texts: place, county and date in the header; the files named anyhow.
    let headed = tempfile::tempdir().unwrap();
    for (k, (county, town, year, body)) in BODIES.iter().enumerate() {
        let text = format!(
            "{town}政府工作报告\n——{year}年2月16日在{county}{town}第十八届人民代表大会第{k}次会议上\n{body}"
        );
        std::fs::write(headed.path().join(format!("report{k}.txt")), text).unwrap();
    }
    // Place and year in the path.
    let pathed = tempfile::tempdir().unwrap();
    for (county, town, year, body) in BODIES {
        let dir = pathed.path().join(county).join(town);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{year}.txt")), body).unwrap();
    }
    // A manifest beside flat files.
    let listed = tempfile::tempdir().unwrap();
    let mut manifest = String::from("file,place,year,level,parent\n");
    for (k, (county, town, year, body)) in BODIES.iter().enumerate() {
        std::fs::write(listed.path().join(format!("{k}.txt")), body).unwrap();
        manifest.push_str(&format!("{k}.txt,{town},{year},town,{county}\n"));
    }
    let manifest_path = listed.path().join("manifest.csv");
    std::fs::write(&manifest_path, manifest).unwrap();

    let from_headers = records(&panel_csv(&[headed.path().as_os_str()]), CONTENT_COLUMNS);
    let from_paths = records(
        &panel_csv(&[
            pathed.path().as_os_str(),
            "--layout".as_ref(),
            "{county}/{place}/{year}.txt".as_ref(),
        ]),
        CONTENT_COLUMNS,
    );
    let from_manifest = records(
        &panel_csv(&[
            listed.path().as_os_str(),
            "--manifest".as_ref(),
            manifest_path.as_os_str(),
        ]),
        CONTENT_COLUMNS,
    );
    assert_eq!(from_paths, from_headers);
    assert_eq!(from_manifest, from_headers);

    let row = |year: &str, indicator: &str, measure: &str| {
        from_headers
            .iter()
            .find(|r| r[3] == year && r[4] == indicator && r[5] == measure)
            .unwrap_or_else(|| panic!("no {year} {indicator} {measure} row"))
            .clone()
    };
    let gdp = row("2022", "gdp", "growth");
    assert_eq!(
        gdp[..12],
        [
            "青溪镇",
            "青山县",
            "town",
            "2022",
            "gdp",
            "growth",
            "approx",
            "6",
            "5.8",
            "within_tolerance",
            "-0.2",
            ""
        ]
    );
    assert_eq!(
        gdp[13],
        "全年地区生产总值增长5.8%；财政收入3100万元，增长6.9%；城镇新增就业540人。"
    );
    // 2023's jobs: the 600 expected in the 2023 plan is no result; 610 in the 2024 review is.
    assert_eq!(row("2023", "new_urban_jobs", "count")[8], "610");
    assert_eq!(row("2022", "new_urban_jobs", "count")[11], "1.08");
    assert_eq!(row("2024", "gdp", "growth")[9], "no_review_report");
    assert_eq!(
        row("2023", "fixed_asset_investment", "growth")[9],
        "not_comparable"
    );
    assert_eq!(
        row("2023", "resident_income", "growth")[9],
        "not_comparable"
    );
    assert_eq!(row("2021", "gdp", "growth")[9], "no_target");
}

#[test]
fn a_header_that_disagrees_with_the_path_is_a_warning() {
    let corpus = tempfile::tempdir().unwrap();
    let dir = corpus.path().join("青山县").join("青溪镇");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("2023.txt"),
        format!(
            "石桥镇政府工作报告\n——2022年2月16日在石桥镇第十八届人民代表大会第二次会议上\n{}",
            BODIES[1].3
        ),
    )
    .unwrap();
    std::fs::write(corpus.path().join("stray.txt"), BODIES[0].3).unwrap();
    let coverage = tempfile::NamedTempFile::new().unwrap();
    let result = run(&[
        corpus.path().as_os_str(),
        "--layout".as_ref(),
        "{county}/{place}/{year}.txt".as_ref(),
        "--coverage".as_ref(),
        coverage.path().as_os_str(),
    ]);
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(result.status.success(), "{stderr}");
    assert!(
        stderr.contains(
            "the report's header names 石桥镇, the path or manifest 青溪镇; 青溪镇 is used"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "the report's text gives the year 2022, the path or manifest 2023; 2022 is used"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("stray.txt: the path does not match --layout"),
        "{stderr}"
    );
    let findings = records(
        &std::fs::read(coverage.path()).unwrap(),
        &["kind", "detail"],
    );
    let kinds: Vec<&str> = findings.iter().map(|f| f[0].as_str()).collect();
    assert_eq!(kinds, ["skipped", "warning", "warning"]);
    // The place of the path; the year its plan section names (今年工作安排, dated 2022).
    let rows = records(&result.stdout, &["place", "year", "target"]);
    assert!(
        rows.iter().any(|r| r[1] == "2022" && !r[2].is_empty()),
        "{rows:?}"
    );
    assert!(rows.iter().all(|r| r[0] == "青溪镇"), "{rows:?}");
}

#[test]
fn bad_layouts_and_manifests_stop_before_reading() {
    let corpus = tempfile::tempdir().unwrap();
    std::fs::write(corpus.path().join("a.txt"), BODIES[0].3).unwrap();
    let result = run(&[
        corpus.path().as_os_str(),
        "--layout".as_ref(),
        "{province}/{town/{year}.txt".as_ref(),
    ]);
    assert!(!result.status.success());
    assert!(String::from_utf8_lossy(&result.stderr).contains("a { with no }"));
    for (args, problem) in [
        (
            &["--layout", "{year}.txt", "--manifest", "m.csv"][..],
            "give --layout or --manifest, once",
        ),
        (&["--excel", "--format", "jsonl"][..], "--excel is for CSV"),
    ] {
        let mut all = vec![corpus.path().as_os_str()];
        all.extend(args.iter().map(std::ffi::OsStr::new));
        let result = run(&all);
        assert!(!result.status.success(), "{args:?}");
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert!(stderr.contains(problem), "{args:?}: {stderr}");
    }

    for (manifest, problem) in [
        ("file,year\na.txt,2023\n", "no \"place\" column"),
        (
            "file,place,year\na.txt,青溪镇,2023\na.txt,青溪镇,二〇二三\n",
            "line 3: the year",
        ),
        (
            "file,place,year,level\na.txt,青溪镇,2023,village\n",
            "line 2: the level",
        ),
    ] {
        let path = corpus.path().join("manifest.csv");
        std::fs::write(&path, manifest).unwrap();
        let result = run(&[
            corpus.path().as_os_str(),
            "--manifest".as_ref(),
            path.as_os_str(),
        ]);
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert!(!result.status.success(), "{manifest}");
        assert!(stderr.contains(problem), "{manifest}: {stderr}");
    }
}

/// The names in `dir`, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_failed_run_damages_nothing_and_leaves_nothing() {
    let unreadable = tempfile::tempdir().unwrap();
    std::fs::write(unreadable.path().join("broken.txt"), b"\x00\x01\x02").unwrap();
    let out = tempfile::tempdir().unwrap();
    let existing = out.path().join("panel.csv");
    std::fs::write(&existing, "yesterday's table\n").unwrap();
    // Nothing readable: the run fails before any output.
    let result = run(&[
        unreadable.path().as_os_str(),
        "--out".as_ref(),
        existing.as_os_str(),
    ]);
    assert!(!result.status.success());
    assert!(String::from_utf8_lossy(&result.stderr).contains("no output written"));
    assert_eq!(
        std::fs::read_to_string(&existing).unwrap(),
        "yesterday's table\n"
    );
    assert_eq!(names_in(out.path()), ["panel.csv"]);

    // The output cannot be put in place (a folder has its name): the partial file goes.
    let corpus = tempfile::tempdir().unwrap();
    write_corpus(corpus.path());
    let blocked = out.path().join("blocked");
    std::fs::create_dir(&blocked).unwrap();
    std::fs::write(blocked.join("keep.txt"), "kept").unwrap();
    let result = run(&[
        corpus.path().as_os_str(),
        "--out".as_ref(),
        blocked.as_os_str(),
    ]);
    assert!(!result.status.success());
    assert_eq!(names_in(out.path()), ["blocked", "panel.csv"]);
    assert_eq!(names_in(&blocked), ["keep.txt"]);
}

#[cfg(unix)]
#[test]
fn output_takes_the_umask_mode_and_excel_gets_a_bom() {
    use std::os::unix::fs::PermissionsExt;
    let corpus = tempfile::tempdir().unwrap();
    write_corpus(corpus.path());
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("panel.csv");
    let status = Command::new("sh")
        .arg("-c")
        .arg("umask 027 && exec \"$@\"")
        .arg("sh")
        .arg(example_exe("panel"))
        .arg(corpus.path())
        .args(["--excel", "--out"])
        .arg(&file)
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640, "{mode:o}");
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with("\u{feff}schema_version,".as_bytes()));
    assert_eq!(names_in(out.path()), ["panel.csv"]);
}

#[test]
fn an_empty_result_is_a_header() {
    let corpus = tempfile::tempdir().unwrap();
    std::fs::write(
        corpus.path().join("quiet.txt"),
        "青溪镇政府工作报告\n各位代表：\n一、2023年工作回顾\n我们团结一心，各项工作稳步推进。\n",
    )
    .unwrap();
    let bytes = panel_csv(&[corpus.path().as_os_str()]);
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.starts_with("schema_version,place,jurisdiction,year,"));
    // The header is the one a non-empty result has.
    let full = panel_csv(&[Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/data")
        .as_os_str()]);
    assert!(full.starts_with(text.as_bytes()));
    assert!(full.len() > text.len());
}

#[test]
fn compare_warns_about_mismatched_reports() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, town: &str, year: u16| {
        let path = dir.path().join(name);
        std::fs::write(
            &path,
            format!(
                "{town}政府工作报告\n——{year}年2月16日在{town}第十八届人民代表大会第二次会议上\n{}",
                BODIES[1].3
            ),
        )
        .unwrap();
        path
    };
    let plan = write("plan.txt", "青溪镇", 2023);
    let other_town = write("other.txt", "石桥镇", 2024);
    let two_years_on = write("later.txt", "青溪镇", 2025);
    let next = write("next.txt", "青溪镇", 2024);
    let compare = |review: &Path| {
        let out = Command::new(example_exe("compare"))
            .arg(&plan)
            .arg(review)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    assert!(
        compare(&other_town)
            .contains("warning: the plan report is of 青溪镇 but the review report of 石桥镇"),
    );
    assert!(
        compare(&two_years_on)
            .contains("warning: the plan report was given in 2023 and the review report in 2025")
    );
    assert_eq!(compare(&next), "");
}

#[test]
#[cfg(target_os = "linux")]
fn a_killed_run_leaves_the_old_output_and_nothing_else() {
    let corpus = tempfile::tempdir().unwrap();
    for k in 0..200 {
        write_corpus(&corpus.path().join(format!("batch{k:03}")));
    }
    let out = tempfile::tempdir().unwrap();
    let existing = out.path().join("panel.csv");
    std::fs::write(&existing, "yesterday's table\n").unwrap();
    let mut child = Command::new(example_exe("panel"))
        .arg(corpus.path())
        .arg("--out")
        .arg(&existing)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(50));
    // SIGKILL: no handler runs. The rows are written, as they are made, into a file with no
    // name (O_TMPFILE) that is linked and renamed into place at the end, so the kill finds
    // the old file in place and nothing beside it, however far the run got.
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(names_in(out.path()), ["panel.csv"]);
    let text = std::fs::read_to_string(&existing).unwrap();
    assert!(
        text == "yesterday's table\n" || text.starts_with("schema_version,"),
        "{text}"
    );
}

/// A figure that once panicked the numeral reader (issue 12) killed the whole run without
/// naming the file; now it is an unreadable figure, and a panic would be that file's error.
#[test]
fn a_file_that_once_panicked_does_not_stop_the_run() {
    let corpus = tempfile::tempdir().unwrap();
    write_corpus(corpus.path());
    std::fs::write(
        corpus.path().join("qingxi/2023_overflow.txt"),
        "青溪镇政府工作报告\n——2023年2月16日在青溪镇第十八届人民代表大会第二次会议上\n各位代表：\n一、2022年工作回顾\n全年实现地区生产总值5万79228162514264337593543950000亿元。\n",
    )
    .unwrap();
    let result = run(&[corpus.path().as_os_str()]);
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(result.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.contains("10 files read"), "{stderr}");
}
