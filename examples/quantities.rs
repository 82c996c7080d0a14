//! Prints every quantity in a text, one JSON object per line (fields: docs/schema.md,
//! "quantities").
//!
//! ```text
//! cargo run --release --example quantities -- [FILE|-]
//! ```
//!
//! With no FILE it runs on a short built-in sample; `-` reads standard input. A count goes to
//! standard error at the end. The input is
//! decoded from UTF-8 (with or without BOM), UTF-16 or GB18030; `start`/`end` are byte offsets
//! into the decoded UTF-8 text.

mod common;

use std::{ffi::OsString, io::Write, process::ExitCode};

use gwr::quantity::Quantity;

const SAMPLE: (&str, &str) = (
    "<built-in sample>",
    "2023年，全镇实现地区生产总值5.8亿元，同比增长6%左右；新增耕地2.6万亩，\
     帮扶困难群众2万余人次，新培育规上企业3-5家以上。\n\
     2024年主要预期目标：财政收入超五千万元，城镇登记失业率控制在4.5%以内，\
     投资5至6万元改造第三批农房，提高2个百分点。\n",
);

const USAGE: &str = "usage: quantities [FILE|-]";

/// One output line: the contract's version, and the quantity with its span spelled out as
/// `start` and `end`.
#[derive(serde::Serialize)]
struct Line<'a> {
    schema_version: u32,
    start: usize,
    end: usize,
    #[serde(flatten)]
    quantity: &'a Quantity,
}

fn main() -> ExitCode {
    let path = match args() {
        Ok(path) => path,
        Err(e) => common::fail("quantities", &format!("{e}\n{USAGE}")),
    };
    let input = common::read_input(path.as_ref(), SAMPLE);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut count = 0usize;
    let written = gwr::quantity::scan(&input.text)
        .try_for_each(|q| {
            count += 1;
            let line = Line {
                schema_version: gwr::grammar::SCHEMA_VERSION,
                start: q.span.start,
                end: q.span.end,
                quantity: &q,
            };
            serde_json::to_writer(&mut out, &line).map_err(std::io::Error::from)?;
            writeln!(out)
        })
        .and_then(|()| out.flush());
    match written {
        Ok(()) => {
            eprintln!("{}: {count} quantities", input.name);
            ExitCode::SUCCESS
        }
        // A closed pipe (`quantities big.txt | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => common::fail("<stdout>", &e.to_string()),
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
