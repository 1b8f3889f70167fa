"""A loopback HTTP proxy in front of the real Elasticsearch test node, for fault injection.

Tests subclass :class:`ForwardingProxy` and override :meth:`handle_request` to drop connections
or answer with injected errors; everything else reaches the real node unchanged.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler
from typing import Any

FORWARDED_HEADERS = ("Content-Type", "Accept", "Authorization")


class ForwardingProxy(BaseHTTPRequestHandler):
    #: Base URL of the real node; set on the subclass before serving.
    upstream = ""

    def handle_request(self, body: bytes | None) -> None:
        """Forward the request and send the node's answer (override to inject faults)."""
        self.send_answer(*self.forward(body))

    def forward(self, body: bytes | None) -> tuple[int, bytes]:
        """The real node's (status, body) for this request."""
        request = urllib.request.Request(type(self).upstream + self.path, data=body, method=self.command)
        for key in FORWARDED_HEADERS:
            if self.headers.get(key):
                request.add_header(key, self.headers[key])
        try:
            with urllib.request.urlopen(request, timeout=30) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def send_answer(self, status: int, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _dispatch(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.handle_request(self.rfile.read(length) if length else None)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _dispatch  # noqa: N815

    def log_message(self, *args: Any) -> None:
        return
