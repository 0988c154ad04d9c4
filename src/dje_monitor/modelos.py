"""Imports every model so metadata (Alembic, tests) sees the whole schema."""

from dje_monitor.acesso.models import TokenAcesso, Usuario  # noqa: F401
from dje_monitor.alertas.models import Alerta
from dje_monitor.auditoria.models import RegistroAuditoria  # noqa: F401
from dje_monitor.db import Base
from dje_monitor.monitoramento.models import Ciclo, Verificacao
from dje_monitor.notificacoes.models import Canal, Entrega, TentativaEntrega  # noqa: F401
from dje_monitor.oportunidades.models import Oportunidade, PadraoOportunidade  # noqa: F401
from dje_monitor.pessoas.models import PessoaMonitorada
from dje_monitor.publicacoes.models import PessoaPublicacao, Publicacao

__all__ = ["Alerta", "Base", "Ciclo", "PessoaMonitorada", "PessoaPublicacao", "Publicacao", "Verificacao"]
