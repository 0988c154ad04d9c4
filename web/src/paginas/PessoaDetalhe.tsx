/** Uma pessoa monitorada: estado, ações, publicações por processo e o registro de verificações. */
import { useState } from 'react';
import { ErroApi, mensagemDeErro, type Esquemas } from '../api/cliente';
import { usePessoa, useRemoverPessoa, useSalvarPessoa, useVerificarPessoa } from '../api/consultas';
import { usePermissoes } from '../api/sessao';
import { Dialogo } from '../componentes/Dialogo';
import { Aviso, Carregando, ErroBloco } from '../componentes/Estados';
import { EtiquetasPessoa } from '../componentes/Etiquetas';
import { LinkAcao } from '../componentes/LinkAcao';
import { Titulo } from '../componentes/Titulo';
import { expirou, formatarData, formatarDataHora, formatarNumero, formatarRelativo, mascararCnj, mascararDocumento } from '../lib/formato';
import { Link, navegar } from '../roteador';
import { PublicacoesPessoa } from './PublicacoesPessoa';
import { VerificacoesPessoa } from './VerificacoesPessoa';

type Pessoa = Esquemas['PessoaSaida'];

function Quando({ iso }: { iso: string | null }) {
  return iso ? <time dateTime={iso}>{formatarDataHora(iso)} ({formatarRelativo(iso)})</time> : <>—</>;
}

function Dados({ pessoa }: { pessoa: Pessoa }) {
  return (
    <section className="cartao" aria-labelledby="titulo-situacao">
      <div className="cartao-topo">
        <h2 id="titulo-situacao">Situação</h2>
        <EtiquetasPessoa pessoa={pessoa} />
      </div>
      {pessoa.situacao_baseline === 'pendente' && pessoa.ativo && (
        <Aviso tipo="info">Verificação inicial (baseline) em andamento: o histórico é gravado sem gerar alertas.</Aviso>
      )}
      {expirou(pessoa.data_expiracao) && (
        <Aviso tipo="erro">
          Monitoramento expirado em {formatarData(pessoa.data_expiracao)}: esta parte não é mais verificada. Para
          retomar, <Link para={`/monitorados/${pessoa.id}/editar`}>altere a data de expiração</Link>.
        </Aviso>
      )}
      {pessoa.ultimo_erro && (
        <Aviso tipo="erro">
          Última verificação falhou ({plural(pessoa.falhas_consecutivas)}): {pessoa.ultimo_erro}
        </Aviso>
      )}
      <dl className="lista-dados lista-dados-larga">
        <dt>Publicações</dt>
        <dd data-campo="total-publicacoes">{formatarNumero(pessoa.total_publicacoes)}</dd>
        <dt>Alertas não lidos</dt>
        <dd>
          <Link para={`/alertas?pessoa=${pessoa.id}`}>{formatarNumero(pessoa.alertas_nao_lidos)}</Link>
        </dd>
        <dt>Oportunidades</dt>
        <dd>
          <Link para={`/oportunidades?pessoa=${pessoa.id}&situacao=todas`}>Ver oportunidades de crédito</Link>
        </dd>
        <dt>Baseline</dt>
        <dd>{pessoa.baseline_concluido_em ? `concluída em ${formatarDataHora(pessoa.baseline_concluido_em)}` : 'pendente'}</dd>
        <dt>Última verificação</dt>
        <dd>
          <Quando iso={pessoa.ultimo_check} />
        </dd>
        <dt>Próxima verificação</dt>
        <dd>{pessoa.ativo ? <Quando iso={pessoa.proximo_check} /> : 'monitoramento pausado'}</dd>
        <dt>CPF/CNPJ</dt>
        <dd>{mascararDocumento(pessoa.cpf_cnpj)}</dd>
        <dt>Tribunal</dt>
        <dd>{pessoa.tribunal_filtro ?? 'todos'}</dd>
        <dt>Processo de referência</dt>
        <dd className="cnj">{pessoa.numero_processo ? mascararCnj(pessoa.numero_processo) : '—'}</dd>
        <dt>Outras grafias</dt>
        <dd>{pessoa.variantes.length ? pessoa.variantes.join('; ') : '—'}</dd>
        <dt>Intervalo</dt>
        <dd>{pessoa.intervalo_minutos ? `${formatarNumero(pessoa.intervalo_minutos)} min` : 'padrão'}</dd>
        <dt>Expira em</dt>
        <dd data-campo="expira-em" className={expirou(pessoa.data_expiracao) ? 'texto-perigo' : undefined}>
          {pessoa.data_expiracao ? formatarData(pessoa.data_expiracao) : 'sem prazo'}
        </dd>
        <dt>Cadastrada em</dt>
        <dd>{formatarDataHora(pessoa.criado_em)}</dd>
        {pessoa.observacao && (
          <>
            <dt>Observação</dt>
            <dd>{pessoa.observacao}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

const plural = (n: number) => (n === 1 ? '1 falha seguida' : `${formatarNumero(n)} falhas seguidas`);

function Acoes({ pessoa }: { pessoa: Pessoa }) {
  const verificar = useVerificarPessoa(pessoa.id);
  const alternar = useSalvarPessoa(pessoa.id);
  const remover = useRemoverPessoa();
  const [confirmando, setConfirmando] = useState(false);
  const { podeAlterar, dica } = usePermissoes();
  const resultado = [verificar, alternar, remover].find((m) => m.isError);
  return (
    <>
      <div className="acoes acoes-pessoa">
        <button type="button" className="botao" onClick={() => verificar.mutate()} disabled={verificar.isPending || !pessoa.ativo || !podeAlterar} title={dica}>
          {verificar.isPending ? 'Enfileirando…' : 'Verificar agora'}
        </button>
        <button
          type="button"
          className="botao botao-secundario"
          onClick={() => alternar.mutate({ ativo: !pessoa.ativo })}
          disabled={alternar.isPending || !podeAlterar}
          title={dica}
        >
          {pessoa.ativo ? 'Pausar' : 'Retomar'}
        </button>
        <LinkAcao para={`/monitorados/${pessoa.id}/editar`} className="botao botao-secundario">
          Editar
        </LinkAcao>
        <button type="button" className="botao botao-perigo-contorno" onClick={() => setConfirmando(true)} disabled={!podeAlterar} title={dica}>
          Remover
        </button>
      </div>
      <div className="acoes-resultado">
        {verificar.isSuccess && <Aviso tipo={verificar.data.enfileirada ? 'sucesso' : 'info'}>{verificar.data.mensagem}</Aviso>}
        {resultado?.error && <Aviso tipo="erro">{mensagemDeErro(resultado.error)}</Aviso>}
      </div>
      <Dialogo
        aberto={confirmando}
        titulo="Remover esta pessoa?"
        confirmar={remover.isPending ? 'Removendo…' : 'Remover'}
        perigoso
        ocupado={remover.isPending}
        aoCancelar={() => setConfirmando(false)}
        aoConfirmar={() =>
          remover.mutate(pessoa.id, {
            onSuccess: () => navegar('/monitorados'),
            onSettled: () => setConfirmando(false),
          })
        }
      >
        <p>
          <strong>{pessoa.nome}</strong> deixa de ser monitorada e sai da lista. As publicações já guardadas continuam no
          banco.
        </p>
      </Dialogo>
    </>
  );
}

export function PessoaDetalhe({ id }: { id: number }) {
  const consulta = usePessoa(id);
  const pessoa = consulta.data;
  if (consulta.isPending) {
    return (
      <>
        <Titulo>Pessoa monitorada</Titulo>
        <Carregando />
      </>
    );
  }
  if (!pessoa) {
    const naoExiste = consulta.error instanceof ErroApi && consulta.error.status === 404;
    return (
      <>
        <Titulo>{naoExiste ? 'Pessoa não encontrada' : 'Pessoa monitorada'}</Titulo>
        {naoExiste ? (
          <p>
            Esta pessoa não existe ou foi removida. <Link para="/monitorados">Voltar aos monitorados</Link>.
          </p>
        ) : (
          <ErroBloco erro={consulta.error} aoTentar={() => void consulta.refetch()} />
        )}
      </>
    );
  }
  // Muda a cada verificação concluída ou publicação nova: renova as listas abaixo.
  const versao = `${pessoa.situacao_baseline}|${pessoa.ultimo_check}|${pessoa.total_publicacoes}`;
  return (
    <>
      <p className="trilha">
        <Link para="/monitorados">← Monitorados</Link>
      </p>
      <Titulo texto={pessoa.nome}>{pessoa.nome}</Titulo>
      <Acoes pessoa={pessoa} />
      <div className="pilha">
        <Dados pessoa={pessoa} />
        <PublicacoesPessoa id={pessoa.id} versao={versao} baselinePendente={pessoa.situacao_baseline === 'pendente'} />
        <VerificacoesPessoa id={pessoa.id} versao={versao} />
      </div>
    </>
  );
}
