"""Assembles the domain schemas into the one public GraphQL schema."""

from __future__ import annotations

import logging
from typing import Any

import strawberry
from graphql.error import GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    MaxTokensLimiter,
    ParserCache,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from medianest import __version__
from medianest.api.extensions import OperationMetrics, OperationTracing, PublicErrors
from medianest.api.limits import limits_rule
from medianest.api.permissions import Public
from medianest.api.shared import SharedExecutionContext
from medianest.api.throttle import MutationRateLimits
from medianest.audit.schema import AuditQuery
from medianest.auth.admin_schema import SessionAdminMutation, SessionAdminQuery
from medianest.auth.schema import AuthMutation, AuthQuery
from medianest.core import db
from medianest.core.errors import PublicError
from medianest.downloads.schema import DownloadMutation, DownloadQuery, DownloadSubscription
from medianest.downloads.schema_settings import DownloadSettingsMutation, DownloadSettingsQuery
from medianest.jobs.schema import JobMutation, JobQuery, JobSubscription
from medianest.library.schema import LibraryMutation, LibraryQuery, LibrarySubscription
from medianest.monitoring.schema import (
    MonitoringMutation,
    MonitoringQuery,
    MonitoringSubscription,
)
from medianest.notifications.schema import (
    AnnouncementMutation,
    AnnouncementQuery,
    AnnouncementSubscription,
    NotificationMutation,
    NotificationQuery,
    NotificationSubscription,
)
from medianest.requests.schema import RequestsQuery
from medianest.requests.schema_admin import (
    RequestAdminMutation,
    RequestAdminQuery,
    RequestSubscription,
)
from medianest.requests.schema_requests import MyRequestsQuery, RequestMutation
from medianest.settings_admin.schema import SettingsMutation, SettingsQuery
from medianest.users.schema import UserMutation, UserQuery


@strawberry.type
class ServerInfo:
    version: str
    mode: str


@strawberry.type
class SystemQuery:
    @strawberry.field(permission_classes=[Public])
    def server_info(self) -> ServerInfo:
        from medianest.core.runtime import get_runtime

        mode = "distributed" if get_runtime().settings.distributed else "embedded"
        return ServerInfo(version=__version__, mode=mode)


log = logging.getLogger(__name__)

Query = merge_types(
    "Query",
    (
        UserQuery,
        SystemQuery,
        AuthQuery,
        JobQuery,
        DownloadQuery,
        DownloadSettingsQuery,
        NotificationQuery,
        AnnouncementQuery,
        LibraryQuery,
        MonitoringQuery,
        RequestsQuery,
        MyRequestsQuery,
        RequestAdminQuery,
        SettingsQuery,
        SessionAdminQuery,
        AuditQuery,
    ),
)
Mutation = merge_types(
    "Mutation",
    (
        AuthMutation,
        JobMutation,
        DownloadMutation,
        DownloadSettingsMutation,
        NotificationMutation,
        AnnouncementMutation,
        LibraryMutation,
        MonitoringMutation,
        RequestMutation,
        RequestAdminMutation,
        UserMutation,
        SessionAdminMutation,
        SettingsMutation,
    ),
)
Subscription = merge_types(
    "Subscription",
    (
        JobSubscription,
        DownloadSubscription,
        NotificationSubscription,
        AnnouncementSubscription,
        LibrarySubscription,
        MonitoringSubscription,
        RequestSubscription,
    ),
)


class Schema(strawberry.Schema):
    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        # Expected failures (typed public errors, invalid queries) are not server errors; nor is
        # the database being away for a while: a warning now and then, without a traceback.
        for error in errors:
            original = error.original_error
            if original is None or isinstance(original, PublicError):
                continue
            if db.unreachable(original):
                db.report_unreachable(log, original)
            else:
                log.error(
                    "unexpected error in GraphQL operation",
                    exc_info=(type(original), original, original.__traceback__),
                )


def build_schema(
    *, max_depth: int = 12, max_tokens: int = 2000, max_aliases: int = 15
) -> strawberry.Schema:
    rule = limits_rule(max_depth, max_aliases)
    extensions: list[Any] = [
        lambda: AddValidationRules([rule]),
        lambda: MaxTokensLimiter(max_token_count=max_tokens),
        lambda: ParserCache(maxsize=512),
        lambda: ValidationCache(maxsize=512),
        MutationRateLimits,
        PublicErrors,
        OperationMetrics,
        OperationTracing,
    ]
    return Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=extensions,
        config=StrawberryConfig(auto_camel_case=True),
        execution_context_class=SharedExecutionContext,
    )


def schema_sdl() -> str:
    return build_schema().as_str() + "\n"
