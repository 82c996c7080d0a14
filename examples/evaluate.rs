//! Scores claims, comparisons or outlines against a hand-read gold file.
//!
//! ```text
//! cargo run --release --example evaluate -- --dir ../shared/corpus/national ../shared/corpus/gold/national-claims.json
//! cargo run --release --example evaluate -- --dir ../shared/corpus/national ../shared/corpus/gold/national-compare.json
//! cargo run --release --example evaluate -- --dir ../shared/corpus/seeds ../shared/corpus/gold/seeds-outline.json
//! ```
//!
//! The gold file's kind is read from its top-level key: `claims` (hand-read claims),
//! `pairs` (plan/review verdicts) or `files` (outlines); the format and reading rules are
//! those of the corpus gold files and its `CONVENTIONS.md`, so a researcher's own
//! hand-read sample scores the same way. `--dir` is the folder the gold's file names are
//! relative to (default: the gold file's folder). The report prints found / wrong / missed
//! per indicator, role and year, then every wrong, missed and extra claim with its file and
//! line. `--quiet` prints the totals only.
//!
//! `--scale DIR` measures without gold, over every `YYYY.txt` under DIR (a report delivered
//! in YYYY, as `cities/<province>/<city>/YYYY.txt`): the share of reports that give exactly
//! one GDP growth target for YYYY and exactly one GDP growth figure (actual or estimate) for
//! YYYY − 1, per top-level folder, then every report with none or with conflicting values
//! (`--quiet` leaves the list out). `--indicator ID` and `--measure M` measure another
//! indicator of the lexicon or another measure (`--indicator fiscal_revenue --measure level`).
//!
//! ```text
//! cargo run --release --example evaluate -- --scale ../shared/corpus/cities --quiet
//! cargo run --release --example evaluate -- --scale ../shared/corpus/cities --indicator general_budget_revenue
//! ```

mod common;

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    process::ExitCode,
};

use gwr::compare::evaluate::{self, ClaimGold, CompareGold, Outcome, OutlineGold};

const USAGE: &str = "usage: evaluate [--dir DIR] [--quiet] GOLD.json\n       evaluate --scale DIR [--quiet] [--indicator ID] [--measure MEASURE]";

struct Args {
    dir: Option<PathBuf>,
    quiet: bool,
    gold: Option<PathBuf>,
    scale: Option<PathBuf>,
    /// What `--scale` counts.
    wanted: Wanted,
}

/// The indicator and measure `--scale` counts (GDP growth unless told).
struct Wanted {
    indicator: String,
    measure: gwr::compare::Measure,
}

fn main() -> ExitCode {
    let args = match args() {
        Ok(a) => a,
        Err(e) => common::fail("evaluate", &format!("{e}\n{USAGE}")),
    };
    if let Some(dir) = &args.scale {
        scale(dir, &args.wanted, !args.quiet);
        return ExitCode::SUCCESS;
    }
    let Some(gold_path) = &args.gold else {
        common::fail(
            "evaluate",
            &format!("a gold file or --scale DIR is required\n{USAGE}"),
        )
    };
    let name = gold_path.display().to_string();
    let json =
        std::fs::read_to_string(gold_path).unwrap_or_else(|e| common::fail(&name, &e.to_string()));
    let value: serde_json::Value =
        serde_json::from_str(&json).unwrap_or_else(|e| common::fail(&name, &e.to_string()));
    let dir = args
        .dir
        .clone()
        .unwrap_or_else(|| gold_path.parent().unwrap_or(Path::new(".")).to_path_buf());
    let parsed =
        |e: serde_json::Error| -> ! { common::fail(&name, &format!("not a gold file: {e}")) };
    if value.get("claims").is_some() {
        let gold: ClaimGold = serde_json::from_value(value).unwrap_or_else(|e| parsed(e));
        claims(&gold, &dir, args.quiet);
    } else if value.get("pairs").is_some() {
        let gold: CompareGold = serde_json::from_value(value).unwrap_or_else(|e| parsed(e));
        comparisons(&gold, &dir, args.quiet);
    } else if value.get("files").is_some() {
        let gold: OutlineGold = serde_json::from_value(value).unwrap_or_else(|e| parsed(e));
        outlines(&gold, &dir, args.quiet);
    } else {
        common::fail(
            &name,
            "not a gold file: no `claims`, `pairs` or `files` key",
        );
    }
    ExitCode::SUCCESS
}

/// Found, wrong and missed counts.
#[derive(Default, Clone, Copy)]
struct Counts {
    found: usize,
    wrong: usize,
    missed: usize,
}

impl Counts {
    fn add(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::Found => self.found += 1,
            Outcome::Wrong(_) => self.wrong += 1,
            Outcome::Missed => self.missed += 1,
        }
    }

    fn line(&self, label: &str) -> String {
        let total = self.found + self.wrong + self.missed;
        let share = if total == 0 {
            0.0
        } else {
            100.0 * self.found as f64 / total as f64
        };
        format!(
            "  {label:<36} {:>5} {:>5} {:>5} {:>5}  {share:5.1}%",
            total, self.found, self.wrong, self.missed
        )
    }
}

fn header(title: &str) {
    println!("{title}");
    println!(
        "  {:<36} {:>5} {:>5} {:>5} {:>5}  {:>6}",
        "", "gold", "found", "wrong", "missed", "found"
    );
}

fn read(dir: &Path, file: &str) -> Option<String> {
    match common::read_file(&dir.join(file)) {
        Ok(text) => Some(text),
        Err(e) => {
            eprintln!("warning: {}: {e}", dir.join(file).display());
            None
        }
    }
}

/// The claims of a file, read as delivered in the year its name gives when its text
/// states none.
fn extract(text: &str, path: &Path) -> Vec<gwr::compare::Claim> {
    extract_from(&gwr::grammar::parse(text), common::year_in_name(path))
}

fn extract_from(doc: &gwr::grammar::Document<'_>, year: Option<u16>) -> Vec<gwr::compare::Claim> {
    // The lexicon's automaton is built once, not per file.
    static EXTRACTOR: std::sync::LazyLock<gwr::compare::Extractor> =
        std::sync::LazyLock::new(|| gwr::compare::Extractor::new(gwr::compare::Lexicon::builtin()));
    EXTRACTOR.claims_with_year(doc, year)
}

fn claims(gold: &ClaimGold, dir: &Path, quiet: bool) {
    let mut files: Vec<&str> = gold.claims.iter().map(|c| c.file.as_str()).collect();
    files.sort_unstable();
    files.dedup();
    let mut total = Counts::default();
    let mut groups: BTreeMap<(&str, String), Counts> = BTreeMap::new();
    let mut details = Vec::new();
    let mut extras = Vec::new();
    let mut wrong_indicators = Vec::new();
    for file in files {
        let Some(text) = read(dir, file) else {
            continue;
        };
        let claims = extract(&text, Path::new(file));
        let score = evaluate::score_claims(&gold.claims, file, &text, &claims);
        for (g, outcome) in &score.gold {
            total.add(outcome);
            let keys = [
                (
                    "indicator",
                    g.indicator.clone().unwrap_or_else(|| "(none)".to_owned()),
                ),
                ("role", g.role.to_string()),
                ("year", g.year.map_or("-".to_owned(), |y| y.to_string())),
            ];
            for key in keys {
                groups.entry(key).or_default().add(outcome);
            }
            let what = match outcome {
                Outcome::Found => continue,
                Outcome::Wrong(why) => format!("wrong   {why}"),
                Outcome::Missed => "missed".to_owned(),
            };
            let value = g
                .value
                .map_or("-".to_owned(), |v| v.normalize().to_string());
            details.push(format!(
                "  {file}:{} {} {} {} {} {value}: {what}",
                g.line,
                g.role,
                g.year.map_or("-".to_owned(), |y| y.to_string()),
                g.indicator.as_deref().unwrap_or("(none)"),
                g.measure
            ));
        }
        for (c, line, want) in &score.wrong_indicator {
            wrong_indicators.push(format!(
                "  {file}:{line} {} {} ({}), gold {}",
                c.indicator.as_deref().unwrap_or("?"),
                c.indicator_text,
                c.text,
                want.unwrap_or("(none: ambiguous)")
            ));
        }
        for (c, line) in &score.extra {
            extras.push(format!(
                "  {file}:{line} {} {} {} {} {} ({})",
                c.role,
                c.year.map_or("-".to_owned(), |y| y.to_string()),
                c.indicator.as_deref().unwrap_or("?"),
                c.measure,
                c.value
                    .map_or("-".to_owned(), |v| v.normalize().to_string()),
                c.text
            ));
        }
    }
    header("claims");
    println!("{}", total.line("all"));
    if !quiet {
        let mut last = "";
        for ((kind, key), counts) in &groups {
            if *kind != last {
                println!("  by {kind}:");
                last = kind;
            }
            println!("{}", counts.line(&format!("  {key}")));
        }
    }
    println!("  extra claims on gold lines: {}", extras.len());
    println!(
        "  claims of a wrong indicator on gold lines: {}",
        wrong_indicators.len()
    );
    if !quiet {
        print_list("wrong and missed", &details);
        print_list(
            "a wrong indicator (the figure the gold gives on its line under another)",
            &wrong_indicators,
        );
        print_list(
            "extra (a gold-covered indicator on a gold line, matching no gold claim)",
            &extras,
        );
    }
}

fn print_list(title: &str, lines: &[String]) {
    if !lines.is_empty() {
        println!("{title}:");
        for l in lines {
            println!("{l}");
        }
    }
}

fn comparisons(gold: &CompareGold, dir: &Path, quiet: bool) {
    let mut total = Counts::default();
    let mut details = Vec::new();
    let mut extras = Vec::new();
    for pair in &gold.pairs {
        let (Some(plan), Some(review)) = (read(dir, &pair.plan), read(dir, &pair.review)) else {
            continue;
        };
        let plan_claims = extract(&plan, Path::new(&pair.plan));
        let review_claims = extract(&review, Path::new(&pair.review));
        let comparison = gwr::compare::compare(
            &plan_claims,
            &review_claims,
            &gwr::compare::Policy::default(),
        );
        let (rows, extra) = evaluate::score_comparison(pair, &comparison);
        for (g, outcome) in &rows {
            total.add(outcome);
            let what = match outcome {
                Outcome::Found => continue,
                Outcome::Wrong(why) => format!("wrong   {why}"),
                Outcome::Missed => "missed  (no row)".to_owned(),
            };
            details.push(format!(
                "  {} {} {} {}: {what}",
                pair.year, g.indicator, g.measure, g.expect
            ));
        }
        extras.extend(extra.into_iter().map(|e| format!("  {} {e}", pair.year)));
    }
    header("verdicts");
    println!("{}", total.line("all"));
    println!("  verdicts the reader did not give: {}", extras.len());
    if !quiet {
        print_list("wrong and missed", &details);
        print_list("extra verdicts", &extras);
    }
}

fn outlines(gold: &OutlineGold, dir: &Path, quiet: bool) {
    let mut sums = [evaluate::Tally::default(); 3];
    let mut extra = 0;
    let mut details = Vec::new();
    for (file, g) in &gold.files {
        let Some(text) = read(dir, file) else {
            continue;
        };
        let score = evaluate::score_outline(g, &gwr::grammar::parse(&text));
        for (sum, part) in sums
            .iter_mut()
            .zip([score.header, score.sections, score.headings])
        {
            sum.right += part.right;
            sum.total += part.total;
        }
        extra += score.extra_headings.len();
        details.extend(score.wrong.iter().map(|w| format!("  {file}: {w}")));
        if !score.extra_headings.is_empty() {
            details.push(format!(
                "  {file}: lines taken as headings the reader does not list: {:?}",
                score.extra_headings
            ));
        }
    }
    println!("outline");
    for (name, t) in [
        "header fields",
        "sections (kind and year)",
        "headings (line and depth)",
    ]
    .iter()
    .zip(sums)
    {
        let share = if t.total == 0 {
            100.0
        } else {
            100.0 * t.right as f64 / t.total as f64
        };
        println!("  {name:<28} {:>4} / {:<4} {share:5.1}%", t.right, t.total);
    }
    println!("  extra headings               {extra:>4}");
    if !quiet {
        print_list("wrong", &details);
    }
}

fn args() -> Result<Args, lexopt::Error> {
    use lexopt::prelude::*;
    let mut dir = None;
    let mut quiet = false;
    let mut gold = None;
    let mut scale = None;
    let mut wanted = Wanted {
        indicator: "gdp".to_owned(),
        measure: gwr::compare::Measure::Growth,
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("dir") => dir = Some(PathBuf::from(parser.value()?)),
            Long("scale") => scale = Some(PathBuf::from(parser.value()?)),
            Long("indicator") => wanted.indicator = parser.value()?.string()?,
            Long("measure") => {
                let name = parser.value()?.string()?;
                wanted.measure = serde_json::from_value(serde_json::Value::String(name.clone()))
                    .map_err(|_| format!("no measure named {name:?}"))?;
            }
            Short('q') | Long("quiet") => quiet = true,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(v) if gold.is_none() => gold = Some(PathBuf::from(v)),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(Args {
        dir,
        quiet,
        gold,
        scale,
        wanted,
    })
}

/// What one report says of an indicator's measure: the distinct target values for its year
/// and the distinct result values for the year before.
struct OneReport {
    /// The report's year: the one its text gives (header date, plan or review heading),
    /// else the path's.
    year: u16,
    targets: Vec<String>,
    results: Vec<String>,
}

/// The target of a report's year and the results of the year before. A data set may file a
/// report under another year than its text gives (a 2023 report saved as 2024.txt): the
/// text's year is the report's.
fn one_report(text: &str, path_year: u16, wanted: &Wanted) -> OneReport {
    use gwr::compare::Role;
    let doc = gwr::grammar::parse(text);
    let year = doc
        .reports
        .first()
        .and_then(|r| r.plan_year())
        .unwrap_or(path_year);
    let claims = extract_from(&doc, Some(path_year));
    let values = |want: &dyn Fn(Role) -> bool, y: u16| {
        let mut v: Vec<String> = claims
            .iter()
            .filter(|c| {
                c.indicator.as_deref() == Some(wanted.indicator.as_str())
                    && c.measure == wanted.measure
            })
            // A partial year's figure (前三季度) is not the year's.
            .filter(|c| {
                want(c.role) && c.year == Some(y) && c.doubt.is_none() && c.period.is_none()
            })
            .map(|c| {
                c.value
                    .map_or_else(|| c.constraint.to_string(), |v| v.normalize().to_string())
            })
            .collect();
        v.sort();
        v.dedup();
        v
    };
    OneReport {
        year,
        targets: values(&|r| r == Role::Target, year),
        results: values(&|r| matches!(r, Role::Actual | Role::Estimate), year - 1),
    }
}

/// Reports with none, one, or several distinct values.
#[derive(Default)]
struct Spread {
    none: usize,
    one: usize,
    several: usize,
}

impl Spread {
    fn add(&mut self, values: &[String]) {
        match values.len() {
            0 => self.none += 1,
            1 => self.one += 1,
            _ => self.several += 1,
        }
    }

    fn show(&self) -> String {
        let n = (self.none + self.one + self.several).max(1) as f64;
        let pct = |k: usize| 100.0 * k as f64 / n;
        format!(
            "one {:5.1}%  none {:5.1}%  conflict {:5.1}%",
            pct(self.one),
            pct(self.none),
            pct(self.several)
        )
    }
}

fn scale(dir: &Path, wanted: &Wanted, list: bool) {
    let mut groups: BTreeMap<String, (usize, Spread, Spread)> = BTreeMap::new();
    let mut lines = Vec::new();
    let mut moved = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => common::fail(&dir.display().to_string(), &e.to_string()),
        };
        let path = entry.path();
        let year = path
            .file_stem()
            .and_then(|s| s.to_str())
            .filter(|s| s.len() == 4)
            .and_then(|s| s.parse::<u16>().ok());
        let (Some(year), true) = (year, path.extension().is_some_and(|e| e == "txt")) else {
            continue;
        };
        let relative = path.strip_prefix(dir).unwrap_or(path);
        let group = relative
            .components()
            .next()
            .filter(|_| relative.components().count() > 1)
            .map_or_else(
                || ".".to_owned(),
                |c| c.as_os_str().to_string_lossy().into_owned(),
            );
        let Some(text) = read(dir, &relative.to_string_lossy()) else {
            continue;
        };
        let found = one_report(&text, year, wanted);
        if found.year != year {
            moved.push(format!(
                "  {}  the text's year {}",
                relative.display(),
                found.year
            ));
        }
        let year = found.year;
        let slot = groups.entry(group).or_default();
        slot.0 += 1;
        slot.1.add(&found.targets);
        slot.2.add(&found.results);
        if found.targets.len() != 1 || found.results.len() != 1 {
            lines.push(format!(
                "  {}  target {}: [{}]  result {}: [{}]",
                relative.display(),
                year,
                found.targets.join(", "),
                year - 1,
                found.results.join(", ")
            ));
        }
    }
    let measure = serde_json::to_value(wanted.measure).unwrap_or_default();
    println!(
        "{} {}, one value per report: target for its year; result for the year before",
        wanted.indicator,
        measure.as_str().unwrap_or_default()
    );
    let mut all = (0, Spread::default(), Spread::default());
    for (group, (n, t, r)) in &groups {
        println!(
            "  {group:<12} {n:>4} reports  target: {}  result: {}",
            t.show(),
            r.show()
        );
        all.0 += n;
        for (sum, part) in [(&mut all.1, t), (&mut all.2, r)] {
            sum.none += part.none;
            sum.one += part.one;
            sum.several += part.several;
        }
    }
    println!(
        "  {:<12} {:>4} reports  target: {}  result: {}",
        "all",
        all.0,
        all.1.show(),
        all.2.show()
    );
    println!(
        "  {} reports measured at the year their text gives, not their path's",
        moved.len()
    );
    if list {
        print_list("reports without exactly one of each", &lines);
        print_list(
            "reports whose text gives another year than their path",
            &moved,
        );
    }
}
