"""What each row does to the monitored parties: criar, atualizar, ignorar or erro. Pure: no I/O.

The dry run and the real run share this plan, so the simulation reports exactly what the import does.
A row is the existing live party with the same identity (the unique index uq_pessoas_identidade:
normalized name, CPF/CNPJ or '', court or ''), or else the one live party with the same CPF/CNPJ.
Empty cells never erase what a party already has; a new normalized name re-takes the baseline
(invariant 3), as PATCH does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from dje_monitor.importacao.linhas import LinhaInvalida, LinhaValida
from dje_monitor.publicacoes.nomes import normalizar_nome

Acao = Literal["criar", "atualizar", "ignorar", "erro"]
Chave = tuple[str, str, str]

ROTULOS_ALTERACAO = {
    "nome": "nome",
    "cpf_cnpj": "CPF/CNPJ",
    "tribunal_filtro": "tribunal",
    "numero_processo": "número do processo",
    "comarca": "comarca",
    "uf": "UF",
    "data_prazo": "data do prazo",
    "data_expiracao": "data de expiração",
}
CAMPOS = tuple(ROTULOS_ALTERACAO)
_MESMA_IDENTIDADE = "(mesmo nome, CPF/CNPJ e tribunal)"


def chave(nome_normalizado: str, cpf_cnpj: str | None, tribunal: str | None) -> Chave:
    """Spelled like the index: coalesce(cpf_cnpj, ''), coalesce(tribunal_filtro, '')."""
    return (nome_normalizado, cpf_cnpj or "", tribunal or "")


@dataclass(frozen=True)
class Existente:
    id: int
    nome: str
    nome_normalizado: str
    cpf_cnpj: str | None
    tribunal_filtro: str | None
    numero_processo: str | None
    comarca: str | None
    uf: str | None
    data_prazo: date | None
    data_expiracao: date | None
    variantes: list[str]
    ativo: bool

    @property
    def chave(self) -> Chave:
        return chave(self.nome_normalizado, self.cpf_cnpj, self.tribunal_filtro)


@dataclass
class Decisao:
    linha: int
    nome: str | None
    acao: Acao
    motivo: str | None = None
    pessoa_id: int | None = None
    # criar: the new row's columns; atualizar: the final value of every updatable column.
    valores: dict[str, Any] = field(default_factory=dict)
    # Created, or renamed while active: claimed in the import's transaction, first check sent after it.
    baseline: bool = False


def _lista(ids: list[int]) -> str:
    return ", ".join(f"#{i}" for i in ids[:5]) + (", …" if len(ids) > 5 else "")


def _e(itens: list[str]) -> str:
    return itens[0] if len(itens) == 1 else ", ".join(itens[:-1]) + " e " + itens[-1]


class _Planejador:
    def __init__(self, existentes: list[Existente]) -> None:
        self.por_chave = {e.chave: e for e in existentes}
        self.por_documento: dict[str, list[Existente]] = {}
        for existente in existentes:
            if existente.cpf_cnpj:
                self.por_documento.setdefault(existente.cpf_cnpj, []).append(existente)
        self.chaves_lidas: dict[Chave, int] = {}  # identity as typed in the row -> first row
        self.documentos_lidos: dict[str, int] = {}
        self.pessoas_usadas: dict[int, int] = {}  # existing party -> the row that updates it
        self.chaves_finais: dict[Chave, int] = {}  # identity each planned write ends with -> its row

    def _encontrar(self, linha: LinhaValida) -> Existente | str | None:
        """The party this row is, an error message when that is ambiguous, or None for a new one."""
        existente = self.por_chave.get(chave(linha.nome_normalizado, linha.cpf_cnpj, linha.tribunal_filtro))
        if existente is not None or not linha.cpf_cnpj:
            return existente
        candidatas = self.por_documento.get(linha.cpf_cnpj, [])
        mesmo_tribunal = [c for c in candidatas if (c.tribunal_filtro or "") == (linha.tribunal_filtro or "")]
        if len(mesmo_tribunal) == 1:
            return mesmo_tribunal[0]
        if len(candidatas) == 1 and not mesmo_tribunal:
            return candidatas[0]
        if candidatas:
            ids = sorted(c.id for c in candidatas)
            return (
                f"o CPF/CNPJ pertence a {len(ids)} pessoas monitoradas ({_lista(ids)}); "
                "não há como saber qual atualizar: ajuste-as na tela de pessoas"
            )
        return None

    def decidir(self, linha: LinhaValida | LinhaInvalida) -> Decisao:
        if isinstance(linha, LinhaInvalida):
            return Decisao(linha.linha, linha.nome, "erro", "; ".join(linha.erros))
        lida = chave(linha.nome_normalizado, linha.cpf_cnpj, linha.tribunal_filtro)
        if lida in self.chaves_lidas:
            motivo = f"repete a linha {self.chaves_lidas[lida]} {_MESMA_IDENTIDADE}"
            return Decisao(linha.linha, linha.nome, "ignorar", motivo)
        if linha.cpf_cnpj and linha.cpf_cnpj in self.documentos_lidos:
            motivo = f"repete a linha {self.documentos_lidos[linha.cpf_cnpj]} (mesmo CPF/CNPJ)"
            return Decisao(linha.linha, linha.nome, "ignorar", motivo)
        encontrada = self._encontrar(linha)
        if isinstance(encontrada, str):
            return Decisao(linha.linha, linha.nome, "erro", encontrada)
        if encontrada is not None and encontrada.id in self.pessoas_usadas:
            motivo = (
                f"mesma pessoa monitorada (#{encontrada.id}) da linha {self.pessoas_usadas[encontrada.id]}"
            )
            return Decisao(linha.linha, linha.nome, "ignorar", motivo, encontrada.id)
        decisao = self._criar(linha) if encontrada is None else self._atualizar(linha, encontrada)
        if decisao.acao != "erro":
            self.chaves_lidas[lida] = linha.linha
            if linha.cpf_cnpj:
                self.documentos_lidos[linha.cpf_cnpj] = linha.linha
            if encontrada is not None:
                self.pessoas_usadas[encontrada.id] = linha.linha
        return decisao

    def _reservar(self, linha: LinhaValida, final: Chave, atual: Existente | None) -> str | None:
        """The identity a write ends with must be nobody else's: no two rows, no other live party."""
        if final in self.chaves_finais:
            return f"ficaria igual à pessoa da linha {self.chaves_finais[final]} {_MESMA_IDENTIDADE}"
        dono = self.por_chave.get(final)
        if dono is not None and (atual is None or dono.id != atual.id):
            return f"ficaria igual à pessoa monitorada #{dono.id} {_MESMA_IDENTIDADE}"
        self.chaves_finais[final] = linha.linha
        return None

    def _criar(self, linha: LinhaValida) -> Decisao:
        valores = {c: getattr(linha, c) for c in CAMPOS}
        valores["nome_normalizado"] = linha.nome_normalizado
        final = chave(linha.nome_normalizado, linha.cpf_cnpj, linha.tribunal_filtro)
        if conflito := self._reservar(linha, final, None):
            return Decisao(linha.linha, linha.nome, "erro", conflito)
        return Decisao(
            linha.linha, linha.nome, "criar", "nova pessoa monitorada", valores=valores, baseline=True
        )

    def _atualizar(self, linha: LinhaValida, atual: Existente) -> Decisao:
        # Empty cells keep what the party has; a filled cell replaces it.
        novos = {c: getattr(linha, c) if getattr(linha, c) is not None else getattr(atual, c) for c in CAMPOS}
        novos["nome_normalizado"] = normalizar_nome(novos["nome"])
        final = chave(novos["nome_normalizado"], novos["cpf_cnpj"], novos["tribunal_filtro"])
        if final != atual.chave and (conflito := self._reservar(linha, final, atual)):
            return Decisao(linha.linha, linha.nome, "erro", conflito, atual.id)
        self.chaves_finais.setdefault(final, linha.linha)
        alteradas = [c for c in CAMPOS if novos[c] != getattr(atual, c)]
        if not alteradas:
            motivo = f"já monitorada (pessoa #{atual.id}), sem alterações"
            return Decisao(linha.linha, linha.nome, "ignorar", motivo, atual.id)
        renomeada = novos["nome_normalizado"] != atual.nome_normalizado
        # A variant equal to the new name would only cost a second identical DJEN query (None: unchanged).
        variantes = [v for v in atual.variantes if normalizar_nome(v) != novos["nome_normalizado"]]
        novos["variantes"] = variantes if variantes != atual.variantes else None
        novos["renomeada"] = renomeada
        partes = [f"altera {_e([ROTULOS_ALTERACAO[c] for c in alteradas])} da pessoa #{atual.id}"]
        if renomeada and atual.ativo:
            partes.append("o nome mudou: a verificação inicial (baseline) será refeita, sem alertas")
        elif renomeada:
            partes.append("o nome mudou: a baseline será refeita quando o monitoramento for retomado")
        if not atual.ativo:
            partes.append("o monitoramento continua pausado")
        return Decisao(
            linha.linha,
            linha.nome,
            "atualizar",
            "; ".join(partes),
            atual.id,
            valores=novos,
            baseline=renomeada and atual.ativo,
        )


def planejar(linhas: list[LinhaValida | LinhaInvalida], existentes: list[Existente]) -> list[Decisao]:
    planejador = _Planejador(existentes)
    return [planejador.decidir(linha) for linha in linhas]
