#!/usr/bin/env bash
# Every test layer, in order of speed: format and lints, native tests, browser tests (wasm-bindgen-test in
# headless Chromium), then the release build and the Playwright end-to-end suite against it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-60}"

say "cargo fmt --check"
cargo fmt --all --check

say "clippy (native and wasm32)"
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings

say "Native tests"
cargo test --locked

say "Browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown

say "The serve command (scripts/serve.sh, debug build) answers on its printed address"
scripts/serve-check.sh

say "Release build (trunk build --release --offline)"
trunk build --release --offline

say "Release build under a sub-path (dist-sub/, served at /guide/ by the sub-path test)"
trunk build --release --offline --public-url /guide/ --dist dist-sub

say "End-to-end tests (Playwright against dist/)"
E2E_SUBPATH_DIST=dist-sub npx playwright test
