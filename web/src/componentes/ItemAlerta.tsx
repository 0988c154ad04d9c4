/** Um alerta: tipo, pessoa, processo e o início do texto; opcionalmente selecionável e marcável. */
import type { ReactNode } from 'react';
import type { Esquemas } from '../api/cliente';
import { formatarData, formatarDataHora, mascararCnj } from '../lib/formato';
import { Link } from '../roteador';
import { EtiquetaTipoAlerta } from './Etiquetas';

interface Props {
  alerta: Esquemas['AlertaSaida'];
  /** Caixa de seleção e ações, quando a lista permite marcar como lido. */
  selecao?: ReactNode;
  acoes?: ReactNode;
}

export function ItemAlerta({ alerta, selecao, acoes }: Props) {
  const pub = alerta.publicacao;
  return (
    <li className={`alerta${alerta.lido ? ' alerta-lido' : ''}`} data-alerta={alerta.id}>
      {selecao}
      <div className="alerta-corpo">
        <div className="alerta-cabeca">
          <EtiquetaTipoAlerta tipo={alerta.tipo} />
          {!alerta.lido && <span className="ponto-nao-lido" title="Não lido" aria-label="Não lido" />}
          <Link para={`/monitorados/${alerta.pessoa_id}`} className="alerta-pessoa">
            {alerta.pessoa_nome}
          </Link>
          <time className="texto-suave" dateTime={alerta.criado_em}>
            {formatarDataHora(alerta.criado_em)}
          </time>
        </div>
        <p className="alerta-processo">
          <span className="cnj">{pub.numero_processo_mascara ?? mascararCnj(pub.numero_processo)}</span>
          {pub.sigla_tribunal && <> · {pub.sigla_tribunal}</>}
          {pub.tipo_comunicacao && <> · {pub.tipo_comunicacao}</>} · disponibilizada em{' '}
          {formatarData(pub.data_disponibilizacao)}
        </p>
        <p className="alerta-resumo">{pub.resumo}</p>
        <div className="alerta-rodape">
          {pub.link && (
            <a href={pub.link} target="_blank" rel="noreferrer noopener">
              Abrir no DJEN<span className="so-leitor"> (nova aba)</span> ↗
            </a>
          )}
          {alerta.lido && <span className="texto-suave">Lido em {formatarDataHora(alerta.lido_em)}</span>}
          {acoes}
        </div>
      </div>
    </li>
  );
}
