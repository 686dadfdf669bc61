"""create_app(settings) -> Starlette: the api process. The lifespan wires the database, the event
bus, the job broker and, in embedded mode, the in-process workers and scheduler."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.routing import Mount, Route, WebSocketRoute

from medianest.api import routes
from medianest.api.httplimits import RequestRateLimitMiddleware
from medianest.api.middleware import (
    BodySizeLimitMiddleware,
    DatabaseUnavailableMiddleware,
    RequestContextMiddleware,
)
from medianest.api.schema import build_schema
from medianest.api.view import GraphQLView
from medianest.core import bootstrap
from medianest.library import images
from medianest.requests import images as tmdb_images
from medianest.settings import Settings


def create_app(
    settings: Settings,
    *,
    run_worker: bool | None = None,
    run_scheduler: bool | None = None,
    apply_migrations: bool = True,
    manage_runtime: bool = True,
) -> Starlette:
    """``manage_runtime=False`` serves on a runtime the caller already started (tests, bench)."""
    worker = settings.run_embedded_worker if run_worker is None else run_worker
    scheduler = (not settings.distributed) if run_scheduler is None else run_scheduler

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if not manage_runtime:
            yield
            return
        services = await bootstrap.start(
            settings,
            run_worker=worker,
            run_scheduler=scheduler,
            apply_migrations=apply_migrations,
        )
        try:
            yield
        finally:
            await bootstrap.stop(services)

    schema = build_schema(
        max_depth=settings.graphql_max_depth,
        max_tokens=settings.graphql_max_tokens,
        max_aliases=settings.graphql_max_aliases,
    )
    graphql = GraphQLView(schema, settings)
    static = settings.resolved_static_dir
    route_list: list[Any] = [
        Route("/healthz", routes.healthz),
        Route("/readyz", routes.readyz),
        Route("/metrics", routes.metrics),
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        Route("/auth/link/{token}", routes.sign_in_link),
        Route("/auth/plex/callback", routes.plex_callback),
        Route("/auth/oidc/start", routes.oidc_start),
        Route("/auth/oidc/callback", routes.oidc_callback),
        Route("/images/tmdb/{size}/{name}", tmdb_images.tmdb_image),
        Route("/images/{key}/{kind}", images.image),
        Route("/webhooks/overseerr", routes.overseerr_webhook, methods=["POST"]),
    ]
    if (static / "assets").is_dir():
        route_list.append(
            Mount("/assets", app=routes.ImmutableStaticFiles(directory=static / "assets"))
        )
    route_list.append(Route("/{path:path}", routes.spa))

    app = Starlette(
        routes=route_list,
        lifespan=lifespan,
        middleware=[
            Middleware(RequestContextMiddleware),
            Middleware(RequestRateLimitMiddleware),
            Middleware(DatabaseUnavailableMiddleware),
            Middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes),
            Middleware(GZipMiddleware, minimum_size=1024),
        ],
        exception_handlers={HTTPException: routes.http_error, Exception: routes.server_error},
    )
    app.state.settings = settings
    return app
