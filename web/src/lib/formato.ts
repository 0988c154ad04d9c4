/** Como datas, números e identificadores aparecem na tela: sempre pt-BR e no fuso de Brasília. */

export const FUSO = 'America/Sao_Paulo';

const dataHora = new Intl.DateTimeFormat('pt-BR', {
  timeZone: FUSO,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const soHora = new Intl.DateTimeFormat('pt-BR', { timeZone: FUSO, hour: '2-digit', minute: '2-digit' });
const relativo = new Intl.RelativeTimeFormat('pt-BR', { numeric: 'auto' });
const numero = new Intl.NumberFormat('pt-BR');

/** Instante ISO-8601 (com fuso) → "21/03/2025, 14:05" em Brasília; "—" quando não há. */
export function formatarDataHora(iso: string | null | undefined): string {
  if (!iso) return '—';
  const data = new Date(iso);
  return Number.isNaN(data.getTime()) ? '—' : dataHora.format(data);
}

export function formatarHora(iso: string): string {
  return soHora.format(new Date(iso));
}

/** Data de calendário "AAAA-MM-DD" → "21/03/2025", sem passar por fuso (não é um instante). */
export function formatarData(data: string | null | undefined): string {
  if (!data) return '—';
  const [ano, mes, dia] = data.slice(0, 10).split('-');
  return ano && mes && dia ? `${dia}/${mes}/${ano}` : data;
}

/** "há 5 minutos", "em 2 horas": para instantes próximos; datas completas no title. */
export function formatarRelativo(iso: string | null | undefined, agora: number = Date.now()): string {
  if (!iso) return '—';
  const segundos = Math.round((new Date(iso).getTime() - agora) / 1000);
  const abs = Math.abs(segundos);
  if (abs < 45) return segundos <= 0 ? 'agora há pouco' : 'em instantes';
  if (abs < 3600) return relativo.format(Math.round(segundos / 60), 'minute');
  if (abs < 86400) return relativo.format(Math.round(segundos / 3600), 'hour');
  return relativo.format(Math.round(segundos / 86400), 'day');
}

export function formatarNumero(valor: number | null | undefined): string {
  return valor === null || valor === undefined ? '—' : numero.format(valor);
}

/** Numeração única do CNJ: NNNNNNN-DD.AAAA.J.TR.OOOO; outro formato volta como veio. */
export function mascararCnj(valor: string | null | undefined): string {
  if (!valor) return 'Sem número de processo';
  const digitos = valor.replace(/\D/g, '');
  if (digitos.length !== 20) return valor;
  return `${digitos.slice(0, 7)}-${digitos.slice(7, 9)}.${digitos.slice(9, 13)}.${digitos.slice(13, 14)}.${digitos.slice(14, 16)}.${digitos.slice(16)}`;
}

/** CPF 000.000.000-00, CNPJ 00.000.000/0000-00 (também o alfanumérico); outro formato volta como veio. */
export function mascararDocumento(valor: string | null | undefined): string {
  if (!valor) return '—';
  const limpo = valor.replace(/[\s./-]/g, '').toUpperCase();
  if (/^\d{11}$/.test(limpo)) {
    return `${limpo.slice(0, 3)}.${limpo.slice(3, 6)}.${limpo.slice(6, 9)}-${limpo.slice(9)}`;
  }
  if (/^[0-9A-Z]{12}\d{2}$/.test(limpo)) {
    return `${limpo.slice(0, 2)}.${limpo.slice(2, 5)}.${limpo.slice(5, 8)}/${limpo.slice(8, 12)}-${limpo.slice(12)}`;
  }
  return valor;
}

export function plural(quantidade: number, singular: string, pluralTexto: string): string {
  return `${formatarNumero(quantidade)} ${quantidade === 1 ? singular : pluralTexto}`;
}

const diaBrasil = new Intl.DateTimeFormat('en-CA', { timeZone: FUSO, year: 'numeric', month: '2-digit', day: '2-digit' });

/** O dia de hoje em Brasília como "AAAA-MM-DD": comparável com datas de calendário da API. */
export function hojeBrasil(agora: Date = new Date()): string {
  return diaBrasil.format(agora);
}

/** A data de expiração (último dia monitorado, inclusive) já passou? */
export function expirou(dataExpiracao: string | null | undefined, hoje: string = hojeBrasil()): boolean {
  return Boolean(dataExpiracao && dataExpiracao.slice(0, 10) < hoje);
}
