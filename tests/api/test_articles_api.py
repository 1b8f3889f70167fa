"""Articles, similar stories, taxonomy, localities and sources endpoints."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from api_support import by_title, client_class

from lantoa.schema import Article
from lantoa.settings import Settings
from lantoa.store import Store
from lantoa.taxonomy import load_taxonomy
from search_api.app import create_app


def test_article_round_trips_with_tags(client: Any, articles: list[Article]) -> None:
    article = by_title(articles, "Du lịch cộng đồng")
    response = client.get(f"/api/articles/{article.id}")
    assert response.status_code == 200
    assert Article.model_validate(response.json()) == article


def test_unknown_article_is_404_and_malformed_id_is_422(client: Any) -> None:
    missing = client.get("/api/articles/" + "0" * 20)
    assert missing.status_code == 404
    assert missing.json()["error"] == "not_found"
    assert " / " in missing.json()["message"]
    assert client.get("/api/articles/not-an-id").status_code == 422


def test_similar_excludes_itself_and_syndicated_copies(client: Any, articles: list[Article]) -> None:
    lead = by_title(articles, "Nuôi bò sinh sản giúp hơn 40 hộ")
    response = client.get(f"/api/articles/{lead.id}/similar", params={"size": 5})
    assert response.status_code == 200
    hits = response.json()
    assert 0 < len(hits) <= 5
    assert all(h["id"] != lead.id and h["cluster_id"] != lead.cluster_id for h in hits)
    assert client.get("/api/articles/" + "0" * 20 + "/similar").status_code == 404


def test_taxonomy_lists_the_public_ids(client: Any) -> None:
    body = client.get("/api/taxonomy").json()
    taxonomy = load_taxonomy()
    assert [x["id"] for x in body["story_types"]] == list(taxonomy.story_type_ids)
    assert [x["id"] for x in body["model_types"]] == list(taxonomy.model_type_ids)
    livestock = next(x for x in body["model_types"] if x["id"] == "livestock")
    assert livestock["vi"] == "Chăn nuôi"


def test_localities_autocomplete_without_diacritics(client: Any) -> None:
    response = client.get("/api/localities", params={"q": "muong phang", "limit": 5})
    assert response.status_code == 200
    names = [item["name"] for item in response.json()]
    assert "Mường Phăng" in names
    assert all(item["label"] for item in response.json())
    assert client.get("/api/localities", params={"q": ""}).status_code == 422
    assert client.get("/api/localities", params={"q": "x", "limit": 500}).status_code == 422


def _sources_client(tmp_path: Path, store: Store) -> Any:
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    return client_class()(create_app(settings, store, rate_limit_per_minute=0))


def test_sources_empty_until_the_crawler_writes_health(tmp_path: Path, store: Store) -> None:
    with _sources_client(tmp_path, store) as client:
        assert client.get("/api/sources").json() == []
        (tmp_path / "crawl").mkdir()
        health = [
            {
                "id": "baonghean",
                "name": "Báo Nghệ An",
                "ok": True,
                "articles": 12,
                "last_crawl": "2025-10-01",
            },
            {"id": "baocamau", "name": "Báo Cà Mau", "ok": False, "error": "HTTP 503"},
        ]
        (tmp_path / "crawl" / "health.json").write_text(json.dumps(health, ensure_ascii=False), "utf-8")
        body = client.get("/api/sources").json()
        assert [s["id"] for s in body] == ["baonghean", "baocamau"]
        assert body[1]["ok"] is False and body[1]["error"] == "HTTP 503"
        # the UI uses the crawler's source names for the source facet
        assert "Báo Cà Mau" in client.get("/", params={"source": "baocamau"}).text


def test_corrupt_health_file_is_a_clear_503(tmp_path: Path, store: Store) -> None:
    (tmp_path / "crawl").mkdir()
    (tmp_path / "crawl" / "health.json").write_text("[{not json", "utf-8")
    with _sources_client(tmp_path, store) as client:
        response = client.get("/api/sources")
        assert response.status_code == 503
        assert response.json()["error"] == "sources_unavailable"
        assert "health.json" in response.json()["message"]
