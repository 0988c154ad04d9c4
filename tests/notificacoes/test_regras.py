"""Pure rules and formatting: backoff, giving up, masking, and escaping of hostile fields."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from dje_monitor.notificacoes import regras
from dje_monitor.notificacoes.mensagens import (
    LIMITE_TELEGRAM,
    DadosAlerta,
    mensagem_alerta,
    mensagem_digest,
)

HOSTIL = "<script>alert(\"x\")</script> & 'Cia' <b>"


def _dados(**campos: object) -> DadosAlerta:
    base: dict[str, object] = {
        "alerta_id": 7,
        "tipo": "NOVA_PUBLICACAO",
        "criado_em": datetime(2025, 3, 10, 12, tzinfo=UTC),
        "pessoa_id": 3,
        "pessoa_nome": HOSTIL,
        "publicacao_id": 99,
        "data_disponibilizacao": date(2025, 3, 10),
        "sigla_tribunal": "TJSP",
        "tipo_comunicacao": "Intimação & <i>",
        "numero_processo": "00012345620248260100",
        "nome_orgao": '1ª Vara "Cível"',
        "resumo": HOSTIL,
        "link": 'https://comunica.pje.jus.br/x?a="><script>',
        "ativo": True,
        "motivo_cancelamento": None,
    }
    return DadosAlerta(**{**base, **campos})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("falhas", "esperado"),
    [(0, 60), (1, 60), (2, 120), (3, 240), (6, 1920), (9, 15360), (10, 21600), (50, 21600), (10_000, 21600)],
)
def test_backoff_dobra_ate_o_teto(falhas: int, esperado: float) -> None:
    assert regras.atraso_apos_falha(falhas, 60, 6 * 3600) == esperado


@pytest.mark.parametrize(("horas", "desiste"), [(0, False), (23.9, False), (24, True), (30, True)])
def test_desiste_depois_do_prazo(horas: float, desiste: bool) -> None:
    criado = datetime(2025, 1, 1, tzinfo=UTC)
    assert regras.desistir(criado, criado + timedelta(hours=horas), 24 * 3600) is desiste


@pytest.mark.parametrize(
    ("segredo", "mascara"),
    [(None, None), ("", None), ("curto", "••••••••"), ("0123456789abcdefWXYZ", "••••••••WXYZ")],
)
def test_mascara_nunca_mostra_o_segredo_inteiro(segredo: str | None, mascara: str | None) -> None:
    assert regras.mascarar(segredo) == mascara


def test_ocultar_remove_segredos_e_token_na_url() -> None:
    texto = "POST https://api.telegram.org/bot123456:ABCdef_ghi-jkl/sendMessage falhou; senha=hunter2hunter2"
    limpo = regras.ocultar(texto, ["hunter2hunter2"])
    assert "ABCdef" not in limpo and "hunter2" not in limpo
    assert "/bot••••••••/sendMessage" in limpo


def _tags(html: str) -> set[str]:
    return {m.lower() for m in re.findall(r"</?([A-Za-z][A-Za-z0-9]*)", html)}


def test_telegram_escapa_todo_campo() -> None:
    texto = mensagem_alerta(_dados()).telegram
    assert "<script" not in texto
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;Cia&#x27;" in texto
    # Only the markup we write: the Bot API's HTML subset.
    assert _tags(texto) <= {"b", "i", "a"}
    assert 'href="https://comunica.pje.jus.br/x?a=&quot;&gt;&lt;script&gt;"' in texto


def test_email_html_escapa_e_texto_simples_fica_legivel() -> None:
    mensagem = mensagem_alerta(_dados())
    assert "<script" not in mensagem.html
    assert "&lt;script&gt;" in mensagem.html
    assert _tags(mensagem.html) <= {"!doctype", "html", "body", "h3", "table", "tr", "th", "td", "p", "a"}
    assert HOSTIL in mensagem.texto  # plain text is not markup: shown as written


@pytest.mark.parametrize("link", ["javascript:alert(1)", "data:text/html,<script>", None, ""])
def test_link_que_nao_e_http_nao_vira_href(link: str | None) -> None:
    mensagem = mensagem_alerta(_dados(link=link))
    assert "href" not in mensagem.telegram and "href" not in mensagem.html


def test_telegram_respeita_o_limite_sem_cortar_entidades() -> None:
    longo = _dados(resumo="&<>\"'" * 2000)
    texto = mensagem_alerta(longo).telegram
    assert len(texto) <= LIMITE_TELEGRAM
    assert texto.count("<i>") == texto.count("</i>") == 1
    assert not re.search(r"&[a-z#0-9]*$", texto.split("</i>")[0])


def test_digest_agrupa_e_respeita_o_limite_do_telegram() -> None:
    itens = [_dados(alerta_id=n, pessoa_nome=f"Pessoa {n} <x>") for n in range(80)]
    mensagem = mensagem_digest(date(2025, 3, 11), itens)
    assert len(mensagem.telegram) <= LIMITE_TELEGRAM
    assert "e mais" in mensagem.telegram
    assert "Alertas do dia 11/03/2025: 80" in mensagem.telegram
    assert len(mensagem.dados["alertas"]) == 80
    assert mensagem.html.count("<h3>") == 80
    assert "<x>" not in mensagem.html and "&lt;x&gt;" in mensagem.html
