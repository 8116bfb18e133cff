#!/usr/bin/env bash
# Drill: SIGTERM while a download and an upload are in flight (a rolling restart). The node
# must stop taking new connections, finish both requests whole (checked by SHA-256), then exit.
source "$(dirname "$0")/common.sh"
start_server
TOKEN=$(api_token)
ORDER=$(first_order "$TOKEN")
make_file "$WORK/down.pdf" 200
make_file "$WORK/up.pdf" 100
id=$(curl -sf "$BASE/api/v1/orders/$ORDER/files" -H "authorization: Bearer $TOKEN" \
    -F "file=@$WORK/down.pdf;filename=down.pdf" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["files"][0]["id"])')

# About 8 s each at these rates.
curl -sf --limit-rate 25M "$BASE/api/v1/files/$id/content" -H "authorization: Bearer $TOKEN" \
    -o "$WORK/got.pdf" &
down_pid=$!
curl -sf --limit-rate 12M -o "$WORK/up.json" -w '%{http_code}' "$BASE/api/v1/orders/$ORDER/files" \
    -H "authorization: Bearer $TOKEN" -F "file=@$WORK/up.pdf;filename=up.pdf" >"$WORK/up.code" &
up_pid=$!
sleep 2
kill -TERM "$SERVER_PID"
sleep 0.5
if curl -s -o /dev/null -m 2 "$BASE/healthz"; then
    echo "drill FAILED: a new connection was accepted after SIGTERM" >&2
    exit 1
fi
echo "drill: after SIGTERM new connections are refused"
wait "$down_pid" || { echo "drill FAILED: the download was cut" >&2; exit 1; }
wait "$up_pid" || { echo "drill FAILED: the upload was cut" >&2; exit 1; }
[ "$(sha256sum <"$WORK/got.pdf")" = "$(sha256sum <"$WORK/down.pdf")" ] ||
    { echo "drill FAILED: the download is not the file" >&2; exit 1; }
[ "$(cat "$WORK/up.code")" = 201 ] || { echo "drill FAILED: upload answered $(cat "$WORK/up.code")" >&2; exit 1; }
python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["files"][0]["sha256"] == sys.argv[2]' \
    "$WORK/up.json" "$(sha256sum "$WORK/up.pdf" | cut -d" " -f1)"
echo "drill: the 200 MiB download and the 100 MiB upload in flight finished whole"
for _ in $(seq 1 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "drill FAILED: the server did not exit after its requests finished" >&2
    exit 1
fi
SERVER_PID=""
echo "drill passed"
