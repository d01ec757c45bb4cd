#!/usr/bin/env bash
# Keyward's developer entry point on Debian 12.
#   packaging/dev.sh run [-- APP ARGS]   install what is missing, build, start the app on the local store
#   packaging/dev.sh test                install what is missing, build, run every test headless
#                                        (and the date-sensitive labels again, years ahead)
#   packaging/dev.sh build               install what is missing and build
#   packaging/dev.sh screenshots         render the README's pictures into packaging/screenshots
# Environment: BUILD_DIR (default: build), JOBS (default: number of cores).
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
    dbus-daemon gnome-keyring libsecret-1-0 faketime)

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

build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$build_dir" --parallel "$jobs"
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
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    build
    cd "$build_dir"
    ctest --output-on-failure --parallel "$jobs" --timeout 900
    later_clock
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
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
