"""A small closed-loop HTTP load generator: N concurrent clients for a duration or a request count.

Each client is an asyncio task with its own keep-alive connection that sends its next request
as soon as the previous answer arrives. Every failure is recorded: a status other
than 200, a connection error or a timeout. Used by ``bench/bench_api.py`` and by the load test
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


class _Connection:
    """One keep-alive HTTP/1.1 connection with a minimal client (GET only; Content-Length or chunked).

    httpx's pool slows down sharply with hundreds of connections in one process (its own cost,
    not the server's), so the load generator speaks HTTP itself.
    """

    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> tuple[int, bytes]:
        return await asyncio.wait_for(self._get(target), self.timeout)

    async def _get(self, target: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode("ascii"))
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {
            k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)
        }
        if headers.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                parts.append(await self.reader.readexactly(size + 2))
                if size == 0:
                    break
            body = b"".join(p[:-2] for p in parts)
        else:
            body = await self.reader.readexactly(int(headers.get("content-length", "0")))
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
        self.reader = self.writer = None


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
    connection = _Connection(parsed.host, parsed.port or 80, timeout)
    n = k
    try:
        while time.monotonic() < stop_at and budget[0] > 0:
            budget[0] -= 1
            target = targets[n % len(targets)]
            n += 1
            started = time.perf_counter()
            try:
                status, body = await connection.get(target)
            except (
                OSError,
                asyncio.IncompleteReadError,
                asyncio.LimitOverrunError,
                TimeoutError,
                ValueError,
            ) as exc:
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
