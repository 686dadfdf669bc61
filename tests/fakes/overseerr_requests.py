"""Media requests in the fake Overseerr: creating one (validation, permissions, quotas,
duplicates, seasons, auto-approval by the *acting* user), approving, declining, failing,
deleting, and the filters of ``GET /request`` (protocols.md §3.5, upstream MediaRequest)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tests.fakes.overseerr_http import ApiError, message_error, required_error, validation_error
from tests.fakes.overseerr_models import (
    MediaRequest,
    MediaRequestStatus,
    MediaStatus,
    Permission,
    SeasonRequest,
    User,
)
from tests.fakes.overseerr_state import OverseerrState
from tests.fakes.overseerr_webhook import Notification

_OPTIONAL_NUMBERS = ("tvdbId", "serverId", "profileId", "languageProfileId")
Status = MediaRequestStatus


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def parse_request_body(body: Any) -> dict[str, Any]:
    """The validator's checks of ``POST /request`` against the OpenAPI schema (400s)."""
    if not isinstance(body, dict):
        error = {
            "path": "/body",
            "message": "must be object",
            "errorCode": "type.openapi.validation",
        }
        raise ApiError(400, {"message": "request/body must be object", "errors": [error]})
    for name in ("mediaType", "mediaId"):
        if name not in body:
            raise required_error("body", name)
    if body["mediaType"] not in ("movie", "tv"):
        message = "must be equal to one of the allowed values: movie, tv"
        raise validation_error("body", "mediaType", message, "enum")
    for name in ("mediaId", *_OPTIONAL_NUMBERS):
        if name in body and not _is_number(body[name]):
            raise validation_error("body", name, "must be number", "type")
    if "userId" in body and body["userId"] is not None and not _is_number(body["userId"]):
        raise validation_error("body", "userId", "must be number", "type")
    if "is4k" in body and not isinstance(body["is4k"], bool):
        raise validation_error("body", "is4k", "must be boolean", "type")
    if "rootFolder" in body and not isinstance(body["rootFolder"], str):
        raise validation_error("body", "rootFolder", "must be string", "type")
    seasons = body.get("seasons")
    valid_list = isinstance(seasons, list) and all(_is_number(s) and s >= 0 for s in seasons)
    if "seasons" in body and seasons != "all" and not valid_list:
        raise validation_error("body", "seasons", "must match exactly one schema in oneOf", "oneOf")
    return body


class OverseerrRequests(OverseerrState):
    # -- quotas --------------------------------------------------------------------------------
    def quota_used(self, user: User, media_type: str) -> int:
        """Requests (movies) or requested seasons (tv) inside the user's quota window."""
        days = (user.movie_quota_days if media_type == "movie" else user.tv_quota_days) or 7
        since = self.now() - timedelta(days=days)
        used = 0
        for r in self.requests.values():
            if (
                r.requested_by_id == user.id
                and r.type == media_type
                and r.status != Status.DECLINED
                and r.created_at >= since
            ):
                used += 1 if media_type == "movie" else len(r.seasons)
        return used

    def quota_remaining(self, user: User, media_type: str) -> int | None:
        limit = user.movie_quota_limit if media_type == "movie" else user.tv_quota_limit
        if not limit or user.can(Permission.MANAGE_USERS, Permission.MANAGE_REQUESTS):
            return None
        return max(limit - self.quota_used(user, media_type), 0)

    # -- creating --------------------------------------------------------------------------------
    def add_request(
        self,
        user_id: int,
        tmdb_id: int,
        media_type: str | None = None,
        *,
        seasons: list[int] | str | None = None,
        is4k: bool = False,
    ) -> MediaRequest:
        """Arrange a request as ``POST /request`` by that user would create it (same rules,
        same notifications); raises ApiError where the API would refuse."""
        kind = self._media_type(tmdb_id, media_type)
        body: dict[str, Any] = {"mediaType": kind, "mediaId": tmdb_id, "is4k": is4k}
        if kind == "tv":
            body["seasons"] = "all" if seasons is None else seasons
        return self.create_request(self.users[user_id], body)

    def _requester(self, acting: User, data: dict[str, Any]) -> User:
        """``userId`` re-attributes the request; it needs MANAGE_USERS and MANAGE_REQUESTS."""
        if not data.get("userId"):
            return acting
        if not acting.can(Permission.MANAGE_USERS, Permission.MANAGE_REQUESTS):
            raise message_error(403, "You do not have permission to modify the request user.")
        found = self.users.get(int(data["userId"]))
        if found is None:
            message = f'Could not find any entity of type "User" matching id {data["userId"]}'
            raise message_error(500, message)
        return found

    def _check_may_request(self, requester: User, kind: str, is4k: bool) -> int | None:
        """Permission and quota of the requester; returns the quota left (None: unlimited)."""
        if is4k:
            needed = Permission.REQUEST_4K_MOVIE if kind == "movie" else Permission.REQUEST_4K_TV
            allowed = requester.can(Permission.REQUEST_4K, needed, any_of=True)
        else:
            needed = Permission.REQUEST_MOVIE if kind == "movie" else Permission.REQUEST_TV
            allowed = requester.can(Permission.REQUEST, needed, any_of=True)
        if not allowed:
            what = ("4K " if is4k else "") + ("movie" if kind == "movie" else "series")
            raise message_error(403, f"You do not have permission to make {what} requests.")
        remaining = self.quota_remaining(requester, kind)
        if remaining == 0:
            message = "Movie Quota exceeded." if kind == "movie" else "Series Quota exceeded."
            raise message_error(403, message)
        return remaining

    def _tmdb_lookup(self, kind: str, tmdb_id: float) -> int:
        table = self.catalogue.movies if kind == "movie" else self.catalogue.shows
        key = int(tmdb_id) if float(tmdb_id).is_integer() else -1
        if self.tmdb_down or key not in table:
            what = "movie" if kind == "movie" else "TV show"
            why = (
                "connect ECONNREFUSED" if self.tmdb_down else "Request failed with status code 404"
            )
            raise message_error(500, f"[TMDB] Failed to fetch {what} details: {why}")
        return key

    def _auto_approves(self, acting: User, kind: str, is4k: bool) -> bool:
        """Auto-approval follows the *acting* user (the API key's admin unless X-API-User)."""
        if is4k:
            own = (
                Permission.AUTO_APPROVE_4K_MOVIE
                if kind == "movie"
                else Permission.AUTO_APPROVE_4K_TV
            )
            general = Permission.AUTO_APPROVE_4K
        else:
            own = Permission.AUTO_APPROVE_MOVIE if kind == "movie" else Permission.AUTO_APPROVE_TV
            general = Permission.AUTO_APPROVE
        return acting.can(general, own, Permission.MANAGE_REQUESTS, any_of=True)

    def _closed_statuses(self) -> set[int]:
        """Requests that no longer block a new one for the same title."""
        if self.flavor == "overseerr":
            return {Status.DECLINED}
        return {Status.DECLINED, Status.COMPLETED}

    def _new_seasons(
        self, tmdb_id: int, wanted: Any, existing: list[MediaRequest], is4k: bool
    ) -> list[int]:
        """The requested seasons minus those already requested or present in the library."""
        if wanted is None:
            raise message_error(500, "Cannot read properties of undefined (reading 'filter')")
        show = self.catalogue.shows[tmdb_id]
        numbers = show.regular_seasons if wanted == "all" else [int(s) for s in wanted]
        closed = self._closed_statuses()
        taken = {s.season_number for r in existing if r.status not in closed for s in r.seasons}
        media = self.find_media(tmdb_id, "tv")
        for season in media.seasons if media else []:
            if (season.status4k if is4k else season.status) not in (
                MediaStatus.UNKNOWN,
                MediaStatus.DELETED,
            ):
                taken.add(season.season_number)
        seasons = [n for n in numbers if n not in taken]
        if not seasons:
            raise message_error(202, "No seasons available to request")
        return seasons

    def create_request(self, acting: User, body: Any) -> MediaRequest:
        """``POST /request`` as ``acting``; raises ApiError with the real status and body."""
        data = parse_request_body(body)
        kind: str = data["mediaType"]
        is4k = bool(data.get("is4k", False))
        requester = self._requester(acting, data)
        remaining = self._check_may_request(requester, kind, is4k)
        tmdb_id = self._tmdb_lookup(kind, data["mediaId"])

        media = self.find_media(tmdb_id, kind)
        if (
            media is not None
            and self.flavor != "overseerr"
            and media.status == MediaStatus.BLACKLISTED
        ):
            word = "blocklisted" if self.flavor == "seerr" else "blacklisted"
            raise message_error(403, f"This media is {word}.")
        existing = self.requests_for(media, is4k) if media else []
        closed = self._closed_statuses()
        if kind == "movie" and any(r.status not in closed for r in existing):
            raise message_error(409, "Request for this media already exists.")
        seasons: list[int] = []
        if kind == "tv":
            seasons = self._new_seasons(tmdb_id, data.get("seasons"), existing, is4k)
            if remaining is not None and len(seasons) > remaining:
                raise message_error(403, "Series Quota exceeded.")
        approved = self._auto_approves(acting, kind, is4k)
        status = Status.APPROVED if approved else Status.PENDING

        media = self._ensure_media(tmdb_id, kind)
        if "tvdbId" in data and media.tvdb_id is None:
            media.tvdb_id = int(data["tvdbId"])
        if media.status_for(is4k) in (MediaStatus.UNKNOWN, MediaStatus.DELETED):
            media.set_status(is4k, MediaStatus.PENDING)
            media.updated_at = self._tick()
        now = self._tick()
        request = MediaRequest(
            id=self._new_id("request"),
            status=status,
            media_id=media.id,
            type=kind,
            is4k=is4k,
            requested_by_id=requester.id,
            created_at=now,
            updated_at=now,
            modified_by_id=acting.id if approved else None,
            server_id=data.get("serverId"),
            profile_id=data.get("profileId"),
            root_folder=data.get("rootFolder"),
            language_profile_id=data.get("languageProfileId"),
            tags=data.get("tags"),
            seasons=[
                SeasonRequest(self._new_id("season_request"), n, status, now, now) for n in seasons
            ],
        )
        self.requests[request.id] = request
        if approved:
            self._after_approval(request, Notification.MEDIA_AUTO_APPROVED)
        else:
            self._notify(Notification.MEDIA_PENDING, request)
        return request

    # -- changing --------------------------------------------------------------------------------
    def _after_approval(self, request: MediaRequest, kind: Notification) -> None:
        media = self.media[request.media_id]
        current = media.status_for(request.is4k)
        # Overseerr builds the notification before its parent-status hook moves the Media on,
        # so the payload still shows the old status (usually PENDING).
        if current != MediaStatus.AVAILABLE:
            self._notify(kind, request)
        if current not in (MediaStatus.AVAILABLE, MediaStatus.PARTIALLY_AVAILABLE):
            media.set_status(request.is4k, MediaStatus.PROCESSING)
            media.updated_at = self._tick()
        for season in request.seasons:
            season.status = Status.APPROVED
            season.updated_at = request.updated_at

    def approve_request(self, request_id: int, by_user_id: int = 1) -> MediaRequest:
        """As ``POST /request/{id}/approve`` by that user: APPROVED, MEDIA_APPROVED, the Media
        moves to PROCESSING."""
        request = self.requests[request_id]
        request.status, request.modified_by_id = Status.APPROVED, by_user_id
        request.updated_at = self._tick()
        self._after_approval(request, Notification.MEDIA_APPROVED)
        return request

    def decline_request(self, request_id: int, by_user_id: int = 1) -> MediaRequest:
        """As ``POST /request/{id}/decline``: DECLINED, MEDIA_DECLINED, and the Media falls back
        to UNKNOWN (movies; shows only when nothing else is pending)."""
        request = self.requests[request_id]
        request.status, request.modified_by_id = Status.DECLINED, by_user_id
        request.updated_at = self._tick()
        for season in request.seasons:
            season.status = Status.DECLINED
        media = self.media[request.media_id]
        if media.status_for(request.is4k) != MediaStatus.AVAILABLE:
            self._notify(Notification.MEDIA_DECLINED, request)
        current = media.status_for(request.is4k)
        others_pending = any(
            r.status == Status.PENDING for r in self.requests_for(media) if r.id != request.id
        )
        if current != MediaStatus.DELETED and (
            request.type == "movie" or (current == MediaStatus.PENDING and not others_pending)
        ):
            media.set_status(request.is4k, MediaStatus.UNKNOWN)
            media.updated_at = self._tick()
        return request

    def fail_request(self, request_id: int) -> MediaRequest:
        """Radarr/Sonarr refused the request: FAILED (4) and MEDIA_FAILED."""
        request = self.requests[request_id]
        request.status = Status.FAILED
        request.updated_at = self._tick()
        self._notify(Notification.MEDIA_FAILED, request)
        return request

    def retry_request(self, request_id: int) -> MediaRequest:
        request = self.requests[request_id]
        request.status = Status.APPROVED
        request.updated_at = self._tick()
        return request

    def delete_request(self, request_id: int) -> None:
        """Remove a request; its Media drops back to UNKNOWN when no request is left."""
        request = self.requests.pop(request_id)
        media = self.media[request.media_id]
        for is4k in (False, True):
            if not self.requests_for(media, is4k) and media.status_for(is4k) not in (
                MediaStatus.AVAILABLE,
            ):
                media.set_status(is4k, MediaStatus.UNKNOWN)
        media.updated_at = self._tick()

    def update_request(self, acting: User, request_id: int, body: Any) -> MediaRequest:
        """``PUT /request/{id}``: server, profile, folder, requester and (tv) seasons."""
        request = self.requests[request_id]
        if not isinstance(body, dict) or "mediaType" not in body:
            raise required_error("body", "mediaType")
        if body.get("userId"):
            if not acting.can(Permission.MANAGE_USERS, Permission.MANAGE_REQUESTS):
                raise message_error(403, "You do not have permission to modify the request user.")
            if int(body["userId"]) in self.users:
                request.requested_by_id = int(body["userId"])
        request.server_id = body.get("serverId")
        request.profile_id = body.get("profileId")
        request.root_folder = body.get("rootFolder")
        if body["mediaType"] == "tv":
            wanted = [int(s) for s in body.get("seasons") or []]
            if not wanted:
                raise message_error(
                    500,
                    "Missing seasons. If you want to cancel a tv request, use the DELETE method.",
                )
            media = self.media[request.media_id]
            taken = {
                s.season_number
                for r in self.requests_for(media, request.is4k)
                if r.id != request.id and r.status != Status.DECLINED
                for s in r.seasons
            }
            keep = [n for n in wanted if n not in taken]
            if not keep:
                raise message_error(202, "No seasons available to request")
            now = self._tick()
            known = {s.season_number: s for s in request.seasons}
            request.seasons = []
            for number in keep:
                season = known.get(number) or SeasonRequest(
                    self._new_id("season_request"), number, Status.PENDING, now, now
                )
                request.seasons.append(season)
        request.updated_at = self._tick()
        return request

    # -- reading ---------------------------------------------------------------------------------
    def list_requests(
        self,
        acting: User,
        *,
        filter_: str = "all",
        sort: str = "added",
        direction: str = "desc",
        requested_by: int | None = None,
        media_type: str = "all",
    ) -> list[MediaRequest]:
        """``GET /request`` before paging. Users without MANAGE_REQUESTS or REQUEST_VIEW only
        ever see their own requests."""
        sees_all = acting.can(Permission.MANAGE_REQUESTS, Permission.REQUEST_VIEW, any_of=True)
        owner = requested_by if sees_all else acting.id
        completed = {Status.COMPLETED} if self.flavor != "overseerr" else set()
        listed = {Status.PENDING, Status.APPROVED, Status.DECLINED, Status.FAILED} | completed
        approved = {Status.APPROVED} | completed

        def keep(r: MediaRequest) -> bool:
            media_status = self.media[r.media_id].status_for(r.is4k)
            checks = {
                "all": r.status in listed,
                "pending": r.status == Status.PENDING,
                "approved": r.status == Status.APPROVED,
                "processing": r.status == Status.APPROVED and media_status < MediaStatus.AVAILABLE,
                "available": r.status in approved and media_status == MediaStatus.AVAILABLE,
                "unavailable": r.status in (Status.PENDING, Status.APPROVED)
                and media_status != MediaStatus.AVAILABLE,
                "failed": r.status == Status.FAILED,
                "completed": r.status == Status.COMPLETED,
                "deleted": media_status == MediaStatus.DELETED,
            }
            return (
                checks[filter_]
                and (owner is None or r.requested_by_id == owner)
                and media_type in ("all", r.type)
            )

        found = [r for r in self.requests.values() if keep(r)]
        if sort == "modified":
            found.sort(key=lambda r: (r.updated_at, r.id))
        else:
            found.sort(key=lambda r: r.id)
        if direction == "desc":
            found.reverse()
        return found

    def request_counts(self) -> dict[str, int]:
        """``GET /request/count``."""
        rs = list(self.requests.values())

        def available(r: MediaRequest) -> bool:
            return self.media[r.media_id].status_for(r.is4k) == MediaStatus.AVAILABLE

        approved_like = (Status.APPROVED, Status.COMPLETED)
        counts = {
            "total": len(rs),
            "movie": sum(r.type == "movie" for r in rs),
            "tv": sum(r.type == "tv" for r in rs),
            "pending": sum(r.status == Status.PENDING for r in rs),
            "approved": sum(r.status == Status.APPROVED for r in rs),
            "declined": sum(r.status == Status.DECLINED for r in rs),
            "processing": sum(r.status == Status.APPROVED and not available(r) for r in rs),
            "available": sum(r.status in approved_like and available(r) for r in rs),
        }
        if self.flavor != "overseerr":
            counts["completed"] = sum(r.status == Status.COMPLETED for r in rs)
        return counts
