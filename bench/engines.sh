#!/usr/bin/env bash
# The HTTP engines side by side, in one run: GET /healthz (no store) on keyward-server
# (Boost.Beast on Boost.Asio), on the smallest GNU libmicrohttpd server that answers the
# same (bench/engines/mhd_healthz.c, built here), and nginx serving a static file.
#   bench/engines.sh [DURATION]          (default 20s each; build first: packaging/dev.sh build)
# Then the same hostile requests against keyward-server and libmicrohttpd: 101 header
# fields, an announced 3 GB body, a header block trickled a byte a second.
# Environment: BUILD_DIR (default: build).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
duration=${1:-20s}
keyward_port=18424
mhd_port=18425
nginx_port=18426

# shellcheck source=bench/common.sh
source "$here/bench/common.sh"
bench_install wrk nginx-light libmicrohttpd-dev gcc pkg-config

bench_workdir

# shellcheck disable=SC2046
gcc -O2 -o "$work/mhd_healthz" "$here/bench/engines/mhd_healthz.c" $(pkg-config --cflags --libs libmicrohttpd)
"$work/mhd_healthz" $mhd_port >"$work/mhd.out" 2>&1 &
pids+=($!)
HOME="$work" "$build_dir/bin/keyward-server" init --database "sqlite:$work/keys.db" >/dev/null
HOME="$work" "$build_dir/bin/keyward-server" --listen 127.0.0.1:$keyward_port \
    --database "sqlite:$work/keys.db" --quiet --max-failures 0 >"$work/server.out" 2>&1 &
pids+=($!)
bench_nginx $nginx_port
printf '{"status":"ok"}' >"$work/www/healthz"
for _ in $(seq 100); do
    grep -q Listening "$work/server.out" 2>/dev/null && grep -q Listening "$work/mhd.out" && break
    sleep 0.1
done
sleep 1

field() { awk -v p="$2" -v c="$3" '$0 ~ p { print $c; exit }' "$1"; }
ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[^m]s$/) n *= 1000; printf "%.2f", n }'
}
row() { # label url
    wrk -t2 -c32 -d"$duration" --latency "$2" >"$work/wrk.txt"
    printf '| %s | %s | %s ms | %s ms |\n' "$1" "$(field "$work/wrk.txt" "Requests/sec" 2 | cut -d. -f1)" \
        "$(ms "$(field "$work/wrk.txt" " 50%" 2)")" "$(ms "$(field "$work/wrk.txt" " 99%" 2)")"
}
echo "| $(nproc) cores, wrk -t2 -c32 -d$duration, GET /healthz | requests/s | p50 | p99 |"
echo "| --- | ---: | ---: | ---: |"
row "keyward-server (Boost.Beast, routes, request handling)" "http://127.0.0.1:$keyward_port/healthz"
row "libmicrohttpd $(pkg-config --modversion libmicrohttpd), bare (thread pool, epoll)" "http://127.0.0.1:$mhd_port/healthz"
row "nginx, static file" "http://127.0.0.1:$nginx_port/healthz"

# Hostile requests: what each engine answers (first status line, or what happened).
probe() { # port request [seconds]
    timeout "${3:-5}" python3 - "$1" "$2" <<'PY' || true
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
request = sys.argv[2].encode().decode("unicode_escape").encode("latin-1")
if request.startswith(b"SLOW"):
    start = time.time()
    try:
        for byte in b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 100:
            if time.time() - start > 20:
                break
            s.send(bytes([byte])); time.sleep(1)
        print("still open after %.0f s" % (time.time() - start))
    except OSError:
        print("closed after %.0f s" % (time.time() - start))
    sys.exit()
s.sendall(request)
s.settimeout(3)
try:
    data = s.recv(4096)
    print(data.split(b"\r\n", 1)[0].decode() if data else "closed, no answer")
except socket.timeout:
    print("no answer within 3 s (reading the body)")
PY
}
fields=""
for i in $(seq 101); do fields="${fields}X-Pad-$i: x\\r\\n"; done
echo
echo "| request | keyward-server | libmicrohttpd |"
echo "| --- | --- | --- |"
for case in "101 header fields|GET /healthz HTTP/1.1\\r\\nHost: x\\r\\n${fields}\\r\\n" \
            "Content-Length: 3000000000|POST /healthz HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 3000000000\\r\\n\\r\\n" \
            "two Content-Lengths|POST /healthz HTTP/1.1\\r\\nHost: x\\r\\nContent-Length: 1\\r\\nContent-Length: 2\\r\\n\\r\\nab"; do
    echo "| ${case%%|*} | $(probe $keyward_port "${case#*|}") | $(probe $mhd_port "${case#*|}") |"
done
echo "| a header block a byte a second | $(probe $keyward_port SLOW 30) | $(probe $mhd_port SLOW 30) |"
