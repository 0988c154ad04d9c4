/** Canais de notificação: lista com estado e contadores, criação, edição, teste e remoção. */
import { useState } from 'react';
import { mensagemDeErro } from '../../api/cliente';
import { useCanais, useRemoverCanal, type Canal } from '../../api/canais';
import { usePermissoes } from '../../api/sessao';
import { Dialogo } from '../../componentes/Dialogo';
import { Aviso, Carregando, ErroBloco, Vazio } from '../../componentes/Estados';
import { Titulo } from '../../componentes/Titulo';
import { CartaoCanal } from './CartaoCanal';
import { FormularioCanal } from './FormularioCanal';

export default function Canais() {
  const consulta = useCanais();
  const remover = useRemoverCanal();
  const { podeAlterar, dica } = usePermissoes();
  // null: formulário fechado; 'novo': criando; um canal: editando (o cartão dá lugar ao formulário).
  const [editando, setEditando] = useState<Canal | 'novo' | null>(null);
  const [removendo, setRemovendo] = useState<Canal | null>(null);
  const [aviso, setAviso] = useState<string | null>(null);
  const canais = consulta.data ?? [];
  const terminar = (salvo: Canal | null) => {
    setEditando(null);
    setAviso(salvo ? `Canal “${salvo.nome}” salvo. Use “Enviar teste” para conferir a entrega.` : null);
  };

  return (
    <>
      <Titulo
        acoes={
          <button type="button" className="botao" onClick={() => setEditando('novo')} disabled={editando !== null || !podeAlterar} title={dica}>
            Novo canal
          </button>
        }
      >
        Canais de notificação
      </Titulo>
      <p className="texto-suave">
        Cada alerta novo é enviado a todos os canais ativos (ou juntado nos alertas do dia). Um webhook que falha
        seguidamente é desativado sozinho; corrija a configuração e reative-o.
      </p>
      {aviso && <Aviso tipo="sucesso">{aviso}</Aviso>}
      {remover.isError && <Aviso tipo="erro">{mensagemDeErro(remover.error)}</Aviso>}
      {editando === 'novo' && (
        <div className="canal-novo">
          <FormularioCanal canal={null} aoTerminar={terminar} />
        </div>
      )}

      {consulta.isPending && <Carregando />}
      {consulta.isError && !consulta.data && <ErroBloco erro={consulta.error} aoTentar={() => void consulta.refetch()} />}
      {consulta.data && canais.length === 0 && editando === null && (
        <Vazio titulo="Nenhum canal de notificação.">
          <p>Sem canais, os alertas ficam só neste aplicativo. Crie um canal de Telegram, e-mail ou webhook.</p>
        </Vazio>
      )}
      <div className="canais">
        {canais.map((canal) =>
          editando !== null && editando !== 'novo' && editando.id === canal.id ? (
            <FormularioCanal key={canal.id} canal={canal} aoTerminar={terminar} />
          ) : (
            <CartaoCanal key={canal.id} canal={canal} aoEditar={() => setEditando(canal)} aoRemover={() => setRemovendo(canal)} />
          ),
        )}
      </div>
      <Dialogo
        aberto={removendo !== null}
        titulo="Remover este canal?"
        confirmar={remover.isPending ? 'Removendo…' : 'Remover'}
        perigoso
        ocupado={remover.isPending}
        aoCancelar={() => setRemovendo(null)}
        aoConfirmar={() => removendo && remover.mutate(removendo.id, { onSettled: () => setRemovendo(null) })}
      >
        <p>
          <strong>{removendo?.nome}</strong> deixa de receber alertas. Para só pausar, use “Desativar”.
        </p>
      </Dialogo>
    </>
  );
}
