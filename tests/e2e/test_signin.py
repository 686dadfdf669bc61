"""Sign in with Plex in a real Chromium: the popup to (fake) app.plex.tv, approval there, the
first-run server choice, and a friend without access being told why."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.async_api import Browser, expect

from tests.conftest import PlexWorld
from tests.e2e.conftest import DESKTOP, PHONE
from tests.fakes.plex_library import SERVER_NAME

pytestmark = pytest.mark.e2e


async def test_owner_signs_in_through_the_popup_and_sets_up(
    browser: Browser, server: str, plex: PlexWorld, artifacts: Path
) -> None:
    context = await browser.new_context(viewport=DESKTOP)
    page = await context.new_page()
    await page.goto(f"{server}/")
    async with page.expect_popup() as popup_info:
        await page.get_by_role("button", name="Sign in with Plex").click()
    popup = await popup_info.value
    await popup.wait_for_url(f"{plex.tv_url}/auth**")
    await expect(page.get_by_test_id("signin-status")).to_be_visible()
    await popup.get_by_role("button", name="owner").first.click()
    await expect(page).to_have_url(f"{server}/setup", timeout=15_000)
    await page.screenshot(path=str(artifacts / "setup-desktop.png"))
    await page.get_by_role("radio", name=SERVER_NAME).check()
    await page.get_by_role("button", name="Use this server").click()
    await expect(page).to_have_url(f"{server}/admin/settings", timeout=15_000)
    await page.screenshot(path=str(artifacts / "settings-desktop.png"), full_page=True)
    cookies = await context.cookies()
    tokens = [plex.tv.token_for("owner")]
    assert not any(token in c["value"] for c in cookies for token in tokens)
    await context.close()


async def test_a_stranger_is_told_why_not(
    browser: Browser, server: str, plex: PlexWorld, artifacts: Path
) -> None:
    from medianest.settings_admin import service as settings_service
    from tests.fakes.plex_library import OWNER_TOKEN, SERVER_MACHINE_ID

    await settings_service.save(
        settings_service.PlexSettings,
        url=plex.pms_url,
        token=OWNER_TOKEN,
        machine_identifier=SERVER_MACHINE_ID,
        server_name=SERVER_NAME,
    )
    context = await browser.new_context(viewport=PHONE)
    page = await context.new_page()
    await page.goto(f"{server}/")
    async with page.expect_popup() as popup_info:
        await page.get_by_role("button", name="Sign in with Plex").click()
    popup = await popup_info.value
    await popup.wait_for_url(f"{plex.tv_url}/auth**")
    await popup.get_by_role("button", name="carol").first.click()
    status = page.get_by_test_id("signin-status")
    await expect(status).to_contain_text("no access", timeout=15_000)
    await expect(status).to_contain_text(SERVER_NAME)
    await page.screenshot(path=str(artifacts / "signin-refused-phone.png"))
    await context.close()
