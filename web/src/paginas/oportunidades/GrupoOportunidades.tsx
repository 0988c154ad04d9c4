/** As oportunidades de um processo: quem, qual padrão, o trecho que o contém e se foi cancelada. */
import type { GrupoOportunidades as Grupo, Oportunidade } from '../../api/oportunidades';
import { Etiqueta } from '../../componentes/Etiquetas';
import { formatarData, formatarDataHora, mascararCnj, plural } from '../../lib/formato';
import { Link } from '../../roteador';

function Cancelamento({ op }: { op: Oportunidade }) {
  if (op.cancelada_por) {
    return (
      <p className="oportunidade-cancelamento">
        Cancelada pela publicação de {formatarData(op.cancelada_por.data_disponibilizacao)} (padrão negativo “
        {op.cancelada_por.padrao_nome}”).
      </p>
    );
  }
  if (!op.publicacao.ativo) return <p className="oportunidade-cancelamento">A comunicação foi cancelada no DJEN.</p>;
  return null;
}

/** Reticências só onde o trecho corta o texto: antes de um começo em minúscula, depois de um fim sem ponto. */
function comReticencias(trecho: string): string {
  const texto = trecho.trim();
  const antes = /^[a-zà-ÿ0-9,;]/.test(texto) ? '…' : '';
  const depois = /[.!?:)"”]$/.test(texto) ? '' : '…';
  return `${antes}${texto}${depois}`;
}

function ItemOportunidade({ op }: { op: Oportunidade }) {
  const pub = op.publicacao;
  const ativa = op.situacao === 'ativa';
  return (
    <li className={`oportunidade${ativa ? '' : ' oportunidade-cancelada'}`} data-oportunidade={op.id}>
      <div className="oportunidade-cabeca">
        <Etiqueta tom={ativa ? 'ok' : 'neutro'}>{ativa ? 'Ativa' : 'Cancelada'}</Etiqueta>
        <Etiqueta tom="info">{op.padrao_nome}</Etiqueta>
        <Link para={`/monitorados/${op.pessoa_id}`} className="oportunidade-pessoa">
          {op.pessoa_nome}
        </Link>
      </div>
      <p className="oportunidade-meta texto-suave">
        Disponibilizada em {formatarData(pub.data_disponibilizacao)}
        {pub.sigla_tribunal && <> · {pub.sigla_tribunal}</>}
        {pub.tipo_comunicacao && <> · {pub.tipo_comunicacao}</>}
      </p>
      <blockquote className="oportunidade-trecho">{comReticencias(op.trecho)}</blockquote>
      <Cancelamento op={op} />
      <div className="oportunidade-rodape">
        {pub.link && (
          <a href={pub.link} target="_blank" rel="noreferrer noopener">
            Abrir no DJEN<span className="so-leitor"> (nova aba)</span> ↗
          </a>
        )}
        {op.alerta_id !== null && (
          <Link para={`/alertas?pessoa=${op.pessoa_id}&tipo=OPORTUNIDADE_CREDITO&lido=todos`}>Ver alerta</Link>
        )}
        <Link para={`/oportunidades?pessoa=${op.pessoa_id}`}>Só desta parte</Link>
        <span className="texto-suave">Detectada em {formatarDataHora(op.detectada_em)}</span>
      </div>
    </li>
  );
}

export function GrupoOportunidades({ grupo }: { grupo: Grupo }) {
  const processo = grupo.numero_processo_mascara ?? mascararCnj(grupo.numero_processo);
  return (
    <section className="grupo cartao" aria-label={`Processo ${processo}`}>
      <h2 className="grupo-titulo">
        <span className="cnj">{processo}</span>
        <span className="texto-suave">{plural(grupo.oportunidades.length, 'oportunidade', 'oportunidades')}</span>
      </h2>
      <ul className="lista-oportunidades">
        {grupo.oportunidades.map((op) => (
          <ItemOportunidade key={op.id} op={op} />
        ))}
      </ul>
    </section>
  );
}
