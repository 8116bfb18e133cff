#!/usr/bin/env bash
# Screenshots of every page the walk opens (tests/it/walk.rs: each demo role, phone and
# desktop, English and Chinese), for a person to look at. PNGs go to ${1:-/tmp/portico-screens};
# they are not committed. Needs chromedriver (PORTICO_TEST_CHROMEDRIVER or on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/portico-screens}"
rm -rf "$out"
mkdir -p "$out"
PORTICO_WALK_SCREENSHOTS="$out" cargo test --test it walk::every_page -- --nocapture
echo "screenshots in $out; the buyer on a phone:"
ls "$out" | grep '^phone-en-buyer-' || true
