#!/usr/bin/env bash
# The benchmark suite: every figure beside its reference, measured in the same run on the same
# machine. Installs what it needs (Debian: wrk, nginx-light, imagemagick; crates.io: dufs).
#   bash benches/run.sh                 # everything (about 10 minutes, ~5 GB of temporary disk)
#   ONLY="list download" bash benches/run.sh   # some sections: list postgres download upload
#                                              # thumbnail scale
# Goals (issue #10): list ≥ 0.35 × /healthz with p99 < 20 ms; download ≥ 0.8 × nginx and
# ≥ 1.0 × dufs; upload ≥ 0.5 × raw disk with RSS growth < 64 MB; thumbnail ≥ 1.0 × ImageMagick;
# list latency with 1M orders / 10k tenants within 2 × that with 1,000 orders.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ONLY=${ONLY:-"list postgres download upload thumbnail scale"}
want() { [[ " $ONLY " == *" $1 "* ]]; }

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v psql >/dev/null || need+=(postgresql-client)
[ -x /usr/bin/convert ] || need+=(imagemagick)
if [ "${#need[@]}" -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v dufs >/dev/null || [ -x "$HOME/.cargo/bin/dufs" ] || cargo install dufs --locked --quiet
DUFS=$(command -v dufs || echo "$HOME/.cargo/bin/dufs")
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

source "$here/common.sh"
ADMIN=$(echo "$demo" | awk '$1 == "admin" {print $2 " " $3; exit}')
ADMIN_EMAIL=${ADMIN% *}
ADMIN_PASSWORD=${ADMIN#* }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
token_of() {
    curl -sf "$1/api/v1/auth/token" -H 'content-type: application/json' \
        -d "{\"email\":\"$2\",\"password\":\"$3\"}" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
# What a failed run must not leave behind, beside the server and the work directory.
bench_db=""
nginx_pid=""
dufs_pid=""
trap 'kill $nginx_pid $dufs_pid 2>/dev/null || true
cleanup
[ -z "$bench_db" ] || psql "$PG" -qc "DROP DATABASE IF EXISTS $bench_db" >/dev/null 2>&1 || true' EXIT
RESULTS="$WORK/results.txt"
: >"$RESULTS"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }
row() { printf '%-44s %-26s %-26s %s\n' "$@" | tee -a "$RESULTS"; }

# wrk's requests/s and p99 (ms) for a URL: prints "RPS P99MS".
load() {
    local url=$1 conns=$2 secs=$3
    shift 3
    wrk -t2 -c"$conns" -d"${secs}s" --latency "$@" "$url" >"$WORK/wrk.txt"
    if grep -qE 'Non-2xx|Socket errors' "$WORK/wrk.txt"; then
        echo "benchmark: errors while loading $url:" >&2
        cat "$WORK/wrk.txt" >&2
        exit 1
    fi
    python3 - "$WORK/wrk.txt" <<'EOF'
import re, sys
t = open(sys.argv[1]).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", t).group(1))
m = re.search(r"\s99%\s+([\d.]+)(us|ms|s)\b", t)
v, u = float(m.group(1)), m.group(2)
p99 = v / 1000 if u == "us" else v * 1000 if u == "s" else v
m = re.search(r"\s50%\s+([\d.]+)(us|ms|s)\b", t)
v, u = float(m.group(1)), m.group(2)
p50 = v / 1000 if u == "us" else v * 1000 if u == "s" else v
print(f"{rps:.0f} {p99:.2f} {p50:.2f}")
EOF
}

start_server
echo "benchmark: $(nproc) cores; portico at $BASE (release build, SQLite, local objects)"
row "figure" "portico" "reference" "ratio (goal)"

if want list; then
    T=$(token_of "$BASE" "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
    load "$BASE/healthz" 64 5 >/dev/null # warm-up
    read -r h_rps h_p99 _ < <(load "$BASE/healthz" 64 10)
    read -r j_rps j_p99 _ < <(load "$BASE/api/v1/orders" 64 10 -H "authorization: Bearer $T")
    read -r p_rps p_p99 _ < <(load "$BASE/orders" 64 10 -H "authorization: Bearer $T")
    row "order list JSON, 64 conns (req/s)" "$j_rps (p99 $j_p99 ms)" "/healthz $h_rps" \
        "$(ratio "$j_rps" "$h_rps") (>= 0.35; p99 < 20 ms)"
    row "order list HTML, 64 conns (req/s)" "$p_rps (p99 $p_p99 ms)" "/healthz $h_rps" \
        "$(ratio "$p_rps" "$h_rps") (>= 0.35; p99 < 20 ms)"
    # Where the time goes: one database round trip, then authentication alone (token check,
    # session, membership), against the whole list.
    read -r r_rps r_p99 _ < <(load "$BASE/readyz" 64 10)
    read -r m_rps m_p99 _ < <(load "$BASE/api/v1/me" 64 10 -H "authorization: Bearer $T")
    row "  cause: /readyz, one DB query (req/s)" "$r_rps (p99 $r_p99 ms)" "/healthz $h_rps" \
        "$(ratio "$r_rps" "$h_rps")"
    row "  cause: /api/v1/me, authentication (req/s)" "$m_rps (p99 $m_p99 ms)" "/healthz $h_rps" \
        "$(ratio "$m_rps" "$h_rps")"
    # The rows above answer a repeated page from the node's memory (orders::cache); the same
    # list read from the database every time, as after a change or for a page not asked
    # for before:
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    PORTICO_LIST_CACHE_MB=0 start_server
    load "$BASE/api/v1/orders" 64 3 -H "authorization: Bearer $T" >/dev/null
    read -r d_rps d_p99 _ < <(load "$BASE/api/v1/orders" 64 10 -H "authorization: Bearer $T")
    row "  cause: the list without memory (req/s)" "$d_rps (p99 $d_p99 ms)" "/healthz $h_rps" \
        "$(ratio "$d_rps" "$h_rps")"
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    start_server
fi

# The same figures on PostgreSQL (PORTICO_BENCH_POSTGRES, default the local server): there a
# request answered from memory first waits for the listener's heartbeat to come back (one
# round trip on its own connection, shared by the requests that arrive together).
if want postgres; then
    PG=${PORTICO_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432/postgres}
    db="portico_bench_$$"
    # The same URL with the bench's database (query parameters such as sslmode kept).
    pg_url=$(python3 -c 'import sys, urllib.parse as u
print(u.urlsplit(sys.argv[1])._replace(path="/" + sys.argv[2]).geturl())' "$PG" "$db")
    if pg_err=$(psql "$PG" -qc "CREATE DATABASE $db" 2>&1); then
        bench_db=$db
        kill "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
        pg_demo=$(PORTICO_DATABASE_URL="$pg_url" "$BIN" demo)
        pg_admin=$(echo "$pg_demo" | awk '$1 == "admin" {print $2 " " $3; exit}')
        PORTICO_DATABASE_URL="$pg_url" start_server
        T=$(token_of "$BASE" "${pg_admin% *}" "${pg_admin#* }")
        load "$BASE/healthz" 64 5 >/dev/null
        read -r h_rps _ < <(load "$BASE/healthz" 64 10)
        load "$BASE/api/v1/orders" 64 3 -H "authorization: Bearer $T" >/dev/null
        read -r j_rps j_p99 _ < <(load "$BASE/api/v1/orders" 64 10 -H "authorization: Bearer $T")
        read -r m_rps m_p99 _ < <(load "$BASE/api/v1/me" 64 10 -H "authorization: Bearer $T")
        read -r r_rps r_p99 _ < <(load "$BASE/readyz" 64 10)
        row "PostgreSQL: order list JSON (req/s)" "$j_rps (p99 $j_p99 ms)" "/healthz $h_rps" \
            "$(ratio "$j_rps" "$h_rps") (>= 0.35; p99 < 20 ms)"
        row "PostgreSQL: /api/v1/me (req/s)" "$m_rps (p99 $m_p99 ms)" "/healthz $h_rps" \
            "$(ratio "$m_rps" "$h_rps") (>= 0.6)"
        row "PostgreSQL: /readyz, one query (req/s)" "$r_rps (p99 $r_p99 ms)" "/healthz $h_rps" \
            "$(ratio "$r_rps" "$h_rps")"
        kill "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
        psql "$PG" -qc "DROP DATABASE $db" >/dev/null
        bench_db=""
        start_server
    else
        # psql's own words (they never contain the password).
        row "PostgreSQL" "not measured" "${pg_err%%$'\n'*}" ""
    fi
fi

if want download; then
    TOKEN=$(api_token)
    ORDER=$(first_order "$TOKEN")
    mkdir -p "$WORK/www"
    make_file "$WORK/www/doc.pdf" 100
    id=$(curl -sf "$BASE/api/v1/orders/$ORDER/files" -H "authorization: Bearer $TOKEN" \
        -F "file=@$WORK/www/doc.pdf;filename=doc.pdf" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["files"][0]["id"])')
    # Best of 5 single-stream downloads, MiB/s.
    best() {
        local b=0 r
        for _ in 1 2 3 4 5; do
            r=$(curl -sf -o /dev/null -w '%{speed_download}' "$@") ||
                { echo "benchmark: download failed: $*" >&2; exit 1; }
            b=$(awk -v a="$b" -v r="$r" 'BEGIN{print (r > a) ? r : a}')
        done
        awk -v b="$b" 'BEGIN{printf "%.0f", b / 1048576}'
    }
    ours=$(best "$BASE/api/v1/files/$id/content" -H "authorization: Bearer $TOKEN")
    nport=$(free_port)
    nport2=$(free_port)
    nport3=$(free_port)
    # Portico behind the shipped deploy/nginx-local.conf, nginx sending the file
    # (PORTICO_ACCEL_REDIRECT): the server restarts with the setting below.
    sed -e "s|listen 80;|listen 127.0.0.1:$nport3;|" -e "s|http://127.0.0.1:8080|$BASE|" \
        -e "s|/var/lib/portico/objects/|$PORTICO_DATA_DIR/objects/|" \
        "$here/../deploy/nginx-local.conf" >"$WORK/nginx-local.conf"
    cat >"$WORK/nginx.conf" <<EOF
daemon off;
user $(id -un);
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    client_body_temp_path $WORK/nginx-body;
    proxy_temp_path $WORK/nginx-proxy;
    fastcgi_temp_path $WORK/nginx-fcgi;
    uwsgi_temp_path $WORK/nginx-uwsgi;
    scgi_temp_path $WORK/nginx-scgi;
    server { listen 127.0.0.1:$nport; root $WORK/www; }
    # The same without sendfile: copying through user space, as Portico does (it streams
    # through its own auth, range and ETag handling), is what separates the two.
    server { listen 127.0.0.1:$nport2; root $WORK/www; sendfile off; }
    include $WORK/nginx-local.conf;
}
EOF
    "$NGINX" -c "$WORK/nginx.conf" &
    nginx_pid=$!
    dport=$(free_port)
    "$DUFS" -a 'bench:bench-secret@/:ro' -b 127.0.0.1 -p "$dport" "$WORK/www" >"$WORK/dufs.log" 2>&1 &
    dufs_pid=$!
    # nginx's workers and dufs read the file: the work directory is private to its owner.
    chmod 755 "$WORK"
    for _ in $(seq 1 50); do
        curl -sf -o /dev/null "http://127.0.0.1:$nport/doc.pdf" &&
            curl -sf -o /dev/null -u bench:bench-secret "http://127.0.0.1:$dport/doc.pdf" && break
        sleep 0.2
    done
    ng=$(best "http://127.0.0.1:$nport/doc.pdf")
    ng_copy=$(best "http://127.0.0.1:$nport2/doc.pdf")
    du=$(best -u bench:bench-secret "http://127.0.0.1:$dport/doc.pdf")
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    PORTICO_ACCEL_REDIRECT=/_portico_objects/ start_server
    sent=$(best "http://127.0.0.1:$nport3/api/v1/files/$id/content" -H "authorization: Bearer $TOKEN")
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    start_server
    kill "$nginx_pid" "$dufs_pid" 2>/dev/null || true
    row "100 MB download (MiB/s)" "$ours" "nginx $ng" \
        "$(ratio "$ours" "$ng") (>= 0.8)"
    row "100 MB download, nginx sending (MiB/s)" "$sent" "nginx $ng" \
        "$(ratio "$sent" "$ng") (>= 0.8)"
    row "  cause: nginx with sendfile off (MiB/s)" "$ours" "nginx copying $ng_copy" \
        "$(ratio "$ours" "$ng_copy")"
    row "100 MB download, authenticated (MiB/s)" "$ours" "dufs -a $du" \
        "$(ratio "$ours" "$du") (>= 1.0)"
    rm -rf "$WORK/www"
fi

if want upload; then
    TOKEN=$(api_token)
    ORDER=$(first_order "$TOKEN")
    make_file "$WORK/big.pdf" 1024
    disk=$(dd if=/dev/zero of="$WORK/dd.bin" bs=1M count=1024 conv=fdatasync 2>&1 |
        awk '/copied/ {printf "%.0f", 1024 / $(NF-3)}')
    rm -f "$WORK/dd.bin"
    rss0=$(kib "$SERVER_PID" VmRSS)
    echo 5 >"/proc/$SERVER_PID/clear_refs"
    t=$(curl -sf -o /dev/null -w '%{time_total}' "$BASE/api/v1/orders/$ORDER/files" \
        -H "authorization: Bearer $TOKEN" -F "file=@$WORK/big.pdf;filename=big.pdf")
    peak=$(kib "$SERVER_PID" VmHWM)
    up=$(awk -v t="$t" 'BEGIN{printf "%.0f", 1024 / t}')
    row "1 GiB upload (MiB/s)" "$up" "dd fdatasync $disk" \
        "$(ratio "$up" "$disk") (>= 0.5)"
    row "1 GiB upload: server RSS growth" "$(( (peak - rss0) / 1024 )) MiB" "-" "(< 64 MB)"
    rm -f "$WORK/big.pdf"
    make_file "$WORK/part.pdf" 50
    rss0=$(kib "$SERVER_PID" VmRSS)
    echo 5 >"/proc/$SERVER_PID/clear_refs"
    start=$(date +%s.%N)
    for i in $(seq 1 20); do
        curl -sf -o /dev/null "$BASE/api/v1/orders/$ORDER/files" \
            -H "authorization: Bearer $TOKEN" -F "file=@$WORK/part.pdf;filename=part$i.pdf" &
    done
    wait $(jobs -p | grep -v "^$SERVER_PID$") 2>/dev/null || true
    end=$(date +%s.%N)
    peak=$(kib "$SERVER_PID" VmHWM)
    up20=$(awk -v s="$start" -v e="$end" 'BEGIN{printf "%.0f", 1000 / (e - s)}')
    row "20 uploads at once, 50 MiB each (MiB/s)" "$up20" "dd fdatasync $disk" \
        "$(ratio "$up20" "$disk") (>= 0.5)"
    row "20 uploads at once: server RSS growth" "$(( (peak - rss0) / 1024 )) MiB" "-" "(< 64 MB)"
    rm -f "$WORK/part.pdf"
fi

if want thumbnail; then
    out=$(cargo bench --quiet --profile release --bench thumbnail 2>/dev/null)
    echo "$out" | sed 's/^/  /'
    ours=$(echo "$out" | awk '/^thumbnail: portico/ {print $(NF-1)}')
    theirs=$(echo "$out" | awk '/^thumbnail: imagemagick/ {print $(NF-1)}')
    row "12 MP JPEG -> preview + thumbnail (ms)" "$ours" "ImageMagick $theirs" \
        "$(ratio "$theirs" "$ours") (>= 1.0, theirs/ours)"
fi

kill "$SERVER_PID" 2>/dev/null || true
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""

if want scale; then
    # The same tenant (the demo's, with 100 orders) in a database of 1,000 orders across 10
    # tenants and in one of 1,000,000 orders across 10,000 tenants.
    scale_run() {
        local dir=$WORK/scale-$1 tenants=$1
        mkdir -p "$dir"
        PORTICO_DATA_DIR="$dir" "$BIN" demo >"$dir/demo.txt"
        python3 "$here/generate.py" "$dir/portico.db" "$tenants" 100 >&2
        local port
        port=$(free_port)
        # Without the list's memory: this measures the query at each size.
        PORTICO_LIST_CACHE_MB=0 PORTICO_DATA_DIR="$dir" PORTICO_BIND="127.0.0.1:$port" \
            "$BIN" serve >"$dir/server.log" 2>&1 &
        local pid=$!
        for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
        local who t
        who=$(awk '$1 == "admin" {print $2 " " $3; exit}' "$dir/demo.txt")
        t=$(token_of "http://127.0.0.1:$port" "${who% *}" "${who#* }")
        load "http://127.0.0.1:$port/api/v1/orders" 8 3 -H "authorization: Bearer $t" >/dev/null
        load "http://127.0.0.1:$port/api/v1/orders" 8 10 -H "authorization: Bearer $t"
        kill "$pid"
        wait "$pid" 2>/dev/null || true
        rm -rf "$dir"
    }
    read -r s_rps s_p99 s_p50 < <(scale_run 10)
    read -r b_rps b_p99 b_p50 < <(scale_run 10000)
    row "order list, 1M orders / 10k tenants (ms)" "p50 $b_p50, p99 $b_p99" "1k orders: p50 $s_p50, p99 $s_p99" \
        "$(ratio "$b_p50" "$s_p50") (<= 2.0, p50 vs p50)"
fi
echo
echo "benchmark: done; figures above (also in the run's output only: nothing is kept)"
