"""Prometheus metrics of the process (api or worker).

The api serves them at /metrics; a worker or scheduler process serves its own on
MEDIANEST_WORKER_METRICS_PORT. Gauges that describe shared state (jobs by status, queue
depth, library size) are read when scraped; counters and histograms count what this process
did."""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import REGISTRY, Counter, Gauge, Histogram, start_http_server
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

HTTP_REQUESTS = Counter(
    "medianest_http_requests_total", "HTTP requests", ["method", "route", "status"]
)
HTTP_LATENCY = Histogram(
    "medianest_http_request_duration_seconds", "HTTP request latency", ["method", "route"]
)
GRAPHQL_LATENCY = Histogram(
    "medianest_graphql_operation_duration_seconds",
    "GraphQL operation latency",
    ["operation_type", "operation_name"],
)
SUBSCRIPTIONS = Gauge("medianest_graphql_subscriptions", "Open GraphQL subscriptions")
RESULT_CACHE = Counter(
    "medianest_graphql_result_cache_total",
    "Lookups of the GraphQL result cache, by outcome (hit, miss, expired)",
    ["outcome"],
)
RATE_LIMITED = Counter("medianest_rate_limited_total", "Calls refused by a rate limit", ["scope"])
JOB_DURATION = Histogram(
    "medianest_job_duration_seconds",
    "Background job run time",
    ["kind", "outcome"],
    buckets=(0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600),
)
JOBS_ACTIVE = Gauge("medianest_jobs_active", "Jobs queued or running (from the database)")
JOBS = Gauge(
    "medianest_jobs", "Jobs waiting or running, by kind and status (from the database)",
    ["kind", "status"],
)  # fmt: skip
QUEUE_MESSAGES = Gauge(
    "medianest_queue_messages", "Messages waiting in each job queue of the broker", ["queue"]
)
EXTERNAL_LATENCY = Histogram(
    "medianest_external_request_duration_seconds",
    "Calls to Plex, Overseerr, Uptime Kuma and the other services",
    ["service", "outcome"],
)
BREAKER_TRANSITIONS = Counter(
    "medianest_circuit_breaker_transitions_total",
    "Circuit breaker state changes, by service and the state entered",
    ["service", "state"],
)
LIBRARY_SYNC_DURATION = Histogram(
    "medianest_library_sync_duration_seconds",
    "Library sync run time",
    ["mode"],
    buckets=(0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 900),
)
LIBRARY_SYNC_ITEMS = Counter(
    "medianest_library_sync_items_total",
    "Items a library sync read from Plex (seen), stored (written) or deleted (removed)",
    ["mode", "change"],
)
LIBRARY_SYNC_REQUESTS = Counter(
    "medianest_library_sync_plex_requests_total", "Plex requests made by library syncs", ["mode"]
)
LIBRARY_SYNC_LAST = Gauge(
    "medianest_library_sync_last_success_timestamp_seconds",
    "When a library sync last finished",
    ["mode"],
)
LIBRARY_ITEMS = Gauge("medianest_library_items", "Items stored, by type", ["type"])

BREAKER_STATES = {"closed": 0, "half-open": 1, "open": 2}


class BreakerCollector(Collector):
    """Each integration's circuit breaker as 0 (closed), 1 (half-open) or 2 (open), read from
    the live clients when scraped."""

    def collect(self) -> Iterator[GaugeMetricFamily]:
        from medianest.core.clients import all_clients

        family = GaugeMetricFamily(
            "medianest_circuit_breaker_state",
            "Circuit breaker of each service: 0 closed, 1 half-open, 2 open",
            labels=["service", "base_url"],
        )
        for client in all_clients():
            family.add_metric([client.service, client.base_url], client.breaker_state_value)
        yield family


REGISTRY.register(BreakerCollector())


def serve_worker_metrics(port: int, host: str) -> None:
    """A worker or scheduler process has no HTTP server of its own: give it one for /metrics."""
    if port:
        start_http_server(port, addr=host)
