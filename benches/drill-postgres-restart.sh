#!/usr/bin/env bash
# Drill: restart PostgreSQL under load. While it is down, requests must fail cleanly (503,
# never 500 or a hang past the client's patience), the portal must recover by itself within
# 5 s of the database answering again, and no write that was answered 201 may be lost.
#   bash benches/drill-postgres-restart.sh      (restarts the local cluster: run it alone)
# Needs a local PostgreSQL managed by pg_ctlcluster (Debian) and wrk.
set -euo pipefail
admin_url=${PORTICO_DRILL_POSTGRES:-postgres://postgres@127.0.0.1:5432/postgres}
db="portico_drill_$$"
psql "$admin_url" -qc "CREATE DATABASE $db"
export PORTICO_DATABASE_URL="${admin_url%/*}/$db"
drop_db() { psql "$admin_url" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true; }
trap drop_db EXIT
source "$(dirname "$0")/common.sh"
trap 'cleanup; drop_db' EXIT
cluster=$(pg_lsclusters -h | awk '$4 == "online" && $3 == 5432 {print $1 " " $2; exit}')
[ -n "$cluster" ] || { echo "drill: no pg_ctlcluster-managed PostgreSQL on port 5432" >&2; exit 1; }
start_server
TOKEN=$(api_token)
ORDER=$(first_order "$TOKEN")

# Readers: wrk on the order list for the whole drill (its errors are counted, not fatal).
wrk -t1 -c16 -d25s -H "authorization: Bearer $TOKEN" "$BASE/api/v1/orders" >"$WORK/wrk.txt" 2>&1 &
wrk_pid=$!
# A writer: progress updates one after another, each outcome logged with its time.
python3 - "$BASE" "$TOKEN" "$ORDER" "$WORK/writes.tsv" <<'EOF' &
import json, sys, time, urllib.request, urllib.error
base, token, order, out = sys.argv[1:5]
end = time.time() + 22
n = 0
with open(out, "w") as f:
    while time.time() < end:
        n += 1
        req = urllib.request.Request(
            f"{base}/api/v1/orders/{order}/updates",
            data=json.dumps({"body": f"drill {n}", "visibility": "internal"}).encode(),
            headers={"authorization": f"Bearer {token}", "content-type": "application/json"},
        )
        t = time.time()
        try:
            code = urllib.request.urlopen(req, timeout=30).status
        except urllib.error.HTTPError as e:
            code = e.code
        except Exception as e:  # connection refused, timeout
            code = f"error:{type(e).__name__}"
        f.write(f"{t:.3f}\t{time.time():.3f}\t{n}\t{code}\n")
        f.flush()
        time.sleep(0.05)
EOF
writer_pid=$!
sleep 6
down_at=$(date +%s.%N)
pg_ctlcluster --skip-systemctl-redirect $cluster restart -m fast
up_at=$(date +%s.%N)
pg_isready -q -h 127.0.0.1 -p 5432 || sleep 1
echo "drill: PostgreSQL restarted in $(awk -v a="$down_at" -v b="$up_at" 'BEGIN{printf "%.1f", b-a}') s"
wait "$writer_pid"
wait "$wrk_pid" || true

python3 - "$WORK/writes.tsv" "$up_at" <<'EOF'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
up = float(sys.argv[2])
codes = {}
for start, end, n, code in rows:
    codes[code] = codes.get(code, 0) + 1
print("drill: writer outcomes", dict(sorted(codes.items())))
bad = [r for r in rows if r[3] not in ("201", "503")]
if bad:
    print("drill FAILED: answers other than 201 or 503:", bad[:5])
    sys.exit(1)
after = [float(r[1]) for r in rows if r[3] == "201" and float(r[0]) >= up]
if not after:
    print("drill FAILED: no write succeeded after the restart")
    sys.exit(1)
print(f"drill: first write answered 201 {after[0] - up:.2f} s after PostgreSQL was back")
if after[0] - up > 5:
    print("drill FAILED: recovery took more than 5 s")
    sys.exit(1)
EOF
grep -E "Requests/sec|Non-2xx|Socket errors" "$WORK/wrk.txt" | sed 's/^/drill: readers: /'
acked=$(awk -F'\t' '$4 == "201" {print "drill " $3}' "$WORK/writes.tsv" | sort)
stored=$(psql "$PORTICO_DATABASE_URL" -Atc "SELECT body FROM timeline_entries WHERE body LIKE 'drill %'" | sort)
missing=$(comm -23 <(echo "$acked") <(echo "$stored") | wc -l)
echo "drill: $(echo "$acked" | grep -c .) writes acknowledged, $missing of them missing from the database"
[ "$missing" = 0 ] || { echo "drill FAILED: acknowledged writes were lost" >&2; exit 1; }
grep -q "internal error" "$WORK/server.log" &&
    { echo "drill FAILED: the server answered 500" >&2; exit 1; }
echo "drill passed"
