"""Indices created with older mapping versions keep working after an upgrade, and `migrate` brings them up.

* version 1: no ``index_phrases``;
* version 2: no combined folded field (``search.all_folded`` and the ``copy_to`` filling it);
  searches use the legacy query meanwhile, with the same results.
"""

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
QUERIES = ["giảm nghèo", "thoat ngheo", '"nuôi bò" OR dê', "hộ nghèo -vay"]


def _phrase_fields(mapping: dict[str, Any], prefix: str = "") -> set[str]:
    found = set()
    for name, spec in mapping.get("properties", {}).items():
        if spec.get("index_phrases"):
            found.add(prefix + name)
        found |= _phrase_fields(spec, f"{prefix}{name}.")
    return found


def _mappings() -> dict[str, Any]:
    mappings: dict[str, Any] = index_config.load_json(index_config.COMPONENTS["mappings"])["template"][
        "mappings"
    ]
    return mappings


def _old_mappings(version: int) -> dict[str, Any]:
    """What `lantoa index apply` created with mapping ``version``."""
    removed = {"copy_to", "all_folded"} | ({"index_phrases"} if version == 1 else set())
    old: dict[str, Any] = es_admin._without(_mappings(), frozenset(removed))
    old["_meta"] = dict(old["_meta"], lantoa_mapping_version=version)
    return old


def _store(es_url: str, es_alias: str, tmp_path: Path) -> ElasticsearchStore:
    return ElasticsearchStore(es_url, alias=es_alias, spool_dir=tmp_path / "spool", refresh="wait_for")


def _results(store: ElasticsearchStore) -> list[tuple[int, list[str], Any]]:
    found = []
    for q in QUERIES:
        result = store.search(SearchQuery(q=q, size=100))
        found.append((result.total, sorted(h.id for h in result.hits), result.facets))
    return found


def test_the_current_mapping_has_phrase_fields_and_the_combined_field() -> None:
    mappings = _mappings()
    assert mappings["_meta"]["lantoa_mapping_version"] == 3
    assert _phrase_fields(mappings) == {
        "title",
        "sapo",
        "body",
        "search.title_folded",
        "search.sapo_folded",
        "search.body_folded",
        "search.all_folded",
    }
    folded = mappings["properties"]["search"]["properties"]
    for name in ("title_folded", "sapo_folded", "body_folded"):
        assert folded[name]["copy_to"] == "search.all_folded"


@pytest.mark.es
@pytest.mark.parametrize("version", [1, 2])
def test_an_older_index_keeps_working_and_migrate_brings_the_current_mapping(
    es_client: Any, es_alias: str, es_url: str, tmp_path: Path, version: int
) -> None:
    old_index = f"{es_alias}-v1"
    es_client.indices.create(index=old_index, mappings=_old_mappings(version), aliases={es_alias: {}})
    result = es_admin.apply(es_client, es_alias)
    assert result == {"alias": es_alias, "index": old_index, "created": False, "migrate_recommended": True}
    live = es_client.indices.get_mapping(index=old_index)[old_index]["mappings"]
    # Nothing of the combined field is added in place; the index keeps its mapping version.
    assert "all_folded" not in live["properties"]["search"]["properties"]
    assert "copy_to" not in live["properties"]["search"]["properties"]["body_folded"]
    assert live["_meta"]["lantoa_mapping_version"] == version
    assert _phrase_fields(live) == (set() if version == 1 else _phrase_fields(_old_mappings(2)))
    assert live["properties"]["search"]["properties"]["labels"]["properties"]["commune"][
        "eager_global_ordinals"
    ]

    store = _store(es_url, es_alias, tmp_path)
    articles = [Article.model_validate_json(x) for x in CORPUS.read_text(encoding="utf-8").splitlines() if x]
    assert store.upsert(articles) == len(articles)
    assert store.combined is False  # searched with the legacy query
    before = _results(store)
    assert all(total > 0 for total, _, _ in before)

    moved = es_admin.migrate(es_client, es_alias)
    assert moved["index"] == f"{es_alias}-v2" and moved["copied"] == len(articles)
    live = es_client.indices.get_mapping(index=f"{es_alias}-v2")[f"{es_alias}-v2"]["mappings"]
    assert _phrase_fields(live) == _phrase_fields(_mappings())
    assert live["_meta"]["lantoa_mapping_version"] == 3
    assert es_admin.apply(es_client, es_alias) == {
        "alias": es_alias,
        "index": f"{es_alias}-v2",
        "created": False,
    }
    store.close()

    fresh = _store(es_url, es_alias, tmp_path)
    after = _results(fresh)
    assert fresh.combined is True
    # The combined-field query matches exactly what the legacy query matched.
    assert after == before
    fresh.close()
