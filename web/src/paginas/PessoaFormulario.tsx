/** Cadastro e edição de uma pessoa monitorada; a validação é a da API, mostrada ao lado de cada campo. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErroApi, mensagemDeErro, type Esquemas } from '../api/cliente';
import { usePessoa, useSalvarPessoa } from '../api/consultas';
import { SO_CONSULTA, usePermissoes } from '../api/sessao';
import { Campo, CampoTexto } from '../componentes/Campo';
import { Aviso, Carregando, ErroBloco } from '../componentes/Estados';
import { Titulo } from '../componentes/Titulo';
import { Link, navegar } from '../roteador';

type Pessoa = Esquemas['PessoaSaida'];
type Valores = Record<
  'nome' | 'cpf_cnpj' | 'tribunal_filtro' | 'numero_processo' | 'variantes' | 'intervalo_minutos' | 'data_expiracao' | 'observacao',
  string
>;

function valoresDe(pessoa: Pessoa | undefined): Valores {
  const prefixo = new URLSearchParams(window.location.search);
  return {
    nome: pessoa?.nome ?? prefixo.get('nome') ?? '',
    cpf_cnpj: pessoa?.cpf_cnpj ?? '',
    tribunal_filtro: pessoa?.tribunal_filtro ?? prefixo.get('tribunal') ?? '',
    numero_processo: pessoa?.numero_processo ?? '',
    variantes: (pessoa?.variantes ?? []).join('\n'),
    intervalo_minutos: pessoa?.intervalo_minutos?.toString() ?? '',
    data_expiracao: pessoa?.data_expiracao ?? '',
    observacao: pessoa?.observacao ?? '',
  };
}

/** O corpo que a API espera: vazio vira null; número e lista convertidos; na edição, só o que mudou. */
function corpoDe(valores: Valores, original: Valores | null): Record<string, unknown> {
  const converter = (chave: keyof Valores): unknown => {
    const texto = valores[chave].trim();
    if (chave === 'variantes') return texto.split('\n').map((v) => v.trim()).filter(Boolean);
    if (texto === '') return null;
    // Número inválido vai como texto: a API devolve a mensagem certa ("deve ser um número inteiro").
    if (chave === 'intervalo_minutos') return /^\d+$/.test(texto) ? Number(texto) : texto;
    return texto;
  };
  const corpo: Record<string, unknown> = {};
  for (const chave of Object.keys(valores) as (keyof Valores)[]) {
    if (original && valores[chave].trim() === original[chave].trim()) continue;
    corpo[chave] = converter(chave);
  }
  return corpo;
}

/** "variantes[2]" → "variantes": a mensagem aparece junto do campo que a pessoa vê. */
const campoRaiz = (campo: string) => campo.split(/[.[]/)[0] ?? campo;

function Formulario({ pessoa }: { pessoa?: Pessoa }) {
  const id = pessoa?.id ?? null;
  const original = useRef(pessoa ? valoresDe(pessoa) : null);
  const [valores, setValores] = useState<Valores>(() => valoresDe(pessoa));
  const salvar = useSalvarPessoa(id);
  const { podeAlterar, dica } = usePermissoes();
  const formulario = useRef<HTMLFormElement>(null);
  const erro = salvar.error;
  const errosCampo: Partial<Record<string, string>> = {};
  const errosGerais: string[] = [];
  if (erro instanceof ErroApi) {
    for (const e of erro.erros) {
      const raiz = e.campo ? campoRaiz(e.campo) : null;
      if (raiz && raiz in valores) errosCampo[raiz] = errosCampo[raiz] ? `${errosCampo[raiz]}; ${e.mensagem}` : e.mensagem;
      else errosGerais.push(e.mensagem);
    }
  }
  const duplicada = erro instanceof ErroApi && erro.status === 409 && typeof erro.corpo.id === 'number' ? erro.corpo.id : null;

  useEffect(() => {
    // Depois de uma recusa, o foco vai para o primeiro campo com erro (ou para o resumo).
    if (!erro) return;
    const alvo = formulario.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? formulario.current?.querySelector<HTMLElement>('.aviso');
    alvo?.focus();
  }, [erro]);

  const enviar = (evento: FormEvent) => {
    evento.preventDefault();
    const corpo = corpoDe(valores, original.current);
    if (id !== null && Object.keys(corpo).length === 0) {
      navegar(`/monitorados/${id}`);
      return;
    }
    salvar.mutate(corpo as Esquemas['PessoaEntrada'], { onSuccess: (salva) => navegar(`/monitorados/${salva.id}`) });
  };
  const campo = (chave: keyof Valores) => ({
    value: valores[chave],
    erro: errosCampo[chave],
    onChange: (e: { target: { value: string } }) => setValores((v) => ({ ...v, [chave]: e.target.value })),
  });

  return (
    <form ref={formulario} className="formulario cartao" onSubmit={enviar} noValidate>
      {!podeAlterar && <Aviso tipo="info">{SO_CONSULTA}: este formulário não pode ser enviado.</Aviso>}
      {erro && (
        <div className="aviso aviso-erro" role="alert" tabIndex={-1}>
          {erro instanceof ErroApi && erro.erros.length > 0 ? 'Corrija os campos indicados.' : mensagemDeErro(erro)}
          {errosGerais.map((m) => <p key={m}>{m}</p>)}
          {duplicada !== null && (
            <p>
              <Link para={`/monitorados/${duplicada}`}>Abrir a pessoa já cadastrada</Link>
            </p>
          )}
        </div>
      )}
      <Campo rotulo="Nome da parte" {...campo('nome')} autoComplete="off" ajuda="Como aparece nas publicações; 3 a 300 caracteres." />
      <div className="grade-2">
        <Campo rotulo="CPF ou CNPJ (opcional)" {...campo('cpf_cnpj')} autoComplete="off" />
        <Campo rotulo="Tribunal (opcional)" {...campo('tribunal_filtro')} ajuda="Sigla no DJEN, ex.: TJSP, TRT2. Vazio: todos." />
      </div>
      <Campo rotulo="Processo de referência (opcional)" {...campo('numero_processo')} ajuda="Numeração CNJ, com ou sem pontuação." />
      <CampoTexto rotulo="Outras grafias do nome (opcional)" {...campo('variantes')} rows={3} ajuda="Uma por linha." />
      <div className="grade-2">
        <Campo rotulo="Intervalo entre verificações, em minutos (opcional)" {...campo('intervalo_minutos')} inputMode="numeric" ajuda="De 5 a 10080. Vazio: o intervalo padrão." />
        <Campo rotulo="Expira em (opcional)" type="date" {...campo('data_expiracao')} ajuda="Último dia de monitoramento; depois dele a parte é pausada." />
      </div>
      <CampoTexto rotulo="Observação (opcional)" {...campo('observacao')} rows={2} />
      {id !== null && original.current && valores.nome.trim() !== original.current.nome.trim() && (
        <Aviso tipo="info">Mudar o nome refaz a verificação inicial (baseline), sem gerar alertas.</Aviso>
      )}
      <div className="acoes">
        <button type="submit" className="botao" disabled={salvar.isPending || !podeAlterar} title={dica}>
          {salvar.isPending ? 'Salvando…' : id === null ? 'Cadastrar e verificar' : 'Salvar alterações'}
        </button>
        <Link para={id === null ? '/monitorados' : `/monitorados/${id}`} className="botao botao-secundario">
          Cancelar
        </Link>
      </div>
    </form>
  );
}

export function PessoaFormulario({ id }: { id: number | null }) {
  if (id === null) {
    return (
      <>
        <Titulo>Adicionar parte</Titulo>
        <p className="texto-suave">
          A primeira verificação grava o histórico existente como baseline, sem alertas; a partir daí cada nova
          publicação gera um alerta.
        </p>
        <Formulario />
      </>
    );
  }
  return <Edicao id={id} />;
}

function Edicao({ id }: { id: number }) {
  const consulta = usePessoa(id);
  return (
    <>
      <Titulo texto="Editar parte">Editar {consulta.data?.nome ?? 'parte'}</Titulo>
      {consulta.isPending && <Carregando />}
      {consulta.isError && <ErroBloco erro={consulta.error} aoTentar={() => void consulta.refetch()} />}
      {/* A chave recria o formulário se os dados chegarem de novo com outra pessoa. */}
      {consulta.data && <Formulario key={consulta.data.id} pessoa={consulta.data} />}
    </>
  );
}
