//! In CI (`CI=true`) the shared test data must be there: without it the corpus and peer tests
//! would pass without running. `build.rs` looks for it and warns a person elsewhere.

#[test]
fn shared_test_data_is_there_in_ci() {
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0");
    let missing = env!("GWR_SHARED_MISSING");
    assert!(
        !ci || missing.is_empty(),
        "CI is set but test data is missing, so the tests that read it did not run: {missing}"
    );
}
