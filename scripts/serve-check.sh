#!/usr/bin/env bash
# Checks the README's first command: scripts/serve.sh builds (debug) and serves the app, its start-up
# script and a language pack on the printed address. Run by scripts/test.sh; stops the server after.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT="${SERVE_CHECK_PORT:-8093}"
DIST="$(mktemp -d)"
log="$(mktemp)"
# The server in a process group of its own (job control on for this one command; its id is the server's
# PID), so it and everything it started (cargo, wasm-bindgen, the build hook) stop together by that id,
# never by a name pattern that could match someone else's server.
set -m
PORT="$PORT" scripts/serve.sh --dist "$DIST" </dev/null >"$log" 2>&1 &
server=$!
set +m
stop_server() {
  kill -TERM -- "-$server" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 -- "-$server" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL -- "-$server" 2>/dev/null || true
  rm -rf "$DIST" "$log"
}
trap stop_server EXIT
url="http://127.0.0.1:$PORT/"
# Until the first build is done the server answers every path with a placeholder page.
pack=""
for _ in $(seq 1 180); do
  pack="$(curl -sf "${url}lang/ja.txt" || true)"
  if [[ "$pack" == my-number-guide-texts* ]]; then break; fi
  if ! kill -0 $server 2>/dev/null; then cat "$log"; echo "serve.sh exited"; exit 1; fi
  sleep 1
done
grep -q "Serving My Number Guide at $url" "$log" || { cat "$log"; echo "serve.sh did not print $url"; exit 1; }
page="$(curl -sf "${url}stage/apply")"
boot="$(grep -o 'src="[^"]*boot-[^"]*\.js"' <<<"$page" | head -1 | cut -d'"' -f2)"
[ -n "$boot" ] || { echo "no start-up script in the served page"; exit 1; }
[[ "$(curl -sf "http://127.0.0.1:$PORT$boot")" == *init* ]] || { echo "start-up script not served"; exit 1; }
[[ "$pack" == my-number-guide-texts* ]] || { cat "$log"; echo "language pack not served"; exit 1; }
echo "serve.sh serves the app at $url"
