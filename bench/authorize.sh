#!/usr/bin/env bash
# GET /v1/authorize under load, side by side with nginx serving a static file, in one run.
#   bench/authorize.sh [DURATION]        (default 20s per side; build first: packaging/dev.sh build)
# Starts keyward-server on a new store of 100,000 keys (127.0.0.1 only), runs wrk with
# 2 threads and 32 connections over 1,000 valid keys spread through the inventory,
# then GET /healthz (no store: the HTTP layer alone) and nginx serving a static file the
# same way; prints a Markdown table for the README, with the CPU time each side used per
# request (from /proc: keyward-server's threads, nginx's master and workers).
# Environment: BUILD_DIR (default: build), KEYS (default 100000), THREADS (keyward-server
# --threads; default one per core).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
duration=${1:-20s}
keys=${KEYS:-100000}
server_port=18420
nginx_port=18421

# shellcheck source=bench/common.sh
source "$here/bench/common.sh"
bench_install wrk nginx-light

bench_workdir

"$build_dir/bin/keyward-bench-seed" "$work/keys.db" "$keys" "$work/tokens.txt" 1000 >&2

bench_server $server_port ${THREADS:+--threads "$THREADS"}

bench_nginx $nginx_port
printf 'ok\n' >"$work/www/index.html"
sleep 1

run() { # url [script]
    if [ $# -gt 1 ]; then
        TOKENS="$work/tokens.txt" wrk -t2 -c32 -d"$duration" --latency -s "$2" "$1"
    else
        wrk -t2 -c32 -d"$duration" --latency "$1"
    fi
}
field() { # file pattern column
    awk -v p="$2" -v c="$3" '$0 ~ p { print $c; exit }' "$1"
}
ms() { # wrk latency (us, ms, s) in ms
    awk -v v="$1" 'BEGIN {
        n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[^m]s$/) n *= 1000; printf "%.2f", n }'
}

ticks() { # pid...: user + system CPU time, in clock ticks
    local total=0 pid
    for pid in "$@"; do
        total=$((total + $(awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat")))
    done
    echo "$total"
}
nginx_pids() { # the master and its workers
    local master
    master=$(cat "$work/nginx.pid")
    echo "$master $(pgrep -P "$master" | tr '\n' ' ')"
}

k_before=$(ticks "$server_pid")
run "http://127.0.0.1:$server_port/v1/authorize" "$here/bench/authorize.lua" | tee "$work/keyward.txt" >&2
k_ticks=$(($(ticks "$server_pid") - k_before))
run "http://127.0.0.1:$server_port/healthz" | tee "$work/healthz.txt" >&2
# shellcheck disable=SC2046
n_before=$(ticks $(nginx_pids))
run "http://127.0.0.1:$nginx_port/index.html" | tee "$work/nginx.txt" >&2
# shellcheck disable=SC2046
n_ticks=$(($(ticks $(nginx_pids)) - n_before))

rss=$(awk '/VmHWM/ { print $2 }' "/proc/$server_pid/status")
k_rps=$(field "$work/keyward.txt" "Requests/sec" 2)
n_rps=$(field "$work/nginx.txt" "Requests/sec" 2)
h_rps=$(field "$work/healthz.txt" "Requests/sec" 2)
non2xx=$(field "$work/keyward.txt" "Non-2xx" 5)
echo
echo "| $(nproc) cores, wrk -t2 -c32 -d$duration | requests/s | p50 | p99 |"
echo "| --- | ---: | ---: | ---: |"
echo "| keyward-server GET /v1/authorize ($keys keys) | ${k_rps%.*} | $(ms "$(field "$work/keyward.txt" " 50%" 2)") ms | $(ms "$(field "$work/keyward.txt" " 99%" 2)") ms |"
echo "| keyward-server GET /healthz (no store: the HTTP engine's own ceiling) | ${h_rps%.*} | $(ms "$(field "$work/healthz.txt" " 50%" 2)") ms | $(ms "$(field "$work/healthz.txt" " 99%" 2)") ms |"
echo "| nginx static file | ${n_rps%.*} | $(ms "$(field "$work/nginx.txt" " 50%" 2)") ms | $(ms "$(field "$work/nginx.txt" " 99%" 2)") ms |"
k_total=$(field "$work/keyward.txt" "requests in" 1)
n_total=$(field "$work/nginx.txt" "requests in" 1)
hz=$(getconf CLK_TCK)
echo
awk -v k="$k_rps" -v n="$n_rps" 'BEGIN { printf "Ratio keyward/nginx: %.2f\n", k / n }'
awk -v kt="$k_ticks" -v kn="$k_total" -v nt="$n_ticks" -v nn="$n_total" -v hz="$hz" 'BEGIN {
    k = kt / hz * 1e6 / kn; n = nt / hz * 1e6 / nn
    printf "CPU per request: keyward-server %.1f us per check, nginx %.1f us per static file (%.2fx)\n", k, n, k / n }'
echo "keyward-server peak RSS: $((rss / 1024)) MiB; non-2xx answers: ${non2xx:-0}"
