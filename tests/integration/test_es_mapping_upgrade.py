"""An index created with mapping version 1 (no index_phrases) keeps working after an upgrade."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import index_config
from lantoa.schema import Article
from lantoa.store import es_admin
from lantoa.store.base import SearchQuery
from lantoa.store.elasticsearch import ElasticsearchStore

CORPUS = Path(__file__).resolve().parent.parent / "conformance" / "corpus.jsonl"


def _phrase_fields(mapping: dict[str, Any], prefix: str = "") -> set[str]:
    found = set()
    for name, spec in mapping.get("properties", {}).items():
        if spec.get("index_phrases"):
            found.add(prefix + name)
        found |= _phrase_fields(spec, f"{prefix}{name}.")
    return found


@pytest.mark.es
def test_apply_on_a_version_1_index_keeps_it_and_migrate_brings_the_phrase_fields(
    es_client: Any, es_alias: str, es_url: str, tmp_path: Path
) -> None:
    mappings = index_config.load_json(index_config.COMPONENTS["mappings"])["template"]["mappings"]
    assert _phrase_fields(mappings) == {
        "title",
        "sapo",
        "body",
        "search.title_folded",
        "search.sapo_folded",
        "search.body_folded",
    }
    # What `lantoa index apply` created before mapping version 2.
    old = es_admin._without(mappings, frozenset({"index_phrases"}))
    es_client.indices.create(index=f"{es_alias}-v1", mappings=old, aliases={es_alias: {}})
    result = es_admin.apply(es_client, es_alias)
    assert result == {
        "alias": es_alias,
        "index": f"{es_alias}-v1",
        "created": False,
        "migrate_recommended": True,
    }
    live = es_client.indices.get_mapping(index=f"{es_alias}-v1")[f"{es_alias}-v1"]["mappings"]
    assert _phrase_fields(live) == set()
    assert live["properties"]["search"]["properties"]["labels"]["properties"]["commune"][
        "eager_global_ordinals"
    ]

    store = ElasticsearchStore(
        es_url,
        alias=es_alias,
        spool_dir=tmp_path / "spool",
        refresh="wait_for",
    )
    articles = [Article.model_validate_json(x) for x in CORPUS.read_text(encoding="utf-8").splitlines() if x]
    assert store.upsert(articles) == len(articles)
    query = SearchQuery(q="giảm nghèo", size=100)
    before = store.search(query)
    assert before.total > 0

    moved = es_admin.migrate(es_client, es_alias)
    assert moved["index"] == f"{es_alias}-v2" and moved["copied"] == len(articles)
    live = es_client.indices.get_mapping(index=f"{es_alias}-v2")[f"{es_alias}-v2"]["mappings"]
    assert _phrase_fields(live) == _phrase_fields(mappings)
    after = store.search(query)
    assert after.total == before.total and after.facets == before.facets
    assert {h.id for h in after.hits} == {h.id for h in before.hits}
    assert es_admin.apply(es_client, es_alias) == {
        "alias": es_alias,
        "index": f"{es_alias}-v2",
        "created": False,
    }
    store.close()
