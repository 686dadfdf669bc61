"""A real Chromium (Debian's package) driven by Playwright, shared by the end-to-end tests."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator

import pytest
from playwright.async_api import Browser, ViewportSize, async_playwright

from medianest.settings import Settings

CHROMIUM = os.environ.get("MEDIANEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = ViewportSize(width=375, height=812)
DESKTOP = ViewportSize(width=1280, height=800)


@pytest.fixture(scope="module")
async def browser(settings: Settings) -> AsyncIterator[Browser]:
    if not (settings.resolved_static_dir / "index.html").exists():
        pytest.fail("The SPA is not built: run `make build` (make test does it first).")
    if not shutil.which(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    async with async_playwright() as pw:
        launched = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        await launched.close()
