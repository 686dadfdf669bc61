"""GraphQL API of service status: what friends and family see, and admin curation."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from datetime import datetime
from enum import Enum
from typing import Any

import strawberry
from strawberry.types import Info

from medianest.api import live
from medianest.api.context import Context
from medianest.api.permissions import ManageSettings, Reader
from medianest.core.clients import all_clients
from medianest.core.errors import InvalidInput
from medianest.monitoring import features, service


@strawberry.enum
class MonitorStatus(Enum):
    DOWN = 0
    UP = 1
    PENDING = 2
    MAINTENANCE = 3
    UNKNOWN = -1


@strawberry.type
class StatusSample:
    at: datetime
    status: MonitorStatus
    ping_ms: int | None


@strawberry.type(name="Monitor")
class MonitorType:
    id: strawberry.ID
    name: str
    group: str
    status: MonitorStatus
    ping_ms: int | None
    last_check_at: datetime | None
    uptime_24h: float | None
    uptime_7d: float | None
    uptime_30d: float | None
    visible: bool
    history: list[StatusSample] = strawberry.field(
        description="Up to the last 48 checks of the past 24 hours, oldest first."
    )


@strawberry.type
class IntegrationHealth:
    service: str
    base_url: str
    breaker_open: bool


@strawberry.type(name="FeatureStatus")
class FeatureStatusType:
    name: str = strawberry.field(description="library, requests or downloads.")
    available: bool
    message: str | None = strawberry.field(description="What does not work, in words for people.")


async def _features() -> list[FeatureStatusType]:
    return [
        FeatureStatusType(name=f.name, available=f.available, message=f.message)
        for f in await features.current()
    ]


@strawberry.type
class ServiceStatus:
    monitors: list[MonitorType]
    configured: bool


def _status(value: int | None) -> MonitorStatus:
    try:
        return MonitorStatus(value if value is not None else -1)
    except ValueError:
        return MonitorStatus.UNKNOWN


async def build_status(include_hidden: bool) -> ServiceStatus:
    rows = await service.visible_monitors(include_hidden)
    ids = [m.id for m in rows]
    week, month = await service.uptime(ids, 7), await service.uptime(ids, 30)
    history = await service.history(ids, 48)
    configured = (await service.client()) is not None
    return ServiceStatus(
        configured=configured,
        monitors=[
            MonitorType(
                id=strawberry.ID(str(m.id)),
                name=m.display_name or m.name,
                group=m.group_name,
                status=_status(m.status),
                ping_ms=m.ping_ms,
                last_check_at=m.last_beat_at,
                uptime_24h=m.uptime_24h,
                uptime_7d=week.get(m.id),
                uptime_30d=month.get(m.id),
                visible=m.visible,
                history=[
                    StatusSample(at=s.at, status=_status(s.status), ping_ms=s.ping_ms)
                    for s in history.get(m.id, [])
                ],
            )
            for m in rows
        ],
    )


@strawberry.type
class MonitoringQuery:
    @strawberry.field(
        permission_classes=[Reader],
        description="Which parts of MediaNest work right now, and what to say when one does not.",
    )
    async def feature_status(self) -> list[FeatureStatusType]:
        return await _features()

    @strawberry.field(permission_classes=[Reader], description="Is it down, or is it me?")
    async def service_status(self, info: Info[Context, Any]) -> ServiceStatus:
        viewer = info.context.require_viewer()
        return await build_status(include_hidden=viewer.is_admin)

    @strawberry.field(
        permission_classes=[ManageSettings],
        description="MediaNest's own view of its integrations: breakers open or closed.",
    )
    async def integration_health(self) -> list[IntegrationHealth]:
        return [
            IntegrationHealth(service=c.service, base_url=c.base_url, breaker_open=c.breaker_open)
            for c in all_clients()
        ]


@strawberry.type
class MonitoringMutation:
    @strawberry.mutation(permission_classes=[ManageSettings])
    async def update_monitor(
        self,
        id: strawberry.ID,
        display_name: str | None = None,
        visible: bool | None = None,
    ) -> MonitorType:
        try:
            monitor_id = int(id)
        except ValueError as exc:
            raise InvalidInput("Monitor ids are numbers.", field="id") from exc
        await service.update_monitor(monitor_id, display_name=display_name, visible=visible)
        status = await build_status(include_hidden=True)
        return next(m for m in status.monitors if m.id == str(monitor_id))

    @strawberry.mutation(
        permission_classes=[ManageSettings],
        description="Ask Uptime Kuma now instead of at the next poll.",
    )
    async def refresh_service_status(self) -> ServiceStatus:
        await service.poll()
        return await build_status(include_hidden=True)


@strawberry.type
class MonitoringSubscription:
    @strawberry.subscription(
        permission_classes=[Reader], description="Feature status: now, then on every change."
    )
    async def feature_status_updated(
        self, info: Info[Context, Any]
    ) -> AsyncGenerator[list[FeatureStatusType], None]:
        yield await _features()
        async for _event in live.events(info.context, features.TOPIC):
            yield await _features()

    @strawberry.subscription(
        permission_classes=[Reader], description="Service status, pushed whenever it changes."
    )
    async def service_status_updated(
        self, info: Info[Context, Any]
    ) -> AsyncGenerator[ServiceStatus, None]:
        viewer = info.context.require_viewer()
        yield await build_status(include_hidden=viewer.is_admin)
        async for _ in live.events(info.context, service.TOPIC):
            yield await build_status(include_hidden=viewer.is_admin)
