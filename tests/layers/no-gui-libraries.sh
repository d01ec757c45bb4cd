#!/usr/bin/env bash
# Fails when one of the programs given loads a GUI library (QtGui, QtWidgets, X11,
# OpenGL): keyward-server and keyward-cli must run on a machine without a display stack.
set -euo pipefail
status=0
for program in "$@"; do
    libraries=$(ldd "$program")
    if [ -z "$libraries" ]; then
        echo "ldd printed nothing for $program" >&2
        status=1
    fi
    if gui=$(grep -E 'libQt6(Gui|Widgets|OpenGL)|libX11|libGL\b|libEGL|libxcb' <<< "$libraries"); then
        echo "$program loads GUI libraries:" >&2
        echo "$gui" >&2
        status=1
    else
        echo "$program: no GUI library"
    fi
done
exit $status
