#!/usr/bin/env bash
# `make run`: API (HTTP, scheduler tick, web app) and one worker, on the local PostgreSQL and Redis.
set -euo pipefail
BIN=${BIN:-.venv/bin}
"$BIN/dje-monitor" worker &
worker=$!
trap 'kill $worker 2>/dev/null; wait $worker 2>/dev/null' EXIT INT TERM
"$BIN/dje-monitor" api
