#!/usr/bin/env bash
# Roda os testes e2e de ponta a ponta: instala o que falta (Chromium do Debian, playwright-core),
# sobe a pilha (pilha.sh), roda `node --test` e derruba a pilha mesmo se um teste falhar.
# Com DJE_E2E_URL já definido, usa a pilha que estiver de pé e não sobe nem derruba nada.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x "${DJE_E2E_CHROMIUM:-/usr/bin/chromium}" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund

if [ -z "${DJE_E2E_URL:-}" ]; then
  trap 'bash pilha.sh parar' EXIT
  eval "$(bash pilha.sh iniciar)"
fi
node --test --test-concurrency=1 --test-timeout=180000
