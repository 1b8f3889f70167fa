"""Ingest clusters a new batch together with stored neighbours (syndication across crawls)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from lantoa.pipeline import ingest
from lantoa.schema import Article, article_id, content_hash
from lantoa.store.sqlite import SqliteStore

FIXTURES = Path(__file__).resolve().parents[2] / "crawlers" / "fixture_sites" / "articles.jsonl"


def _article(record: dict) -> Article:
    url = f"https://{record['site']}.example.vn/{record['key']}.html"
    body = "\n\n".join(record["body"])
    return Article(
        id=article_id(url),
        url=url,
        canonical_url=url,
        source_id=record["site"],
        title=record["title"],
        sapo=record["sapo"],
        body=body,
        published_at=datetime.fromisoformat(record["published"]),
        content_hash=content_hash(record["title"], body),
    )


def test_a_copy_crawled_later_joins_the_stored_original(tmp_path: Path) -> None:
    records = {r["key"]: r for r in map(json.loads, FIXTURES.read_text(encoding="utf-8").splitlines())}
    copy_key, original_key = next(
        (k, r["syndicated_from"]) for k, r in records.items() if r.get("syndicated_from")
    )
    original, copy = _article(records[original_key]), _article(records[copy_key])
    unrelated = _article(next(r for k, r in records.items() if k not in (copy_key, original_key)))
    with SqliteStore(tmp_path / "db.sqlite") as store:
        ingest(store, [original, unrelated])
        ingest(store, [copy])
        stored_original, stored_copy = store.get(original.id), store.get(copy.id)
        assert stored_copy.cluster_id is not None
        assert stored_copy.cluster_id == stored_original.cluster_id
        assert stored_original.first_in_cluster and not stored_copy.first_in_cluster
        assert store.get(unrelated.id).cluster_id != stored_copy.cluster_id
        assert stored_original.tags is not None  # re-stored as it was, tags kept
