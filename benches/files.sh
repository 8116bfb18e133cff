#!/usr/bin/env bash
# Upload and download throughput and the server's memory for one large file (default 1 GiB),
# with the raw disk write speed of the same machine as the reference.
#   bash benches/files.sh            # 1024 MiB
#   SIZE_MB=256 bash benches/files.sh
source "$(dirname "$0")/common.sh"
SIZE_MB=${SIZE_MB:-1024}
start_server
TOKEN=$(api_token)
ORDER=$(first_order "$TOKEN")
FILE="$WORK/big.pdf"
make_file "$FILE" "$SIZE_MB"
want=$(sha256sum "$FILE" | cut -d' ' -f1)

disk=$(dd if=/dev/zero of="$WORK/dd.bin" bs=1M count="$SIZE_MB" conv=fdatasync 2>&1 | awk '/copied/ {print $(NF-1), $NF}')
rm -f "$WORK/dd.bin"

rss0=$(kib "$SERVER_PID" VmRSS)
echo 5 >"/proc/$SERVER_PID/clear_refs" # reset the peak (VmHWM) to now
t=$(curl -sf -o "$WORK/up.json" -w '%{time_total}' "$BASE/api/v1/orders/$ORDER/files" \
    -H "authorization: Bearer $TOKEN" -F "file=@$FILE;filename=big.pdf")
up_peak=$(kib "$SERVER_PID" VmHWM)
id=$(python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))["files"][0]; print(f["id"]); assert f["sha256"]==sys.argv[2], "sha256 differs"' "$WORK/up.json" "$want")
up_rate=$(awk -v s="$SIZE_MB" -v t="$t" 'BEGIN {printf "%.0f", s / t}')

echo 5 >"/proc/$SERVER_PID/clear_refs"
read -r dt got < <(curl -sf "$BASE/api/v1/files/$id/content" -H "authorization: Bearer $TOKEN" \
    -o >(sha256sum | cut -d' ' -f1 >"$WORK/down.sha") -w '%{time_total} %{size_download}\n')
sleep 0.5
down_peak=$(kib "$SERVER_PID" VmHWM)
[ "$(cat "$WORK/down.sha")" = "$want" ] || { echo "download sha256 differs" >&2; exit 1; }
down_rate=$(awk -v s="$SIZE_MB" -v t="$dt" 'BEGIN {printf "%.0f", s / t}')

printf '%-38s %s\n' "file" "$SIZE_MB MiB ($got bytes), sha256 verified both ways"
printf '%-38s %s\n' "raw disk write (dd, fdatasync)" "$disk"
printf '%-38s %s MiB/s (%.1f s)\n' "upload (curl -F, API)" "$up_rate" "$t"
printf '%-38s %s MiB/s (%.1f s)\n' "download (curl, API)" "$down_rate" "$dt"
printf '%-38s %d MiB before, +%d MiB peak\n' "server RSS during upload" $((rss0 / 1024)) $(((up_peak - rss0) / 1024))
printf '%-38s +%d MiB peak\n' "server RSS during download" $(((down_peak - rss0) / 1024))
