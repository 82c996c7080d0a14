//! Turns a folder of reports into one target-vs-actual table: one row per (place, year,
//! indicator, measure), pairing the report that set year N's targets with the same place's
//! report that reviewed year N (the one given in N + 1).
//!
//! ```text
//! cargo run --release --example panel -- DIR [--layout PATTERN | --manifest FILE.csv]
//!     [--out FILE] [--format csv|jsonl] [--excel] [--coverage FILE.csv] [--jobs N]
//! ```
//!
//! Every `.txt` file under DIR is read (UTF-8, GB18030/GBK or UTF-16; compilations are split
//! into reports). Place and year come from each report's text, or from its path with
//! `--layout '{province}/{place}/{year}.txt'` (fields: `gwr_compare::panel::Layout`), or from
//! `--manifest FILE.csv` with columns `file` (relative to DIR), `place`, `year` and optional
//! `level`, `parent`: then only the files it lists are read. Where a header says otherwise
//! than the path or manifest, the path or manifest wins and a warning says so.
//!
//! A file that cannot be read is reported and skipped; the run fails, touching no output,
//! if no file could be read. Rows go to FILE or to standard output. FILE is written under a
//! temporary name beside it and renamed into place only once complete, so a failed run
//! never damages an existing FILE and leaves nothing behind; it gets the mode the umask
//! gives new files. An empty result is a CSV header alone. `--excel` starts the CSV with a
//! byte-order mark so that Excel reads its Chinese text as UTF-8. `--lexicon FILE.toml`
//! adds indicators to the built-in lexicon. Columns: docs/schema.md ("panel").
//!
//! At the end a coverage report goes to standard error: reports read, copies, reports with
//! no targets or no review found, places with gaps in their years, pairs of consecutive
//! years and how many were paired. `--coverage FILE.csv` writes it in full, one line per
//! finding.

mod common;

use std::{
    io::Write,
    path::{Path, PathBuf},
    process::ExitCode,
};

use gwr::compare::{
    Policy,
    panel::{Coverage, Layout, Level, Origin, Panel, PanelRow, ReportClaims, report_claims},
};
use rayon::prelude::*;

const USAGE: &str = "usage: panel DIR [--layout PATTERN | --manifest FILE.csv] [--out FILE] \
     [--format csv|jsonl] [--excel] [--coverage FILE.csv] [--jobs N] [--lexicon FILE.toml] \
     [--approx-pp PP] [--approx-ratio R] [--in-step-pp PP]";

/// Files are processed in batches of this many: each batch in parallel, results folded in
/// path order, so memory stays bounded and output does not depend on --jobs.
const BATCH: usize = 256;

/// Findings of each kind printed on standard error; `--coverage` writes them all.
const SHOWN: usize = 5;

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Csv,
    Jsonl,
}

/// Where place and year come from besides the text.
enum Origins {
    Text,
    Layout(Layout),
    Manifest(PathBuf),
}

struct Args {
    dir: PathBuf,
    origins: Origins,
    out: Option<PathBuf>,
    format: Format,
    excel: bool,
    coverage: Option<PathBuf>,
    jobs: usize,
    lexicon: Option<PathBuf>,
    policy: Policy,
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(e) => common::fail("panel", &format!("{e}\n{USAGE}")),
    };
    let files = match &args.origins {
        Origins::Manifest(manifest) => read_manifest(manifest, &args.dir)
            .unwrap_or_else(|e| common::fail(&manifest.display().to_string(), &e)),
        Origins::Text | Origins::Layout(_) => find_files(&args.dir)
            .unwrap_or_else(|e| common::fail(&args.dir.display().to_string(), &e))
            .into_iter()
            .map(|path| {
                let origin = match &args.origins {
                    Origins::Layout(layout) => relative(&args.dir, &path)
                        .and_then(|p| layout.origin(&p))
                        .ok_or("the path does not match --layout"),
                    _ => Ok(Origin::default()),
                };
                (path, origin)
            })
            .collect(),
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
                .map(|(path, origin)| {
                    let result = origin
                        .as_ref()
                        .map_err(|e| (*e).to_owned())
                        .and_then(|origin| read_report_claims_unbroken(path, origin, extractor));
                    progress.inc(1);
                    result
                })
                .collect()
        });
        for ((path, _), result) in batch.iter().zip(results) {
            match result {
                Ok(reports) => {
                    summary.files += 1;
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
    if summary.files == 0 {
        summary.print_skipped();
        common::fail(
            &args.dir.display().to_string(),
            "no file could be read; no output written",
        );
    }

    let coverage = panel.coverage();
    // Rows are written as they are made, never held as a table, and counted on the way.
    let verdicts = &mut summary.verdicts;
    let rows = panel.rows(extractor, &args.policy).inspect(|row| {
        *verdicts.entry(row.verdict.as_str()).or_default() += 1;
    });
    let written = match args.out.as_deref() {
        None => write_rows(
            std::io::BufWriter::new(std::io::stdout().lock()),
            args.format,
            args.excel,
            rows,
        ),
        Some(path) => {
            common::write_atomically(path, |out| write_rows(out, args.format, args.excel, rows))
        }
    };
    if let Err(e) = written {
        let target = args
            .out
            .as_ref()
            .map_or("<stdout>".to_owned(), |p| p.display().to_string());
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            common::fail(&target, &e.to_string());
        }
    }
    if let Some(path) = &args.coverage
        && let Err(e) =
            common::write_atomically(path, |out| write_coverage(out, &coverage, &summary.skipped))
    {
        common::fail(&path.display().to_string(), &e.to_string());
    }
    summary.print(&coverage);
    ExitCode::SUCCESS
}

fn parse_args() -> Result<Args, lexopt::Error> {
    use lexopt::prelude::*;
    let mut dir = None;
    let mut origins = Origins::Text;
    let mut out = None;
    let mut format = Format::Csv;
    let mut excel = false;
    let mut coverage = None;
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
            Long("layout") | Long("manifest") if !matches!(origins, Origins::Text) => {
                return Err("give --layout or --manifest, once".into());
            }
            Long("layout") => {
                let pattern = parser.value()?.string()?;
                origins = Origins::Layout(Layout::parse(&pattern).map_err(|e| e.to_string())?);
            }
            Long("manifest") => origins = Origins::Manifest(PathBuf::from(parser.value()?)),
            Long("out") => out = Some(PathBuf::from(parser.value()?)),
            Long("coverage") => coverage = Some(PathBuf::from(parser.value()?)),
            Long("excel") => excel = true,
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
    if excel && format != Format::Csv {
        return Err("--excel is for CSV output (a byte-order mark would break JSONL)".into());
    }
    let dir = dir.ok_or("missing DIR")?;
    Ok(Args {
        dir,
        origins,
        out,
        format,
        excel,
        coverage,
        jobs,
        lexicon,
        policy,
    })
}

/// Every `.txt` file under `dir`, sorted, so runs are deterministic.
fn find_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    // A missing folder is "No such file or directory", not "not a directory".
    if !std::fs::metadata(dir).map_err(|e| e.to_string())?.is_dir() {
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

/// `path` under `dir`, folders joined by `/`, as a layout matches it.
fn relative(dir: &Path, path: &Path) -> Option<String> {
    let parts: Option<Vec<&str>> = path
        .strip_prefix(dir)
        .ok()?
        .components()
        .map(|c| c.as_os_str().to_str())
        .collect();
    Some(parts?.join("/"))
}

/// One row of a manifest.
#[derive(serde::Deserialize)]
struct ManifestRow {
    file: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    year: String,
    #[serde(default)]
    level: String,
    #[serde(default)]
    parent: String,
}

type Listed = Result<Origin, &'static str>;

/// The files a manifest lists (paths relative to `dir`), in its order, each with what its
/// row says. A row that cannot be read stops the run with its line number.
fn read_manifest(manifest: &Path, dir: &Path) -> Result<Vec<(PathBuf, Listed)>, String> {
    let text = common::read_file(manifest)?;
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| e.to_string())?.clone();
    for needed in ["file", "place", "year"] {
        if !headers.iter().any(|h| h == needed) {
            return Err(format!(
                "the manifest has no {needed:?} column (it needs file, place, year; level and parent are optional)"
            ));
        }
    }
    let mut files = Vec::new();
    for record in reader.deserialize::<ManifestRow>() {
        let row = record.map_err(|e| e.to_string())?;
        let line = files.len() + 2;
        let year =
            match row.year.as_str() {
                "" => None,
                y => Some(y.parse::<u16>().map_err(|_| {
                    format!("line {line}: the year {y:?} is not a year such as 2023")
                })?),
            };
        let level = match row.level.as_str() {
            "" => None,
            l => Some(Level::parse(l).ok_or_else(|| {
                format!(
                    "line {line}: the level {l:?} is none of national, province, city, county, town"
                )
            })?),
        };
        let given = |s: &str| (!s.is_empty()).then(|| gwr::compare::panel::normalize_place(s));
        let origin = Origin {
            place: given(&row.place),
            parent: given(&row.parent),
            level: level.or_else(|| given(&row.place).as_deref().and_then(Level::of_name)),
            year,
        };
        files.push((dir.join(&row.file), Ok(origin)));
    }
    Ok(files)
}

/// [`read_report_claims`], with a panic (a bug: nothing should panic on any input) reported
/// as this file's error, so one file never stops the run or goes unnamed.
fn read_report_claims_unbroken(
    path: &Path,
    origin: &Origin,
    extractor: &gwr::compare::Extractor,
) -> Result<Vec<ReportClaims>, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_report_claims(path, origin, extractor)
    }))
    .unwrap_or_else(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(format!("internal error (a bug, please report it): {why}"))
    })
}

fn read_report_claims(
    path: &Path,
    origin: &Origin,
    extractor: &gwr::compare::Extractor,
) -> Result<Vec<ReportClaims>, String> {
    let text = common::read_file(path)?;
    let doc = gwr::grammar::parse(&text);
    if doc.reports.is_empty() {
        return Err("no report in the file".to_owned());
    }
    Ok(report_claims(
        extractor,
        &doc,
        &path.display().to_string(),
        origin,
    ))
}

fn text(v: &Option<impl ToString>) -> String {
    v.as_ref().map_or(String::new(), ToString::to_string)
}

/// A CSV record: the row with its spans as start/end columns. Columns added after the
/// first release go at the end.
#[derive(serde::Serialize, Default)]
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
    level: &'static str,
    margin_pp: String,
    ratio: String,
    target_sentence: Option<&'a str>,
    actual_sentence: Option<&'a str>,
    arithmetic: &'a str,
}

/// A JSONL record: the row and the schema version.
#[derive(serde::Serialize)]
struct JsonRow<'a> {
    schema_version: u32,
    #[serde(flatten)]
    row: &'a PanelRow,
}

/// The CSV header line, as the records' field names give it.
fn csv_header() -> std::io::Result<Vec<u8>> {
    let mut csv = csv::Writer::from_writer(Vec::new());
    csv.serialize(CsvRow::default())
        .map_err(std::io::Error::other)?;
    let bytes = csv.into_inner().map_err(|e| e.into_error())?;
    let end = bytes.iter().position(|&b| b == b'\n').map_or(0, |k| k + 1);
    Ok(bytes[..end].to_vec())
}

fn write_rows(
    mut out: impl Write,
    format: Format,
    excel: bool,
    rows: impl Iterator<Item = PanelRow>,
) -> std::io::Result<()> {
    let version = gwr::compare::SCHEMA_VERSION;
    match format {
        Format::Jsonl => {
            for row in rows {
                serde_json::to_writer(
                    &mut out,
                    &JsonRow {
                        schema_version: version,
                        row: &row,
                    },
                )?;
                writeln!(out)?;
            }
        }
        Format::Csv => {
            if excel {
                out.write_all("\u{feff}".as_bytes())?;
            }
            // Written by hand so that an empty result still has its header.
            out.write_all(&csv_header()?)?;
            let mut csv = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(&mut out);
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
                    level: r.level.map_or("", Level::as_str),
                    margin_pp: text(&r.margin_pp),
                    ratio: text(&r.ratio),
                    target_sentence: r.target_sentence.as_deref(),
                    actual_sentence: r.actual_sentence.as_deref(),
                    arithmetic: &r.arithmetic,
                })
                .map_err(std::io::Error::other)?;
            }
            csv.flush()?;
        }
    }
    out.flush()
}

/// The coverage report as CSV: one line per finding (`kind`, `source`, `detail`).
fn write_coverage(
    out: impl Write,
    coverage: &Coverage,
    skipped: &[(String, String)],
) -> std::io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    let mut line = |kind: &str, source: &str, detail: &str| {
        csv.write_record([kind, source, detail])
            .map_err(std::io::Error::other)
    };
    line("kind", "source", "detail")?;
    for (kind, _, list) in findings(coverage, skipped) {
        for (source, detail) in list {
            line(kind, &source, &detail)?;
        }
    }
    csv.flush()
}

/// A kind of finding, what it means, and its (source, detail) list.
type Finding = (&'static str, &'static str, Vec<(String, String)>);

/// Each kind of finding, in the order they are reported.
fn findings(coverage: &Coverage, skipped: &[(String, String)]) -> Vec<Finding> {
    let bare = |list: &[String]| -> Vec<(String, String)> {
        list.iter().map(|s| (s.clone(), String::new())).collect()
    };
    let gaps = coverage
        .gaps
        .iter()
        .map(|g| {
            let place = if g.jurisdiction.is_empty() {
                g.place.clone()
            } else {
                format!("{} ({})", g.place, g.jurisdiction)
            };
            let years: Vec<String> = g.missing.iter().map(u16::to_string).collect();
            (place, format!("no report given in {}", years.join(", ")))
        })
        .collect();
    vec![
        ("skipped", "files skipped", skipped.to_vec()),
        (
            "warning",
            "warnings: a text disagrees with its path or manifest",
            coverage
                .warnings
                .iter()
                .map(|(s, w)| (s.clone(), w.to_string()))
                .collect(),
        ),
        (
            "copy",
            "reports are copies of one read before, and were read once",
            coverage
                .copies
                .iter()
                .map(|(s, first)| (s.clone(), format!("a copy of {first}")))
                .collect(),
        ),
        (
            "unplaced",
            "reports name no place or year, so they cannot be paired",
            bare(&coverage.unplaced),
        ),
        (
            "ambiguous",
            "reports name a place that towns in several jurisdictions share, and no \
             jurisdiction, so they cannot be paired",
            bare(&coverage.ambiguous),
        ),
        (
            "slot_taken",
            "reports repeat a place and year already read; the first one was used",
            bare(&coverage.slot_taken),
        ),
        (
            "no_targets",
            "reports with no target found for their year",
            bare(&coverage.no_targets),
        ),
        (
            "no_review",
            "reports with no result found for the year before",
            bare(&coverage.no_review),
        ),
        (
            "year_gap",
            "places with years missing between their first and last report",
            gaps,
        ),
    ]
}

#[derive(Default)]
struct Summary {
    files: usize,
    claims: usize,
    verdicts: std::collections::BTreeMap<&'static str, usize>,
    skipped: Vec<(String, String)>,
}

impl Summary {
    fn print_skipped(&self) {
        for (path, why) in &self.skipped {
            eprintln!("skipped {path}: {why}");
        }
    }

    fn print(&self, coverage: &Coverage) {
        let rows: usize = self.verdicts.values().sum();
        let verdicts: Vec<String> = self
            .verdicts
            .iter()
            .map(|(v, n)| format!("{n} {v}"))
            .collect();
        eprintln!(
            "{} files read, {} reports, {} claims of known indicators, {rows} rows ({})",
            self.files,
            coverage.reports,
            self.claims,
            if verdicts.is_empty() {
                "none".to_owned()
            } else {
                verdicts.join(", ")
            },
        );
        eprintln!(
            "{} pairs of consecutive years (a report given in the year and one in the next), {} paired (targets in the first, results in the second)",
            coverage.consecutive, coverage.paired
        );
        for (kind, words, list) in findings(coverage, &self.skipped) {
            if list.is_empty() {
                continue;
            }
            eprintln!(
                "{} {words}{}",
                list.len(),
                if list.len() > SHOWN {
                    ", for example:"
                } else {
                    ":"
                }
            );
            for (source, detail) in list.iter().take(SHOWN) {
                if detail.is_empty() {
                    eprintln!("  {kind} {source}");
                } else {
                    eprintln!("  {kind} {source}: {detail}");
                }
            }
        }
    }
}
