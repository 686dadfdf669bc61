"""The GraphQL endpoint: Strawberry's ASGI view with MediaNest's context and rules."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLRequestData
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types import ExecutionResult

from medianest.api.broadcast import BroadcastingHandler
from medianest.api.context import Context
from medianest.api.result_cache import cache as result_cache
from medianest.auth import service as auth_service
from medianest.auth import tokens
from medianest.auth.principal import Principal
from medianest.core.logging import user_id_var
from medianest.settings import Settings


def client_ip(request: Request | WebSocket) -> str:
    return request.client.host if request.client else ""


async def principal_from(request: Request | WebSocket) -> Principal | None:
    """A bearer API token if one is sent, else the session cookie."""
    authorization = request.headers.get("authorization", "")
    if authorization:
        scheme, _, secret = authorization.partition(" ")
        if scheme.lower() != "bearer":
            return None
        token = await tokens.resolve(secret.strip())
        if token is None:
            return None
        user_id_var.set(str(token.user.id))
        return Principal(user=token.user, token=token)
    found = await auth_service.resolve_session(
        request.cookies.get(auth_service.SESSION_COOKIE), ip=client_ip(request)
    )
    if found is None:
        return None
    session, user = found
    user_id_var.set(str(user.id))
    return Principal(user=user, session=session)


class GraphQLView(GraphQL[Context, None]):
    graphql_transport_ws_handler_class = BroadcastingHandler

    def __init__(self, schema: Any, settings: Settings) -> None:
        super().__init__(
            schema,
            graphql_ide="graphiql",
            allow_queries_via_get=True,
            keep_alive=True,
            keep_alive_interval=15,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            connection_init_wait_timeout=timedelta(seconds=settings.ws_connection_init_timeout_s),
            max_subscriptions_per_connection=settings.graphql_max_subscriptions,
        )
        self.settings = settings

    async def execute_single(  # noqa: PLR0917 (Strawberry's signature)
        self,
        request: Any,
        request_adapter: Any,
        sub_response: Any,
        context: Context,
        root_value: Any,
        request_data: GraphQLRequestData,
    ) -> ExecutionResult:
        """Lists many people ask for come from the result cache while nothing changed."""
        ttl = self.settings.graphql_result_cache_s
        query = request_data.query
        if not ttl or not isinstance(query, str):
            return await super().execute_single(
                request, request_adapter, sub_response, context, root_value, request_data
            )
        kind = result_cache.kind(query, request_data.operation_name)
        key = result_cache.key(
            kind, context, query, request_data.operation_name, request_data.variables
        )
        if key is not None and (data := result_cache.get(key)) is not None:
            return ExecutionResult(data=data, errors=None)
        result = await super().execute_single(
            request, request_adapter, sub_response, context, root_value, request_data
        )
        if kind.mutation:
            result_cache.changed()  # whoever changed something reads it back at once
        elif key is not None and not result.errors and result.data is not None:
            result_cache.put(key, result.data, ttl)
        return result

    async def get_context(self, request: Request | WebSocket, response: Any) -> Context:
        return Context(
            request=request,
            response=response,
            principal=await principal_from(request),
            settings=self.settings,
        )

    async def render_graphql_ide(self, request: Request) -> Response:
        # The playground is for signed-in people; everyone else goes to the sign-in page.
        if await principal_from(request) is None:
            return RedirectResponse("/?next=/graphql", status_code=303)
        return await super().render_graphql_ide(request)
