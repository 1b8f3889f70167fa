"""DNS rebinding: a name that looked public when the SSRF guard checked it, then resolves to
loopback when the downloader connects, is refused at connection time (crawlers.dns_guard).

The crawl is real (Scrapy, its reactor, the resolver, a local HTTP server). The only thing
simulated is the hostile name server's first answer: the guard middleware's verdict for
``localhost`` is pre-set to "public", as a rebinding name server would have made it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from crawlers.dns_guard import PublicOnlyResolver
from crawlers.runner import ssrf_settings

REPO = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import json, sys
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from crawlers.middlewares import SsrfGuardMiddleware
    from crawlers.dns_guard import refusal_for
    from crawlers.spider import failure_reason

    url, allowed, out = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
    results = []

    class FooledGuard(SsrfGuardMiddleware):
        # What the guard concluded from the name server's first (public) answer.
        def __init__(self, strict, allowed_origins):
            super().__init__(strict, allowed_origins)
            self._verdicts["localhost"] = ""

    class Probe(scrapy.Spider):
        name = "probe"

        async def start(self):
            yield scrapy.Request(url, callback=self.ok, errback=self.failed, dont_filter=True)

        def ok(self, response):
            results.append({"status": response.status})

        def failed(self, failure):
            results.append({"reason": failure_reason(failure), "why": refusal_for("localhost")})

    process = CrawlerProcess({
        "LOG_LEVEL": "ERROR",
        "ROBOTSTXT_OBEY": False,
        "RETRY_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LANTOA_SSRF_STRICT": True,
        "LANTOA_SSRF_ALLOWED_ORIGINS": allowed,
        "DNS_RESOLVER": "crawlers.dns_guard.PublicOnlyResolver",
        "DOWNLOADER_MIDDLEWARES": {"__main__.FooledGuard": 50},
    })
    process.crawl(Probe)
    process.start()
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(results, handle)
    """
)


class _Counting(BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        type(self).hits += 1
        body = b"<html><body>noi bo / internal</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def internal_server() -> Iterator[int]:
    _Counting.hits = 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield int(server.server_address[1])
    server.shutdown()
    server.server_close()


def _crawl(tmp_path: Path, url: str, allowed: list[str]) -> list[dict[str, object]]:
    out = tmp_path / "result.json"
    script = tmp_path / "probe.py"
    script.write_text(SCRIPT, encoding="utf-8")
    subprocess.run(
        [sys.executable, str(script), url, json.dumps(allowed), str(out)],
        cwd=REPO,
        check=True,
        timeout=120,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"},
    )
    return list(json.loads(out.read_text(encoding="utf-8")))


def test_a_name_rebound_to_loopback_is_refused_when_connecting(tmp_path: Path, internal_server: int) -> None:
    results = _crawl(tmp_path, f"http://localhost:{internal_server}/admin", allowed=[])
    assert len(results) == 1
    assert results[0]["reason"] == "blocked_address"
    why = str(results[0]["why"])
    assert "non-public" in why and ("127.0.0.1" in why or "::1" in why)
    assert _Counting.hits == 0  # the internal server never saw a request


def test_the_operators_override_host_still_connects(tmp_path: Path, internal_server: int) -> None:
    results = _crawl(
        tmp_path, f"http://localhost:{internal_server}/", allowed=[f"http://localhost:{internal_server}"]
    )
    assert results == [{"status": 200}]
    assert _Counting.hits == 1


def test_public_answers_pass_and_private_ones_are_refused() -> None:
    resolver = PublicOnlyResolver.__new__(PublicOnlyResolver)
    assert resolver.check_answer("8.8.8.8", "dns.google") == "8.8.8.8"
    for address in ("127.0.0.1", "10.0.0.7", "169.254.169.254", "192.168.1.1", "0.0.0.0"):
        with pytest.raises(Exception, match="non-public"):
            resolver.check_answer(address, "rebind.example")


def test_the_crawler_settings_install_the_resolver_in_strict_mode() -> None:
    settings = ssrf_settings(["http://127.0.0.1:8123"])
    assert settings["DNS_RESOLVER"] == "crawlers.dns_guard.PublicOnlyResolver"
    assert settings["LANTOA_SSRF_STRICT"] is True
    assert settings["LANTOA_SSRF_ALLOWED_ORIGINS"] == ["http://127.0.0.1:8123"]
