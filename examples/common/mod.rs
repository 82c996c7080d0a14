//! Input reading shared by the example binaries: the only place that touches files.

// Each example uses the part of this module it needs.
#![allow(dead_code)]

use std::{ffi::OsString, io::Read, process::exit};

/// The largest input an example reads: 64 MiB. Parsing and finding claims take at most
/// about 52 bytes of memory per input byte on the worst shapes of text (a line or a figure
/// every few bytes; docs/ARCHITECTURE.md, "Memory and input size"), so even such a file
/// stays near 3.5 GB.
/// A report is 10–200 KB; a compilation of a province's reports a few MB.
pub const MAX_INPUT_BYTES: u64 = 64 << 20;

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The input is larger than [`MAX_INPUT_BYTES`].
    #[error(
        "larger than the limit of {MAX_INPUT_BYTES} bytes (64 MiB) per input ({size} bytes or \
         more): split it into smaller files"
    )]
    TooLarge {
        /// The file's size, or for standard input how much was read before stopping.
        size: u64,
    },
    /// The file or standard input could not be read.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The bytes are not text in an encoding the grammar reads.
    #[error("{0}")]
    Decode(#[from] gwr::grammar::DecodeError),
}

impl From<ReadError> for String {
    fn from(e: ReadError) -> String {
        e.to_string()
    }
}

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
    let text = if path == "-" {
        read_limited(std::io::stdin().lock(), 0)
    } else {
        read_file(path.as_ref())
    };
    match text {
        Ok(text) => Input { name, text },
        Err(e) => fail(&name, &e.to_string()),
    }
}

/// Reads and decodes a file with [`gwr::grammar::decode`]; the error says what failed.
pub fn read_file(path: &std::path::Path) -> Result<String, ReadError> {
    let file = std::fs::File::open(path)?;
    let size = file.metadata()?.len();
    read_limited(file, size)
}

/// Reads at most [`MAX_INPUT_BYTES`] and decodes them; more is an error, found before
/// anything past the limit is held in memory. `size` is the expected size (0 when
/// unknown): a larger one fails at once, a smaller one sizes the buffer.
fn read_limited(source: impl Read, size: u64) -> Result<String, ReadError> {
    if size > MAX_INPUT_BYTES {
        return Err(ReadError::TooLarge { size });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    source.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes)?;
    let size = bytes.len() as u64;
    if size > MAX_INPUT_BYTES {
        return Err(ReadError::TooLarge { size });
    }
    Ok(gwr::grammar::decode(&bytes)?.into_owned())
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

/// Writes `path` through `write`, renamed over `path` only once complete and synced. On
/// Linux the file has no name while it is written (`O_TMPFILE`), so even a run killed
/// with SIGKILL leaves nothing behind; elsewhere, or on a file system without unnamed
/// files, it is written as `NAME.partial-PID` beside `path`, which a failure removes. A
/// failure leaves an existing `path` as it was; the file gets the mode the umask gives new
/// files.
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
    let unnamed = unnamed_file_beside(path);
    let named = unnamed.is_none();
    let file = match unnamed {
        Some(file) => file,
        None => std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&partial)?,
    };
    let written = (|| {
        let mut out = std::io::BufWriter::new(file);
        write(&mut out)?;
        let file = out
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)?;
        file.sync_all()?;
        if !named {
            give_name(&file, &partial)?;
        }
        std::fs::rename(&partial, path)
    })();
    if written.is_err() {
        // Best effort: the error that matters is the one returned.
        let _ = std::fs::remove_file(&partial);
    }
    written
}

/// A new file without a name in the folder of `path`, where the system and file system
/// make one (Linux's `O_TMPFILE`).
#[cfg(target_os = "linux")]
fn unnamed_file_beside(path: &std::path::Path) -> Option<std::fs::File> {
    use rustix::fs::{CWD, Mode, OFlags};
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    rustix::fs::openat(
        CWD,
        dir,
        OFlags::TMPFILE | OFlags::WRONLY | OFlags::CLOEXEC,
        Mode::from_raw_mode(0o666),
    )
    .ok()
    .map(std::fs::File::from)
}

#[cfg(not(target_os = "linux"))]
fn unnamed_file_beside(_: &std::path::Path) -> Option<std::fs::File> {
    None
}

/// Links the unnamed `file` into its folder as `name`.
#[cfg(target_os = "linux")]
fn give_name(file: &std::fs::File, name: &std::path::Path) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let own = format!("/proc/self/fd/{}", file.as_raw_fd());
    rustix::fs::linkat(
        rustix::fs::CWD,
        own.as_str(),
        rustix::fs::CWD,
        name,
        rustix::fs::AtFlags::SYMLINK_FOLLOW,
    )
    .map_err(std::io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn give_name(_: &std::fs::File, _: &std::path::Path) -> std::io::Result<()> {
    Ok(())
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
