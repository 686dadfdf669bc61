"""`medianest run|api|worker|scheduler|migrate|makemigrations|export-schema|admin-link`."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from medianest.core.logging import configure_logging
from medianest.settings import Settings


def server_options(settings: Settings) -> dict[str, Any]:
    """How uvicorn serves MediaNest (the tests' server uses the same)."""
    return {
        "log_config": None,
        "access_log": False,
        "proxy_headers": True,
        "forwarded_allow_ips": settings.forwarded_allow_ips,
        "ws_max_size": settings.max_body_bytes,
        # Live updates are small JSON messages: compressing each one per socket costs more
        # CPU than the bytes it saves, and it multiplies with every subscriber of a broadcast.
        "ws_per_message_deflate": False,
        "timeout_graceful_shutdown": 10,
        "server_header": False,
    }


def _serve(settings: Settings, *, run_worker: bool | None, run_scheduler: bool | None) -> None:
    import uvicorn

    from medianest.app import create_app

    app = create_app(settings, run_worker=run_worker, run_scheduler=run_scheduler)
    config = uvicorn.Config(app, host=settings.host, port=settings.port, **server_options(settings))
    server = uvicorn.Server(config)
    # uvicorn re-raises the stop signal after a graceful shutdown; a stop we asked for is a
    # clean exit.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server.run()


def cmd_run(settings: Settings, args: argparse.Namespace) -> None:
    """Everything in one process: api, workers and scheduler."""
    _serve(settings, run_worker=True, run_scheduler=True)


def cmd_api(settings: Settings, args: argparse.Namespace) -> None:
    _serve(settings, run_worker=None, run_scheduler=None)


async def _until_signalled() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()


def cmd_worker(settings: Settings, args: argparse.Namespace) -> None:
    from medianest.core import bootstrap
    from medianest.core.metrics import serve_worker_metrics

    try:
        serve_worker_metrics(settings.worker_metrics_port, settings.host)
    except OSError as exc:
        logging.getLogger(__name__).warning(
            "worker metrics not served on port %s: %s", settings.worker_metrics_port, exc
        )

    async def main() -> None:
        services = await bootstrap.start(
            settings, run_worker=True, run_scheduler=False, apply_migrations=False
        )
        try:
            await _until_signalled()
        finally:
            await bootstrap.stop(services)

    asyncio.run(main())


def cmd_scheduler(settings: Settings, args: argparse.Namespace) -> None:
    from medianest.core import bootstrap

    async def main() -> None:
        services = await bootstrap.start(
            settings, run_worker=False, run_scheduler=True, apply_migrations=False
        )
        try:
            await _until_signalled()
        finally:
            await bootstrap.stop(services)

    asyncio.run(main())


def cmd_migrate(settings: Settings, args: argparse.Namespace) -> None:
    from medianest.core import bootstrap

    applied = asyncio.run(bootstrap.migrate(settings))
    print(f"applied {len(applied)} migration(s)" + (": " + ", ".join(applied) if applied else ""))


def cmd_makemigrations(settings: Settings, args: argparse.Namespace) -> None:
    from medianest.core.migrations import make_migrations

    for dialect, result in asyncio.run(make_migrations(args.name)).items():
        print(f"{dialect}: {result or 'no changes'}")


def cmd_export_schema(settings: Settings, args: argparse.Namespace) -> None:
    from medianest.api.schema import schema_sdl

    sdl = schema_sdl()
    if args.output == "-":
        sys.stdout.write(sdl)
    else:
        Path(args.output).write_text(sdl)


def _print_link(settings: Settings, token: str) -> None:
    base = settings.public_url or f"http://{settings.host}:{settings.port}"
    print(f"{base.rstrip('/')}/auth/link/{token}")
    print("This link signs you in once and expires in 15 minutes.", file=sys.stderr)


def _with_db(settings: Settings, work: Callable[[], Awaitable[str]]) -> str:
    from medianest.core import bootstrap, db

    async def main() -> str:
        await bootstrap.migrate(settings)
        await db.init_db(settings)
        try:
            return await work()
        finally:
            await db.close_db()

    return asyncio.run(main())


def cmd_admin_link(settings: Settings, args: argparse.Namespace) -> None:
    """Print a one-time sign-in link for an existing admin (recovery when plex.tv is down)."""
    from medianest.auth import service as auth_service
    from medianest.users.models import Role, User

    async def work() -> str:
        query = User.filter(role=Role.ADMIN, is_active=True)
        if args.username:
            query = query.filter(username=args.username)
        admin = await query.order_by("-is_owner", "id").first()
        if admin is None:
            raise SystemExit(
                "medianest: no such admin. On a new install the Plex server's owner signs in "
                "with Plex first and becomes the admin."
            )
        return await auth_service.create_sign_in_link(admin)

    _print_link(settings, _with_db(settings, work))


def cmd_create_admin(settings: Settings, args: argparse.Namespace) -> None:
    """Create a local admin (no Plex account) and print a one-time sign-in link for it."""
    from medianest.auth import service as auth_service

    async def work() -> str:
        user = await auth_service.ensure_local_admin(args.username)
        return await auth_service.create_sign_in_link(user)

    _print_link(settings, _with_db(settings, work))


def cmd_backup(settings: Settings, args: argparse.Namespace) -> None:
    """Write every table (and the settings, still encrypted) to one file."""
    from medianest.core import backup

    async def work() -> str:
        manifest = await backup.create(
            Path(args.output),
            secret_key=settings.resolved_secret_key,
            include_secret_key=args.include_secret_key,
        )
        rows = sum(manifest["tables"].values())
        return f"backed up {rows} row(s) from {len(manifest['tables'])} table(s) to {args.output}"

    print(_with_db(settings, work))


def cmd_restore(settings: Settings, args: argparse.Namespace) -> None:
    """Load a backup into this database (empty, or replaced with --force)."""
    from medianest.core import backup

    async def work() -> str:
        try:
            restored = await backup.restore(
                Path(args.file), secret_key=settings.resolved_secret_key, force=args.force
            )
        except backup.BackupError as exc:
            raise SystemExit(f"medianest: {exc}") from exc
        return f"restored {sum(restored.values())} row(s) into {len(restored)} table(s)"

    print(_with_db(settings, work))


COMMANDS = {
    "run": (cmd_run, "api, workers and scheduler in one process (the default)"),
    "api": (cmd_api, "the HTTP/WebSocket api (workers in-process only without Redis)"),
    "worker": (cmd_worker, "Dramatiq workers on the Redis broker"),
    "scheduler": (cmd_scheduler, "the periodic scheduler (one leader via a Redis lock)"),
    "migrate": (cmd_migrate, "apply database migrations"),
    "makemigrations": (cmd_makemigrations, "generate migrations for both dialects (development)"),
    "export-schema": (cmd_export_schema, "print the GraphQL schema (SDL)"),
    "admin-link": (cmd_admin_link, "print a one-time sign-in link for an existing admin"),
    "create-admin": (cmd_create_admin, "create a local admin and print a sign-in link"),
    "backup": (cmd_backup, "write the database (settings stay encrypted) to a file"),
    "restore": (cmd_restore, "load a backup into an empty database (or --force)"),
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="medianest", description="MediaNest portal")
    sub = parser.add_subparsers(dest="command")
    for name, (_, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text)
        if name == "export-schema":
            p.add_argument("--output", "-o", default="-")
        if name == "makemigrations":
            p.add_argument("--name", default="update")
        if name == "admin-link":
            p.add_argument("--username", default=None, help="which admin (default: the owner)")
        if name == "create-admin":
            p.add_argument("--username", required=True)
        if name == "backup":
            p.add_argument("--output", "-o", required=True, help="e.g. medianest.backup.gz")
            p.add_argument(
                "--include-secret-key",
                action="store_true",
                help="put the secret key in the file (to restore on another machine)",
            )
        if name == "restore":
            p.add_argument("file")
            p.add_argument("--force", action="store_true", help="replace the data there is")
    args = parser.parse_args(argv)
    command = args.command or "run"
    try:
        settings = Settings()
    except Exception as exc:
        print(f"medianest: invalid configuration: {exc}", file=sys.stderr)
        raise SystemExit(2) from exc
    configure_logging(
        settings.log_level,
        settings.log_format,
        log_file=settings.log_file,
        role=command,
        rotate_mb=settings.log_rotate_mb,
        keep_files=settings.log_keep_files,
        keep_days=settings.log_keep_days,
    )
    with contextlib.suppress(KeyboardInterrupt):
        COMMANDS[command][0](settings, args)


if __name__ == "__main__":
    main()
