//! Lists the indicator claims of a report: one JSON object per line (JSONL).
//!
//! ```text
//! cargo run --release --example claims -- [FILE|-]
//! ```
//!
//! With no FILE it runs on a built-in sample report. `--explain` adds to each claim an
//! `explanation`: the words that made its role, year, indicator and constraint ("target:
//! after 主要预期目标是", "2024: the report was delivered in 2024 (its header date …)").
//! `--year YYYY` is the year the report was delivered, for a text that states none (the
//! year in the file's name, such as `2022.txt` or `cn_1998.txt`, is used otherwise). `--lexicon FILE.toml` adds indicators
//! to the built-in lexicon (or replaces them by id), in the format of
//! `crates/gwr-compare/src/indicators.toml`. `--sentence` fills each line's
//! `sentence_text` with the text of the claim's sentence (null otherwise: a sentence of many
//! figures would be repeated on each of their lines). Fields: docs/schema.md ("claims").

mod common;

use std::{ffi::OsString, io::Write, path::PathBuf, process::ExitCode};

use gwr::compare::Claim;
use rayon::prelude::*;

const SAMPLE: (&str, &str) = ("<built-in sample>", include_str!("data/qingxi_2024.txt"));

/// Reports read and printed at once, in parallel: enough to keep every core busy, few
/// enough that the printed lines held in memory stay small.
const BATCH: usize = 64;

const USAGE: &str =
    "usage: claims [--explain] [--sentence] [--year YYYY] [--lexicon FILE.toml] [FILE|-]";

/// One output line: the claim, the schema version and, on request, its sentence's text.
#[derive(serde::Serialize)]
struct Line<'a> {
    schema_version: u32,
    #[serde(flatten)]
    claim: &'a Claim,
    start: usize,
    end: usize,
    sentence_text: Option<&'a str>,
}

/// What the command line asks for.
struct Args {
    lexicon: Option<PathBuf>,
    /// Whether each claim says what made its reading.
    explain: bool,
    /// Whether each line carries its sentence's text.
    sentence: bool,
    /// The year the report was delivered, when the text states none.
    year: Option<u16>,
    path: Option<OsString>,
}

fn main() -> ExitCode {
    let args = match args() {
        Ok(parsed) => parsed,
        Err(e) => common::fail("claims", &format!("{e}\n{USAGE}")),
    };
    let input = common::read_input(args.path.as_ref(), SAMPLE);
    // Compiling the lexicon's automaton takes as long as parsing a few hundred kilobytes:
    // it is done on the other core meanwhile. (The input is read first, so a bad input is
    // still reported before a bad lexicon.)
    let (doc, extractor) = rayon::join(
        || gwr::grammar::parse(&input.text),
        || common::extractor(args.lexicon.as_deref()).explain(args.explain),
    );
    let year = args.year.or_else(|| {
        args.path
            .as_ref()
            .and_then(|p| common::year_in_name(std::path::Path::new(p)))
    });
    // Reports are independent: a batch of them is read and printed on all cores, each into
    // a buffer of its own, and the buffers are written in document order.
    let print = |report: &gwr::grammar::Report| -> Result<(usize, Vec<u8>), std::io::Error> {
        let mut claims = Vec::new();
        extractor.report_claims(&doc, report, year, &mut claims);
        let mut buf = Vec::new();
        for claim in &claims {
            let line = Line {
                schema_version: gwr::compare::SCHEMA_VERSION,
                claim,
                start: claim.span.start,
                end: claim.span.end,
                sentence_text: args.sentence.then(|| doc.text(&claim.sentence)),
            };
            serde_json::to_writer(&mut buf, &line)?;
            buf.push(b'\n');
        }
        Ok((claims.len(), buf))
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut found = 0;
    for batch in doc.reports.chunks(BATCH) {
        let printed: Result<Vec<_>, _> = batch.par_iter().map(print).collect();
        let written = printed.and_then(|printed| {
            printed.iter().try_for_each(|(n, buf)| {
                found += n;
                out.write_all(buf)
            })
        });
        match written {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
            Err(e) => common::fail("<stdout>", &e.to_string()),
        }
    }
    if found == 0 {
        eprintln!("{}: no claims found", input.name);
    }
    match out.flush() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            common::fail("<stdout>", &e.to_string())
        }
        _ => ExitCode::SUCCESS,
    }
}

fn args() -> Result<Args, lexopt::Error> {
    use lexopt::prelude::*;
    let mut lexicon = None;
    let mut explain = false;
    let mut sentence = false;
    let mut year = None;
    let mut path = None;
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("lexicon") => lexicon = Some(PathBuf::from(parser.value()?)),
            Long("explain") => explain = true,
            Long("sentence") => sentence = true,
            Long("year") => year = Some(parser.value()?.parse()?),
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(v) if path.is_none() => path = Some(v),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(Args {
        lexicon,
        explain,
        sentence,
        year,
        path,
    })
}
