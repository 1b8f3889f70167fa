"""The load generator: it counts every answer and records every failure (status, closed or
refused connection, timeout, malformed answer), from plain code and from code already running an
event loop.

Playwright's sync API (the browser tests) keeps an event loop running in pytest's main thread; the
load tests that run after it in the same process must still work.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from bench.loadgen import run_load


class _Ok(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        status = 200 if self.path.startswith("/ok") else 503
        body = b'{"ok": true}'
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_counts_successes_and_failures(url: str) -> None:
    report = run_load(url, [("/ok", {"q": "thoát nghèo"}), ("/down", {})], concurrency=4, total=40)
    assert report.requests == 40
    assert report.statuses[200] == 20 and report.statuses[503] == 20
    assert report.failures == 20 and report.errors == []
    assert len(report.bad_answers) == 20 and all("HTTP 503" in line for line in report.bad_answers)


def test_runs_inside_a_running_event_loop(url: str) -> None:
    async def caller() -> int:
        asyncio.get_running_loop()  # a loop is running in this thread when run_load is called
        return run_load(url, [("/ok", {})], concurrency=3, total=30).requests

    # The caller's loop runs in a thread of its own: pytest's main thread may itself be running
    # Playwright's loop, which is the situation this test reproduces.
    with ThreadPoolExecutor(max_workers=1) as pool:
        assert pool.submit(asyncio.run, caller()).result(timeout=60) == 30


CLOSE = b"<close>"


class _RawServer:
    """A loopback TCP server answering every request with ``answer(n)`` bytes (n counts requests);
    bytes ending in :data:`CLOSE` are sent without it and then the connection is closed;
    ``b""`` sends nothing and keeps the connection open."""

    def __init__(self, answer: Callable[[int], bytes]) -> None:
        self.answer = answer
        self.count = 0
        self.lock = threading.Lock()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.stopping = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stopping:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            pending = b""
            while not self.stopping:
                try:
                    data = conn.recv(65536)
                except OSError:
                    return
                if not data:
                    return
                pending += data
                while b"\r\n\r\n" in pending:
                    _, pending = pending.split(b"\r\n\r\n", 1)
                    with self.lock:
                        n = self.count
                        self.count += 1
                    reply = self.answer(n)
                    conn.sendall(reply.removesuffix(CLOSE))
                    if reply.endswith(CLOSE):
                        return

    def close(self) -> None:
        self.stopping = True
        self.sock.close()


def _ok(body: bytes, *extra: bytes) -> bytes:
    head = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n" % len(body) + b"".join(e + b"\r\n" for e in extra)
    return head + b"\r\n" + body


def _with(answer: Callable[[int], bytes], **kwargs: Any) -> tuple[Any, int]:
    server = _RawServer(answer)
    try:
        return run_load(server.url, [("/x", {})], **kwargs), server.count
    finally:
        server.close()


def test_chunked_answers_and_closed_connections_are_read() -> None:
    chunked = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n3;x=1\r\n!!!\r\n0\r\n\r\n"
    report, _ = _with(
        lambda n: chunked if n % 2 else _ok(b"{}", b"Connection: close"), concurrency=3, total=30
    )
    assert report.requests == 30 and report.statuses == {200: 30} and report.errors == []


@pytest.mark.parametrize("cut", [CLOSE, b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nxx" + CLOSE])
def test_a_connection_closed_before_or_during_the_answer_is_an_error(cut: bytes) -> None:
    report, _ = _with(lambda n: _ok(b"x" * 10) if n % 2 else cut, concurrency=2, total=20)
    assert report.failures == len(report.errors) > 0
    assert report.statuses[200] == report.requests == 20 - len(report.errors)
    assert all("Connection" in e or "closed" in e for e in report.errors), report.errors[:3]


def test_a_truncated_body_is_an_error() -> None:
    truncated = b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort"
    report, _ = _with(lambda n: truncated if n == 0 else _ok(b"ok"), concurrency=1, total=5, timeout=0.5)
    assert len(report.errors) == 1 and "TimeoutError" in report.errors[0]
    assert report.statuses == {200: 4}


def test_malformed_answers_are_errors() -> None:
    answers = [
        b"garbage\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n",
        b"HTTP/1.1 2OO OK\r\n\r\n",
    ]
    report, _ = _with(lambda n: answers[n] if n < len(answers) else _ok(b"ok"), concurrency=1, total=6)
    assert len(report.errors) == 3 and all("MalformedAnswer" in e for e in report.errors), report.errors
    assert report.statuses == {200: 3} and report.failures == 3


def test_no_answer_is_a_timeout() -> None:
    report, count = _with(lambda n: b"", concurrency=2, total=4, timeout=0.3)
    assert report.requests == 0 and len(report.errors) == 4 and count == 4
    assert all("TimeoutError" in e for e in report.errors)


def test_a_refused_connection_is_an_error() -> None:
    with socket.create_server(("127.0.0.1", 0)) as sock:
        port = sock.getsockname()[1]
    report = run_load(f"http://127.0.0.1:{port}", [("/x", {})], concurrency=2, total=4)
    assert report.requests == 0 and len(report.errors) == 4
    assert all("ConnectionRefusedError" in e for e in report.errors), report.errors
