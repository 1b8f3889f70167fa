"""End to end: `lantoa demo --no-serve` crawls the fixture sites, tags and indexes them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from lantoa.store import SearchQuery
from lantoa.store.sqlite import SqliteStore

FIXTURE_ARTICLES = Path(__file__).resolve().parents[2] / "crawlers" / "fixture_sites" / "articles.jsonl"


def _expected() -> dict[str, dict]:
    lines = FIXTURE_ARTICLES.read_text(encoding="utf-8").splitlines()
    return {record["title"]: record for record in map(json.loads, lines)}


def _run_demo(data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANTOA_DATA_DIR": str(data_dir)}
    env.pop("LANTOA_STORE", None)
    return subprocess.run(
        [sys.executable, "-m", "lantoa.cli", "demo", "--no-serve"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> SqliteStore:
    data_dir = tmp_path_factory.mktemp("demo")
    first = _run_demo(data_dir)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "Traceback" not in first.stderr
    store = SqliteStore(data_dir / "lantoa.db")
    count_after_first = store.count()
    second = _run_demo(data_dir)  # a second run is idempotent
    assert second.returncode == 0, second.stderr[-3000:]
    assert store.count() == count_after_first
    yield store
    store.close()


def test_every_fixture_article_is_stored_field_by_field(demo_store: SqliteStore) -> None:
    expected = _expected()
    stored = list(demo_store.iter_articles())
    assert len(stored) == len(expected)
    for article in stored:
        record = expected[article.title]
        assert article.source_id == record["site"]
        assert article.sapo == record["sapo"]
        assert article.body == "\n\n".join(record["body"])
        assert article.published_at == datetime.fromisoformat(record["published"])
        assert article.published_at_source is not None
        assert record["author"] in article.authors
        assert article.id and article.content_hash and article.crawled_at is not None
        if record.get("attachment"):
            texts = " ".join(a.text for a in article.attachments)
            wanted = " ".join(record["attachment"]["text"].split())
            assert wanted[:200] in " ".join(texts.split())
        assert article.tags is not None and article.tags.tagger_version


def test_tagging_agrees_with_the_fixture_labels(demo_store: SqliteStore) -> None:
    expected = _expected()
    story_hits, province_hits, relevant_hits, total = 0, 0, 0, 0
    for article in demo_store.iter_articles():
        labels = expected[article.title]["expected"]
        tags = article.tags
        assert tags is not None
        total += 1
        story_hits += tags.story_type == labels["story_type"]
        relevant_hits += tags.relevant == (labels["story_type"] != "other")
        codes = {loc.province_code for loc in tags.localities if loc.role == "subject"}
        codes |= {loc.current_province_code for loc in tags.localities if loc.role == "subject"}
        province_hits += not labels["province_codes"] or bool(codes & set(labels["province_codes"]))
    # Floors, not targets: the NLP quality gate measures the tagger properly.
    assert story_hits / total >= 0.8
    assert relevant_hits / total >= 0.9
    assert province_hits / total >= 0.75


def test_syndicated_copies_share_a_cluster(demo_store: SqliteStore) -> None:
    expected = _expected()
    by_key = {expected[a.title]["key"]: a for a in demo_store.iter_articles()}
    pairs = [
        (k, r["syndicated_from"])
        for k, r in ((r["key"], r) for r in expected.values())
        if r.get("syndicated_from")
    ]
    assert pairs
    for copy, original in pairs:
        assert by_key[copy].cluster_id is not None
        assert by_key[copy].cluster_id == by_key[original].cluster_id
    clusters = Counter(a.cluster_id for a in by_key.values() if a.cluster_id)
    assert max(clusters.values()) <= 3


def test_searches_on_the_demo_corpus(demo_store: SqliteStore) -> None:
    result = demo_store.search(SearchQuery(q="thoat ngheo"))
    assert result.total >= 5
    assert all("<mark>" in (h.title_highlighted + " ".join(h.fragments)) for h in result.hits)
    phrase = demo_store.search(SearchQuery(q='"người tốt việc tốt"'))
    assert phrase.total >= 1
    dong_nai = demo_store.search(SearchQuery(province=["75"], relevant=True))
    assert dong_nai.total >= 10
    assert {b.value for b in dong_nai.facets["source"]} >= {"dongnai_portal", "baodongnai"}
    good_deeds = demo_store.search(SearchQuery(story_type=["good_deed"], sort="newest"))
    assert good_deeds.total >= 10
    dates = [h.published_at for h in good_deeds.hits]
    assert dates == sorted(dates, reverse=True)
