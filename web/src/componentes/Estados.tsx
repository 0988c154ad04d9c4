/** Os estados que toda vista tem além do conteúdo: carregando, vazio e erro. */
import type { ReactNode } from 'react';
import { ErroConexao, mensagemDeErro } from '../api/cliente';

export function Carregando({ texto = 'Carregando…' }: { texto?: string }) {
  return (
    <div className="estado estado-carregando" role="status" aria-live="polite">
      <span className="girador" aria-hidden="true" />
      {texto}
    </div>
  );
}

export function Vazio({ titulo, children }: { titulo: string; children?: ReactNode }) {
  return (
    <div className="estado estado-vazio">
      <p className="estado-titulo">{titulo}</p>
      {children}
    </div>
  );
}

export function ErroBloco({ erro, aoTentar }: { erro: unknown; aoTentar?: () => void }) {
  // Sem conexão o aviso do topo já explica; aqui basta dizer que o conteúdo não veio.
  const titulo = erro instanceof ErroConexao ? 'Não foi possível carregar agora' : 'Erro ao carregar';
  return (
    <div className="estado estado-erro" role="alert">
      <p className="estado-titulo">{titulo}</p>
      <p>{mensagemDeErro(erro)}</p>
      {aoTentar && (
        <button type="button" className="botao" onClick={aoTentar}>
          Tentar novamente
        </button>
      )}
    </div>
  );
}

/** Mensagem curta de resultado de uma ação (sucesso ou erro), anunciada a leitores de tela. */
export function Aviso({ tipo, children }: { tipo: 'sucesso' | 'erro' | 'info' | 'alerta'; children: ReactNode }) {
  return (
    <div className={`aviso aviso-${tipo}`} role={tipo === 'erro' || tipo === 'alerta' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
