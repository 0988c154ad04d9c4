/** Último recurso: um erro de renderização mostra uma mensagem e um botão, nunca uma página em branco. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Estado {
  erro: Error | null;
}

export class LimiteDeErro extends Component<{ children: ReactNode }, Estado> {
  state: Estado = { erro: null };

  static getDerivedStateFromError(erro: Error): Estado {
    return { erro };
  }

  componentDidCatch(erro: Error, info: ErrorInfo): void {
    console.error('Erro de renderização', erro, info.componentStack);
  }

  render() {
    if (!this.state.erro) return this.props.children;
    return (
      <main className="conteudo">
        <div className="estado estado-erro" role="alert">
          <p className="estado-titulo">Algo deu errado nesta tela.</p>
          <p>Recarregue a página. Se o problema continuar, avise o suporte.</p>
          <button type="button" className="botao" onClick={() => window.location.reload()}>
            Recarregar
          </button>
        </div>
      </main>
    );
  }
}
