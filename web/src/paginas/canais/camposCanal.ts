/**
 * Os campos de config de cada tipo de canal (espelham ConfigTelegram/ConfigEmail/ConfigWebhook da API)
 * e a conversão entre o formulário (textos) e o JSON que a API espera.
 */
import { ErroApi } from '../../api/cliente';
import type { Canal, TipoCanal } from '../../api/canais';

export interface CampoConfig {
  chave: string;
  rotulo: string;
  ajuda?: string;
  secreto?: boolean;
  opcional?: boolean;
  tipo?: 'texto' | 'numero' | 'lista' | 'tls';
  padrao?: string;
}

export const TIPOS: Record<TipoCanal, string> = { telegram: 'Telegram', email: 'E-mail', webhook: 'Webhook' };

export const CAMPOS: Record<TipoCanal, CampoConfig[]> = {
  telegram: [
    { chave: 'bot_token', rotulo: 'Token do bot', secreto: true, ajuda: 'Do @BotFather, no formato 123456789:ABC…' },
    { chave: 'chat_id', rotulo: 'Chat', ajuda: 'Id numérico do chat (ex.: -1001234567890) ou @nome_do_canal.' },
  ],
  email: [
    { chave: 'host', rotulo: 'Servidor SMTP', ajuda: 'ex.: smtp.empresa.com.br' },
    { chave: 'porta', rotulo: 'Porta', tipo: 'numero', padrao: '587' },
    { chave: 'tls', rotulo: 'Criptografia', tipo: 'tls', padrao: 'starttls' },
    { chave: 'usuario', rotulo: 'Usuário', opcional: true },
    { chave: 'senha', rotulo: 'Senha', secreto: true, opcional: true },
    { chave: 'remetente', rotulo: 'Remetente', ajuda: 'Endereço que aparece como “De”.' },
    { chave: 'destinatarios', rotulo: 'Destinatários', tipo: 'lista', ajuda: 'Um e-mail por linha (até 20).' },
  ],
  webhook: [
    { chave: 'url', rotulo: 'URL', ajuda: 'http:// ou https://; recebe um POST em JSON por alerta.' },
    {
      chave: 'segredo',
      rotulo: 'Segredo',
      secreto: true,
      ajuda: 'Pelo menos 16 caracteres; assina cada envio (HMAC-SHA256 no cabeçalho X-DJE-Assinatura).',
    },
  ],
};

export const OPCOES_TLS = { starttls: 'STARTTLS (porta 587)', ssl: 'SSL/TLS direto (porta 465)', nenhum: 'Nenhuma (sem senha)' };

export type Textos = Record<string, string>;

/** Config da API → textos do formulário; segredos ficam vazios (a API só devolve a máscara). */
export function textosDe(tipo: TipoCanal, config: Canal['config'] | null): Textos {
  const textos: Textos = {};
  for (const c of CAMPOS[tipo]) {
    const valor = config?.[c.chave];
    if (c.secreto) textos[c.chave] = '';
    else if (Array.isArray(valor)) textos[c.chave] = valor.join('\n');
    else textos[c.chave] = valor === undefined || valor === null ? (c.padrao ?? '') : String(valor);
  }
  return textos;
}

function converter(campo: CampoConfig, texto: string): unknown {
  const limpo = texto.trim();
  if (campo.tipo === 'lista') return limpo.split(/[\n,;]+/).map((v) => v.trim()).filter(Boolean);
  // Número inválido vai como texto: a API responde com a mensagem certa.
  if (campo.tipo === 'numero') return /^\d+$/.test(limpo) ? Number(limpo) : limpo;
  return limpo;
}

/**
 * Textos → config. Na criação vai tudo o que foi preenchido. Na edição só o que mudou; um segredo em
 * branco é omitido (a API mantém o guardado); um campo opcional apagado vai como null (a API o remove).
 */
export function configDe(tipo: TipoCanal, textos: Textos, original: Textos | null): Record<string, unknown> | null {
  const config: Record<string, unknown> = {};
  for (const c of CAMPOS[tipo]) {
    const texto = textos[c.chave] ?? '';
    if (c.secreto) {
      if (texto.trim()) config[c.chave] = texto.trim();
      continue;
    }
    if (original && texto.trim() === (original[c.chave] ?? '').trim()) continue;
    if (!texto.trim()) {
      if (original) config[c.chave] = null;
      continue;
    }
    config[c.chave] = converter(c, texto);
  }
  return original && Object.keys(config).length === 0 ? null : config;
}

/**
 * Mensagens por campo ("nome", "config.bot_token"). Um erro de config vem como um só AppError com o
 * campo e o resumo "Dados inválidos — config.x: mensagem; config.y: …": cada parte vai para o seu campo.
 */
export function errosPorCampo(erro: unknown): { campos: Record<string, string>; gerais: string[] } {
  const campos: Record<string, string> = {};
  const gerais: string[] = [];
  if (!(erro instanceof ErroApi)) return { campos, gerais };
  for (const e of erro.erros) {
    const resumo = e.mensagem.match(/^Dados inválidos — (.*)$/s);
    const partes = resumo?.[1] ? resumo[1].split('; ') : [e.campo ? `${e.campo}: ${e.mensagem}` : e.mensagem];
    for (const parte of partes) {
      const achado = parte.match(/^([\w.[\]]+): (.*)$/s);
      const campo = achado?.[1]?.replace(/\[\d+\]$/, '');
      if (campo && achado?.[2]) campos[campo] = campos[campo] ? `${campos[campo]}; ${achado[2]}` : achado[2];
      else gerais.push(parte);
    }
  }
  return { campos, gerais };
}
