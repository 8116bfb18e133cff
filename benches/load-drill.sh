#!/usr/bin/env bash
# Load drill: DURATION seconds (default 600) of mixed traffic at 64 connections (sign-ins,
# order lists as JSON and HTML, order details and timelines, photo previews and originals,
# photo uploads). Passes with zero errors and flat memory: the last minute's heap (anonymous
# memory) within 32 MiB of the second minute's, after warm-up, and the file-backed pages
# (the memory-mapped database, bounded by its 256 MiB map, and the binary) below 320 MiB.
# RSS is printed too: it includes those file pages, which grow with the database while the
# drill's uploads grow it, and which the kernel can drop. Not a test: run it by hand.
#   bash benches/load-drill.sh        DURATION=120 bash benches/load-drill.sh
source "$(dirname "$0")/common.sh"
DURATION=${DURATION:-600}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -x /usr/bin/convert ] || { apt-get update -qq && apt-get install -y -qq imagemagick >/dev/null; }
start_server
TOKEN=$(api_token)
# A 1200 × 900 photo with noise, so previews are real work.
/usr/bin/convert -size 1200x900 plasma:fractal -quality 85 "$WORK/photo.jpg"
orders=$(curl -sf "$BASE/api/v1/orders?limit=50" -H "authorization: Bearer $TOKEN" |
    python3 -c 'import json,sys; print(",".join(o["id"] for o in json.load(sys.stdin)["items"]))')
files=""
for o in $(echo "$orders" | tr , ' ' | cut -d' ' -f1-4); do
    for _ in 1 2 3; do
        f=$(curl -sf "$BASE/api/v1/orders/$o/files" -H "authorization: Bearer $TOKEN" \
            -F "file=@$WORK/photo.jpg;filename=photo.jpg" -F visibility=customer |
            python3 -c 'import json,sys; print(json.load(sys.stdin)["files"][0]["id"])')
        files="$files,$f"
    done
done
files=${files#,}
sleep 3 # previews are made in the background
echo "load: $DURATION s at 64 connections; $(echo "$orders" | tr , '\n' | wc -l) orders, $(echo "$files" | tr , '\n' | wc -l) photos"
: >"$WORK/rss.txt"
( while kill -0 "$SERVER_PID" 2>/dev/null; do
    echo "$(date +%s) $(kib "$SERVER_PID" VmRSS) $(kib "$SERVER_PID" RssAnon) $(kib "$SERVER_PID" RssFile)" >>"$WORK/rss.txt"
    sleep 10
done ) &
sampler=$!
wrk -t2 -c64 -d"${DURATION}s" --timeout 10s -s "$(dirname "$0")/load.lua" "$BASE" -- \
    "$TOKEN" "$MERCH_EMAIL" "$MERCH_PASSWORD" "$WORK/photo.jpg" "$orders" "$files" | tee "$WORK/wrk.txt"
kill "$sampler" 2>/dev/null || true
[ -n "${RSS_LOG:-}" ] && cp "$WORK/rss.txt" "$RSS_LOG" # time, RSS, heap, file pages (KiB)
python3 - "$WORK/rss.txt" <<'PY'
import sys
rows = [tuple(map(int, l.split())) for l in open(sys.argv[1]) if len(l.split()) == 4]
t0 = rows[0][0]
def window(col, lo, hi):
    v = [r[col] for r in rows if lo <= r[0] - t0 < hi]
    return max(v or [rows[len(rows) // 2][col]]) / 1024
end = rows[-1][0] - t0
for col, name in [(1, "RSS"), (2, "anonymous (heap)"), (3, "file-backed (mapped database, binary)")]:
    print(f"load: server {name} {rows[0][col] / 1024:.0f} MiB at start, "
          f"{window(col, 60, 120):.0f} MiB in the second minute, {window(col, end - 60, end + 1):.0f} MiB in the last")
a, b = window(2, 60, 120), window(2, end - 60, end + 1)
if b - a > 32:
    print(f"load FAILED: the heap grew by {b - a:.0f} MiB")
    sys.exit(1)
if window(3, 0, end + 1) > 320:
    print("load FAILED: more file-backed memory than the database map allows")
    sys.exit(1)
PY
grep -q "errors: connect 0, read 0, write 0, timeout 0, status 0" "$WORK/wrk.txt" ||
    { echo "load FAILED: there were errors" >&2; grep -i error "$WORK/server.log" | head -5 >&2; exit 1; }
grep -q "internal error" "$WORK/server.log" && { echo "load FAILED: 500s in the log" >&2; exit 1; }
echo "load drill passed"
