"""The HTTP protocol of ``lantoa serve`` workers: uvicorn's, with Nagle's algorithm off.

With several workers uvicorn binds the listening socket itself (``socket.socket(family)``,
protocol number 0), and asyncio then leaves ``TCP_NODELAY`` unset on accepted connections: a
response written in two parts waits for the client's delayed ACK, about 40 ms on every
keep-alive request. Each connection sets ``TCP_NODELAY`` here instead.

The parser is httptools (C, llhttp) when it is installed, as it is with Lan Tỏa's own
dependencies: it costs about 0.3 ms less per request than the pure-Python h11, which is a
tenth of the API's own cost per search. h11 remains the fallback.
"""

from __future__ import annotations

import asyncio
import importlib.util
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol


def _no_delay(transport: asyncio.Transport) -> None:
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:  # not a TCP socket after all: nothing to tune
            pass


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        _no_delay(transport)
        super().connection_made(transport)


def protocol_path(parser: str = "auto") -> str:
    """The ``http=`` argument for uvicorn: httptools when available (or asked for), else h11."""
    if parser == "httptools" or (parser == "auto" and importlib.util.find_spec("httptools") is not None):
        return "search_api.server_httptools:NoDelayHttpToolsProtocol"
    return "search_api.server:NoDelayH11Protocol"
