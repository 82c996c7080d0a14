//! Prints the outline of a government work report: reports, header fields, sections,
//! headings indented by depth, and counts of paragraphs, sentences and list items.
//!
//! ```text
//! cargo run --release --example outline -- [--json] [FILE|-]
//! ```
//!
//! With no FILE it runs on a built-in sample report. `--json` prints the whole
//! [`gwr::grammar::Document`] as JSON (docs/schema.md).

mod common;

use std::{ffi::OsString, io::Write, process::ExitCode};

use gwr::grammar::{Block, Document, Heading, Report, Section};

const SAMPLE: (&str, &str) = ("<built-in sample>", include_str!("data/qingxi_2024.txt"));

const USAGE: &str = "usage: outline [--json] [FILE|-]";

fn main() -> ExitCode {
    let (json, path) = match args() {
        Ok(parsed) => parsed,
        Err(e) => common::fail("outline", &format!("{e}\n{USAGE}")),
    };
    let input = common::read_input(path.as_ref(), SAMPLE);
    let doc = gwr::grammar::parse(&input.text);
    let mut out = std::io::stdout().lock();
    let written = if json {
        serde_json::to_writer(&mut out, &doc)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        print_outline(&mut out, &input.name, &doc)
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`outline big.txt | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => common::fail("<stdout>", &e.to_string()),
    }
}

fn args() -> Result<(bool, Option<OsString>), lexopt::Error> {
    use lexopt::prelude::*;
    let mut json = false;
    let mut path = None;
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("json") => json = true,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(v) if path.is_none() => path = Some(v),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok((json, path))
}

fn print_outline(out: &mut impl Write, name: &str, doc: &Document<'_>) -> std::io::Result<()> {
    writeln!(out, "{name}: {} report(s)", doc.reports.len())?;
    for (n, report) in doc.reports.iter().enumerate() {
        print_report(out, doc, n + 1, report)?;
    }
    for d in &doc.diagnostics {
        writeln!(
            out,
            "note [{}..{}] {:?}: {}",
            d.span.start, d.span.end, d.kind, d.message
        )?;
    }
    Ok(())
}

fn print_report(
    out: &mut impl Write,
    doc: &Document<'_>,
    n: usize,
    r: &Report,
) -> std::io::Result<()> {
    let field = |v: &Option<String>| v.as_deref().unwrap_or("-").to_owned();
    writeln!(
        out,
        "\nreport {n} [{}..{}]{}: {}",
        r.span.start,
        r.span.end,
        if r.truncated { " (truncated)" } else { "" },
        field(&r.title)
    )?;
    let date = r.date.map_or("-".to_owned(), |d| d.to_string());
    match &r.jurisdiction {
        Some(j) => writeln!(out, "  place:   {} ({j})", field(&r.place))?,
        None => writeln!(out, "  place:   {}", field(&r.place))?,
    }
    writeln!(out, "  date:    {date}")?;
    if let Some(published) = r.published {
        writeln!(out, "  published: {published}")?;
    }
    writeln!(out, "  meeting: {}", field(&r.meeting))?;
    writeln!(
        out,
        "  speaker: {} ({})",
        field(&r.speaker),
        field(&r.speaker_title)
    )?;
    for section in &r.sections {
        print_section(out, doc, section)?;
    }
    let paragraphs = r.paragraphs();
    let sentences: usize = paragraphs.iter().map(|p| p.sentences.len()).sum();
    let items: usize = paragraphs.iter().map(|p| p.items.len()).sum();
    writeln!(
        out,
        "  {} paragraphs, {sentences} sentences, {items} list items",
        paragraphs.len()
    )
}

fn print_section(out: &mut impl Write, doc: &Document<'_>, s: &Section) -> std::io::Result<()> {
    let year = s.year.map_or("-".to_owned(), |y| y.to_string());
    let title = s
        .heading
        .as_ref()
        .map_or("(untitled)", |h| h.title.as_str());
    writeln!(
        out,
        "  section {:?} {year} [{}..{}]: {}{title}",
        s.kind,
        s.span.start,
        s.span.end,
        s.heading
            .as_ref()
            .and_then(|h| h.marker.as_deref())
            .unwrap_or("")
    )?;
    for block in &s.blocks {
        print_block(out, doc, block)?;
    }
    Ok(())
}

fn print_block(out: &mut impl Write, doc: &Document<'_>, block: &Block) -> std::io::Result<()> {
    match block {
        Block::Heading(h) => {
            print_heading(out, h)?;
            for child in &h.children {
                print_block(out, doc, child)?;
            }
        }
        Block::Paragraph(p) => {
            let marks = match p.role {
                Some(role) => format!(" <{role:?}>"),
                None => String::new(),
            };
            if !marks.is_empty() {
                let preview: String = doc.text(&p.span).chars().take(24).collect();
                writeln!(out, "      paragraph{marks}: {preview}…")?;
            }
        }
    }
    Ok(())
}

fn print_heading(out: &mut impl Write, h: &Heading) -> std::io::Result<()> {
    let indent = "  ".repeat(usize::from(h.depth));
    let title: String = h.title.chars().take(40).collect();
    writeln!(
        out,
        "  {indent}{}{title}  (depth {})",
        h.marker.as_deref().unwrap_or(""),
        h.depth
    )
}
