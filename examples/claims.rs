//! Lists the indicator claims of a report: one JSON object per line (JSONL).
//!
//! ```text
//! cargo run --release --example claims -- [FILE|-]
//! ```
//!
//! With no FILE it runs on a built-in sample report. `--lexicon FILE.toml` adds indicators
//! to the built-in lexicon (or replaces them by id), in the format of
//! `crates/gwr-compare/src/indicators.toml`. Fields: docs/schema.md ("claims").

mod common;

use std::{ffi::OsString, io::Write, path::PathBuf, process::ExitCode};

use gwr::compare::Claim;

const SAMPLE: (&str, &str) = ("<built-in sample>", include_str!("data/qingxi_2024.txt"));

const USAGE: &str = "usage: claims [--lexicon FILE.toml] [FILE|-]";

/// One output line: the claim with its sentence's text and the schema version.
#[derive(serde::Serialize)]
struct Line<'a> {
    schema_version: u32,
    #[serde(flatten)]
    claim: &'a Claim,
    start: usize,
    end: usize,
    sentence_text: &'a str,
}

fn main() -> ExitCode {
    let (lexicon, path) = match args() {
        Ok(parsed) => parsed,
        Err(e) => common::fail("claims", &format!("{e}\n{USAGE}")),
    };
    let input = common::read_input(path.as_ref(), SAMPLE);
    let doc = gwr::grammar::parse(&input.text);
    let claims = common::extractor(lexicon.as_deref()).claims(&doc);
    if claims.is_empty() {
        eprintln!("{}: no claims found", input.name);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for claim in &claims {
        let line = Line {
            schema_version: gwr::compare::SCHEMA_VERSION,
            claim,
            start: claim.span.start,
            end: claim.span.end,
            sentence_text: doc.text(&claim.sentence),
        };
        let written = serde_json::to_writer(&mut out, &line)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out));
        match written {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
            Err(e) => common::fail("<stdout>", &e.to_string()),
        }
    }
    match out.flush() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            common::fail("<stdout>", &e.to_string())
        }
        _ => ExitCode::SUCCESS,
    }
}

fn args() -> Result<(Option<PathBuf>, Option<OsString>), lexopt::Error> {
    use lexopt::prelude::*;
    let mut lexicon = None;
    let mut path = None;
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("lexicon") => lexicon = Some(PathBuf::from(parser.value()?)),
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(v) if path.is_none() => path = Some(v),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok((lexicon, path))
}
