"""Library search ranks in tiers (title prefix, then words that start with the text; the
trigram fallback for text inside a word or a typo when those find nothing), pages through the
tiers without gaps or repeats, and never shows seasons or episodes; on PostgreSQL and on SQLite
(embedded mode)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from medianest.core.errors import InvalidInput
from medianest.core.runtime import Runtime
from medianest.library.models import MediaItem
from medianest.library.search import prefix_query, search

ROOT = Path(__file__).resolve().parent.parent

# (title, sort title, type)
CATALOGUE = [
    ("Lost Cathedral II", "Lost Cathedral II", "movie"),
    ("The Lost Cathedral", "Lost Cathedral", "movie"),
    ("Lost Cathedral", "Lost Cathedral", "movie"),
    ("Cathedral of Salt", "Cathedral of Salt", "show"),
    ("Lost Cathedral", "Lost Cathedral", "episode"),
    ("Cathedral Nights", "Cathedral Nights", "season"),
    ("Archive of Cathedrals", "Archive of Cathedrals", "movie"),
    ("Midnight Harbor", "Midnight Harbor", "movie"),
    ("Harbor 100%", "Harbor 100%", "movie"),
    ("Under_score", "Under_score", "movie"),
]


async def stock(rows: list[tuple[str, str, str]]) -> None:
    await MediaItem.bulk_create(
        [
            MediaItem(
                rating_key=str(1000 + n),
                section_key="1",
                type=kind,
                title=title,
                sort_title=sort,
                added_at=1_700_000_000 + n,
                updated_at=1_700_000_000 + n,
            )
            for n, (title, sort, kind) in enumerate(rows)
        ]
    )


async def titles(text: str, first: int = 20, offset: int = 0) -> list[str]:
    return [item.title for item in await search(text, first=first, offset=offset)]


def test_words_become_prefix_queries() -> None:
    assert prefix_query("Lost  Cath") == "lost:* & cath:*"
    assert prefix_query("o'brien 2049") == "o:* & brien:* & 2049:*"
    assert prefix_query("under_score!") == "under:* & score:*"
    assert prefix_query("!!! ---") is None


async def test_tiers_on_postgres(runtime: Runtime) -> None:
    await stock(CATALOGUE)
    # Exact title first, then longer titles that start with it, then titles with the words
    # elsewhere; the episode of the same name is not browsable.
    assert await titles("lost cathedral") == [
        "Lost Cathedral",
        "Lost Cathedral II",
        "The Lost Cathedral",
    ]
    # Equal sort titles ("The Lost Cathedral" sorts as "Lost Cathedral") keep insertion order.
    assert await titles("cath") == [
        "Cathedral of Salt",
        "Archive of Cathedrals",
        "The Lost Cathedral",
        "Lost Cathedral",
        "Lost Cathedral II",
    ]
    # Text inside a word and a typo are found by the trigram fallback.
    assert await titles("night") == ["Midnight Harbor"]
    assert "Lost Cathedral" in await titles("cathedrl")
    # One or two letters match the start of words only, never the middle.
    assert await titles("ha") == ["Harbor 100%", "Midnight Harbor"]
    assert await titles("ar") == ["Archive of Cathedrals"]
    # LIKE's wildcards and tsquery's syntax are plain text here.
    assert await titles("100%") == ["Harbor 100%"]
    assert await titles("under_") == ["Under_score"]
    assert sorted(await titles("lost & | ! :*")) == [
        "Lost Cathedral",
        "Lost Cathedral II",
        "The Lost Cathedral",
    ]
    assert await titles("zzzz") == []
    with pytest.raises(InvalidInput):
        await search("   ", first=5)


async def test_pages_walk_every_tier_once(runtime: Runtime) -> None:
    rows = [(f"Harbor {n:02}", f"Harbor {n:02}", "movie") for n in range(9)]
    rows += [(f"Silent Harbor {n:02}", f"Silent Harbor {n:02}", "show") for n in range(9)]
    # Only found by the trigram fallback, which is not needed: words match.
    rows += [(f"Starharbor {n:02}", f"Starharbor {n:02}", "movie") for n in range(5)]
    rows += [(f"Harbor {n:02}", f"Harbor {n:02}", "episode") for n in range(3)]
    await stock(rows)
    expected = [f"Harbor {n:02}" for n in range(9)] + [f"Silent Harbor {n:02}" for n in range(9)]
    walked: list[str] = []
    for offset in range(0, 40, 4):
        walked += await titles("harbor", first=4, offset=offset)
    assert walked == expected
    assert await titles("harbor", first=100) == expected
    fallback = [f"Starharbor {n:02}" for n in range(5)]
    assert await titles("tarharb", first=3) + await titles("tarharb", first=3, offset=3) == fallback


def test_sqlite_search(tmp_path: Path) -> None:
    """Embedded mode: a fresh SQLite database built by the migrations."""
    script = (
        "import asyncio, json, sys\n"
        "from medianest.core import bootstrap, db\n"
        "from medianest.settings import Environment, Settings\n"
        "from tests.test_library_search import CATALOGUE, stock, titles\n"
        "async def main():\n"
        "    s = Settings(environment=Environment.TEST, database_url=sys.argv[1],"
        " data_dir=sys.argv[2])\n"
        "    await bootstrap.migrate(s)\n"
        "    await db.init_db(s)\n"
        "    await stock(CATALOGUE)\n"
        "    out = {t: await titles(t) for t in ('lost cathedral', 'night', '100%', 'x')}\n"
        "    out['page'] = await titles('cathedral', first=2, offset=2)\n"
        "    await db.close_db()\n"
        "    print(json.dumps(out))\n"
        "asyncio.run(main())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, f"sqlite://{tmp_path / 'db.sqlite3'}", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["lost cathedral"] == ["Lost Cathedral", "Lost Cathedral II", "The Lost Cathedral"]
    assert found["night"] == ["Midnight Harbor"]
    assert found["100%"] == ["Harbor 100%"]
    assert found["x"] == []
    # Cathedral of Salt (a prefix match), then by sort title: Archive of Cathedrals, The Lost
    # Cathedral and Lost Cathedral (equal sort titles, in insertion order), Lost Cathedral II.
    assert found["page"] == ["The Lost Cathedral", "Lost Cathedral"]
