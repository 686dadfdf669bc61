"""Downloads in a real Chromium: paste a URL, see the preview, queue it, watch the bar move, cancel
one, and find a finished one in the history — at desktop and phone widths."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, expect

from medianest.auth import service as auth_service
from medianest.users.models import Permission, User
from tests.e2e.conftest import DESKTOP, PHONE
from tests.support.downloads import Site

pytestmark = pytest.mark.e2e


async def queue_url(page: Page, url: str, title: str) -> None:
    await page.get_by_label("Video or playlist URL").fill(url)
    await page.get_by_role("button", name="Preview").click()
    await expect(page.get_by_text(title).first).to_be_visible(timeout=20_000)
    await page.get_by_role("button", name="Download", exact=True).click()


async def test_paste_preview_queue_watch_cancel_and_history(
    browser: Browser, server: str, site: Site, artifacts: Path
) -> None:
    user = await User.create(
        username="dana",
        display_name="Dana",
        permissions=[Permission.DOWNLOAD.value, Permission.DOWNLOAD_NO_APPROVAL.value],
    )
    context = await browser.new_context(viewport=DESKTOP)
    page = await context.new_page()
    await page.goto(f"{server}/auth/link/{await auth_service.create_sign_in_link(user)}")
    await page.goto(f"{server}/downloads")
    await expect(page.get_by_label("Video or playlist URL")).to_be_visible()

    # A small video finishes and lands in the history.
    await queue_url(page, f"{site.url}/watch/sample", "Sample Clip")
    history = page.get_by_role("region", name="History")
    await expect(history.get_by_text("Sample Clip").first).to_be_visible(timeout=30_000)

    # A slow one shows a moving bar, then is cancelled.
    site.media.throttle_bps = 250_000
    await queue_url(page, f"{site.url}/watch/big", "Big Clip")
    bar = page.get_by_role("progressbar", name="Big Clip progress").first
    await expect(bar).to_be_visible(timeout=20_000)
    await expect(bar).not_to_have_attribute("aria-valuenow", "0", timeout=20_000)
    first = float(await bar.get_attribute("aria-valuenow") or 0)
    await page.wait_for_timeout(1500)
    later = float(await bar.get_attribute("aria-valuenow") or 0)
    assert later > first, (first, later)
    await page.screenshot(path=str(artifacts / "downloads-desktop.png"), full_page=True)
    await page.get_by_role("button", name="Cancel Big Clip").first.click()
    await expect(history.get_by_text("Big Clip").first).to_be_visible(timeout=10_000)
    await expect(page.get_by_role("button", name="Retry Big Clip").first).to_be_visible()

    # Phone width: the same page, one column, nothing cut off.
    await page.set_viewport_size(PHONE)
    await page.reload()
    await expect(page.get_by_label("Video or playlist URL")).to_be_visible()
    await expect(history.get_by_text("Sample Clip").first).to_be_visible(timeout=10_000)
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page scrolls sideways at phone width ({width}px)"
    await page.screenshot(path=str(artifacts / "downloads-phone.png"), full_page=True)
    await context.close()
