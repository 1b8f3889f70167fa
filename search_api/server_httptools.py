"""uvicorn's httptools protocol with ``TCP_NODELAY`` (see :mod:`search_api.server`).

A module of its own because importing uvicorn's httptools implementation needs httptools.
"""

from __future__ import annotations

import asyncio

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from search_api.server import _no_delay


class NoDelayHttpToolsProtocol(HttpToolsProtocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        _no_delay(transport)
        super().connection_made(transport)
