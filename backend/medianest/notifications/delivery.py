"""Outbound delivery of a notification: a generic webhook (JSON, HMAC-signed), a Discord
webhook, or email over SMTP. Each delivery is a job: failures are retried with back-off."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from email.message import EmailMessage
from typing import Any

import httpx

from medianest.jobs import service as jobs
from medianest.notifications.models import Channel
from medianest.notifications.service import DELIVER_KIND
from medianest.settings_admin import service as stored
from medianest.users.models import User

SIGNATURE_HEADER = "X-MediaNest-Signature"
TIMEOUT = httpx.Timeout(10.0)


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """``sha256=<hex>`` of HMAC-SHA256 over ``<timestamp>.<body>``: receivers recompute it and
    reject old timestamps, so a captured delivery cannot be replayed later."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return f"sha256={digest.hexdigest()}"


class DeliveryFailed(Exception):
    pass


async def _webhook(
    conf: stored.NotificationChannels, payload: dict[str, Any], delivery: str
) -> None:
    assert conf.webhook_url
    body = json.dumps(payload, separators=(",", ":")).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "MediaNest",
        "X-MediaNest-Event": payload["kind"],
        "X-MediaNest-Delivery": delivery,
        "X-MediaNest-Timestamp": timestamp,
    }
    if conf.webhook_secret:
        headers[SIGNATURE_HEADER] = sign(conf.webhook_secret, timestamp, body)
    async with httpx.AsyncClient(timeout=TIMEOUT) as client:
        response = await client.post(conf.webhook_url, content=body, headers=headers)
    if response.status_code >= 300:
        raise DeliveryFailed(f"webhook answered {response.status_code}")


async def _discord(conf: stored.NotificationChannels, payload: dict[str, Any]) -> None:
    assert conf.discord_url
    embed: dict[str, Any] = {"title": payload["title"][:256], "description": payload["body"][:4000]}
    message = {"username": "MediaNest", "embeds": [embed], "allowed_mentions": {"parse": []}}
    async with httpx.AsyncClient(timeout=TIMEOUT) as client:
        response = await client.post(conf.discord_url, json=message)
    if response.status_code >= 300:
        raise DeliveryFailed(f"Discord answered {response.status_code}")


async def _email(conf: stored.NotificationChannels, payload: dict[str, Any], user: User) -> None:
    import aiosmtplib

    if not user.email:
        return
    message = EmailMessage()
    message["From"] = conf.smtp_from or ""
    message["To"] = user.email
    message["Subject"] = payload["title"][:200]
    message.set_content(payload["body"] or payload["title"])
    await aiosmtplib.send(
        message,
        hostname=conf.smtp_host,
        port=conf.smtp_port,
        username=conf.smtp_username,
        password=conf.smtp_password,
        start_tls=conf.smtp_starttls,
        timeout=15,
    )


async def deliver(ctx: jobs.JobContext) -> dict[str, Any]:
    data = ctx.job.payload
    conf = await stored.load(stored.NotificationChannels)
    user = await User.get_or_none(id=data["user_id"])
    if user is None:
        return {"skipped": "no such user"}
    channel = Channel(data["channel"])
    payload = {
        "kind": data["kind"],
        "title": data["title"],
        "body": data["body"],
        "link": data.get("link"),
        "user": {"id": user.id, "username": user.username},
    }
    if channel is Channel.WEBHOOK and conf.webhook_url:
        await _webhook(conf, payload, str(ctx.job.id))
    elif channel is Channel.DISCORD and conf.discord_url:
        await _discord(conf, payload)
    elif channel is Channel.EMAIL and conf.smtp_host:
        await _email(conf, payload, user)
    else:
        return {"skipped": f"{channel.value} is not configured"}
    return {"sent": channel.value}


jobs.register_kind(jobs.JobKind(name=DELIVER_KIND, handler=deliver, backoff_s=2.0))
