"""Spread connections over ``lantoa serve``'s worker processes: the least busy worker accepts.

uvicorn's workers share one listening socket and each event loop accepts in a loop until the
queue is empty (libuv, and asyncio up to its backlog), so connections that arrive together (a
client opening several keep-alive connections at once) all went to the first worker awake,
and the other workers stayed idle while that one served them all in turn.

Here each worker accepts itself, one connection at a time, and keeps its count of open
connections in a small shared board (a memory-mapped file, one slot per worker process, that
``lantoa serve`` creates and names in ``LANTOA_API_ACCEPT_BOARD``). A worker that holds more
connections than the least busy live worker does not accept: it stops watching the socket for
:data:`DEFER_SECONDS`, so the less busy worker (woken by the same arrival) takes the
connection; after that delay it accepts anyway (the other worker may be stuck in a long
search), so no connection waits longer than that. With equal counts the first worker awake
accepts. The loop factories :func:`new_uvloop` and :func:`new_asyncio_loop` give uvicorn
an event loop whose ``create_server`` on an already-bound socket does this; everything else
(the HTTP protocol, the transports, TLS-less serving) is the loop's own.
"""

from __future__ import annotations

import asyncio
import fcntl
import logging
import mmap
import os
import socket
import struct
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from search_api.processes import pid_alive

log = logging.getLogger(__name__)

#: Environment variable naming the board file (set by ``lantoa serve`` for its workers).
BOARD_ENV = "LANTOA_API_ACCEPT_BOARD"
#: How long a busier worker leaves a waiting connection to the others.
DEFER_SECONDS = 0.02
#: Environment variable overriding :data:`DEFER_SECONDS` (seconds; tests on loaded machines).
DEFER_ENV = "LANTOA_API_ACCEPT_DEFER_SECONDS"


def defer_seconds() -> float:
    """:data:`DEFER_SECONDS`, or the value of :data:`DEFER_ENV` when it is a number from 0 to 5."""
    raw = os.environ.get(DEFER_ENV)
    if raw:
        try:
            value = float(raw)
        except ValueError:
            value = -1.0
        if 0.0 <= value <= 5.0:
            return value
        log.warning("%s=%r is not a number of seconds from 0 to 5: using %s", DEFER_ENV, raw, DEFER_SECONDS)
    return DEFER_SECONDS


SLOTS = 64
_SLOT = struct.Struct("<qq")  # pid, open connections


def create_board(directory: str | None = None) -> Path:
    """A new, zeroed board file (the caller removes it when the server stops)."""
    fd, name = tempfile.mkstemp(prefix="lantoa-accept-", suffix=".board", dir=directory)
    with os.fdopen(fd, "wb") as out:
        out.write(bytes(SLOTS * _SLOT.size))
    return Path(name)


class Board:
    """This process's slot in the shared board and a view of the others'."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("r+b")
        self._map = mmap.mmap(self._file.fileno(), SLOTS * _SLOT.size)
        self.pid = os.getpid()
        self.slot = self._claim()

    def _claim(self) -> int:
        """The first free slot (or one of a process that no longer exists), under a file lock."""
        fcntl.flock(self._file.fileno(), fcntl.LOCK_EX)
        try:
            for index in range(SLOTS):
                pid, _ = _SLOT.unpack_from(self._map, index * _SLOT.size)
                if pid in (0, self.pid) or not pid_alive(pid):
                    _SLOT.pack_into(self._map, index * _SLOT.size, self.pid, 0)
                    return index
        finally:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
        raise RuntimeError(f"no free slot in the accept board ({SLOTS} workers at most)")

    @property
    def connections(self) -> int:
        return int(_SLOT.unpack_from(self._map, self.slot * _SLOT.size)[1])

    def add(self, delta: int) -> None:
        """Only this process writes its own slot."""
        _SLOT.pack_into(self._map, self.slot * _SLOT.size, self.pid, max(0, self.connections + delta))

    def busier_than_another(self) -> bool:
        """True when some other live worker holds fewer open connections than this one."""
        mine = self.connections
        if mine == 0:
            return False
        for index in range(SLOTS):
            if index == self.slot:
                continue
            pid, count = _SLOT.unpack_from(self._map, index * _SLOT.size)
            if pid and count < mine and pid_alive(pid):
                return True
        return False

    def release(self) -> None:
        if self._map.closed:
            return
        _SLOT.pack_into(self._map, self.slot * _SLOT.size, 0, 0)
        self._map.close()
        self._file.close()


class FairServer:
    """Accepts from a shared listening socket under the board's rule; what uvicorn needs of an
    ``asyncio.Server`` (``close``, ``wait_closed``, ``sockets``)."""

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        sock: socket.socket,
        protocol_factory: Callable[[], asyncio.BaseProtocol],
        board: Board,
        backlog: int,
    ) -> None:
        self._loop = loop
        self._sock = sock
        self._factory = protocol_factory
        self._board = board
        self._closed = False
        self._deferred: asyncio.TimerHandle | None = None
        self._defer = defer_seconds()
        self._tasks: set[asyncio.Task[Any]] = set()
        sock.listen(backlog)
        sock.setblocking(False)
        loop.add_reader(sock.fileno(), self._readable)

    @property
    def sockets(self) -> tuple[socket.socket, ...]:
        return (self._sock,)

    def _readable(self) -> None:
        if self._board.busier_than_another():
            self._loop.remove_reader(self._sock.fileno())
            self._deferred = self._loop.call_later(self._defer, self._resume)
            return
        self._accept()

    def _resume(self) -> None:
        self._deferred = None
        if self._closed:
            return
        self._loop.add_reader(self._sock.fileno(), self._readable)
        self._accept()  # still waiting after the delay: take it

    def _accept(self) -> None:
        try:
            conn, _address = self._sock.accept()
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return  # another worker took it
        except OSError as exc:  # out of file descriptors…: uvicorn's loop would log it too
            log.error("accept failed: %s", exc)
            return
        conn.setblocking(False)
        self._board.add(1)
        task = self._loop.create_task(self._serve(conn))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _counted_protocol(self) -> asyncio.BaseProtocol:
        protocol = self._factory()
        lost = protocol.connection_lost
        board = self._board

        def connection_lost(exc: Exception | None) -> None:
            board.add(-1)
            lost(exc)

        protocol.connection_lost = connection_lost  # type: ignore[method-assign]
        return protocol

    async def _serve(self, conn: socket.socket) -> None:
        try:
            await self._loop.connect_accepted_socket(self._counted_protocol, conn)
        except Exception as exc:  # noqa: BLE001 (the client went away before it started)
            self._board.add(-1)
            conn.close()
            log.debug("connection dropped before it started: %s", exc)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._deferred is not None:
            self._deferred.cancel()
        self._loop.remove_reader(self._sock.fileno())

    async def wait_closed(self) -> None:
        return None


class _FairLoopMixin:
    """``create_server(sock=…)`` on a shared socket accepts fairly (when a board is named)."""

    _board: Board | None = None

    async def create_server(self, protocol_factory: Any, *args: Any, **kwargs: Any) -> Any:
        sock = kwargs.get("sock")
        path = os.environ.get(BOARD_ENV)
        if sock is None or args or kwargs.get("ssl") is not None or not path:
            return await super().create_server(protocol_factory, *args, **kwargs)  # type: ignore[misc]
        if self._board is None:
            self._board = Board(Path(path))
        backlog = int(kwargs.get("backlog") or 100)
        return FairServer(self, sock, protocol_factory, self._board, backlog)  # type: ignore[arg-type]

    def close(self) -> None:
        if self._board is not None:
            self._board.release()
        super().close()  # type: ignore[misc]


@cache
def _uvloop_class() -> type[asyncio.AbstractEventLoop]:
    import uvloop

    class FairUVLoop(_FairLoopMixin, uvloop.Loop):  # type: ignore[misc]
        pass

    return FairUVLoop


class FairSelectorLoop(_FairLoopMixin, asyncio.SelectorEventLoop):
    pass


def new_uvloop() -> asyncio.AbstractEventLoop:
    """uvicorn's ``loop="search_api.fair_accept:new_uvloop"``: uvloop with fair accepts."""
    return _uvloop_class()()


def new_asyncio_loop() -> asyncio.AbstractEventLoop:
    """uvicorn's ``loop="search_api.fair_accept:new_asyncio_loop"``: asyncio's loop, fair accepts."""
    return FairSelectorLoop()
