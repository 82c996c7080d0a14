//! End-to-end throughput of the `panel` example with 2 jobs over the corpus seeds copied
//! until the folder holds at least 100 MB (`Throughput::Bytes` = bytes on disk).
//!
//! `cargo bench --bench panel`. Builds the example in release mode if it is missing. The
//! corpus is read from `../shared/corpus/seeds` or `$GWR_CORPUS/seeds`; without it the
//! built-in sample reports are copied instead, and the bench says so.

use std::{
    path::{Path, PathBuf},
    process::{Command, Stdio},
};

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const TARGET_BYTES: u64 = 100_000_000;

/// The seeds copied into numbered folders until they hold `TARGET_BYTES`.
fn replicated(dir: &Path) -> u64 {
    let seeds = common::corpus_files();
    let per_copy: u64 = seeds.iter().map(|(_, b)| b.len() as u64).sum();
    let copies = TARGET_BYTES.div_ceil(per_copy.max(1));
    for k in 0..copies {
        let sub = dir.join(format!("copy{k:04}"));
        std::fs::create_dir_all(&sub).expect("a writable temporary folder");
        for (name, bytes) in &seeds {
            std::fs::write(sub.join(format!("{name}.txt")), bytes)
                .expect("a writable temporary folder");
        }
    }
    copies * per_copy
}

fn panel_exe() -> PathBuf {
    let deps = std::env::current_exe().expect("the bench's own path");
    let target = deps
        .parent()
        .and_then(Path::parent)
        .expect("target/release");
    let exe = target
        .join("examples")
        .join(format!("panel{}", std::env::consts::EXE_SUFFIX));
    if !exe.exists() {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--release", "--example", "panel"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo runs");
        assert!(status.success(), "could not build the panel example");
    }
    exe
}

fn panel(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let bytes = replicated(dir.path());
    let exe = panel_exe();
    let mut group = c.benchmark_group("panel");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("2 jobs, seeds replicated to 100 MB", |b| {
        b.iter(|| {
            let status = Command::new(&exe)
                .arg(dir.path())
                .args(["--jobs", "2"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("the panel example runs");
            assert!(status.success());
        });
    });
    group.finish();
}

criterion_group!(benches, panel);
criterion_main!(benches);
