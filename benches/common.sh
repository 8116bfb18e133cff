# Shared by the file benchmark and drills: a release build, a fresh data directory with the
# demo tenant, a server on a free port, and an API token of the demo merchandiser.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
BIN="$PWD/target/release/portico"
WORK=$(mktemp -d "${BENCH_DIR:-${TMPDIR:-/tmp}}/portico-bench.XXXXXX")
export PORTICO_DATA_DIR="$WORK/data" PORTICO_LOG=warn
export PORTICO_MAX_FILE_MB=${PORTICO_MAX_FILE_MB:-2048}
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        # Its last writes (a preview being made) must land before the directory goes.
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

demo=$("$BIN" demo)
MERCH=$(echo "$demo" | awk '$1 == "merchandiser" {print $2 " " $3; exit}')
MERCH_EMAIL=${MERCH% *}
MERCH_PASSWORD=${MERCH#* }

start_server() {
    PORTICO_BIND="127.0.0.1:$PORT" "$BIN" serve >"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 100); do
        curl -sf "$BASE/healthz" >/dev/null && return 0
        sleep 0.1
    done
    echo "server did not start" >&2
    cat "$WORK/server.log" >&2
    exit 1
}

api_token() {
    curl -sf "$BASE/api/v1/auth/token" -H 'content-type: application/json' \
        -d "{\"email\":\"$MERCH_EMAIL\",\"password\":\"$MERCH_PASSWORD\"}" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

first_order() {
    curl -sf "$BASE/api/v1/orders?limit=1" -H "authorization: Bearer $1" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])'
}

# A file of $2 MiB that sniffs as a PDF (a PDF header, then random bytes).
make_file() {
    { printf '%%PDF-1.7\n'; head -c "$(($2 * 1024 * 1024 - 9))" /dev/urandom; } >"$1"
}

kib() { awk '/^'"$2"':/ {print $2}' "/proc/$1/status"; }
