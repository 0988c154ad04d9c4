import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ErroApi } from './api/cliente';
import { instalarSessao } from './api/sessao';
import { App } from './App';
import { LimiteDeErro } from './componentes/LimiteDeErro';
import './estilos/base.css';
import './estilos/layout.css';
import './estilos/componentes.css';
import './estilos/tabelas.css';
import './estilos/painel.css';
import './estilos/publicacoes.css';
import './estilos/gestao.css';
import './estilos/acesso.css';

const cliente = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5000,
      // Um 4xx não melhora repetindo; falhas de rede e 5xx ganham duas novas tentativas.
      retry: (tentativas, erro) => !(erro instanceof ErroApi && erro.status < 500) && tentativas < 2,
    },
  },
});
instalarSessao(cliente);

createRoot(document.getElementById('raiz')!).render(
  <StrictMode>
    <QueryClientProvider client={cliente}>
      <LimiteDeErro>
        <App />
      </LimiteDeErro>
    </QueryClientProvider>
  </StrictMode>,
);
