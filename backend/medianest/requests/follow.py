"""Following requests after they are made: Overseerr's webhook (authenticated by a shared
secret, replays change nothing), and admin approve / decline / delete."""

from __future__ import annotations

import logging
from typing import Any

from medianest.audit import service as audit
from medianest.core.errors import InvalidInput, NotFound
from medianest.core.security import tokens_equal
from medianest.requests.models import MediaRequest, RequestStatus
from medianest.requests.requesting import notify_status, publish_change
from medianest.requests.service import client as overseerr_client
from medianest.settings_admin import service as settings_service
from medianest.users.models import User

log = logging.getLogger(__name__)

NOTIFICATION_STATUS = {
    "MEDIA_PENDING": RequestStatus.PENDING,
    "MEDIA_APPROVED": RequestStatus.APPROVED,
    "MEDIA_AUTO_APPROVED": RequestStatus.APPROVED,
    "MEDIA_DECLINED": RequestStatus.DECLINED,
    "MEDIA_FAILED": RequestStatus.FAILED,
    "MEDIA_AVAILABLE": RequestStatus.AVAILABLE,
}


async def webhook_authorized(header: str | None) -> bool:
    config = await settings_service.load(settings_service.OverseerrSettings)
    return bool(config.webhook_secret and header and tokens_equal(header, config.webhook_secret))


async def apply_webhook(body: dict[str, Any]) -> str:
    """Apply one webhook payload; returns what happened (for the log and the response)."""
    kind = str(body.get("notification_type") or "")
    status = NOTIFICATION_STATUS.get(kind)
    if status is None:
        return "ignored"  # test notifications, issues, unknown types
    request = body.get("request") or {}
    try:
        overseerr_id = int(str(request.get("request_id") or ""))
    except ValueError:
        return "ignored"
    row = await MediaRequest.get_or_none(overseerr_id=overseerr_id)
    if row is None:
        return "unknown request"
    if row.status is status:
        return "unchanged"  # a replay, or an event we already saw
    row.status = status
    await row.save(update_fields=["status", "updated_at"])
    await publish_change(row)
    await notify_status(row)
    return "updated"


async def _owned(request_id: int) -> MediaRequest:
    row = await MediaRequest.get_or_none(id=request_id)
    if row is None:
        raise NotFound("No such request.")
    return row


async def approve(actor: User, request_id: int) -> MediaRequest:
    row = await _owned(request_id)
    if row.overseerr_id is None:
        raise InvalidInput("This request has not reached Overseerr yet.", field="id")
    client = await overseerr_client()
    await client.request("POST", f"/api/v1/request/{row.overseerr_id}/approve")
    return await _set(actor, row, RequestStatus.APPROVED, None)


async def decline(actor: User, request_id: int, reason: str) -> MediaRequest:
    row = await _owned(request_id)
    reason = reason.strip()[:500]
    if not reason:
        raise InvalidInput("Say why, so the requester knows.", field="reason")
    if row.overseerr_id is not None:
        client = await overseerr_client()
        await client.request("POST", f"/api/v1/request/{row.overseerr_id}/decline")
    return await _set(actor, row, RequestStatus.DECLINED, reason)


async def delete(actor: User, request_id: int) -> None:
    row = await _owned(request_id)
    if row.overseerr_id is not None:
        client = await overseerr_client()
        await client.request(
            "DELETE", f"/api/v1/request/{row.overseerr_id}", expect=(200, 204, 404)
        )
    await audit.record(
        actor,
        "request.delete",
        "request",
        row.id,
        before={"title": row.title, "status": row.status.value},
    )
    await row.delete()


async def _set(
    actor: User, row: MediaRequest, status: RequestStatus, reason: str | None
) -> MediaRequest:
    before = {"status": row.status.value}
    row.status = status
    row.decline_reason = reason
    await row.save(update_fields=["status", "decline_reason", "updated_at"])
    await audit.record(
        actor,
        f"request.{status.value}",
        "request",
        row.id,
        before=before,
        after={"status": status.value, "reason": reason},
    )
    await publish_change(row)
    await notify_status(row)
    return row
