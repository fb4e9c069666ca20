#!/usr/bin/env bash
# Installs whatever the build and the tests need and is not already here, at the pinned versions.
# Idempotent: every step checks first and skips when the right version is present.
# Sourced by scripts/serve.sh and scripts/test.sh; also runnable on its own.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk, at the version verified on this machine kind (0.22 needs a newer rustc).
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing Trunk $TRUNK_VERSION (about 7 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen-cli at exactly the wasm-bindgen version Cargo.lock resolved (a mismatch makes Trunk try a download).
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "Cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes, once)"
  # No --locked: with it cargo asks for a dependency version the registry does not serve (TOOLCHAIN.md).
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# 4. npm tools: wasm-opt (binaryen), Playwright, axe, Lighthouse. Reinstalled only when the lock file changed.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.mng-installed-lock; then
  say "Installing npm tools (wasm-opt, Playwright, axe-core, Lighthouse)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.mng-installed-lock
fi

# 5. Chromium and ChromeDriver from Debian (Playwright's own browser download cannot work offline).
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  say "Installing Debian's chromium and chromium-driver"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi
# Fonts for Japanese, Chinese, Korean and Nepali, so the layout tests and screenshots measure real glyphs
# (a phone has these fonts; a bare server shows empty boxes).
if ! dpkg -s fonts-noto-cjk fonts-noto-core >/dev/null 2>&1; then
  say "Installing Noto fonts (CJK and Devanagari) for the browser tests"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-noto-cjk fonts-noto-core
fi

# 6. Every crate into the local cache, so `trunk build --offline` never needs the network.
cargo fetch --locked --quiet
cargo fetch --locked --quiet --target wasm32-unknown-unknown
