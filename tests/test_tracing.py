"""One download as one trace: the HTTP request, the GraphQL mutation, and the job that fetched
and placed the file in a worker thread, joined by the trace context carried in the message."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from medianest.downloads.models import DownloadStatus
from tests.conftest import SignIn
from tests.support.downloads import Site, downloader, enqueue, wait_for

_exporter = InMemorySpanExporter()


@pytest.fixture(scope="module")
def spans() -> Iterator[InMemorySpanExporter]:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(_exporter))
    trace.set_tracer_provider(provider)
    yield _exporter
    provider.shutdown()


async def test_a_download_is_one_trace(
    spans: InMemorySpanExporter, site: Site, sign_in: SignIn
) -> None:
    _, client = await downloader(sign_in)
    spans.clear()
    started = await enqueue(client, f"{site.url}/watch/sample")
    await wait_for(started["download"]["id"], DownloadStatus.COMPLETED)
    deadline = time.monotonic() + 10
    while not any(s.name == "job jobs.run_downloads" for s in spans.get_finished_spans()):
        assert time.monotonic() < deadline, "the job's span never ended"
        await asyncio.sleep(0.05)
    finished = spans.get_finished_spans()
    by_name: dict[str, list[ReadableSpan]] = {}
    for s in finished:
        by_name.setdefault(s.name, []).append(s)
    mutation = next(s for s in by_name["graphql mutation anonymous"] if s.parent is not None)
    parent = mutation.parent
    assert parent is not None
    http = next(s for s in by_name["POST /graphql"] if s.context.span_id == parent.span_id)
    job = by_name["job jobs.run_downloads"][0]
    placed = by_name["download.place"][0]
    assert job.context.trace_id == http.context.trace_id == mutation.context.trace_id
    assert placed.context.trace_id == http.context.trace_id
    assert placed.attributes is not None
    assert placed.attributes["download.file"] == "Unknown channel/Sample Clip [sample].mp4"
    assert {"download.fetch", "download.rescan"} <= set(by_name)
