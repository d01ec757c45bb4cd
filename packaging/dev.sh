#!/usr/bin/env bash
# Keyward's developer entry point on Debian 12.
#   packaging/dev.sh run [-- APP ARGS]   install what is missing, build, start the app on the local store
#   packaging/dev.sh test                install what is missing, check the formatting, build
#                                        with warnings as errors, run clang-tidy and every test
#                                        headless (and the date-sensitive labels again, years ahead),
#                                        each fuzzer for FUZZ_SECONDS, and the sanitizer build
#   packaging/dev.sh fuzz [SECONDS]      build the fuzzers and run each for SECONDS (default
#                                        600), keeping what they find in build-fuzz/corpus
#   packaging/dev.sh sanitize            the unit, store and server tests under ASan + UBSan
#   packaging/dev.sh build               install what is missing and build
#   packaging/dev.sh screenshots         render the README's pictures into packaging/screenshots
# Environment: BUILD_DIR (default: build), FUZZ_BUILD_DIR (build-fuzz), SANITIZE_BUILD_DIR
# (build-asan), FUZZ_SECONDS (30), JOBS (default: number of cores).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
jobs=${JOBS:-$(nproc)}

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    linguist-qt6 qt6-svg-dev qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite
    libqt6sql6-psql qtkeychain-qt6-dev libgl-dev libxkbcommon-dev libsqlite3-dev
    libboost1.81-dev libssl-dev
)
test_packages=(xvfb xauth xclip fonts-dejavu-core nginx-light openssl postgresql
    dbus-daemon gnome-keyring libsecret-1-0 faketime clang-format clang-tidy python3-yaml
    python3-jsonschema)
# The fuzzers and the sanitizer build: clang with libFuzzer and the sanitizers' runtimes.
fuzz_packages=(clang libclang-rt-14-dev)
fuzz_build_dir=${FUZZ_BUILD_DIR:-$here/build-fuzz}
sanitize_build_dir=${SANITIZE_BUILD_DIR:-$here/build-asan}

install_missing() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

# WERROR=ON (the test command sets it) makes every compiler warning an error.
build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        "-DKEYWARD_WERROR=${WERROR:-OFF}" >/dev/null
    cmake --build "$build_dir" --parallel "$jobs"
}

# Every tracked C++ file is formatted as .clang-format says; prints what is not.
format_check() {
    local files
    if git -C "$here" rev-parse --git-dir >/dev/null 2>&1; then
        files=$(git -C "$here" ls-files '*.cpp' '*.h')
    else
        files=$(cd "$here" && find app models server ui tests bench -name '*.cpp' -o -name '*.h')
    fi
    (cd "$here" && clang-format --dry-run -Werror $files) ||
        { echo "Not formatted: run clang-format -i on the files above."; return 1; }
}

# clang-tidy with the checks of .clang-tidy over every C++ source of the build's
# compile_commands.json (not the generated moc/uic/rcc files); any finding fails.
tidy_check() {
    local sources="^$here/(app|ui|models|server|bench|tests)/"
    # Qt's test macros (QTEST_MAIN, QSKIP) trip clang's pedantic warning about empty
    # variadic arguments; GCC, which builds the project, accepts them.
    run-clang-tidy -p "$build_dir" -j "$jobs" -quiet \
        -extra-arg=-Wno-gnu-zero-variadic-macro-arguments "$sources" \
        >"$build_dir/clang-tidy.log" 2>&1 ||
        { cat "$build_dir/clang-tidy.log"; echo "clang-tidy found the problems above."; return 1; }
}

# The suite again with the system clock years ahead (libfaketime; monotonic timers stay
# real): no test may depend on today's date.
later_clock() {
    echo "Again with the clock $later_days days ahead:"
    FAKETIME_DONT_FAKE_MONOTONIC=1 faketime -f "+${later_days}d" \
        ctest --output-on-failure --parallel "$jobs" --timeout 900 \
        -L '^(unit|store|models|gui|server)$' -LE '^(postgresql|keychain)$'
}
later_days=${LATER_DAYS:-1500}

# The libFuzzer harnesses of tests/fuzz, built with clang (only what they need).
build_fuzzers() {
    cmake -S "$here" -B "$fuzz_build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DKEYWARD_FUZZ=ON >/dev/null
    cmake --build "$fuzz_build_dir" --parallel "$jobs"
}

# run_fuzzers SECONDS CORPUS_DIR: each harness for SECONDS (JOBS at a time) from its seed
# corpus, writing what it finds to CORPUS_DIR/NAME. Any crash, leak, timeout, sanitizer
# report or broken property fails, with the input kept in CORPUS_DIR/NAME-crash-*.
run_fuzzers() {
    local seconds=$1 corpus=$2 harness name failed=0
    mkdir -p "$corpus"
    printf '%-16s %12s %14s\n' fuzzer exec/s executions
    fuzz_one() {
        local name=$1 dict=()
        [ -f "$here/tests/fuzz/$name.dict" ] && dict=(-dict="$here/tests/fuzz/$name.dict")
        mkdir -p "$corpus/$name"
        "$fuzz_build_dir/bin/fuzz_$name" -max_total_time="$seconds" -timeout=10 \
            -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$corpus/$name-" \
            "${dict[@]}" "$corpus/$name" "$here/tests/fuzz/corpus/$name" >"$corpus/$name.log" 2>&1
    }
    local names=()
    for harness in "$fuzz_build_dir"/bin/fuzz_*; do
        names+=("${harness##*/fuzz_}")
    done
    local running=0
    for name in "${names[@]}"; do
        fuzz_one "$name" &
        running=$((running + 1))
        if [ "$running" -ge "$jobs" ]; then
            wait -n || true
            running=$((running - 1))
        fi
    done
    wait || true
    for name in "${names[@]}"; do
        local log="$corpus/$name.log"
        if grep -q '^Done [0-9]* runs' "$log" && ! compgen -G "$corpus/$name-*" >/dev/null; then
            printf '%-16s %12s %14s\n' "$name" \
                "$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")" \
                "$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
        else
            echo "fuzz_$name FAILED:"
            grep -v '^INFO\|^#' "$log" | tail -40
            failed=1
        fi
    done
    return $failed
}
fuzz_seconds=${FUZZ_SECONDS:-30}

# The unit, store and server tests (not the GUI ones) built with ASan + UBSan in their
# own build dir, as a unity build (clang compiles it in about 7 instead of 10 minutes on
# 2 cores; -O1 with line tables is enough for the reports' stacks). Every report stops
# the program that made it; the reports of the processes the tests start (keyward-server,
# keyward-cli) are collected too, and any report fails. clang, because gcc 12's UBSan ignores log_path and a child's report would
# only reach the test's pipe.
sanitize() {
    cmake -S "$here" -B "$sanitize_build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" -DCMAKE_CXX_COMPILER=clang++ \
        -DKEYWARD_SANITIZE=ON -DCMAKE_UNITY_BUILD=ON >/dev/null
    cmake --build "$sanitize_build_dir" --parallel "$jobs" --target tests_unit tests_store tests_server
    local reports="$sanitize_build_dir/sanitizer-reports"
    rm -rf "$reports" && mkdir -p "$reports"
    local status=0
    (
        cd "$sanitize_build_dir"
        export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:log_path=$reports/asan"
        export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"
        export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
        ctest --output-on-failure --parallel "$jobs" --timeout 1800 -L '^(unit|store|server)$' \
            -LE '^gui$'
    ) || status=1
    if compgen -G "$reports/*" >/dev/null; then
        echo "Sanitizer reports:"
        cat "$reports"/*
        status=1
    fi
    return $status
}

command=${1:-}
shift || true
case "$command" in
run)
    install_missing "${build_packages[@]}"
    build
    [ "${1:-}" = "--" ] && shift
    exec "$build_dir/bin/keyward" "$@"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}" "${fuzz_packages[@]}"
    format_check
    WERROR=ON build
    tidy_check
    (
        cd "$build_dir"
        ctest --output-on-failure --parallel "$jobs" --timeout 900
        later_clock
    )
    build_fuzzers
    corpus=$(mktemp -d)
    run_fuzzers "$fuzz_seconds" "$corpus" || { echo "The fuzzers' inputs are in $corpus"; exit 1; }
    rm -rf "$corpus"
    sanitize
    ;;
fuzz)
    install_missing "${build_packages[@]}" "${fuzz_packages[@]}"
    build_fuzzers
    run_fuzzers "${1:-600}" "$fuzz_build_dir/corpus"
    ;;
sanitize)
    install_missing "${build_packages[@]}" "${test_packages[@]}" "${fuzz_packages[@]}"
    sanitize
    ;;
build)
    install_missing "${build_packages[@]}"
    build
    ;;
screenshots)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    build
    QT_QPA_PLATFORM=offscreen "$build_dir/bin/keyward-screenshots" "$here/packaging/screenshots"
    ;;
*)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
