/** Importação de planilha: a simulação (dry run) e a gravação usam o mesmo arquivo e o mesmo relatório. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { enviarFormulario, type Esquemas } from './cliente';
import { chaves } from './consultas';

export type Relatorio = Esquemas['RelatorioImportacao'];
export type LinhaRelatorio = Esquemas['LinhaRelatorio'];

export function useImportarPlanilha() {
  const cliente = useQueryClient();
  return useMutation({
    mutationFn: ({ arquivo, simular }: { arquivo: File; simular: boolean }) => {
      const formulario = new FormData();
      formulario.append('arquivo', arquivo, arquivo.name);
      return enviarFormulario('/api/v1/importar-planilha', formulario, { dry_run: simular });
    },
    onSuccess: (relatorio) => {
      if (relatorio.dry_run) return;
      // Gravou: a lista de monitorados e os contadores do painel mudaram.
      return Promise.all([
        cliente.invalidateQueries({ queryKey: ['pessoas'] }),
        cliente.invalidateQueries({ queryKey: chaves.resumo }),
      ]);
    },
  });
}
