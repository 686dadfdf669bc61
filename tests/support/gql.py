"""GraphQL over real HTTP and WebSocket (graphql-transport-ws), as the SPA speaks it."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import websockets
from websockets.typing import Subprotocol


class GqlClient:
    def __init__(self, base_url: str, cookies: httpx.Cookies | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = httpx.AsyncClient(base_url=self.base_url, cookies=cookies, timeout=10)

    async def aclose(self) -> None:
        await self.http.aclose()

    async def sign_in_with_link(self, link_path: str) -> None:
        response = await self.http.get(link_path, follow_redirects=False)
        assert response.status_code == 303, response.text

    async def execute(
        self, query: str, variables: dict[str, Any] | None = None, **headers: str
    ) -> dict[str, Any]:
        response = await self.http.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
        assert response.status_code == 200, response.text
        return response.json()  # type: ignore[no-any-return]

    async def data(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        body = await self.execute(query, variables)
        assert "errors" not in body, body
        return body["data"]  # type: ignore[no-any-return]

    def cookie_header(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in self.http.cookies.items())

    @asynccontextmanager
    async def subscribe(
        self, query: str, variables: dict[str, Any] | None = None
    ) -> AsyncIterator[Subscription]:
        ws_url = self.base_url.replace("http", "ws", 1) + "/graphql"
        headers = {"Cookie": self.cookie_header()} if self.http.cookies else {}
        if "authorization" in self.http.headers:
            headers["Authorization"] = self.http.headers["authorization"]
        async with websockets.connect(
            ws_url,
            subprotocols=[Subprotocol("graphql-transport-ws")],
            additional_headers=headers,
        ) as ws:
            await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
            ack = json.loads(await asyncio.wait_for(ws.recv(), 5))
            assert ack["type"] == "connection_ack", ack
            sub_id = uuid.uuid4().hex
            await ws.send(
                json.dumps(
                    {
                        "id": sub_id,
                        "type": "subscribe",
                        "payload": {"query": query, "variables": variables or {}},
                    }
                )
            )
            yield Subscription(ws, sub_id)


class Subscription:
    def __init__(self, ws: Any, sub_id: str) -> None:
        self.ws = ws
        self.id = sub_id

    async def next(self, timeout: float = 10) -> dict[str, Any]:
        """The next payload of this subscription; pings are answered, errors raised."""
        while True:
            message = json.loads(await asyncio.wait_for(self.ws.recv(), timeout))
            kind = message.get("type")
            if kind == "ping":
                await self.ws.send(json.dumps({"type": "pong"}))
                continue
            if kind == "pong":
                continue
            if kind == "next" and message.get("id") == self.id:
                return message["payload"]  # type: ignore[no-any-return]
            if kind in {"error", "complete"}:
                raise AssertionError(f"subscription ended: {message}")
