/** Estrutura de todas as páginas (cabeçalho, aviso de conexão, conteúdo), a sessão e a escolha da rota. */
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { usePermissoes, useSessao, type Permissoes } from './api/sessao';
import { AvisoConexao } from './componentes/AvisoConexao';
import { Carregando, ErroBloco } from './componentes/Estados';
import { Navegacao } from './componentes/Navegacao';
import { focarTitulo, Titulo } from './componentes/Titulo';
import { Alertas } from './paginas/Alertas';
import { Busca } from './paginas/Busca';
import { Entrar, destinoAposEntrar, enderecoDeEntrada } from './paginas/Entrar';
import { Monitorados } from './paginas/Monitorados';
import { NaoEncontrada } from './paginas/NaoEncontrada';
import { Painel } from './paginas/Painel';
import { PessoaDetalhe } from './paginas/PessoaDetalhe';
import { PessoaFormulario } from './paginas/PessoaFormulario';
import { casar, navegar, useLocalizacao } from './roteador';

// Páginas de gestão, menos visitadas: baixadas só quando abertas, fora do JS inicial.
const Oportunidades = lazy(() => import('./paginas/oportunidades/Oportunidades'));
const Padroes = lazy(() => import('./paginas/oportunidades/Padroes'));
const Canais = lazy(() => import('./paginas/canais/Canais'));
const Tokens = lazy(() => import('./paginas/acesso/Tokens'));
const Usuarios = lazy(() => import('./paginas/acesso/Usuarios'));
const Auditoria = lazy(() => import('./paginas/acesso/Auditoria'));

function SoAdmin() {
  return (
    <>
      <Titulo>Acesso restrito</Titulo>
      <p>Esta página é só para administradores.</p>
    </>
  );
}

function escolher(caminho: string, { ehAdmin }: Permissoes): ReactNode {
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
  if (caminho === '/tokens') return <Tokens />;
  if (caminho === '/usuarios') return ehAdmin ? <Usuarios /> : <SoAdmin />;
  if (caminho === '/auditoria') return ehAdmin ? <Auditoria /> : <SoAdmin />;
  return <NaoEncontrada />;
}

/** O que vai no <main>: a verificação da sessão, o login ou a página pedida. */
function Conteudo({ caminho }: { caminho: string }) {
  const sessao = useSessao();
  const permissoes = usePermissoes();
  if (sessao.isPending) return <Carregando texto="Verificando a sessão…" />;
  if (sessao.data === undefined) {
    return <ErroBloco erro={sessao.error} aoTentar={() => void sessao.refetch()} />;
  }
  // Fora da rota certa por um instante, até o efeito de App redirecionar.
  if (sessao.data === null) return caminho === '/entrar' ? <Entrar /> : <Carregando />;
  if (caminho === '/entrar') return <Carregando />;
  return <Suspense fallback={<Carregando texto="Abrindo a página…" />}>{escolher(caminho, permissoes)}</Suspense>;
}

export function App() {
  const { caminho } = useLocalizacao();
  const usuario = useSessao().data;
  const primeira = useRef(true);
  useEffect(() => {
    // Sem sessão, toda rota leva ao login, lembrando o destino; conectado, o login leva de volta a ele.
    if (usuario === null && caminho !== '/entrar') navegar(enderecoDeEntrada(), { substituir: true });
    if (usuario && caminho === '/entrar') navegar(destinoAposEntrar(), { substituir: true });
  }, [usuario, caminho]);
  useEffect(() => {
    // Numa troca de página o foco vai para o título novo, como um leitor de tela espera; não na carga
    // nem no login, onde o foco já está no primeiro campo.
    if (primeira.current) {
      primeira.current = false;
      return;
    }
    if (caminho !== '/entrar') focarTitulo();
  }, [caminho]);
  return (
    <>
      <a className="pular" href="#conteudo">
        Pular para o conteúdo
      </a>
      <Navegacao usuario={usuario ?? null} />
      <AvisoConexao />
      <main id="conteudo" className="conteudo" tabIndex={-1}>
        <Conteudo caminho={caminho} />
      </main>
    </>
  );
}
