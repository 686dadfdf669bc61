"""Result types shared by mutations: expected failures are part of the schema."""

from __future__ import annotations

import strawberry

from medianest.core.errors import PublicError


@strawberry.type(description="The input was not accepted; `field` names the input at fault.")
class ValidationError:
    message: str
    field: str | None = None

    @classmethod
    def from_error(cls, error: PublicError) -> ValidationError:
        field = error.extensions.get("field")
        return cls(message=error.message, field=str(field) if field else None)
