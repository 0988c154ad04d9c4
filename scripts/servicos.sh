#!/usr/bin/env bash
# Starts the machine's PostgreSQL and Redis when they are not answering; installs them if missing.
set -euo pipefail

precisa_apt=()
command -v pg_ctlcluster >/dev/null || precisa_apt+=(postgresql)
command -v redis-server >/dev/null || precisa_apt+=(redis-server)
if [ ${#precisa_apt[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${precisa_apt[@]}"
fi

if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 1; done
fi
echo "PostgreSQL e Redis respondendo."
