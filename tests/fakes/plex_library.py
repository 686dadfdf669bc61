"""The seeded Plex library behind the fake PMS: deterministic, compact, mutable.

Items live in parallel arrays (type, section, parent, index, addedAt, updatedAt); titles, years,
ids and the rest are derived from a hash of (seed, ratingKey) when a page is rendered, and only
explicitly added or updated fields are stored. 50,000 items cost a few megabytes, and a page
renders only its own items. Sorted and filtered orders are cached as lists of row numbers until
the next mutation.
"""

from __future__ import annotations

import hashlib
import time
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

MOVIE, SHOW, SEASON, EPISODE = 1, 2, 3, 4
TYPE_NAMES = {MOVIE: "movie", SHOW: "show", SEASON: "season", EPISODE: "episode"}
BASE_TIME = 1_735_689_600  # seeded items were added before 2025-01-01
SERVER_MACHINE_ID = hashlib.sha1(b"medianest-fake-pms").hexdigest()  # noqa: S324 (an id, not a secret)
SERVER_NAME = "MediaNest Test Server"
PMS_VERSION = "1.41.3.9314-a0bfb8370"


def plex_token(label: str) -> str:
    """A deterministic 20-character token, so seeded accounts have stable tokens."""
    return hashlib.sha256(f"fake-plex:{label}".encode()).hexdigest()[:20]


OWNER_TOKEN = plex_token("owner")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


ADJ = _words(
    "Silent Crimson Hidden Broken Golden Last Midnight Frozen Electric Wild Lost Hollow Iron "
    "Velvet Distant Burning Quiet Northern Paper Glass Secret Endless Savage Little Fading "
    "Bright Restless Hungry Lonely Winter Summer Falling"
)
NOUN = _words(
    "River Empire Garden Harbor Signal Orchard Kingdom Mirror Horizon Lantern Frontier Machine "
    "Voyage Cathedral Island Letter Storm Compass Carnival Station Forest Engine Shadow Meadow "
    "Canyon Circus Tide Bridge Archive Comet Valley Witness"
)
SHOW_WORD = _words("Chronicles Files Street Academy Diaries Heights Protocol Legacy")
SORT_FIELDS = frozenset({"titleSort", "title", "addedAt", "updatedAt", "year", "rating"})
INT_FIELDS = frozenset({"addedAt", "updatedAt", "year"})


def mix(seed: int, n: int) -> int:
    """A deterministic 64-bit value for (seed, n): tuples of ints hash the same in every run
    (only str and bytes hashes are randomised), and quickly."""
    return hash((seed, n, 0x5EED)) & 0xFFFF_FFFF_FFFF_FFFF


@dataclass
class Section:
    key: str
    title: str
    kind: str  # "movie" | "show"
    path: str
    created_at: int
    scanned_at: int
    content_changed_at: int
    refreshing_until: float = 0.0
    rows: dict[int, list[int]] = field(default_factory=dict)  # type -> rows, insertion order

    @property
    def top_type(self) -> int:
        return MOVIE if self.kind == "movie" else SHOW


@dataclass(frozen=True)
class Filter:
    field: str
    op: str  # "=", "!=", ">>", "<<"
    values: tuple[str, ...]


class PlexLibrary:
    """Sections "1" (Movies) and "2" (TV Shows) seeded with ``movies`` movies and ``shows``
    shows of ``seasons`` seasons of ``episodes`` episodes. ratingKeys are "1", "2", ..."""

    def __init__(
        self,
        *,
        movies: int = 12,
        shows: int = 3,
        seasons: int = 2,
        episodes: int = 3,
        seed: int = 7,
        base_time: int = BASE_TIME,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.seed = seed
        self.base_time = base_time
        self.clock = clock
        self.version = 0  # bumped by every mutation
        self.sections: dict[str, Section] = {}
        self._type = bytearray()
        self._section = bytearray()
        self._alive = bytearray()
        self._parent = array("l")
        self._index = array("l")
        self._added = array("q")
        self._updated = array("q")
        self._over: dict[int, dict[str, Any]] = {}
        self._children: dict[int, list[int]] = {}
        self._cache: dict[tuple[Any, ...], list[int]] = {}
        self.add_section("Movies", "movie", "/data/movies")
        self.add_section("TV Shows", "show", "/data/tv")
        total = movies + shows * (1 + seasons * (1 + episodes))
        stamp = base_time - total * 60
        for _ in range(movies):
            stamp += 60
            self._new(MOVIE, 1, -1, 0, stamp)
        for _ in range(shows):
            stamp += 60
            show = self._new(SHOW, 2, -1, 0, stamp)
            for s in range(1, seasons + 1):
                season = self._new(SEASON, 2, show, s, stamp)
                for e in range(1, episodes + 1):
                    stamp += 60
                    self._new(EPISODE, 2, season, e, stamp)

    # ----------------------------------------------------------------- state changes (tests)
    def add_section(self, title: str, kind: str, path: str) -> Section:
        key = str(len(self.sections) + 1)
        t = self.base_time
        self.sections[key] = Section(key, title, kind, path, t - 86_400 * 400, t, t)
        return self.sections[key]

    def add_movie(
        self,
        title: str | None = None,
        *,
        section: str = "1",
        added_at: int | None = None,
        **fields: Any,
    ) -> str:
        """A new movie (addedAt = now unless given). ``fields`` as for :meth:`update_item`."""
        row = self._new(MOVIE, int(section), -1, 0, added_at or self._now())
        self._set(row, title, fields)
        return str(row + 1)

    def add_show(
        self,
        title: str | None = None,
        *,
        section: str = "2",
        seasons: int = 1,
        episodes: int = 3,
        added_at: int | None = None,
        **fields: Any,
    ) -> str:
        stamp = added_at or self._now()
        show = self._new(SHOW, int(section), -1, 0, stamp)
        self._set(show, title, fields)
        for s in range(1, seasons + 1):
            for e in range(1, episodes + 1):
                self.add_episode(str(show + 1), s, e, added_at=stamp)
        return str(show + 1)

    def add_episode(
        self,
        show_key: str,
        season: int,
        episode: int,
        title: str | None = None,
        *,
        added_at: int | None = None,
    ) -> str:
        """An episode of a show; the season is created when missing."""
        show = self._row(show_key)
        stamp = added_at or self._now()
        found = [r for r in self._children.get(show, []) if self._index[r] == season]
        season_row = (
            found[0] if found else self._new(SEASON, self._section[show], show, season, stamp)
        )
        row = self._new(EPISODE, self._section[show], season_row, episode, stamp)
        self._set(row, title, {})
        return str(row + 1)

    def update_item(self, rating_key: str, **fields: Any) -> None:
        """Change fields and bump updatedAt. Keys are Plex field names (``title``, ``titleSort``,
        ``year``, ``summary``, ``viewCount``, ``addedAt``...) or ``tmdb_id``, ``imdb_id``,
        ``tvdb_id``, ``agent`` ("modern" | "legacy" | "no-tmdb")."""
        row = self._row(rating_key)
        if "addedAt" in fields:
            self._added[row] = int(fields.pop("addedAt"))
        self._set(row, fields.pop("title", None), fields)
        self._updated[row] = max(self._now(), self._updated[row] + 1)

    def move_item(self, rating_key: str, *, before: str) -> None:
        """Re-sort ``rating_key`` just before ``before`` in titleSort order (pages shift)."""
        other = self._row(before)
        rank = self._rank(other) - 0.5
        self.update_item(rating_key, titleSort=self.title_sort(other), _rank=rank)

    def remove_item(self, rating_key: str) -> None:
        """Delete an item and its seasons and episodes."""
        row = self._row(rating_key)
        for child in list(self._children.get(row, [])):
            self.remove_item(str(child + 1))
        self._alive[row] = 0
        self.section_of(row).rows[self._type[row]].remove(row)
        parent = self._parent[row]
        if parent >= 0:
            self._children[parent].remove(row)
        self._changed(row)

    # ----------------------------------------------------------------- reading
    def exists(self, rating_key: str) -> bool:
        return self.row_of(rating_key) is not None

    def row_of(self, rating_key: str) -> int | None:
        if not rating_key.isdigit():
            return None
        row = int(rating_key) - 1
        return row if 0 <= row < len(self._alive) and self._alive[row] else None

    def count(self, section: str | None = None, type_: int | None = None) -> int:
        return len(self.query(section, (type_,) if type_ else None))

    def keys(self, section: str, type_: int | None = None, sort: str = "titleSort") -> list[str]:
        """ratingKeys in the order ``/library/sections/{section}/all`` serves them."""
        return [str(r + 1) for r in self.query(section, (type_,) if type_ else None, sort)]

    def section_of(self, row: int) -> Section:
        return self.sections[str(self._section[row])]

    def type_of(self, row: int) -> int:
        return self._type[row]

    def children(self, row: int) -> list[int]:
        return self._children.get(row, [])

    def query(
        self,
        section: str | None,
        types: Sequence[int] | None = None,
        sort: str = "titleSort",
        filters: Sequence[Filter] = (),
    ) -> list[int]:
        """Rows of one section (or all) of ``types`` (default: the section's top type), sorted
        and filtered. Raises ValueError on an unknown sort field or filter. Do not mutate."""
        spec = [(p.partition(":")[0], p.partition(":")[2]) for p in sort.split(",") if p]
        for name, direction in spec:
            if name not in SORT_FIELDS or direction not in ("", "asc", "desc"):
                raise ValueError(f"unknown sort {sort!r}")
        key = (self.version, section, tuple(types or ()), sort, tuple(filters))
        if key not in self._cache:
            if len(self._cache) > 32:
                self._cache.clear()
            self._cache[key] = self._compute(section, types, spec, filters)
        return self._cache[key]

    def _compute(
        self,
        section: str | None,
        types: Sequence[int] | None,
        spec: list[tuple[str, str]],
        filters: Sequence[Filter],
    ) -> list[int]:
        chosen = [self.sections[section]] if section else list(self.sections.values())
        rows: list[int] = []
        for sec in chosen:
            for t in types or (sec.top_type,):
                rows.extend(sec.rows.get(t, []))
        for f in filters:
            rows = [r for r in rows if self._matches(r, f)]
        rows.sort()
        for name, direction in reversed(spec):
            rows.sort(key=partial(self.sort_value, name=name), reverse=direction == "desc")
        return rows

    def _matches(self, row: int, f: Filter) -> bool:
        if f.field == "title":
            title = self.title(row).casefold()
            hit = any(v.casefold() in title for v in f.values)
            return hit if f.op == "=" else not hit
        value = self.sort_value(row, f.field)
        assert isinstance(value, int)
        if f.op in ("=", "!="):
            return (str(value) in f.values) == (f.op == "=")
        bound = int(f.values[0])
        return value > bound if f.op == ">>" else value < bound

    def sort_value(self, row: int, name: str) -> Any:
        if name == "titleSort":
            return (self.title_sort(row).casefold(), self._rank(row))
        if name == "title":
            return self.title(row).casefold()
        if name == "addedAt":
            return self._added[row]
        if name == "updatedAt":
            return self._updated[row]
        if name == "year":
            return self.year(row)
        return self.rating(row)

    # ----------------------------------------------------------------- per-row fields
    def noise(self, row: int, salt: int = 0) -> int:
        """The deterministic 64-bit source of a row's generated fields."""
        return mix(self.seed + salt, row + 1)

    _h = noise

    def index(self, row: int) -> int:
        return self._index[row]

    def parent(self, row: int) -> int:
        return self._parent[row]

    def added_at(self, row: int) -> int:
        return self._added[row]

    def updated_at(self, row: int) -> int:
        return self._updated[row]

    def overrides(self, row: int) -> dict[str, Any]:
        return self._over.get(row, {})

    def title(self, row: int) -> str:
        over = self._over.get(row, {})
        if "title" in over:
            return str(over["title"])
        t, h = self._type[row], self._h(row)
        if t == SEASON:
            return f"Season {self._index[row]}"
        if t == SHOW:
            return f"{NOUN[h % 32]} {SHOW_WORD[(h >> 5) % 8]}"
        article = "The " if (h >> 20) % 3 == 0 else ""
        sequel = " II" if (h >> 24) % 13 == 0 else ""
        return f"{article}{ADJ[h % 32]} {NOUN[(h >> 5) % 32]}{sequel}"

    def title_sort(self, row: int) -> str:
        over = self._over.get(row, {})
        if "titleSort" in over:
            return str(over["titleSort"])
        title = self.title(row)
        return title[4:] if title.startswith("The ") else title

    def _rank(self, row: int) -> float:
        return float(self._over.get(row, {}).get("_rank", row))

    def year(self, row: int) -> int:
        over = self._over.get(row, {})
        if "year" in over:
            return int(over["year"])
        if self._type[row] in (SEASON, EPISODE):
            return self.year(self._parent[row])
        return 1950 + self._h(row, 1) % 75

    def rating(self, row: int) -> float:
        return round(1 + (self._h(row, 2) % 90) / 10, 1)

    def external_ids(self, row: int) -> dict[str, Any]:
        """``agent`` plus the tmdb / imdb / tvdb ids the Guid list would carry."""
        over = self._over.get(row, {})
        top = row if self._type[row] in (MOVIE, SHOW) else self.show_of(row)
        h = self._h(top, 3)
        default = "legacy" if h % 23 == 5 else "no-tmdb" if h % 23 == 11 else "modern"
        agent = self._over.get(top, {}).get("agent", default)
        return {
            "agent": agent,
            "tmdb": over.get("tmdb_id", None if agent == "no-tmdb" else 100_000 + row + 1),
            "imdb": over.get("imdb_id", f"tt{2_000_000 + row + 1}"),
            "tvdb": over.get("tvdb_id", 300_000 + row + 1),
        }

    def show_of(self, row: int) -> int:
        while self._type[row] not in (MOVIE, SHOW):
            row = self._parent[row]
        return row

    def leaf_count(self, row: int) -> int:
        if self._type[row] == SEASON:
            return len(self.children(row))
        return sum(len(self.children(s)) for s in self.children(row))

    def metadata(self, row: int, *, guids: bool = False, detail: bool = False) -> dict[str, Any]:
        """One item's JSON ``Metadata`` entry (see plex_items.render)."""
        from tests.fakes.plex_items import render

        return render(self, row, guids=guids, detail=detail)

    # ----------------------------------------------------------------- internals
    def _now(self) -> int:
        return int(self.clock())

    def _row(self, rating_key: str) -> int:
        row = self.row_of(str(rating_key))
        if row is None:
            raise KeyError(f"no item with ratingKey {rating_key!r}")
        return row

    def _new(self, type_: int, section: int, parent: int, index: int, added: int) -> int:
        row = len(self._alive)
        self._type.append(type_)
        self._section.append(section)
        self._alive.append(1)
        self._parent.append(parent)
        self._index.append(index)
        self._added.append(added)
        self._updated.append(added + self._h(row, 5) % 600)
        self.sections[str(section)].rows.setdefault(type_, []).append(row)
        if parent >= 0:
            self._children.setdefault(parent, []).append(row)
        self._changed(row)
        return row

    def _set(self, row: int, title: str | None, fields: dict[str, Any]) -> None:
        over = self._over.setdefault(row, {})
        if title is not None:
            over["title"] = title
        over.update(fields)
        if not over:
            del self._over[row]
        self._changed(row)

    def _changed(self, row: int) -> None:
        """Like Plex's ``contentChangedAt``: moves forward on every change in the section,
        deletions included."""
        self.version += 1
        section = self.section_of(row)
        section.content_changed_at = max(
            section.content_changed_at + 1, self._updated[row], self._added[row]
        )
