"""The library in a real Chromium: browse the poster grid, search as you type, open a show,
see its poster come through MediaNest, and watch now playing change live on the dashboard."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.async_api import Browser, expect

from medianest.auth import service as auth_service
from medianest.library import now_playing as now_playing_module
from medianest.library.models import ItemType, MediaItem
from medianest.library.sync import Syncer
from medianest.plex.clients import plex_server
from medianest.settings_admin import service as settings_service
from medianest.users.models import User
from tests.conftest import PlexWorld
from tests.e2e.conftest import DESKTOP, PHONE
from tests.fakes.plex_library import OWNER_TOKEN, SERVER_MACHINE_ID, SERVER_NAME

pytestmark = pytest.mark.e2e


@pytest.fixture
async def synced(plex: PlexWorld, monkeypatch: pytest.MonkeyPatch) -> PlexWorld:
    monkeypatch.setattr(now_playing_module, "POLL_S", 0.3)
    await settings_service.save(
        settings_service.PlexSettings,
        url=plex.pms_url,
        token=OWNER_TOKEN,
        machine_identifier=SERVER_MACHINE_ID,
        server_name=SERVER_NAME,
    )
    for n in range(40):
        plex.pms.library.add_movie(f"Grid Film {n:02d}")
    await Syncer(await plex_server()).full()
    return plex


async def test_browse_search_open_and_watch_now_playing(
    browser: Browser, server: str, synced: PlexWorld, artifacts: Path
) -> None:
    alice = await User.create(
        username="alice", display_name="Alice", plex_id=synced.tv.accounts["alice"].id
    )
    context = await browser.new_context(viewport=DESKTOP)
    page = await context.new_page()
    await page.goto(f"{server}/auth/link/{await auth_service.create_sign_in_link(alice)}")

    await page.goto(f"{server}/library")
    cards = page.get_by_test_id("poster-card")
    await expect(cards.first).to_be_visible(timeout=10_000)
    poster = page.locator('[data-testid="poster-card"] img').first
    await expect(poster).to_have_attribute("src", poster_src_re())
    loaded = await poster.evaluate("img => img.complete && img.naturalWidth > 0")
    assert loaded, "the poster did not load through /images"
    await page.screenshot(path=str(artifacts / "library-desktop.png"))

    show = await MediaItem.filter(type=ItemType.SHOW).first()
    assert show is not None
    await page.get_by_label("Search the library").fill(show.title[:6])
    result = page.get_by_test_id("search-result").filter(has_text=show.title)
    await expect(result.first).to_be_visible(timeout=5_000)
    await page.screenshot(path=str(artifacts / "search-desktop.png"))
    await result.first.click()
    await expect(page).to_have_url(f"{server}/library/item/{show.rating_key}")
    await expect(page.get_by_role("heading", level=1)).to_have_text(show.title)
    await page.screenshot(path=str(artifacts / "item-desktop.png"), full_page=True)

    await page.goto(f"{server}/")
    movie = synced.pms.library.keys("1", 1)[0]
    key = synced.pms.start_session(movie, user="alice", view_offset=60_000)
    card = page.locator(f'[data-testid="now-playing"][data-session-key="{key}"]')
    await expect(card).to_be_visible(timeout=10_000)
    synced.pms.stop_session(key)
    await expect(card).to_have_count(0, timeout=10_000)
    await context.close()


def poster_src_re() -> re.Pattern[str]:
    return re.compile(r"^/images/\d+/poster\?w=\d+")


async def test_library_on_a_phone(
    browser: Browser, server: str, synced: PlexWorld, artifacts: Path
) -> None:
    user = await User.create(username="bob", display_name="Bob")
    for scheme in ("light", "dark"):
        context = await browser.new_context(viewport=PHONE, color_scheme=scheme)  # type: ignore[arg-type]
        page = await context.new_page()
        await page.goto(f"{server}/auth/link/{await auth_service.create_sign_in_link(user)}")
        await page.goto(f"{server}/library")
        await expect(page.get_by_test_id("poster-card").first).to_be_visible(timeout=10_000)
        first_poster = page.locator('[data-testid="poster-card"] img').first
        await first_poster.wait_for()
        await page.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=await first_poster.element_handle()
        )
        await page.screenshot(path=str(artifacts / f"library-phone-{scheme}.png"))
        await context.close()
