#!/usr/bin/env bash
# A million keys through keyward-server on SQLite: searches, counts, first pages and the
# CSV export, with the sqlite3 shell's CSV dump of the key table as the export's anchor;
# then the desktop on the same store under Xvfb: cold start against a bare QMainWindow
# with a table, a search keystroke to the table updated, and its memory; in one run.
#   bench/scale.sh                       (build first: packaging/dev.sh build)
# Seeds a new store (127.0.0.1 only), then times each request three times with curl and
# prints the median as a Markdown table for the README. Targets: every search, count and
# first page under 100 ms; the export at least 0.5x the speed of the dump; the table
# updated within 100 ms of the typing pause; the desktop under 150 MB resident and its cold
# start at most 1.5x the bare window's.
# Environment: BUILD_DIR (default: build), KEYS (default 1000000).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
keys=${KEYS:-1000000}
port=18423

# shellcheck source=bench/common.sh
source "$here/bench/common.sh"
bench_install sqlite3 curl xvfb xauth
bench_workdir

seed_start=$SECONDS
"$build_dir/bin/keyward-bench-seed" "$work/keys.db" "$keys" "$work/tokens.txt" 1 >&2
seed_seconds=$((SECONDS - seed_start))
admin=$(HOME="$work" "$build_dir/bin/keyward-cli" --store "$work/keys.db" create \
    --name "Bench admin" --scope api_keys:read --expires-in never)

bench_server $port
base=http://127.0.0.1:$port

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
timed() { # path: the median of three requests, in ms
    for _ in 1 2 3; do
        curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $admin" "$base$1"
    done | median | awk '{ printf "%.1f", $1 * 1000 }'
}
row() { # label path target-ms
    local ms
    ms=$(timed "$2")
    printf '| %s | `%s` | %s ms | %s |\n' "$1" "$2" "$ms" \
        "$(awk -v ms="$ms" -v t="$3" 'BEGIN { print (ms < t) ? "met" : "**not met**" }')"
}

requests_table() { # label: every request against $base with $admin
    printf '| %s keys, %s, 2 cores | request | median of 3 | < 100 ms |\n' "$keys" "$1"
    printf '| --- | --- | ---: | --- |\n'
    row "search, selective" "/v1/keys?search=Bench%2009996&limit=50" 100
    row "search, broad (every key)" "/v1/keys?search=bench&limit=50" 100
    row "search, no hit" "/v1/keys?search=zzqqzz&limit=50" 100
    row "search, one character" "/v1/keys?search=7&limit=50" 100
    row "search, two characters, no hit" "/v1/keys?search=q%23&limit=50" 100
    row "count" "/v1/keys/count" 100
    row "count, selective search" "/v1/keys/count?search=Bench%2009996" 100
    row "count, broad search" "/v1/keys/count?search=bench" 100
    for sort in name type status created created_by last_used expires; do
        row "first page by $sort" "/v1/keys?sort=$sort&limit=50" 100
    done
}
first_byte() { # path: the median time of three requests to their first body byte, in ms
    for _ in 1 2 3; do
        curl -s -o /dev/null -w '%{time_starttransfer}\n' -H "Authorization: Bearer $admin" "$base$1"
    done | median | awk '{ printf "%d", $1 * 1000 }'
}
export_table() { # anchor-label command...: the CSV and JSON exports against the anchor
    local csv_ms json_ms csv_first json_first dump_ms anchor=$1
    shift
    csv_ms=$(timed "/v1/export?format=csv")
    json_ms=$(timed "/v1/export?format=json")
    csv_first=$(first_byte "/v1/export?format=csv")
    json_first=$(first_byte "/v1/export?format=json")
    dump_ms=$(for _ in 1 2 3; do
        start=$(date +%s%N)
        "$@" >/dev/null
        echo $((($(date +%s%N) - start) / 1000000))
    done | median)
    echo
    echo "| export | ms | first byte, ms | against the anchor (target 0.5x) |"
    echo "| --- | ---: | ---: | --- |"
    for format in csv json; do
        local ms=$csv_ms first=$csv_first
        [ $format = json ] && ms=$json_ms && first=$json_first
        awk -v e="$ms" -v b="$first" -v d="$dump_ms" -v f=$format 'BEGIN { printf "| GET /v1/export?format=%s | %d | %d | %.2fx %s |\n", f, e, b, d / e, (d / e >= 0.5) ? "met" : "**not met**" }'
    done
    echo "| $anchor (the anchor) | $dump_ms | | |"
}

requests_table SQLite
export_table "sqlite3 -csv, SELECT * FROM api_keys" \
    sqlite3 -csv "$work/keys.db" "SELECT * FROM api_keys"
echo
echo "Seeding $keys keys (keyward-bench-seed, search index included): ${seed_seconds} s"

# The desktop, on the same store (keyward-server still has it open, as a shared file would),
# on an X server of its own (stopped by pid with the rest).
Xvfb :97 -nolisten tcp -screen 0 1280x800x24 >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=:97
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X97 ] && break; sleep 0.1; done
desktop=$build_dir/bin/keyward-bench-desktop
wall_ms() { # command...: its wall time in ms
    local start
    start=$(date +%s%N)
    HOME="$work" "$@" >/dev/null 2>&1
    echo $((($(date +%s%N) - start) / 1000000))
}
cold_ms=$(for _ in 1 2 3 4 5; do wall_ms "$desktop" "$work/keys.db"; done | median)
bare_ms=$(for _ in 1 2 3 4 5; do wall_ms "$desktop" --bare; done | median)
measured=$(HOME="$work" "$desktop" "$work/keys.db" "$(printf 'Bench %07d' $((keys * 99 / 100)))" \
    2>/dev/null)
value() { awk -v name="$1" '$1 == name { print $2 }' <<<"$measured"; }
echo
echo "| desktop on $keys keys (Xvfb) | measured | target | |"
echo "| --- | ---: | ---: | --- |"
awk -v v="$(value keystroke_ms)" 'BEGIN { printf "| search keystroke to table updated, after the typing pause | %.1f ms | < 100 ms | %s |\n", v, (v < 100) ? "met" : "**not met**" }'
awk -v v="$(value rss_mib)" 'BEGIN { printf "| resident memory with the store open, after the search | %d MiB | < 150 MB | %s |\n", v, (v * 1.048576 < 150) ? "met" : "**not met**" }'
awk -v c="$cold_ms" -v b="$bare_ms" 'BEGIN { printf "| cold start to the first page painted (median of 5) | %d ms, bare window %d ms: %.2fx | <= 1.5x | %s |\n", c, b, c / b, (c <= 1.5 * b) ? "met" : "**not met**" }'

# PostgreSQL 15 with the same keys: a cluster of its own on 127.0.0.1 (trust: a benchmark's
# throwaway), its schema made by keyward-server init, the seeded rows copied in from the
# SQLite store (the counters' triggers and the pg_trgm index follow them), then the same
# requests through a second keyward-server.
pg_bin=$(find /usr/lib/postgresql -maxdepth 2 -name bin | sort -V | tail -1)
pg_port=$((port + 1))
mkdir -p "$work/pg"
chown postgres: "$work/pg"
as_postgres() { setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; }
as_postgres "$pg_bin/initdb" -D "$work/pg/data" -U keyward --auth=trust >/dev/null
as_postgres "$pg_bin/postgres" -D "$work/pg/data" -p "$pg_port" -k "$work/pg" \
    -c listen_addresses=127.0.0.1 >"$work/pg/log" 2>&1 &
pids+=($!)
psql_keyward() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U keyward "$@"; }
for _ in $(seq 100); do psql_keyward -d postgres -c 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.1; done
psql_keyward -d postgres -c 'CREATE DATABASE keyward'
pg_url=postgresql://keyward@127.0.0.1:$pg_port/keyward
export PGPASSWORD=unused # trust
admin=$(HOME="$work" "$build_dir/bin/keyward-server" init --database "$pg_url" 2>/dev/null)
copy_start=$SECONDS
bench_only="JOIN api_keys k USING (kid) WHERE k.name LIKE 'Bench %'"
sqlite3 -csv "$work/keys.db" "SELECT kid, workspace_id, name, sort_name, search_text, description,
    environment, created_by, created_at, expires_at, last_used_at, revoked_at, hint, version
    FROM api_keys WHERE name LIKE 'Bench %'" >"$work/keys.csv"
sqlite3 -csv "$work/keys.db" "SELECT c.kid, '\\x' || lower(hex(c.digest)), c.created_at, c.ends_at
    FROM credentials c $bench_only" >"$work/credentials.csv"
sqlite3 -csv "$work/keys.db" "SELECT s.kid, s.scope FROM key_scopes s $bench_only" >"$work/scopes.csv"
psql_keyward -d keyward \
    -c "\\copy api_keys (kid, workspace_id, name, sort_name, search_text, description, environment, created_by, created_at, expires_at, last_used_at, revoked_at, hint, version) FROM '$work/keys.csv' CSV" \
    -c "\\copy credentials (kid, digest, created_at, ends_at) FROM '$work/credentials.csv' CSV" \
    -c "\\copy key_scopes (kid, scope) FROM '$work/scopes.csv' CSV" \
    -c "ANALYZE"
copy_seconds=$((SECONDS - copy_start))
bench_server_database=$pg_url bench_server $((port + 2))
base=http://127.0.0.1:$((port + 2))
echo
requests_table "PostgreSQL 15"
export_table "psql \\copy (SELECT * FROM api_keys) TO STDOUT CSV" \
    psql_keyward -d keyward -c "\\copy (SELECT * FROM api_keys) TO STDOUT CSV"
echo
echo "Copying the $keys keys into PostgreSQL (\\copy, the counters' triggers and the pg_trgm index included): ${copy_seconds} s"
