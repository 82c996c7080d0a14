//! Compares what a report promised for a year with what the next report says was achieved.
//!
//! ```text
//! cargo run --release --example compare -- [--json|--csv] [PLAN_REPORT REVIEW_REPORT]
//! cargo run --release --example compare -- [--json|--csv] REPORT
//! ```
//!
//! PLAN_REPORT set year N's targets; REVIEW_REPORT reviewed year N. With one REPORT, its own
//! completion statements (目标完成率…) are judged. With no file it runs on a built-in pair of
//! sample reports. A warning goes to standard error when the two reports name different
//! places, or the review was not given the year after the plan. Output: a readable table, or `--json` / `--csv` for programs
//! (docs/schema.md, "compare").

mod common;

use std::{ffi::OsString, io::Write, path::PathBuf, process::ExitCode};

use gwr::compare::{Comparison, Policy, Row};
use unicode_width::UnicodeWidthStr;

const SAMPLE_PLAN: (&str, &str) = (
    "<built-in 2023 report>",
    include_str!("data/qingxi_2023.txt"),
);
const SAMPLE_REVIEW: (&str, &str) = (
    "<built-in 2024 report>",
    include_str!("data/qingxi_2024.txt"),
);

const USAGE: &str = "usage: compare [--json|--csv] [--lexicon FILE.toml] [--approx-pp PP] \
     [--approx-ratio R] [--in-step-pp PP] [PLAN_REPORT REVIEW_REPORT | REPORT]";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Table,
    Json,
    Csv,
}

fn main() -> ExitCode {
    let (format, lexicon, policy, paths) = match args() {
        Ok(parsed) => parsed,
        Err(e) => common::fail("compare", &format!("{e}\n{USAGE}")),
    };
    let (plan, review) = match paths.as_slice() {
        [] => (
            common::read_input(None, SAMPLE_PLAN),
            common::read_input(None, SAMPLE_REVIEW),
        ),
        [one] => {
            let input = common::read_input(Some(one), SAMPLE_PLAN);
            (input.clone(), input)
        }
        [plan, review] => (
            common::read_input(Some(plan), SAMPLE_PLAN),
            common::read_input(Some(review), SAMPLE_REVIEW),
        ),
        _ => common::fail("compare", &format!("too many files\n{USAGE}")),
    };
    let extractor = common::extractor(lexicon.as_deref());
    let (plan_doc, review_doc) = (
        gwr::grammar::parse(&plan.text),
        gwr::grammar::parse(&review.text),
    );
    if paths.len() == 2 {
        for warning in gwr::compare::panel::pair_warnings(&plan_doc, &review_doc) {
            eprintln!("warning: {warning}");
        }
    }
    let plan_claims = extractor.claims(&plan_doc);
    let review_claims = extractor.claims(&review_doc);
    let comparison =
        gwr::compare::compare_with(&plan_claims, &review_claims, &policy, extractor.lexicon());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match format {
        Format::Json => serde_json::to_writer(&mut out, &comparison)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out)),
        Format::Csv => write_csv(&mut out, &comparison),
        Format::Table => write_table(&mut out, &plan.name, &review.name, &comparison),
    }
    .and_then(|()| out.flush());
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => common::fail("<stdout>", &e.to_string()),
    }
}

type Args = (Format, Option<PathBuf>, Policy, Vec<OsString>);

fn args() -> Result<Args, lexopt::Error> {
    use lexopt::prelude::*;
    let mut format = Format::Table;
    let mut lexicon = None;
    let mut policy = Policy::default();
    let mut paths = Vec::new();
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("json") => format = Format::Json,
            Long("csv") => format = Format::Csv,
            Long("lexicon") => lexicon = Some(PathBuf::from(parser.value()?)),
            Long(name) if common::POLICY_OPTIONS.contains(&name) => {
                let name = name.to_owned();
                common::policy_option(&mut policy, &name, &mut parser)?;
            }
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(v) => paths.push(v),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok((format, lexicon, policy, paths))
}

fn text(v: &Option<impl ToString>) -> String {
    v.as_ref().map_or(String::new(), ToString::to_string)
}

/// One CSV record: a row with its spans as start/end columns.
#[derive(serde::Serialize)]
struct CsvRow<'a> {
    schema_version: u32,
    indicator: Option<&'a str>,
    indicator_text: &'a str,
    year: Option<u16>,
    measure: &'static str,
    constraint: &'static str,
    target: String,
    target_high: String,
    target_text: &'a str,
    target_start: usize,
    target_end: usize,
    actual: String,
    actual_text: Option<&'a str>,
    actual_start: Option<usize>,
    actual_end: Option<usize>,
    actual_role: &'static str,
    base_unit: Option<&'a str>,
    reference: Option<&'a str>,
    reference_actual: String,
    verdict: &'static str,
    margin: String,
    previous_actual: String,
    ambition: String,
    arithmetic: &'a str,
}

fn write_csv(out: &mut impl Write, comparison: &Comparison) -> std::io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    for r in &comparison.rows {
        csv.serialize(CsvRow {
            schema_version: comparison.schema_version,
            indicator: r.indicator.as_deref(),
            indicator_text: &r.indicator_text,
            year: r.year,
            measure: r.measure.as_str(),
            constraint: r.constraint.as_str(),
            target: text(&r.target),
            target_high: text(&r.target_high),
            target_text: &r.target_text,
            target_start: r.target_span.start,
            target_end: r.target_span.end,
            actual: text(&r.actual),
            actual_text: r.actual_text.as_deref(),
            actual_start: r.actual_span.as_ref().map(|s| s.start),
            actual_end: r.actual_span.as_ref().map(|s| s.end),
            actual_role: r.actual_role.map_or("", |r| r.as_str()),
            base_unit: r.base_unit.as_deref(),
            reference: r.reference.as_deref(),
            reference_actual: text(&r.reference_actual),
            verdict: r.verdict.as_str(),
            margin: text(&r.margin),
            previous_actual: text(&r.previous_actual),
            ambition: text(&r.ambition),
            arithmetic: &r.arithmetic,
        })
        .map_err(std::io::Error::other)?;
    }
    csv.flush()
}

fn write_table(
    out: &mut impl Write,
    plan: &str,
    review: &str,
    comparison: &Comparison,
) -> std::io::Result<()> {
    writeln!(out, "targets from {plan}, results from {review}\n")?;
    let header = [
        "indicator",
        "year",
        "measure",
        "target",
        "actual",
        "verdict",
        "margin",
    ];
    let mut cells: Vec<[String; 7]> = vec![header.map(str::to_owned)];
    for r in &comparison.rows {
        cells.push(table_row(r));
    }
    let widths: Vec<usize> = (0..7)
        .map(|k| cells.iter().map(|c| c[k].width()).max().unwrap_or(0))
        .collect();
    for row in &cells {
        let mut line = String::new();
        for (k, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if k + 1 < row.len() {
                line.push_str(&" ".repeat(widths[k] - cell.width() + 2));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    let count = |v| comparison.rows.iter().filter(|r| r.verdict == v).count();
    use gwr::compare::Verdict::*;
    writeln!(
        out,
        "\n{} rows: {} met, {} exceeded, {} within tolerance, {} missed, {} not reported, {} not comparable",
        comparison.rows.len(),
        count(Met),
        count(Exceeded),
        count(WithinTolerance),
        count(Missed),
        count(NotReported),
        count(NotComparable)
    )
}

fn table_row(r: &Row) -> [String; 7] {
    let name = match &r.indicator {
        Some(id) => format!("{id} {}", r.indicator_text),
        None => r.indicator_text.to_string(),
    };
    let pp = matches!(
        r.measure,
        gwr::compare::Measure::Growth
            | gwr::compare::Measure::PpChange
            | gwr::compare::Measure::Rate
            | gwr::compare::Measure::CompletionRate
    );
    let margin = match r.margin {
        Some(m) if pp => format!("{m:+} pp"),
        Some(m) => format!("×{m}"),
        None => String::new(),
    };
    [
        name,
        text(&r.year),
        r.measure.to_string(),
        r.target_text.to_string(),
        r.actual_text.as_deref().unwrap_or("-").to_owned(),
        r.verdict.to_string(),
        margin,
    ]
}
