"""Pure formatting of notifications: Telegram HTML, e-mail (plain + HTML) and the webhook's JSON.

Every field comes from DJEN or from users, so every field is escaped (html.escape, quotes too)
before it meets markup; links are kept only when they are http(s).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from html import escape
from typing import Any

from dje_monitor.documentos import mascarar_processo

TITULOS = {
    "NOVA_PUBLICACAO": "Nova publicação",
    "PUBLICACAO_CANCELADA": "Publicação cancelada",
    "OPORTUNIDADE_CREDITO": "Oportunidade de crédito",
}
# Telegram refuses messages over 4096 characters; a margin keeps the closing lines.
LIMITE_TELEGRAM = 3800
ASSINATURA = "Enviado pelo DJe Monitor."


@dataclass(frozen=True)
class DadosAlerta:
    alerta_id: int
    tipo: str
    criado_em: datetime
    pessoa_id: int
    pessoa_nome: str
    publicacao_id: int
    data_disponibilizacao: date | None
    sigla_tribunal: str | None
    tipo_comunicacao: str | None
    numero_processo: str | None
    nome_orgao: str | None
    resumo: str
    link: str | None
    ativo: bool
    motivo_cancelamento: str | None


@dataclass(frozen=True)
class Mensagem:
    assunto: str
    texto: str  # plain text (e-mail's plain body)
    html: str  # e-mail's HTML alternative
    telegram: str  # Telegram's HTML subset
    dados: dict[str, Any]  # the webhook's JSON body


def _e(valor: object) -> str:
    return escape(str(valor), quote=True)


def _link_seguro(link: str | None) -> str | None:
    return link if link and link.lower().startswith(("https://", "http://")) else None


def _data(valor: date | None) -> str:
    return valor.strftime("%d/%m/%Y") if valor else "—"


def _titulo(d: DadosAlerta) -> str:
    return f"{TITULOS.get(d.tipo, d.tipo)}: {d.pessoa_nome}"


def _campos(d: DadosAlerta) -> list[tuple[str, str]]:
    campos = [
        ("Tribunal", d.sigla_tribunal or "—"),
        ("Tipo", d.tipo_comunicacao or "—"),
        ("Processo", mascarar_processo(d.numero_processo) or "—"),
        ("Órgão", d.nome_orgao or "—"),
        ("Disponibilizada em", _data(d.data_disponibilizacao)),
    ]
    if not d.ativo and d.motivo_cancelamento:
        campos.append(("Motivo do cancelamento", d.motivo_cancelamento))
    return campos


def _json_alerta(d: DadosAlerta) -> dict[str, Any]:
    return {
        "alerta": {
            "id": d.alerta_id,
            "tipo": d.tipo,
            "criado_em": d.criado_em.isoformat(),
            "pessoa": {"id": d.pessoa_id, "nome": d.pessoa_nome},
        },
        "publicacao": {
            "id": d.publicacao_id,
            "data_disponibilizacao": d.data_disponibilizacao.isoformat() if d.data_disponibilizacao else None,
            "sigla_tribunal": d.sigla_tribunal,
            "tipo_comunicacao": d.tipo_comunicacao,
            "numero_processo": d.numero_processo,
            "numero_processo_mascara": mascarar_processo(d.numero_processo),
            "nome_orgao": d.nome_orgao,
            "resumo": d.resumo,
            "link": d.link,
            "ativo": d.ativo,
            "motivo_cancelamento": d.motivo_cancelamento,
        },
    }


def _telegram_alerta(d: DadosAlerta, com_resumo: bool = True) -> str:
    linhas = [f"<b>{_e(_titulo(d))}</b>"]
    linhas += [f"{_e(rotulo)}: {_e(valor)}" for rotulo, valor in _campos(d)]
    if com_resumo and d.resumo:
        linhas.append(f"<i>{_e(d.resumo)}</i>")
    link = _link_seguro(d.link)
    if link:
        linhas.append(f'<a href="{_e(link)}">Abrir a publicação</a>')
    return "\n".join(linhas)


def _html_alerta(d: DadosAlerta) -> str:
    linhas = "".join(
        f"<tr><th align='left'>{_e(rotulo)}</th><td>{_e(valor)}</td></tr>" for rotulo, valor in _campos(d)
    )
    partes = [f"<h3>{_e(_titulo(d))}</h3>", f"<table>{linhas}</table>"]
    if d.resumo:
        partes.append(f"<p>{_e(d.resumo)}</p>")
    link = _link_seguro(d.link)
    if link:
        partes.append(f'<p><a href="{_e(link)}">Abrir a publicação</a></p>')
    return "".join(partes)


def _texto_alerta(d: DadosAlerta) -> str:
    linhas = [_titulo(d), *(f"{rotulo}: {valor}" for rotulo, valor in _campos(d))]
    if d.resumo:
        linhas += ["", d.resumo]
    if d.link:
        linhas += ["", d.link]
    return "\n".join(linhas)


def _documento(corpo: str) -> str:
    rodape = f"<p style='color:#666;font-size:12px'>{_e(ASSINATURA)}</p>"
    return f"<!DOCTYPE html><html lang='pt-BR'><body>{corpo}{rodape}</body></html>"


def mensagem_alerta(d: DadosAlerta) -> Mensagem:
    return Mensagem(
        assunto=f"[DJe Monitor] {_titulo(d)}",
        texto=f"{_texto_alerta(d)}\n\n{ASSINATURA}\n",
        html=_documento(_html_alerta(d)),
        telegram=_telegram_limitado(d),
        dados={"evento": "alerta", **_json_alerta(d)},
    )


def _telegram_limitado(d: DadosAlerta) -> str:
    # Cut the raw summary, never the escaped markup, so no tag or entity is left open.
    completo = _telegram_alerta(d)
    if len(completo) <= LIMITE_TELEGRAM:
        return completo
    sem_resumo = _telegram_alerta(d, com_resumo=False)
    # An escaped character takes at most 6 ("&quot;"): this many raw characters always fit.
    folga = max(0, LIMITE_TELEGRAM - len(sem_resumo) - 20) // 6
    curto = replace(d, resumo=d.resumo[:folga] + "…")
    return _telegram_alerta(curto)


def mensagem_digest(dia: date, itens: list[DadosAlerta]) -> Mensagem:
    """One message with the alerts a digest channel collected until `dia`."""
    titulo = f"Alertas do dia {_data(dia)}: {len(itens)}"
    blocos: list[str] = []
    tamanho = len(titulo) + 100
    for posicao, d in enumerate(itens):
        bloco = _telegram_alerta(d, com_resumo=False)
        if tamanho + len(bloco) > LIMITE_TELEGRAM:
            blocos.append(_e(f"… e mais {len(itens) - posicao} alerta(s): veja no DJe Monitor."))
            break
        blocos.append(bloco)
        tamanho += len(bloco) + 2
    return Mensagem(
        assunto=f"[DJe Monitor] {titulo}",
        texto="\n\n".join([titulo, *(_texto_alerta(d) for d in itens), ASSINATURA]) + "\n",
        html=_documento(f"<h2>{_e(titulo)}</h2>" + "<hr>".join(_html_alerta(d) for d in itens)),
        telegram="\n\n".join([f"<b>{_e(titulo)}</b>", *blocos]),
        dados={"evento": "digest", "dia": dia.isoformat(), "alertas": [_json_alerta(d) for d in itens]},
    )


def mensagem_teste(nome_canal: str) -> Mensagem:
    texto = (
        f"Mensagem de teste do DJe Monitor para o canal “{nome_canal}”. Se você a recebeu, o canal funciona."
    )
    return Mensagem(
        assunto="[DJe Monitor] Mensagem de teste",
        texto=f"{texto}\n\n{ASSINATURA}\n",
        html=_documento(f"<p>{_e(texto)}</p>"),
        telegram=f"<b>DJe Monitor</b>\n{_e(texto)}",
        dados={"evento": "teste", "canal": nome_canal},
    )
