/** Criar ou editar um padrão; a API valida a expressão e a mensagem aparece junto do campo. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErroApi, mensagemDeErro, type Esquemas } from '../../api/cliente';
import { useSalvarPadrao, type Padrao } from '../../api/oportunidades';
import { Campo } from '../../componentes/Campo';
import { AcoesFormulario } from '../../componentes/AcoesFormulario';

type Valores = { nome: string; expressao: string; tipo: Padrao['tipo']; ordem: string; ativo: boolean };

const valoresDe = (p: Padrao | null): Valores => ({
  nome: p?.nome ?? '',
  expressao: p?.expressao ?? '',
  tipo: p?.tipo ?? 'POSITIVO',
  ordem: String(p?.ordem ?? 100),
  ativo: p?.ativo ?? true,
});

export const AJUDA_EXPRESSAO = (
  <>
    Palavras ou frases, sem diferença de acento ou maiúscula. <code>*</code> no fim de uma palavra aceita qualquer
    final (<code>precatório*</code> também acha “precatórios”); <code>|</code> separa alternativas
    (<code>rpv* | requisição de pequeno valor</code>). Não é expressão regular.
  </>
);

interface Props {
  padrao: Padrao | null;
  aoTerminar: (salvo: Padrao | null) => void;
}

export function FormularioPadrao({ padrao, aoTerminar }: Props) {
  const original = useRef(valoresDe(padrao));
  const [valores, setValores] = useState(original.current);
  const salvar = useSalvarPadrao(padrao?.id ?? null);
  const formulario = useRef<HTMLFormElement>(null);
  const erro = salvar.error;
  const errosCampo: Partial<Record<keyof Valores, string>> = {};
  const gerais: string[] = [];
  if (erro instanceof ErroApi) {
    for (const e of erro.erros) {
      if (e.campo && e.campo in valores) errosCampo[e.campo as keyof Valores] = e.mensagem;
      else gerais.push(e.mensagem);
    }
  }

  useEffect(() => {
    if (erro) formulario.current?.querySelector<HTMLElement>('[aria-invalid="true"], .aviso')?.focus();
  }, [erro]);

  const enviar = (evento: FormEvent) => {
    evento.preventDefault();
    const ordem = /^\d+$/.test(valores.ordem.trim()) ? Number(valores.ordem) : valores.ordem;
    const completo = { ...valores, ordem: ordem as number };
    // Na edição vai só o que mudou (a API não aceita nulos nem corpo vazio).
    const corpo = padrao
      ? Object.fromEntries(Object.entries(completo).filter(([k, v]) => v !== (k === 'ordem' ? padrao.ordem : original.current[k as keyof Valores])))
      : completo;
    if (padrao && Object.keys(corpo).length === 0) return aoTerminar(null);
    salvar.mutate(corpo as Esquemas['PadraoEntrada'], { onSuccess: (salvo) => aoTerminar(salvo) });
  };
  const campo = (chave: 'nome' | 'expressao' | 'ordem') => ({
    value: valores[chave],
    erro: errosCampo[chave],
    onChange: (e: { target: { value: string } }) => setValores((v) => ({ ...v, [chave]: e.target.value })),
  });

  return (
    <form ref={formulario} className="cartao formulario formulario-padrao" onSubmit={enviar} noValidate aria-labelledby="titulo-form-padrao">
      <h2 id="titulo-form-padrao">{padrao ? `Editar “${padrao.nome}”` : 'Novo padrão'}</h2>
      {erro && (
        <div className="aviso aviso-erro" role="alert" tabIndex={-1}>
          {erro instanceof ErroApi && erro.erros.length > 0 ? 'Corrija os campos indicados.' : mensagemDeErro(erro)}
          {gerais.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      <Campo rotulo="Nome" {...campo('nome')} autoComplete="off" ajuda="Como o padrão aparece nas oportunidades e alertas." />
      <Campo rotulo="Expressão" {...campo('expressao')} autoComplete="off" spellCheck={false} className="entrada-mono" ajuda={AJUDA_EXPRESSAO} />
      <div className="grade-2">
        <div className="campo">
          <label htmlFor="padrao-tipo">Tipo</label>
          <select id="padrao-tipo" value={valores.tipo} onChange={(e) => setValores((v) => ({ ...v, tipo: e.target.value as Valores['tipo'] }))}>
            <option value="POSITIVO">Positivo — marca uma oportunidade</option>
            <option value="NEGATIVO">Negativo — cancela, numa publicação posterior do mesmo processo</option>
          </select>
          {errosCampo.tipo && <p className="campo-erro">{errosCampo.tipo}</p>}
        </div>
        <Campo rotulo="Ordem" {...campo('ordem')} inputMode="numeric" ajuda="Menor primeiro: o primeiro padrão encontrado dá nome à oportunidade." />
      </div>
      <label className="caixa">
        <input type="checkbox" checked={valores.ativo} onChange={(e) => setValores((v) => ({ ...v, ativo: e.target.checked }))} />
        Ativo
      </label>
      <p className="campo-ajuda">Salvar enfileira uma nova varredura das publicações recentes.</p>
      <AcoesFormulario className="acoes" rotulo={padrao ? 'Salvar alterações' : 'Criar padrão'} ocupado={salvar.isPending} rotuloOcupado="Salvando…" aoCancelar={() => aoTerminar(null)} />
    </form>
  );
}
