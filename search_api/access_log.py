"""The access log of ``lantoa serve``: every request, one line as uvicorn writes it, written in batches.

uvicorn's own access log sends each request through ``logging`` (a record, a formatter that
copies it, a write and a flush on stdout): ~0.2 ms of wall time per request, an eighth of the
API's own cost per search. ``lantoa serve`` turns it off and the gateway records each request
here instead, after its answer: the same text (``INFO:     127.0.0.1:50412 - "GET
/api/search?q=b%C3%B2 HTTP/1.1" 200 OK``, without colours), buffered and written at most
``interval`` seconds later (or at once past ``max_lines``), in writes of whole lines of at most
4 KB (atomic on a pipe, so the workers' lines never mix), and flushed at shutdown.
A line may thus reach the log up to ``interval`` after its answer, and a worker killed with
SIGKILL loses at most that fraction of a second of lines.
"""

from __future__ import annotations

import asyncio
import http
import logging
import sys
from typing import TextIO
from urllib.parse import quote

from starlette.types import Scope

#: The logger whose level decides (uvicorn's: ``--log-level warning`` silences the lines).
LOGGER = "uvicorn.access"
#: Bytes per write: at most PIPE_BUF, so a write to a pipe is never interleaved with another.
CHUNK = 4096


def _phrases() -> dict[int, str]:
    return {status.value: f"{status.value} {status.phrase}" for status in http.HTTPStatus}


class AccessLog:
    """Buffered access-log lines; :meth:`record` from the event loop, :meth:`flush` anywhere."""

    def __init__(self, stream: TextIO | None = None, interval: float = 0.2, max_lines: int = 256) -> None:
        self._stream = stream
        self.interval = interval
        self.max_lines = max_lines
        self._lines: list[str] = []
        self._scheduled: asyncio.TimerHandle | None = None
        self._status = _phrases()
        self._logger = logging.getLogger(LOGGER)

    @property
    def stream(self) -> TextIO:
        return self._stream if self._stream is not None else sys.stdout

    def record(self, scope: Scope, status: int) -> None:
        """One line for a request answered with ``status`` (nothing when the level is above INFO)."""
        if not self._logger.isEnabledFor(logging.INFO):
            return
        client = scope.get("client")
        address = f"{client[0]}:{client[1]}" if client else ""
        path = quote(scope["path"])
        query = scope.get("query_string")
        if query:
            path = f"{path}?{query.decode('ascii', 'replace')}"
        status_text = self._status.get(status) or f"{status} "
        self._lines.append(
            f'INFO:     {address} - "{scope["method"]} {path} '
            f'HTTP/{scope.get("http_version", "1.1")}" {status_text}\n'
        )
        if len(self._lines) >= self.max_lines:
            self.flush()
        elif self._scheduled is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:  # not in an event loop (a synchronous caller): write now
                self.flush()
                return
            self._scheduled = loop.call_later(self.interval, self.flush)

    def flush(self) -> None:
        """Write the buffered lines now."""
        if self._scheduled is not None:
            self._scheduled.cancel()
            self._scheduled = None
        lines, self._lines = self._lines, []
        if not lines:
            return
        chunks: list[str] = []
        chunk: list[str] = []
        size = 0
        for line in lines:
            n = len(line) if line.isascii() else len(line.encode("utf-8"))
            if chunk and size + n > CHUNK:
                chunks.append("".join(chunk))
                chunk, size = [], 0
            chunk.append(line)
            size += n
        chunks.append("".join(chunk))
        stream = self.stream
        try:
            for text in chunks:
                stream.write(text)
                stream.flush()
        except (OSError, ValueError):  # a closed or broken stdout: as logging does, go on
            self._logger.debug("access log lines dropped: stdout is not writable")
