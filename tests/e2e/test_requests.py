"""Requests in a real Chromium: search, request one season of a show, and watch its status
change live when Overseerr's webhook fires."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, expect

from medianest.auth import service as auth_service
from medianest.requests.models import MediaRequest
from medianest.settings_admin import service as settings_service
from medianest.users.models import User
from tests.e2e.conftest import DESKTOP
from tests.fakes.overseerr import DEFAULT_API_KEY, FakeOverseerr
from tests.fakes.server import serve

pytestmark = pytest.mark.e2e
SECRET = "e2e-webhook-secret"


@pytest.fixture
async def overseerr(runtime: object, server: str) -> AsyncIterator[FakeOverseerr]:
    fake = FakeOverseerr()
    async with serve(fake.app) as url:
        await settings_service.save(
            settings_service.OverseerrSettings,
            url=url,
            api_key=DEFAULT_API_KEY,
            webhook_secret=SECRET,
        )
        fake.configure_webhook(f"{server}/webhooks/overseerr", authorization=SECRET)
        yield fake


async def test_request_a_season_and_see_it_approved_live(
    browser: Browser, server: str, overseerr: FakeOverseerr, artifacts: Path
) -> None:
    user = await User.create(
        username="alice", display_name="Alice", plex_id=616161, permissions=["request"]
    )
    overseerr.add_plex_friend(616161, "alice", "alice@example.com")
    show = next(iter(overseerr.catalogue.shows.values()))
    context = await browser.new_context(viewport=DESKTOP)
    page = await context.new_page()
    await page.goto(f"{server}/auth/link/{await auth_service.create_sign_in_link(user)}")
    await page.goto(f"{server}/requests")
    await page.get_by_label("Search movies and shows").fill(show.name)
    card = page.locator(f'[data-testid="media-result"][data-tmdb-id="{show.id}"]')
    await expect(card).to_be_visible(timeout=10_000)
    await card.get_by_role("button", name=f"Request {show.name}").click()
    await page.get_by_label("Specific seasons").check()
    await page.get_by_label("Season numbers").fill("1")
    await page.get_by_role("button", name="Request", exact=True).click()
    row = page.get_by_test_id("my-request").first
    await expect(row).to_have_attribute("data-status", "PENDING", timeout=10_000)
    await page.screenshot(path=str(artifacts / "requests-desktop.png"), full_page=True)

    stored = await MediaRequest.get(tmdb_id=show.id)
    assert stored.seasons == [1]
    overseerr.approve_request(stored.overseerr_id)
    await overseerr.flush_webhooks()
    await expect(row).to_have_attribute("data-status", "APPROVED", timeout=10_000)
    # The notification arrives live: the bell counts it, the drawer shows it.
    bell = page.get_by_test_id("notification-bell")
    await expect(bell).to_have_accessible_name("Notifications, 1 unread", timeout=10_000)
    await bell.click()
    drawer = page.get_by_role("dialog", name="Notifications")
    await expect(drawer.get_by_text(f"Request approved: {show.name}").first).to_be_visible()
    await page.screenshot(path=str(artifacts / "notifications-desktop.png"))
    await drawer.get_by_role("button", name="Mark all read").click()
    await expect(bell).to_have_accessible_name("Notifications", timeout=10_000)
    await context.close()
