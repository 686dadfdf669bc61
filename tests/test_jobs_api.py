"""Jobs over the real API: housekeeping runs in a worker and every change reaches a
subscriber; permissions; paging; cancellation."""

from __future__ import annotations

from typing import Any

import httpx

from medianest.jobs.models import Job, JobStatus
from tests.support.gql import GqlClient

JOB_FIELDS = "id kind title status progress message attempts owner { username }"
RUN = f"mutation {{ runHousekeeping {{ {JOB_FIELDS} }} }}"
WATCH = f"subscription Watch($id: ID) {{ jobUpdated(id: $id) {{ {JOB_FIELDS} }} }}"


async def test_housekeeping_runs_and_streams_every_status(admin: tuple[object, GqlClient]) -> None:
    _, client = admin
    async with client.subscribe(WATCH) as sub:
        job = (await client.data(RUN))["runHousekeeping"]
        assert job["status"] == "QUEUED"
        assert job["owner"] == {"username": "owner"}
        seen: list[dict[str, Any]] = []
        while not seen or seen[-1]["status"] not in {"SUCCEEDED", "FAILED"}:
            payload = await sub.next()
            assert "errors" not in payload, payload
            update = payload["data"]["jobUpdated"]
            assert update["id"] == job["id"]
            seen.append(update)
    statuses = [update["status"] for update in seen]
    assert statuses[0] == "QUEUED"
    assert "RUNNING" in statuses
    assert statuses[-1] == "SUCCEEDED"
    assert seen[-1]["progress"] == 1.0
    assert seen[-1]["message"].startswith("Removed")
    progresses = [u["progress"] for u in seen if u["status"] == "RUNNING"]
    assert progresses == sorted(progresses)
    row = await Job.get(id=int(job["id"]))
    assert row.status is JobStatus.SUCCEEDED
    assert row.attempts == 1


async def test_members_cannot_run_housekeeping_and_nothing_is_created(
    member: tuple[object, GqlClient],
) -> None:
    _, client = member
    body = await client.execute(RUN)
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await Job.all().count() == 0


async def test_signed_out_gets_unauthenticated(server: str) -> None:
    client = GqlClient(server)
    body = await client.execute("{ me { id } jobs { totalCount } }")
    await client.aclose()
    assert body["data"] is None or body["data"].get("jobs") is None
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_members_see_only_their_own_jobs(
    admin: tuple[object, GqlClient], member: tuple[object, GqlClient]
) -> None:
    owner, admin_client = admin
    alice, alice_client = member
    await Job.create(kind="housekeeping", title="Theirs", owner=owner, status=JobStatus.SUCCEEDED)
    mine = await Job.create(
        kind="housekeeping", title="Mine", owner=alice, status=JobStatus.SUCCEEDED
    )
    query = "{ jobs { totalCount edges { node { title } } } }"
    alice_jobs = (await alice_client.data(query))["jobs"]
    assert alice_jobs["totalCount"] == 1
    assert [e["node"]["title"] for e in alice_jobs["edges"]] == ["Mine"]
    admin_jobs = (await admin_client.data(query))["jobs"]
    assert admin_jobs["totalCount"] == 2
    other = await alice_client.data(
        "query($id: ID!) { job(id: $id) { title } }", {"id": str(mine.id - 1)}
    )
    assert other["job"] is None


async def test_paging_is_bounded_and_cursors_walk_the_list(
    admin: tuple[object, GqlClient],
) -> None:
    owner, client = admin
    for n in range(5):
        await Job.create(
            kind="housekeeping", title=f"Job {n}", owner=owner, status=JobStatus.SUCCEEDED
        )
    page = (
        "query($after: String) { jobs(first: 2, after: $after) { totalCount "
        "pageInfo { hasNextPage endCursor } edges { node { title } } } }"
    )
    titles: list[str] = []
    after = None
    while True:
        jobs = (await client.data(page, {"after": after}))["jobs"]
        assert jobs["totalCount"] == 5
        titles += [e["node"]["title"] for e in jobs["edges"]]
        if not jobs["pageInfo"]["hasNextPage"]:
            break
        after = jobs["pageInfo"]["endCursor"]
    assert titles == [f"Job {n}" for n in reversed(range(5))]
    too_many = await client.execute("{ jobs(first: 1000) { totalCount } }")
    assert too_many["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    bad_cursor = await client.execute('{ jobs(after: "nonsense!") { totalCount } }')
    assert bad_cursor["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_cancel_a_queued_job(admin: tuple[object, GqlClient]) -> None:
    owner, client = admin
    job = await Job.create(kind="housekeeping", title="Waiting", owner=owner)
    result = await client.data(
        "mutation($id: ID!) { cancelJob(id: $id) { status message } }", {"id": str(job.id)}
    )
    assert result["cancelJob"] == {"status": "CANCELLED", "message": "Cancelled"}
    missing = await client.execute('mutation { cancelJob(id: "999999") { status } }')
    assert missing["errors"][0]["extensions"]["code"] == "NOT_FOUND"


async def test_sign_out_ends_the_session(member: tuple[object, GqlClient]) -> None:
    _, client = member
    assert (await client.data("{ me { username } }"))["me"] == {"username": "alice"}
    assert (await client.data("mutation { signOut }"))["signOut"] is True
    # The old cookie no longer works even if a client keeps sending it.
    assert (await client.data("{ me { username } }"))["me"] is None


async def test_sign_in_link_works_once(server: str) -> None:
    from medianest.auth import service as auth_service
    from medianest.users.models import User

    user = await User.create(username="bob", display_name="Bob")
    token = await auth_service.create_sign_in_link(user)
    async with httpx.AsyncClient(base_url=server) as http:
        first = await http.get(f"/auth/link/{token}")
        assert first.status_code == 303
        second = await http.get(f"/auth/link/{token}")
        assert second.status_code == 400
        assert "invalid, used or expired" in second.text
