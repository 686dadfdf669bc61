"""Outgoing HTTP: one long-lived httpx client per integration, explicit timeouts, a circuit
breaker, and an exception tree that separates transient failures from refusals."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, TypeVar

import httpx
from aiobreaker import CircuitBreaker, CircuitBreakerError, CircuitBreakerListener
from aiobreaker.state import CircuitBreakerState
from opentelemetry.trace import SpanKind

from medianest.core import tracing
from medianest.core.errors import PublicError
from medianest.core.metrics import BREAKER_STATES, BREAKER_TRANSITIONS, EXTERNAL_LATENCY

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=3.0)

_STATE_NAMES = {
    CircuitBreakerState.CLOSED: "closed",
    CircuitBreakerState.HALF_OPEN: "half-open",
    CircuitBreakerState.OPEN: "open",
}


class _BreakerMetrics(CircuitBreakerListener):  # type: ignore[misc]
    """Counts a service's breaker opening and closing, and says so in the log."""

    def __init__(self, service: str) -> None:
        self.service = service

    def state_change(self, breaker: CircuitBreaker, old: Any, new: Any) -> None:
        name = _STATE_NAMES.get(getattr(new, "state", None), "unknown")
        BREAKER_TRANSITIONS.labels(self.service, name).inc()
        log.warning("circuit breaker of %s is now %s", self.service, name)


class IntegrationError(PublicError):
    """Something went wrong talking to an external service."""

    code = "SERVICE_ERROR"

    def __init__(self, service: str, message: str, *, status: int | None = None) -> None:
        super().__init__(message, service=service)
        self.service = service
        self.status = status


class ServiceUnavailable(IntegrationError):
    """Transient: connection refused, timeout, 5xx, or the breaker is open. Worth retrying."""

    code = "SERVICE_UNAVAILABLE"


class ServiceRejected(IntegrationError):
    """The service answered and said no (4xx): wrong credentials, bad input, not found."""

    code = "SERVICE_REJECTED"


class Integration:
    """Base of the typed clients: a shared httpx client and a breaker per service."""

    service = "service"

    def __init__(
        self,
        base_url: str,
        *,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        breaker: CircuitBreaker | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = httpx.AsyncClient(
            base_url=self.base_url,
            headers=headers,
            timeout=timeout,
            transport=transport,
            follow_redirects=False,
        )
        self.breaker = breaker or CircuitBreaker(
            fail_max=5, timeout_duration=timedelta(seconds=30), exclude=[ServiceRejected]
        )
        self.breaker.add_listener(_BreakerMetrics(self.service))

    async def aclose(self) -> None:
        await self.http.aclose()

    @property
    def breaker_open(self) -> bool:
        return bool(self.breaker.current_state == CircuitBreakerState.OPEN)

    @property
    def breaker_state_value(self) -> int:
        return BREAKER_STATES[_STATE_NAMES[self.breaker.current_state]]

    async def request(
        self,
        method: str,
        path: str,
        *,
        expect: tuple[int, ...] = (200,),
        **kwargs: Any,
    ) -> httpx.Response:
        given_headers: dict[str, str] = kwargs.pop("headers", None) or {}

        async def call() -> httpx.Response:
            with tracing.span(
                f"{self.service} {method}",
                kind=SpanKind.CLIENT,
                attributes={"http.request.method": method, "server.address": self.base_url},
            ) as current:
                headers = {**given_headers, **tracing.inject()}
                response = await send(headers)
                current.set_attribute("http.response.status_code", response.status_code)
                return response

        async def send(headers: dict[str, str]) -> httpx.Response:
            started = time.monotonic()
            try:
                response = await self.http.request(method, path, headers=headers, **kwargs)
            except httpx.TimeoutException as exc:
                self._observe(started, "timeout")
                raise ServiceUnavailable(
                    self.service, f"{self.service} did not answer in time"
                ) from exc
            except httpx.HTTPError as exc:
                self._observe(started, "unreachable")
                raise ServiceUnavailable(self.service, f"{self.service} is unreachable") from exc
            self._observe(started, f"{response.status_code // 100}xx")
            if response.status_code in expect:
                return response  # an answer the caller understands, even a 5xx
            if response.status_code >= 500:
                raise ServiceUnavailable(
                    self.service,
                    f"{self.service} failed (HTTP {response.status_code})",
                    status=response.status_code,
                )
            raise self.rejected(response)

        return await self.guarded(call)

    def _observe(self, started: float, outcome: str) -> None:
        EXTERNAL_LATENCY.labels(self.service, outcome).observe(time.monotonic() - started)

    async def guarded(self, call: Callable[[], Awaitable[T]]) -> T:
        try:
            return await self.breaker.call_async(call)  # type: ignore[no-any-return]
        except CircuitBreakerError as exc:
            cause = exc.__context__
            if isinstance(cause, IntegrationError):
                raise cause from None
            raise ServiceUnavailable(
                self.service, f"{self.service} is unreachable (paused after repeated failures)"
            ) from exc

    def rejected(self, response: httpx.Response) -> ServiceRejected:
        return ServiceRejected(
            self.service,
            f"{self.service} refused the request (HTTP {response.status_code})",
            status=response.status_code,
        )
