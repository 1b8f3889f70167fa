"""Security: escaped crawled content, headers, admin key, body limit, rate limit, no secrets in logs."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from api_support import ADMIN_KEY, by_title, client_class

from lantoa.schema import Article
from lantoa.settings import Settings
from lantoa.store import Store
from search_api.app import create_app
from search_api.security import RateLimiter

PAYLOAD_MARKERS = ("window.__xss", "alert(", "onerror", "onload", "javascript:")


def assert_no_active_content(html: str) -> None:
    """No script without src, no event-handler attribute, no javascript: link, no iframe."""
    doc = lxml.html.fromstring(html)
    for script in doc.iter("script"):
        assert script.get("src"), "inline <script> found"
        assert not (script.text or "").strip()
    for element in doc.iter():
        if not isinstance(element.tag, str):
            continue
        assert element.tag not in ("iframe", "object", "embed")
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"event handler {name} on <{element.tag}>"
            if name.lower() in ("href", "src", "action", "formaction"):
                assert not value.strip().lower().startswith(("javascript:", "data:text")), value


def test_security_headers_on_pages_api_and_errors(client: Any) -> None:
    for path in ("/", "/api/search", "/api/articles/" + "0" * 20, "/nowhere", "/static/app.css"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
        assert headers["x-frame-options"] == "DENY"


def test_article_page_escapes_hostile_content(client: Any, xss_articles: list[Article]) -> None:
    article = by_title(xss_articles, "Nuôi ong")
    response = client.get(f"/articles/{article.id}")
    assert response.status_code == 200
    html = response.text
    assert_no_active_content(html)
    assert "&lt;script&gt;window.__xss=1" in html
    assert "&lt;img src=x onerror=" in html  # the payload is shown as text
    assert "<b>Thượng Hà</b>" not in html


def test_search_page_escapes_hostile_content_around_highlights(client: Any) -> None:
    html = client.get("/", params={"q": "nuôi ong"}).text
    assert_no_active_content(html)
    assert "<mark>" in html
    assert "&lt;script&gt;" in html


def test_javascript_url_never_becomes_a_link(client: Any, xss_articles: list[Article]) -> None:
    article = next(a for a in xss_articles if a.url.startswith("javascript:"))
    html = client.get(f"/articles/{article.id}").text
    assert_no_active_content(html)
    assert 'data-testid="original-unsafe"' in html
    assert 'data-testid="original"' not in html


def test_search_json_escapes_highlighted_fields(client: Any) -> None:
    hits = client.get("/api/search", params={"q": "nuôi ong", "size": 50}).json()["hits"]
    hostile = next(h for h in hits if "<script>" in h["title"])
    assert "<script>" not in hostile["title_highlighted"]
    assert all("<img" not in f and "<svg" not in f for f in hostile["fragments"])


def test_pages_have_no_inline_scripts(client: Any, articles: list[Article]) -> None:
    for path in ("/", "/?lang=en", "/stats", "/api", f"/articles/{articles[0].id}", "/nowhere"):
        html = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path
        assert " style=" not in html, path


def _admin_client(tmp_path: Path, store: Store, key: str | None, **limits: int) -> Any:
    settings = Settings(_env_file=None, data_dir=tmp_path, admin_api_key=key)  # type: ignore[call-arg]
    return client_class()(create_app(settings, store, **{"rate_limit_per_minute": 0, **limits}))


def test_admin_is_disabled_without_a_configured_key(tmp_path: Path, store: Store) -> None:
    with _admin_client(tmp_path, store, None) as client:
        response = client.post("/api/admin/reindex", headers={"X-API-Key": "anything"})
        assert response.status_code == 403
        assert response.json()["error"] == "admin_disabled"


def test_admin_reindex_needs_the_right_key(
    tmp_path: Path, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with _admin_client(tmp_path, store, ADMIN_KEY) as client:
        assert client.post("/api/admin/reindex").status_code == 401
        wrong = client.post("/api/admin/reindex", headers={"X-API-Key": ADMIN_KEY + "x"})
        assert wrong.status_code == 401 and " / " in wrong.json()["message"]
        before = client.get("/api/search", params={"q": "bò sinh sản", "size": 0}).json()["total"]
        ok = client.post("/api/admin/reindex", headers={"X-API-Key": ADMIN_KEY})
        assert ok.status_code == 200
        assert ok.json()["reindexed"] == store.count()
        assert client.get("/api/search", params={"q": "bò sinh sản", "size": 0}).json()["total"] == before
    assert ADMIN_KEY not in caplog.text


def test_oversized_request_body_is_rejected(tmp_path: Path, store: Store) -> None:
    with _admin_client(tmp_path, store, ADMIN_KEY, max_body_bytes=64) as client:
        response = client.post("/api/admin/reindex", headers={"X-API-Key": ADMIN_KEY}, content=b"x" * 1000)
        assert response.status_code == 413
        assert "quá lớn" in response.json()["message"]


def test_rate_limit_answers_429_with_retry_after(tmp_path: Path, store: Store) -> None:
    with _admin_client(tmp_path, store, None, rate_limit_per_minute=3) as client:
        statuses = [client.get("/api/taxonomy").status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        limited = client.get("/api/search")
        assert limited.status_code == 429
        assert int(limited.headers["retry-after"]) >= 1
        assert "Quá nhiều yêu cầu" in limited.json()["message"]
        assert client.get("/health").status_code == 200  # health checks are never limited


def test_rate_limiter_refills_over_time() -> None:
    limiter = RateLimiter(per_minute=60)
    assert all(limiter.take("a", now=100.0) == 0 for _ in range(60))
    assert limiter.take("a", now=100.0) > 0
    assert limiter.take("b", now=100.0) == 0  # per client
    assert limiter.take("a", now=101.5) == 0  # one token back after a second


def test_inline_styles_are_allowed_only_on_digest_pages(client: Any) -> None:
    digest = client.get("/digest/2025-W42")
    if digest.status_code == 404:  # the digest module is optional
        return
    assert "style-src 'self' 'unsafe-inline'" in digest.headers["content-security-policy"]
    assert "script-src 'self'" in digest.headers["content-security-policy"]
    assert "unsafe-inline" not in client.get("/").headers["content-security-policy"]
