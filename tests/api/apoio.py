"""Data for read tests, written straight through SQL (the API under test is not its own fixture)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import insert

from dje_monitor.alertas.models import NOVA_PUBLICACAO, Alerta
from dje_monitor.db import session_scope
from dje_monitor.djen.processo import digitos_verificadores
from dje_monitor.monitoramento.models import Ciclo, Verificacao
from dje_monitor.pessoas.models import PessoaMonitorada
from dje_monitor.publicacoes.models import PessoaPublicacao, Publicacao
from dje_monitor.publicacoes.nomes import normalizar_nome


def cnj(
    sequencial: int, ano: int = 2024, segmento: str = "8", tribunal: str = "26", origem: str = "0100"
) -> str:
    """A valid 20-digit CNJ number."""
    sem_dv = f"{sequencial:07d}00{ano}{segmento}{tribunal}{origem}"
    return sem_dv[:7] + digitos_verificadores(sem_dv) + sem_dv[9:]


def pessoa(nome: str, **campos: Any) -> int:
    valores = {"nome": nome, "nome_normalizado": normalizar_nome(nome), **campos}
    with session_scope() as session:
        return int(session.scalar(insert(PessoaMonitorada).values(valores).returning(PessoaMonitorada.id)))  # type: ignore[arg-type]


def publicacao(
    publicacao_id: int,
    pessoas: list[int],
    *,
    data: date = date(2025, 3, 10),
    processo: str | None = None,
    texto: str = "Intimação de teste.",
    baseline: bool = False,
    **campos: Any,
) -> int:
    valores = {
        "id": publicacao_id,
        "data_disponibilizacao": data,
        "numero_processo": processo,
        "texto": texto,
        "sigla_tribunal": "TJSP",
        "tipo_comunicacao": "Intimação",
        **campos,
    }
    with session_scope() as session:
        session.execute(insert(Publicacao).values(valores))
        for pessoa_id in pessoas:
            session.execute(
                insert(PessoaPublicacao).values(
                    pessoa_id=pessoa_id, publicacao_id=publicacao_id, baseline=baseline
                )
            )
    return publicacao_id


def alerta(
    pessoa_id: int, publicacao_id: int, *, tipo: str = NOVA_PUBLICACAO, lido: bool = False, **campos: Any
) -> int:
    valores = {"pessoa_id": pessoa_id, "publicacao_id": publicacao_id, "tipo": tipo, "lido": lido, **campos}
    with session_scope() as session:
        return int(session.scalar(insert(Alerta).values(valores).returning(Alerta.id)))  # type: ignore[arg-type]


def ciclo(iniciado_em: datetime, enfileiradas: int) -> int:
    with session_scope() as session:
        stmt = (
            insert(Ciclo)
            .values(iniciado_em=iniciado_em, pessoas_enfileiradas=enfileiradas, enfileirado_em=iniciado_em)
            .returning(Ciclo.id)
        )
        return int(session.scalar(stmt))  # type: ignore[arg-type]


def verificacao(pessoa_id: int, status: str, concluido_em: datetime | None, **campos: Any) -> int:
    valores = {
        "pessoa_id": pessoa_id,
        "tipo": "PERIODICA",
        "status": status,
        "concluido_em": concluido_em,
        **campos,
    }
    with session_scope() as session:
        return int(session.scalar(insert(Verificacao).values(valores).returning(Verificacao.id)))  # type: ignore[arg-type]


def usuario(login: str, papel: str, senha: str = "senha-de-teste-123", ativo: bool = True) -> int:
    """A user with a real argon2 hash, written through the service (as `dje-monitor usuario criar`)."""
    from dje_monitor.acesso import service as acesso
    from dje_monitor.acesso.schemas import UsuarioAtualizacao, UsuarioEntrada
    from dje_monitor.sessao_http import transacao

    with transacao() as session:
        criado = acesso.criar_usuario(
            session,
            UsuarioEntrada(login=login, nome=login.title(), senha=senha, papel=papel),  # type: ignore[arg-type]
        )
        if not ativo:
            acesso.atualizar_usuario(session, criado.id, UsuarioAtualizacao(ativo=False))
    return criado.id


def bearer(login: str, papel: str) -> dict[str, str]:
    """Headers of a fresh API token of a new user with this role."""
    from dje_monitor.acesso import service as acesso
    from dje_monitor.acesso.ator import Ator
    from dje_monitor.acesso.schemas import TokenEntrada
    from dje_monitor.sessao_http import transacao

    usuario_id = usuario(login, papel)
    with transacao() as session:
        token = acesso.criar_token(session, Ator(login, papel, usuario_id), TokenEntrada(nome="testes"))
    return {"Authorization": f"Bearer {token.token}"}
