#!/usr/bin/env bash
# Serve the app: installs what is missing, then builds and serves it with live reload.
#   scripts/serve.sh            debug build on http://127.0.0.1:8080/
#   scripts/serve.sh --release  the release build (as deployed)
# Set HOST=0.0.0.0 to open it from a phone on the same network.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

HOST="${HOST:-127.0.0.1}"
PORT="${PORT:-8080}"
say "Serving My Number Guide at http://$HOST:$PORT/  (Ctrl-C stops)"
if [ "$HOST" = "0.0.0.0" ]; then
  for ip in $(hostname -I 2>/dev/null); do say "On your phone: http://$ip:$PORT/"; done
fi
exec trunk serve --offline --address "$HOST" --port "$PORT" "$@"
