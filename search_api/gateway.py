"""The one ASGI middleware of the app: metrics, body limit, rate limit, security headers, lean search.

It does in one layer, in this order, what four middlewares did (each wrapped ``send`` and cost
an await per message): time and count the request (``/metrics``); refuse a body over the limit
(413, by ``Content-Length`` and while streaming); apply the per-client rate limit (429); add
the security headers (CSP…) to every response. ``GET /api/search`` then takes the lean path
(:mod:`search_api.lean_search`) when it can; everything else goes to the FastAPI app.
"""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from search_api import lean_search
from search_api.access_log import AccessLog
from search_api.metrics import Metrics
from search_api.metrics_shared import SharedMetrics
from search_api.rate_limit_shared import FILE_NAME, SharedRateLimiter
from search_api.security import (
    INLINE_STYLE_POLICY,
    INLINE_STYLE_PREFIXES,
    RATE_LIMIT_EXEMPT,
    SECURITY_HEADERS,
    RateLimiter,
    send_json,
)

_INLINE_STYLE_HEADERS = tuple(
    (n, INLINE_STYLE_POLICY.encode()) if n == b"content-security-policy" else (n, v)
    for n, v in SECURITY_HEADERS
)


class _TooLarge(Exception):
    pass


def _too_large_message(max_bytes: int) -> dict[str, str]:
    return {
        "error": "payload_too_large",
        "message": (
            f"Dữ liệu gửi lên quá lớn (tối đa {max_bytes} byte) / "
            f"request body too large (at most {max_bytes} bytes)"
        ),
    }


def _rate_limited_message(retry: str) -> dict[str, str]:
    return {
        "error": "rate_limited",
        "message": (
            f"Quá nhiều yêu cầu, vui lòng thử lại sau {retry} giây / too many requests, retry in {retry} s"
        ),
    }


class Gateway:
    """Wraps the FastAPI app's routes (inside Starlette's error middleware, which still turns an
    unexpected exception into the logged 500). ``per_minute <= 0`` turns the rate limit off;
    ``lean_state`` (the app's ``state``) turns the lean ``/api/search`` path on; ``access_log``
    records every request once answered (``lantoa serve``, instead of uvicorn's own);
    ``shared_metrics`` publishes the counters for the other workers' ``/metrics``;
    ``shared_dir`` makes the rate limit one for all the workers sharing that directory."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        metrics: Metrics,
        per_minute: int,
        max_bytes: int,
        lean_state: Any = None,
        access_log: AccessLog | None = None,
        shared_metrics: SharedMetrics | None = None,
        shared_dir: Path | None = None,
    ) -> None:
        self.app = app
        self.access_log = access_log
        self.shared_metrics = shared_metrics
        self.metrics = metrics
        self.limiter: RateLimiter | SharedRateLimiter | None = None
        if per_minute > 0:  # with ``lantoa serve --workers N``: one limit over all the workers
            self.limiter = (
                SharedRateLimiter(shared_dir / FILE_NAME, per_minute)
                if shared_dir is not None
                else RateLimiter(per_minute)
            )
        self.max_bytes = max_bytes
        self.lean_state = lean_state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        metrics = self.metrics
        started = time.perf_counter()
        status = 500
        path: str = scope["path"]
        extra_headers = _INLINE_STYLE_HEADERS if path.startswith(INLINE_STYLE_PREFIXES) else SECURITY_HEADERS

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                headers = message.get("headers", [])
                present = {name.lower() for name, _ in headers}
                message["headers"] = [*headers, *(h for h in extra_headers if h[0] not in present)]
            await send(message)

        route: str | None = None
        with metrics._lock:
            metrics.in_flight += 1
        try:
            route = await self._dispatch(scope, receive, send_with_headers, path)
        finally:
            with metrics._lock:
                metrics.in_flight -= 1
            if route is None:
                found = scope.get("route")
                route = getattr(found, "path", None)
            if route is None:
                route = "/static" if path.startswith("/static/") else "unmatched"
            metrics.observe(scope["method"], route, status, time.perf_counter() - started)
            if self.access_log is not None:
                self.access_log.record(scope, status)
            if self.shared_metrics is not None:
                self.shared_metrics.touched()

    async def _dispatch(self, scope: Scope, receive: Receive, send: Send, path: str) -> str | None:
        """Answer the request; the route label for the metrics when it is known here."""
        has_body = False
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_bytes
                except ValueError:
                    too_big = True
                if too_big:
                    await send_json(send, 413, _too_large_message(self.max_bytes), [])
                    return None
                has_body = has_body or value != b"0"
            elif name == b"transfer-encoding":
                has_body = True
        if self.limiter is not None and not path.startswith(RATE_LIMIT_EXEMPT):
            client = scope.get("client")
            wait = self.limiter.take(client[0] if client else "unknown")
            if wait > 0:
                retry = str(max(1, math.ceil(wait)))
                await send_json(send, 429, _rate_limited_message(retry), [(b"retry-after", retry.encode())])
                return None
        if (
            self.lean_state is not None
            and path == lean_search.PATH
            and scope["method"] == "GET"
            and not has_body
            and await lean_search.handle_search(self.lean_state, scope, receive, send)
        ):
            return lean_search.PATH
        if not has_body:
            await self.app(scope, receive, send)
            return None
        await self._limited(scope, receive, send)
        return None

    async def _limited(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The app with the body counted as it streams in: 413 past ``max_bytes``."""
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await send_json(send, 413, _too_large_message(self.max_bytes), [])
