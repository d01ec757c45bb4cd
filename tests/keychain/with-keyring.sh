#!/bin/sh
# Runs a test with HOME and the XDG folders in a temporary folder (removed afterwards)
# and a headless keyring: a private D-Bus session with an unlocked gnome-keyring
# (non-empty password). With --no-keyring, no D-Bus session and no keyring at all.
# Usage: with-keyring.sh [--no-keyring] TEST [ARGS...]
set -eu
keyring=yes
if [ "${1:-}" = "--no-keyring" ]; then
    keyring=no
    shift
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/run"
chmod 700 "$work/run"
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache"
if [ "$keyring" = no ]; then
    export KEYWARD_TEST_NO_KEYRING=1 DBUS_SESSION_BUS_ADDRESS="unix:path=$work/run/no-bus"
    "$@"
    exit $?
fi
dbus-run-session -- sh -c '
    printf "%s" "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
