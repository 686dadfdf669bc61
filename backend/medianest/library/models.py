"""The Plex library as MediaNest stores it: sections and items (movies, shows, seasons,
episodes), refreshed by sync and read by browse, search and the dashboard."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class ItemType(StrEnum):
    MOVIE = "movie"
    SHOW = "show"
    SEASON = "season"
    EPISODE = "episode"


class LibrarySection(Model):
    id = fields.BigIntField(primary_key=True)
    key = fields.CharField(max_length=32, unique=True)
    title = fields.CharField(max_length=200)
    type = fields.CharField(max_length=16)
    item_count = fields.IntField(default=0)
    synced_at = fields.DatetimeField(null=True)
    # Plex's updatedAt high-water mark, for incremental sync.
    synced_until = fields.BigIntField(default=0)
    # Plex's contentChangedAt when the last full pass finished, and when that was: a full
    # sync skips a section Plex says has not changed since (at most for FULL_PASS_EVERY).
    content_changed_at = fields.BigIntField(null=True)
    full_pass_at = fields.DatetimeField(null=True)

    class Meta:
        table = "library_sections"


class MediaItem(Model):
    id = fields.BigIntField(primary_key=True)
    rating_key = fields.CharField(max_length=32, unique=True)
    section_key = fields.CharField(max_length=32, db_index=True)
    type = fields.CharEnumField(ItemType, max_length=16)
    parent_key = fields.CharField(max_length=32, null=True, db_index=True)
    grandparent_key = fields.CharField(max_length=32, null=True)
    title = fields.CharField(max_length=500)
    sort_title = fields.CharField(max_length=500)
    year = fields.IntField(null=True)
    index = fields.IntField(null=True)
    parent_index = fields.IntField(null=True)
    summary = fields.TextField(default="")
    genres: fields.JSONField[list[str]] = fields.JSONField(default=list)
    rating = fields.FloatField(null=True)
    content_rating = fields.CharField(max_length=32, null=True)
    duration_ms = fields.BigIntField(null=True)
    child_count = fields.IntField(null=True)
    leaf_count = fields.IntField(null=True)
    view_count = fields.IntField(null=True)
    thumb = fields.CharField(max_length=300, null=True)
    art = fields.CharField(max_length=300, null=True)
    tmdb_id = fields.IntField(null=True, db_index=True)
    imdb_id = fields.CharField(max_length=20, null=True)
    tvdb_id = fields.IntField(null=True)
    added_at = fields.BigIntField()
    updated_at = fields.BigIntField()

    class Meta:
        table = "media_items"
        indexes = (("section_key", "type", "sort_title"), ("added_at", "id"))


class LibraryCollection(Model):
    """A Plex collection and the rating keys of its items, in Plex's order."""

    id = fields.BigIntField(primary_key=True)
    rating_key = fields.CharField(max_length=32, unique=True)
    section_key = fields.CharField(max_length=32, db_index=True)
    title = fields.CharField(max_length=500)
    summary = fields.TextField(default="")
    thumb = fields.CharField(max_length=300, null=True)
    item_keys: fields.JSONField[list[str]] = fields.JSONField(default=list)
    added_at = fields.BigIntField(default=0)
    updated_at = fields.BigIntField(default=0)

    class Meta:
        table = "library_collections"
