//! The README's commands run as written: every `cargo run --example` line of its `sh`
//! blocks is run (with the example binary `cargo test` built) from a folder that sees the
//! repository's `examples/`, and must succeed; the outputs it shows are the outputs they give.
//! Its Rust block is compiled by the doc tests of the `gwr` crate (`src/lib.rs`).

// A test that cannot set up its files or run the example should stop right there.
#![allow(clippy::unwrap_used)]

mod common;

use std::{path::Path, process::Command};

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap()
}

/// The contents of the README's blocks fenced as `lang`.
fn blocks(readme: &str, lang: &str) -> Vec<String> {
    let open = format!("```{lang}\n");
    readme
        .split(open.as_str())
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap().to_owned())
        .collect()
}

/// A README command line with `cargo run --release --example NAME [--]` replaced by the
/// example binary; `None` for other commands.
fn as_binary(line: &str) -> Option<String> {
    let line = line.split(" #").next().unwrap().trim_end();
    let start = line.find("cargo run --release --example ")?;
    let rest = &line[start + "cargo run --release --example ".len()..];
    let (name, args) = rest.split_once(' ').unwrap_or((rest, ""));
    let args = args.strip_prefix("--").unwrap_or(args);
    Some(format!(
        "{}'{}'{args}",
        &line[..start],
        common::example_exe(name).display()
    ))
}

#[test]
fn readme_commands_run_as_written() {
    let readme = readme();
    let dir = tempfile::tempdir().unwrap();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&examples, dir.path().join("examples")).unwrap();
    #[cfg(not(unix))]
    return;
    let commands: Vec<String> = blocks(&readme, "sh")
        .iter()
        .flat_map(|b| b.lines().filter_map(as_binary).collect::<Vec<_>>())
        .collect();
    assert!(commands.len() >= 10, "{commands:?}");
    for command in &commands {
        let out = Command::new("sh")
            .args(["-c", command])
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{command}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let wrote = command.contains('>') || command.contains("--out");
        assert!(wrote || !out.stdout.is_empty(), "{command}: no output");
    }

    // The table the README shows is the one the first command prints.
    let first = as_binary("cargo run --release --example compare").unwrap();
    let out = Command::new("sh")
        .args(["-c", &first])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let shown = &blocks(&readme, "text")[0];
    assert_eq!(String::from_utf8(out.stdout).unwrap(), *shown);

    // The panel rows it shows are rows the quick start's command wrote.
    let written = std::fs::read_to_string(dir.path().join("panel.csv")).unwrap();
    let sample = blocks(&readme, "text")
        .into_iter()
        .find(|b| b.starts_with("schema_version,"))
        .unwrap();
    for line in sample.lines() {
        assert!(
            written.lines().any(|l| l == line),
            "not in panel.csv: {line}"
        );
    }
}
