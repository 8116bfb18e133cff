#!/usr/bin/env bash
# Drill: kill -9 the server in the middle of a large upload, then `portico fsck` must find the
# interrupted upload's parts, remove them, and a second run must find nothing.
source "$(dirname "$0")/common.sh"
start_server
TOKEN=$(api_token)
ORDER=$(first_order "$TOKEN")
FILE="$WORK/big.pdf"
make_file "$FILE" 512
curl -s -o /dev/null --limit-rate 50M "$BASE/api/v1/orders/$ORDER/files" \
    -H "authorization: Bearer $TOKEN" -F "file=@$FILE" &
curl_pid=$!
sleep 3
kill -9 "$SERVER_PID"
SERVER_PID=""
wait "$curl_pid" || true
echo "left on disk after kill -9: $(find "$PORTICO_DATA_DIR/objects" -type f | wc -l) file(s)"
echo "--- portico fsck --grace-minutes 0"
"$BIN" fsck --grace-minutes 0
echo "--- portico fsck --grace-minutes 0 --dry-run (must report nothing)"
report=$("$BIN" fsck --grace-minutes 0 --dry-run)
echo "$report"
echo "$report" | grep -q "orphan objects: would remove 0" &&
    echo "$report" | grep -q "interrupted upload parts: would remove 0" &&
    echo "$report" | grep -q "rows whose object is missing: would remove 0" &&
    echo "drill passed" || { echo "drill FAILED" >&2; exit 1; }
