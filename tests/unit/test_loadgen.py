"""The load generator works from plain code and from code already running an event loop.

Playwright's sync API (the browser tests) keeps an event loop running in pytest's main thread; the
load tests that run after it in the same process must still work.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

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
