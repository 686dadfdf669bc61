"""A fake Plex Media Server speaking PMS's HTTP API over real HTTP (protocols.md section 2).

Strict where the real server is: a token (``X-Plex-Token`` header or query) on everything but
``/identity``, else 401 with a text/html body; JSON only with ``Accept: application/json`` (XML
otherwise); ``MediaContainer`` wrappers, string ratingKeys, list keys left out when empty.
Stricter than the real one on purpose: ``/library/sections/{key}/all`` is 400 without
``X-Plex-Container-Size`` (header or query) unless ``require_paging=False``, so a client can
never pull a whole library in one request; unknown sort fields and malformed filters
(``addedAt>=`` instead of ``addedAt>>=``) are 400 too.

Tokens: ``owner_token`` (admin) plus any given to :meth:`FakePMS.add_token`; with a linked
``FakePlexTV``, also every token plex.tv says reaches this server (owner: admin; friends: not),
so revoking a share there locks the friend out here at once.

Standalone demo, with the accounts of ``FakePlexTV.seeded()`` (owner token:
``tests.fakes.plex_library.OWNER_TOKEN``)::

    python -m tests.fakes.pms --port 32400 [--movies 200 --shows 10]
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.fakes.plex_library import (
    EPISODE,
    MOVIE,
    OWNER_TOKEN,
    PMS_VERSION,
    SERVER_MACHINE_ID,
    SERVER_NAME,
    SHOW,
    TYPE_NAMES,
    Filter,
    PlexLibrary,
)
from tests.fakes.plex_wire import FakeService, color_for, jpeg, png, wants_json, xml_bytes
from tests.fakes.pms_collections import PlexCollections
from tests.fakes.pms_shapes import (
    PlaySession,
    PmsUser,
    ScanRequest,
    filters,
    html_error,
    paging,
    section_json,
    session_fields,
)
from tests.fakes.pms_shapes import user_id as _uid

if TYPE_CHECKING:
    from tests.fakes.plextv import FakePlexTV

__all__ = ["FakePMS", "PlaySession", "PmsUser", "ScanRequest"]

Handler = Callable[[Request, PmsUser], Awaitable[Response]]
_IMAGE_PATH = re.compile(r"/library/metadata/(\d+)/(thumb|art)(?:/\d+)?")
_HUBS = ((MOVIE, "Movies"), (SHOW, "Shows"), (EPISODE, "Episodes"))


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
        self.collections = PlexCollections(self)
        g = self._guard
        self.app = self.build_app(
            [
                *self.collections.routes(g),
                Route("/identity", self._identity),
                Route("/", g(self._root)),
                Route("/library/sections", g(self._sections)),
                Route("/library/sections/{key}/all", g(self._all)),
                Route("/library/sections/{key}/recentlyAdded", g(self._recent)),
                Route(
                    "/library/sections/{key}/refresh",
                    g(self._refresh, admin=True),
                    methods=["GET", "POST", "DELETE"],
                ),
                Route("/library/recentlyAdded", g(self._recent)),
                Route("/library/metadata/{ids}", g(self._metadata)),
                Route("/library/metadata/{key}/children", g(self._children)),
                Route("/library/metadata/{key}/{kind}/{ts:int}", g(self._image)),
                Route("/hubs/search", g(self._search)),
                Route("/status/sessions", g(self._sessions, admin=True)),
                Route("/photo/:/transcode", g(self._transcode)),
                Route("/__fake/refreshes", self._scans_json),
            ]
        )

    # ----------------------------------------------------------------- controls (tests)
    def add_token(
        self,
        token: str,
        *,
        username: str,
        admin: bool = False,
        user_id: str | None = None,
        title: str | None = None,
    ) -> PmsUser:
        """Accept ``token`` as ``username`` (admin: the server owner)."""
        user = PmsUser(user_id or _uid(username), username, title or username, admin)
        self.tokens[token] = user
        return user

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
        """``user`` starts playing an item; returns the sessionKey."""
        if not self.library.exists(rating_key):
            raise KeyError(rating_key)
        key, self._next_session = str(self._next_session), self._next_session + 1
        self.sessions[key] = PlaySession(
            key, rating_key, self._person(user), player, product, platform, state,
            view_offset, transcode, local,
        )  # fmt: skip
        return key

    def update_session(self, session_key: str, **changes: Any) -> None:
        """Change ``state``, ``view_offset`` (or any PlaySession field) of a session."""
        session = self.sessions[session_key]
        for name, value in changes.items():
            setattr(session, name, value)

    def stop_session(self, session_key: str) -> None:
        self.sessions.pop(session_key, None)

    def refreshing(self, section: str) -> bool:
        return self.clock() < self.library.sections[section].refreshing_until

    def user_for(self, token: str) -> PmsUser | None:
        """Who a token belongs to, or None (a 401)."""
        if token in self.tokens:
            return self.tokens[token]
        access = self.plextv.server_access(self.machine_identifier, token) if self.plextv else None
        if access is None:
            return None
        account = access.account
        return PmsUser(str(account.id), account.username, account.title, access.owned)

    # ----------------------------------------------------------------- plumbing
    def _person(self, username: str) -> PmsUser:
        for user in self.tokens.values():
            if user.username == username:
                return user
        if self.plextv and username in self.plextv.accounts:
            account = self.plextv.accounts[username]
            return PmsUser(str(account.id), account.username, account.title, False)
        return PmsUser(_uid(username), username, username, False)

    def _guard(self, handler: Handler, *, admin: bool = False) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            token = request.headers.get("x-plex-token") or request.query_params.get("X-Plex-Token")
            user = self.user_for(token) if token else None
            if user is None:
                return html_error(401, "Unauthorized")
            if admin and not user.admin:
                return html_error(self.admin_denied_status, "Unauthorized")
            return await handler(request, user)

        return endpoint

    def _container(
        self, request: Request, body: Mapping[str, Any], headers: Mapping[str, str] | None = None
    ) -> Response:
        if wants_json(request):
            return JSONResponse({"MediaContainer": body}, headers=headers)
        xml = xml_bytes("MediaContainer", body)
        return Response(xml, headers=headers, media_type="text/xml;charset=utf-8")

    def _page(
        self, request: Request, rows: list[int], start: int, size: int, extra: Mapping[str, Any]
    ) -> Response:
        page = rows[start : start + size]  # only this page's row numbers are copied
        guids = request.query_params.get("includeGuids") == "1"
        body: dict[str, Any] = {"size": len(page), "totalSize": len(rows), "offset": start}
        body.update(extra)
        if page:
            body["Metadata"] = [self.library.metadata(row, guids=guids) for row in page]
        headers = {
            "X-Plex-Container-Start": str(start),
            "X-Plex-Container-Total-Size": str(len(rows)),
        }
        return self._container(request, body, headers)

    # ----------------------------------------------------------------- endpoints
    async def _identity(self, request: Request) -> Response:
        body = {
            "size": 0,
            "apiVersion": "1.1.1",
            "claimed": True,
            "machineIdentifier": self.machine_identifier,
            "version": self.version,
        }
        return self._container(request, body)

    async def _root(self, request: Request, user: PmsUser) -> Response:
        dirs = ("activities", "butler", "channels", "clients", "hubs", "library", "playlists")
        body = {
            "size": len(dirs),
            "allowCameraUpload": True,
            "allowSync": True,
            "friendlyName": self.friendly_name,
            "machineIdentifier": self.machine_identifier,
            "version": self.version,
            "myPlex": True,
            "myPlexSigninState": "ok",
            "myPlexUsername": self.owner_username,
            "platform": "Linux",
            "platformVersion": "6.1.0",
            "transcoderVideo": True,
            "transcoderAudio": True,
            "Directory": [{"count": 1, "key": d, "title": d} for d in dirs],
        }
        return self._container(request, body)

    async def _sections(self, request: Request, user: PmsUser) -> Response:
        out = [
            section_json(s, self.machine_identifier, self.refreshing(s.key))
            for s in self.library.sections.values()
        ]
        body: dict[str, Any] = {"size": len(out), "allowSync": False, "title1": "Plex Library"}
        if out:
            body["Directory"] = out
        return self._container(request, body)

    async def _all(self, request: Request, user: PmsUser) -> Response:
        section = self.library.sections.get(request.path_params["key"])
        if section is None:
            return html_error(404, "Not Found")
        window = paging(request, None if self.require_paging else 10**9)
        params = request.query_params
        type_ = params.get("type", str(section.top_type))
        if window is None or not type_.isdigit():
            return html_error(400, "Bad Request")
        sort = params.get("sort", "titleSort")
        try:
            rows = self.library.query(section.key, (int(type_),), sort, filters(params))
        except ValueError:
            return html_error(400, "Bad Request")
        extra = {
            "allowSync": True,
            "identifier": "com.plexapp.plugins.library",
            "librarySectionID": int(section.key),
            "librarySectionTitle": section.title,
            "mediaTagPrefix": "/system/bundle/media/flags/",
            "title1": section.title,
            "title2": "All",
            "viewGroup": TYPE_NAMES.get(int(type_), "secondary"),
        }
        return self._page(request, rows, *window, extra)

    async def _recent(self, request: Request, user: PmsUser) -> Response:
        """Newest first: movies and episodes (one section's, or all)."""
        key = request.path_params.get("key")
        section = self.library.sections.get(key) if key else None
        if key and section is None:
            return html_error(404, "Not Found")
        window = paging(request, 50)
        if window is None:
            return html_error(400, "Bad Request")
        if section is None:
            types: tuple[int, ...] = (MOVIE, EPISODE)
        else:
            types = (MOVIE,) if section.kind == "movie" else (EPISODE,)
        rows = self.library.query(key, types, "addedAt:desc")
        return self._page(request, rows, *window, {"mixedParents": True})

    async def _refresh(self, request: Request, user: PmsUser) -> Response:
        key = request.path_params["key"]
        if key != "all" and key not in self.library.sections:
            return html_error(404, "Not Found")
        path, force = request.query_params.get("path"), request.query_params.get("force") == "1"
        now = self.clock()
        for k in list(self.library.sections) if key == "all" else [key]:
            self.scans.append(ScanRequest(k, path, force, request.method, user.username))
            section = self.library.sections[k]
            if request.method == "DELETE":
                section.refreshing_until = 0.0
            else:
                section.refreshing_until = now + self.scan_seconds
                section.scanned_at = int(now)
                if path:
                    self.collections.scan(k, path)
        return Response(status_code=200)

    async def _metadata(self, request: Request, user: PmsUser) -> Response:
        keys = request.path_params["ids"].split(",")
        found = [row for k in keys if (row := self.library.row_of(k)) is not None]
        if not found:
            return html_error(404, "Not Found")
        items = [self.library.metadata(row, detail=True) for row in found]
        if request.query_params.get("includeChildren") == "1":
            for item, row in zip(items, found, strict=True):
                kids = [self.library.metadata(c) for c in self.library.children(row)]
                item["Children"] = {"size": len(kids), **({"Metadata": kids} if kids else {})}
        body = {
            "size": len(items),
            "allowSync": True,
            "identifier": "com.plexapp.plugins.library",
            "librarySectionID": items[0]["librarySectionID"],
            "librarySectionTitle": items[0]["librarySectionTitle"],
            "Metadata": items,
        }
        return self._container(request, body)

    async def _children(self, request: Request, user: PmsUser) -> Response:
        row = self.library.row_of(request.path_params["key"])
        if row is None:
            return html_error(404, "Not Found")
        kids = self.library.children(row)
        parent = self.library.metadata(row)
        start, size = paging(request, len(kids)) or (0, len(kids))
        extra = {
            "key": parent["ratingKey"],
            "parentRatingKey": parent["ratingKey"],
            "parentTitle": parent["title"],
            "title1": parent["librarySectionTitle"],
            "title2": parent["title"],
            "librarySectionID": parent["librarySectionID"],
            "viewGroup": "season" if self.library.type_of(row) == SHOW else "episode",
        }
        return self._page(request, kids, start, size, extra)

    async def _image(self, request: Request, user: PmsUser) -> Response:
        key, kind = request.path_params["key"], request.path_params["kind"]
        if kind not in ("thumb", "art") or not self.library.exists(key):
            return html_error(404, "Not Found")
        width, height = (100, 150) if kind == "thumb" else (160, 90)
        return Response(jpeg(width, height, color_for(f"{key}/{kind}")), media_type="image/jpeg")

    async def _transcode(self, request: Request, user: PmsUser) -> Response:
        """A solid-colour image per source (JPEG, or PNG with ``format=png``), at most 1000px."""
        params = request.query_params
        url = params.get("url", "")
        match = _IMAGE_PATH.fullmatch(url.split("?")[0])
        if url.startswith(("http://", "https://")):
            seed = url  # a remote image the real server would fetch
        elif match and self.library.exists(match[1]):
            seed = f"{match[1]}/{match[2]}"
        else:
            return html_error(400 if not url else 404, "Bad Request" if not url else "Not Found")
        width, height = params.get("width", "100"), params.get("height", "150")
        if not (width.isdigit() and height.isdigit()):
            return html_error(400, "Bad Request")
        size = min(max(int(width), 1), 1000), min(max(int(height), 1), 1000)
        if params.get("format") == "png":
            return Response(png(*size, color_for(seed)), media_type="image/png")
        return Response(jpeg(*size, color_for(seed)), media_type="image/jpeg")

    async def _search(self, request: Request, user: PmsUser) -> Response:
        params = request.query_params
        query, limit, section = (
            params.get("query"),
            params.get("limit", "3"),
            params.get("sectionId"),
        )
        if not query or not limit.isdigit() or (section and section not in self.library.sections):
            return html_error(400, "Bad Request")
        hubs = []
        for type_, title in _HUBS:
            match = [Filter("title", "=", (query,))]
            rows = self.library.query(section, (type_,), "titleSort", match)
            page = rows[: int(limit)]
            name = TYPE_NAMES[type_]
            hub: dict[str, Any] = {"hubIdentifier": name, "title": title, "type": name}
            hub.update(size=len(page), more=len(rows) > len(page))
            if page:
                hub["hubKey"] = "/library/metadata/" + ",".join(str(r + 1) for r in page)
                hub["Metadata"] = [self.library.metadata(r) for r in page]
            hubs.append(hub)
        return self._container(request, {"size": len(hubs), "Hub": hubs})

    async def _sessions(self, request: Request, user: PmsUser) -> Response:
        items = []
        for session in self.sessions.values():
            row = self.library.row_of(session.rating_key)
            if row is not None:
                items.append({**self.library.metadata(row), **session_fields(session)})
        body: dict[str, Any] = {"size": len(items)}
        if items:
            body["Metadata"] = items
        return self._container(request, body)

    async def _scans_json(self, request: Request) -> Response:
        return JSONResponse([vars(s) for s in self.scans])


def main() -> None:
    from tests.fakes.plextv import FakePlexTV
    from tests.fakes.server import run_standalone

    parser = argparse.ArgumentParser(description="Fake Plex Media Server (seeded demo)")
    parser.add_argument("--port", type=int, default=32400)
    parser.add_argument("--movies", type=int, default=200)
    parser.add_argument("--shows", type=int, default=10)
    args = parser.parse_args()
    library = PlexLibrary(movies=args.movies, shows=args.shows, seasons=3, episodes=6)
    pms = FakePMS(library, plextv=FakePlexTV.seeded(pms_url=f"http://127.0.0.1:{args.port}"))
    run_standalone(pms.app, args.port)


if __name__ == "__main__":
    main()
