"""The SSRF policy re-checked on every request (crawlers.middlewares.SsrfGuardMiddleware)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from crawl_support import read_jsonl, run_crawl_subprocess
from scrapy.http import HtmlResponse, Request

from crawlers.fixture_render import ARTICLES_PATH, SiteRenderer, load_fixture_articles
from crawlers.fixture_server import Fault, FixtureServer
from crawlers.middlewares import BlockedRequest, SsrfGuardMiddleware
from crawlers.registry import default_registry

ALLOWED = "http://127.0.0.1:8123"


def _check(mw: SsrfGuardMiddleware, url: str) -> BlockedRequest | None:
    try:
        asyncio.run(mw.process_request(Request(url)))
    except BlockedRequest as exc:
        return exc
    return None


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8123/xa-hoi/bai-1.html",
        "http://127.0.0.1:8123",
        "HTTP://127.0.0.1:8123/rss",
        "http://8.8.8.8/tin-tuc",
        "https://[2001:4860:4860::8888]:8443/x",
    ],
)
def test_the_override_origin_and_public_addresses_pass(url: str) -> None:
    assert _check(SsrfGuardMiddleware(True, [ALLOWED]), url) is None


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8124/",  # same host, another port
        "https://127.0.0.1:8123/",  # same host and port, another scheme
        "http://127.0.0.1/",
        "http://localhost:8123/",  # another name for the allowed host is not the allowed origin
        "http://169.254.169.254/latest/meta-data/",
        "http://10.1.2.3/",
        "http://[::1]:8123/",
        "http://[::ffff:127.0.0.1]:8123/",
    ],
)
def test_other_non_public_targets_are_blocked_as_addresses(url: str) -> None:
    refusal = _check(SsrfGuardMiddleware(True, [ALLOWED]), url)
    assert refusal is not None and refusal.reason == "blocked_address"
    assert "non-public" in str(refusal) or "invalid" in str(refusal)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1:8123/x", "gopher://8.8.8.8/"])
def test_non_http_schemes_are_blocked(url: str) -> None:
    refusal = _check(SsrfGuardMiddleware(True, [ALLOWED]), url)
    assert refusal is not None and refusal.reason == "blocked_scheme"
    assert "only http(s)" in str(refusal)


def test_without_strict_policy_nothing_is_checked() -> None:
    assert _check(SsrfGuardMiddleware(False, []), "http://127.0.0.1/") is None


def test_a_redirect_to_another_scheme_is_refused_in_the_response() -> None:
    mw = SsrfGuardMiddleware(True, [ALLOWED])
    request = Request(ALLOWED + "/a.html")
    moved = HtmlResponse(request.url, status=302, headers={"Location": "file:///etc/passwd"}, request=request)
    with pytest.raises(BlockedRequest) as info:
        mw.process_response(request, moved)
    assert info.value.reason == "blocked_scheme"
    ok = HtmlResponse(request.url, status=302, headers={"Location": "/b.html"}, request=request)
    assert mw.process_response(request, ok) is ok


def _baodongnai_paths(articles_path: Path) -> list[str]:
    source = default_registry()["baodongnai"]
    articles = [a for a in load_fixture_articles(articles_path) if a.site == "baodongnai"]
    return sorted(a.path for a in SiteRenderer(source, articles).articles)


@pytest.mark.slow
def test_redirects_to_private_addresses_and_other_schemes_are_refused_and_recorded(tmp_path: Path) -> None:
    paths = _baodongnai_paths(ARTICLES_PATH)
    assert len(paths) >= 10
    out, state = tmp_path / "out.jsonl", tmp_path / "state"
    with FixtureServer(["baodongnai", "nhandan"]) as server:
        other_port = server.base_urls["nhandan"] + "/secret-admin"
        targets = [
            other_port,
            "http://169.254.169.254/latest/meta-data/",
            "file:///etc/passwd",
            "ftp://127.0.0.1/x",
        ]
        server.faults += [
            Fault("baodongnai", p, "redirect", location=t) for p, t in zip(paths[:4], targets, strict=True)
        ]
        report = run_crawl_subprocess(tmp_path, out, state, {"baodongnai": server.base_urls["baodongnai"]})
        assert server.paths_requested("nhandan") == []  # the other loopback port was never contacted
    failures = report["sources"]["baodongnai"]["failures"]
    assert failures == {"blocked_address": 2, "blocked_scheme": 2}
    health = {h["id"]: h for h in json.loads((state / "health.json").read_text(encoding="utf-8"))}
    assert health["baodongnai"]["failures"] == failures
    rows = read_jsonl(out)
    assert len(rows) == len(paths) - 4  # every other article still crawled
    assert {urlsplit(r["url"]).path for r in rows} == set(paths[4:])
