"""Rate limits on mutations, per person (or per address for anonymous callers), in Redis when
there is one. Each root field counts, aliases included: ten aliased ``enqueueDownload`` calls
in one document are ten downloads asked for. Mutations that cost (downloads, requests) have a
stricter limit of their own."""

from __future__ import annotations

from collections.abc import AsyncIterator

from graphql import FieldNode, OperationDefinitionNode, OperationType
from strawberry.extensions import SchemaExtension

from medianest.api.context import Context
from medianest.core import ratelimit

# Mutations that start work elsewhere (yt-dlp, Overseerr, outbound deliveries).
COSTLY = frozenset({"enqueueDownload", "requestMedia", "retryDownload", "postAnnouncement"})
WINDOW_S = 60


def _root_fields(operation: OperationDefinitionNode) -> list[str]:
    return [s.name.value for s in operation.selection_set.selections if isinstance(s, FieldNode)]


class MutationRateLimits(SchemaExtension):
    async def on_execute(self) -> AsyncIterator[None]:
        ctx = self.execution_context
        document = ctx.graphql_document
        context = ctx.context
        if document is not None and isinstance(context, Context):
            operations = [
                d
                for d in document.definitions
                if isinstance(d, OperationDefinitionNode)
                and d.operation is OperationType.MUTATION
                and (ctx.operation_name is None or (d.name and d.name.value == ctx.operation_name))
            ]
            if operations:
                await self._count(context, _root_fields(operations[0]))
        yield

    async def _count(self, context: Context, fields: list[str]) -> None:
        settings = context.settings
        viewer = context.viewer
        client = context.request.client
        who = f"user:{viewer.id}" if viewer else f"ip:{client.host if client else 'unknown'}"
        for name in fields:
            if name in COSTLY:
                await ratelimit.hit(
                    f"mut:{who}:{name}",
                    limit=settings.costly_mutations_per_minute,
                    window_s=WINDOW_S,
                    message=f"Too many {name} calls: wait a minute and try again.",
                )
            await ratelimit.hit(
                f"mut:{who}",
                limit=settings.mutations_per_minute,
                window_s=WINDOW_S,
                message="Too many changes in a short time: wait a minute and try again.",
            )
