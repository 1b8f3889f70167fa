"""``/metrics`` over all of ``lantoa serve``'s worker processes, not only the one that answers.

Each worker publishes its counters (:meth:`Metrics.snapshot` and its gauges) as a small JSON
file ``metrics-<pid>.json`` in the directory named by ``LANTOA_API_SHARED_DIR`` (created by
``lantoa serve`` for its workers and removed when it stops): at most one second after a request
(a timer, so the last requests of a burst are published too), when it is scraped, and at
shutdown. A scrape answers with this worker's live figures plus every other worker's file:
counters and histograms summed (a worker that has exited keeps its file, so totals never go
down when uvicorn replaces it), requests in flight summed over live workers, cache counters
summed, ``lantoa_store_open`` the lowest, ``lantoa_api_workers`` the live workers counted.
Other workers' figures may thus be up to a second old. Without the variable (one process,
tests) nothing is written and ``/metrics`` shows this process alone, as before.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from search_api.processes import pid_alive

log = logging.getLogger(__name__)

SHARED_DIR_ENV = "LANTOA_API_SHARED_DIR"
PUBLISH_SECONDS = 1.0
#: Gauges combined with the lowest value over the workers (the others are summed).
MIN_GAUGES = frozenset({"lantoa_store_open"})


def shared_directory() -> Path | None:
    """The directory ``lantoa serve`` shares between its workers, or None (one process)."""
    name = os.environ.get(SHARED_DIR_ENV)
    return Path(name) if name and Path(name).is_dir() else None


class SharedMetrics:
    """This worker's side of the shared directory."""

    def __init__(self, directory: Path, snapshot: Callable[[], dict[str, Any]]) -> None:
        self.directory = directory
        self.pid = os.getpid()
        self.path = directory / f"metrics-{self.pid}.json"
        self._snapshot = snapshot
        self._last = 0.0
        self._scheduled: asyncio.TimerHandle | None = None

    @classmethod
    def from_environment(cls, snapshot: Callable[[], dict[str, Any]]) -> SharedMetrics | None:
        directory = shared_directory()
        return cls(directory, snapshot) if directory is not None else None

    def touched(self) -> None:
        """After a request: publish now if the last time was over a second ago, else soon."""
        now = time.monotonic()
        if now - self._last >= PUBLISH_SECONDS:
            self.publish()
        elif self._scheduled is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return
            self._scheduled = loop.call_later(PUBLISH_SECONDS, self.publish)

    def publish(self) -> None:
        if self._scheduled is not None:
            self._scheduled.cancel()
            self._scheduled = None
        self._last = time.monotonic()
        data = json.dumps({"pid": self.pid, **self._snapshot()})
        temporary = self.path.with_suffix(".tmp")
        try:
            temporary.write_text(data, encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError as exc:  # the directory went away (the server is stopping)
            log.debug("metrics not published: %s", exc)

    def others(self) -> list[dict[str, Any]]:
        """The other workers' last published figures, each with ``alive``."""
        found = []
        for path in self.directory.glob("metrics-*.json"):
            if path == self.path:
                continue
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):  # replaced or removed meanwhile
                continue
            data["alive"] = pid_alive(int(data.get("pid", 0)))
            found.append(data)
        return found
