"""Index configuration and administration against a real node: mapping coverage, apply, migrate, load, CLI."""

from __future__ import annotations

import json
import types
import typing
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import pytest
from pydantic import BaseModel

import index_config
from lantoa import cli_index
from lantoa.schema import Article
from lantoa.settings import get_settings
from lantoa.store import es_admin
from lantoa.store.base import SearchQuery, StoreError
from lantoa.store.elasticsearch import ElasticsearchStore, to_document
from lantoa.taxonomy import load_taxonomy

CORPUS = Path(__file__).resolve().parent.parent / "conformance" / "corpus.jsonl"


def corpus() -> list[Article]:
    return [
        Article.model_validate_json(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line
    ]


def _model_of(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside ``X``, ``X | None`` or ``list[X]``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if get_origin(annotation) in (list, Union, types.UnionType, typing.Union):
        for arg in get_args(annotation):
            found = _model_of(arg)
            if found:
                return found
    return None


def field_paths(model: type[BaseModel], prefix: str = "") -> list[str]:
    paths = []
    for name, info in model.model_fields.items():
        path = prefix + name
        paths.append(path)
        inner = _model_of(info.annotation)
        if inner is not None:
            paths.extend(field_paths(inner, path + "."))
    return paths


def mapped(properties: dict[str, Any], path: str) -> dict[str, Any] | None:
    node: dict[str, Any] = {"properties": properties}
    for part in path.split("."):
        node = node.get("properties", {}).get(part)  # type: ignore[assignment]
        if node is None:
            return None
    return node


def test_every_article_field_is_mapped_recursively() -> None:
    props = index_config.mapping_properties()
    paths = field_paths(Article)
    assert "tags.localities.current_commune_code" in paths and "attachments.text" in paths
    missing = [p for p in paths if mapped(props, p) is None]
    assert missing == []
    for story_type in load_taxonomy().story_type_ids:
        assert mapped(props, f"tags.story_type_scores.{story_type}") is not None


def test_mapping_is_strict_and_typed_for_facets_dates_and_places() -> None:
    mappings = index_config.load_json("mappings.json")["template"]["mappings"]
    assert mappings["dynamic"] == "false"
    props = mappings["properties"]
    assert mapped(props, "published_at")["type"] == "date"  # type: ignore[index]
    assert mapped(props, "search.locations")["type"] == "geo_point"  # type: ignore[index]
    assert mapped(props, "tags.localities")["type"] == "nested"  # type: ignore[index]
    for label in ("source", "story_type", "model_type", "province", "province_old", "district", "commune"):
        assert mapped(props, f"search.labels.{label}")["type"] == "keyword"  # type: ignore[index]
    for text in ("title", "sapo", "body"):
        assert mapped(props, text)["type"] == "text"  # type: ignore[index]
        assert mapped(props, f"search.{text}_folded")["type"] == "text"  # type: ignore[index]


def test_derived_document_fields_are_all_mapped() -> None:
    props = index_config.mapping_properties()
    doc = to_document(corpus()[0])

    def walk(value: Any, path: str) -> None:
        if (
            isinstance(value, dict)
            and mapped(props, path) is not None
            and "properties" in mapped(props, path)
        ):  # type: ignore[operator]
            for key, sub in value.items():
                walk(sub, f"{path}.{key}")
        elif isinstance(value, list):
            for sub in value:
                walk(sub, path)
        else:
            assert mapped(props, path) is not None, path

    for key, value in doc.items():
        walk(value, key)


@pytest.mark.es
def test_apply_is_idempotent_and_puts_the_alias_on_v1(es_client: Any, es_alias: str) -> None:
    first = es_admin.apply(es_client, es_alias)
    assert first == {"alias": es_alias, "index": f"{es_alias}-v1", "created": True}
    second = es_admin.apply(es_client, es_alias)
    assert second == {"alias": es_alias, "index": f"{es_alias}-v1", "created": False}
    assert list(es_client.indices.get_alias(name=es_alias)) == [f"{es_alias}-v1"]
    mapping = es_client.indices.get_mapping(index=f"{es_alias}-v1")[f"{es_alias}-v1"]["mappings"]
    assert mapping["dynamic"] == "false"
    assert mapping["_meta"]["lantoa_mapping_version"] == index_config.mapping_version()


@pytest.mark.es
def test_migrate_copies_everything_and_swaps_the_alias(es_store: ElasticsearchStore, es_client: Any) -> None:
    articles = corpus()
    assert es_store.upsert(articles) == len(articles)
    before = es_store.search(SearchQuery(q="nghèo", size=100))
    result = es_admin.migrate(es_client, es_store.alias)
    assert result["index"] == f"{es_store.alias}-v2" and result["old_index"] == f"{es_store.alias}-v1"
    assert result["copied"] == len(articles)
    assert list(es_client.indices.get_alias(name=es_store.alias)) == [f"{es_store.alias}-v2"]
    assert es_client.indices.exists(index=f"{es_store.alias}-v1")
    assert es_store.count() == len(articles)
    after = es_store.search(SearchQuery(q="nghèo", size=100))
    assert [h.id for h in after.hits] == [h.id for h in before.hits]
    assert after.facets == before.facets
    third = es_admin.migrate(es_client, es_store.alias, delete_old=True)
    assert third["index"] == f"{es_store.alias}-v3"
    assert not es_client.indices.exists(index=f"{es_store.alias}-v2")


@pytest.mark.es
def test_optimize_force_merges_to_one_segment_per_shard_and_keeps_results(
    es_store: ElasticsearchStore, es_client: Any
) -> None:
    articles = corpus()
    for start in range(0, len(articles), 5):  # one refresh per batch: several segments per shard
        es_store.upsert(articles[start : start + 5])
        es_client.indices.refresh(index=es_store.alias)
    before = es_store.search(SearchQuery(q="nghèo", size=100))
    index = es_admin.current_index(es_client, es_store.alias)
    assert index is not None
    shards = int(es_client.indices.get_settings(index=index)[index]["settings"]["index"]["number_of_shards"])
    segments_before = es_admin.segment_count(es_client, index)
    assert segments_before > shards
    messages: list[str] = []
    result = es_admin.optimize(es_client, es_store.alias, progress=messages.append, poll_seconds=0.05)
    assert result["index"] == index and result["segments_before"] == segments_before
    assert result["segments_after"] == es_admin.segment_count(es_client, index) <= shards
    after = es_store.search(SearchQuery(q="nghèo", size=100))
    assert [h.id for h in after.hits] == [h.id for h in before.hits] and after.total == before.total
    with pytest.raises(StoreError, match="segments"):
        es_admin.optimize(es_client, es_store.alias, segments=0)
    with pytest.raises(StoreError, match="index apply"):
        es_admin.optimize(es_client, es_store.alias + "-missing")


@pytest.mark.es
def test_load_indexes_a_jsonl_file_and_reports_bad_lines(
    es_store: ElasticsearchStore, tmp_path: Path
) -> None:
    articles = corpus()
    lines = [a.model_dump_json() for a in articles]
    lines.insert(3, '{"id": "x", "title": "thiếu trường bắt buộc"}')
    lines.insert(7, "not json at all")
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    report = es_admin.load(es_store, path, batch_size=7)
    assert report.read == len(articles) + 2
    assert report.written == len(articles)
    assert [r.split(":")[1] for r in report.rejected] == ["4", "8"]
    assert es_store.count() == len(articles)


@pytest.mark.es
def test_cli_index_commands_apply_load_migrate_replay_optimize(
    cli_on_es: None,
    es_alias: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli_index.main(["index", "apply"]) == 0
    assert json.loads(capsys.readouterr().out)["index"] == f"{es_alias}-v1"
    path = tmp_path / "in.jsonl"
    path.write_text(CORPUS.read_text(encoding="utf-8") + "{broken\n", encoding="utf-8")
    assert cli_index.main(["index", "load", str(path)]) == 1  # one line rejected
    captured = capsys.readouterr()
    assert json.loads(captured.out)["written"] == len(corpus())
    assert "in.jsonl:30" in captured.err
    assert cli_index.main(["index", "migrate"]) == 0
    assert json.loads(capsys.readouterr().out)["index"] == f"{es_alias}-v2"
    assert cli_index.main(["index", "replay"]) == 0
    assert json.loads(capsys.readouterr().out)["remaining"] == 0
    assert cli_index.main(["index", "optimize"]) == 0
    optimized = json.loads(capsys.readouterr().out)
    assert optimized["index"] == f"{es_alias}-v2" and optimized["segments_after"] >= 1
    monkeypatch.setenv("LANTOA_STORE", "sqlite:///" + str(tmp_path / "x.db"))
    get_settings.cache_clear()
    assert cli_index.main(["index", "apply"]) == 2
    assert "Elasticsearch" in capsys.readouterr().err


def test_fast_json_serialisation_equals_the_document() -> None:
    from lantoa.store.elasticsearch import from_source, to_json

    for article in corpus():
        assert json.loads(to_json(article)) == json.loads(json.dumps(to_document(article)))
        assert from_source(json.loads(to_json(article))) == article


def test_folding_word_by_word_equals_folding_the_text() -> None:
    import re

    from lantoa.store.elasticsearch import _tokens
    from lantoa.text import fold

    word = re.compile(r"\w+")
    chars = [chr(c) for c in [*range(0x2000), *range(0x1E00, 0x1F00)]]
    assert [c for c in chars if bool(word.fullmatch(c)) != bool(word.fullmatch(fold(c)))] == []
    for article in corpus():
        for text in (article.title, article.sapo, article.body):
            assert _tokens(text) == " ".join(word.findall(fold(text)))
