"""Prometheus metrics of the process (api or worker)."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

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
JOB_DURATION = Histogram(
    "medianest_job_duration_seconds",
    "Background job run time",
    ["kind", "outcome"],
    buckets=(0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600),
)
JOBS_ACTIVE = Gauge("medianest_jobs_active", "Jobs queued or running (from the database)")
