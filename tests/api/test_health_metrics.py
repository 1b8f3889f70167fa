"""GET /health (503 when the store is down), GET /metrics, and stats."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from api_support import client_class

from lantoa.settings import Settings
from lantoa.store import Store
from search_api.app import create_app


def test_health_reports_the_store(client: Any, store: Store) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] is True
    assert body["store"]["backend"] == store.backend
    assert body["store"]["articles"] == store.count()


def _broken_store_app(tmp_path: Path) -> Any:
    db = tmp_path / "broken.db"
    db.write_bytes(b"this is not an sqlite database" * 200)
    settings = Settings(_env_file=None, data_dir=tmp_path, store=f"sqlite:///{db}")  # type: ignore[call-arg]
    return create_app(settings, rate_limit_per_minute=0)


def test_a_corrupt_store_gives_503_everywhere_never_500(tmp_path: Path) -> None:
    with client_class()(_broken_store_app(tmp_path)) as client:
        health = client.get("/health")
        assert health.status_code == 503
        assert health.json()["ok"] is False
        assert "broken.db" in health.json()["store"]["error"]
        api = client.get("/api/search", params={"q": "bò"})
        assert api.status_code == 503
        assert api.json()["error"] == "store_unavailable"
        assert " / " in api.json()["message"]
        assert api.headers["retry-after"]
        page = client.get("/", params={"q": "bò"})
        assert page.status_code == 503
        assert "text/html" in page.headers["content-type"]
        assert "Kho dữ liệu tạm thời không truy cập được" in page.text
        # static assets and taxonomy keep working while the store is down
        assert client.get("/api/taxonomy").status_code == 200
        assert client.get("/static/app.css").status_code == 200


def test_store_recovers_once_the_file_is_fixed(tmp_path: Path) -> None:
    app = _broken_store_app(tmp_path)
    with client_class()(app) as client:
        assert client.get("/health").status_code == 503
        (tmp_path / "broken.db").unlink()
        app.state.store_failed_at = 0.0  # skip the reopen back-off
        assert client.get("/health").status_code == 200
        assert client.get("/api/search").json()["total"] == 0


def test_metrics_are_prometheus_text(client: Any) -> None:
    client.get("/api/search", params={"q": "bò"})
    client.get("/api/articles/" + "0" * 20)
    text = client.get("/metrics").text
    assert "# TYPE lantoa_http_requests_total counter" in text
    assert re.search(
        r'lantoa_http_requests_total\{method="GET",route="/api/search",status="200"\} [1-9]', text
    )
    assert 'route="/api/articles/{article_id}",status="404"' in text
    assert re.search(
        r'lantoa_http_request_duration_seconds_bucket\{method="GET",route="/api/search",le="\+Inf"\}', text
    )
    assert "lantoa_store_open 1" in text
    for line in text.splitlines():
        assert line.startswith("#") or re.match(
            r'^[a-z_]+(\{([a-z_]+="([^"\\]|\\.)*",?)*\})? [0-9.e+-]+$', line
        ), line


def test_stats_counts_match_the_store(client: Any, store: Store) -> None:
    body = client.get("/api/stats", params={"weeks": 60}).status_code
    assert body == 422
    stats = client.get("/api/stats", params={"weeks": 52}).json()
    assert stats["total"] == store.count()
    assert stats["relevant"] < stats["total"]
    by_story = {c["key"]: c["count"] for c in stats["by_story_type"]}
    assert (
        by_story["good_deed"]
        == client.get("/api/search", params={"story_type": "good_deed", "size": 0}).json()["total"]
    )
    provinces = {c["key"]: c["label"] for c in stats["by_province"]}
    assert provinces["11"] == "Điện Biên" and provinces["48"] == "Đà Nẵng"
    old = {c["key"]: c["label"] for c in stats["by_province_old"]}
    assert old["49"] == "Quảng Nam"
    assert len(stats["by_week"]) == 52
    assert sum(w["count"] for w in stats["by_week"]) <= stats["total"]
    model = {c["key"]: c["label"] for c in stats["by_model_type"]}
    assert model["livestock"] == "Chăn nuôi"
    english = client.get("/api/stats", params={"lang": "en"}).json()
    assert {c["key"]: c["label"] for c in english["by_model_type"]}["livestock"] == "Livestock raising"


def test_stats_follow_the_search_filters(client: Any) -> None:
    stats = client.get("/api/stats", params={"province": "40"}).json()
    assert stats["total"] == client.get("/api/search", params={"province": "40", "size": 0}).json()["total"]
