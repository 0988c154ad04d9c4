"""The sweep on the real database: idempotency, baseline and window rules, cancellation, re-evaluation."""

from __future__ import annotations

from sqlalchemy import delete, func, select, text, update

from dje_monitor.alertas.models import Alerta
from dje_monitor.db import get_engine, session_scope
from dje_monitor.oportunidades.models import AvaliacaoOportunidade, OcorrenciaPadrao, PadraoOportunidade
from dje_monitor.oportunidades.repository_varredura import TRAVA_VARREDURA
from dje_monitor.pessoas.models import PessoaMonitorada
from dje_monitor.publicacoes.models import Publicacao
from tests.oportunidades.apoio import (
    ALVARA,
    NEUTRO,
    PRECATORIO,
    REVOGACAO,
    alertas,
    alterar,
    cnj,
    dias_atras,
    oportunidades,
    padrao_id,
    pessoa,
    publicacao,
    varrer,
)

LEVANTAMENTO = "Alvará ou mandado de levantamento"


def test_um_alerta_por_pessoa_e_publicacao_e_a_segunda_varredura_nao_faz_nada(limpo: None) -> None:
    ana, beto = pessoa("Ana Lima"), pessoa("Beto Reis")
    publicacao(1, [ana, beto], data=dias_atras(3), processo=cnj(1), texto=ALVARA)
    publicacao(2, [ana], data=dias_atras(2), processo=cnj(2), texto=PRECATORIO)
    publicacao(3, [ana], data=dias_atras(1), processo=cnj(3), texto=NEUTRO)

    primeira = varrer()
    assert primeira.executada and primeira.avaliadas == 3
    assert alertas() == [(ana, 1), (ana, 2), (beto, 1)]
    assert len(primeira.novos_alertas) == 3
    # The principal pattern is the positive one with the lowest `ordem` among those found.
    assert oportunidades() == {
        (ana, 1): (LEVANTAMENTO, None),
        (beto, 1): (LEVANTAMENTO, None),
        (ana, 2): ("Expedição de precatório", None),
    }
    with session_scope() as session:
        ids = sorted(session.scalars(select(Alerta.id)))

    segunda = varrer()
    assert segunda.avaliadas == 0 and segunda.novos_alertas == []  # no text read again
    assert segunda.oportunidades == 3
    with session_scope() as session:
        assert sorted(session.scalars(select(Alerta.id))) == ids


def test_baseline_fora_da_janela_nunca_alerta(limpo: None) -> None:
    ana = pessoa("Ana Lima")
    publicacao(1, [ana], data=dias_atras(40), texto=PRECATORIO, baseline=True)
    publicacao(2, [ana], data=dias_atras(5), texto=PRECATORIO, baseline=True)
    varrer()
    # The window is the rule for every link: a recent baseline publication is news, an old one never.
    assert alertas() == [(ana, 2)]
    assert set(oportunidades()) == {(ana, 2)}


def test_janela_pela_data_de_disponibilizacao_nao_pela_de_gravacao(limpo: None) -> None:
    ana = pessoa("Ana Lima")
    # All rows are stored right now; only the availability date decides.
    publicacao(1, [ana], data=dias_atras(60), texto=ALVARA)
    publicacao(2, [ana], data=dias_atras(30), texto=ALVARA)  # first day inside the 30-day window
    publicacao(3, [ana], data=dias_atras(31), texto=ALVARA)
    resumo = varrer()
    assert resumo.avaliadas == 1  # texts outside the window are not even read
    assert alertas() == [(ana, 2)]


def test_janela_menor_descarta_o_que_saiu_e_o_alerta_fica(limpo: None) -> None:
    ana = pessoa("Ana Lima")
    publicacao(1, [ana], data=dias_atras(20), texto=ALVARA)
    varrer()
    assert set(oportunidades()) == {(ana, 1)}
    varrer(janela=10)
    assert oportunidades() == {}
    assert alertas() == [(ana, 1)]
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(AvaliacaoOportunidade)) == 0
        assert session.scalar(select(func.count()).select_from(OcorrenciaPadrao)) == 0
    # Back to 30 days: the text is matched again (nothing was kept for it), no second alert.
    assert varrer().avaliadas == 1 and alertas() == [(ana, 1)]


def test_negativo_posterior_cancela_e_o_alerta_ja_levantado_fica(limpo: None) -> None:
    ana, beto = pessoa("Ana Lima"), pessoa("Beto Reis")
    processo = cnj(7)
    publicacao(1, [ana, beto], data=dias_atras(10), processo=processo, texto=ALVARA)
    varrer()
    assert alertas() == [(ana, 1), (beto, 1)]

    publicacao(2, [ana], data=dias_atras(5), processo=processo, texto=REVOGACAO)
    publicacao(
        3, [ana], data=dias_atras(2), processo=processo, texto="Expeça-se novo alvará de levantamento."
    )
    resumo = varrer()
    assert resumo.canceladas == 1
    assert oportunidades() == {
        (ana, 1): (LEVANTAMENTO, 2),  # cancelled by the later revocation of Ana's process
        (beto, 1): (LEVANTAMENTO, None),  # Beto is not a party of publication 2
        (ana, 3): (LEVANTAMENTO, None),  # a new opportunity after the negative one
    }
    assert alertas() == [(ana, 1), (ana, 3), (beto, 1)]


def test_negativo_antes_da_varredura_impede_o_alerta(limpo: None) -> None:
    ana = pessoa("Ana Lima")
    publicacao(1, [ana], data=dias_atras(10), processo=cnj(8), texto=ALVARA)
    publicacao(2, [ana], data=dias_atras(5), processo=cnj(8), texto="Fica SUSPENSA a execução.")
    publicacao(3, [ana], data=dias_atras(4), processo=cnj(9), texto=REVOGACAO)  # another process
    # A negative in the opportunity's own text does not cancel it (boilerplate would cancel everything).
    publicacao(4, [ana], data=dias_atras(10), processo=cnj(10), texto="Revogo a tutela. " + ALVARA)
    varrer()
    assert oportunidades() == {(ana, 1): (LEVANTAMENTO, 2), (ana, 4): (LEVANTAMENTO, None)}
    assert alertas() == [(ana, 4)]


def test_texto_alterado_e_reavaliado(limpo: None) -> None:
    ana = pessoa("Ana Lima")
    publicacao(1, [ana], data=dias_atras(3), texto=ALVARA)
    varrer()
    with session_scope() as session:
        session.execute(update(Publicacao).values(texto=NEUTRO, atualizado_em=func.now()))
    assert varrer().avaliadas == 1
    assert oportunidades() == {}
    assert alertas() == [(ana, 1)]  # history stays


def test_mudar_padroes_reavalia_a_janela(limpo: None) -> None:
    ana = pessoa("Ana Lima")
    publicacao(1, [ana], data=dias_atras(3), texto=ALVARA)
    publicacao(2, [ana], data=dias_atras(3), texto="Honorários sucumbenciais liberados.")
    varrer()
    alterar(PadraoOportunidade, padrao_id(LEVANTAMENTO), ativo=False)
    assert varrer().avaliadas == 2
    assert oportunidades() == {}
    with session_scope() as session:
        session.add(PadraoOportunidade(nome="Honorários", expressao="honorários", tipo="POSITIVO", ordem=5))
    assert varrer().avaliadas == 2
    assert oportunidades() == {(ana, 2): ("Honorários", None)}
    assert alertas() == [(ana, 1), (ana, 2)]


def test_pessoa_pausada_ou_removida_e_publicacao_cancelada_nao_alertam(limpo: None) -> None:
    pausada = pessoa("Pausada Silva", ativo=False)
    removida = pessoa("Removida Silva", removido_em=func.now())
    ana = pessoa("Ana Lima")
    publicacao(1, [pausada, removida], data=dias_atras(3), texto=ALVARA)
    publicacao(2, [ana], data=dias_atras(3), texto=ALVARA, ativo=False)
    varrer()
    assert set(oportunidades()) == {(pausada, 1), (ana, 2)}
    assert alertas() == []
    alterar(PessoaMonitorada, pausada, ativo=True)
    varrer()
    assert alertas() == [(pausada, 1)]


def test_uma_varredura_por_vez(limpo: None) -> None:
    with get_engine().connect() as outra:
        outra.execute(text("SELECT pg_advisory_lock(:k)"), {"k": TRAVA_VARREDURA})
        try:
            assert varrer().executada is False
        finally:
            outra.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": TRAVA_VARREDURA})
    assert varrer().executada is True


def test_alertas_e_entregas_na_mesma_transacao(limpo: None) -> None:
    """Invariant 2 for the sweep's alerts too: one delivery per new alert and enabled channel."""
    from dje_monitor.notificacoes.models import Canal, Entrega

    with session_scope() as session:
        canal = Canal(tipo="webhook", nome="Oportunidades (teste)", config={"url": "http://127.0.0.1:9/x"})
        session.add(canal)
        session.flush()
        canal_id = canal.id
    try:
        ana = pessoa("Ana Lima")
        publicacao(1, [ana], data=dias_atras(3), texto=ALVARA)
        resumo = varrer()
        assert resumo.novas_entregas == 1
        with session_scope() as session:
            entregas = session.scalars(select(Entrega.alerta_id).where(Entrega.canal_id == canal_id)).all()
        assert entregas == resumo.novos_alertas
        assert varrer().novas_entregas == 0
    finally:
        with session_scope() as session:
            session.execute(delete(Canal).where(Canal.id == canal_id))
