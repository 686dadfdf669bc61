"""The SPA in a real Chromium (Debian's package, driven by Playwright): sign in, watch the job
list update live as a job runs, and keep screenshots as artifacts."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, ViewportSize, expect

from medianest.auth import service as auth_service
from medianest.housekeeping import service as housekeeping
from medianest.users.models import Role, User
from tests.e2e.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.e2e


async def signed_in_page(
    browser: Browser, server: str, user: User, viewport: ViewportSize, scheme: str
) -> Page:
    context = await browser.new_context(viewport=viewport, color_scheme=scheme)  # type: ignore[arg-type]
    page = await context.new_page()
    token = await auth_service.create_sign_in_link(user)
    await page.goto(f"{server}/auth/link/{token}")
    await expect(page).to_have_url(f"{server}/")
    return page


async def test_job_list_updates_live(browser: Browser, server: str, artifacts: Path) -> None:
    admin = await User.create(username="owner", display_name="Olivia", role=Role.ADMIN)
    page = await signed_in_page(browser, server, admin, DESKTOP, "light")
    await page.goto(f"{server}/jobs")
    await expect(page.get_by_test_id("live-status")).to_have_attribute(
        "data-state", "connected", timeout=10_000
    )
    await expect(page.get_by_text("No jobs yet")).to_be_visible()

    # A job started elsewhere (the scheduler, another admin) appears and runs to the end
    # without a reload: only the subscription can bring it.
    job = await housekeeping.start(None)
    row = page.locator(f'[data-testid="job-row"][data-job-id="{job.id}"]')
    await expect(row).to_be_visible(timeout=10_000)
    await expect(row).to_have_attribute("data-status", "SUCCEEDED", timeout=15_000)
    await expect(row).to_contain_text("Removed")

    # And one started from the page.
    await page.get_by_role("button", name="Run housekeeping").click()
    rows = page.get_by_test_id("job-row")
    await expect(rows).to_have_count(2, timeout=10_000)
    await expect(rows.first).to_have_attribute("data-status", "SUCCEEDED", timeout=15_000)
    await page.screenshot(path=str(artifacts / "jobs-desktop-light.png"), full_page=True)
    await page.context.close()


async def test_screens_at_phone_and_desktop_widths(
    browser: Browser, server: str, artifacts: Path
) -> None:
    admin = await User.create(username="owner", display_name="Olivia", role=Role.ADMIN)
    await housekeeping.start(admin)
    for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        for scheme in ("light", "dark"):
            page = await signed_in_page(browser, server, admin, viewport, scheme)
            await expect(page.get_by_role("heading", level=1)).to_contain_text("Olivia")
            # Past the skeletons: what people look at once the cards have loaded.
            await page.wait_for_load_state("networkidle")
            await page.screenshot(path=str(artifacts / f"dashboard-{name}-{scheme}.png"))
            await page.goto(f"{server}/jobs")
            await expect(page.get_by_test_id("job-row").first).to_be_visible(timeout=10_000)
            await page.screenshot(path=str(artifacts / f"jobs-{name}-{scheme}.png"))
            await page.context.close()


async def test_signed_out_visitors_see_how_to_sign_in(
    browser: Browser, server: str, artifacts: Path
) -> None:
    context = await browser.new_context(viewport=PHONE)
    page = await context.new_page()
    await page.goto(f"{server}/jobs")
    await expect(page.get_by_role("button", name="Sign in with Plex")).to_be_visible()
    await page.screenshot(path=str(artifacts / "signed-out-phone.png"))
    await context.close()
