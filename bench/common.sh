# What the benchmarks share; sourced by bench/*.sh after they set `here`.
#   bench_install PACKAGE...   apt-get install those that are missing
#   bench_workdir              $work: a temporary folder, removed on exit with every pid in $pids
#   bench_nginx PORT           nginx serving $work/www on 127.0.0.1:PORT, its pid added to $pids
#   bench_server PORT [ARG...] keyward-server on 127.0.0.1:PORT over $work/keys.db (HOME=$work),
#                              its pid in $pids and $server_pid; returns once it listens

bench_install() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

bench_cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}

bench_workdir() {
    work=$(mktemp -d)
    chmod 755 "$work" # nginx's workers read the static files as another user
    pids=()
    trap bench_cleanup EXIT
}

bench_nginx() {
    local port=$1 nginx_bin
    nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
    mkdir -p "$work/www"
    cat >"$work/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    server { listen 127.0.0.1:$port; root $work/www; }
}
CONF
    "$nginx_bin" -e "$work/nginx-error.log" -p "$work" -c "$work/nginx.conf" &
    pids+=($!)
}

bench_server() {
    local port=$1
    shift
    HOME="$work" "$build_dir/bin/keyward-server" --listen "127.0.0.1:$port" \
        --database "${bench_server_database:-sqlite:$work/keys.db}" --quiet --max-failures 0 "$@" \
        >"$work/server-$port.out" 2>&1 &
    server_pid=$!
    pids+=($!)
    for _ in $(seq 100); do
        grep -q Listening "$work/server-$port.out" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "keyward-server did not start: $(cat "$work/server-$port.out")" >&2
    return 1
}
