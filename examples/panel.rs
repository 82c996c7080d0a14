//! Turns a folder of reports into one target-vs-actual table: one row per (place, year,
//! indicator, measure), pairing the report that set year N's targets with the same place's
//! report that reviewed year N.
//!
//! ```text
//! cargo run --release --example panel -- DIR [--out FILE] [--format csv|jsonl] [--jobs N]
//! ```
//!
//! Every `.txt` file under DIR is read (UTF-8, GB18030/GBK or UTF-16; compilations are split
//! into reports). A file that cannot be read is reported and skipped; the run fails only
//! if no file could be read. Rows go to FILE (written to a temporary file and renamed into
//! place, so an interrupted run leaves no half file) or to standard output. `--lexicon
//! FILE.toml` adds indicators to the built-in lexicon. Columns:
//! docs/schema.md ("panel"). A summary goes to standard error at the end.

mod common;

use std::{
    io::Write,
    path::{Path, PathBuf},
    process::ExitCode,
};

use gwr::compare::{
    Policy,
    panel::{Panel, PanelRow, ReportClaims, report_claims},
};
use rayon::prelude::*;

const USAGE: &str = "usage: panel DIR [--out FILE] [--format csv|jsonl] [--jobs N] \
     [--lexicon FILE.toml] [--approx-pp PP] [--approx-ratio R] [--in-step-pp PP]";

/// Files are processed in batches of this many: each batch in parallel, results folded in
/// path order, so memory stays bounded and output does not depend on --jobs.
const BATCH: usize = 256;

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Csv,
    Jsonl,
}

struct Args {
    dir: PathBuf,
    out: Option<PathBuf>,
    format: Format,
    jobs: usize,
    lexicon: Option<PathBuf>,
    policy: Policy,
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(e) => common::fail("panel", &format!("{e}\n{USAGE}")),
    };
    let files = match find_files(&args.dir) {
        Ok(files) => files,
        Err(e) => common::fail(&args.dir.display().to_string(), &e),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs)
        .build()
        .unwrap_or_else(|e| {
            common::fail("panel", &format!("cannot start {} jobs: {e}", args.jobs))
        });

    // Hidden by indicatif when standard error is not a terminal.
    let progress = indicatif::ProgressBar::new(files.len() as u64).with_style(
        indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} files {elapsed_precise} {msg}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let extractor = &common::extractor(args.lexicon.as_deref()).known_only(true);
    let mut panel = Panel::new();
    let mut summary = Summary::default();
    for batch in files.chunks(BATCH) {
        let results: Vec<Result<Vec<ReportClaims>, String>> = pool.install(|| {
            batch
                .par_iter()
                .map(|path| {
                    let result = read_report_claims(path, extractor);
                    progress.inc(1);
                    result
                })
                .collect()
        });
        for (path, result) in batch.iter().zip(results) {
            match result {
                Ok(reports) => {
                    summary.files += 1;
                    summary.reports += reports.len();
                    for report in reports {
                        summary.claims += report.claims.len();
                        panel.add(report);
                    }
                }
                Err(why) => summary.skipped.push((path.display().to_string(), why)),
            }
        }
    }
    progress.finish_and_clear();

    let rows = panel.rows(extractor, &args.policy);
    for row in &rows {
        *summary.verdicts.entry(row.verdict.to_string()).or_default() += 1;
    }
    summary.pairs = panel.pairs();
    summary.duplicates = panel.duplicates();
    summary.ambiguous = panel.ambiguous();
    summary.unplaced = panel.unplaced;

    if let Err(e) = write_rows(args.out.as_deref(), args.format, &rows) {
        let target = args
            .out
            .as_ref()
            .map_or("<stdout>".to_owned(), |p| p.display().to_string());
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            common::fail(&target, &e.to_string());
        }
    }
    summary.print(rows.len());
    if summary.files == 0 {
        eprintln!("error: {}: no file could be read", args.dir.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn parse_args() -> Result<Args, lexopt::Error> {
    use lexopt::prelude::*;
    let mut dir = None;
    let mut out = None;
    let mut format = Format::Csv;
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut lexicon = None;
    let mut policy = Policy::default();
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("lexicon") => lexicon = Some(PathBuf::from(parser.value()?)),
            Long(name) if common::POLICY_OPTIONS.contains(&name) => {
                let name = name.to_owned();
                common::policy_option(&mut policy, &name, &mut parser)?;
            }
            Long("out") => out = Some(PathBuf::from(parser.value()?)),
            Long("format") => {
                format = match parser.value()?.string()?.as_str() {
                    "csv" => Format::Csv,
                    "jsonl" => Format::Jsonl,
                    other => return Err(format!("--format is csv or jsonl, not {other:?}").into()),
                }
            }
            Long("jobs") => {
                jobs = parser.value()?.parse()?;
                if jobs == 0 {
                    return Err("--jobs must be at least 1".into());
                }
            }
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(v) if dir.is_none() => dir = Some(PathBuf::from(v)),
            _ => return Err(arg.unexpected()),
        }
    }
    let dir = dir.ok_or("missing DIR")?;
    Ok(Args {
        dir,
        out,
        format,
        jobs,
        lexicon,
        policy,
    })
}

/// Every `.txt` file under `dir`, sorted, so runs are deterministic.
fn find_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    if !dir.is_dir() {
        return Err("not a directory".to_owned());
    }
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")))
        .collect();
    files.sort();
    Ok(files)
}

fn read_report_claims(
    path: &Path,
    extractor: &gwr::compare::Extractor,
) -> Result<Vec<ReportClaims>, String> {
    let text = common::read_file(path)?;
    let doc = gwr::grammar::parse(&text);
    if doc.reports.is_empty() {
        return Err("no report in the file".to_owned());
    }
    Ok(report_claims(extractor, &doc, &path.display().to_string()))
}

fn text(v: &Option<impl ToString>) -> String {
    v.as_ref().map_or(String::new(), ToString::to_string)
}

/// A CSV record: the row with its spans as start/end columns.
#[derive(serde::Serialize)]
struct CsvRow<'a> {
    schema_version: u32,
    place: &'a str,
    jurisdiction: &'a str,
    year: Option<u16>,
    indicator: Option<&'a str>,
    indicator_text: &'a str,
    measure: &'static str,
    constraint: &'static str,
    target: String,
    target_text: Option<&'a str>,
    actual: String,
    actual_text: Option<&'a str>,
    base_unit: Option<&'a str>,
    verdict: &'static str,
    margin: String,
    target_source: Option<&'a str>,
    target_start: Option<usize>,
    target_end: Option<usize>,
    actual_source: Option<&'a str>,
    actual_start: Option<usize>,
    actual_end: Option<usize>,
}

/// A JSONL record: the row and the schema version.
#[derive(serde::Serialize)]
struct JsonRow<'a> {
    schema_version: u32,
    #[serde(flatten)]
    row: &'a PanelRow,
}

fn write_rows(out: Option<&Path>, format: Format, rows: &[PanelRow]) -> std::io::Result<()> {
    match out {
        None => write_to(
            std::io::BufWriter::new(std::io::stdout().lock()),
            format,
            rows,
        ),
        Some(path) => {
            // Written beside the target and renamed into place: an interrupted run never
            // leaves a half-written file under the requested name.
            let dir = path
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
            write_to(std::io::BufWriter::new(tmp.as_file_mut()), format, rows)?;
            tmp.as_file().sync_all()?;
            tmp.persist(path).map_err(|e| e.error)?;
            Ok(())
        }
    }
}

fn write_to(mut out: impl Write, format: Format, rows: &[PanelRow]) -> std::io::Result<()> {
    let version = gwr::compare::SCHEMA_VERSION;
    match format {
        Format::Jsonl => {
            for row in rows {
                serde_json::to_writer(
                    &mut out,
                    &JsonRow {
                        schema_version: version,
                        row,
                    },
                )?;
                writeln!(out)?;
            }
        }
        Format::Csv => {
            let mut csv = csv::Writer::from_writer(&mut out);
            for r in rows {
                csv.serialize(CsvRow {
                    schema_version: version,
                    place: &r.place,
                    jurisdiction: &r.jurisdiction,
                    year: r.year,
                    indicator: r.indicator.as_deref(),
                    indicator_text: &r.indicator_text,
                    measure: r.measure.as_str(),
                    constraint: r.constraint.as_str(),
                    target: text(&r.target),
                    target_text: r.target_text.as_deref(),
                    actual: text(&r.actual),
                    actual_text: r.actual_text.as_deref(),
                    base_unit: r.base_unit.as_deref(),
                    verdict: r.verdict.as_str(),
                    margin: text(&r.margin),
                    target_source: r.target_source.as_deref(),
                    target_start: r.target_span.as_ref().map(|s| s.start),
                    target_end: r.target_span.as_ref().map(|s| s.end),
                    actual_source: r.actual_source.as_deref(),
                    actual_start: r.actual_span.as_ref().map(|s| s.start),
                    actual_end: r.actual_span.as_ref().map(|s| s.end),
                })
                .map_err(std::io::Error::other)?;
            }
            csv.flush()?;
        }
    }
    out.flush()
}

#[derive(Default)]
struct Summary {
    files: usize,
    reports: usize,
    claims: usize,
    pairs: usize,
    duplicates: usize,
    ambiguous: usize,
    unplaced: usize,
    verdicts: std::collections::BTreeMap<String, usize>,
    skipped: Vec<(String, String)>,
}

impl Summary {
    fn print(&self, rows: usize) {
        let verdicts: Vec<String> = self
            .verdicts
            .iter()
            .map(|(v, n)| format!("{n} {v}"))
            .collect();
        eprintln!(
            "{} files read, {} reports, {} claims of known indicators, {} place-years with plan and review, {rows} rows ({})",
            self.files,
            self.reports,
            self.claims,
            self.pairs,
            if verdicts.is_empty() {
                "none".to_owned()
            } else {
                verdicts.join(", ")
            },
        );
        if self.duplicates > 0 {
            eprintln!(
                "{} reports repeat a place and year already read; the first one was used",
                self.duplicates
            );
        }
        if self.ambiguous > 0 {
            eprintln!(
                "{} reports name a place that towns in several jurisdictions share, and no \
                 jurisdiction, so they cannot be paired",
                self.ambiguous
            );
        }
        if self.unplaced > 0 {
            eprintln!(
                "{} reports name no place, so they cannot be paired",
                self.unplaced
            );
        }
        for (path, why) in &self.skipped {
            eprintln!("skipped {path}: {why}");
        }
    }
}
