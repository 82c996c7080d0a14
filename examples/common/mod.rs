//! Input reading shared by the example binaries: the only place that touches files.

// Each example uses the part of this module it needs.
#![allow(dead_code)]

use std::{ffi::OsString, io::Read, process::exit};

/// A decoded input: its name for messages and its text.
#[derive(Clone)]
pub struct Input {
    /// The file's path, `<stdin>`, or the built-in sample's name.
    pub name: String,
    /// The decoded text; spans in the output are byte offsets into it.
    pub text: String,
}

/// Reads `path` (or standard input for `-`, or `sample` when `path` is `None`) and decodes
/// it with [`gwr::grammar::decode`]. On failure prints one line naming the input and the
/// problem, and exits with status 1.
pub fn read_input(path: Option<&OsString>, sample: (&str, &str)) -> Input {
    let Some(path) = path else {
        return Input {
            name: sample.0.to_owned(),
            text: sample.1.to_owned(),
        };
    };
    let name = if path == "-" {
        "<stdin>".to_owned()
    } else {
        path.to_string_lossy().into_owned()
    };
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map(|_| buf)
    } else {
        std::fs::read(path)
    };
    let text = bytes
        .map_err(|e| e.to_string())
        .and_then(|bytes| decode(&bytes));
    match text {
        Ok(text) => Input { name, text },
        Err(e) => fail(&name, &e),
    }
}

/// Reads and decodes a file with [`gwr::grammar::decode`]; the error says what failed.
pub fn read_file(path: &std::path::Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    decode(&bytes)
}

fn decode(bytes: &[u8]) -> Result<String, String> {
    gwr::grammar::decode(bytes)
        .map(std::borrow::Cow::into_owned)
        .map_err(|e| e.to_string())
}

/// The indicator lexicon: the built-in one, extended (and overridden, id by id) by the
/// TOML file given with `--lexicon`. On failure prints one line and exits with status 1.
pub fn extractor(lexicon: Option<&std::path::Path>) -> gwr::compare::Extractor {
    let lexicon = match lexicon {
        None => gwr::compare::Lexicon::builtin(),
        Some(path) => {
            let name = path.display().to_string();
            let text =
                std::fs::read_to_string(path).unwrap_or_else(|e| fail(&name, &e.to_string()));
            let mine = gwr::compare::Lexicon::from_toml(&text)
                .unwrap_or_else(|e| fail(&name, &e.to_string()));
            gwr::compare::Lexicon::builtin().extend(mine)
        }
    };
    gwr::compare::Extractor::new(lexicon)
}

/// The options that set a [`gwr::compare::Policy`] field.
pub const POLICY_OPTIONS: &[&str] = &["approx-pp", "approx-ratio", "in-step-pp"];

/// Reads the value of a policy option (one of [`POLICY_OPTIONS`]: `--approx-pp 0.3`,
/// `--approx-ratio 0.05`, `--in-step-pp 0.5`) into `policy`.
pub fn policy_option(
    policy: &mut gwr::compare::Policy,
    name: &str,
    parser: &mut lexopt::Parser,
) -> Result<(), lexopt::Error> {
    use lexopt::prelude::*;
    let field = match name {
        "approx-pp" => &mut policy.approx_pp,
        "approx-ratio" => &mut policy.approx_ratio,
        _ => &mut policy.in_step_pp,
    };
    let value = parser.value()?.string()?;
    *field = value
        .parse()
        .map_err(|_| format!("--{name} takes a decimal number such as 0.5, not {value:?}"))?;
    Ok(())
}

/// Writes `path` through `write`: into a new file beside it (`NAME.partial-PID`), renamed
/// over `path` only once complete and synced. A failure leaves an existing `path` as it was
/// and removes the partial file; the file gets the mode the umask gives new files.
pub fn write_atomically(
    path: &std::path::Path,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other("not a file name"))?;
    let partial = path.with_file_name(format!(
        "{}.partial-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&partial)?;
    let written = (|| {
        let mut out = std::io::BufWriter::new(file);
        write(&mut out)?;
        out.into_inner()
            .map_err(std::io::IntoInnerError::into_error)?
            .sync_all()?;
        std::fs::rename(&partial, path)
    })();
    if written.is_err() {
        // Best effort: the error that matters is the one returned.
        let _ = std::fs::remove_file(&partial);
    }
    written
}

/// Prints `error: NAME: PROBLEM` and exits with status 1.
pub fn fail(name: &str, problem: &str) -> ! {
    eprintln!("error: {name}: {problem}");
    exit(1)
}

/// The year a file's name gives, as data sets name reports (`2022.txt`, `cn_1998.txt`,
/// `朔州市_2015.txt`): the last run of exactly four digits in the file stem, if it is a
/// plausible delivery year (1949–2100).
pub fn year_in_name(path: &std::path::Path) -> Option<u16> {
    let stem = path.file_stem()?.to_str()?;
    stem.split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() == 4)
        .filter_map(|run| run.parse::<u16>().ok())
        .rfind(|y| (1949..=2100).contains(y))
}
