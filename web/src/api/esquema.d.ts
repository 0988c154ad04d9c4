// Gerado por `npm run api:gerar` a partir de web/openapi.json. Não edite à mão.
// Para atualizar: `npm run api:dump && npm run api:gerar`.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Banco e Redis respondendo */
        get: operations["saude_health_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Entra: define o cookie HttpOnly do login no navegador */
        post: operations["entrar_api_auth_login_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pessoas-monitoradas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lista as pessoas monitoradas */
        get: operations["listar_api_v1_pessoas_monitoradas_get"];
        put?: never;
        /** Cadastra uma pessoa e enfileira a verificação inicial (baseline) */
        post: operations["criar_api_v1_pessoas_monitoradas_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pessoas-monitoradas/{pessoa_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Obter */
        get: operations["obter_api_v1_pessoas_monitoradas__pessoa_id__get"];
        put?: never;
        post?: never;
        /** Remover */
        delete: operations["remover_api_v1_pessoas_monitoradas__pessoa_id__delete"];
        options?: never;
        head?: never;
        /** Altera, pausa (ativo=false) ou retoma (ativo=true); um novo nome refaz a baseline */
        patch: operations["atualizar_api_v1_pessoas_monitoradas__pessoa_id__patch"];
        trace?: never;
    };
    "/api/v1/pessoas-monitoradas/{pessoa_id}/publicacoes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Publicações da pessoa, mais recentes primeiro; agrupar=processo pagina por processo */
        get: operations["publicacoes_api_v1_pessoas_monitoradas__pessoa_id__publicacoes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pessoas-monitoradas/{pessoa_id}/verificacoes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registro das verificações da pessoa, mais recentes primeiro */
        get: operations["verificacoes_api_v1_pessoas_monitoradas__pessoa_id__verificacoes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pessoas-monitoradas/{pessoa_id}/verificar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enfileira uma verificação manual agora */
        post: operations["verificar_api_v1_pessoas_monitoradas__pessoa_id__verificar_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alertas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alertas, mais recentes primeiro */
        get: operations["listar_api_v1_alertas_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alertas/nao-lidos/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quantidade de alertas não lidos */
        get: operations["contar_nao_lidos_api_v1_alertas_nao_lidos_count_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alertas/marcar-lidos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marca como lidos: {"ids": [...]} ou {"todos": true} */
        post: operations["marcar_lidos_api_v1_alertas_marcar_lidos_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/publicacoes/{publicacao_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Uma publicação, com o texto inteiro */
        get: operations["obter_api_v1_publicacoes__publicacao_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Busca no DJEN por nome ou número de processo (até 5 páginas, agrupada por processo) */
        get: operations["buscar_api_v1_search_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sync/forcar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enfileira um ciclo de verificações agora (todas=true: inclusive as que não estão devidas) */
        post: operations["forcar_api_sync_forcar_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sync/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Filas, workers, agendador, limite do DJEN, último ciclo */
        get: operations["status_sync_api_sync_status_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/resumo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contagens, último ciclo, alertas recentes, série de 24 h */
        get: operations["resumo_api_dashboard_resumo_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/canais": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Canais de notificação, com contadores de entregas */
        get: operations["listar_api_v1_canais_get"];
        put?: never;
        /** Cria um canal */
        post: operations["criar_api_v1_canais_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/canais/{canal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Obter */
        get: operations["obter_api_v1_canais__canal_id__get"];
        put?: never;
        post?: never;
        /** Remover */
        delete: operations["remover_api_v1_canais__canal_id__delete"];
        options?: never;
        head?: never;
        /** Altera nome, ativo, digest diário ou config (segredo omitido ou mascarado: mantido) */
        patch: operations["atualizar_api_v1_canais__canal_id__patch"];
        trace?: never;
    };
    "/api/v1/canais/{canal_id}/teste": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enviar teste: manda uma mensagem agora e diz se deu certo (ou o erro) */
        post: operations["testar_api_v1_canais__canal_id__teste_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/importar-planilha": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Importa pessoas de uma planilha .xlsx; dry_run=true (padrão) só simula */
        post: operations["importar_planilha_api_v1_importar_planilha_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oportunidades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Oportunidades de crédito agrupadas por processo, mais recentes primeiro */
        get: operations["listar_api_v1_oportunidades_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oportunidades/varrer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enfileira uma varredura de oportunidades agora */
        post: operations["varrer_api_v1_oportunidades_varrer_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oportunidades/padroes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Padrões de oportunidade */
        get: operations["listar_padroes_api_v1_oportunidades_padroes_get"];
        put?: never;
        /** Cria um padrão (e enfileira uma varredura) */
        post: operations["criar_padrao_api_v1_oportunidades_padroes_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oportunidades/padroes/{padrao_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Obter Padrao */
        get: operations["obter_padrao_api_v1_oportunidades_padroes__padrao_id__get"];
        put?: never;
        post?: never;
        /** Excluir Padrao */
        delete: operations["excluir_padrao_api_v1_oportunidades_padroes__padrao_id__delete"];
        options?: never;
        head?: never;
        /** Altera um padrão (e enfileira uma varredura) */
        patch: operations["atualizar_padrao_api_v1_oportunidades_padroes__padrao_id__patch"];
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sai */
        post: operations["sair_api_auth_logout_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/eu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quem está autenticado */
        get: operations["eu_api_auth_eu_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seus tokens de API */
        get: operations["listar_tokens_api_v1_tokens_get"];
        put?: never;
        /** Cria um token de API com o seu papel; o token só é mostrado nesta resposta */
        post: operations["criar_token_api_v1_tokens_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{token_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoga um token seu */
        delete: operations["revogar_token_api_v1_tokens__token_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/usuarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Usuários (administrador) */
        get: operations["listar_usuarios_api_v1_usuarios_get"];
        put?: never;
        /** Cria um usuário (administrador) */
        post: operations["criar_usuario_api_v1_usuarios_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/usuarios/{usuario_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Altera nome, papel, senha ou desativa (ativo=false) um usuário (administrador) */
        patch: operations["atualizar_usuario_api_v1_usuarios__usuario_id__patch"];
        trace?: never;
    };
    "/api/v1/auditoria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quem criou, alterou, excluiu, importou ou forçou o quê, mais recentes primeiro */
        get: operations["listar_api_v1_auditoria_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AlertaSaida */
        AlertaSaida: {
            /** Id */
            id: number;
            /**
             * Tipo
             * @enum {string}
             */
            tipo: "NOVA_PUBLICACAO" | "PUBLICACAO_CANCELADA" | "OPORTUNIDADE_CREDITO";
            /** Lido */
            lido: boolean;
            /** Lido Em */
            lido_em: string | null;
            /**
             * Criado Em
             * Format: date-time
             */
            criado_em: string;
            /** Pessoa Id */
            pessoa_id: number;
            /** Pessoa Nome */
            pessoa_nome: string;
            publicacao: components["schemas"]["PublicacaoDoAlerta"];
        };
        /** Atualizados */
        Atualizados: {
            /** Atualizados */
            atualizados: number;
        };
        /** Body_importar_planilha_api_v1_importar_planilha_post */
        Body_importar_planilha_api_v1_importar_planilha_post: {
            /**
             * Arquivo
             * @description Planilha .xlsx (campo multipart `arquivo`)
             */
            arquivo: string;
        };
        /**
         * CanalAtualizacao
         * @description Only the fields sent change. In `config`, a secret omitted, null or sent back masked is kept.
         */
        CanalAtualizacao: {
            /** Nome */
            nome?: string | null;
            /** Ativo */
            ativo?: boolean | null;
            /** Digest Diario */
            digest_diario?: boolean | null;
            /** Config */
            config?: {
                [key: string]: unknown;
            } | null;
        };
        /** CanalEntrada */
        CanalEntrada: {
            /**
             * Tipo
             * @enum {string}
             */
            tipo: "telegram" | "email" | "webhook";
            /** Nome */
            nome: string;
            /**
             * Ativo
             * @default true
             */
            ativo?: boolean;
            /**
             * Digest Diario
             * @description Agrupa os alertas numa só mensagem por dia
             * @default false
             */
            digest_diario?: boolean;
            /**
             * Config
             * @description telegram: {bot_token, chat_id}; email: {host, porta, usuario, senha, remetente, destinatarios, tls: starttls|ssl|nenhum}; webhook: {url, segredo (16+ caracteres)}
             */
            config: {
                [key: string]: unknown;
            };
        };
        /** CanalSaida */
        CanalSaida: {
            /** Id */
            id: number;
            /**
             * Tipo
             * @enum {string}
             */
            tipo: "telegram" | "email" | "webhook";
            /** Nome */
            nome: string;
            /** Ativo */
            ativo: boolean;
            /** Digest Diario */
            digest_diario: boolean;
            /**
             * Origem
             * @description ambiente: configurado por variáveis DJE_
             * @enum {string}
             */
            origem: "api" | "ambiente";
            /** Desativado Motivo */
            desativado_motivo: string | null;
            /** Falhas Consecutivas */
            falhas_consecutivas: number;
            /** Ultimo Erro */
            ultimo_erro: string | null;
            /**
             * Config
             * @description Segredos mascarados (••••••••)
             */
            config: {
                [key: string]: unknown;
            };
            /** Entregas Pendentes */
            entregas_pendentes: number;
            /** Entregas Enviadas */
            entregas_enviadas: number;
            /** Entregas Falharam */
            entregas_falharam: number;
            /** Ultimo Envio Em */
            ultimo_envio_em: string | null;
            /**
             * Criado Em
             * Format: date-time
             */
            criado_em: string;
            /**
             * Atualizado Em
             * Format: date-time
             */
            atualizado_em: string;
        };
        /** Cancelamento */
        Cancelamento: {
            /** Publicacao Id */
            publicacao_id: number;
            /**
             * Data Disponibilizacao
             * Format: date
             */
            data_disponibilizacao: string;
            /** Padrao Id */
            padrao_id: number;
            /** Padrao Nome */
            padrao_nome: string;
        };
        /** Contagens */
        Contagens: {
            /**
             * Pessoas
             * @description Pessoas monitoradas (não removidas)
             */
            pessoas: number;
            /** Ativas */
            ativas: number;
            /** Baseline Pendente */
            baseline_pendente: number;
            /**
             * Com Erro
             * @description Pessoas cuja última verificação falhou
             */
            com_erro: number;
            /** Publicacoes */
            publicacoes: number;
            /** Alertas Nao Lidos */
            alertas_nao_lidos: number;
            /** Alertas 24H */
            alertas_24h: number;
        };
        /** Credenciais */
        Credenciais: {
            /** Login */
            login: string;
            /** Senha */
            senha: string;
        };
        /** EstadoAgendador */
        EstadoAgendador: {
            /** Habilitado */
            habilitado: boolean;
            /** Intervalo Minutos */
            intervalo_minutos: number;
            /** Lider */
            lider?: string | null;
            /** Proxima Execucao */
            proxima_execucao?: string | null;
            /** Ultimo Tick */
            ultimo_tick?: string | null;
        };
        /** EstadoFila */
        EstadoFila: {
            /**
             * Pendentes
             * @description Mensagens prontas, aguardando um worker
             */
            pendentes: number;
            /**
             * Em Execucao
             * @description Mensagens entregues a um worker e ainda não concluídas
             */
            em_execucao: number;
            /**
             * Adiadas
             * @description Mensagens com atraso (novas tentativas com backoff)
             */
            adiadas: number;
            /**
             * Mortas
             * @description Mensagens que esgotaram as tentativas (guardadas por 7 dias)
             */
            mortas: number;
        };
        /** EstadoRedis */
        EstadoRedis: {
            /** Ok */
            ok: boolean;
            /** Erro */
            erro?: string | null;
        };
        /** EstadoWorkers */
        EstadoWorkers: {
            /**
             * Ativos
             * @description Processos que falaram com o broker dentro do heartbeat (workers; inclui outras réplicas da API que enfileiraram há pouco)
             */
            ativos: number;
        };
        /** GrupoBusca */
        GrupoBusca: {
            /** Numero Processo */
            numero_processo: string | null;
            /** Publicacoes */
            publicacoes: components["schemas"]["PublicacaoBusca"][];
            /** Numero Processo Mascara */
            readonly numero_processo_mascara: string | null;
        };
        /** GrupoOportunidades */
        GrupoOportunidades: {
            /** Numero Processo */
            numero_processo: string | null;
            /** Oportunidades */
            oportunidades: components["schemas"]["OportunidadeSaida"][];
            /** Numero Processo Mascara */
            readonly numero_processo_mascara: string | null;
        };
        /** GrupoProcesso */
        GrupoProcesso: {
            /** Numero Processo */
            numero_processo: string | null;
            /** Publicacoes */
            publicacoes: components["schemas"]["PublicacaoResumo"][];
            /** Numero Processo Mascara */
            readonly numero_processo_mascara: string | null;
        };
        /** LinhaRelatorio */
        LinhaRelatorio: {
            /**
             * Linha
             * @description Número da linha na planilha, como o Excel mostra
             */
            linha: number;
            /**
             * Nome
             * @description Nome da parte como será gravado (ou como veio, se inválido)
             */
            nome: string | null;
            /**
             * Acao
             * @description criar, atualizar, ignorar ou erro (linha não gravada)
             * @enum {string}
             */
            acao: "criar" | "atualizar" | "ignorar" | "erro";
            /** Motivo */
            motivo?: string | null;
            /**
             * Pessoa Id
             * @description Pessoa criada, atualizada ou já existente
             */
            pessoa_id?: number | null;
        };
        /**
         * MarcarLidos
         * @description Either the ids to mark, or `todos: true` (optionally only one party's). Never both, never neither.
         */
        MarcarLidos: {
            /** Ids */
            ids?: number[] | null;
            /**
             * Todos
             * @default false
             */
            todos?: boolean;
            /**
             * Pessoa Id
             * @description Com todos=true: só os alertas desta pessoa
             */
            pessoa_id?: number | null;
        };
        /** Mensagem */
        Mensagem: {
            /** Mensagem */
            mensagem: string;
        };
        /** OportunidadeSaida */
        OportunidadeSaida: {
            /** Id */
            id: number;
            /**
             * Situacao
             * @enum {string}
             */
            situacao: "ativa" | "cancelada";
            /** Pessoa Id */
            pessoa_id: number;
            /** Pessoa Nome */
            pessoa_nome: string;
            /**
             * Padrao Id
             * @description O padrão positivo principal (menor ordem) encontrado no texto
             */
            padrao_id: number;
            /** Padrao Nome */
            padrao_nome: string;
            /**
             * Trecho
             * @description O texto em volta da ocorrência do padrão principal
             */
            trecho: string;
            publicacao: components["schemas"]["PublicacaoDaOportunidade"];
            /** @description A publicação posterior com um padrão negativo; null se ativa ou se cancelada no DJEN */
            cancelada_por: components["schemas"]["Cancelamento"] | null;
            /**
             * Alerta Id
             * @description O alerta OPORTUNIDADE_CREDITO, se já levantado
             */
            alerta_id: number | null;
            /**
             * Detectada Em
             * Format: date-time
             */
            detectada_em: string;
        };
        /**
         * PadraoAtualizacao
         * @description Only the fields sent change; none of them may be null.
         */
        PadraoAtualizacao: {
            /** Nome */
            nome?: string | null;
            /** Expressao */
            expressao?: string | null;
            /** Tipo */
            tipo?: ("POSITIVO" | "NEGATIVO") | null;
            /** Ordem */
            ordem?: number | null;
            /** Ativo */
            ativo?: boolean | null;
        };
        /** PadraoEntrada */
        PadraoEntrada: {
            /** Nome */
            nome: string;
            /**
             * Expressao
             * @description Palavras ou frases sem acento/maiúscula obrigatórios; * no fim de uma palavra é curinga ("precatório*"); | separa alternativas ("rpv* | requisição de pequeno valor"). Não é regex.
             */
            expressao: string;
            /**
             * Tipo
             * @description POSITIVO marca uma oportunidade; NEGATIVO, numa publicação posterior, a cancela
             * @enum {string}
             */
            tipo: "POSITIVO" | "NEGATIVO";
            /**
             * Ordem
             * @description Menor primeiro: define o padrão principal
             * @default 100
             */
            ordem?: number;
            /**
             * Ativo
             * @default true
             */
            ativo?: boolean;
        };
        /** PadraoSaida */
        PadraoSaida: {
            /** Id */
            id: number;
            /** Nome */
            nome: string;
            /** Expressao */
            expressao: string;
            /**
             * Tipo
             * @enum {string}
             */
            tipo: "POSITIVO" | "NEGATIVO";
            /** Ordem */
            ordem: number;
            /** Ativo */
            ativo: boolean;
            /**
             * Criado Em
             * Format: date-time
             */
            criado_em: string;
        };
        /** Pagina[AlertaSaida] */
        Pagina_AlertaSaida_: {
            /** Itens */
            itens: components["schemas"]["AlertaSaida"][];
            /** Total */
            total: number;
            /** Pagina */
            pagina: number;
            /** Por Pagina */
            por_pagina: number;
        };
        /** Pagina[GrupoOportunidades] */
        Pagina_GrupoOportunidades_: {
            /** Itens */
            itens: components["schemas"]["GrupoOportunidades"][];
            /** Total */
            total: number;
            /** Pagina */
            pagina: number;
            /** Por Pagina */
            por_pagina: number;
        };
        /** Pagina[GrupoProcesso] */
        Pagina_GrupoProcesso_: {
            /** Itens */
            itens: components["schemas"]["GrupoProcesso"][];
            /** Total */
            total: number;
            /** Pagina */
            pagina: number;
            /** Por Pagina */
            por_pagina: number;
        };
        /** Pagina[PadraoSaida] */
        Pagina_PadraoSaida_: {
            /** Itens */
            itens: components["schemas"]["PadraoSaida"][];
            /** Total */
            total: number;
            /** Pagina */
            pagina: number;
            /** Por Pagina */
            por_pagina: number;
        };
        /** Pagina[PessoaSaida] */
        Pagina_PessoaSaida_: {
            /** Itens */
            itens: components["schemas"]["PessoaSaida"][];
            /** Total */
            total: number;
            /** Pagina */
            pagina: number;
            /** Por Pagina */
            por_pagina: number;
        };
        /** Pagina[PublicacaoResumo] */
        Pagina_PublicacaoResumo_: {
            /** Itens */
            itens: components["schemas"]["PublicacaoResumo"][];
            /** Total */
            total: number;
            /** Pagina */
            pagina: number;
            /** Por Pagina */
            por_pagina: number;
        };
        /** Pagina[RegistroSaida] */
        Pagina_RegistroSaida_: {
            /** Itens */
            itens: components["schemas"]["RegistroSaida"][];
            /** Total */
            total: number;
            /** Pagina */
            pagina: number;
            /** Por Pagina */
            por_pagina: number;
        };
        /** Pagina[UsuarioSaida] */
        Pagina_UsuarioSaida_: {
            /** Itens */
            itens: components["schemas"]["UsuarioSaida"][];
            /** Total */
            total: number;
            /** Pagina */
            pagina: number;
            /** Por Pagina */
            por_pagina: number;
        };
        /** Pagina[VerificacaoSaida] */
        Pagina_VerificacaoSaida_: {
            /** Itens */
            itens: components["schemas"]["VerificacaoSaida"][];
            /** Total */
            total: number;
            /** Pagina */
            pagina: number;
            /** Por Pagina */
            por_pagina: number;
        };
        /**
         * PessoaAtualizacao
         * @description Only the fields sent change; `null` clears an optional field.
         */
        PessoaAtualizacao: {
            /** Nome */
            nome?: string | null;
            /** Cpf Cnpj */
            cpf_cnpj?: string | null;
            /** Tribunal Filtro */
            tribunal_filtro?: string | null;
            /** Numero Processo */
            numero_processo?: string | null;
            /** Variantes */
            variantes?: string[] | null;
            /** Intervalo Minutos */
            intervalo_minutos?: number | null;
            /** Data Expiracao */
            data_expiracao?: string | null;
            /** Observacao */
            observacao?: string | null;
            /** Comarca */
            comarca?: string | null;
            /** Uf */
            uf?: string | null;
            /** Data Prazo */
            data_prazo?: string | null;
            /**
             * Ativo
             * @description false pausa o monitoramento; true o retoma
             */
            ativo?: boolean | null;
        };
        /** PessoaEntrada */
        PessoaEntrada: {
            /**
             * Nome
             * @description Nome da parte (3 a 300 caracteres)
             */
            nome: string;
            /**
             * Cpf Cnpj
             * @description CPF ou CNPJ (inclusive alfanumérico), com ou sem pontuação
             */
            cpf_cnpj?: string | null;
            /**
             * Tribunal Filtro
             * @description Sigla do tribunal no DJEN, ex.: TJSP, TRT2, TRE-SP
             */
            tribunal_filtro?: string | null;
            /**
             * Numero Processo
             * @description Processo de referência (numeração CNJ)
             */
            numero_processo?: string | null;
            /**
             * Variantes
             * @description Outras grafias do nome
             */
            variantes?: string[];
            /**
             * Intervalo Minutos
             * @description Intervalo próprio entre verificações (5 a 10080)
             */
            intervalo_minutos?: number | null;
            /**
             * Data Expiracao
             * @description Último dia de monitoramento (inclusive)
             */
            data_expiracao?: string | null;
            /** Observacao */
            observacao?: string | null;
            /**
             * Comarca
             * @description Comarca do processo
             */
            comarca?: string | null;
            /**
             * Uf
             * @description UF do processo (sigla ou nome do estado)
             */
            uf?: string | null;
            /**
             * Data Prazo
             * @description Data do prazo (informativa; a importação deriva dela a expiração)
             */
            data_prazo?: string | null;
        };
        /** PessoaSaida */
        PessoaSaida: {
            /** Id */
            id: number;
            /** Nome */
            nome: string;
            /** Cpf Cnpj */
            cpf_cnpj: string | null;
            /** Tribunal Filtro */
            tribunal_filtro: string | null;
            /** Numero Processo */
            numero_processo: string | null;
            /** Variantes */
            variantes: string[];
            /** Ativo */
            ativo: boolean;
            /** Intervalo Minutos */
            intervalo_minutos: number | null;
            /** Data Expiracao */
            data_expiracao: string | null;
            /** Observacao */
            observacao: string | null;
            /** Comarca */
            comarca?: string | null;
            /** Uf */
            uf?: string | null;
            /** Data Prazo */
            data_prazo?: string | null;
            /** Baseline Concluido Em */
            baseline_concluido_em: string | null;
            /**
             * Situacao Baseline
             * @enum {string}
             */
            situacao_baseline: "pendente" | "concluida";
            /** Ultimo Check */
            ultimo_check: string | null;
            /** Proximo Check */
            proximo_check: string | null;
            /** Ultimo Erro */
            ultimo_erro: string | null;
            /** Falhas Consecutivas */
            falhas_consecutivas: number;
            /**
             * Criado Em
             * Format: date-time
             */
            criado_em: string;
            /** Total Publicacoes */
            total_publicacoes: number;
            /** Alertas Nao Lidos */
            alertas_nao_lidos: number;
        };
        /** PontoHora */
        PontoHora: {
            /**
             * Hora
             * Format: date-time
             * @description Início da hora (UTC)
             */
            hora: string;
            /** Verificacoes Sucesso */
            verificacoes_sucesso: number;
            /** Verificacoes Falha */
            verificacoes_falha: number;
            /** Novos Alertas */
            novos_alertas: number;
        };
        /** PublicacaoBusca */
        PublicacaoBusca: {
            /**
             * Id
             * @description Id da comunicação no DJEN
             */
            id: number;
            /**
             * Data Disponibilizacao
             * Format: date
             */
            data_disponibilizacao: string;
            /** Sigla Tribunal */
            sigla_tribunal: string | null;
            /** Tipo Comunicacao */
            tipo_comunicacao: string | null;
            /** Nome Orgao */
            nome_orgao: string | null;
            /** Tipo Documento */
            tipo_documento: string | null;
            /** Nome Classe */
            nome_classe: string | null;
            /** Link */
            link: string | null;
            /** Ativo */
            ativo: boolean;
            /** Motivo Cancelamento */
            motivo_cancelamento: string | null;
            /**
             * Destinatarios
             * @description Nomes das partes destinatárias
             */
            destinatarios: string[];
            /** Texto */
            texto: string;
        };
        /** PublicacaoDaOportunidade */
        PublicacaoDaOportunidade: {
            /** Numero Processo */
            numero_processo: string | null;
            /** Id */
            id: number;
            /**
             * Data Disponibilizacao
             * Format: date
             */
            data_disponibilizacao: string;
            /** Sigla Tribunal */
            sigla_tribunal: string | null;
            /** Tipo Comunicacao */
            tipo_comunicacao: string | null;
            /** Link */
            link: string | null;
            /**
             * Ativo
             * @description false: comunicação cancelada no DJEN (a oportunidade fica cancelada)
             */
            ativo: boolean;
            /** Numero Processo Mascara */
            readonly numero_processo_mascara: string | null;
        };
        /** PublicacaoDetalhe */
        PublicacaoDetalhe: {
            /** Numero Processo */
            numero_processo: string | null;
            /** Id */
            id: number;
            /** Hash */
            hash: string | null;
            /**
             * Data Disponibilizacao
             * Format: date
             */
            data_disponibilizacao: string;
            /** Sigla Tribunal */
            sigla_tribunal: string | null;
            /** Tipo Comunicacao */
            tipo_comunicacao: string | null;
            /** Nome Orgao */
            nome_orgao: string | null;
            /** Meio */
            meio: string | null;
            /** Link */
            link: string | null;
            /** Tipo Documento */
            tipo_documento: string | null;
            /** Nome Classe */
            nome_classe: string | null;
            /** Codigo Classe */
            codigo_classe: string | null;
            /** Numero Comunicacao */
            numero_comunicacao: number | null;
            /** Ativo */
            ativo: boolean;
            /** Motivo Cancelamento */
            motivo_cancelamento: string | null;
            /** Data Cancelamento */
            data_cancelamento: string | null;
            /** Destinatarios */
            destinatarios: {
                [key: string]: unknown;
            }[];
            /** Advogados */
            advogados: {
                [key: string]: unknown;
            }[];
            /** Texto */
            texto: string;
            /**
             * Criado Em
             * Format: date-time
             */
            criado_em: string;
            /**
             * Atualizado Em
             * Format: date-time
             */
            atualizado_em: string;
            /** Numero Processo Mascara */
            readonly numero_processo_mascara: string | null;
        };
        /** PublicacaoDoAlerta */
        PublicacaoDoAlerta: {
            /** Numero Processo */
            numero_processo: string | null;
            /** Id */
            id: number;
            /**
             * Data Disponibilizacao
             * Format: date
             */
            data_disponibilizacao: string;
            /** Sigla Tribunal */
            sigla_tribunal: string | null;
            /** Tipo Comunicacao */
            tipo_comunicacao: string | null;
            /**
             * Resumo
             * @description Início do texto (300 caracteres)
             */
            resumo: string;
            /** Link */
            link: string | null;
            /** Ativo */
            ativo: boolean;
            /** Numero Processo Mascara */
            readonly numero_processo_mascara: string | null;
        };
        /** PublicacaoResumo */
        PublicacaoResumo: {
            /** Numero Processo */
            numero_processo: string | null;
            /**
             * Id
             * @description Id da comunicação no DJEN
             */
            id: number;
            /**
             * Data Disponibilizacao
             * Format: date
             */
            data_disponibilizacao: string;
            /** Sigla Tribunal */
            sigla_tribunal: string | null;
            /** Tipo Comunicacao */
            tipo_comunicacao: string | null;
            /** Nome Orgao */
            nome_orgao: string | null;
            /** Link */
            link: string | null;
            /** Tipo Documento */
            tipo_documento: string | null;
            /** Nome Classe */
            nome_classe: string | null;
            /**
             * Ativo
             * @description false: comunicação cancelada no DJEN
             */
            ativo: boolean;
            /** Motivo Cancelamento */
            motivo_cancelamento: string | null;
            /** Data Cancelamento */
            data_cancelamento: string | null;
            /** Destinatarios */
            destinatarios: {
                [key: string]: unknown;
            }[];
            /**
             * Resumo
             * @description Início do texto (300 caracteres)
             */
            resumo: string;
            /**
             * Baseline
             * @description Encontrada na verificação inicial (histórico, sem alerta)
             */
            baseline: boolean;
            /**
             * Vinculado Em
             * Format: date-time
             */
            vinculado_em: string;
            /** Numero Processo Mascara */
            readonly numero_processo_mascara: string | null;
        };
        /** RegistroSaida */
        RegistroSaida: {
            /** Id */
            id: number;
            /**
             * Em
             * Format: date-time
             */
            em: string;
            /** Usuario Id */
            usuario_id: number | null;
            /**
             * Ator
             * @description Login de quem agiu, DJE_API_TOKEN, terminal ou sistema
             */
            ator: string;
            /**
             * Acao
             * @enum {string}
             */
            acao: "CRIAR" | "ALTERAR" | "EXCLUIR" | "IMPORTAR" | "SINCRONIZAR" | "VERIFICAR" | "LOGIN" | "LOGIN_FALHOU" | "LOGOUT";
            /** Recurso */
            recurso: string;
            /** Recurso Id */
            recurso_id: string | null;
            /** Resumo */
            resumo: string;
            /** Ip */
            ip: string | null;
        };
        /** RelatorioImportacao */
        RelatorioImportacao: {
            /**
             * Dry Run
             * @description true: simulação, nada foi gravado
             */
            dry_run: boolean;
            /**
             * Aba
             * @description Aba da planilha lida
             */
            aba: string;
            /** Linha Cabecalho */
            linha_cabecalho: number;
            /**
             * Colunas
             * @description Campo -> cabeçalho reconhecido na planilha
             */
            colunas: {
                [key: string]: string;
            };
            /** Colunas Ignoradas */
            colunas_ignoradas: string[];
            /**
             * Total Linhas
             * @description Linhas de dados lidas (linhas em branco não contam)
             */
            total_linhas: number;
            resumo: components["schemas"]["ResumoImportacao"];
            /**
             * Verificacoes Iniciais
             * @description Verificações iniciais (baseline) que a importação exige: pessoas criadas e renomeadas
             */
            verificacoes_iniciais: number;
            /**
             * Verificacoes Enfileiradas
             * @description Quantas delas já foram enfileiradas
             * @default 0
             */
            verificacoes_enfileiradas?: number;
            /** Mensagem */
            mensagem: string;
            /**
             * Aviso
             * @description Algo a saber mesmo com a importação gravada
             */
            aviso?: string | null;
            /** Linhas */
            linhas: components["schemas"]["LinhaRelatorio"][];
        };
        /**
         * ResultadoBuscaSaida
         * @description The page counts processes (groups); `total_publicacoes` counts communications.
         */
        ResultadoBuscaSaida: {
            /** Itens */
            itens: components["schemas"]["GrupoBusca"][];
            /** Total */
            total: number;
            /** Pagina */
            pagina: number;
            /** Por Pagina */
            por_pagina: number;
            /** Total Publicacoes */
            total_publicacoes: number;
            /**
             * Truncado
             * @description true: a busca parou no limite de páginas; restrinja o período ou tribunal
             */
            truncado: boolean;
            /** Motivo Truncamento */
            motivo_truncamento: string | null;
            /**
             * Requisicoes
             * @description Requisições feitas ao DJEN (0 quando veio do cache)
             */
            requisicoes: number;
        };
        /** ResultadoTeste */
        ResultadoTeste: {
            /** Sucesso */
            sucesso: boolean;
            /** Mensagem */
            mensagem: string;
            /** Duracao Ms */
            duracao_ms: number;
        };
        /** ResumoCiclo */
        ResumoCiclo: {
            /** Id */
            id: number;
            /** Origem */
            origem: string;
            /**
             * Iniciado Em
             * Format: date-time
             */
            iniciado_em: string;
            /** Pessoas Enfileiradas */
            pessoas_enfileiradas: number;
            /**
             * Enfileirado Em
             * @description Quando o agendador terminou de enfileirar; nulo enquanto ainda enfileira
             */
            enfileirado_em: string | null;
            /**
             * Pessoas Verificadas
             * @description Pessoas com verificação concluída com sucesso neste ciclo
             */
            pessoas_verificadas: number;
            /**
             * Pessoas Com Falha
             * @description Pessoas com alguma tentativa falha neste ciclo
             */
            pessoas_com_falha: number;
            /** Em Andamento */
            em_andamento: number;
            /** Novos Alertas */
            novos_alertas: number;
            /** Ultimo Concluido Em */
            ultimo_concluido_em: string | null;
            /**
             * Duracao Segundos
             * @description Do início do ciclo à última verificação concluída
             */
            duracao_segundos: number | null;
        };
        /** ResumoDashboard */
        ResumoDashboard: {
            contagens: components["schemas"]["Contagens"];
            ultimo_ciclo: components["schemas"]["ResumoCiclo"] | null;
            /** Ultimos Alertas */
            ultimos_alertas: components["schemas"]["AlertaSaida"][];
            /**
             * Serie 24H
             * @description 24 pontos, da hora mais antiga à atual
             */
            serie_24h: components["schemas"]["PontoHora"][];
        };
        /** ResumoImportacao */
        ResumoImportacao: {
            /**
             * Criar
             * @default 0
             */
            criar?: number;
            /**
             * Atualizar
             * @default 0
             */
            atualizar?: number;
            /**
             * Ignorar
             * @default 0
             */
            ignorar?: number;
            /**
             * Erro
             * @default 0
             */
            erro?: number;
        };
        /** Saude */
        Saude: {
            /** Status */
            status: string;
            /** Banco */
            banco: string;
            /** Redis */
            redis: string;
        };
        /** StatusSync */
        StatusSync: {
            redis: components["schemas"]["EstadoRedis"];
            /** Filas */
            filas: {
                [key: string]: components["schemas"]["EstadoFila"];
            } | null;
            workers: components["schemas"]["EstadoWorkers"] | null;
            agendador: components["schemas"]["EstadoAgendador"];
            /**
             * Limitador
             * @description Estado do limite global de requisições ao DJEN
             */
            limitador: {
                [key: string]: unknown;
            } | null;
            ultimo_ciclo: components["schemas"]["ResumoCiclo"] | null;
        };
        /** TokenCriado */
        TokenCriado: {
            /** Id */
            id: number;
            /** Nome */
            nome: string;
            /**
             * Prefixo
             * @description Início do token, para reconhecê-lo
             */
            prefixo: string;
            /**
             * Criado Em
             * Format: date-time
             */
            criado_em: string;
            /** Ultimo Uso Em */
            ultimo_uso_em: string | null;
            /** Expira Em */
            expira_em: string | null;
            /**
             * Token
             * @description O token inteiro, mostrado só agora: use em `Authorization: Bearer …`
             */
            token: string;
        };
        /** TokenEntrada */
        TokenEntrada: {
            /**
             * Nome
             * @description Para que serve o token (ex. integração do ERP)
             */
            nome: string;
            /**
             * Validade Dias
             * @description Vazio: não expira
             */
            validade_dias?: number | null;
        };
        /** TokenSaida */
        TokenSaida: {
            /** Id */
            id: number;
            /** Nome */
            nome: string;
            /**
             * Prefixo
             * @description Início do token, para reconhecê-lo
             */
            prefixo: string;
            /**
             * Criado Em
             * Format: date-time
             */
            criado_em: string;
            /** Ultimo Uso Em */
            ultimo_uso_em: string | null;
            /** Expira Em */
            expira_em: string | null;
        };
        /** Total */
        Total: {
            /** Total */
            total: number;
        };
        /** UsuarioAtualizacao */
        UsuarioAtualizacao: {
            /** Nome */
            nome?: string | null;
            /** Papel */
            papel?: ("admin" | "operador" | "leitor") | null;
            /** Ativo */
            ativo?: boolean | null;
            /**
             * Senha
             * @description Nova senha; encerra os logins abertos do usuário
             */
            senha?: string | null;
        };
        /** UsuarioEntrada */
        UsuarioEntrada: {
            /**
             * Login
             * @description 3 a 100 caracteres: letras minúsculas, dígitos, ponto, _, @ ou -
             */
            login: string;
            /** Nome */
            nome: string;
            /**
             * Senha
             * @description Ao menos 10 caracteres
             */
            senha: string;
            /**
             * Papel
             * @default leitor
             * @enum {string}
             */
            papel?: "admin" | "operador" | "leitor";
        };
        /** UsuarioSaida */
        UsuarioSaida: {
            /** Id */
            id: number;
            /** Login */
            login: string;
            /** Nome */
            nome: string;
            /**
             * Papel
             * @enum {string}
             */
            papel: "admin" | "operador" | "leitor";
            /** Ativo */
            ativo: boolean;
            /**
             * Criado Em
             * Format: date-time
             */
            criado_em: string;
            /** Ultimo Acesso Em */
            ultimo_acesso_em: string | null;
        };
        /** VerificacaoEnfileirada */
        VerificacaoEnfileirada: {
            /** Mensagem */
            mensagem: string;
            /** Enfileirada */
            enfileirada: boolean;
        };
        /** VerificacaoSaida */
        VerificacaoSaida: {
            /** Id */
            id: number;
            /** Ciclo Id */
            ciclo_id: number | null;
            /** Tipo */
            tipo: string;
            /** Status */
            status: string;
            /** Janela Inicio */
            janela_inicio: string | null;
            /** Janela Fim */
            janela_fim: string | null;
            /** Paginas */
            paginas: number;
            /** Requisicoes */
            requisicoes: number;
            /** Itens Recebidos */
            itens_recebidos: number;
            /** Novos Vinculos */
            novos_vinculos: number;
            /** Novos Alertas */
            novos_alertas: number;
            /** Truncado */
            truncado: boolean;
            /** Erro */
            erro: string | null;
            /**
             * Iniciado Em
             * Format: date-time
             */
            iniciado_em: string;
            /** Concluido Em */
            concluido_em: string | null;
            /** Duracao Ms */
            duracao_ms: number | null;
        };
        /** ErroCampo */
        ErroCampo: {
            /**
             * Campo
             * @description O campo (ex.: nome, config.url); null: o corpo inteiro
             */
            campo: string | null;
            /** Mensagem */
            mensagem: string;
        };
        /**
         * Erro
         * @description Every error response of the API.
         */
        Erro: {
            /**
             * Detail
             * @description O que deu errado, em português, pronto para mostrar
             */
            detail: string;
            /**
             * Campo
             * @description O campo que causou o erro, quando há um só
             * @default null
             */
            campo?: string | null;
            /**
             * Erros
             * @description Num 422 de validação: um item por campo
             * @default null
             */
            erros?: components["schemas"]["ErroCampo"][] | null;
            /**
             * Id
             * @description Num 409 de pessoa duplicada: a pessoa que já existe
             * @default null
             */
            id?: number | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    saude_health_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Saude"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Saude"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    entrar_api_auth_login_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Credenciais"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsuarioSaida"];
                };
            };
            /** @description Login ou senha incorretos */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Tentativas demais */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    listar_api_v1_pessoas_monitoradas_get: {
        parameters: {
            query?: {
                /** @description Trecho do nome (sem diferenciar acentos) */
                q?: string | null;
                cpf_cnpj?: string | null;
                tribunal?: string | null;
                ativo?: boolean | null;
                /** @description pendente ou concluida (aceita concluída) */
                baseline?: ("pendente" | "concluida") | null;
                /** @description true: só as que falharam na última verificação */
                com_erro?: boolean | null;
                /** @description true: só as com data de expiração já passada; false: sem expiração ou a vencer */
                expirada?: boolean | null;
                /** @description Página, a partir de 1 */
                pagina?: number;
                /** @description Itens por página (máximo 200) */
                por_pagina?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pagina_PessoaSaida_"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    criar_api_v1_pessoas_monitoradas_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PessoaEntrada"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PessoaSaida"];
                };
            };
            /** @description Já existe uma pessoa com a mesma identidade; `id` a indica */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Fila indisponível; nada foi gravado */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    obter_api_v1_pessoas_monitoradas__pessoa_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pessoa_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PessoaSaida"];
                };
            };
            /** @description Pessoa monitorada não encontrada */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    remover_api_v1_pessoas_monitoradas__pessoa_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pessoa_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Pessoa monitorada não encontrada */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    atualizar_api_v1_pessoas_monitoradas__pessoa_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pessoa_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PessoaAtualizacao"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PessoaSaida"];
                };
            };
            /** @description Pessoa monitorada não encontrada */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Já existe uma pessoa com a mesma identidade; `id` a indica */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    publicacoes_api_v1_pessoas_monitoradas__pessoa_id__publicacoes_get: {
        parameters: {
            query?: {
                /** @description processo: agrupa por processo */
                agrupar?: "processo" | null;
                /** @description Página, a partir de 1 */
                pagina?: number;
                /** @description Itens por página (máximo 200) */
                por_pagina?: number;
            };
            header?: never;
            path: {
                pessoa_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pagina_PublicacaoResumo_"] | components["schemas"]["Pagina_GrupoProcesso_"];
                };
            };
            /** @description Pessoa monitorada não encontrada */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    verificacoes_api_v1_pessoas_monitoradas__pessoa_id__verificacoes_get: {
        parameters: {
            query?: {
                /** @description Página, a partir de 1 */
                pagina?: number;
                /** @description Itens por página (máximo 200) */
                por_pagina?: number;
            };
            header?: never;
            path: {
                pessoa_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pagina_VerificacaoSaida_"];
                };
            };
            /** @description Pessoa monitorada não encontrada */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    verificar_api_v1_pessoas_monitoradas__pessoa_id__verificar_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pessoa_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificacaoEnfileirada"];
                };
            };
            /** @description Pessoa monitorada não encontrada */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Monitoramento pausado */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    listar_api_v1_alertas_get: {
        parameters: {
            query?: {
                pessoa_id?: number | null;
                tipo?: ("NOVA_PUBLICACAO" | "PUBLICACAO_CANCELADA" | "OPORTUNIDADE_CREDITO") | null;
                lido?: boolean | null;
                /** @description Página, a partir de 1 */
                pagina?: number;
                /** @description Itens por página (máximo 200) */
                por_pagina?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pagina_AlertaSaida_"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    contar_nao_lidos_api_v1_alertas_nao_lidos_count_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Total"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    marcar_lidos_api_v1_alertas_marcar_lidos_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarcarLidos"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Atualizados"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    obter_api_v1_publicacoes__publicacao_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                publicacao_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicacaoDetalhe"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    buscar_api_v1_search_get: {
        parameters: {
            query?: {
                /** @description Nome da parte (3 a 300 caracteres) */
                nome?: string | null;
                /** @description Número do processo (CNJ), com ou sem máscara */
                numero_processo?: string | null;
                /** @description Sigla do tribunal, ex.: TJSP */
                tribunal?: string | null;
                /** @description Disponibilizadas a partir de (AAAA-MM-DD) */
                data_inicio?: string | null;
                /** @description Disponibilizadas até (AAAA-MM-DD) */
                data_fim?: string | null;
                /** @description Página, a partir de 1 */
                pagina?: number;
                /** @description Itens por página (máximo 200) */
                por_pagina?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultadoBuscaSaida"];
                };
            };
            /** @description Consulta recusada pelo DJEN */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Bad Gateway */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    forcar_api_sync_forcar_post: {
        parameters: {
            query?: {
                /** @description Verificar todas as pessoas ativas */
                todas?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mensagem"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Fila indisponível */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    status_sync_api_sync_status_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusSync"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    resumo_api_dashboard_resumo_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResumoDashboard"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    listar_api_v1_canais_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CanalSaida"][];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    criar_api_v1_canais_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CanalEntrada"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CanalSaida"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    obter_api_v1_canais__canal_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                canal_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CanalSaida"];
                };
            };
            /** @description Canal de notificação não encontrado */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    remover_api_v1_canais__canal_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                canal_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Canal de notificação não encontrado */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Canal das variáveis DJE_: desative-o */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    atualizar_api_v1_canais__canal_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                canal_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CanalAtualizacao"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CanalSaida"];
                };
            };
            /** @description Canal de notificação não encontrado */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Config de canal das variáveis DJE_ */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    testar_api_v1_canais__canal_id__teste_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                canal_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultadoTeste"];
                };
            };
            /** @description Canal de notificação não encontrado */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    importar_planilha_api_v1_importar_planilha_post: {
        parameters: {
            query?: {
                /** @description true: relatório sem gravar nada; false: grava */
                dry_run?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_importar_planilha_api_v1_importar_planilha_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatorioImportacao"];
                };
            };
            /** @description Outra operação alterou as pessoas durante a importação; nada foi gravado */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Arquivo maior que DJE_IMPORTACAO_MAX_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    listar_api_v1_oportunidades_get: {
        parameters: {
            query?: {
                /** @description Publicações disponibilizadas nos últimos N dias (padrão e máximo: a janela) */
                dias?: number | null;
                pessoa_id?: number | null;
                /** @description Positivo: oportunidades em que ocorre; negativo: as que ele cancelou */
                padrao_id?: number | null;
                situacao?: "ativas" | "canceladas" | "todas";
                /** @description Página, a partir de 1 */
                pagina?: number;
                /** @description Itens por página (máximo 200) */
                por_pagina?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pagina_GrupoOportunidades_"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    varrer_api_v1_oportunidades_varrer_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mensagem"];
                };
            };
            /** @description Fila indisponível */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    listar_padroes_api_v1_oportunidades_padroes_get: {
        parameters: {
            query?: {
                tipo?: ("POSITIVO" | "NEGATIVO") | null;
                ativo?: boolean | null;
                /** @description Página, a partir de 1 */
                pagina?: number;
                /** @description Itens por página (máximo 200) */
                por_pagina?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pagina_PadraoSaida_"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    criar_padrao_api_v1_oportunidades_padroes_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PadraoEntrada"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PadraoSaida"];
                };
            };
            /** @description Já existe um padrão de oportunidade com este nome */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    obter_padrao_api_v1_oportunidades_padroes__padrao_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                padrao_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PadraoSaida"];
                };
            };
            /** @description Padrão de oportunidade não encontrado */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    excluir_padrao_api_v1_oportunidades_padroes__padrao_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                padrao_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Padrão de oportunidade não encontrado */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    atualizar_padrao_api_v1_oportunidades_padroes__padrao_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                padrao_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PadraoAtualizacao"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PadraoSaida"];
                };
            };
            /** @description Padrão de oportunidade não encontrado */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Já existe um padrão de oportunidade com este nome */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    sair_api_auth_logout_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    eu_api_auth_eu_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsuarioSaida"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    listar_tokens_api_v1_tokens_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenSaida"][];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    criar_token_api_v1_tokens_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenEntrada"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenCriado"];
                };
            };
            /** @description DJE_API_TOKEN não tem tokens próprios */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    revogar_token_api_v1_tokens__token_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Não encontrado */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    listar_usuarios_api_v1_usuarios_get: {
        parameters: {
            query?: {
                /** @description Página, a partir de 1 */
                pagina?: number;
                /** @description Itens por página (máximo 200) */
                por_pagina?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pagina_UsuarioSaida_"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    criar_usuario_api_v1_usuarios_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsuarioEntrada"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsuarioSaida"];
                };
            };
            /** @description Login já usado */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    atualizar_usuario_api_v1_usuarios__usuario_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                usuario_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UsuarioAtualizacao"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsuarioSaida"];
                };
            };
            /** @description Não encontrado */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Sem administrador ativo restante */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
    listar_api_v1_auditoria_get: {
        parameters: {
            query?: {
                acao?: ("CRIAR" | "ALTERAR" | "EXCLUIR" | "IMPORTAR" | "SINCRONIZAR" | "VERIFICAR" | "LOGIN" | "LOGIN_FALHOU" | "LOGOUT") | null;
                /** @description pessoa, canal, padrao, usuario… */
                recurso?: string | null;
                usuario_id?: number | null;
                /** @description Página, a partir de 1 */
                pagina?: number;
                /** @description Itens por página (máximo 200) */
                por_pagina?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pagina_RegistroSaida_"];
                };
            };
            /** @description Dados inválidos; `erros` aponta cada campo */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
            /** @description Erro: `detail` diz o quê, em português */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erro"];
                };
            };
        };
    };
}
