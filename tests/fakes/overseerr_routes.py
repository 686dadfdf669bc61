"""The ``/api/v1`` endpoints of the fake Overseerr and the order in which the real one checks a
request: unknown route (404/405), the validator's security check (401), the validator's
parameter rules (400), then ``checkUser``/``isAuthenticated`` (403), then the route itself."""

from __future__ import annotations

import math
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from tests.fakes.overseerr_catalogue import CatalogMovie, CatalogPerson, CatalogShow
from tests.fakes.overseerr_http import (
    ApiError,
    Param,
    check_value,
    decode_json,
    forbidden,
    message_error,
    method_not_allowed,
    not_found,
    parse_query,
    unauthorized,
    validation_error,
)
from tests.fakes.overseerr_models import (
    Json,
    MediaStatus,
    Permission,
    User,
    user_json,
)
from tests.fakes.overseerr_views import (
    media_out,
    movie_details,
    movie_result,
    page_info,
    person_result,
    request_out,
    tv_details,
    tv_result,
)

if TYPE_CHECKING:
    from tests.fakes.overseerr import FakeOverseerr

Handler = Callable[["Ctx"], Awaitable[Response]]
NUMBER = Param("number")
MEDIA_STATUS_WORDS = {
    "available": MediaStatus.AVAILABLE,
    "partial": MediaStatus.PARTIALLY_AVAILABLE,
    "processing": MediaStatus.PROCESSING,
    "pending": MediaStatus.PENDING,
    "unknown": MediaStatus.UNKNOWN,
    "deleted": MediaStatus.DELETED,  # Seerr only
}


@dataclass
class Ctx:
    fake: FakeOverseerr
    request: Request
    user: User  # the acting user (admin for the bare API key, else X-API-User)
    query: dict[str, str]
    params: dict[str, str]
    body: bytes

    def json_body(self) -> Any:
        return decode_json(self.body)


@dataclass
class Endpoint:
    method: str
    template: str  # relative to /api/v1, e.g. "/request/{requestId}/{status}"
    handler: Handler
    query: dict[str, Param] = field(default_factory=dict)
    params: dict[str, Param] = field(default_factory=dict)
    public: bool = False
    permission: int = 0  # isAuthenticated(permission)

    def __post_init__(self) -> None:
        pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", self.template)
        self.regex = re.compile(pattern)


def _json(body: Any, status: int = 200) -> Response:
    return JSONResponse(body, status_code=status)


def _int(text: str | None, default: int) -> int:
    return default if text is None else int(float(text))


# -- public ---------------------------------------------------------------------------------------
async def get_status(ctx: Ctx) -> Response:
    return _json(
        {
            "version": ctx.fake.version,
            "commitTag": "local",
            "updateAvailable": False,
            "commitsBehind": 0,
            "restartRequired": False,
        }
    )


async def get_appdata(ctx: Ctx) -> Response:
    return _json({"appData": True, "appDataPath": "/app/config"})


async def get_public_settings(ctx: Ctx) -> Response:
    body: Json = {
        "initialized": True,
        "applicationTitle": ctx.fake.application_title,
        "applicationUrl": "",
        "hideAvailable": False,
        "localLogin": True,
        "movie4kEnabled": False,
        "series4kEnabled": False,
        "region": "",
        "originalLanguage": "",
        "partialRequestsEnabled": True,
        "cacheImages": False,
        "vapidPublic": "",
        "enablePushRegistration": False,
        "locale": "en",
        "emailEnabled": False,
        "newPlexLogin": True,
    }
    if ctx.fake.flavor != "overseerr":
        body["mediaServerType"] = 1  # Plex
    return _json(body)


async def get_me(ctx: Ctx) -> Response:
    count = ctx.fake.request_count(ctx.user.id)
    return _json(user_json(ctx.user, ctx.fake.flavor, request_count=count))


# -- TMDB-backed ----------------------------------------------------------------------------------
async def search(ctx: Ctx) -> Response:
    fake = ctx.fake
    page = _int(ctx.query.get("page"), 1)
    if fake.tmdb_down or not 1 <= page <= 500:
        raise message_error(500, "Unable to retrieve search results.")
    found = fake.catalogue.search(ctx.query["query"])
    results: list[Json] = []
    for entry in found[(page - 1) * 20 : page * 20]:
        if isinstance(entry, CatalogMovie):
            results.append(movie_result(fake, entry))
        elif isinstance(entry, CatalogShow):
            results.append(tv_result(fake, entry))
        elif isinstance(entry, CatalogPerson):
            results.append(person_result(fake, entry))
    return _json(
        {
            "page": page,
            "totalPages": max(math.ceil(len(found) / 20), 1),
            "totalResults": len(found),
            "results": results,
        }
    )


async def get_movie(ctx: Ctx) -> Response:
    movie = ctx.fake.catalogue.movies.get(_int(ctx.params["movieId"], -1))
    if ctx.fake.tmdb_down or movie is None:
        raise message_error(500, "Unable to retrieve movie.")
    return _json(movie_details(ctx.fake, movie))


async def get_tv(ctx: Ctx) -> Response:
    show = ctx.fake.catalogue.shows.get(_int(ctx.params["tvId"], -1))
    if ctx.fake.tmdb_down or show is None:
        raise message_error(500, "Unable to retrieve series.")
    return _json(tv_details(ctx.fake, show))


# -- requests -------------------------------------------------------------------------------------
def _request_id(ctx: Ctx) -> int:
    text = ctx.params["requestId"]
    rid = int(text) if text.isdigit() else -1
    if rid not in ctx.fake.requests:
        raise message_error(404, "Request not found.")
    return rid


async def list_requests(ctx: Ctx) -> Response:
    take, skip = _int(ctx.query.get("take"), 10), _int(ctx.query.get("skip"), 0)
    requested_by = ctx.query.get("requestedBy")
    found = ctx.fake.list_requests(
        ctx.user,
        filter_=ctx.query.get("filter", "all"),
        sort=ctx.query.get("sort", "added"),
        direction=ctx.query.get("sortDirection", "desc"),
        requested_by=None if requested_by is None else _int(requested_by, 0),
        media_type=ctx.query.get("mediaType", "all"),
    )
    page = found[skip : skip + take] if take > 0 else found[skip:]
    return _json(
        {
            "pageInfo": page_info(len(found), take, skip),
            "results": [request_out(ctx.fake, r) for r in page],
        }
    )


async def create_request(ctx: Ctx) -> Response:
    created = ctx.fake.create_request(ctx.user, ctx.json_body())
    return _json(request_out(ctx.fake, created), 201)


async def count_requests(ctx: Ctx) -> Response:
    return _json(ctx.fake.request_counts())


async def get_request(ctx: Ctx) -> Response:
    found = ctx.fake.requests[_request_id(ctx)]
    if found.requested_by_id != ctx.user.id and not ctx.user.can(
        Permission.MANAGE_REQUESTS, Permission.REQUEST_VIEW, any_of=True
    ):
        raise message_error(403, "You do not have permission to view this request.")
    return _json(request_out(ctx.fake, found))


async def update_request(ctx: Ctx) -> Response:
    updated = ctx.fake.update_request(ctx.user, _request_id(ctx), ctx.json_body())
    return _json(request_out(ctx.fake, updated))


async def delete_request(ctx: Ctx) -> Response:
    found = ctx.fake.requests[_request_id(ctx)]
    if (
        not ctx.user.can(Permission.MANAGE_REQUESTS)
        and found.requested_by_id != ctx.user.id
        and found.status != 1
    ):
        raise message_error(401, "You do not have permission to delete this request.")
    ctx.fake.delete_request(found.id)
    return Response(status_code=204)


async def retry_request(ctx: Ctx) -> Response:
    return _json(request_out(ctx.fake, ctx.fake.retry_request(_request_id(ctx))))


async def set_request_status(ctx: Ctx) -> Response:
    rid = _request_id(ctx)
    if ctx.params["status"] == "approve":
        changed = ctx.fake.approve_request(rid, ctx.user.id)
    else:
        changed = ctx.fake.decline_request(rid, ctx.user.id)
    return _json(request_out(ctx.fake, changed))


# -- users ----------------------------------------------------------------------------------------
async def list_users(ctx: Ctx) -> Response:
    fake = ctx.fake
    take, skip = _int(ctx.query.get("take"), 10), _int(ctx.query.get("skip"), 0)
    users = sorted(fake.users.values(), key=lambda u: u.id)
    if "q" in ctx.query:  # Jellyseerr / Seerr
        needle = ctx.query["q"].casefold()
        users = [
            u
            for u in users
            if any(
                needle in (text or "").casefold()
                for text in (u.username, u.email, u.plex_username, u.jellyfin_username)
            )
        ]
    if "includeIds" in ctx.query:
        wanted = {int(x) for x in ctx.query["includeIds"].split(",") if x.strip().isdigit()}
        users = [u for u in users if u.id in wanted]
    sort = ctx.query.get("sort", "created")
    if sort == "updated":
        users.sort(key=lambda u: u.updated_at, reverse=True)
    elif sort == "requests":
        users.sort(key=lambda u: fake.request_count(u.id), reverse=True)
    elif sort == "displayname":
        users.sort(key=lambda u: u.display_name.lower())
    page = users[skip : skip + take] if take > 0 else users[skip:]
    private = ctx.user.can(Permission.MANAGE_USERS)
    results = [
        user_json(u, fake.flavor, request_count=fake.request_count(u.id), private=private)
        for u in page
    ]
    return _json({"pageInfo": page_info(len(users), take, skip), "results": results})


async def get_user(ctx: Ctx) -> Response:
    user = ctx.fake.users.get(_int(ctx.params["userId"], -1))
    if user is None:
        raise message_error(404, "User not found.")
    private = ctx.user.can(Permission.MANAGE_USERS)
    count = ctx.fake.request_count(user.id)
    return _json(user_json(user, ctx.fake.flavor, request_count=count, private=private))


async def import_from_plex(ctx: Ctx) -> Response:
    body = ctx.json_body()
    if not isinstance(body, dict):
        raise validation_error("body", "", "must be object", "type")
    plex_ids = body.get("plexIds")
    if plex_ids is not None:
        if not isinstance(plex_ids, list):
            raise validation_error("body", "plexIds", "must be array", "type")
        for index, value in enumerate(plex_ids):
            if not isinstance(value, str):
                raise validation_error("body", f"plexIds/{index}", "must be string", "type")
    created = ctx.fake.import_plex_users(plex_ids)
    out = [user_json(u, ctx.fake.flavor, request_count=0) for u in created]
    return _json(out, 201)


# -- media ----------------------------------------------------------------------------------------
async def set_media_status(ctx: Ctx) -> Response:
    fake = ctx.fake
    text = ctx.params["mediaId"]
    media = fake.media.get(int(text) if text.isdigit() else -1)
    if media is None:
        raise message_error(404, "Media does not exist.")
    body = ctx.json_body()
    is4k = bool(body.get("is4k", False)) if isinstance(body, dict) else False
    fake.apply_media_status(media, MEDIA_STATUS_WORDS[ctx.params["status"]], is4k=is4k)
    return _json(media_out(fake, media))


def build_endpoints(fake: FakeOverseerr) -> list[Endpoint]:
    """The routes, most specific first, with the query parameters each one declares (which
    differ between Overseerr and Jellyseerr/Seerr)."""
    seerr = fake.flavor != "overseerr"
    filters = ("all", "approved", "available", "pending", "processing", "unavailable", "failed")
    request_query = {
        "take": NUMBER,
        "skip": NUMBER,
        "filter": Param(enum=filters + (("deleted", "completed") if seerr else ())),
        "sort": Param(enum=("added", "modified")),
        "requestedBy": NUMBER,
    }
    user_query = {
        "take": NUMBER,
        "skip": NUMBER,
        "sort": Param(enum=("created", "updated", "requests", "displayname")),
    }
    if seerr:
        request_query["sortDirection"] = Param(enum=("asc", "desc"))
        request_query["mediaType"] = Param(enum=("movie", "tv", "all"))
        user_query |= {"q": Param(), "includeIds": Param()}
    statuses = tuple(w for w in MEDIA_STATUS_WORDS if seerr or w != "deleted")
    language = {"language": Param()}
    manage = Permission.MANAGE_REQUESTS
    return [
        Endpoint("GET", "/status", get_status, public=True),
        Endpoint("GET", "/status/appdata", get_appdata, public=True),
        Endpoint("GET", "/settings/public", get_public_settings, public=True),
        Endpoint("GET", "/auth/me", get_me),
        Endpoint(
            "GET",
            "/search",
            search,
            query={"query": Param(required=True), "page": NUMBER, **language},
        ),
        Endpoint("GET", "/movie/{movieId}", get_movie, language, {"movieId": NUMBER}),
        Endpoint("GET", "/tv/{tvId}", get_tv, language, {"tvId": NUMBER}),
        Endpoint("GET", "/request", list_requests, request_query),
        Endpoint("POST", "/request", create_request),
        Endpoint("GET", "/request/count", count_requests),
        Endpoint("GET", "/request/{requestId}", get_request),
        Endpoint("PUT", "/request/{requestId}", update_request, permission=manage),
        Endpoint("DELETE", "/request/{requestId}", delete_request),
        Endpoint("POST", "/request/{requestId}/retry", retry_request, permission=manage),
        Endpoint(
            "POST",
            "/request/{requestId}/{status}",
            set_request_status,
            params={"status": Param(enum=("approve", "decline"))},
            permission=manage,
        ),
        Endpoint("GET", "/user", list_users, user_query),
        Endpoint(
            "POST",
            "/user/import-from-plex",
            import_from_plex,
            permission=Permission.MANAGE_USERS,
        ),
        Endpoint("GET", "/user/{userId}", get_user, params={"userId": NUMBER}),
        Endpoint(
            "POST",
            "/media/{mediaId}/{status}",
            set_media_status,
            params={"status": Param(enum=statuses)},
            permission=manage,
        ),
    ]


def _acting_user(fake: FakeOverseerr, request: Request, permission: int) -> User:
    """Overseerr's ``checkUser`` + ``isAuthenticated``: the key must match; X-API-User picks
    the user (admin id 1 without it); the user must hold ``permission``. Else the 403."""
    if request.headers.get("x-api-key") != fake.api_key:
        raise forbidden()
    raw = request.headers.get("x-api-user")
    user = fake.users.get(1 if raw is None else (int(raw) if raw.strip().isdigit() else -1))
    if user is None or not user.can(permission):
        raise forbidden()
    return user


async def dispatch(fake: FakeOverseerr, request: Request, body: bytes) -> Response:
    path = request.url.path
    relative = path.removeprefix("/api/v1") or "/"
    try:
        matched = [(ep, m) for ep in fake.endpoints if (m := ep.regex.fullmatch(relative))]
        if not matched:
            raise not_found(path)
        chosen = next(((ep, m) for ep, m in matched if ep.method == request.method), None)
        if chosen is None:
            raise method_not_allowed(request.method, path)
        endpoint, match = chosen
        has_cookie = "connect.sid" in request.cookies
        if not endpoint.public and "x-api-key" not in request.headers and not has_cookie:
            raise unauthorized(path)
        query = parse_query(request.scope["query_string"].decode("latin-1"), endpoint.query)
        params = match.groupdict()
        for name, param in endpoint.params.items():
            check_value("params", name, params[name], param)
        user = fake.admin
        if not endpoint.public:
            user = _acting_user(fake, request, endpoint.permission)
        return await endpoint.handler(Ctx(fake, request, user, query, params, body))
    except ApiError as error:
        return error.response()
