#!/usr/bin/env bash
# Measures the product targets against their budgets, on the release build (not part of the test command:
# timings belong here, not in tests). Exits non-zero when a budget is exceeded.
#   cold first load: every file fetched on a first visit (every file the service worker precaches, plus the
#                    largest language pack: a first visit fetches at most one), gzipped, at most 225 KiB
#   Lighthouse mobile performance >= 0.95 (and accessibility reported)
#   repeat visit offline: the first heading rendered in under 300 ms (median of 5)
#   reported, no budget: a first visit on a Japanese phone, throttled like Lighthouse mobile: when the first
#                    heading is in Japanese (median of 5)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  say "Release build"
  trunk build --release --offline
fi
say "Benchmarks (results also in bench-results/)"
exec node scripts/bench.mjs
