"""Service status in a real Chromium: a monitor going down on the fake Uptime Kuma reaches the
status page within a poll, Plex becoming unreachable turns the library's banner on without a
reload, and an admin's announcement appears for everyone live."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, expect

from medianest.auth import service as auth_service
from medianest.monitoring import features
from medianest.monitoring import service as monitoring
from medianest.settings_admin import service as settings_service
from medianest.users.models import Role, User
from tests.e2e.conftest import DESKTOP, PHONE
from tests.fakes.server import serve
from tests.fakes.uptime_kuma import FakeUptimeKuma

pytestmark = pytest.mark.e2e


@pytest.fixture
async def kuma(runtime: object) -> AsyncIterator[FakeUptimeKuma]:
    fake = FakeUptimeKuma.with_demo_data()
    async with serve(fake.app) as url:
        await settings_service.save(settings_service.UptimeKumaSettings, url=url, slug="home")
        yield fake


async def test_outages_and_announcements_show_live(
    browser: Browser, server: str, kuma: FakeUptimeKuma, artifacts: Path, unused_tcp_port: int
) -> None:
    member = await User.create(username="fern", display_name="Fern")
    boss = await User.create(username="boss", display_name="Boss", role=Role.ADMIN)
    await monitoring.poll()
    context = await browser.new_context(viewport=DESKTOP)
    page = await context.new_page()
    await page.goto(f"{server}/auth/link/{await auth_service.create_sign_in_link(member)}")

    # A monitor goes down: the next poll reaches the open status page.
    await page.goto(f"{server}/status")
    plex = next(m for m in kuma.monitors.values() if m.name == "Plex")
    row = page.locator(f'[data-testid="monitor"][data-monitor-id="{plex.id}"]')
    await expect(row).to_have_attribute("data-status", "UP", timeout=10_000)
    kuma.set_down(plex.id)
    polled = time.monotonic()
    await monitoring.poll()
    await expect(row).to_have_attribute("data-status", "DOWN", timeout=5_000)
    print(f"monitor down shown {time.monotonic() - polled:.2f} s after the poll")

    # Plex cannot be reached: the library page says it shows stored data, without a reload.
    await page.goto(f"{server}/library")
    banner = page.get_by_test_id("feature-banner-library")
    await expect(banner).to_have_count(0)
    await settings_service.save(
        settings_service.PlexSettings, url=f"http://127.0.0.1:{unused_tcp_port}", token="t"
    )
    await features.check()
    await expect(banner).to_be_visible(timeout=5_000)
    await expect(banner).to_contain_text("last synced")

    # An admin posts an announcement; the member sees it at once.
    admin_context = await browser.new_context(viewport=DESKTOP)
    admin_page = await admin_context.new_page()
    await admin_page.goto(f"{server}/auth/link/{await auth_service.create_sign_in_link(boss)}")
    await admin_page.goto(f"{server}/admin/announcements")
    await admin_page.get_by_label("Title").fill("Plex restarts at 2am")
    await admin_page.get_by_label("Severity").select_option(label="Maintenance")
    await admin_page.get_by_role("button", name="Post announcement").click()
    announcement = page.get_by_test_id("announcement").filter(has_text="Plex restarts at 2am")
    await expect(announcement).to_be_visible(timeout=5_000)
    await page.screenshot(path=str(artifacts / "status-desktop.png"))
    await page.set_viewport_size(PHONE)
    await page.screenshot(path=str(artifacts / "status-phone.png"), full_page=True)
    await page.get_by_role("button", name="Dismiss Plex restarts at 2am").click()
    await expect(announcement).to_have_count(0)
    await admin_context.close()
    await context.close()
