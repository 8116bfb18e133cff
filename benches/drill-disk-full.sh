#!/usr/bin/env bash
# Drill: the disk under the data directory fills up during uploads. Every upload that does
# not fit must answer 507 with a clear message (never 500), leave no row and no stray object
# (`portico fsck` finds nothing), reads keep working, and uploads work again as soon as space
# is freed. The data directory is put on a small tmpfs, so this needs root (mount).
set -euo pipefail
if [ -z "${DRILL_MOUNTED:-}" ]; then
    [ "$(id -u)" = 0 ] || { echo "drill needs root to mount a small tmpfs" >&2; exit 2; }
    cd "$(dirname "$0")/.."
    cargo build --release --quiet # before the mount: the build must not land on the tmpfs
    mnt=$(mktemp -d)
    mount -t tmpfs -o "size=${DRILL_DISK_MB:-64}m" portico-drill "$mnt"
    trap 'umount "$mnt" 2>/dev/null; rmdir "$mnt"' EXIT
    DRILL_MOUNTED=1 BENCH_DIR="$mnt" bash "$0"
    exit $?
fi
source "$(dirname "$0")/common.sh"
# The server's log is on the disk that fills up, as on a node with one disk: writing it fails
# too, and the node must not care. DRILL_LOG_ELSEWHERE=1 keeps it readable for debugging.
if [ -n "${DRILL_LOG_ELSEWHERE:-}" ]; then
    LOG_DIR=$(mktemp -d)
    ln -s "$LOG_DIR/server.log" "$WORK/server.log"
    trap 'cleanup; echo "server log: $LOG_DIR/server.log"' EXIT
fi
# Leave 12 MiB aside so that space can be freed later.
head -c $((12 * 1024 * 1024)) /dev/zero >"$WORK/reserve"
start_server
TOKEN=$(api_token)
ORDER=$(first_order "$TOKEN")
make_file "$WORK/part.pdf" 4
echo "tmpfs: $(df -h "$WORK" | awk 'NR==2 {print $2 " in all, " $4 " free"}')"

# The server may answer 507 before it has read the whole body and then close the connection,
# so curl's own exit status is not the verdict: the status it received is.
upload() {
    curl -s -o "$WORK/answer.json" -w '%{http_code}' "$BASE/api/v1/orders/$ORDER/files" \
        -H "authorization: Bearer $TOKEN" -F "file=@$WORK/part.pdf;filename=part.pdf" || true
}
rows() { sqlite3 "$PORTICO_DATA_DIR/portico.db" 'SELECT count(*) FROM files' 2>/dev/null ||
    python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from files").fetchone()[0])' "$PORTICO_DATA_DIR/portico.db"; }

stored=0
refused=0
for _ in $(seq 1 40); do
    code=$(upload)
    case "$code" in
    201) stored=$((stored + 1)) ;;
    507)
        refused=$((refused + 1))
        [ "$refused" = 1 ] && echo "first refusal after $stored uploads: $(cat "$WORK/answer.json")"
        [ "$refused" -ge 3 ] && break
        ;;
    *)
        kill -0 "$SERVER_PID" 2>/dev/null || { wait "$SERVER_PID" || echo "drill FAILED: the server exited with status $?" >&2; }
        echo "drill FAILED: an upload answered $code: $(cat "$WORK/answer.json")" >&2
        tail -n 20 "$WORK/server.log" >&2
        exit 1
        ;;
    esac
done
[ "$refused" -ge 3 ] || { echo "drill FAILED: the disk never filled ($stored uploads stored)" >&2; exit 1; }
python3 -c 'import json,sys; e=json.load(open(sys.argv[1])); assert e["code"]=="storage_full", e; print("error:", e["detail"])' "$WORK/answer.json"

[ "$(rows)" = "$stored" ] || { echo "drill FAILED: $(rows) file rows for $stored stored uploads" >&2; exit 1; }
echo "file rows: $(rows), one per stored upload"
code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/orders?limit=5" -H "authorization: Bearer $TOKEN")
[ "$code" = 200 ] || { echo "drill FAILED: the order list answered $code on a full disk" >&2; exit 1; }
echo "while full: the order list answers 200"
# Fill the last bytes, then database-only writes (timeline updates): each is stored (SQLite
# still had room) or refused with 507, never a 500.
head -c $((64 * 1024 * 1024)) /dev/urandom >"$WORK/filler" 2>/dev/null || true
declare -A seen=()
for i in $(seq 1 30); do
    code=$(curl -s -o "$WORK/answer.json" -w '%{http_code}' "$BASE/api/v1/orders/$ORDER/updates" \
        -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \
        -d "{\"body\":\"disk-full drill update $i $(head -c 3000 /dev/urandom | base64 -w0)\"}" || true)
    seen[$code]=$((${seen[$code]:-0} + 1))
    case "$code" in
    201 | 507) ;;
    *) echo "drill FAILED: a timeline update answered $code: $(cat "$WORK/answer.json")" >&2; exit 1 ;;
    esac
done
echo "database writes on a full disk: $(for c in "${!seen[@]}"; do printf '%s x%s ' "$c" "${seen[$c]}"; done)"
rm -f "$WORK/filler"

report=$("$BIN" fsck --grace-minutes 0 --dry-run)
echo "$report"
echo "$report" | grep -q "orphan objects: would remove 0" &&
    echo "$report" | grep -q "interrupted upload parts: would remove 0" &&
    echo "$report" | grep -q "rows whose object is missing: would remove 0" ||
    { echo "drill FAILED: the refused uploads left something behind" >&2; exit 1; }

rm "$WORK/reserve"
code=$(upload)
[ "$code" = 201 ] || { echo "drill FAILED: after freeing space an upload answered $code" >&2; exit 1; }
echo "after freeing 12 MiB: uploads are stored again"
echo "drill passed"
