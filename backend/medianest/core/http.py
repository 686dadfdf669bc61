"""Outgoing HTTP: one long-lived httpx client per integration, explicit timeouts, a circuit
breaker, and an exception tree that separates transient failures from refusals."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, TypeVar

import httpx
from aiobreaker import CircuitBreaker, CircuitBreakerError
from aiobreaker.state import CircuitBreakerState
from opentelemetry.trace import SpanKind

from medianest.core import tracing
from medianest.core.errors import PublicError

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=3.0)


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

    async def aclose(self) -> None:
        await self.http.aclose()

    @property
    def breaker_open(self) -> bool:
        return bool(self.breaker.current_state == CircuitBreakerState.OPEN)

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
            try:
                response = await self.http.request(method, path, headers=headers, **kwargs)
            except httpx.TimeoutException as exc:
                raise ServiceUnavailable(
                    self.service, f"{self.service} did not answer in time"
                ) from exc
            except httpx.HTTPError as exc:
                raise ServiceUnavailable(self.service, f"{self.service} is unreachable") from exc
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
