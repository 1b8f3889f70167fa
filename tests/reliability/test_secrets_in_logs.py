"""A real `lantoa serve` process never writes its admin key or store password to its log or to responses."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from server_support import Server, make_article

from lantoa.store.sqlite import SqliteStore

pytestmark = pytest.mark.slow

ADMIN_KEY = "khoa-quan-tri-Zq8v1LmR"
ES_PASSWORD = "mat-khau-es-Pw93kd"


def test_secrets_never_reach_the_log_or_any_response(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "lantoa.db") as store:
        store.upsert([make_article(i) for i in range(5)])
    server = Server(tmp_path, LANTOA_ADMIN_API_KEY=ADMIN_KEY, LANTOA_ES_PASSWORD=ES_PASSWORD)
    server.wait_ready()
    bodies: list[str] = []
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            for headers in (
                {},
                {"X-API-Key": "sai"},
                {"X-API-Key": ADMIN_KEY + "x"},
                {"X-API-Key": ADMIN_KEY},
            ):
                response = client.post("/api/admin/reindex", headers=headers)
                bodies.append(response.text)
                assert response.status_code == (200 if headers.get("X-API-Key") == ADMIN_KEY else 401)
            for path, params in [
                ("/api/search", {"q": '"unterminated'}),
                ("/api/search", {"q": "a" * 600}),
                ("/api/articles/khong-co", {}),
                ("/khong-ton-tai", {}),
                ("/health", {}),
                ("/metrics", {}),
                ("/api/stats", {}),
            ]:
                response = client.get(path, params=params)
                assert response.status_code < 500, response.text
                bodies.append(response.text)
    finally:
        server.terminate()
    log = server.log_path.read_text(encoding="utf-8", errors="replace")
    assert "admin" in log.lower() or "401" in log  # the failed attempts were logged ...
    for secret in (ADMIN_KEY, ES_PASSWORD):
        assert secret not in log  # ... without the key
        assert not any(secret in body for body in bodies)
