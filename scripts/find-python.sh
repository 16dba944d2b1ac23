#!/usr/bin/env bash
# Print the path of the first working Python >= 3.12.
# Order: $ACOGE_PYTHON, python3.13/python3.12/python3/python on PATH,
# pyenv versions (newest first), /usr/local/bin/python3.1*, /usr/bin/python3.1*.
set -u

MIN_MAJOR=3
MIN_MINOR=12

# Runs the candidate; prints its real executable path if it works and is new enough.
check() {
    "$1" -c "import sys
if sys.version_info < ($MIN_MAJOR, $MIN_MINOR): sys.exit(1)
print(sys.executable)" 2>/dev/null
}

try() {
    local out
    out=$(check "$1") || return 1
    [ -n "$out" ] || return 1
    printf '%s\n' "$out"
    exit 0
}

if [ -n "${ACOGE_PYTHON:-}" ]; then
    if out=$(check "$ACOGE_PYTHON") && [ -n "$out" ]; then
        printf '%s\n' "$out"
        exit 0
    fi
    echo "find-python: ACOGE_PYTHON=$ACOGE_PYTHON does not run or is older than Python $MIN_MAJOR.$MIN_MINOR." >&2
    echo "find-python: point ACOGE_PYTHON at a working python3.12 (or newer), or unset it." >&2
    exit 1
fi

for name in python3.13 python3.12 python3 python; do
    if command -v "$name" >/dev/null 2>&1; then
        try "$name"
    fi
done

pyenv_root=${PYENV_ROOT:-$HOME/.pyenv}
if [ -d "$pyenv_root/versions" ]; then
    # Newest first: version sort on the directory names.
    while IFS= read -r ver; do
        [ -n "$ver" ] || continue
        cand="$pyenv_root/versions/$ver/bin/python"
        [ -x "$cand" ] && try "$cand"
    done < <(ls -1 "$pyenv_root/versions" 2>/dev/null | sort -rV)
fi

for cand in $(ls -1d /usr/local/bin/python3.1* /usr/bin/python3.1* 2>/dev/null | grep -E '/python3\.[0-9]+$' | sort -rV); do
    [ -x "$cand" ] && try "$cand"
done

echo "find-python: no Python $MIN_MAJOR.$MIN_MINOR or newer found." >&2
echo "Install Python 3.12 or newer: apt-get install python3.12 python3.12-venv, or pyenv install 3.12, or set ACOGE_PYTHON=/path/to/python3.12" >&2
exit 1
