"""Domain errors that are safe to show a user. Anything else is masked at the API edge."""

from __future__ import annotations


class PublicError(Exception):
    code = "BAD_REQUEST"

    def __init__(self, message: str, **extensions: object) -> None:
        super().__init__(message)
        self.message = message
        # The code rides along even where the error is reported outside a resolver.
        self.extensions = {"code": self.code, **extensions}


class NotAuthenticated(PublicError):
    code = "UNAUTHENTICATED"


class PermissionDenied(PublicError):
    code = "FORBIDDEN"


class NotFound(PublicError):
    code = "NOT_FOUND"


class InvalidInput(PublicError):
    code = "BAD_USER_INPUT"


class RateLimited(PublicError):
    code = "RATE_LIMITED"


class DatabaseUnavailable(PublicError):
    """The database cannot be reached right now (down, restarting, the connection lost): the
    request was fine, and asking again shortly will work."""

    code = "SERVICE_UNAVAILABLE"

    def __init__(
        self, message: str = "The database is not reachable right now; try again in a moment."
    ) -> None:
        super().__init__(message, service="database")
