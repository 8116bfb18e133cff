#!/usr/bin/env bash
# Drill: two `portico serve` nodes on one PostgreSQL and one S3 server (s3s-fs) behind nginx,
# with a real SMTP receiver (aiosmtpd), as deploy/compose.yaml describes production.
#   bash benches/drill-nodes.sh          # about 3 minutes; DRILL_SECS=60 for a longer load
#   PORTICO_DRILL_BIN=target/debug/portico DRILL_SECS=10 bash benches/drill-nodes.sh   # (CI)
# It checks, and exits non-zero when one fails:
#   - a session made on one node is valid on the other;
#   - sign-in limits are shared: the fifth wrong password is refused whichever node gets it;
#   - a revocation on one node stops the token on the other at once (auth::cache);
#   - under a mixed load through nginx (order lists, pages, uploads, invitations that mail,
#     reports that run as jobs), node A is killed with -9 in the middle of an upload and
#     started again: no answer is a 5xx except the killed node's in-flight requests;
#   - every job is done and every mail delivered exactly once (counted by Message-ID);
#   - `portico fsck` removes what the killed upload left, and a second run finds nothing.
# Needs: PostgreSQL (PORTICO_DRILL_POSTGRES, default postgres://postgres@127.0.0.1:5432/test),
# nginx, s3s-fs (cargo install s3s-fs --features binary), python3 -m aiosmtpd, wrk, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${DRILL_SECS:-30}
PG_ADMIN=${PORTICO_DRILL_POSTGRES:-postgres://postgres@127.0.0.1:5432/test}
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
S3S=$(command -v s3s-fs || echo "$HOME/.cargo/bin/s3s-fs")
for tool in "$NGINX" "$S3S" wrk curl psql python3; do
    command -v "$tool" >/dev/null || [ -x "$tool" ] || { echo "drill needs $tool" >&2; exit 2; }
done
# PORTICO_DRILL_BIN: a binary already built (CI runs the drill on its debug build).
if [ -n "${PORTICO_DRILL_BIN:-}" ]; then
    BIN=$(realpath "$PORTICO_DRILL_BIN")
else
    cargo build --release --quiet
    BIN="$PWD/target/release/portico"
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/portico-nodes.XXXXXX")
DB="portico_drill_$$"
PIDS=()
cleanup() {
    for p in "${PIDS[@]}" ${A_PID:-} ${B_PID:-}; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null 2>&1 || true
    [ -n "${KEEP:-}" ] && echo "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
fail() { echo "drill FAILED: $*" >&2; exit 1; }
wait_for() { # url
    for _ in $(seq 1 200); do curl -sf "$1" >/dev/null && return 0; sleep 0.1; done
    fail "$1 did not answer"
}

psql "$PG_ADMIN" -qc "CREATE DATABASE \"$DB\"" >/dev/null
S3_PORT=$(free_port)
SMTP_PORT=$(free_port)
mkdir -p "$WORK/s3/drill" "$WORK/data"
"$S3S" --host 127.0.0.1 --port "$S3_PORT" --access-key drill --secret-key drillsecret1234 \
    "$WORK/s3" >"$WORK/s3.log" 2>&1 &
PIDS+=($!)
# Debian's python3-aiosmtpd, or one installed with pip for the python3 on the path.
SMTPD_PY=python3
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null && SMTPD_PY=/usr/bin/python3
"$SMTPD_PY" -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$WORK/mail" \
    >"$WORK/smtp.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null && break
    sleep 0.1
done
(exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null || fail "the SMTP receiver did not start: $(cat "$WORK/smtp.log")"
A_PORT=$(free_port)
B_PORT=$(free_port)
LB_PORT=$(free_port)
export PORTICO_DATABASE_URL="${PG_ADMIN%/*}/$DB" PORTICO_DATA_DIR="$WORK/data" \
    PORTICO_STORAGE_URL=s3://drill/objects PORTICO_S3_ENDPOINT="http://127.0.0.1:$S3_PORT" \
    PORTICO_S3_REGION=us-east-1 PORTICO_S3_ACCESS_KEY_ID=drill \
    PORTICO_S3_SECRET_ACCESS_KEY=drillsecret1234 PORTICO_S3_ALLOW_HTTP=true \
    PORTICO_SMTP_HOST=127.0.0.1 PORTICO_SMTP_PORT="$SMTP_PORT" PORTICO_SMTP_TLS=none \
    PORTICO_SMTP_FROM=portal@drill.test PORTICO_TRUSTED_PROXIES=127.0.0.1 \
    PORTICO_PUBLIC_URL="http://127.0.0.1:$LB_PORT" PORTICO_LOG=warn \
    PORTICO_MAX_FILE_MB=1024 PORTICO_WORKERS=2
demo=$("$BIN" demo)
cred() { echo "$demo" | awk -v r="$1" '$1 == r {print $2 " " $3; exit}'; }
read -r ADMIN_EMAIL ADMIN_PASSWORD <<<"$(cred admin)"
read -r MERCH_EMAIL MERCH_PASSWORD <<<"$(cred merchandiser)"
read -r BUYER_EMAIL BUYER_PASSWORD <<<"$(cred buyer)"

start_node() { # name port
    PORTICO_BIND="127.0.0.1:$2" "$BIN" serve >>"$WORK/$1.log" 2>&1 &
    echo $!
}
A_PID=$(start_node a "$A_PORT")
B_PID=$(start_node b "$B_PORT")
A="http://127.0.0.1:$A_PORT"
B="http://127.0.0.1:$B_PORT"
LB="http://127.0.0.1:$LB_PORT"
wait_for "$A/healthz"
wait_for "$B/healthz"

mkdir -p "$WORK/ngx"
cat >"$WORK/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    log_format drill '\$msec \$status "\$upstream_addr" "\$upstream_status" \$request_method \$uri';
    access_log $WORK/access.log drill;
    client_body_temp_path $WORK/ngx/body;
    proxy_temp_path $WORK/ngx/proxy;
    fastcgi_temp_path $WORK/ngx/fcgi;
    uwsgi_temp_path $WORK/ngx/uwsgi;
    scgi_temp_path $WORK/ngx/scgi;
    client_max_body_size 0;
    upstream portico {
        server 127.0.0.1:$A_PORT max_fails=1 fail_timeout=3s;
        server 127.0.0.1:$B_PORT max_fails=1 fail_timeout=3s;
        keepalive 16;
    }
    server {
        listen 127.0.0.1:$LB_PORT;
        location / {
            proxy_pass http://portico;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_request_buffering off;
            proxy_buffering off;
            # A node that is gone: safe requests go to the other one.
            proxy_next_upstream error timeout;
        }
    }
}
EOF
"$NGINX" -c "$WORK/nginx.conf" &
PIDS+=($!)
wait_for "$LB/healthz"

token() { # base email password [client address]
    curl -sf "$1/api/v1/auth/token" -H 'content-type: application/json' \
        -H "X-Forwarded-For: ${4:-198.51.100.1}" \
        -d "{\"email\":\"$2\",\"password\":\"$3\"}" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

echo "--- sessions: made on A, valid on B"
T=$(token "$A" "$MERCH_EMAIL" "$MERCH_PASSWORD")
[ "$(status "$B/api/v1/me" -H "authorization: Bearer $T")" = 200 ] || fail "A's session refused by B"
echo "ok"

echo "--- sign-in limits shared: wrong passwords alternately on A and B"
refused_at=""
for i in $(seq 1 8); do
    node=$([ $((i % 2)) = 1 ] && echo "$A" || echo "$B")
    s=$(status "$node/api/v1/auth/token" -H 'content-type: application/json' \
        -d "{\"email\":\"$BUYER_EMAIL\",\"password\":\"wrong-password-$i\"}")
    if [ "$s" = 429 ]; then refused_at=$i; break; fi
done
[ "$refused_at" = 5 ] || fail "the fifth wrong password should be refused (refused at: ${refused_at:-never})"
echo "ok: refused at try 5, on node $([ $((refused_at % 2)) = 1 ] && echo A || echo B)"

echo "--- revocation on A stops the token on B at once (10 rounds)"
for i in $(seq 1 10); do
    # Sign-ins are limited per client address; the nodes trust this one as a proxy.
    t=$(token "$A" "$MERCH_EMAIL" "$MERCH_PASSWORD" "198.51.100.$((10 + i))")
    [ "$(status "$B/api/v1/me" -H "authorization: Bearer $t")" = 200 ] || fail "round $i: B refused a live token"
    [ "$(status "$B/api/v1/me" -H "authorization: Bearer $t")" = 200 ] || fail "round $i: B refused a live token"
    [ "$(status -X POST "$A/api/v1/auth/revoke" -H "authorization: Bearer $t")" = 204 ] || fail "round $i: revoke"
    [ "$(status "$B/api/v1/me" -H "authorization: Bearer $t")" = 401 ] || fail "round $i: B still served a revoked token"
done
echo "ok"

echo "--- mixed load through nginx for ${SECS}s; node A killed -9 mid-upload and restarted"
MT=$(token "$LB" "$MERCH_EMAIL" "$MERCH_PASSWORD" 198.51.100.50)
AT=$(token "$LB" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" 198.51.100.51)
ORDER=$(curl -sf "$LB/api/v1/orders?limit=1" -H "authorization: Bearer $MT" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
python3 - "$WORK/photo.jpg" <<'PY'
import struct, sys, zlib
# A 64×64 PNG photo (previews are made of it by a job).
w = h = 64
rows = b"".join(b"\x00" + b"".join(bytes((x * 4 % 256, y * 4 % 256, 128)) for x in range(w)) for y in range(h))
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
open(sys.argv[1], "wb").write(png)
PY
{ printf '%%PDF-1.7\n'; head -c $((300 * 1024 * 1024)) /dev/urandom; } >"$WORK/big.pdf"
{ printf '%%PDF-1.7\n'; head -c $((256 * 1024)) /dev/urandom; } >"$WORK/small.pdf"
end=$((SECONDS + SECS))
wrk -t1 -c16 -d"${SECS}s" "$LB/api/v1/orders" -H "authorization: Bearer $MT" >"$WORK/wrk-list.txt" 2>&1 &
PIDS+=($!)
wrk -t1 -c4 -d"${SECS}s" "$LB/orders" -H "authorization: Bearer $MT" >"$WORK/wrk-page.txt" 2>&1 &
PIDS+=($!)
( n=0; while [ $SECONDS -lt $end ]; do
    n=$((n + 1))
    curl -s -o /dev/null "$LB/api/v1/orders/$ORDER/files" -H "authorization: Bearer $MT" \
        -F "file=@$WORK/photo.jpg;filename=p$n.png;type=image/png" -F visibility=customer
    curl -s -o /dev/null "$LB/api/v1/orders/$ORDER/files" -H "authorization: Bearer $MT" \
        -F "file=@$WORK/small.pdf;filename=d$n.pdf"
  done ) &
PIDS+=($!)
( n=0; while [ $SECONDS -lt $end ]; do
    n=$((n + 1))
    curl -s -o /dev/null "$LB/api/v1/invitations" -H "authorization: Bearer $AT" \
        -H 'content-type: application/json' \
        -d "{\"email\":\"invitee$n@drill.test\",\"display_name\":\"Invitee $n\",\"role\":\"merchandiser\"}"
    curl -s -o /dev/null "$LB/api/v1/reports" -H "authorization: Bearer $MT" \
        -H 'content-type: application/json' -d "{\"order_id\":\"$ORDER\"}"
    sleep 0.5
  done ) &
PIDS+=($!)
sleep $((SECS / 3))
# The upload goes to node A directly, so that it is in flight there when A is killed.
curl -s -o /dev/null --limit-rate 20M "$A/api/v1/orders/$ORDER/files" \
    -H "authorization: Bearer $MT" -F "file=@$WORK/big.pdf;filename=big.pdf" &
upload=$!
sleep 2
KILLED_AT=$(date +%s.%N)
kill -9 "$A_PID"
wait "$A_PID" 2>/dev/null || true
wait "$upload" 2>/dev/null || true
sleep 2
A_PID=$(start_node a "$A_PORT")
wait_for "$A/healthz"
RESTARTED_AT=$(date +%s.%N)
echo "node A killed at $KILLED_AT, serving again at $RESTARTED_AT"
while [ $SECONDS -lt $end ]; do sleep 1; done
sleep 2
for w in list page; do
    grep -q "Requests/sec" "$WORK/wrk-$w.txt" || fail "wrk $w: $(cat "$WORK/wrk-$w.txt")"
    echo "load $w: $(grep Requests/sec "$WORK/wrk-$w.txt")"
done

echo "--- no 5xx but the killed node's in-flight requests"
python3 - "$WORK/access.log" "$KILLED_AT" "$RESTARTED_AT" "127.0.0.1:$A_PORT" <<'PY'
import sys
log, killed, restarted, a = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
total = bad = allowed = 0
for line in open(log):
    parts = line.split()
    t, status, upstream = float(parts[0]), int(parts[1]), parts[2].strip('"')
    total += 1
    if status < 500:
        continue
    # In flight on A when it died (answered by nginx within the moment after the kill), or
    # a request nginx could not send anywhere else because it was not safe to retry.
    if a in upstream and killed - 1 <= t <= killed + 5:
        allowed += 1
        continue
    bad += 1
    print("unexpected:", line.strip())
print(f"{total} requests through nginx; {allowed} 5xx from the killed node's in-flight requests; {bad} other 5xx")
sys.exit(1 if bad else 0)
PY

echo "--- jobs and mails done exactly once"
q() { psql "$PORTICO_DATABASE_URL" -tAc "$1"; }
for _ in $(seq 1 90); do
    left=$(q "SELECT count(*) FROM jobs WHERE status IN ('queued','running')")
    unsent=$(q "SELECT count(*) FROM outbox WHERE sent_at IS NULL")
    [ "$left" = 0 ] && [ "$unsent" = 0 ] && break
    sleep 1
done
[ "$left" = 0 ] || fail "$left jobs never finished"
[ "$unsent" = 0 ] || fail "$unsent mails never sent; last errors: $(q "SELECT DISTINCT left(last_error, 200) FROM outbox WHERE sent_at IS NULL LIMIT 3")"
failed=$(q "SELECT count(*) FROM jobs WHERE status = 'failed'")
jobs=$(q "SELECT count(*) FROM jobs")
retaken=$(q "SELECT count(*) FROM jobs WHERE attempts > 1")
mails=$(q "SELECT count(*) FROM outbox")
echo "jobs: $jobs done, $failed failed, $retaken run again after their node died"
[ "$failed" = 0 ] || fail "$failed jobs failed"
python3 - "$WORK/mail" "$mails" <<'PY'
import email, os, sys, collections
root, expected = sys.argv[1], int(sys.argv[2])
ids = collections.Counter()
for sub in ("new", "cur"):
    d = os.path.join(root, sub)
    for name in os.listdir(d) if os.path.isdir(d) else []:
        with open(os.path.join(d, name), "rb") as f:
            ids[email.message_from_binary_file(f)["Message-ID"]] += 1
dups = {k: v for k, v in ids.items() if v > 1}
received = sum(ids.values())
print(f"mails: {expected} queued, {received} received, {len(ids)} distinct, {len(dups)} twice")
sys.exit(0 if received == expected == len(ids) else 1)
PY

echo "--- portico fsck after the kill"
"$BIN" fsck --grace-minutes 0 | sed 's/^/  /'
report=$("$BIN" fsck --grace-minutes 0 --dry-run)
echo "$report" | sed 's/^/  /'
echo "$report" | grep -q "orphan objects: would remove 0" &&
    echo "$report" | grep -q "interrupted upload parts: would remove 0" &&
    echo "$report" | grep -q "rows whose object is missing: would remove 0" &&
    echo "$report" | grep -q "drifted from their milestones: would repair 0" ||
    fail "fsck is not clean"
echo "drill passed"
