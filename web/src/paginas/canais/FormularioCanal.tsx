/** Criar um canal (escolhendo o tipo) ou editar um existente; segredos em branco são mantidos. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErroApi, mensagemDeErro, type Esquemas } from '../../api/cliente';
import { useSalvarCanal, type Canal, type TipoCanal } from '../../api/canais';
import { Campo, CampoTexto } from '../../componentes/Campo';
import { CAMPOS, OPCOES_TLS, TIPOS, configDe, errosPorCampo, textosDe, type CampoConfig, type Textos } from './camposCanal';
import { AcoesFormulario } from '../../componentes/AcoesFormulario';

interface Props {
  canal: Canal | null;
  aoTerminar: (salvo: Canal | null) => void;
}

function CampoDeConfig({ campo, valor, erro, mascara, aoMudar }: { campo: CampoConfig; valor: string; erro?: string; mascara?: string; aoMudar: (v: string) => void }) {
  const id = useId();
  const rotulo = campo.opcional ? `${campo.rotulo} (opcional)` : campo.rotulo;
  if (campo.tipo === 'tls') {
    return (
      <div className="campo">
        <label htmlFor={id}>{rotulo}</label>
        <select id={id} value={valor} onChange={(e) => aoMudar(e.target.value)}>
          {Object.entries(OPCOES_TLS).map(([v, r]) => (
            <option key={v} value={v}>
              {r}
            </option>
          ))}
        </select>
        {erro && <p className="campo-erro">{erro}</p>}
      </div>
    );
  }
  const comum = { rotulo, value: valor, erro, onChange: (e: { target: { value: string } }) => aoMudar(e.target.value) };
  if (campo.tipo === 'lista') return <CampoTexto {...comum} rows={3} ajuda={campo.ajuda} />;
  // Editando, o segredo guardado não volta da API: em branco, ele é mantido.
  const ajuda = mascara ? `Guardado: ${mascara}. Deixe em branco para manter.` : campo.ajuda;
  return (
    <Campo
      {...comum}
      type={campo.secreto ? 'password' : 'text'}
      inputMode={campo.tipo === 'numero' ? 'numeric' : undefined}
      autoComplete={campo.secreto ? 'new-password' : 'off'}
      placeholder={mascara ? 'manter o atual' : undefined}
      ajuda={ajuda}
    />
  );
}

export function FormularioCanal({ canal, aoTerminar }: Props) {
  const [tipo, setTipo] = useState<TipoCanal>(canal?.tipo ?? 'telegram');
  const [nome, setNome] = useState(canal?.nome ?? '');
  const [digest, setDigest] = useState(canal?.digest_diario ?? false);
  const original = useRef(canal ? textosDe(canal.tipo, canal.config) : null);
  const [textos, setTextos] = useState<Textos>(() => textosDe(tipo, canal?.config ?? null));
  const salvar = useSalvarCanal(canal?.id ?? null);
  const formulario = useRef<HTMLFormElement>(null);
  const { campos: erros, gerais } = errosPorCampo(salvar.error);
  const conhecidos = new Set(['nome', ...CAMPOS[tipo].map((c) => `config.${c.chave}`)]);
  const outros = [...gerais, ...Object.entries(erros).filter(([c]) => !conhecidos.has(c)).map(([, m]) => m)];

  useEffect(() => {
    if (salvar.error) formulario.current?.querySelector<HTMLElement>('[aria-invalid="true"], .aviso')?.focus();
  }, [salvar.error]);

  const trocarTipo = (novo: TipoCanal) => {
    setTipo(novo);
    setTextos(textosDe(novo, null));
    salvar.reset();
  };
  const enviar = (evento: FormEvent) => {
    evento.preventDefault();
    const config = configDe(tipo, textos, original.current);
    if (!canal) {
      const corpo: Esquemas['CanalEntrada'] = { tipo, nome: nome.trim(), digest_diario: digest, config: config ?? {} };
      salvar.mutate(corpo, { onSuccess: aoTerminar });
      return;
    }
    const corpo: Esquemas['CanalAtualizacao'] = {};
    if (nome.trim() !== canal.nome) corpo.nome = nome.trim();
    if (digest !== canal.digest_diario) corpo.digest_diario = digest;
    if (config && canal.origem === 'api') corpo.config = config;
    if (Object.keys(corpo).length === 0) return aoTerminar(null);
    salvar.mutate(corpo, { onSuccess: aoTerminar });
  };

  return (
    <form ref={formulario} className="cartao formulario" onSubmit={enviar} noValidate aria-labelledby="titulo-form-canal">
      <h2 id="titulo-form-canal">{canal ? `Editar “${canal.nome}”` : 'Novo canal'}</h2>
      {salvar.error && (
        <div className="aviso aviso-erro" role="alert" tabIndex={-1}>
          {salvar.error instanceof ErroApi && salvar.error.status === 422 ? 'Corrija os campos indicados.' : mensagemDeErro(salvar.error)}
          {outros.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      {!canal && (
        <fieldset className="modo">
          <legend>Tipo</legend>
          {Object.entries(TIPOS).map(([valor, rotulo]) => (
            <label key={valor} className="caixa">
              <input type="radio" name="tipo-canal" value={valor} checked={tipo === valor} onChange={() => trocarTipo(valor as TipoCanal)} />
              {rotulo}
            </label>
          ))}
        </fieldset>
      )}
      <Campo rotulo="Nome do canal" value={nome} onChange={(e) => setNome(e.target.value)} erro={erros.nome} autoComplete="off" ajuda="Para você reconhecê-lo, ex.: “Telegram do jurídico”." />
      {canal?.origem === 'ambiente' ? (
        <p className="texto-suave">A configuração deste canal vem das variáveis DJE_ do servidor; aqui só o nome e os alertas do dia mudam.</p>
      ) : (
        <div className="grade-2">
          {CAMPOS[tipo].map((c) => (
            <CampoDeConfig
              key={`${tipo}-${c.chave}`}
              campo={c}
              valor={textos[c.chave] ?? ''}
              erro={erros[`config.${c.chave}`]}
              mascara={c.secreto && canal ? (canal.config[c.chave] as string | undefined) : undefined}
              aoMudar={(v) => setTextos((t) => ({ ...t, [c.chave]: v }))}
            />
          ))}
        </div>
      )}
      <label className="caixa">
        <input type="checkbox" checked={digest} onChange={(e) => setDigest(e.target.checked)} />
        Alertas do dia: juntar os alertas numa só mensagem por dia
      </label>
      <AcoesFormulario rotulo={canal ? 'Salvar alterações' : 'Criar canal'} ocupado={salvar.isPending} rotuloOcupado="Salvando…" aoCancelar={() => aoTerminar(null)} />
    </form>
  );
}
