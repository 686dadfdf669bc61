"""Schema extensions: public errors with codes, everything else masked; operation metrics."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator

from graphql.error import GraphQLError
from strawberry.extensions import MaskErrors, SchemaExtension

from medianest.core import db, tracing
from medianest.core.errors import DatabaseUnavailable, PublicError
from medianest.core.metrics import GRAPHQL_LATENCY

log = logging.getLogger(__name__)

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_seen_names: set[str] = set()
_MAX_NAMES = 200


class PublicErrors(MaskErrors):
    """Typed domain errors keep their message and get ``extensions.code``; validation errors
    pass through; the database being unreachable is said so (``SERVICE_UNAVAILABLE``); any other
    exception becomes "Unexpected error." and is logged."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda error: True)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        if original is None:
            extensions = dict(error.extensions or {})
            extensions.setdefault("code", "GRAPHQL_VALIDATION_FAILED")
            return GraphQLError(
                error.message,
                nodes=error.nodes,
                source=error.source,
                positions=error.positions,
                path=error.path,
                extensions=extensions,
            )
        if not isinstance(original, PublicError) and db.unreachable(original):
            original = DatabaseUnavailable()
        if isinstance(original, PublicError):
            return GraphQLError(
                original.message,
                nodes=error.nodes,
                source=error.source,
                positions=error.positions,
                path=error.path,
                extensions={"code": original.code, **original.extensions},
            )
        return GraphQLError(
            "Unexpected error.",
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            extensions={"code": "INTERNAL_SERVER_ERROR"},
        )


class OperationMetrics(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        started = time.perf_counter()
        yield
        ctx = self.execution_context
        name = ctx.operation_name or "anonymous"
        if not _NAME.match(name) or (name not in _seen_names and len(_seen_names) >= _MAX_NAMES):
            name = "other"
        _seen_names.add(name)
        try:
            op_type = ctx.operation_type.value
        except Exception:
            op_type = "invalid"
        GRAPHQL_LATENCY.labels(op_type, name).observe(time.perf_counter() - started)


class OperationTracing(SchemaExtension):
    """One span per GraphQL operation, named after it (resolvers are not traced one by one:
    that would cost more than it tells)."""

    def on_operation(self) -> Iterator[None]:
        with tracing.span("graphql") as current:
            yield
            ctx = self.execution_context
            name = ctx.operation_name or "anonymous"
            try:
                op_type = ctx.operation_type.value
            except Exception:
                op_type = "invalid"
            current.update_name(f"graphql {op_type} {name if _NAME.match(name) else 'other'}")
            current.set_attribute("graphql.operation.type", op_type)
