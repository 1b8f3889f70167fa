"""The HTTP protocol of `lantoa serve`: httptools with TCP_NODELAY on every connection."""

from __future__ import annotations

import asyncio
import socket
from concurrent.futures import ThreadPoolExecutor

from search_api.server import _no_delay, protocol_path


def test_httptools_is_the_parser_when_installed() -> None:
    assert protocol_path() == "search_api.server_httptools:NoDelayHttpToolsProtocol"
    from search_api.server_httptools import NoDelayHttpToolsProtocol

    assert NoDelayHttpToolsProtocol.connection_made.__module__ == "search_api.server_httptools"


def test_accepted_connections_get_tcp_nodelay() -> None:
    async def scenario() -> tuple[int, int]:
        seen: list[int] = []

        def accepted(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 0)
            before = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
            _no_delay(writer.transport)  # type: ignore[arg-type]
            seen.extend([before, sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)])
            writer.close()

        server = await asyncio.start_server(accepted, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        _reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for _ in range(100):
            if seen:
                break
            await asyncio.sleep(0.01)
        writer.close()
        server.close()
        await server.wait_closed()
        return seen[0], seen[1]

    # In a thread of its own: Playwright's sync API may hold an event loop in this one.
    with ThreadPoolExecutor(1) as pool:
        before, after = pool.submit(asyncio.run, scenario()).result()
    assert before == 0 and after != 0
