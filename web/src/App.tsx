/** Estrutura de todas as páginas (cabeçalho, aviso de conexão, conteúdo) e a escolha da rota. */
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { AvisoConexao } from './componentes/AvisoConexao';
import { Carregando } from './componentes/Estados';
import { Navegacao } from './componentes/Navegacao';
import { focarTitulo } from './componentes/Titulo';
import { Alertas } from './paginas/Alertas';
import { Busca } from './paginas/Busca';
import { Monitorados } from './paginas/Monitorados';
import { NaoEncontrada } from './paginas/NaoEncontrada';
import { Painel } from './paginas/Painel';
import { PessoaDetalhe } from './paginas/PessoaDetalhe';
import { PessoaFormulario } from './paginas/PessoaFormulario';
import { casar, useLocalizacao } from './roteador';

// Páginas de gestão, menos visitadas: baixadas só quando abertas, fora do JS inicial.
const Oportunidades = lazy(() => import('./paginas/oportunidades/Oportunidades'));
const Padroes = lazy(() => import('./paginas/oportunidades/Padroes'));
const Canais = lazy(() => import('./paginas/canais/Canais'));

function escolher(caminho: string): ReactNode {
  if (caminho === '/') return <Painel />;
  if (caminho === '/monitorados') return <Monitorados />;
  if (caminho === '/monitorados/nova') return <PessoaFormulario id={null} />;
  const editar = casar('/monitorados/:id/editar', caminho);
  if (editar && /^\d+$/.test(editar.id ?? '')) return <PessoaFormulario id={Number(editar.id)} />;
  const detalhe = casar('/monitorados/:id', caminho);
  if (detalhe && /^\d+$/.test(detalhe.id ?? '')) return <PessoaDetalhe id={Number(detalhe.id)} />;
  if (caminho === '/alertas') return <Alertas />;
  if (caminho === '/busca') return <Busca />;
  if (caminho === '/oportunidades') return <Oportunidades />;
  if (caminho === '/oportunidades/padroes') return <Padroes />;
  if (caminho === '/canais') return <Canais />;
  return <NaoEncontrada />;
}

export function App() {
  const { caminho } = useLocalizacao();
  const primeira = useRef(true);
  useEffect(() => {
    // Numa troca de página o foco vai para o título novo, como um leitor de tela espera; não na carga.
    if (primeira.current) {
      primeira.current = false;
      return;
    }
    focarTitulo();
  }, [caminho]);
  return (
    <>
      <a className="pular" href="#conteudo">
        Pular para o conteúdo
      </a>
      <Navegacao />
      <AvisoConexao />
      <main id="conteudo" className="conteudo" tabIndex={-1}>
        <Suspense fallback={<Carregando texto="Abrindo a página…" />}>{escolher(caminho)}</Suspense>
      </main>
    </>
  );
}
