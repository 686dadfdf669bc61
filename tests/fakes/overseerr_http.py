"""HTTP plumbing of the fake Overseerr that mirrors the real one's edges: the error bodies
(protocols.md §3.1, §3.3), the OpenAPI validator's strict query-string rules (§3.2, §8) and the
record of every request MediaNest sent."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import unquote

from starlette.datastructures import Headers
from starlette.responses import JSONResponse, Response

Json = dict[str, Any]

RESERVED = set(":/?#[]@!$&'()*+,;=")
RESERVED_MESSAGE = (
    "Parameter '{name}' must be url encoded. Its value may not contain reserved characters."
)
FORBIDDEN_BODY: Json = {
    "status": 403,
    "error": "You do not have permission to access this endpoint",
}


class ApiError(Exception):
    """A response the fake answers with instead of the normal one."""

    def __init__(self, status: int, body: Json | list[Any] | None) -> None:
        super().__init__(status, body)
        self.status = status
        self.body = body

    def response(self) -> Response:
        if self.body is None:
            return Response(status_code=self.status)
        return JSONResponse(self.body, status_code=self.status)


def message_error(status: int, message: str) -> ApiError:
    """A route error as Overseerr's global handler writes it: ``{"message": ...}``."""
    return ApiError(status, {"message": message})


def forbidden() -> ApiError:
    """``isAuthenticated`` refusing: wrong key, unknown X-API-User, or a missing permission."""
    return ApiError(403, dict(FORBIDDEN_BODY))


def unauthorized(path: str) -> ApiError:
    """The validator's security check: neither ``X-Api-Key`` nor the session cookie was sent."""
    message = "cookie 'connect.sid' required"
    return ApiError(401, {"message": message, "errors": [{"path": path, "message": message}]})


def validation_error(
    where: str, name: str, message: str, code: str | None = None, *, prefixed: bool = True
) -> ApiError:
    """A 400 from express-openapi-validator. ``where`` is ``query``/``params``/``body``."""
    error: Json = {"path": f"/{where}/{name}", "message": message}
    if code:
        error["errorCode"] = f"{code}.openapi.validation"
    full = f"request/{where}/{name} {message}" if prefixed else message
    return ApiError(400, {"message": full, "errors": [error]})


def required_error(where: str, name: str) -> ApiError:
    message = f"must have required property '{name}'"
    error: Json = {
        "path": f"/{where}/{name}",
        "message": message,
        "errorCode": "required.openapi.validation",
    }
    return ApiError(400, {"message": f"request/{where} {message}", "errors": [error]})


def not_found(path: str) -> ApiError:
    return ApiError(
        404, {"message": "not found", "errors": [{"path": path, "message": "not found"}]}
    )


def method_not_allowed(method: str, path: str) -> ApiError:
    message = f"{method} method not allowed"
    return ApiError(405, {"message": message, "errors": [{"path": path, "message": message}]})


@dataclass(frozen=True)
class Param:
    """One declared query (or path) parameter of the OpenAPI description."""

    kind: Literal["string", "number"] = "string"
    required: bool = False
    enum: tuple[str, ...] | None = None


def _is_number(text: str) -> bool:
    try:
        value = float(text)
    except ValueError:
        return False
    return math.isfinite(value)


def check_value(where: str, name: str, value: str, param: Param) -> None:
    if param.kind == "number" and not _is_number(value):
        raise validation_error(where, name, "must be number", "type")
    if param.enum is not None and value not in param.enum:
        allowed = ", ".join(param.enum)
        raise validation_error(
            where, name, f"must be equal to one of the allowed values: {allowed}", "enum"
        )


def parse_query(raw: str, declared: dict[str, Param]) -> dict[str, str]:
    """Decode the raw query string the way Overseerr's validator accepts it, or raise its 400.

    Reserved characters are checked on the *undecoded* value, so ``harry+potter`` is refused and
    ``harry%20potter`` decodes to ``harry potter``. Undeclared and empty parameters are refused
    too (protocols.md §8)."""
    values: dict[str, str] = {}
    for part in raw.split("&") if raw else []:
        if not part:
            continue
        raw_name, _, raw_value = part.partition("=")
        name = unquote(raw_name)
        if name not in declared:
            raise validation_error(
                "query", name, f"Unknown query parameter '{name}'", prefixed=False
            )
        if raw_value == "":
            raise validation_error(
                "query", name, f"Empty value found for query parameter '{name}'", prefixed=False
            )
        if any(ch in RESERVED for ch in raw_value):
            raise validation_error(
                "query", name, RESERVED_MESSAGE.format(name=name), prefixed=False
            )
        values[name] = unquote(raw_value, errors="strict")
    for name, param in declared.items():
        if name not in values:
            if param.required:
                raise required_error("query", name)
            continue
        check_value("query", name, values[name], param)
    return values


def decode_json(body: bytes) -> Any:
    """Express's body parser: an empty body is ``{}``, malformed JSON is a 400."""
    if not body.strip():
        return {}
    try:
        return json.loads(body)
    except json.JSONDecodeError as exc:
        raise ApiError(
            400, {"message": f"Unexpected token in JSON at position {exc.pos}"}
        ) from None
    except UnicodeDecodeError:
        raise ApiError(400, {"message": "Unexpected token in JSON"}) from None


@dataclass
class RecordedRequest:
    """What MediaNest sent, exactly: for assertions on method, path, raw query and headers."""

    method: str
    path: str
    query_string: str  # raw, still percent-encoded, without the "?"
    headers: Headers  # case-insensitive
    body: bytes
    status: int | None = None  # the status answered; None while pending or when hung

    @property
    def json(self) -> Any:
        """The JSON body, or None when there is none or it is not JSON."""
        try:
            return json.loads(self.body) if self.body else None
        except ValueError:
            return None

    def header(self, name: str) -> str | None:
        return self.headers.get(name)

    @property
    def url(self) -> str:
        return f"{self.path}?{self.query_string}" if self.query_string else self.path
