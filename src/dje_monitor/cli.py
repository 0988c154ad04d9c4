"""`dje-monitor` command line: one entry for every process of the product."""

from __future__ import annotations

import argparse
import sys

from dje_monitor.config import get_settings


def _migrate(_: argparse.Namespace) -> None:
    from dje_monitor.migracoes import garantir_banco, migrar

    if garantir_banco(get_settings().sqlalchemy_url):
        print("Banco de dados criado.")
    migrar()
    print("Banco de dados atualizado (migrações aplicadas).")


def _api(args: argparse.Namespace) -> None:
    import uvicorn

    settings = get_settings()
    uvicorn.run(
        "dje_monitor.app:criar_app",
        factory=True,
        host=args.host or settings.api_host,
        port=args.port or settings.api_port,
        log_level=settings.log_level.lower(),
    )


def _worker(args: argparse.Namespace) -> None:
    from dje_monitor.worker import comando, supervisionar

    threads = args.threads or get_settings().worker_threads
    sys.exit(supervisionar(comando(args.processes, threads, args.queues)))


def _demo(args: argparse.Namespace) -> None:
    from dje_monitor.demo import executar

    executar(args.port, args.porta_simulador)


def _importar(args: argparse.Namespace) -> None:
    from dje_monitor.importacao.terminal import executar

    sys.exit(executar(args.arquivo, dry_run=args.dry_run))


def _usuario_criar(args: argparse.Namespace) -> None:
    from dje_monitor.acesso.terminal import criar

    sys.exit(criar(args.login, args.nome, args.papel, args.senha_stdin, args.redefinir))


def montar_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dje-monitor", description="Monitor do DJEN (Comunica PJe).")
    sub = parser.add_subparsers(dest="comando", required=True)

    sub.add_parser("migrate", help="aplica as migrações do banco").set_defaults(func=_migrate)

    api = sub.add_parser("api", help="servidor HTTP (API, agendador e app web)")
    api.add_argument("--host")
    api.add_argument("--port", type=int)
    api.set_defaults(func=_api)

    worker = sub.add_parser("worker", help="worker Dramatiq que executa as verificações")
    worker.add_argument("--processes", type=int, default=1)
    worker.add_argument("--threads", type=int)
    worker.add_argument("--queues", nargs="*")
    worker.set_defaults(func=_worker)

    demo = sub.add_parser("demo", help="tudo offline: simulador, API, worker e pessoas de exemplo")
    demo.add_argument("--port", type=int, default=8000)
    demo.add_argument("--porta-simulador", type=int, default=8765)
    demo.set_defaults(func=_demo)

    importar = sub.add_parser(
        "importar",
        help="importa pessoas de uma planilha .xlsx (saída 0: ok; 1: linhas com erro; 2: arquivo recusado)",
    )
    importar.add_argument("arquivo", help="caminho da planilha .xlsx")
    importar.add_argument("--dry-run", action="store_true", help="só simula: mostra o relatório sem gravar")
    importar.set_defaults(func=_importar)

    usuario = sub.add_parser("usuario", help="usuários do app web e da API").add_subparsers(
        dest="acao", required=True
    )
    criar = usuario.add_parser(
        "criar", help="cria um usuário (o primeiro administrador); pede a senha duas vezes"
    )
    criar.add_argument("--login", required=True)
    criar.add_argument("--nome", help="nome exibido (padrão: o login)")
    criar.add_argument("--papel", choices=["admin", "operador", "leitor"], default="admin")
    criar.add_argument("--senha-stdin", action="store_true", help="lê a senha da primeira linha da entrada")
    criar.add_argument(
        "--redefinir", action="store_true", help="se o login existir, troca senha, nome e papel e o reativa"
    )
    criar.set_defaults(func=_usuario_criar)

    # Listed for --help only: main() hands `simulador` and its flags to the simulator itself.
    sub.add_parser("simulador", help="simulador do DJEN (testes e demonstração); veja --help")
    return parser


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["simulador"]:
        # The simulator owns its flags (and its --help); argparse.REMAINDER would choke on them.
        from dje_monitor.simulador import executar

        executar(argv[1:])
        return
    args = montar_parser().parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
