#!/usr/bin/env bash
# Checks during management work, side by side with checks alone, in one run.
#   bench/management.sh [SECONDS]        (default 30 per side; build first: packaging/dev.sh build)
# Starts keyward-server on a new store of 1,000,000 keys (127.0.0.1 only). First a check
# (GET /v1/authorize with a valid key) every 20 ms on a quiet server; then the same while
# one client loops GET /v1/keys?search=..., GET /v1/keys/count and
# GET /v1/export?format=csv. Prints p50, p99 and the worst check of each side, and how many
# management calls finished meanwhile, as a Markdown table for the README.
# Environment: BUILD_DIR (default: build), KEYS (default 1000000).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
seconds=${1:-30}
keys=${KEYS:-1000000}
port=18422

# shellcheck source=bench/common.sh
source "$here/bench/common.sh"
bench_workdir

"$build_dir/bin/keyward-bench-seed" "$work/keys.db" "$keys" "$work/tokens.txt" 1 >&2
admin=$(HOME="$work" "$build_dir/bin/keyward-cli" --store "$work/keys.db" create \
    --name "Bench admin" --scope api_keys:read --expires-in never)
check_key=$(head -n 1 "$work/tokens.txt")

bench_server $port

base=http://127.0.0.1:$port
checks() { # output file: a check every 20 ms for $seconds seconds, one time (s) per line
    local end=$((SECONDS + seconds))
    while [ $SECONDS -lt $end ]; do
        curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
            -H "Authorization: Bearer $check_key" "$base/v1/authorize" >>"$1"
        sleep 0.02
    done
}
management() { # output file: one line per finished management call
    while :; do # the export last: on a million keys it outlasts a short run
        curl -s -o /dev/null -w 'search %{http_code} %{time_total}\n' \
            -H "Authorization: Bearer $admin" "$base/v1/keys?search=Bench%2009996&limit=50" >>"$1"
        curl -s -o /dev/null -w 'count %{http_code} %{time_total}\n' \
            -H "Authorization: Bearer $admin" "$base/v1/keys/count" >>"$1"
        curl -s -o /dev/null -w 'export %{http_code} %{time_total}\n' \
            -H "Authorization: Bearer $admin" "$base/v1/export?format=csv" >>"$1"
    done
}
summary() { # label file
    awk '$1 != 200 { bad++ } { print $2 * 1000 }' "$2" | sort -n >"$2.ms"
    local n p50 p99 worst
    n=$(wc -l <"$2.ms")
    p50=$(awk -v n="$n" 'NR == int(n * 0.50 + 0.5) { print; exit }' "$2.ms")
    p99=$(awk -v n="$n" 'NR == int(n * 0.99 + 0.5) { print; exit }' "$2.ms")
    worst=$(tail -n 1 "$2.ms")
    printf '| %s | %d | %.2f ms | %.2f ms | %.2f ms | %s |\n' "$1" "$n" "$p50" "$p99" "$worst" "$3"
}

checks "$work/quiet.txt"
management "$work/management.txt" &
pids+=($!)
checks "$work/busy.txt"
kill "${pids[-1]}" 2>/dev/null || true

calls=$(awk '{ c[$1]++ } END { for (k in c) { printf "%s%d %s", sep, c[k], k; sep = ", " } }' \
    "$work/management.txt" 2>/dev/null || true)
echo
echo "| $(nproc) cores, $keys keys, a check every 20 ms for ${seconds} s | checks | p50 | p99 | worst | management calls finished |"
echo "| --- | ---: | ---: | ---: | ---: | --- |"
summary "quiet server" "$work/quiet.txt" "none"
summary "while exports, searches and counts loop" "$work/busy.txt" "${calls:-none}"
non200=$(awk '$1 != 200' "$work/quiet.txt" "$work/busy.txt" | wc -l)
echo
echo "Checks not answered 200: $non200"
