"""A faithful fake Uptime Kuma: public status-page JSON, Prometheus metrics, push, badges.

Shapes follow /work/shared/protocols.md §4. Tests drive it through plain methods (``add_monitor``,
``set_down``, ``set_uptime``, ...); MediaNest only ever sees the HTTP API.
By hand: ``python -m tests.fakes.uptime_kuma --port N`` (seeded with demo data, slug ``home``).
The records it keeps live in ``uptime_kuma_model``.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tests.fakes.uptime_kuma_model import (
    DOWN,
    MAINTENANCE,
    PENDING,
    UP,
    Beat,
    Group,
    KumaRequest,
    Monitor,
    StatusPage,
    kuma_time,
)

__all__ = ["DOWN", "MAINTENANCE", "PENDING", "UP", "FakeUptimeKuma", "kuma_time"]

STATUS_PAGE_CACHE_S, HEARTBEAT_CACHE_S, BADGE_CACHE_S = 300, 60, 300
_CONFIG = (  # page config keys besides slug/title/description/published/showTags
    '{"icon": "/icon.svg", "theme": "auto", "customCSS": "", "footerText": null,'
    ' "showPoweredBy": true, "showCertificateExpiry": false}'
)
_CONFIG_2X = (
    '{"analyticsId": null, "analyticsType": null, "analyticsScriptUrl": null,'
    ' "autoRefreshInterval": 300, "rssTitle": null, "showOnlyLastHeartbeat": false}'
)
_METRIC_HELP = {
    "monitor_status": "Monitor Status (1 = UP, 0= DOWN, 2= PENDING, 3= MAINTENANCE)",
    "monitor_response_time": "Monitor Response Time (ms)",
    "monitor_uptime_ratio": "Uptime ratio of the monitor",  # 2.1+
}


class FakeUptimeKuma:
    """In-memory Uptime Kuma; ``version`` switches the 1.23 / 2.0 / 2.1 / 2.3 differences."""

    def __init__(self, *, version: str = "2.5.3", server_cache: bool = False) -> None:
        self.version = version
        self._v = tuple(int(p) for p in re.findall(r"\d+", version)[:2])
        self.server_cache = server_cache  # like apicache: answers frozen for 1 / 5 minutes
        self.username, self.password = "admin", "admin-password"  # /metrics without API keys
        self.api_keys: list[str] = []
        self.metrics_auth_disabled = False
        self.pages: dict[str, StatusPage] = {}
        self.monitors: dict[int, Monitor] = {}
        self.requests: list[KumaRequest] = []
        self.outage_status: int | None = None  # e.g. 503: every route answers it
        self.hang = False  # every route stalls until the client gives up (or hang_max_s)
        self.hang_max_s = 30.0
        self.clock_offset = timedelta()
        self._cache: dict[str, tuple[float, Response]] = {}
        self._ids = {"monitor": 0, "group": 0}
        push_methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
        routes = [
            Route("/api/status-page/heartbeat/{slug}", self._heartbeat),
            Route("/api/status-page/{slug}", self._status_page),
            Route("/api/push/{token}", self._push, methods=push_methods),
            Route("/api/badge/{monitor_id}/{kind}", self._badge),
            Route("/metrics", self._metrics),
        ]
        self.app: ASGIApp = _Guard(self, Starlette(routes=routes))

    # ---- seeding and control (test-side API) ----------------------------------------------
    def now(self) -> datetime:
        return datetime.now(UTC) + self.clock_offset

    def advance(self, seconds: float) -> None:
        """Move the fake clock (new beat times, cache expiry, uptime windows) forward."""
        self.clock_offset += timedelta(seconds=seconds)

    def clear_cache(self) -> None:
        self._cache.clear()

    def add_status_page(self, slug: str, title: str | None = None, **kw: Any) -> StatusPage:
        page = StatusPage(slug=slug.lower(), title=title or slug.title(), **kw)
        self.pages[page.slug] = page
        return page

    def add_monitor(
        self, name: str, *, slug: str | None = None, group: str = "Services", **kw: Any
    ) -> Monitor:
        """Create a monitor; with ``slug`` it is shown in ``group`` on that status page."""
        self._ids["monitor"] += 1
        monitor = Monitor(id=self._ids["monitor"], name=name, **kw)
        monitor.retries_left = monitor.retries
        self.monitors[monitor.id] = monitor
        if slug is not None:
            self.place(monitor.id, slug, group)
        return monitor

    def place(self, monitor_id: int, slug: str, group: str = "Services") -> None:
        page = self.pages.get(slug.lower()) or self.add_status_page(slug)
        found = next((g for g in page.groups if g.name == group), None)
        if found is None:
            self._ids["group"] += 1
            found = Group(id=self._ids["group"], name=group, weight=len(page.groups) + 1)
            page.groups.append(found)
        found.monitor_ids.append(monitor_id)

    def add_beat(
        self, monitor_id: int, status: int, ping: float | None = None, msg: str = "", **kw: Any
    ) -> Beat:
        """Append a beat (``at=`` a datetime, default now); lists stay oldest → newest."""
        beat = Beat(status=status, time=kw.get("at") or self.now(), ping=ping, msg=msg)
        beats = self.monitors[monitor_id].beats
        beats.append(beat)
        beats.sort(key=lambda b: b.time)
        return beat

    def seed_history(
        self, monitor_id: int, count: int, status: int = UP, interval_s: float = 60
    ) -> None:
        """``count`` beats ``interval_s`` apart, ending one interval before now."""
        now = self.now()
        for i in range(count, 0, -1):
            at = now - timedelta(seconds=interval_s * i, milliseconds=(i * 37) % 1000)
            self.add_beat(monitor_id, status, ping=40 + i % 7 if status == UP else None, at=at)

    def set_down(self, monitor_id: int, msg: str = "connect ECONNREFUSED") -> Beat:
        return self.add_beat(monitor_id, DOWN, msg=msg)

    def set_up(self, monitor_id: int, ping: float = 42) -> Beat:
        return self.add_beat(monitor_id, UP, ping=ping, msg="200 - OK")

    def set_uptime(
        self, monitor_id: int, day: float, month: float | None = None, year: float | None = None
    ) -> None:
        """Override the computed ratios (0..1) of the 24 h / 30 d / 365 d windows."""
        ratios = {"1d": day, "30d": month, "365d": year}
        self.monitors[monitor_id].uptime.update({k: v for k, v in ratios.items() if v is not None})

    def create_api_key(self, secret: str = "s3cret") -> str:  # noqa: S107
        key = f"uk{len(self.api_keys) + 1}_{secret}"
        self.api_keys.append(key)
        return key

    def set_incident(self, slug: str, title: str, content: str, style: str = "warning") -> None:
        page = self.pages[slug.lower()]
        page.incident = {"id": 1, "style": style, "title": title, "content": content}
        page.incident.update(pin=True, active=True, createdDate=kuma_time(self.now()))
        page.incident.update(lastUpdatedDate=None, status_page_id=1)

    def clear_failures(self) -> None:
        self.outage_status, self.hang = None, False

    def calls(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)

    @classmethod
    def with_demo_data(cls, **kw: Any) -> FakeUptimeKuma:
        """Checklist 4.8: two groups, a push monitor, every status, one monitor without beats."""
        kuma = cls(**kw)
        kuma.add_status_page("home", "Home", description="MediaNest services")
        infra = {"slug": "home", "group": "Infrastructure"}
        plex = kuma.add_monitor("Plex", slug="home", url="http://plex:32400", port=32400)
        seerr = kuma.add_monitor("Overseerr", slug="home", url="http://seerr:5055")
        nas = kuma.add_monitor("NAS", type="ping", hostname="nas.lan", **infra)
        backup = kuma.add_monitor("Backup", type="push", push_token="backup-token", **infra)
        kuma.add_monitor("Fresh", **infra)
        for m, status in ((plex, UP), (seerr, DOWN), (nas, PENDING), (backup, MAINTENANCE)):
            kuma.seed_history(m.id, 30)
            kuma.add_beat(m.id, status, ping=38 if status == UP else None)
        return kuma

    # ---- computed views ---------------------------------------------------------------------
    def uptime(self, monitor: Monitor, window: str = "1d") -> float:
        """Override, else UP / (UP + DOWN + PENDING) in the window; no beats → 0."""
        if window in monitor.uptime:
            return monitor.uptime[window]
        since = self.now() - timedelta(days={"1d": 1, "30d": 30, "365d": 365}[window])
        counted = [b for b in monitor.beats if b.time >= since and b.status != MAINTENANCE]
        return sum(b.status == UP for b in counted) / len(counted) if counted else 0.0

    def public_ids(self, slug: str) -> list[int]:
        page = self.pages.get(slug.lower())
        return [mid for g in page.groups for mid in g.monitor_ids] if page else []

    def _monitor_json(self, page: StatusPage, m: Monitor) -> dict[str, Any]:
        out: dict[str, Any] = {"id": m.id, "name": m.name, "sendUrl": int(m.send_url)}
        out["type"] = m.type
        if m.send_url:
            out["url"] = m.url
        if page.show_tags:
            out["tags"] = [{"name": k, "value": v, "color": "#2563EB"} for k, v in m.tags.items()]
        return out

    def page_json(self, page: StatusPage) -> dict[str, Any]:
        config: dict[str, Any] = {"slug": page.slug, "title": page.title}
        config["description"] = page.description
        config.update(published=page.published, showTags=page.show_tags, **json.loads(_CONFIG))
        if self._v >= (2, 0):
            config.update(json.loads(_CONFIG_2X))
        else:
            config["googleAnalyticsId"] = None
        groups = []
        for g in page.groups:
            monitors = [self._monitor_json(page, self.monitors[i]) for i in g.monitor_ids]
            groups.append({"id": g.id, "name": g.name, "weight": g.weight, "monitorList": monitors})
        body: dict[str, Any] = {"config": config}
        if self._v >= (2, 3):
            body["incidents"] = [page.incident] if page.incident else []
        else:
            body["incident"] = page.incident
        body.update(publicGroupList=groups, maintenanceList=[])
        return body

    # ---- routes -------------------------------------------------------------------------------
    def _cached(self, request: Request, ttl: float, build: Callable[[], Response]) -> Response:
        """apicache as Kuma sets it up: a miss says ``no-cache``; a hit has no Cache-Control."""
        key, now = f"{request.url.path}?{request.url.query}", self.now().timestamp()
        hit = self._cache.get(key) if self.server_cache else None
        if hit and hit[0] > now:
            old = hit[1]
            return Response(old.body, old.status_code, media_type=old.media_type)
        fresh = build()
        self._cache[key] = (now + ttl, fresh)
        fresh.headers["Cache-Control"] = "no-cache"
        return fresh

    async def _status_page(self, request: Request) -> Response:
        def build() -> Response:
            page = self.pages.get(request.path_params["slug"].lower())
            if page is None:
                msg = "Status Page Not Found" if self._v >= (2, 0) else "Not Found"
                return _json({"status": "fail", "msg": msg}, 404)
            return _json(self.page_json(page))

        return self._cached(request, STATUS_PAGE_CACHE_S, build)

    async def _heartbeat(self, request: Request) -> Response:
        limit = 100 if self._v >= (2, 0) else 50

        def build() -> Response:
            beats: dict[str, list[dict[str, Any]]] = {}
            uptime: dict[str, float] = {}
            for mid in self.public_ids(request.path_params["slug"]):
                m = self.monitors[mid]
                beats[str(mid)] = [
                    {"status": b.status, "time": kuma_time(b.time), "msg": "", "ping": b.ping}
                    for b in m.beats[-limit:]
                ]
                ratio = self.uptime(m)
                uptime[f"{mid}_24"] = int(ratio) if ratio.is_integer() else ratio  # JS: 1, not 1.0
            return _json({"heartbeatList": beats, "uptimeList": uptime})

        return self._cached(request, HEARTBEAT_CACHE_S, build)

    async def _push(self, request: Request) -> Response:
        if self._v < (2, 0) and request.method != "GET":
            return Response(f"Cannot {request.method} {request.url.path}", 404)
        q, token = request.query_params, request.path_params["token"]
        m = next((m for m in self.monitors.values() if m.push_token == token), None)
        try:
            ping = float(q["ping"]) if q.get("ping") else None
        except ValueError:
            ping = -1.0
        bad_ping = ping is not None and not 0 <= ping <= 1e11 and self._v >= (2, 0)
        if m is None or not m.active or m.type != "push" or bad_ping:
            return _json({"ok": False, "msg": "Monitor not found or not active."}, 404)
        status = UP if q.get("status", "up") == "up" else DOWN
        if status == UP:
            m.retries_left = m.retries
        elif m.beats and m.beats[-1].status in (UP, PENDING) and m.retries_left > 0:
            m.retries_left -= 1
            status = PENDING
        self.add_beat(m.id, status, ping=ping, msg=q.get("msg", "OK"))
        return _json({"ok": True})

    async def _badge(self, request: Request) -> Response:
        raw, kind = request.path_params["monitor_id"], request.path_params["kind"]

        def build() -> Response:
            if not raw.isdigit():
                return _json({"status": "fail", "msg": "Invalid monitor ID"}, 403)
            m = self.monitors.get(int(raw))
            public = any(int(raw) in self.public_ids(slug) for slug in self.pages)
            label = request.query_params.get("label", "Uptime (24h)" if kind == "uptime" else "")
            if m is None or not public or not m.beats:
                return _badge(label, "N/A", "#9f9f9f")
            if kind == "uptime":
                return _badge(label, f"{self.uptime(m) * 100:.2f}%", "#4c1")
            up = m.beats[-1].status == UP
            return _badge(label, "Up" if up else "Down", "#4c1" if up else "#e05d44")

        return self._cached(request, BADGE_CACHE_S, build)

    def _authorized(self, request: Request) -> bool:
        if self.metrics_auth_disabled:
            return True
        scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
        try:
            user, _, secret = base64.b64decode(encoded, validate=True).decode().partition(":")
        except ValueError:
            return False
        if scheme.lower() != "basic":
            return False
        if self.api_keys:  # once an API key exists, only API keys work (username ignored)
            return secret in self.api_keys
        return (user, secret) == (self.username, self.password)

    async def _metrics(self, request: Request) -> Response:
        if not self._authorized(request):
            return Response(b"", 401, headers={"WWW-Authenticate": "Basic"})
        return Response(self.metrics_text(), media_type="text/plain; version=0.0.4; charset=utf-8")

    def metrics_text(self) -> str:
        rows: dict[str, list[str]] = {name: [] for name in _METRIC_HELP}
        for m in self.monitors.values():
            if not m.beats or not m.active:  # a series appears only after a beat
                continue
            labels: dict[str, Any] = {"monitor_id": m.id} if self._v >= (2, 0) else {}
            labels.update(monitor_name=m.name, monitor_type=m.type, monitor_url=m.url)
            labels.update(monitor_hostname=m.hostname, monitor_port=m.port)
            if self._v >= (2, 1):
                labels.update({re.sub(r"[^a-zA-Z0-9_]", "_", k): v for k, v in m.tags.items()})
            last = m.beats[-1]
            rows["monitor_status"].append(f"{_labels(labels)} {last.status}")
            ping = last.ping if last.ping is not None else -1
            rows["monitor_response_time"].append(f"{_labels(labels)} {ping:g}")
            for window in ("1d", "30d", "365d") if self._v >= (2, 1) else ():
                windowed = _labels({**labels, "window": window})
                rows["monitor_uptime_ratio"].append(f"{windowed} {self.uptime(m, window):g}")
        lines = [
            "# HELP process_start_time_seconds Start time of the process since unix epoch.",
            "# TYPE process_start_time_seconds gauge",
            f"process_start_time_seconds {int(time.time())}",
        ]
        for name, help_text in _METRIC_HELP.items():
            if rows[name] or name != "monitor_uptime_ratio" or self._v >= (2, 1):
                lines += [f"# HELP {name} {help_text}", f"# TYPE {name} gauge"]
                lines += [f"{name}{row}" for row in rows[name]]
        return "\n".join(lines) + "\n"


def _json(body: Any, status: int = 200) -> Response:
    data = json.dumps(body, separators=(",", ":")).encode()
    return Response(data, status, media_type="application/json; charset=utf-8")


def _badge(label: str, message: str, color: str) -> Response:
    text = f"{label}: {message}" if label else message
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="20" role="img" '
        f'aria-label="{text}"><title>{text}</title><rect width="120" height="20" '
        f'fill="{color}"/></svg>'
    )
    return Response(svg, media_type="image/svg+xml; charset=utf-8")


def _labels(labels: dict[str, Any]) -> str:
    def esc(v: Any) -> str:
        text = "null" if v is None else str(v)
        return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")

    return "{" + ",".join(f'{k}="{esc(v)}"' for k, v in labels.items()) + "}"


class _Guard:
    """Request log, ``X-Powered-By``, and the outage switches (503 like SQLITE_BUSY, or hang)."""

    def __init__(self, kuma: FakeUptimeKuma, app: ASGIApp) -> None:
        self.kuma, self.inner = kuma, app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        record = KumaRequest(
            scope["method"], scope["path"], scope["query_string"].decode(), headers
        )
        self.kuma.requests.append(record)

        async def logged_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                record.status = message["status"]
                message["headers"] = [*message["headers"], (b"x-powered-by", b"Express")]
            await send(message)

        if self.kuma.hang:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(_disconnected(receive), self.kuma.hang_max_s)
            return  # uvicorn closes the connection: no response at all
        if self.kuma.outage_status is not None:
            body = {"status": "fail", "msg": "SQLITE_BUSY: database is locked"}
            await _json(body, self.kuma.outage_status)(scope, receive, logged_send)
            return
        await self.inner(scope, receive, logged_send)


async def _disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


def main() -> None:
    from tests.fakes.server import run_standalone

    parser = argparse.ArgumentParser(description="Fake Uptime Kuma with demo data (slug home)")
    parser.add_argument("--port", type=int, default=3001)
    parser.add_argument("--version", default="2.5.3")
    args = parser.parse_args()
    kuma = FakeUptimeKuma.with_demo_data(version=args.version)
    print(f"/metrics basic auth: {kuma.username!r} / {kuma.password!r}")
    run_standalone(kuma.app, args.port)


if __name__ == "__main__":
    main()
