//! Lists the indicator claims of a report: one JSON object per line (JSONL).
//!
//! ```text
//! cargo run --release --example claims -- [FILE|-]
//! ```
//!
//! With no FILE it runs on a built-in sample report. Fields: docs/schema.md ("claims").

mod common;

use std::{ffi::OsString, io::Write, process::ExitCode};

use gwr::compare::Claim;

const SAMPLE: (&str, &str) = ("<built-in sample>", include_str!("data/qingxi_2024.txt"));

const USAGE: &str = "usage: claims [FILE|-]";

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
    let path = match args() {
        Ok(path) => path,
        Err(e) => common::fail("claims", &format!("{e}\n{USAGE}")),
    };
    let input = common::read_input(path.as_ref(), SAMPLE);
    let doc = gwr::grammar::parse(&input.text);
    let claims = gwr::compare::claims(&doc);
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

fn args() -> Result<Option<OsString>, lexopt::Error> {
    use lexopt::prelude::*;
    let mut path = None;
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(v) if path.is_none() => path = Some(v),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(path)
}
