"""Serving a fake external service over real HTTP on loopback, inside the test's event loop."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator

import uvicorn
from starlette.types import ASGIApp


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.asynccontextmanager
async def serve(app: ASGIApp, port: int | None = None) -> AsyncIterator[str]:
    """Run ``app`` with uvicorn on 127.0.0.1 and yield its base URL (no trailing slash)."""
    chosen = port or free_port()
    config = uvicorn.Config(
        app, host="127.0.0.1", port=chosen, log_config=None, access_log=False, lifespan="off"
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{chosen}"
    finally:
        server.should_exit = True
        await task


def run_standalone(app: ASGIApp, port: int) -> None:
    """For trying MediaNest by hand against a fake: ``python -m tests.fakes.<name> --port N``."""
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="info")
