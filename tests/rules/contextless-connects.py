#!/usr/bin/env python3
"""Fails on a connect() to a functor without a context object.

QT_NO_CONTEXTLESS_CONNECT makes such calls compile errors from Qt 6.7 on; Debian 12's
Qt 6.4 ignores it, so this check holds the same line: every connect() names the object
whose thread runs the functor and whose deletion ends the connection. A connect() call
with three arguments (sender, signal, functor) is the contextless form.

Usage: contextless-connects.py FILE_OR_FOLDER...   (exit 1 and one line per finding)
"""
import pathlib
import re
import sys

CALL = re.compile(r"(?<![\w.>:])(?:QObject::)?connect\s*\(")
COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
STRING = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'')


def blank(match):
    # Keep newlines so line numbers stay right.
    return "".join("\n" if c == "\n" else " " for c in match.group(0))


def arguments(text, start):
    """The number of top-level arguments of the call whose '(' is at start."""
    depth, count, empty = 0, 0, True
    for i in range(start, len(text)):
        c = text[i]
        if c in "([{":
            depth += 1
            if depth == 1:
                continue
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return 0 if empty else count + 1
        elif c == "," and depth == 1:
            count += 1
            continue
        if depth >= 1 and not c.isspace():
            empty = False
    return -1


def findings(path):
    source = path.read_text(encoding="utf-8")
    text = STRING.sub(blank, COMMENT.sub(blank, source))
    for match in CALL.finditer(text):
        if arguments(text, match.end() - 1) == 3:
            line = text.count("\n", 0, match.start()) + 1
            yield f"{path}:{line}: connect() without a context object"


def sources(arguments):
    for argument in map(pathlib.Path, arguments):
        if argument.is_dir():
            yield from sorted(p for p in argument.rglob("*") if p.suffix in (".cpp", ".h"))
        else:
            yield argument


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    found = [f for path in sources(sys.argv[1:]) for f in findings(path)]
    for finding in found:
        print(finding)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
