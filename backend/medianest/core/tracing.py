"""OpenTelemetry traces: the HTTP request, the GraphQL operation, outgoing calls to Plex,
Overseerr and the rest, and on into the job the request enqueued (the W3C trace context rides in
the Dramatiq message). Exported over OTLP/HTTP when ``MEDIANEST_OTEL_ENDPOINT`` is set; without
it the tracer is OpenTelemetry's no-op and costs next to nothing."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Mapping
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import propagate, trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode

log = logging.getLogger(__name__)

TRACER = "medianest"
_configured = False


def configure(endpoint: str | None, service: str) -> bool:
    """Install an exporting tracer provider once per process, if an endpoint is set."""
    global _configured
    if _configured or not endpoint:
        return False
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    provider = TracerProvider(resource=Resource.create({"service.name": service}))
    url = endpoint.rstrip("/")
    if not url.endswith("/v1/traces"):
        url += "/v1/traces"
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=url)))
    trace.set_tracer_provider(provider)
    _configured = True
    log.info("exporting traces to %s", url)
    return True


def tracer() -> trace.Tracer:
    return trace.get_tracer(TRACER)


def inject() -> dict[str, str]:
    """The current trace context as W3C headers (``traceparent``…), to carry along."""
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return carrier


@contextlib.contextmanager
def span(
    name: str,
    *,
    kind: SpanKind = SpanKind.INTERNAL,
    parent: Mapping[str, str] | None = None,
    attributes: dict[str, Any] | None = None,
) -> Iterator[Span]:
    """A span, optionally continuing the trace carried in ``parent`` headers."""
    token = None
    if parent:
        token = otel_context.attach(propagate.extract(dict(parent)))
    try:
        with tracer().start_as_current_span(name, kind=kind, attributes=attributes) as current:
            try:
                yield current
            except BaseException as exc:
                current.set_status(Status(StatusCode.ERROR, type(exc).__name__))
                raise
    finally:
        if token is not None:
            otel_context.detach(token)
