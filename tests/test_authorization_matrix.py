"""Every root field of the schema, called as every kind of caller: anonymous, a member,
another member, an admin, and API tokens of each scope. The expected answer is derived from the
rule the field declares; a field without a rule, or without a sample call here, fails the test.
A denied call must also leave the database exactly as it was."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import pytest
from tortoise import Tortoise

from medianest.api.permissions import Rule
from medianest.api.schema import build_schema
from medianest.auth import service as auth_service
from medianest.auth import tokens
from medianest.auth.principal import Scope
from medianest.jobs.models import ACTIVE_STATUSES, Job
from medianest.users.models import Permission, Role, User
from tests.support.gql import GqlClient

# One call per root field. Arguments point at rows that may not exist: what matters is whether
# the rule lets the caller in, not what the resolver then finds.
SAMPLES: dict[str, str] = {
    "Query.me": "{ me { id } }",
    "Query.users": "{ users(first: 5) { totalCount } }",
    "Query.user": '{ user(id: "1") { id } }',
    "Query.serverInfo": "{ serverInfo { version } }",
    "Query.setupStatus": "{ setupStatus { configured } }",
    "Query.mySessions": "{ mySessions { id } }",
    "Query.myApiTokens": "{ myApiTokens { id } }",
    "Query.jobs": "{ jobs(first: 5) { totalCount } }",
    "Query.job": '{ job(id: "1") { id } }',
    "Query.serviceSettings": "{ serviceSettings { plex { tokenSet } } }",
    "Query.setupServers": "{ setupServers { id } }",
    "Query.userSessions": '{ userSessions(userId: "1") { id } }',
    "Query.auditLog": "{ auditLog(first: 5) { totalCount } }",
    "Mutation.startPlexSignIn": "mutation { startPlexSignIn { __typename } }",
    "Mutation.checkPlexSignIn": (
        'mutation { checkPlexSignIn(id: "00000000-0000-0000-0000-000000000000") { __typename } }'
    ),
    "Mutation.cancelPlexSignIn": (
        'mutation { cancelPlexSignIn(id: "00000000-0000-0000-0000-000000000000") { __typename } }'
    ),
    "Mutation.signOut": "mutation { signOut }",
    "Mutation.revokeSession": (
        'mutation { revokeSession(id: "00000000-0000-0000-0000-000000000000") }'
    ),
    "Mutation.revokeOtherSessions": "mutation { revokeOtherSessions }",
    "Mutation.createApiToken": (
        'mutation { createApiToken(input: {name: "matrix", scopes: [READ]}) { __typename } }'
    ),
    "Mutation.revokeApiToken": 'mutation { revokeApiToken(id: "999999") }',
    "Mutation.runHousekeeping": "mutation { runHousekeeping { id } }",
    "Mutation.cancelJob": 'mutation { cancelJob(id: "999999") { id } }',
    "Mutation.updateUser": (
        'mutation { updateUser(id: "999999", input: {requestsPerWeek: 3}) { __typename } }'
    ),
    "Mutation.importPlexUsers": "mutation { importPlexUsers { __typename } }",
    "Mutation.revokeUserSessions": 'mutation { revokeUserSessions(userId: "999999") }',
    "Mutation.completeSetup": 'mutation { completeSetup(serverId: "nope") { __typename } }',
    "Mutation.saveServiceSettings": (
        'mutation { saveServiceSettings(service: UPTIME_KUMA, input: {url: "http://127.0.0.1:9",'
        ' slug: "home"}) { __typename } }'
    ),
    "Mutation.saveUserDefaults": (
        "mutation { saveUserDefaults(input: {permissions: [REQUEST], requestsPerWeek: 5,"
        " downloadsPerDay: 5}) { __typename } }"
    ),
    "Mutation.testConnection": "mutation { testConnection(service: PLEX) { ok } }",
    "Query.librarySections": "{ librarySections { id } }",
    "Query.libraryItems": "{ libraryItems(first: 5) { totalCount } }",
    "Query.libraryItem": '{ libraryItem(id: "1") { id } }',
    "Query.librarySearch": '{ librarySearch(query: "a") { edges { cursor } } }',
    "Query.recentlyAdded": "{ recentlyAdded(first: 5) { edges { cursor } } }",
    "Mutation.updateMyEmail": (
        'mutation { updateMyEmail(email: "me@example.com") { __typename } }'
    ),
    "Query.libraryCollection": '{ libraryCollection(id: "1") { id } }',
    "Query.nowPlaying": "{ nowPlaying { title } }",
    "Query.libraryStatus": "{ libraryStatus { itemCount } }",
    "Mutation.syncLibrary": "mutation { syncLibrary { id } }",
    "Query.serviceStatus": "{ serviceStatus { configured } }",
    "Query.mediaSearch": '{ mediaSearch(query: "a") { page } }',
    "Query.myRequests": "{ myRequests { totalCount } }",
    "Query.mediaDetails": "{ mediaDetails(mediaType: MOVIE, tmdbId: 1) { title } }",
    "Query.allRequests": "{ allRequests { totalCount } }",
    "Mutation.approveRequest": 'mutation { approveRequest(id: "999999") { __typename } }',
    "Mutation.declineRequest": (
        'mutation { declineRequest(id: "999999", reason: "x") { __typename } }'
    ),
    "Mutation.deleteRequest": 'mutation { deleteRequest(id: "999999") }',
    "Subscription.requestUpdated": "subscription { requestUpdated { id } }",
    "Mutation.requestMedia": (
        'mutation { requestMedia(input: {mediaType: "movie", tmdbId: 1, title: "x"}) '
        "{ __typename } }"
    ),
    "Query.integrationHealth": "{ integrationHealth { service } }",
    "Mutation.updateMonitor": 'mutation { updateMonitor(id: "999999", visible: false) { id } }',
    "Mutation.refreshServiceStatus": "mutation { refreshServiceStatus { configured } }",
    "Subscription.serviceStatusUpdated": "subscription { serviceStatusUpdated { configured } }",
    "Mutation.saveLibrarySettings": (
        "mutation { saveLibrarySettings(shareNowPlaying: true) { library { shareNowPlaying } } }"
    ),
    "Subscription.jobUpdated": "subscription { jobUpdated { id } }",
    "Query.featureStatus": "{ featureStatus { name available } }",
    "Subscription.featureStatusUpdated": "subscription { featureStatusUpdated { name } }",
    "Query.announcements": "{ announcements { id } }",
    "Mutation.postAnnouncement": 'mutation { postAnnouncement(title: "Maintenance") { id } }',
    "Mutation.endAnnouncement": 'mutation { endAnnouncement(id: "999999") { id } }',
    "Subscription.announcementsUpdated": "subscription { announcementsUpdated { id } }",
    "Query.notifications": "{ notifications { totalCount } }",
    "Query.notificationSettings": "{ notificationSettings { availableChannels } }",
    "Query.notificationChannels": "{ notificationChannels { webhookUrl } }",
    "Mutation.markNotificationsRead": "mutation { markNotificationsRead }",
    "Mutation.setNotificationPreference": (
        "mutation { setNotificationPreference(kind: ANNOUNCEMENT, inApp: true, channels: []) "
        "{ kind } }"
    ),
    "Mutation.updateNotificationChannels": (
        "mutation { updateNotificationChannels(input: {smtpPort: 2525}) { smtpPort } }"
    ),
    "Subscription.notificationEvents": "subscription { notificationEvents { unreadCount } }",
    "Query.libraryCollections": "{ libraryCollections { totalCount } }",
    "Query.downloadPreview": '{ downloadPreview(url: "ftp://x") { __typename } }',
    "Query.downloads": "{ downloads(first: 5) { totalCount } }",
    "Query.download": '{ download(id: "999999") { id } }',
    "Query.downloadQuota": "{ downloadQuota { limit } }",
    "Query.downloadApprovals": "{ downloadApprovals { totalCount } }",
    "Query.downloadSettings": "{ downloadSettings { allowedSites } }",
    "Mutation.enqueueDownload": (
        'mutation { enqueueDownload(input: {url: "ftp://x"}) { __typename } }'
    ),
    "Mutation.cancelDownload": 'mutation { cancelDownload(id: "999999") { id } }',
    "Mutation.retryDownload": 'mutation { retryDownload(id: "999999") { id } }',
    "Mutation.approveDownload": 'mutation { approveDownload(id: "999999") { id } }',
    "Mutation.declineDownload": 'mutation { declineDownload(id: "999999") { id } }',
    "Mutation.updateDownloadSettings": (
        "mutation { updateDownloadSettings(input: {retentionDays: 3}) { retentionDays } }"
    ),
    "Subscription.downloadUpdated": "subscription { downloadUpdated { id } }",
    "Subscription.nowPlayingUpdated": "subscription { nowPlayingUpdated { title } }",
}

DENIED = {"UNAUTHENTICATED", "FORBIDDEN"}
SKIP_COLUMNS = {"last_seen_at", "last_used_at", "updated_at"}


@dataclass
class Caller:
    name: str
    client: GqlClient
    signed_in: bool = True
    admin: bool = False
    permissions: frozenset[str] = frozenset()
    token_scopes: frozenset[Scope] | None = None  # None: a browser session
    extra_headers: dict[str, str] = field(default_factory=dict)


def root_fields() -> list[tuple[str, type[Rule] | None]]:
    schema = build_schema()
    out: list[tuple[str, type[Rule] | None]] = []
    for type_name in ("Query", "Mutation", "Subscription"):
        definition = schema.get_type_by_name(type_name)
        assert definition is not None
        for f in definition.fields:  # type: ignore[union-attr]
            rules: list[type[Rule]] = [
                p for p in f.permission_classes if isinstance(p, type) and issubclass(p, Rule)
            ]
            name = f"{type_name}.{schema.config.name_converter.get_graphql_name(f)}"
            out.append((name, rules[0] if len(rules) == 1 else None))
    return out


FIELDS = root_fields()


def expected_code(rule: type[Rule], caller: Caller) -> str | None:  # noqa: PLR0911
    if rule.public:
        return None
    if not caller.signed_in:
        return "UNAUTHENTICATED"
    if rule.session_only and caller.token_scopes is not None:
        return "FORBIDDEN"
    if (
        rule.scope is not None
        and caller.token_scopes is not None
        and rule.scope not in caller.token_scopes
    ):
        return "FORBIDDEN"
    if rule.admin and not caller.admin:
        return "FORBIDDEN"
    if rule.permission is not None and not (
        caller.admin or rule.permission.value in caller.permissions
    ):
        return "FORBIDDEN"
    return None


def test_every_root_field_declares_one_rule_and_has_a_sample() -> None:
    missing_rule = [name for name, rule in FIELDS if rule is None]
    assert not missing_rule, f"declare exactly one permission rule on: {missing_rule}"
    missing_sample = [name for name, _ in FIELDS if name not in SAMPLES]
    assert not missing_sample, f"add a sample call to SAMPLES for: {missing_sample}"
    stale = set(SAMPLES) - {name for name, _ in FIELDS}
    assert not stale, f"SAMPLES names fields that no longer exist: {stale}"


async def db_fingerprint() -> str:
    conn = Tortoise.get_connection("default")
    out: dict[str, Any] = {}
    for app in Tortoise.apps.values():
        for model in app.values():
            table = model._meta.db_table
            if table == "aerich":
                continue
            rows = await conn.execute_query_dict(f'SELECT * FROM "{table}" ORDER BY 1')
            out[table] = [{k: v for k, v in r.items() if k not in SKIP_COLUMNS} for r in rows]
    return json.dumps(out, default=str, sort_keys=True)


async def settled_fingerprint() -> str:
    """The fingerprint once jobs started by earlier, allowed calls have finished."""
    for _ in range(100):
        if not await Job.filter(status__in=list(ACTIVE_STATUSES)).exists():
            break
        await asyncio.sleep(0.05)
    return await db_fingerprint()


async def make_callers(server: str) -> list[Caller]:
    member_perms = [Permission.REQUEST.value, Permission.DOWNLOAD.value]
    admin = await User.create(
        username="owner", display_name="Owner", role=Role.ADMIN, is_owner=True
    )
    member = await User.create(username="alice", display_name="Alice", permissions=member_perms)
    other = await User.create(username="bob", display_name="Bob", permissions=member_perms)

    async def session_client(user: User) -> GqlClient:
        client = GqlClient(server)
        await client.sign_in_with_link(f"/auth/link/{await auth_service.create_sign_in_link(user)}")
        return client

    async def token_client(user: User, scope: Scope) -> GqlClient:
        issued = await tokens.create(user, name=f"t-{scope.value}", scopes=[scope], expires_at=None)
        client = GqlClient(server)
        client.http.headers["Authorization"] = f"Bearer {issued.secret}"
        return client

    callers = [
        Caller("anonymous", GqlClient(server), signed_in=False),
        Caller("member", await session_client(member), permissions=frozenset(member_perms)),
        Caller("other member", await session_client(other), permissions=frozenset(member_perms)),
        Caller("admin", await session_client(admin), admin=True),
        Caller(
            "member read token",
            await token_client(member, Scope.READ),
            permissions=frozenset(member_perms),
            token_scopes=frozenset({Scope.READ}),
        ),
    ]
    for scope in Scope:
        callers.append(
            Caller(
                f"admin {scope.value} token",
                await token_client(admin, scope),
                admin=True,
                token_scopes=frozenset({scope}),
            )
        )
    return callers


async def field_error(caller: Caller, name: str, operation: str) -> str | None:
    field_name = name.split(".", 1)[1]
    if name.startswith("Subscription."):
        return await subscription_error(caller, operation)
    body = await caller.client.execute(operation)
    for error in body.get("errors") or []:
        if not error.get("path") or error["path"][0] == field_name:
            return str(error.get("extensions", {}).get("code", "NO_CODE"))
    return None


async def subscription_error(caller: Caller, operation: str) -> str | None:
    try:
        async with caller.client.subscribe(operation) as sub:
            try:
                payload = await sub.next(timeout=0.5)
            except TimeoutError:
                return None
            errors = payload.get("errors") or []
            return str(errors[0]["extensions"]["code"]) if errors else None
    except AssertionError as ended:
        text = str(ended)
        for code in DENIED:
            if code in text:
                return code
        raise


@pytest.mark.parametrize(("name", "rule"), FIELDS, ids=[name for name, _ in FIELDS])
async def test_field_answers_each_caller_as_its_rule_says(
    server: str, runtime: object, name: str, rule: type[Rule] | None
) -> None:
    assert rule is not None, f"{name} declares no rule"
    operation = SAMPLES[name]
    callers = await make_callers(server)
    try:
        for caller in callers:
            want = expected_code(rule, caller)
            before = await settled_fingerprint() if want else None
            got = await field_error(caller, name, operation)
            if want is None:
                assert got not in DENIED, f"{name} as {caller.name}: denied with {got}"
            else:
                assert got == want, f"{name} as {caller.name}: expected {want}, got {got}"
                assert await settled_fingerprint() == before, (
                    f"{name} as {caller.name} changed data"
                )
    finally:
        for caller in callers:
            await caller.client.aclose()
