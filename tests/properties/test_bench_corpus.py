"""The shared benchmark corpus (bench/corpus.py): reproducible, valid, every label, syndicated copies."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lantoa.schema import Article, content_hash
from lantoa.taxonomy import load_taxonomy
from lantoa.text import normalize

CORPUS_FILE = Path(__file__).resolve().parents[2] / "bench" / "corpus.py"


@pytest.fixture(scope="module")
def corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lantoa_bench_corpus", CORPUS_FILE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


@settings(max_examples=5, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**31))
def test_same_seed_gives_the_same_corpus(corpus: ModuleType, seed: int) -> None:
    first = [a.model_dump_json() for a in corpus.generate(60, seed)]
    assert first == [a.model_dump_json() for a in corpus.generate(60, seed)]
    assert first != [a.model_dump_json() for a in corpus.generate(60, seed + 1)]


def test_articles_are_valid_normalised_and_cover_every_label(corpus: ModuleType) -> None:
    articles: list[Article] = list(corpus.generate(2000, 7))
    taxonomy = load_taxonomy()
    assert len({a.id for a in articles}) == len(articles)
    assert {a.tags.story_type for a in articles if a.tags} == set(taxonomy.story_type_ids)
    assert {m for a in articles if a.tags for m in a.tags.model_types} | {"other"} == set(
        taxonomy.model_type_ids
    )
    for article in articles[:300]:
        assert Article.model_validate_json(article.model_dump_json()) == article
        assert normalize(article.body) == article.body and normalize(article.title) == article.title
        assert article.content_hash == content_hash(article.title, article.body)
        assert article.tags and article.tags.localities[0].commune_code
    provinces = {a.tags.localities[0].province_code for a in articles if a.tags}
    assert len(provinces) >= 55  # localities spread over (almost) every pre-2025 province
    lengths = sorted(len(a.paragraphs) for a in articles)
    assert lengths[0] <= 2 and lengths[-1] >= 15


def test_syndicated_copies_share_the_cluster_of_an_earlier_original(corpus: ModuleType) -> None:
    articles: list[Article] = list(corpus.generate(2000, 3))
    by_id = {a.id: a for a in articles}
    copies = [a for a in articles if not a.first_in_cluster]
    assert 0.04 < len(copies) / len(articles) < 0.15
    for copy in copies:
        original = by_id[copy.cluster_id]  # type: ignore[index]
        assert original.first_in_cluster and original.url != copy.url
        assert copy.published_at and original.published_at and copy.published_at > original.published_at
        assert copy.tags == original.tags


def test_raw_jsonl_is_what_lantoa_import_reads(corpus: ModuleType, tmp_path: Path) -> None:
    from lantoa.importer import record_to_article

    out = tmp_path / "raw.jsonl"
    assert corpus.write_jsonl(out, 50, 1, raw=True) == 50
    for line in out.read_text(encoding="utf-8").splitlines():
        article = record_to_article(json.loads(line))
        assert article.title and article.body and article.tags is None
