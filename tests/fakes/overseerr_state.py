"""The in-memory state of the fake Overseerr and its business rules: who may request what,
auto-approval, the Media status transitions, and which notifications each change produces
(protocols.md §3.5-3.7). HTTP details live in overseerr_routes; delivery in overseerr."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tests.fakes.overseerr_catalogue import Catalogue, build_catalogue
from tests.fakes.overseerr_http import message_error
from tests.fakes.overseerr_models import (
    Flavor,
    Media,
    MediaRequest,
    MediaRequestStatus,
    MediaSeason,
    MediaStatus,
    Permission,
    User,
    UserType,
    default_avatar,
)
from tests.fakes.overseerr_webhook import (
    POSTER_BASE,
    Notification,
    NotificationContext,
    build_context,
)

DEFAULT_START = datetime(2025, 1, 1, 10, 0, tzinfo=UTC)


@dataclass
class PlexFriend:
    """A Plex user the admin's plex.tv account lists, importable with import-from-plex."""

    plex_id: int
    username: str
    email: str
    thumb: str
    has_access: bool = True


def truncate(text: str, length: int = 500) -> str:
    """lodash ``truncate`` with a whitespace separator and "…", as Overseerr cuts overviews."""
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    return (cut[:space] if space > 0 else cut) + "…"


class OverseerrState:
    def __init__(
        self,
        *,
        flavor: Flavor = "overseerr",
        default_permissions: int = Permission.REQUEST,
        start_time: datetime | None = None,
        catalogue: Catalogue | None = None,
        admin_email: str = "admin@example.com",
        admin_plex_username: str = "admin",
        admin_plex_id: int = 1000001,
    ) -> None:
        self.flavor: Flavor = flavor
        self.catalogue = catalogue or build_catalogue()
        self.default_permissions = default_permissions
        self.users: dict[int, User] = {}
        self.media: dict[int, Media] = {}
        self.requests: dict[int, MediaRequest] = {}
        self.plex_friends: dict[int, PlexFriend] = {}
        self.notifications: list[NotificationContext] = []
        self.tmdb_down = False  # search and detail pages answer 500 while True
        self._clock = start_time or DEFAULT_START
        self._next_ids: dict[str, int] = {}
        self.admin = self.add_user(
            email=admin_email,
            plex_username=admin_plex_username,
            plex_id=admin_plex_id,
            permissions=Permission.ADMIN,
        )

    # -- clock and ids -------------------------------------------------------------------------
    def now(self) -> datetime:
        return self._clock

    def advance_clock(self, seconds: float) -> None:
        self._clock += timedelta(seconds=seconds)

    def _tick(self) -> datetime:
        """Every change moves the fake clock by one second, so orderings are deterministic."""
        self._clock += timedelta(seconds=1)
        return self._clock

    def _new_id(self, table: str) -> int:
        value = self._next_ids.get(table, 1)
        self._next_ids[table] = value + 1
        return value

    # -- users ---------------------------------------------------------------------------------
    def add_user(
        self,
        username: str | None = None,
        *,
        email: str | None = None,
        plex_id: int | None = None,
        plex_username: str | None = None,
        permissions: int | None = None,
        user_type: int = UserType.PLEX,
        avatar: str | None = None,
        movie_quota_limit: int | None = None,
        movie_quota_days: int | None = None,
        tv_quota_limit: int | None = None,
        tv_quota_days: int | None = None,
        jellyfin_username: str | None = None,
    ) -> User:
        """Add an Overseerr user. A Plex user (the default) without ``plex_username`` gets
        ``username`` as its Plex name; ``username`` is then the local display name."""
        ident = self._new_id("user")
        now = self._tick()
        mail = email or f"{username or plex_username or f'user{ident}'}@example.com".lower()
        if user_type == UserType.PLEX and plex_username is None:
            plex_username = username
            username = None
        user = User(
            id=ident,
            email=mail,
            created_at=now,
            updated_at=now,
            username=username,
            plex_username=plex_username,
            plex_id=plex_id,
            user_type=user_type,
            permissions=self.default_permissions if permissions is None else int(permissions),
            avatar=avatar or default_avatar(mail),
            movie_quota_limit=movie_quota_limit,
            movie_quota_days=movie_quota_days,
            tv_quota_limit=tv_quota_limit,
            tv_quota_days=tv_quota_days,
            jellyfin_user_id=f"jf{ident:08d}" if jellyfin_username else None,
            jellyfin_username=jellyfin_username,
        )
        self.users[ident] = user
        return user

    def set_permissions(self, user_id: int, permissions: int) -> User:
        user = self.users[user_id]
        user.permissions = int(permissions)
        user.updated_at = self._tick()
        return user

    def add_plex_friend(
        self,
        plex_id: int,
        username: str,
        email: str | None = None,
        *,
        thumb: str | None = None,
        has_access: bool = True,
    ) -> PlexFriend:
        """A Plex user the admin's plex.tv account can see; ``has_access=False`` means the
        friend cannot reach this Plex server, so importing skips them."""
        friend = PlexFriend(
            plex_id=plex_id,
            username=username,
            email=email or f"{username.lower()}@example.com",
            thumb=thumb or f"https://plex.tv/users/{plex_id:x}/avatar?c=1700000000",
            has_access=has_access,
        )
        self.plex_friends[plex_id] = friend
        return friend

    def request_count(self, user_id: int) -> int:
        return sum(1 for r in self.requests.values() if r.requested_by_id == user_id)

    def import_plex_users(self, plex_ids: list[str] | None) -> list[User]:
        """``POST /user/import-from-plex``: existing users (same plexId or email) are refreshed,
        friends listed in ``plex_ids`` with access become new users, which are returned."""
        created: list[User] = []
        for friend in self.plex_friends.values():
            existing = next(
                (
                    u
                    for u in self.users.values()
                    if u.plex_id == friend.plex_id or u.email.lower() == friend.email.lower()
                ),
                None,
            )
            if existing is not None:
                existing.avatar, existing.email = friend.thumb, friend.email
                existing.plex_username = friend.username
                if existing.user_type == UserType.LOCAL:
                    existing.user_type, existing.plex_id = UserType.PLEX, friend.plex_id
                existing.updated_at = self._tick()
                continue
            if plex_ids is None:  # Overseerr reads body.plexIds.includes(...) unguarded
                raise message_error(500, "Cannot read properties of undefined (reading 'includes')")
            if str(friend.plex_id) in plex_ids and friend.has_access:
                created.append(
                    self.add_user(
                        email=friend.email,
                        plex_id=friend.plex_id,
                        plex_username=friend.username,
                        avatar=friend.thumb,
                    )
                )
        return created

    # -- media ---------------------------------------------------------------------------------
    def _media_type(self, tmdb_id: int, media_type: str | None) -> str:
        found = self.catalogue.media_type_of(tmdb_id)
        if media_type is None:
            if found is None:
                raise KeyError(f"TMDB id {tmdb_id} is not in the fake catalogue")
            return found
        if media_type not in ("movie", "tv"):
            raise ValueError(f"media_type must be 'movie' or 'tv', not {media_type!r}")
        return media_type

    def find_media(self, tmdb_id: int, media_type: str | None = None) -> Media | None:
        kind = self._media_type(tmdb_id, media_type)
        return next(
            (m for m in self.media.values() if m.tmdb_id == tmdb_id and m.media_type == kind),
            None,
        )

    def _ensure_media(self, tmdb_id: int, media_type: str | None = None) -> Media:
        kind = self._media_type(tmdb_id, media_type)
        media = self.find_media(tmdb_id, kind)
        if media is None:
            now = self._tick()
            show = self.catalogue.shows.get(tmdb_id) if kind == "tv" else None
            media = Media(
                id=self._new_id("media"),
                media_type=kind,
                tmdb_id=tmdb_id,
                created_at=now,
                updated_at=now,
                tvdb_id=show.tvdb_id if show else None,
            )
            self.media[media.id] = media
        return media

    def set_media_status(
        self,
        tmdb_id: int,
        status: int,
        media_type: str | None = None,
        *,
        is4k: bool = False,
        rating_key: str | None = None,
    ) -> Media:
        """Set a title's availability as Plex/Radarr sync would; AVAILABLE notifies every
        non-declined request (MEDIA_AVAILABLE). Creates the Media row when needed."""
        media = self._ensure_media(tmdb_id, media_type)
        self.apply_media_status(media, status, is4k=is4k, rating_key=rating_key)
        return media

    def mark_available(
        self,
        tmdb_id: int,
        media_type: str | None = None,
        *,
        is4k: bool = False,
        rating_key: str | None = None,
    ) -> Media:
        """The library scan found the title: status AVAILABLE (all seasons for a show), the
        Plex ``ratingKey`` recorded, MEDIA_AVAILABLE sent once per non-declined request."""
        key = rating_key or str(50000 + tmdb_id % 100000)
        return self.set_media_status(
            tmdb_id, MediaStatus.AVAILABLE, media_type, is4k=is4k, rating_key=key
        )

    def set_season_status(
        self, tmdb_id: int, season_number: int, status: int, *, is4k: bool = False
    ) -> Media:
        """One season's availability (``mediaInfo.seasons``), e.g. season 1 already in Plex."""
        media = self._ensure_media(tmdb_id, "tv")
        self._set_season(media, season_number, status, is4k)
        return media

    def _set_season(self, media: Media, number: int, status: int, is4k: bool) -> None:
        now = self._tick()
        season = next((s for s in media.seasons if s.season_number == number), None)
        if season is None:
            season = MediaSeason(
                self._new_id("season"), number, MediaStatus.UNKNOWN, MediaStatus.UNKNOWN, now, now
            )
            media.seasons.append(season)
        if is4k:
            season.status4k = status
        else:
            season.status = status
        season.updated_at = media.updated_at = media.last_season_change = now

    def apply_media_status(
        self, media: Media, status: int, *, is4k: bool = False, rating_key: str | None = None
    ) -> None:
        before = media.status_for(is4k)
        media.set_status(is4k, int(status))
        media.updated_at = self._tick()
        if rating_key is not None:
            if is4k:
                media.rating_key4k = rating_key
            else:
                media.rating_key = rating_key
        if status != MediaStatus.AVAILABLE or before == MediaStatus.AVAILABLE:
            return
        media.media_added_at = media.media_added_at or media.updated_at
        if media.media_type == "tv":
            show = self.catalogue.shows.get(media.tmdb_id)
            for number in show.regular_seasons if show else []:
                self._set_season(media, number, MediaStatus.AVAILABLE, is4k)
        for request in self.requests_for(media, is4k):
            if request.status == MediaRequestStatus.DECLINED:
                continue
            if self.flavor != "overseerr" and request.status == MediaRequestStatus.APPROVED:
                request.status = MediaRequestStatus.COMPLETED
                request.updated_at = self._tick()
            self._notify(Notification.MEDIA_AVAILABLE, request)

    def requests_for(self, media: Media, is4k: bool | None = None) -> list[MediaRequest]:
        return [
            r
            for r in sorted(self.requests.values(), key=lambda r: r.id)
            if r.media_id == media.id and (is4k is None or r.is4k == is4k)
        ]

    # -- notifications ---------------------------------------------------------------------------
    def _notify(self, kind: Notification, request: MediaRequest) -> None:
        media = self.media[request.media_id]
        label = "Movie" if request.type == "movie" else "Series"
        prefix = "4K " if request.is4k else ""
        event = {
            Notification.MEDIA_PENDING: f"New {prefix}{label} Request",
            Notification.MEDIA_APPROVED: f"{prefix}{label} Request Approved",
            Notification.MEDIA_AUTO_APPROVED: f"{prefix}{label} Request Automatically Approved",
            Notification.MEDIA_DECLINED: f"{prefix}{label} Request Declined",
            Notification.MEDIA_FAILED: f"{prefix}{label} Request Failed",
            Notification.MEDIA_AVAILABLE: f"{prefix}{label} Request Now Available",
        }.get(kind, "")
        to_user = kind in (
            Notification.MEDIA_APPROVED,
            Notification.MEDIA_DECLINED,
            Notification.MEDIA_AVAILABLE,
        )
        requester = self.users.get(request.requested_by_id)
        extra: list[dict[str, str]] = []
        if request.type == "movie":
            movie = self.catalogue.movies[media.tmdb_id]
            title, date, overview = movie.title, movie.release_date, movie.overview
            poster = movie.poster_path
        else:
            show = self.catalogue.shows[media.tmdb_id]
            title, date, overview = show.name, show.first_air_date, show.overview
            poster = show.poster_path
            seasons = ", ".join(str(s.season_number) for s in request.seasons)
            extra.append({"name": "Requested Seasons", "value": seasons})
        self._emit(
            build_context(
                kind,
                self.flavor,
                event=event,
                subject=f"{title} ({date[:4]})" if date else title,
                message=truncate(overview),
                image=f"{POSTER_BASE}{poster}",
                media=media,
                request=request,
                requested_by=requester,
                notify_user=requester if to_user else None,
                extra=extra,
            )
        )

    def _emit(self, ctx: NotificationContext) -> None:
        """Every notification produced; FakeOverseerr also delivers it to the webhook."""
        self.notifications.append(ctx)

    def send_test_notification(self) -> None:
        """The "Test" button of the webhook agent: TEST_NOTIFICATION with no media/request."""
        self._emit(
            build_context(
                Notification.TEST_NOTIFICATION,
                self.flavor,
                subject="Test Notification",
                message="Check check, 1, 2, 3. Are we coming in clear?",
                notify_user=self.admin,
            )
        )

    def trigger_notification(self, kind: Notification | str, request_id: int) -> None:
        """Produce one notification for a request as if its event happened, changing nothing."""
        self._notify(
            Notification[kind] if isinstance(kind, str) else kind, self.requests[request_id]
        )
