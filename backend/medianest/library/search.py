"""Search as you type across the libraries, answered from the database.

Results come in tiers, each in a stable order so that pages never overlap:

1. titles that start with what was typed (an exact title first), by title;
2. titles with words that start with what was typed ("cath" finds "Lost Cathedral"), by
   sort title: PostgreSQL full-text search over a stored tsvector;
3. only when those find nothing and at least three characters were typed: titles that contain
   the text inside a word or nearly match it (a typo), best match first: the trigram fallback.

On PostgreSQL every tier is served by an index and bounded by the page, so a common word
costs about what a rare one does. Tier 2 either walks the sort-title index until the page
is full (when matches are common) or sorts the matches (when they are few); the statement
counts the candidates up to SORT_AT_MOST and picks, so the planner's guesses about
selectivity cannot send it down the slow path. SQLite, the embedded mode, takes a simpler
path: prefix first, then substring.
"""

from __future__ import annotations

import re
from typing import Any

from tortoise import Tortoise

from medianest.core.errors import InvalidInput
from medianest.library.models import ItemType, MediaItem

WORD = re.compile(r"[^\W_]+")
MAX_TERM = 100
MAX_WORDS = 8
# Tier 2 sorts its matches when there are fewer than this, and walks the index otherwise.
SORT_AT_MOST = 2000
# Trigram matching needs three characters to say anything.
FUZZY_MIN_LENGTH = 3

# The browsable types are spelt out in the SQL below because the partial indexes (and the stored
# tsvector) are defined for exactly these (migration 12).
_BROWSABLE = (ItemType.MOVIE.value, ItemType.SHOW.value)

_POSTGRES = """
WITH prefixed AS MATERIALIZED (
    SELECT id, lower(title) COLLATE "C" AS k FROM media_items
    WHERE type IN ('movie', 'show') AND lower(title) COLLATE "C" LIKE $1
    ORDER BY lower(title) COLLATE "C", id LIMIT $3
), candidates AS MATERIALIZED (
    SELECT id, sort_title FROM media_items
    WHERE search_vector @@ to_tsquery('simple', $2) AND lower(title) COLLATE "C" NOT LIKE $1
    LIMIT $6
), found AS MATERIALIZED (
    SELECT (SELECT count(*) FROM prefixed) AS prefixed, (SELECT count(*) FROM candidates) AS words
)
SELECT id FROM (
    (SELECT 0 AS tier, row_number() OVER (ORDER BY k, id) AS pos, id FROM prefixed)
    UNION ALL
    (SELECT 1, row_number() OVER (ORDER BY sort_title, id), id FROM (
        SELECT sort_title, id FROM media_items
        WHERE type IN ('movie', 'show') AND search_vector @@ to_tsquery('simple', $2)
          AND lower(title) COLLATE "C" NOT LIKE $1 AND (SELECT words FROM found) >= $6
        ORDER BY sort_title, id LIMIT $3) walked)
    UNION ALL
    (SELECT 1, row_number() OVER (ORDER BY sort_title, id), id FROM (
        SELECT sort_title, id FROM candidates WHERE (SELECT words FROM found) < $6
        ORDER BY sort_title, id LIMIT $3) sorted)
    UNION ALL
    (SELECT 2, row_number() OVER (ORDER BY score DESC, sort_title, id), id FROM (
        SELECT word_similarity($4, title) AS score, sort_title, id FROM media_items
        WHERE $5 AND (SELECT prefixed + words FROM found) = 0
          AND type IN ('movie', 'show') AND (title ILIKE $7 OR $4 <% title)
          AND lower(title) COLLATE "C" NOT LIKE $1
          AND NOT coalesce(search_vector @@ to_tsquery('simple', $2), false)
        ORDER BY score DESC, sort_title, id LIMIT $3) fuzzy)
) tiers
ORDER BY tier, pos LIMIT $8 OFFSET $9
"""


def normalized(text: str) -> str:
    term = " ".join(text.split())[:MAX_TERM]
    if not term:
        raise InvalidInput("Type something to search for.", field="query")
    return term


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def prefix_query(term: str) -> str | None:
    """`lost cath` → `lost:* & cath:*`: every word, as the start of a word. None when the
    text has no words at all (punctuation only)."""
    words = WORD.findall(term.lower())[:MAX_WORDS]
    return " & ".join(f"{w}:*" for w in words) or None


async def search(text: str, *, first: int, offset: int = 0) -> list[MediaItem]:
    term = normalized(text)
    conn = Tortoise.get_connection("default")
    if conn.schema_generator.DIALECT == "postgres":
        escaped = _like_escaped(term.lower())
        params: list[Any] = [
            f"{escaped}%",
            prefix_query(term),
            offset + first,
            term,
            len(term) >= FUZZY_MIN_LENGTH,
            SORT_AT_MOST,
            f"%{escaped}%",
            first,
            offset,
        ]
        _, rows = await conn.execute_query(_POSTGRES, params)
    else:
        bare = term.replace("%", "").replace("_", "")
        sql = (
            "SELECT id FROM media_items WHERE type IN (?, ?) AND title LIKE ? "
            "ORDER BY (title LIKE ?) DESC, CASE WHEN title LIKE ? THEN lower(title) END, "
            "sort_title, id LIMIT ? OFFSET ?"
        )
        starts = f"{bare}%"
        _, rows = await conn.execute_query(
            sql, [*_BROWSABLE, f"%{bare}%", starts, starts, first, offset]
        )
    ids = [row["id"] for row in rows]
    by_id = {r.id: r for r in await MediaItem.filter(id__in=ids)}
    return [by_id[i] for i in ids if i in by_id]
