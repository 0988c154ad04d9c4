/**
 * Importação de uma planilha .xlsx: primeiro a simulação (nada gravado), depois "Confirmar importação"
 * envia o mesmo arquivo para gravar. Carregado sob demanda pela página de monitorados.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { mensagemDeErro } from '../../api/cliente';
import { useImportarPlanilha } from '../../api/importacao';
import { Aviso } from '../../componentes/Estados';
import { plural } from '../../lib/formato';
import { RelatorioImportacao } from './RelatorioImportacao';

const TIPO_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export default function PainelImportacao() {
  const idArquivo = useId();
  const idNome = useId();
  const entrada = useRef<HTMLInputElement>(null);
  const [arquivo, setArquivo] = useState<File | null>(null);
  const simulacao = useImportarPlanilha();
  const gravacao = useImportarPlanilha();
  // O arquivo que gerou a simulação na tela: é ele (e não outro escolhido depois) que a confirmação envia.
  const [simulado, setSimulado] = useState<File | null>(null);

  const escolher = (novo: File | null) => {
    setArquivo(novo);
    setSimulado(null);
    simulacao.reset();
    gravacao.reset();
  };
  const simular = (evento: FormEvent) => {
    evento.preventDefault();
    if (!arquivo) {
      entrada.current?.focus();
      return;
    }
    gravacao.reset();
    simulacao.mutate({ arquivo, simular: true }, { onSuccess: () => setSimulado(arquivo) });
  };
  const confirmar = () => {
    if (simulado) gravacao.mutate({ arquivo: simulado, simular: false });
  };

  const previa = simulacao.data;
  const aGravar = previa ? (previa.resumo.criar ?? 0) + (previa.resumo.atualizar ?? 0) : 0;
  const erro = gravacao.error ?? simulacao.error;
  const ocupado = simulacao.isPending || gravacao.isPending;

  return (
    <section id="painel-importacao" className="cartao importacao" aria-labelledby="titulo-importacao">
      <h2 id="titulo-importacao">Importar planilha</h2>
      <p className="texto-suave">
        Envie um arquivo .xlsx com uma coluna com o nome da parte (por exemplo “Parte Adversa” ou “Nome”) e, se
        quiser, CPF/CNPJ, número do processo, data do prazo, comarca, UF e tribunal. Primeiro mostramos o que
        aconteceria com cada linha; nada é gravado até você confirmar.
      </p>
      <form className="importacao-envio" onSubmit={simular}>
        <div className="campo">
          <label htmlFor={idArquivo}>Planilha (.xlsx)</label>
          {/* O botão nativo do <input type=file> fala a língua do navegador; este fala português. */}
          <input
            ref={entrada}
            id={idArquivo}
            className="so-leitor"
            tabIndex={-1}
            type="file"
            accept={`.xlsx,${TIPO_XLSX}`}
            onChange={(e) => escolher(e.target.files?.[0] ?? null)}
          />
          <div className="seletor-arquivo">
            <button type="button" className="botao botao-secundario" aria-describedby={idNome} onClick={() => entrada.current?.click()}>
              Escolher arquivo…
            </button>
            <span id={idNome} className={arquivo ? undefined : 'texto-suave'}>
              {arquivo ? arquivo.name : 'Nenhum arquivo escolhido'}
            </span>
          </div>
        </div>
        <button type="submit" className="botao" disabled={!arquivo || ocupado}>
          {simulacao.isPending ? 'Analisando…' : 'Simular importação'}
        </button>
      </form>

      {erro && (
        <Aviso tipo="erro">
          {gravacao.error ? 'A importação não foi gravada. ' : 'Não foi possível ler a planilha. '}
          {mensagemDeErro(erro)}
        </Aviso>
      )}

      {gravacao.data ? (
        <RelatorioImportacao relatorio={gravacao.data} />
      ) : (
        previa && (
          <>
            <RelatorioImportacao relatorio={previa} />
            <div className="importacao-confirmar">
              <button type="button" className="botao" onClick={confirmar} disabled={ocupado || aGravar === 0}>
                {gravacao.isPending ? 'Gravando…' : 'Confirmar importação'}
              </button>
              <span className="texto-suave">
                {aGravar === 0
                  ? 'Nada a gravar: nenhuma linha cria ou atualiza uma parte.'
                  : `Grava ${plural(aGravar, 'parte', 'partes')} de “${simulado?.name ?? ''}”; as linhas com erro ficam de fora.`}
              </span>
            </div>
          </>
        )
      )}
    </section>
  );
}
