/** Faixa fixa no topo enquanto o servidor não responde; o conteúdo já carregado continua visível. */
import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useConectado } from '../api/conexao';

export function AvisoConexao() {
  const conectado = useConectado();
  const cliente = useQueryClient();
  const caiu = useRef(false);
  useEffect(() => {
    if (!conectado) caiu.current = true;
    // Voltou: tudo o que falhou enquanto estava fora é buscado de novo, sem recarregar a página.
    else if (caiu.current) {
      caiu.current = false;
      void cliente.invalidateQueries();
    }
  }, [conectado, cliente]);
  return (
    <div className="aviso-conexao" role="status" aria-live="assertive" hidden={conectado}>
      {!conectado && (
        <>
          <strong>Sem conexão com o servidor.</strong> Os dados na tela podem estar desatualizados; tentando
          reconectar…
        </>
      )}
    </div>
  );
}
