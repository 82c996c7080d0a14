//! Tells a person when the shared test data is missing. The corpus tests
//! (`../shared/corpus/seeds` or `$GWR_CORPUS/seeds`) and the peer conformance test
//! (`../shared/peers` or `$GWR_PEERS`) pass without running when their data is absent, and
//! test output capture hides what they print: a build warning is shown on every build
//! instead. A missing corpus also reaches `tests/shared_data.rs` as `GWR_SHARED_MISSING`,
//! which fails the run in CI (`CI=true`), where the corpus must be there.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let place = |var: &str, default: &str, inside: &str| {
        println!("cargo:rerun-if-env-changed={var}");
        let dir = std::env::var_os(var).map_or_else(|| root.join(default), PathBuf::from);
        let wanted = dir.join(inside);
        // A path that does not exist makes cargo run this script again on every build, so
        // the warning stays until the data is there.
        println!("cargo:rerun-if-changed={}", wanted.display());
        (!wanted.is_dir()).then(|| format!("{} (set {var})", wanted.display()))
    };
    // The corpus is promised in CI; the peer specs are not, so only the corpus fails CI.
    let corpus = place("GWR_CORPUS", "../shared/corpus", "seeds");
    let peers = place("GWR_PEERS", "../shared/peers", "recognizers-text/Specs");
    let missing: Vec<String> = [corpus.clone(), peers].into_iter().flatten().collect();
    for m in &missing {
        println!(
            "cargo:warning=test data not found: {m}; the tests that read it pass without running"
        );
    }
    println!("cargo:rerun-if-env-changed=CI");
    println!(
        "cargo:rustc-env=GWR_SHARED_MISSING={}",
        corpus.unwrap_or_default()
    );
}
