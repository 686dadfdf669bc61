"""How one item of the fake library looks as a PMS JSON ``Metadata`` entry.

Mirrors what the real server sends: string ``ratingKey``/``key``, epoch-second ``addedAt`` /
``updatedAt``, millisecond ``duration``, server-relative ``thumb``/``art``; ``Guid`` only on
request (``includeGuids=1``) or on detail views, and never for legacy-agent items; list keys left
out when empty. Three agent styles are mixed in the seed: modern (``plex://`` guid, tmdb + imdb
or tvdb ids), modern without a tmdb id, and legacy (``com.plexapp.agents.*`` guid, no ``Guid``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tests.fakes.plex_library import ADJ, EPISODE, MOVIE, NOUN, SEASON, SHOW, TYPE_NAMES, mix

if TYPE_CHECKING:
    from tests.fakes.plex_library import PlexLibrary

GENRES = (
    "Action", "Adventure", "Animation", "Comedy", "Crime", "Documentary", "Drama", "Family",
    "Fantasy", "Horror", "Mystery", "Romance", "Science-Fiction", "Thriller",
)  # fmt: skip
MOVIE_RATINGS = ("G", "PG", "PG-13", "R", "NR")
TV_RATINGS = ("TV-G", "TV-PG", "TV-14", "TV-MA")
STUDIOS = ("Northwind Pictures", "Blue Harbor Films", "Lantern House", "Quiet Hill Studios")
RESOLUTIONS = {"4k": (3840, 2160), "1080": (1920, 1080), "720": (1280, 720)}
# Stored overrides copied into the output as they are (besides title, ids and agent).
PLAIN_OVERRIDES = frozenset(
    {"summary", "viewCount", "lastViewedAt", "viewOffset", "contentRating", "studio",
     "originalTitle", "tagline"}
)  # fmt: skip


def render(lib: PlexLibrary, row: int, *, guids: bool, detail: bool) -> dict[str, Any]:
    t, h, rk = lib.type_of(row), lib.noise(row), str(row + 1)
    section, updated = lib.section_of(row), lib.updated_at(row)
    ids = lib.external_ids(row)
    item: dict[str, Any] = {
        "ratingKey": rk,
        "key": f"/library/metadata/{rk}" + ("/children" if t in (SHOW, SEASON) else ""),
        "guid": guid(lib, row, ids),
        "type": TYPE_NAMES[t],
        "title": lib.title(row),
        "librarySectionID": int(section.key),
        "librarySectionTitle": section.title,
        "librarySectionKey": f"/library/sections/{section.key}",
        "summary": f"A {ADJ[(h >> 9) % 32].lower()} story about a {NOUN[h % 32].lower()}.",
        "index": lib.index(row) or None,
        "year": lib.year(row),
        "thumb": f"/library/metadata/{rk}/thumb/{updated}",
        "art": f"/library/metadata/{rk}/art/{updated}",
        "addedAt": lib.added_at(row),
        "updatedAt": updated,
    }
    if t in (MOVIE, SHOW):
        ratings = MOVIE_RATINGS if t == MOVIE else TV_RATINGS
        genres = dict.fromkeys(GENRES[(h >> s) % len(GENRES)] for s in (0, 4, 8)[: 1 + h % 3])
        item.update(
            titleSort=lib.title_sort(row),
            rating=lib.rating(row),
            audienceRating=round(1 + (h >> 12) % 90 / 10, 1),
            contentRating=ratings[(h >> 15) % len(ratings)],
            studio=STUDIOS[(h >> 18) % len(STUDIOS)],
            Genre=[{"tag": g} for g in genres],
        )
    if t in (MOVIE, EPISODE):
        item.update(duration=(40 + h % 100) * 60_000, Media=[media(lib, row)])
    if t in (SHOW, SEASON):
        item.update(
            leafCount=lib.leaf_count(row),
            viewedLeafCount=0,
            childCount=len(lib.children(row)),
        )
    if t in (SEASON, EPISODE):
        item.update(_parent_fields(lib, lib.parent(row), "parent"))
    if t == EPISODE:
        item.update(_parent_fields(lib, lib.show_of(row), "grandparent"))
        item["parentIndex"] = lib.index(lib.parent(row))
        item["originallyAvailableAt"] = f"{item['year']}-{1 + h % 12:02d}-{1 + h % 28:02d}"
    if (guids or detail) and ids["agent"] != "legacy":
        item["Guid"] = guid_list(t, ids)
    if detail and t in (MOVIE, SHOW):
        item["Director"] = [{"tag": f"{ADJ[(h >> 3) % 32]} {NOUN[(h >> 7) % 32]}son"}]
        item["Role"] = [
            {"tag": f"{NOUN[(h >> s) % 32]} {ADJ[(h >> (s + 5)) % 32]}", "role": "Self"}
            for s in (2, 11, 19)
        ]
    item.update({k: v for k, v in lib.overrides(row).items() if k in PLAIN_OVERRIDES})
    return {k: v for k, v in item.items() if v is not None}


def _parent_fields(lib: PlexLibrary, row: int, prefix: str) -> dict[str, Any]:
    return {
        f"{prefix}RatingKey": str(row + 1),
        f"{prefix}Key": f"/library/metadata/{row + 1}",
        f"{prefix}Title": lib.title(row),
        f"{prefix}Thumb": f"/library/metadata/{row + 1}/thumb/{lib.updated_at(row)}",
    }


def guid_list(type_: int, ids: dict[str, Any]) -> list[dict[str, str]]:
    out = [{"id": f"imdb://{ids['imdb']}"}] if type_ == MOVIE else []
    if ids["tmdb"] is not None:
        out.append({"id": f"tmdb://{ids['tmdb']}"})
    if type_ != MOVIE:
        out.append({"id": f"tvdb://{ids['tvdb']}"})
    return out


def guid(lib: PlexLibrary, row: int, ids: dict[str, Any]) -> str:
    t = lib.type_of(row)
    if ids["agent"] != "legacy":
        return f"plex://{TYPE_NAMES[t]}/{mix(lib.seed, row + 7_000_001):016x}{row + 1:08x}"
    if t == MOVIE:
        return f"com.plexapp.agents.imdb://{ids['imdb']}?lang=en"
    path = [str(lib.external_ids(lib.show_of(row))["tvdb"])]
    if t == SEASON:
        path.append(str(lib.index(row)))
    elif t == EPISODE:
        path += [str(lib.index(lib.parent(row))), str(lib.index(row))]
    return f"com.plexapp.agents.thetvdb://{'/'.join(path)}?lang=en"


def media(lib: PlexLibrary, row: int) -> dict[str, Any]:
    h, part_id, section = lib.noise(row, 4), (row + 1) * 10, lib.section_of(row)
    resolution = ("1080", "1080", "4k", "720")[h % 4]
    width, height = RESOLUTIONS[resolution]
    title = lib.title(row)
    if lib.type_of(row) == MOVIE:
        name = f"{title} ({lib.year(row)})"
        file = f"{section.path}/{name}/{name}.mkv"
    else:
        show, season = lib.title(lib.show_of(row)), lib.index(lib.parent(row))
        code = f"s{season:02d}e{lib.index(row):02d}"
        file = f"{section.path}/{show}/Season {season:02d}/{show} - {code}.mkv"
    file = lib.overrides(row).get("file", file)
    size = (1 + h % 40) * 100_000_000
    part = {
        "id": part_id,
        "key": f"/library/parts/{part_id}/{lib.updated_at(row)}/file.mkv",
        "file": file,
        "size": size,
        "container": "mkv",
    }
    return {
        "id": part_id,
        "videoResolution": resolution,
        "width": width,
        "height": height,
        "container": "mkv",
        "videoCodec": "hevc" if resolution == "4k" else "h264",
        "audioCodec": "eac3",
        "audioChannels": 6,
        "bitrate": size // 6_000_000,
        "Part": [part],
    }
