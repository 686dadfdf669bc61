"""A fake Plex Media Server speaking PMS's HTTP API over real HTTP (protocols.md section 2).

Strict where the real server is: a token (``X-Plex-Token`` header or query) on everything but
``/identity``, 401 with a text/html body otherwise; JSON only with ``Accept: application/json``
(XML otherwise); ``MediaContainer`` wrappers, string ratingKeys, list keys omitted when empty.
Stricter than the real one in one place, on purpose: ``/library/sections/{key}/all`` answers 400
without ``X-Plex-Container-Size`` (header or query) unless ``require_paging=False``, so a client
can never fetch a whole library in one request. Unknown sort fields and malformed filters
(``addedAt>=`` instead of ``addedAt>>=``) are 400 as well.

Tokens: ``owner_token`` (admin) plus any added with :meth:`FakePMS.add_token`; with a linked
``FakePlexTV`` also every token plex.tv says reaches this server (owner: admin, friends: not),
so revoking a share there locks the friend out here at once.

Standalone demo (200 movies, 10 shows, linked to ``FakePlexTV.seeded()``'s accounts)::

    python -m tests.fakes.pms --port 32400 [--movies N --shows N]
    curl -H 'Accept: application/json' -H "X-Plex-Token: $(python -c 'from tests.fakes.\\
plex_library import OWNER_TOKEN; print(OWNER_TOKEN)')" localhost:32400/library/sections
"""

from __future__ import annotations

import argparse
import hashlib
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.fakes.plex_library import (
    EPISODE,
    INT_FIELDS,
    MOVIE,
    OWNER_TOKEN,
    PMS_VERSION,
    SEASON,
    SERVER_MACHINE_ID,
    SERVER_NAME,
    SHOW,
    Filter,
    PlexLibrary,
    Section,
)
from tests.fakes.plex_wire import FakeService, color_for, jpeg, png, wants_json, xml_bytes

if TYPE_CHECKING:
    from tests.fakes.plextv import FakePlexTV

Handler = Callable[[Request, "PmsUser"], Awaitable[Response]]
_FILTER_KEY = re.compile(r"(title|year|addedAt|updatedAt)(!|>>|<<|>|<)?")
_IMAGE_PATH = re.compile(r"/library/metadata/(\d+)/(thumb|art)(?:/\d+)?")
_HUBS = ((MOVIE, "movie", "Movies"), (SHOW, "show", "Shows"), (EPISODE, "episode", "Episodes"))


@dataclass(frozen=True)
class PmsUser:
    id: str
    username: str
    title: str
    admin: bool


@dataclass(frozen=True)
class ScanRequest:
    section: str
    path: str | None
    force: bool
    method: str  # GET | POST | DELETE (cancel)
    username: str


@dataclass
class PlaySession:
    session_key: str
    rating_key: str
    user: PmsUser
    player: str
    product: str
    platform: str
    state: str  # playing | paused | buffering
    view_offset: int  # ms
    transcode: bool
    local: bool


class FakePMS(FakeService):
    def __init__(
        self,
        library: PlexLibrary | None = None,
        *,
        plextv: FakePlexTV | None = None,
        owner_token: str = OWNER_TOKEN,
        owner_username: str = "owner",
        machine_identifier: str = SERVER_MACHINE_ID,
        friendly_name: str = SERVER_NAME,
        version: str = PMS_VERSION,
        require_paging: bool = True,
        scan_seconds: float = 0.5,
        admin_denied_status: int = 401,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.library = library or PlexLibrary()
        self.plextv = plextv
        self.owner_username = owner_username
        self.machine_identifier = machine_identifier
        self.friendly_name = friendly_name
        self.version = version
        self.require_paging = require_paging
        self.scan_seconds = scan_seconds
        self.admin_denied_status = admin_denied_status
        self.clock = clock
        self.tokens: dict[str, PmsUser] = {}
        self.add_token(owner_token, username=owner_username, admin=True, user_id="1")
        self.scans: list[ScanRequest] = []
        self.sessions: dict[str, PlaySession] = {}
        self._next_session = 1
        r, g = Route, self._guard
        self.app = self.build_app([
            r("/identity", self._identity),
            r("/", g(self._root)),
            r("/library/sections", g(self._sections)),
            r("/library/sections/{key}/all", g(self._all)),
            r("/library/sections/{key}/recentlyAdded", g(self._recent)),
            r("/library/sections/{key}/refresh", g(self._refresh, admin=True),
              methods=["GET", "POST", "DELETE"]),
            r("/library/recentlyAdded", g(self._recent)),
            r("/library/metadata/{ids}", g(self._metadata)),
            r("/library/metadata/{key}/children", g(self._children)),
            r("/library/metadata/{key}/{kind:str}/{ts:int}", g(self._image)),
            r("/hubs/search", g(self._search)),
            r("/status/sessions", g(self._sessions, admin=True)),
            r("/photo/:/transcode", g(self._transcode)),
            r("/__fake/refreshes", self._scans_json),
        ])  # fmt: skip

    # ----------------------------------------------------------------- controls (tests)
    def add_token(
        self,
        token: str,
        *,
        username: str,
        admin: bool = False,
        user_id: str | None = None,
        title: str | None = None,
    ) -> None:
        """Accept ``token`` as ``username`` (admin = the server owner)."""
        uid = user_id or str(int(hashlib.sha256(username.encode()).hexdigest()[:6], 16))
        self.tokens[token] = PmsUser(uid, username, title or username, admin)

    def revoke_token(self, token: str) -> None:
        self.tokens.pop(token, None)

    def start_session(
        self,
        rating_key: str,
        *,
        user: str = "alice",
        state: str = "playing",
        view_offset: int = 0,
        player: str = "Living Room TV",
        product: str = "Plex for Android (TV)",
        platform: str = "Android",
        transcode: bool = False,
        local: bool = True,
    ) -> str:
        """Someone starts playing an item; returns the sessionKey."""
        if not self.library.exists(rating_key):
            raise KeyError(rating_key)
        key, self._next_session = str(self._next_session), self._next_session + 1
        self.sessions[key] = PlaySession(
            key,
            rating_key,
            self._person(user),
            player,
            product,
            platform,
            state,
            view_offset,
            transcode,
            local,
        )
        return key

    def update_session(self, session_key: str, **changes: Any) -> None:
        """Change ``state`` / ``view_offset`` (or any PlaySession field) of a session."""
        session = self.sessions[session_key]
        for name, value in changes.items():
            setattr(session, name, value)

    def stop_session(self, session_key: str) -> None:
        self.sessions.pop(session_key, None)

    def refreshing(self, section: str) -> bool:
        return self.clock() < self.library.sections[section].refreshing_until

    # ----------------------------------------------------------------- auth and responses
    def user_for(self, token: str) -> PmsUser | None:
        if token in self.tokens:
            return self.tokens[token]
        if self.plextv is None:
            return None
        access = self.plextv.server_access(self.machine_identifier, token)
        if access is None:
            return None
        account = access.account
        return PmsUser(str(account.id), account.username, account.title, access.owned)

    def _person(self, username: str) -> PmsUser:
        for user in self.tokens.values():
            if user.username == username:
                return user
        if self.plextv and username in self.plextv.accounts:
            account = self.plextv.accounts[username]
            return PmsUser(str(account.id), account.username, account.title, False)
        return PmsUser(
            str(int(hashlib.sha256(username.encode()).hexdigest()[:6], 16)),
            username,
            username,
            False,
        )

    def _guard(self, handler: Handler, *, admin: bool = False) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            token = request.headers.get("x-plex-token") or request.query_params.get("X-Plex-Token")
            user = self.user_for(token) if token else None
            if user is None:
                return _html(401, "Unauthorized")
            if admin and not user.admin:
                return _html(self.admin_denied_status, "Unauthorized")
            return await handler(request, user)

        return endpoint

    def _container(
        self, request: Request, body: Mapping[str, Any], headers: Mapping[str, str] | None = None
    ) -> Response:
        if wants_json(request):
            return JSONResponse({"MediaContainer": body}, headers=headers)
        return Response(
            xml_bytes("MediaContainer", body), headers=headers, media_type="text/xml;charset=utf-8"
        )

    def _page(
        self,
        request: Request,
        rows: list[int],
        start: int,
        size: int,
        extra: Mapping[str, Any],
    ) -> Response:
        page = rows[start : start + size]  # only this page's row numbers are copied
        guids = request.query_params.get("includeGuids") == "1"
        body: dict[str, Any] = {"size": len(page), "totalSize": len(rows), "offset": start, **extra}
        if page:
            body["Metadata"] = [self.library.metadata(row, guids=guids) for row in page]
        headers = {
            "X-Plex-Container-Start": str(start),
            "X-Plex-Container-Total-Size": str(len(rows)),
        }
        return self._container(request, body, headers)

    def _section(self, key: str) -> Section | None:
        return self.library.sections.get(key)

    # ----------------------------------------------------------------- endpoints
    async def _identity(self, request: Request) -> Response:
        return self._container(request, {
            "size": 0, "apiVersion": "1.1.1", "claimed": True,
            "machineIdentifier": self.machine_identifier, "version": self.version,
        })  # fmt: skip

    async def _root(self, request: Request, user: PmsUser) -> Response:
        dirs = [
            "activities",
            "butler",
            "channels",
            "clients",
            "hubs",
            "library",
            "playlists",
            "search",
            "servers",
            "status",
            "transcode",
        ]
        return self._container(request, {
            "size": len(dirs), "allowCameraUpload": True, "allowSync": True,
            "friendlyName": self.friendly_name, "machineIdentifier": self.machine_identifier,
            "version": self.version, "myPlex": True, "myPlexSigninState": "ok",
            "myPlexUsername": self.owner_username, "platform": "Linux",
            "platformVersion": "6.1.0", "transcoderVideo": True, "transcoderAudio": True,
            "updatedAt": self.library.base_time,
            "Directory": [{"count": 1, "key": d, "title": d} for d in dirs],
        })  # fmt: skip

    async def _sections(self, request: Request, user: PmsUser) -> Response:
        out = []
        for s in self.library.sections.values():
            movie = s.kind == "movie"
            out.append({
                "allowSync": True, "art": f"/:/resources/{s.kind}-fanart.jpg",
                "composite": f"/library/sections/{s.key}/composite/{s.content_changed_at}",
                "filters": True, "refreshing": self.refreshing(s.key),
                "thumb": f"/:/resources/{s.kind}.png", "key": s.key, "type": s.kind,
                "title": s.title, "agent": "tv.plex.agents." + ("movie" if movie else "series"),
                "scanner": "Plex Movie" if movie else "Plex TV Series", "language": "en-US",
                "uuid": hashlib.md5(f"{self.machine_identifier}{s.key}".encode()).hexdigest(),  # noqa: S324
                "updatedAt": s.content_changed_at, "createdAt": s.created_at,
                "scannedAt": s.scanned_at, "content": True, "directory": True,
                "contentChangedAt": s.content_changed_at, "hidden": 0,
                "Location": [{"id": int(s.key), "path": s.path}],
            })  # fmt: skip
        body = {"size": len(out), "allowSync": False, "title1": "Plex Library", "Directory": out}
        if not out:
            del body["Directory"]
        return self._container(request, body)

    async def _all(self, request: Request, user: PmsUser) -> Response:
        section = self._section(request.path_params["key"])
        if section is None:
            return _html(404, "Not Found")
        paging = _paging(request, None if self.require_paging else 10**9)
        params = request.query_params
        type_ = params.get("type", str(section.top_type))
        if paging is None or not type_.isdigit():
            return _html(400, "Bad Request")
        try:
            rows = self.library.query(
                section.key, (int(type_),), params.get("sort", "titleSort"), _filters(params)
            )
        except ValueError:
            return _html(400, "Bad Request")
        view = {MOVIE: "movie", SHOW: "show", SEASON: "season", EPISODE: "episode"}
        return self._page(request, rows, *paging, {
            "allowSync": True, "identifier": "com.plexapp.plugins.library",
            "librarySectionID": int(section.key), "librarySectionTitle": section.title,
            "librarySectionUUID": hashlib.md5(section.key.encode()).hexdigest(),  # noqa: S324
            "mediaTagPrefix": "/system/bundle/media/flags/", "title1": section.title,
            "title2": "All", "viewGroup": view.get(int(type_), "secondary"),
        })  # fmt: skip

    async def _recent(self, request: Request, user: PmsUser) -> Response:
        key = request.path_params.get("key")
        section = self._section(key) if key else None
        if key and section is None:
            return _html(404, "Not Found")
        types = (MOVIE,) if section and section.kind == "movie" else (EPISODE,)
        paging = _paging(request, 50)
        if paging is None:
            return _html(400, "Bad Request")
        rows = self.library.query(key, types if section else (MOVIE, EPISODE), "addedAt:desc")
        return self._page(request, rows, *paging, {"mixedParents": True})

    async def _refresh(self, request: Request, user: PmsUser) -> Response:
        key = request.path_params["key"]
        keys = list(self.library.sections) if key == "all" else [key]
        if key != "all" and self._section(key) is None:
            return _html(404, "Not Found")
        path, force = request.query_params.get("path"), request.query_params.get("force") == "1"
        now = self.clock()
        for k in keys:
            self.scans.append(ScanRequest(k, path, force, request.method, user.username))
            section = self.library.sections[k]
            if request.method == "DELETE":
                section.refreshing_until = 0.0
            else:
                section.refreshing_until = now + self.scan_seconds
                section.scanned_at = int(now)
        return Response(status_code=200)

    async def _metadata(self, request: Request, user: PmsUser) -> Response:
        found = [r for k in request.path_params["ids"].split(",")
                 if (r := self.library.row_of(k)) is not None]  # fmt: skip
        if not found:
            return _html(404, "Not Found")
        items = [self.library.metadata(row, detail=True) for row in found]
        if request.query_params.get("includeChildren") == "1":
            for item, row in zip(items, found, strict=True):
                kids = [self.library.metadata(c) for c in self.library.children(row)]
                item["Children"] = {"size": len(kids), **({"Metadata": kids} if kids else {})}
        first = items[0]
        return self._container(request, {
            "size": len(items), "allowSync": True, "identifier": "com.plexapp.plugins.library",
            "librarySectionID": first["librarySectionID"],
            "librarySectionTitle": first["librarySectionTitle"], "Metadata": items,
        })  # fmt: skip

    async def _children(self, request: Request, user: PmsUser) -> Response:
        row = self.library.row_of(request.path_params["key"])
        if row is None:
            return _html(404, "Not Found")
        kids = list(self.library.children(row))
        parent = self.library.metadata(row)
        start, size = _paging(request, len(kids)) or (0, len(kids))
        return self._page(request, kids, start, size, {
            "key": request.path_params["key"], "parentRatingKey": parent["ratingKey"],
            "parentTitle": parent["title"], "title1": parent["librarySectionTitle"],
            "title2": parent["title"], "librarySectionID": parent["librarySectionID"],
            "viewGroup": "season" if self.library.type_of(row) == SHOW else "episode",
        })  # fmt: skip

    async def _image(self, request: Request, user: PmsUser) -> Response:
        key, kind = request.path_params["key"], request.path_params["kind"]
        if kind not in ("thumb", "art") or not self.library.exists(key):
            return _html(404, "Not Found")
        width, height = (100, 150) if kind == "thumb" else (160, 90)
        return Response(jpeg(width, height, color_for(f"{key}/{kind}")), media_type="image/jpeg")

    async def _transcode(self, request: Request, user: PmsUser) -> Response:
        params = request.query_params
        url = params.get("url", "")
        if not url:
            return _html(400, "Bad Request")
        if url.startswith(("http://", "https://")):
            seed = url  # a remote image the real server would fetch
        else:
            match = _IMAGE_PATH.fullmatch(url.split("?")[0])
            if match is None or not self.library.exists(match[1]):
                return _html(404, "Not Found")
            seed = f"{match[1]}/{match[2]}"
        try:
            width = min(max(int(params.get("width", 100)), 1), 1000)
            height = min(max(int(params.get("height", 150)), 1), 1000)
        except ValueError:
            return _html(400, "Bad Request")
        if params.get("format") == "png":
            return Response(png(width, height, color_for(seed)), media_type="image/png")
        return Response(jpeg(width, height, color_for(seed)), media_type="image/jpeg")

    async def _search(self, request: Request, user: PmsUser) -> Response:
        params = request.query_params
        query, limit, section = (
            params.get("query"),
            params.get("limit", "3"),
            params.get("sectionId"),
        )
        if not query or not limit.isdigit() or (section and self._section(section) is None):
            return _html(400, "Bad Request")
        hubs = []
        for type_, name, title in _HUBS:
            rows = self.library.query(
                section, (type_,), "titleSort", [Filter("title", "=", (query,))]
            )
            page = rows[: int(limit)]
            hub: dict[str, Any] = {
                "hubIdentifier": name,
                "title": title,
                "type": name,
                "size": len(page),
                "more": len(rows) > len(page),
            }
            if page:
                hub["hubKey"] = "/library/metadata/" + ",".join(str(r + 1) for r in page)
                hub["Metadata"] = [self.library.metadata(r) for r in page]
            hubs.append(hub)
        return self._container(request, {"size": len(hubs), "Hub": hubs})

    async def _sessions(self, request: Request, user: PmsUser) -> Response:
        items = []
        for s in self.sessions.values():
            row = self.library.row_of(s.rating_key)
            if row is None:
                continue
            item = self.library.metadata(row)
            item.update(
                sessionKey=s.session_key,
                viewOffset=s.view_offset,
                User={
                    "id": s.user.id,
                    "title": s.user.title,
                    "thumb": f"https://plex.tv/users/{s.user.id}/avatar",
                },
                Player=_player(s),
                Session={
                    "id": f"session-{s.session_key}",
                    "bandwidth": 8000 if s.local else 4000,
                    "location": "lan" if s.local else "wan",
                },
            )
            if s.transcode:
                item["TranscodeSession"] = {
                    "key": f"/transcode/sessions/{s.session_key}", "throttled": False,
                    "complete": False, "progress": 42.5, "speed": 1.5, "videoDecision": "transcode",
                    "audioDecision": "copy", "protocol": "dash", "container": "mp4",
                    "videoCodec": "h264", "audioCodec": "eac3", "width": 1280, "height": 720,
                }  # fmt: skip
            items.append(item)
        return self._container(
            request, {"size": len(items), **({"Metadata": items} if items else {})}
        )

    async def _scans_json(self, request: Request) -> Response:
        return JSONResponse([vars(s) for s in self.scans])


def _player(s: PlaySession) -> dict[str, Any]:
    address = "192.168.1.50" if s.local else "198.51.100.7"
    return {
        "title": s.player, "product": s.product, "platform": s.platform,
        "platformVersion": "14", "state": s.state, "address": address,
        "machineIdentifier": hashlib.sha1(s.player.encode()).hexdigest()[:24],  # noqa: S324
        "local": s.local, "relayed": False, "secure": True, "remotePublicAddress": address,
        "userID": int(s.user.id),
    }  # fmt: skip


def _html(status: int, text: str) -> Response:
    body = f"<html><head><title>{text}</title></head><body><h1>{status} {text}</h1></body></html>"
    return Response(body, status_code=status, media_type="text/html")


def _paging(request: Request, default_size: int | None) -> tuple[int, int] | None:
    """(start, size) from the X-Plex-Container-* headers or query parameters; None = invalid."""

    def read(name: str) -> str | None:
        return request.headers.get(name) or request.query_params.get(name)

    raw_start, raw_size = read("X-Plex-Container-Start") or "0", read("X-Plex-Container-Size")
    if raw_size is None:
        if default_size is None:
            return None
        raw_size = str(default_size)
    if not (raw_start.isdigit() and raw_size.isdigit()):
        return None
    return int(raw_start), int(raw_size)


def _filters(params: QueryParams) -> list[Filter]:
    """Plex filter parameters: ``field=a,b``, ``field!=``, ``field>>=`` (after / greater than),
    ``field<<=`` (before / less than); ``title`` matches substrings. ValueError when malformed."""
    out = []
    for key, value in params.multi_items():
        match = _FILTER_KEY.fullmatch(key)
        if match is None:
            if re.search(r"[<>=]", key):
                raise ValueError(key)
            continue
        name, op = match[1], {None: "=", "!": "!="}.get(match[2], match[2])
        if op in (">", "<") or (name == "title" and op in (">>", "<<")):
            raise ValueError(key)
        values = tuple(value.split(","))
        if name in INT_FIELDS and not all(v.isdigit() for v in values):
            raise ValueError(key)
        out.append(Filter(name, op, values))
    return out


def main() -> None:
    from tests.fakes.plextv import FakePlexTV
    from tests.fakes.server import run_standalone

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=32400)
    parser.add_argument("--movies", type=int, default=200)
    parser.add_argument("--shows", type=int, default=10)
    args = parser.parse_args()
    library = PlexLibrary(movies=args.movies, shows=args.shows, seasons=3, episodes=6)
    run_standalone(FakePMS(library, plextv=FakePlexTV.seeded()).app, args.port)


if __name__ == "__main__":
    main()
