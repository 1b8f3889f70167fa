"""The HTTP protocol of ``lantoa serve`` workers: uvicorn's, with Nagle's algorithm off.

With several workers uvicorn binds the listening socket itself (``socket.socket(family)``,
protocol number 0), and asyncio then leaves ``TCP_NODELAY`` unset on accepted connections: a
response written in two parts waits for the client's delayed ACK, about 40 ms on every
keep-alive request. Each connection sets ``TCP_NODELAY`` here instead.
"""

from __future__ import annotations

import asyncio
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:  # not a TCP socket after all: nothing to tune
                pass
        super().connection_made(transport)
