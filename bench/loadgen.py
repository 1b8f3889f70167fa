"""A small closed-loop HTTP load generator: N concurrent clients for a duration or a request count.

Each client is an asyncio task with its own keep-alive connection that sends its next request
as soon as the previous answer arrives. Every failure is recorded: a status other
than 200, a connection error, a timeout or a malformed answer. Used by ``bench/bench_api.py`` and by the load test
``tests/reliability/test_load_api.py``::

    report = run_load(url, [("/api/search", {"q": "thoát nghèo"})], concurrency=200, duration=60)
    print(report.summary())
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

Request = tuple[str, dict[str, Any]]


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile of ``values`` (0 for an empty list)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


@dataclass
class LoadReport:
    concurrency: int
    elapsed: float = 0.0
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    #: Requests that got no answer (connection errors, timeouts, malformed answers).
    errors: list[str] = field(default_factory=list)
    #: Up to 20 examples of answers other than 200 (all of them are counted in ``statuses``).
    bad_answers: list[str] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return len(self.latencies)

    @property
    def failures(self) -> int:
        """Answers other than 200 plus requests that got no answer."""
        return sum(n for status, n in self.statuses.items() if status != 200) + len(self.errors)

    def figures(self) -> dict[str, float]:
        ms = [x * 1000 for x in self.latencies]
        return {
            "requests": self.requests,
            "concurrency": self.concurrency,
            "errors": self.failures,
            "seconds": round(self.elapsed, 1),
            "throughput_rps": round(self.requests / self.elapsed, 1) if self.elapsed else 0.0,
            "p50_ms": round(percentile(ms, 50), 1),
            "p95_ms": round(percentile(ms, 95), 1),
            "p99_ms": round(percentile(ms, 99), 1),
            "max_ms": round(max(ms), 1) if ms else 0.0,
        }

    def summary(self) -> str:
        f = self.figures()
        return (
            f"{f['concurrency']} clients, {f['seconds']} s: {f['requests']} requests, {f['errors']} errors, "
            f"{f['throughput_rps']} req/s, p50 {f['p50_ms']} / p95 {f['p95_ms']} / p99 {f['p99_ms']} ms "
            f"(max {f['max_ms']} ms)"
        )


class MalformedAnswer(ValueError):
    """The server's bytes are not an HTTP/1.1 answer this client understands."""


class _Answer(asyncio.Protocol):
    """The reading side of one keep-alive connection: parses each answer as its bytes arrive
    (status line, ``Content-Length`` or chunked body) and resolves the waiting request."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.waiter: asyncio.Future[tuple[int, bytes]] | None = None
        self.closed: Exception | None = None
        self.keep_alive = True

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if self.waiter is None or self.waiter.done():
            return
        try:
            answer = self._parse()
        except MalformedAnswer as exc:
            self.waiter.set_exception(exc)
            return
        if answer is not None:
            self.waiter.set_result(answer)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = exc or ConnectionResetError("connection closed by the server")
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_exception(self.closed)

    def _parse(self) -> tuple[int, bytes] | None:
        """One complete answer taken off the buffer, or None while it is incomplete."""
        buffer = self.buffer
        end = buffer.find(b"\r\n\r\n")
        if end < 0:
            if len(buffer) > MAX_HEAD:
                raise MalformedAnswer(f"no end of headers in {len(buffer)} bytes")
            return None
        lines = bytes(buffer[:end]).split(b"\r\n")
        parts = lines[0].split(b" ", 2)
        if len(parts) < 2 or not parts[0].startswith(b"HTTP/1.") or not parts[1].isdigit():
            raise MalformedAnswer(f"bad status line {lines[0][:80]!r}")
        status = int(parts[1])
        length = -1
        chunked = False
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                if not value.strip().isdigit():
                    raise MalformedAnswer(f"bad content-length {value[:40]!r}")
                length = int(value)
            elif name == b"transfer-encoding":
                chunked = b"chunked" in value.lower()
            elif name == b"connection":
                self.keep_alive = value.strip().lower() != b"close"
        start = end + 4
        if chunked:
            body, consumed = _dechunk(buffer, start)
            if body is None:
                return None
        else:
            length = max(length, 0)
            if len(buffer) < start + length:
                return None
            body, consumed = bytes(buffer[start : start + length]), start + length
        del buffer[:consumed]
        return status, body


def _dechunk(buffer: bytearray, start: int) -> tuple[bytes | None, int]:
    """The body of a chunked answer starting at ``start`` and the bytes it took; None if incomplete."""
    parts = []
    at = start
    while True:
        eol = buffer.find(b"\r\n", at)
        if eol < 0:
            return None, 0
        size_field = bytes(buffer[at:eol]).split(b";")[0].strip()
        try:
            size = int(size_field, 16)
        except ValueError:
            raise MalformedAnswer(f"bad chunk size {size_field[:20]!r}") from None
        if len(buffer) < eol + 2 + size + 2:
            return None, 0
        parts.append(bytes(buffer[eol + 2 : eol + 2 + size]))
        at = eol + 2 + size + 2
        if size == 0:
            return b"".join(parts), at


#: Longest header block accepted before an answer counts as malformed.
MAX_HEAD = 64 * 1024


class Connection:
    """One keep-alive HTTP/1.1 connection with a minimal client (GET only; Content-Length or
    chunked), on an :class:`asyncio.Protocol`: no stream reader, no task per request.

    httpx's pool slows down sharply with hundreds of connections in one process (its own cost,
    not the server's), so the load generator speaks HTTP itself.
    """

    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.protocol: _Answer | None = None
        self.host_header = f"{host}:{port}"

    async def get(self, target: str) -> tuple[int, bytes]:
        async with asyncio.timeout(self.timeout):
            return await self._get(target)

    async def _get(self, target: str) -> tuple[int, bytes]:
        loop = asyncio.get_running_loop()
        protocol = self.protocol
        if protocol is None or protocol.closed is not None or not protocol.keep_alive:
            await self.close()
            _transport, protocol = await loop.create_connection(_Answer, self.host, self.port)
            self.protocol = protocol
        assert protocol.transport is not None
        if protocol.buffer:
            raise MalformedAnswer(f"{len(protocol.buffer)} unexpected bytes before the request")
        protocol.waiter = waiter = loop.create_future()
        protocol.transport.write(f"GET {target} HTTP/1.1\r\nHost: {self.host_header}\r\n\r\n".encode("ascii"))
        try:
            return await waiter
        finally:
            protocol.waiter = None

    async def close(self) -> None:
        protocol, self.protocol = self.protocol, None
        if protocol is not None and protocol.transport is not None:
            protocol.transport.close()


async def _client(
    url: str,
    targets: Sequence[str],
    k: int,
    report: LoadReport,
    stop_at: float,
    budget: list[int],
    timeout: float,
) -> None:
    parsed = httpx.URL(url)
    connection = Connection(parsed.host, parsed.port or 80, timeout)
    n = k
    try:
        while time.monotonic() < stop_at and budget[0] > 0:
            budget[0] -= 1
            target = targets[n % len(targets)]
            n += 1
            started = time.perf_counter()
            try:
                status, body = await connection.get(target)
            except (OSError, TimeoutError, ValueError) as exc:  # ValueError: MalformedAnswer
                report.errors.append(f"{target}: {exc!r}")
                await connection.close()
                continue
            report.latencies.append(time.perf_counter() - started)
            report.statuses[status] += 1
            if status != 200 and len(report.bad_answers) < 20:
                report.bad_answers.append(f"{target}: HTTP {status} {body[:200]!r}")
    finally:
        await connection.close()


async def _run(
    url: str, requests: Sequence[Request], concurrency: int, duration: float, total: int, timeout: float
) -> LoadReport:
    report = LoadReport(concurrency=concurrency)
    targets = [str(httpx.URL(path, params=params)) for path, params in requests]
    started = time.monotonic()
    budget = [total if total > 0 else 1 << 62]
    stop_at = started + duration if duration > 0 else float("inf")
    await asyncio.gather(
        *(_client(url, targets, k, report, stop_at, budget, timeout) for k in range(concurrency))
    )
    report.elapsed = time.monotonic() - started
    return report


def run_load(
    url: str,
    requests: Sequence[Request],
    *,
    concurrency: int,
    duration: float = 0.0,
    total: int = 0,
    timeout: float = 60.0,
) -> LoadReport:
    """Drive ``concurrency`` clients over ``requests`` (cycled) for ``duration`` seconds or ``total`` requests."""
    if duration <= 0 and total <= 0:
        raise ValueError("give a duration or a number of requests")
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # the usual case: no event loop in this thread
        return asyncio.run(_run(url, requests, concurrency, duration, total, timeout))
    # Called from code that already runs an event loop in this thread (for example Playwright's
    # sync API, kept alive by a browser test earlier in the same pytest process): use a thread.
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="loadgen") as pool:
        return pool.submit(
            lambda: asyncio.run(_run(url, requests, concurrency, duration, total, timeout))
        ).result()
