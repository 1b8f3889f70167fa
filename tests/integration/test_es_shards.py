"""Two primary shards rank exactly as one: the page request uses whole-index term statistics."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import conftest_es
import pytest

from lantoa.schema import Article
from lantoa.store import es_admin
from lantoa.store.base import SearchQuery
from lantoa.store.elasticsearch import ElasticsearchStore

CORPUS = Path(__file__).resolve().parent.parent / "conformance" / "corpus.jsonl"
QUERIES = ["giảm nghèo", "hòa", "hoa", "thoat ngheo", "hiến đất", '"nuôi bò" OR dê', "nghèo -vay"]


@pytest.mark.es
def test_new_indices_get_two_shards_on_multi_core_nodes(es_client: Any) -> None:
    nodes = es_client.nodes.info(metric="os")["nodes"].values()
    cores = min(int(n["os"]["allocated_processors"]) for n in nodes)
    assert es_admin.default_shards(es_client) == (es_admin.MULTI_CORE_SHARDS if cores >= 2 else 1)
    assert es_admin.creation_settings(es_client) == {
        "index": {"number_of_shards": es_admin.default_shards(es_client)}
    }


@pytest.mark.es
def test_two_shards_rank_exactly_like_one(es_client: Any, es_url: str, tmp_path: Path) -> None:
    articles = [Article.model_validate_json(x) for x in CORPUS.read_text(encoding="utf-8").splitlines() if x]
    found: dict[int, list[list[tuple[str, float | None]]]] = {}
    for shards in (1, 2):
        alias = conftest_es.new_alias()
        try:
            es_admin.put_templates(es_client, alias)
            es_client.indices.create(
                index=f"{alias}-v1", aliases={alias: {}}, settings={"index": {"number_of_shards": shards}}
            )
            store = ElasticsearchStore(
                es_url, alias=alias, spool_dir=tmp_path / f"spool{shards}", refresh="wait_for"
            )
            assert store.upsert(articles) == len(articles)
            results = [store.search(SearchQuery(q=q, size=100)) for q in QUERIES]
            found[shards] = [[(h.id, h.score) for h in r.hits] for r in results]
            assert all(r.hits for r in results)
            store.close()
        finally:
            conftest_es.drop_alias(es_client, alias)
    assert found[2] == found[1]
