//! Input reading shared by the example binaries: the only place that touches files.

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
    let bytes = bytes.unwrap_or_else(|e| fail(&name, &e.to_string()));
    match gwr::grammar::decode(&bytes) {
        Ok(text) => Input {
            name,
            text: text.into_owned(),
        },
        Err(e) => fail(&name, &e.to_string()),
    }
}

/// Prints `error: NAME: PROBLEM` and exits with status 1.
pub fn fail(name: &str, problem: &str) -> ! {
    eprintln!("error: {name}: {problem}");
    exit(1)
}
