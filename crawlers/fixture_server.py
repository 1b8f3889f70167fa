"""Serve every fixture site on 127.0.0.1 (one ThreadingHTTPServer per site), with fault injection."""

from __future__ import annotations

import argparse
import functools
import gzip
import hashlib
import io
import logging
import re
import socket
import struct
import threading
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Literal

from crawlers.fixture_layouts import ALL_FIXTURE_SITE_IDS
from crawlers.fixture_render import FIXTURE_SITE_IDS, Page, render_site

logger = logging.getLogger(__name__)

FaultKind = Literal[
    "status",  # always answer ``status`` (404, 410, 500, ...)
    "error_then_ok",  # answer ``status`` ``times`` times, then the page
    "slow",  # wait ``delay`` seconds before answering
    "truncated",  # announce the full Content-Length, send half, close
    "charset",  # re-encode the page in ``charset`` (e.g. windows-1258) and declare it
    "mislabelled_utf8",  # UTF-8 bytes declared as ISO-8859-1
    "robots_disallow",  # robots.txt disallows ``path``
    "redirect_loop",  # 302 back and forth between ``path`` and ``path?r=1``
    "redirect",  # 302 to ``location`` (another port, a metadata address, a file:// URL ...)
    "reset",  # read the request, then reset the connection (TCP RST) without answering
    "reset_midway",  # send the headers and part of the body, then reset the connection
    "endless",  # the page (or a generated one) links to a generated next page, which links on, forever
    "gzip_bomb",  # a small gzip body (Content-Encoding: gzip) that inflates to ``size`` bytes
    "huge",  # a ``size``-byte page with its Content-Length, streamed in chunks
    "huge_chunked",  # a ``size``-byte page sent chunked, without Content-Length
]


@dataclass
class Fault:
    site: str
    #: Exact path+query, or a prefix ending with ``*``.
    path: str
    kind: FaultKind
    status: int = 500
    times: int = 1
    delay: float = 5.0
    charset: str = "windows-1258"
    #: Bytes served (or inflated to) by ``gzip_bomb``, ``huge`` and ``huge_chunked``.
    size: int = 64 * 1024 * 1024
    #: Target of a ``redirect`` fault.
    location: str = ""
    hits: int = field(default=0, compare=False)

    def matches(self, site: str, path: str) -> bool:
        if site != self.site:
            return False
        if self.path.endswith("*"):
            return path.startswith(self.path[:-1])
        return path == self.path or (
            self.kind == "redirect_loop" and path.split("?r=")[0].split("&r=")[0] == self.path
        )


@dataclass
class LoggedRequest:
    site: str
    path: str
    status: int
    if_none_match: str | None
    user_agent: str


_CHUNK = 64 * 1024


@functools.lru_cache(maxsize=4)
def gzip_bomb(size: int) -> bytes:
    """A gzip stream of ``size`` spaces inside a tiny HTML page: about 1000x smaller than it inflates to."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(b"<html><body><p>")
        block = b" " * (1024 * 1024)
        for _ in range(size // len(block)):
            fh.write(block)
        fh.write(b"</p></body></html>")
    return out.getvalue()


def _endless_page(path: str, origin: str, page: Page | None) -> tuple[bytes, str]:
    """The page for ``path`` under an ``endless`` fault: the real page (if any) plus a link to the next
    generated page of the trap, which links to the next one, and so on."""
    base, _, query = path.partition("?")
    match = re.search(r"(?:^|&)(page|Page|n)=(\d+)", query)
    n = int(match.group(2)) if match else 1
    name = match.group(1) if match else "page"
    nxt = f"{base}?{name}={n + 1}"
    if base.endswith(".xml"):  # a sitemap index that always points at one more sitemap index
        entry = f"<sitemap><loc>{origin}{nxt}</loc></sitemap>"
        if page is not None and b"</sitemapindex>" in page.body:
            return page.body.replace(
                b"</sitemapindex>", entry.encode() + b"</sitemapindex>"
            ), page.content_type
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entry}</sitemapindex>'
        )
        return body.encode("utf-8"), "application/xml; charset=utf-8"
    links = (
        f'<ul class="pagination"><li><a href="{nxt}">Trang {n + 1}</a></li>'
        f'<li><a class="next" href="{nxt}">Sau</a></li></ul>'
        f'<a class="view-more" href="{nxt}">Xem thêm</a>'
        f'<a href="{base}?{name}={n + 1}&amp;lich={n}">Lịch {n}</a>'
    )
    if page is not None and b"</body>" in page.body:
        return page.body.replace(b"</body>", links.encode("utf-8") + b"</body>"), page.content_type
    body = (
        f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trang {n}</title></head>'
        f"<body>{links}</body></html>"
    )
    return body.encode("utf-8"), "text/html; charset=utf-8"


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def encode_windows_1258(text: str) -> bytes:
    """Encode Vietnamese text the way windows-1258 pages do: base letter + combining tone mark."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in decomposed[1:] if m in _TONES)
        head = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in _TONES))
        try:
            out += (head + tones).encode("cp1258")
        except UnicodeEncodeError:
            out += ch.encode("ascii", "xmlcharrefreplace")
    return bytes(out)


class _SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, site_id: str, pages: dict[str, Page], owner: FixtureServer, port: int = 0):
        self.site_id = site_id
        self.pages = pages
        self.owner = owner
        super().__init__(("127.0.0.1", port), _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients that give up (timeouts, truncated bodies) reset connections: expected here.
        logger.debug("fixture %s: connection error from %s", self.site_id, client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    server: _SiteServer
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes: without this, Nagle + delayed ACK add ~40 ms each.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        logger.debug("fixture %s: " + format, self.server.site_id, *args)

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        headers = headers or {}
        headers.setdefault("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)

    def do_HEAD(self) -> None:  # noqa: N802 - stdlib naming
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        site = self.server.site_id
        owner = self.server.owner
        path = self.path
        fault = owner.fault_for(site, path)
        status = self._serve(site, path, fault)
        owner.log(
            LoggedRequest(
                site, path, status, self.headers.get("If-None-Match"), self.headers.get("User-Agent", "")
            )
        )

    def _serve(self, site: str, path: str, fault: Fault | None) -> int:
        pages = self.server.pages
        if path == "/robots.txt":
            text = pages["/robots.txt"].body.decode("utf-8")
            for f in self.server.owner.faults:
                if f.site == site and f.kind == "robots_disallow":
                    text += f"Disallow: {f.path.rstrip('*')}\n"
            self._send(200, text.encode("utf-8"), {"Content-Type": "text/plain; charset=utf-8"})
            return 200
        if fault is not None:
            fault.hits += 1
            if fault.kind == "status" or (fault.kind == "error_then_ok" and fault.hits <= fault.times):
                body = f"<html><body><h1>Lỗi {fault.status}</h1></body></html>".encode()
                self._send(fault.status, body, {"Content-Type": "text/html; charset=utf-8"})
                return fault.status
            if fault.kind == "redirect_loop":
                target = path + ("&r=1" if "?" in path else "?r=1") if "r=1" not in path else fault.path
                self._send(302, b"", {"Location": target})
                return 302
            if fault.kind == "redirect":
                self._send(302, b"", {"Location": fault.location})
                return 302
            if fault.kind == "slow":
                time.sleep(fault.delay)
            if fault.kind == "reset":
                self._reset()
                return 0
            if fault.kind == "endless":
                origin = f"http://{self.headers.get('Host') or '127.0.0.1'}"
                body, content_type = _endless_page(path, origin, pages.get(path))
                self._send(200, body, {"Content-Type": content_type})
                return 200
            if fault.kind == "gzip_bomb":
                bomb = gzip_bomb(fault.size)
                self._send(
                    200, bomb, {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"}
                )
                return 200
            if fault.kind in ("huge", "huge_chunked"):
                self._stream_huge(fault.size, chunked=fault.kind == "huge_chunked")
                return 200
        page = pages.get(path)
        if page is None:
            self._send(
                404,
                "<html><body>Không tìm thấy trang</body></html>".encode(),
                {"Content-Type": "text/html; charset=utf-8"},
            )
            return 404
        body, content_type = page.body, page.content_type
        if fault is not None and fault.kind == "charset":
            text = body.decode("utf-8").replace('charset="utf-8"', f'charset="{fault.charset}"')
            text = text.replace("charset=utf-8", f"charset={fault.charset}")
            body = (
                encode_windows_1258(text)
                if fault.charset.lower() in ("windows-1258", "cp1258")
                else text.encode(fault.charset, "xmlcharrefreplace")
            )
            content_type = content_type.replace("utf-8", fault.charset)
        if fault is not None and fault.kind == "mislabelled_utf8":
            body = body.replace(b'<meta charset="utf-8">', b"").replace(
                b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />', b""
            )
            content_type = content_type.replace("utf-8", "iso-8859-1")
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        headers = {"Content-Type": content_type, "ETag": etag}
        if page.last_modified is not None:
            headers["Last-Modified"] = format_datetime(page.last_modified.astimezone(tz=None), usegmt=False)
        if self.headers.get("If-None-Match") == etag or self._not_modified_since(page.last_modified):
            self._send(304, b"", {"ETag": etag, "Content-Length": "0"})
            return 304
        if fault is not None and fault.kind == "reset_midway":
            headers["Content-Length"] = str(len(body))
            self.send_response(200)
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body[: len(body) // 3])
            self.wfile.flush()
            self._reset()
            return 200
        if fault is not None and fault.kind == "truncated":
            headers["Content-Length"] = str(len(body))
            self.send_response(200)
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return 200
        self._send(200, body, headers)
        return 200

    def _reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0) instead of a clean close."""
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def _stream_huge(self, size: int, *, chunked: bool) -> None:
        """Send ``size`` bytes of HTML in chunks; stop quietly when the client hangs up (it should)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(size))
        self.end_headers()
        filler = ("<p>" + "Trang rất lớn. " * 4000 + "</p>\n").encode("utf-8")
        chunk = (filler * (_CHUNK // len(filler) + 1))[:_CHUNK]
        self.close_connection = True
        try:
            sent = 0
            while sent < size:
                part = chunk[: size - sent]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part) if chunked else part)
                sent += len(part)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except OSError:  # the crawler gave up at its page cap
            logger.debug("fixture %s: client closed a huge page after its cap", self.server.site_id)

    def _not_modified_since(self, last_modified: datetime | None) -> bool:
        header = self.headers.get("If-Modified-Since")
        if not header or last_modified is None or self.headers.get("If-None-Match"):
            return False
        try:
            return last_modified.replace(microsecond=0) <= parsedate_to_datetime(header)
        except (TypeError, ValueError):
            return False


class FixtureServer:
    """Context manager serving the fixture sites; ``base_urls`` maps source id to ``http://127.0.0.1:PORT``.

    ``site_ids`` defaults to the three demo sites; ``articles_path`` defaults to each site's own content
    file (``articles.jsonl`` for the demo sites, ``sites_articles.jsonl`` for the others).
    """

    def __init__(
        self,
        site_ids: Sequence[str] | None = None,
        *,
        articles_path: Path | None = None,
        faults: Iterable[Fault] = (),
        ports: dict[str, int] | None = None,
    ):
        self.site_ids = list(site_ids or FIXTURE_SITE_IDS)
        self.articles_path = articles_path
        self.faults = list(faults)
        self.ports = ports or {}
        self.base_urls: dict[str, str] = {}
        self.requests: list[LoggedRequest] = []
        self._servers: list[_SiteServer] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    def fault_for(self, site: str, path: str) -> Fault | None:
        for fault in self.faults:
            if fault.kind != "robots_disallow" and fault.matches(site, path):
                return fault
        return None

    def log(self, entry: LoggedRequest) -> None:
        with self._lock:
            self.requests.append(entry)

    def paths_requested(self, site: str) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests if r.site == site]

    def start(self) -> FixtureServer:
        for site_id in self.site_ids:
            pages = render_site(site_id, self.articles_path)
            server = _SiteServer(site_id, pages, self, self.ports.get(site_id, 0))
            thread = threading.Thread(target=server.serve_forever, name=f"fixture-{site_id}", daemon=True)
            thread.start()
            self._servers.append(server)
            self._threads.append(thread)
            self.base_urls[site_id] = f"http://127.0.0.1:{server.server_address[1]}"
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> FixtureServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m crawlers.fixture_server",
        description="Phục vụ các trang mẫu ngoại tuyến (serve the offline fixture sites)",
    )
    parser.add_argument("--port-base", type=int, default=0, help="first port (0 = free ports)")
    parser.add_argument("--articles", type=Path, default=None, help="content file (default: each site's own)")
    parser.add_argument(
        "--all", action="store_true", help="every source's site, not only the three demo sites"
    )
    args = parser.parse_args(argv)
    site_ids = list(ALL_FIXTURE_SITE_IDS if args.all else FIXTURE_SITE_IDS)
    ports = {sid: args.port_base + i for i, sid in enumerate(site_ids)} if args.port_base else None
    with FixtureServer(site_ids, articles_path=args.articles, ports=ports) as server:
        for site_id, url in server.base_urls.items():
            print(f"{site_id}={url}", flush=True)
        print("Nhấn Ctrl-C để dừng (Ctrl-C to stop).", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
