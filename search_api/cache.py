"""A small time-bounded LRU cache of search results (repeated searches, polled feeds, facet clicks)."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

from lantoa.store import Store
from lantoa.store.base import SearchQuery, SearchResult


class SearchCache:
    """``SearchQuery -> SearchResult`` for ``seconds``; disabled when ``seconds <= 0``.

    Results may be up to ``seconds`` old: new crawls show up after that delay.
    """

    def __init__(self, seconds: float, max_entries: int = 512, concurrency: int = 0) -> None:
        self.seconds = seconds
        #: At most this many searches run at once in an embedded (in-process) store; more queue
        #: here instead of fighting over the same CPUs (0: no limit). Remote stores are not gated.
        self._gate = threading.BoundedSemaphore(concurrency) if concurrency > 0 else None
        self.max_entries = max_entries
        self._entries: OrderedDict[str, tuple[float, SearchResult, bytes]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def enabled(self) -> bool:
        return self.seconds > 0

    def _lookup(self, key: str) -> tuple[SearchResult, bytes] | None:
        if not self.enabled:
            return None
        now = time.monotonic()
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or now - entry[0] > self.seconds:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return entry[1], entry[2]

    def _store(self, key: str, result: SearchResult, body: bytes) -> None:
        if not self.enabled:
            return
        with self._lock:
            self._entries[key] = (time.monotonic(), result, body)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def search(self, store: Store, query: SearchQuery) -> tuple[SearchResult, bytes]:
        """The result and its JSON encoding, from the cache or from ``store.search``."""
        key = f"{id(store)}:{query.model_dump_json()}"
        found = self._lookup(key)
        if found is not None:
            return found
        if self._gate is None or store.backend != "sqlite":
            result = store.search(query)
        else:
            with self._gate:
                result = store.search(query)
        body = result.model_dump_json().encode("utf-8")
        self._store(key, result, body)
        return result, body

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
