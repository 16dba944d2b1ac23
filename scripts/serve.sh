#!/usr/bin/env bash
# Development server: the task worker in the background, runserver on 127.0.0.1:$PORT.
# One Ctrl-C (SIGINT) or SIGTERM stops both; if either one exits, the other is stopped too.
# Each child runs in its own process group, so the whole group (including runserver's
# autoreloader child) is signalled and nothing is left behind.
set -uo pipefail

cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
PORT=${PORT:-8000}

if [ ! -x "$PY" ]; then
    echo "serve.sh: $PY not found; run 'make venv' first." >&2
    exit 1
fi
if [ -f var/dev.env ]; then
    set -a
    # shellcheck disable=SC1091
    . ./var/dev.env
    set +a
fi

worker=""
server=""
stopping=0

stop_group() {  # $1 = process-group leader pid
    local pg=$1 i
    [ -n "$pg" ] || return 0
    kill -TERM -- "-$pg" 2>/dev/null || return 0
    for i in $(seq 50); do  # up to 10 s for a clean exit
        kill -0 -- "-$pg" 2>/dev/null || return 0
        sleep 0.2
    done
    echo "serve.sh: process group $pg did not stop; killing it." >&2
    kill -KILL -- "-$pg" 2>/dev/null || true
}

stop_all() {
    [ "$stopping" = 1 ] && return 0
    stopping=1
    trap '' INT TERM
    echo "Stopping web server and task worker..."
    stop_group "$server"
    stop_group "$worker"
    wait 2>/dev/null
}

trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

set -m  # job control: each background job gets its own process group
echo "Starting task worker (manage.py worker)..."
"$PY" manage.py worker &
worker=$!
echo "Starting web server on http://127.0.0.1:$PORT/ (Ctrl-C stops both)..."
"$PY" manage.py runserver "127.0.0.1:$PORT" &
server=$!
set +m

# Wait until either child exits (or a trapped signal interrupts the wait).
rc=0
wait -n "$worker" "$server" || rc=$?
if [ "$stopping" = 0 ]; then
    if ! kill -0 "$worker" 2>/dev/null; then
        echo "serve.sh: the task worker exited (status $rc); stopping the web server." >&2
    else
        echo "serve.sh: the web server exited (status $rc); stopping the task worker." >&2
    fi
fi
stop_all
trap - EXIT
exit "$rc"
