"""The app's batched access log: uvicorn's line for every request, written in whole-line chunks."""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from api_support import client_class
from uvicorn.logging import AccessFormatter

from lantoa.settings import Settings
from lantoa.store import Store
from search_api.access_log import CHUNK, AccessLog
from search_api.app import create_app


@pytest.fixture(autouse=True)
def info_level() -> Iterator[None]:
    """As uvicorn sets it (``log_level="info"``); the lines follow the logger's level."""
    logger = logging.getLogger("uvicorn.access")
    level = logger.level
    logger.setLevel(logging.INFO)
    yield
    logger.setLevel(level)


def _scope(path: str, query: bytes = b"", client: tuple[str, int] | None = ("127.0.0.1", 50412)) -> Any:
    return {
        "type": "http",
        "method": "GET",
        "path": path,
        "query_string": query,
        "http_version": "1.1",
        "client": client,
    }


def _uvicorn_line(scope: Any, status: int) -> str:
    """What uvicorn's own access log writes (without colours) for the same request."""
    formatter = AccessFormatter(fmt='%(levelprefix)s %(client_addr)s - "%(request_line)s" %(status_code)s')
    formatter.use_colors = False
    path = scope["path"]
    from urllib.parse import quote

    full = quote(path) + ("?" + scope["query_string"].decode("ascii") if scope["query_string"] else "")
    client = "%s:%d" % scope["client"] if scope["client"] else ""  # noqa: UP031 (uvicorn's own code)
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        0,
        '%s - "%s %s HTTP/%s" %d',
        (client, scope["method"], full, scope["http_version"], status),
        None,
    )
    return formatter.format(record) + "\n"


@pytest.mark.parametrize(
    ("scope", "status"),
    [
        (_scope("/api/search", b"q=b%C3%B2+sinh+s%E1%BA%A3n&size=5"), 200),
        (_scope("/api/articles/kh\u00f4ng-c\u00f3"), 404),
        (_scope("/api/search", b"size=abc", client=None), 422),
        (_scope("/health"), 503),
        (_scope("/x"), 299),  # a status without a phrase
    ],
)
def test_lines_are_uvicorns(scope: Any, status: int) -> None:
    out = io.StringIO()
    access = AccessLog(out)
    access.record(scope, status)  # no running loop: written at once
    assert out.getvalue() == _uvicorn_line(scope, status)


def test_lines_are_batched_then_written_in_whole_line_chunks() -> None:
    out = io.StringIO()
    writes: list[str] = []
    original = out.write

    def write(text: str) -> int:
        writes.append(text)
        return original(text)

    out.write = write  # type: ignore[method-assign]

    async def scenario() -> tuple[int, int]:
        access = AccessLog(out, interval=0.05, max_lines=10_000)
        for i in range(300):
            access.record(_scope(f"/api/articles/{i:04d}", b"q=" + b"x" * 40), 200)
        before = len(writes)
        await asyncio.sleep(0.3)  # the flush is due after 0.05 s
        return before, len(writes)

    before, after = asyncio.run(scenario())
    assert before == 0 and after > 1
    assert all(len(text.encode()) <= CHUNK and text.endswith("\n") for text in writes)
    lines = out.getvalue().splitlines()
    assert len(lines) == 300 and lines[0].startswith('INFO:     127.0.0.1:50412 - "GET /api/articles/0000?q=')
    assert [line.split("/api/articles/")[1][:4] for line in lines] == [f"{i:04d}" for i in range(300)]


def test_a_full_buffer_is_written_at_once_and_quiet_levels_write_nothing() -> None:
    out = io.StringIO()

    async def scenario() -> None:
        access = AccessLog(out, interval=60, max_lines=5)
        for _ in range(5):
            access.record(_scope("/health"), 200)

    asyncio.run(scenario())
    assert len(out.getvalue().splitlines()) == 5
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)  # reset by the fixture
    quiet = io.StringIO()
    AccessLog(quiet).record(_scope("/health"), 200)
    assert quiet.getvalue() == ""


def test_the_app_logs_every_request_once_by_shutdown(
    settings: Settings, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    app = create_app(settings, store, rate_limit_per_minute=0, search_cache_seconds=0, access_log=True)
    capsys.readouterr()
    with client_class()(app) as client:
        assert client.get("/api/search", params={"q": "bò"}).status_code == 200
        assert client.get("/api/search", params={"size": "abc"}).status_code == 422
        assert client.get("/nowhere").status_code == 404
        assert client.get("/health").status_code == 200
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        'INFO:     testclient:50000 - "GET /api/search?q=b%C3%B2 HTTP/1.1" 200 OK',
        'INFO:     testclient:50000 - "GET /api/search?size=abc HTTP/1.1" 422 Unprocessable Entity',
        'INFO:     testclient:50000 - "GET /nowhere HTTP/1.1" 404 Not Found',
        'INFO:     testclient:50000 - "GET /health HTTP/1.1" 200 OK',
    ]


def test_without_the_option_the_app_writes_no_access_log(
    settings: Settings, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    app = create_app(settings, store, rate_limit_per_minute=0)
    capsys.readouterr()
    with client_class()(app) as client:
        assert client.get("/health").status_code == 200
    assert "GET /health" not in capsys.readouterr().out
