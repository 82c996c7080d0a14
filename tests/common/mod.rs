//! What the end-to-end tests share: the example binaries and the corpus beside the project.

// A test that cannot find or build an example should stop right there.
#![allow(clippy::unwrap_used)]

use std::{path::PathBuf, process::Command};

/// An example binary `cargo test` builds beside the test binaries.
pub fn example_exe(name: &str) -> PathBuf {
    let deps = std::env::current_exe()
        .unwrap()
        .parent()
        .unwrap()
        .to_owned();
    let exe = deps
        .parent()
        .unwrap()
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    if !exe.exists() {
        // `cargo test --test panel` alone does not build examples.
        let status = Command::new(env!("CARGO"))
            .args(["build", "--example", name])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .unwrap();
        assert!(status.success(), "could not build the {name} example");
    }
    exe
}

/// The corpus (`../shared/corpus`, or `$GWR_CORPUS`) when it holds `folder`; otherwise the
/// test says SKIPPED and gets `None`.
// Each test binary uses the part of this module it needs.
#[allow(dead_code)]
pub fn corpus_with(folder: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("GWR_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    if dir.join(folder).is_dir() {
        Some(dir)
    } else {
        eprintln!("SKIPPED: no {folder} in the corpus at ../shared/corpus or $GWR_CORPUS");
        None
    }
}
