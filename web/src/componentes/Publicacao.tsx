/** Uma publicação de uma pessoa, expansível: o texto completo, partes e advogados vêm sob demanda. */
import { useState } from 'react';
import type { Esquemas } from '../api/cliente';
import { usePublicacao } from '../api/consultas';
import { formatarData, formatarDataHora } from '../lib/formato';
import { Carregando, ErroBloco } from './Estados';
import { Etiqueta } from './Etiquetas';

const POLOS: Record<string, string> = { A: 'polo ativo', P: 'polo passivo' };

interface Pessoa {
  nome?: string;
  polo?: string | null;
  numero_oab?: string | null;
  uf_oab?: string | null;
}

export function ListaPartes({ destinatarios, advogados }: { destinatarios: Pessoa[]; advogados: Pessoa[] }) {
  return (
    <div className="grade-2 partes">
      <div>
        <h4>Partes destinatárias</h4>
        {destinatarios.length === 0 ? (
          <p className="texto-suave">Não informadas.</p>
        ) : (
          <ul>
            {destinatarios.map((d, i) => (
              <li key={`${d.nome}-${i}`}>
                {d.nome}
                {d.polo && <span className="texto-suave"> ({POLOS[d.polo] ?? d.polo})</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h4>Advogados</h4>
        {advogados.length === 0 ? (
          <p className="texto-suave">Não informados.</p>
        ) : (
          <ul>
            {advogados.map((a, i) => (
              <li key={`${a.nome}-${i}`}>
                {a.nome}
                {a.numero_oab && <span className="texto-suave"> (OAB {a.numero_oab}{a.uf_oab ? `/${a.uf_oab}` : ''})</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

export function LinkOriginal({ link }: { link: string | null }) {
  if (!link) return null;
  return (
    <a href={link} target="_blank" rel="noreferrer noopener" className="link-original">
      Abrir a publicação original<span className="so-leitor"> (nova aba)</span> ↗
    </a>
  );
}

function Detalhe({ id }: { id: number }) {
  const consulta = usePublicacao(id, true);
  if (consulta.isPending) return <Carregando texto="Carregando o texto completo…" />;
  if (consulta.isError) return <ErroBloco erro={consulta.error} aoTentar={() => void consulta.refetch()} />;
  const pub = consulta.data;
  return (
    <div className="publicacao-detalhe">
      {!pub.ativo && (
        <p className="texto-perigo">
          Cancelada no DJEN{pub.data_cancelamento ? ` em ${formatarDataHora(pub.data_cancelamento)}` : ''}
          {pub.motivo_cancelamento ? `: ${pub.motivo_cancelamento}` : ''}.
        </p>
      )}
      <div className="texto-publicacao">{pub.texto}</div>
      <ListaPartes destinatarios={pub.destinatarios as Pessoa[]} advogados={pub.advogados as Pessoa[]} />
      <LinkOriginal link={pub.link} />
    </div>
  );
}

export function ItemPublicacao({ pub }: { pub: Esquemas['PublicacaoResumo'] }) {
  const [aberta, setAberta] = useState(false);
  return (
    <li className="publicacao">
      <details onToggle={(e) => setAberta(e.currentTarget.open)}>
        <summary>
          <span className="publicacao-linha">
            <strong>{formatarData(pub.data_disponibilizacao)}</strong>
            {pub.sigla_tribunal && <span>{pub.sigla_tribunal}</span>}
            {pub.tipo_comunicacao && <span>{pub.tipo_comunicacao}</span>}
            {pub.nome_orgao && <span className="texto-suave">{pub.nome_orgao}</span>}
            {pub.baseline && <Etiqueta tom="neutro">Histórico (baseline)</Etiqueta>}
            {!pub.ativo && <Etiqueta tom="perigo">Cancelada</Etiqueta>}
          </span>
          {!aberta && <span className="publicacao-resumo">{pub.resumo}</span>}
        </summary>
        {aberta && <Detalhe id={pub.id} />}
      </details>
    </li>
  );
}
