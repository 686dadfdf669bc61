"""State rows of the fake Overseerr (users, media, requests), its enums and permission bits, and
the JSON shapes Overseerr gives them (protocols.md §3.4, §3.6)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum, IntFlag
from typing import Any, Literal

Flavor = Literal["overseerr", "jellyseerr", "seerr"]
FLAVORS: tuple[Flavor, ...] = ("overseerr", "jellyseerr", "seerr")
Json = dict[str, Any]


class MediaRequestStatus(IntEnum):
    PENDING = 1
    APPROVED = 2
    DECLINED = 3
    FAILED = 4
    COMPLETED = 5  # Jellyseerr / Seerr only


class MediaStatus(IntEnum):
    UNKNOWN = 1
    PENDING = 2
    PROCESSING = 3
    PARTIALLY_AVAILABLE = 4
    AVAILABLE = 5
    BLACKLISTED = 6  # Jellyseerr / Seerr only (Seerr calls it BLOCKLISTED)
    DELETED = 7  # Jellyseerr / Seerr only


class UserType(IntEnum):
    PLEX = 1
    LOCAL = 2
    JELLYFIN = 3  # Jellyseerr / Seerr only
    EMBY = 4  # Jellyseerr / Seerr only


class Permission(IntFlag):
    """Overseerr's permission bits (``server/lib/permissions.ts``). ADMIN implies all of them."""

    NONE = 0
    ADMIN = 2
    MANAGE_SETTINGS = 4
    MANAGE_USERS = 8
    MANAGE_REQUESTS = 16
    REQUEST = 32
    VOTE = 64
    AUTO_APPROVE = 128
    AUTO_APPROVE_MOVIE = 256
    AUTO_APPROVE_TV = 512
    REQUEST_4K = 1024
    REQUEST_4K_MOVIE = 2048
    REQUEST_4K_TV = 4096
    REQUEST_ADVANCED = 8192
    REQUEST_VIEW = 16384
    AUTO_APPROVE_4K = 32768
    AUTO_APPROVE_4K_MOVIE = 65536
    AUTO_APPROVE_4K_TV = 131072
    REQUEST_MOVIE = 262144
    REQUEST_TV = 524288
    MANAGE_ISSUES = 1048576
    VIEW_ISSUES = 2097152
    CREATE_ISSUES = 4194304
    AUTO_REQUEST = 8388608
    AUTO_REQUEST_MOVIE = 16777216
    AUTO_REQUEST_TV = 33554432
    RECENT_VIEW = 67108864
    WATCHLIST_VIEW = 134217728


def has_permission(value: int, *required: int, any_of: bool = False) -> bool:
    """Overseerr's ``hasPermission``: ADMIN passes everything; several permissions are checked
    with AND unless ``any_of`` (the ``{type: 'or'}`` option)."""
    if not required or value & Permission.ADMIN:
        return True
    if any_of:
        return any(value & p for p in required)
    return all(value & p == p for p in required)


def media_status_name(status: int, flavor: Flavor) -> str:
    """The enum name Overseerr puts in webhook payloads (``MediaStatus[n]``)."""
    if status == MediaStatus.BLACKLISTED and flavor == "seerr":
        return "BLOCKLISTED"
    try:
        return MediaStatus(status).name
    except ValueError:
        return ""


def iso(moment: datetime | None) -> str | None:
    """JavaScript's ``Date.toISOString()``: milliseconds and a ``Z``."""
    if moment is None:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@dataclass
class User:
    id: int
    email: str
    created_at: datetime
    updated_at: datetime
    username: str | None = None
    plex_username: str | None = None
    plex_id: int | None = None
    user_type: int = UserType.PLEX
    permissions: int = Permission.REQUEST
    avatar: str = ""
    movie_quota_limit: int | None = None
    movie_quota_days: int | None = None
    tv_quota_limit: int | None = None
    tv_quota_days: int | None = None
    jellyfin_user_id: str | None = None
    jellyfin_username: str | None = None
    discord_id: str | None = None
    telegram_chat_id: str | None = None

    @property
    def display_name(self) -> str:
        return self.username or self.plex_username or self.jellyfin_username or self.email

    def can(self, *required: int, any_of: bool = False) -> bool:
        return has_permission(self.permissions, *required, any_of=any_of)


def default_avatar(email: str) -> str:
    digest = hashlib.md5(email.strip().lower().encode(), usedforsecurity=False).hexdigest()
    return f"https://www.gravatar.com/avatar/{digest}?default=mm&size=200"


@dataclass
class MediaSeason:
    id: int
    season_number: int
    status: int
    status4k: int
    created_at: datetime
    updated_at: datetime


@dataclass
class Media:
    id: int
    media_type: str  # "movie" | "tv"
    tmdb_id: int
    created_at: datetime
    updated_at: datetime
    tvdb_id: int | None = None
    imdb_id: str | None = None
    status: int = MediaStatus.UNKNOWN
    status4k: int = MediaStatus.UNKNOWN
    media_added_at: datetime | None = None
    rating_key: str | None = None
    rating_key4k: str | None = None
    last_season_change: datetime | None = None
    seasons: list[MediaSeason] = field(default_factory=list)

    def status_for(self, is4k: bool) -> int:
        return self.status4k if is4k else self.status

    def set_status(self, is4k: bool, status: int) -> None:
        if is4k:
            self.status4k = status
        else:
            self.status = status


@dataclass
class SeasonRequest:
    id: int
    season_number: int
    status: int
    created_at: datetime
    updated_at: datetime


@dataclass
class MediaRequest:
    id: int
    status: int
    media_id: int
    type: str  # "movie" | "tv"
    is4k: bool
    requested_by_id: int
    created_at: datetime
    updated_at: datetime
    modified_by_id: int | None = None
    server_id: int | None = None
    profile_id: int | None = None
    root_folder: str | None = None
    language_profile_id: int | None = None
    tags: list[int] | None = None
    is_auto_request: bool = False
    seasons: list[SeasonRequest] = field(default_factory=list)


def user_json(user: User, flavor: Flavor, *, request_count: int, private: bool = True) -> Json:
    """A User as Overseerr serialises it; ``private=False`` drops ``email`` and ``plexId`` as
    ``User.filter()`` does for callers without MANAGE_USERS. Never a token or password."""
    out: Json = {
        "id": user.id,
        "email": user.email,
        "plexUsername": user.plex_username,
        "username": user.username,
        "userType": user.user_type,
        "plexId": user.plex_id,
        "permissions": user.permissions,
        "avatar": user.avatar,
        "movieQuotaLimit": user.movie_quota_limit,
        "movieQuotaDays": user.movie_quota_days,
        "tvQuotaLimit": user.tv_quota_limit,
        "tvQuotaDays": user.tv_quota_days,
        "createdAt": iso(user.created_at),
        "updatedAt": iso(user.updated_at),
        "requestCount": request_count,
        "displayName": user.display_name,
    }
    if flavor != "overseerr":
        out["jellyfinUserId"] = user.jellyfin_user_id
        out["jellyfinUsername"] = user.jellyfin_username
    if not private:
        del out["email"], out["plexId"]
    return out


def media_json(media: Media, flavor: Flavor, *, plex_machine_id: str) -> Json:
    out: Json = {
        "id": media.id,
        "mediaType": media.media_type,
        "tmdbId": media.tmdb_id,
        "tvdbId": media.tvdb_id,
        "imdbId": media.imdb_id,
        "status": media.status,
        "status4k": media.status4k,
        "createdAt": iso(media.created_at),
        "updatedAt": iso(media.updated_at),
        "lastSeasonChange": iso(media.last_season_change or media.created_at),
        "mediaAddedAt": iso(media.media_added_at),
        "serviceId": None,
        "serviceId4k": None,
        "externalServiceId": None,
        "externalServiceId4k": None,
        "externalServiceSlug": None,
        "externalServiceSlug4k": None,
        "ratingKey": media.rating_key,
        "ratingKey4k": media.rating_key4k,
        "seasons": [
            {
                "id": s.id,
                "seasonNumber": s.season_number,
                "status": s.status,
                "status4k": s.status4k,
                "createdAt": iso(s.created_at),
                "updatedAt": iso(s.updated_at),
            }
            for s in sorted(media.seasons, key=lambda s: s.season_number)
        ],
        "downloadStatus": [],
        "downloadStatus4k": [],
    }
    if flavor != "overseerr":
        out["jellyfinMediaId"] = None
        out["jellyfinMediaId4k"] = None
    if media.rating_key:
        key = f"%2Flibrary%2Fmetadata%2F{media.rating_key}"
        out["plexUrl"] = f"https://app.plex.tv/desktop#!/server/{plex_machine_id}/details?key={key}"
        out["iOSPlexUrl"] = f"plex://preplay/?metadataKey={key}&server={plex_machine_id}"
    return out


def season_request_json(season: SeasonRequest) -> Json:
    return {
        "id": season.id,
        "seasonNumber": season.season_number,
        "status": season.status,
        "createdAt": iso(season.created_at),
        "updatedAt": iso(season.updated_at),
    }


def request_json(
    request: MediaRequest, *, media: Json | None, requested_by: Json, modified_by: Json | None
) -> Json:
    """A MediaRequest; ``media=None`` leaves the key out (requests nested in a Media)."""
    out: Json = {
        "id": request.id,
        "status": request.status,
        "type": request.type,
        "is4k": request.is4k,
        "createdAt": iso(request.created_at),
        "updatedAt": iso(request.updated_at),
        "serverId": request.server_id,
        "profileId": request.profile_id,
        "rootFolder": request.root_folder,
        "languageProfileId": request.language_profile_id,
        "tags": request.tags,
        "isAutoRequest": request.is_auto_request,
        "seasonCount": len(request.seasons),
        "seasons": [season_request_json(s) for s in request.seasons],
        "requestedBy": requested_by,
        "modifiedBy": modified_by,
    }
    if media is not None:
        out["media"] = media
    return out
