/** Painel de detalhe de um resultado da busca: texto completo, partes (monitoráveis) e link original. */
import { useEffect, useRef } from 'react';
import type { Esquemas } from '../api/cliente';
import { BotaoMonitorar } from '../componentes/BotaoMonitorar';
import { LinkOriginal } from '../componentes/Publicacao';
import { formatarData, mascararCnj } from '../lib/formato';

interface Props {
  publicacao: Esquemas['PublicacaoBusca'] | null;
  processo: string | null;
  aoFechar: () => void;
}

export function PainelPublicacao({ publicacao: pub, processo, aoFechar }: Props) {
  const titulo = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Abrir um resultado leva o foco (e a rolagem, no celular) ao painel.
    if (pub) titulo.current?.focus();
  }, [pub]);
  if (!pub) {
    return (
      <aside className="painel-detalhe painel-vazio" aria-label="Detalhe da publicação">
        <p className="texto-suave">Escolha uma publicação para ver o texto completo.</p>
      </aside>
    );
  }
  return (
    <aside
      className="painel-detalhe cartao"
      aria-labelledby="painel-titulo"
      onKeyDown={(evento) => {
        if (evento.key === 'Escape') aoFechar();
      }}
    >
      <div className="cartao-topo">
        <h2 id="painel-titulo" ref={titulo} tabIndex={-1} className="cnj">
          {processo ?? mascararCnj(null)}
        </h2>
        <button type="button" className="botao botao-pequeno botao-secundario" onClick={aoFechar}>
          Fechar
        </button>
      </div>
      <dl className="lista-dados">
        <dt>Disponibilizada em</dt>
        <dd>{formatarData(pub.data_disponibilizacao)}</dd>
        <dt>Tribunal</dt>
        <dd>{pub.sigla_tribunal ?? '—'}</dd>
        {pub.nome_orgao && (
          <>
            <dt>Órgão</dt>
            <dd>{pub.nome_orgao}</dd>
          </>
        )}
        <dt>Tipo</dt>
        <dd>{[pub.tipo_comunicacao, pub.tipo_documento].filter(Boolean).join(' · ') || '—'}</dd>
        {pub.nome_classe && (
          <>
            <dt>Classe</dt>
            <dd>{pub.nome_classe}</dd>
          </>
        )}
      </dl>
      {!pub.ativo && (
        <p className="texto-perigo">Cancelada no DJEN{pub.motivo_cancelamento ? `: ${pub.motivo_cancelamento}` : ''}.</p>
      )}
      <h3>Partes destinatárias</h3>
      {pub.destinatarios.length === 0 ? (
        <p className="texto-suave">Não informadas.</p>
      ) : (
        <ul className="lista-partes">
          {pub.destinatarios.map((nome) => (
            <li key={nome}>
              <span>{nome}</span>
              <BotaoMonitorar nome={nome} />
            </li>
          ))}
        </ul>
      )}
      <h3>Texto</h3>
      <div className="texto-publicacao">{pub.texto}</div>
      <LinkOriginal link={pub.link} />
    </aside>
  );
}
