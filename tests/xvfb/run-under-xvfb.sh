#!/bin/sh
# Runs a test on its own virtual X server (xvfb-run) with xclip beside it. A missing
# xvfb-run or xclip fails the test with what to install: it is never skipped.
# Usage: run-under-xvfb.sh TEST [ARGS...]
set -eu
missing=""
command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb-run (package xvfb)"
command -v xclip >/dev/null 2>&1 || missing="$missing xclip"
if [ -n "$missing" ]; then
    echo "FAIL: not installed:$missing; packaging/dev.sh test installs them" >&2
    exit 1
fi
KEYWARD_XCLIP=$(command -v xclip)
export KEYWARD_XCLIP
exec xvfb-run -a -s "-screen 0 1280x800x24" "$@"
