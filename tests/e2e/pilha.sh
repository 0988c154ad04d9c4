#!/usr/bin/env bash
# Sobe (ou para) a pilha completa para os testes e2e e para desenvolver o web/: simulador do DJEN,
# migrações, worker, API e, enquanto a API não servir web/dist, um `vite preview` com proxy.
#   eval "$(tests/e2e/pilha.sh iniciar)"   → exporta DJE_E2E_URL, DJE_E2E_SIMULADOR_URL, DJE_E2E_BANCO_URL,
#                                            DJE_E2E_TOKEN (o DJE_API_TOKEN da API) e DJE_E2E_SENHA
#   tests/e2e/pilha.sh parar
# Só a linha de export vai para o stdout; o resto, para o stderr e para os logs em $DIR.
# Variáveis (padrões): DJE_E2E_BANCO (dje_e2e, recriado a cada início salvo DJE_E2E_RECRIAR=0),
# DJE_E2E_PORTA_SIM (18799), DJE_E2E_PORTA_API (18800), DJE_E2E_PORTA_WEB (18802),
# DJE_E2E_FRENTE (vite | api: "api" quando a própria API serve o SPA em /).
# Acesso: a API recebe um DJE_API_TOKEN novo a cada início (para os fetch dos testes) e ganha três
# usuários, admin-e2e, operador-e2e e leitor-e2e, todos com a senha DJE_E2E_SENHA (também gerada).
set -euo pipefail

RAIZ="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="${DJE_E2E_DIR:-$RAIZ/artefatos/e2e-pilha}"
BANCO="${DJE_E2E_BANCO:-dje_e2e}"
PG="${DJE_E2E_PG:-postgresql://postgres@127.0.0.1:5432}"
SIM="${DJE_E2E_PORTA_SIM:-18799}"
API="${DJE_E2E_PORTA_API:-18800}"
WEB="${DJE_E2E_PORTA_WEB:-18802}"
FRENTE="${DJE_E2E_FRENTE:-vite}"
BIN="$RAIZ/.venv/bin"

export DJE_DATABASE_URL="$PG/$BANCO"
export DJE_REDIS_NAMESPACE="${DJE_E2E_NAMESPACE:-djee2e}"
export DJE_DJEN_URL="http://127.0.0.1:$SIM/api/v1"
export DJE_RATE_LIMIT_PER_SEC="${DJE_RATE_LIMIT_PER_SEC:-20}"
# Segredos só desta pilha: aleatórios, nunca um valor fixo que alguém reaproveite.
aleatorio() { "$BIN/python" -c 'import secrets; print(secrets.token_urlsafe(32))'; }

# Espera um endereço responder 2xx, com prazo; nunca um sleep fixo por si só.
esperar() {
  local url="$1" prazo=$((SECONDS + ${2:-60}))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if [ $SECONDS -ge $prazo ]; then
      echo "sem resposta de $url; logs em $DIR:" >&2
      tail -n 20 "$DIR"/*.log >&2 || true
      return 1
    fi
    sleep 0.5
  done
}

# O worker se anuncia ao broker alguns segundos depois de subir; sem ele a baseline não roda.
esperar_worker() {
  local prazo=$((SECONDS + 60))
  until curl -fsS -H "Authorization: Bearer $DJE_API_TOKEN" "$1/api/sync/status" 2>/dev/null | grep -q '"ativos":[1-9]'; do
    if [ $SECONDS -ge $prazo ]; then echo "nenhum worker ativo; veja $DIR/worker.log" >&2; return 1; fi
    sleep 0.5
  done
}

# Um usuário por papel; --redefinir torna o passo repetível num banco já usado (DJE_E2E_RECRIAR=0).
criar_usuarios() {
  local papel
  : >"$DIR/usuarios.log"
  for papel in admin operador leitor; do
    printf '%s\n' "$SENHA" | "$BIN/dje-monitor" usuario criar --login "$papel-e2e" --nome "${papel^} E2E" \
      --papel "$papel" --senha-stdin --redefinir >>"$DIR/usuarios.log" 2>&1 \
      || { tail -n 5 "$DIR/usuarios.log" >&2; return 1; }
  done
}

# Cada processo num grupo próprio (setsid) para que `parar` encerre também os filhos (uvicorn, threads).
lancar() {
  local nome="$1"; shift
  setsid "$@" >"$DIR/$nome.log" 2>&1 < /dev/null &
  echo $! >"$DIR/$nome.pid"
}

iniciar() {
  mkdir -p "$DIR"
  export DJE_API_TOKEN="${DJE_E2E_TOKEN:-$(aleatorio)}"
  SENHA="${DJE_E2E_SENHA:-$(aleatorio)}"
  [ -f "$RAIZ/web/dist/index.html" ] || (cd "$RAIZ/web" && npm run build >&2)
  if [ "${DJE_E2E_RECRIAR:-1}" = 1 ]; then
    PGOPTIONS="-c client_min_messages=warning" psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $BANCO WITH (FORCE)" >/dev/null
    redis-cli --scan --pattern "$DJE_REDIS_NAMESPACE:*" | xargs -r redis-cli del >/dev/null
  fi
  lancar simulador "$BIN/python" -m dje_monitor.simulador --porta "$SIM" --partes 30 --seed 5 --log-nivel warning
  "$BIN/dje-monitor" migrate >"$DIR/migrate.log" 2>&1 || { tail -n 20 "$DIR/migrate.log" >&2; return 1; }
  criar_usuarios
  lancar worker "$BIN/dje-monitor" worker --threads 4
  lancar api "$BIN/dje-monitor" api --host 127.0.0.1 --port "$API"
  esperar "http://127.0.0.1:$SIM/_simulador/estado"
  esperar "http://127.0.0.1:$API/health"
  local url="http://127.0.0.1:$API"
  esperar_worker "$url"
  if [ "$FRENTE" = vite ]; then
    DJE_API_URL="$url" lancar web "$RAIZ/web/node_modules/.bin/vite" preview "$RAIZ/web" \
      --host 127.0.0.1 --port "$WEB" --strictPort
    url="http://127.0.0.1:$WEB"
    esperar "$url/"
  fi
  echo "export DJE_E2E_URL=$url DJE_E2E_SIMULADOR_URL=http://127.0.0.1:$SIM DJE_E2E_BANCO_URL=$PG/$BANCO" \
    "DJE_E2E_TOKEN=$DJE_API_TOKEN DJE_E2E_SENHA=$SENHA"
}

parar() {
  local arquivo pid
  for arquivo in "$DIR"/*.pid; do
    [ -e "$arquivo" ] || continue
    pid="$(cat "$arquivo")"
    kill -TERM -- "-$pid" 2>/dev/null || true
    rm -f "$arquivo"
  done
}

case "${1:-}" in
  iniciar) iniciar ;;
  parar) parar ;;
  *) echo "uso: $0 iniciar|parar" >&2; exit 2 ;;
esac
