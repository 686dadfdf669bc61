"""The api under benchmark, plus a plain Starlette endpoint that serves the same rows with the
same SQL as the GraphQL query: the baseline the GraphQL layer is measured against."""

from __future__ import annotations

import os

import uvicorn
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from medianest.api.pagination import encode_cursor
from medianest.api.view import principal_from
from medianest.app import create_app
from medianest.core.logging import configure_logging
from medianest.jobs import service
from medianest.library import service as library_service
from medianest.settings import Settings
from medianest.users.models import User


async def plain_jobs(request: Request) -> Response:
    principal = await principal_from(request)
    if principal is None:
        return JSONResponse({"error": "unauthenticated"}, status_code=401)
    viewer = principal.user
    first = int(request.query_params.get("first", "20"))
    rows, has_next, total = await service.list_jobs(
        viewer, first=first, after_id=None, status=None, kind=None
    )
    owner_ids = {row.owner_id for row in rows if row.owner_id is not None}  # type: ignore[attr-defined]
    owners = {u.id: u for u in await User.filter(id__in=owner_ids)}
    edges = []
    for row in rows:
        owner = owners.get(row.owner_id)  # type: ignore[attr-defined]
        edges.append(
            {
                "node": {
                    "id": str(row.id),
                    "title": row.title,
                    "status": row.status.name,
                    "progress": row.progress,
                    "createdAt": row.created_at.isoformat(),
                    "owner": {"username": owner.username} if owner else None,
                }
            }
        )
    return JSONResponse(
        {
            "data": {
                "jobs": {"totalCount": total, "pageInfo": {"hasNextPage": has_next}, "edges": edges}
            }
        }
    )


async def plain_dashboard(request: Request) -> Response:
    if await principal_from(request) is None:
        return JSONResponse({"error": "unauthenticated"}, status_code=401)
    rows = await library_service.recently_added(21)
    edges = [
        {
            "cursor": encode_cursor("lib", n),
            "node": {
                "id": row.rating_key,
                "title": row.title,
                "year": row.year,
                "type": row.type.name,
                "posterUrl": f"/images/{row.rating_key}/poster?w=300" if row.thumb else None,
            },
        }
        for n, row in enumerate(rows[:20])
    ]
    page = {"hasNextPage": len(rows) > 20, "endCursor": edges[-1]["cursor"] if edges else None}
    return JSONResponse({"data": {"dashboard": {"edges": edges, "pageInfo": page}}})


def main() -> None:
    settings = Settings()
    configure_logging("WARNING", "json")
    worker = os.environ.get("MEDIANEST_EMBEDDED_WORKER") == "true"
    app = create_app(settings, run_worker=worker, run_scheduler=False)
    app.router.routes.insert(0, Route("/bench/plain-jobs", plain_jobs))
    app.router.routes.insert(0, Route("/bench/plain-dashboard", plain_dashboard))
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=int(os.environ["MEDIANEST_PORT"]),
        log_config=None,
        access_log=False,
        ws_per_message_deflate=False,  # as `medianest api` serves
    )


if __name__ == "__main__":
    main()
