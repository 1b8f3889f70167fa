"""The per-client rate limit shared by all of ``lantoa serve``'s worker processes.

Each worker used to keep its own token buckets, so a client whose connections landed on N
workers got N times the limit. Here the buckets live in one memory-mapped file in the
directory the workers share (``LANTOA_API_SHARED_DIR``, see :mod:`search_api.metrics_shared`):
:data:`SLOTS` slots of (client key hash, tokens, time of the last update), found by open
addressing over :data:`PROBES` slots (a full neighbourhood reuses its least recently updated
slot, as the in-process limiter forgets its oldest clients). Every ``take`` holds an exclusive
``flock`` on the file for a few microseconds; the clock is ``CLOCK_MONOTONIC``, the same in
every process. Same rule as :class:`search_api.security.RateLimiter`: ``per_minute`` requests,
refilled continuously.
"""

from __future__ import annotations

import fcntl
import hashlib
import mmap
import struct
import time
from pathlib import Path

SLOTS = 16384
PROBES = 16
_SLOT = struct.Struct("<Qdd")  # key hash (0: free), tokens, last update (monotonic seconds)
FILE_NAME = "rate-limit.board"


def _key(client: str) -> int:
    return int.from_bytes(hashlib.blake2b(client.encode(), digest_size=8).digest(), "little") or 1


class SharedRateLimiter:
    """A token bucket per client, shared through ``path`` (created zeroed if missing)."""

    def __init__(self, path: Path, per_minute: int) -> None:
        self.per_minute = per_minute
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        size = SLOTS * _SLOT.size
        with path.open("ab") as grow:  # every worker may be the first: only ever grow it
            if grow.tell() < size:
                grow.truncate(size)
        self._file = path.open("r+b")
        self._map = mmap.mmap(self._file.fileno(), size)

    def take(self, client: str, now: float | None = None) -> float:
        """0 when allowed, else the seconds to wait before the next request is allowed."""
        now = time.monotonic() if now is None else now
        key = _key(client)
        start = key % SLOTS
        fd = self._file.fileno()
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            slot, tokens, last = self._find(key, start, now)
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                tokens -= 1.0
                wait = 0.0
            else:
                wait = (1.0 - tokens) / self.rate
            _SLOT.pack_into(self._map, slot * _SLOT.size, key, tokens, now)
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
        return wait

    def _find(self, key: int, start: int, now: float) -> tuple[int, float, float]:
        """The client's slot (its tokens and last update), or a free or the stalest one (full)."""
        stalest, stalest_time = start, float("inf")
        for probe in range(PROBES):
            slot = (start + probe) % SLOTS
            found, tokens, last = _SLOT.unpack_from(self._map, slot * _SLOT.size)
            if found == key:
                return slot, tokens, last
            if found == 0:
                return slot, self.capacity, now
            if last < stalest_time:
                stalest, stalest_time = slot, last
        return stalest, self.capacity, now

    def close(self) -> None:
        if not self._map.closed:
            self._map.close()
            self._file.close()
