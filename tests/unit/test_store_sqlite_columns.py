"""The embedded store's numpy columns: label filters and facet counts equal a plain count of the
``labels`` table, whether an article's labels all fit its row of ``slots`` or some go apart."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from lantoa.schema import Article, Locality, Tags, article_id
from lantoa.store import SearchQuery, sqlite_columns
from lantoa.store.base import FACET_FIELDS
from lantoa.store.fields import LOCAL_TZ
from lantoa.store.sqlite import SqliteStore
from lantoa.store.sqlite_columns import Columns

PROVINCES = ["01", "40", "48", "79", "92"]
MODELS = ["livestock", "preferential_credit", "tourism", "crafts"]


def _article(n: int, rng: random.Random) -> Article:
    url = f"https://example.vn/cot-{n}.html"
    localities = [
        Locality(
            as_written=f"xã {k}",
            level="commune",
            province_code=rng.choice(PROVINCES),
            commune_code=f"{n % 7}{k}",
            current_province_code=rng.choice(PROVINCES),
            current_commune_code=f"c{k}",
            role=rng.choice(["subject", "subject", "mention"]),
        )
        for k in range(rng.choice([0, 1, 1, 2, 6]))  # a few articles carry many labels
    ]
    return Article(
        id=article_id(url),
        url=url,
        canonical_url=url,
        source_id=f"nguon{n % 4}",
        title=f"Bài {n} nuôi bò" if n % 2 else f"Bài {n} du lịch",
        body="Hộ nghèo được hỗ trợ vốn. " * (1 + n % 3),
        published_at=datetime(2025, 1, 1, 8, tzinfo=LOCAL_TZ) + timedelta(days=n * 3),
        tags=Tags(
            relevant=True,
            story_type=rng.choice(["poverty_model", "good_deed", "other"]),
            model_types=rng.sample(MODELS, rng.choice([0, 1, 2, 3])),
            localities=localities,
        ),
    )


@pytest.fixture()
def db(tmp_path: Path) -> Iterator[Path]:
    rng = random.Random(5)
    store = SqliteStore(tmp_path / "lantoa.db")
    store.upsert(_article(n, rng) for n in range(300))
    store.close()
    yield tmp_path / "lantoa.db"


def _labels(path: Path) -> list[tuple[str, str, int]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT field, value, rid FROM labels").fetchall()


def _plain_counts(rows: list[tuple[str, str, int]], rids: set[int]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {}
    for field, value, rid in rows:
        if rid in rids:
            counts.setdefault(field, Counter())[value] += 1
    return counts


@pytest.mark.parametrize("width", [16, 2, 1])
def test_facets_and_label_filters_equal_a_plain_count(
    db: Path, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_columns, "SLOT_WIDTH_MAX", width)
    with sqlite3.connect(db) as conn:
        columns = Columns(1, conn)
    assert columns.slots.shape[1] <= width
    if width < 3:
        assert len(columns.overflow_rid) > 0  # some labels are counted from the overflow
    rows = _labels(db)
    rng = np.random.default_rng(2)
    for size in (0, 1, 7, 60, 150, 299, 300):
        rids = np.sort(rng.choice(columns.all_rids, size, replace=False))
        plain = _plain_counts(rows, set(rids.tolist()))
        facets = columns.count_facets(rids)
        for field, buckets in facets.items():
            expected = plain.get(field, Counter())
            assert {b.value: b.count for b in buckets} == dict(expected), (field, size)
            # Largest counts first, then by value.
            assert [(-b.count, b.value) for b in buckets] == sorted((-b.count, b.value) for b in buckets)
    everything = _plain_counts(rows, set(columns.all_rids.tolist()))
    assert {f: {b.value: b.count for b in bs} for f, bs in columns.corpus_facets.items()} == {
        f: dict(everything.get(f, Counter())) for f in FACET_FIELDS
    }
    for fields, values in (
        (("province", "province_old"), ["40", "48", "nowhere"]),
        (("model_type",), ["tourism"]),
    ):
        wanted = {rid for field, value, rid in rows if field in fields and value in values}
        assert set(np.flatnonzero(columns.label_mask(fields, values)).tolist()) == wanted
        assert wanted


def test_searches_give_the_same_results_with_labels_apart(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    queries = [
        SearchQuery(q="", province=["40"]),
        SearchQuery(q="bò", model_type=["tourism", "crafts"], size=50),
        SearchQuery(q="nghèo", sort="newest", size=100),
        SearchQuery(q="du lịch OR bò", story_type=["good_deed"]),
    ]

    def run() -> list[dict[str, object]]:
        store = SqliteStore(db)
        try:
            return [store.search(q).model_dump(exclude={"took_ms"}) for q in queries]
        finally:
            store.close()

    wide = run()
    monkeypatch.setattr(sqlite_columns, "SLOT_WIDTH_MAX", 1)
    narrow = run()
    assert narrow == wide
    assert all(r["total"] for r in wide)


def test_a_page_read_off_the_date_order_equals_sorting_the_matches(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        columns = Columns(1, conn)
    rng = np.random.default_rng(4)
    masks = [
        columns.label_mask(("province", "province_old"), ["40"]),
        columns.label_mask(("story_type",), ["good_deed", "other"]),
        columns.has_people == False,  # noqa: E712  (also true for rowids without an article)
        rng.random(columns.size) < 0.02,
        np.zeros(columns.size, dtype=bool),
    ]
    for mask in masks:
        rids = columns.all_rids[mask[columns.all_rids]]
        for newest in (True, False):
            for offset, size in (
                (0, 20),
                (0, 0),
                (7, 5),
                (0, 1000),
                (len(rids) - 2, 20),
                (len(rids) + 1, 20),
            ):
                expected = columns.page_by_date(rids, newest, offset, size)
                assert np.array_equal(columns.page_in_order(mask, newest, offset, size), expected)
    assert len(columns.page_in_order(masks[1], True, 0, 20)) == 20


@pytest.mark.parametrize("most", [100, 2])
def test_buckets_of_all_fields_at_once_equal_one_field_at_a_time(
    db: Path, most: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_columns, "MAX_FACET_BUCKETS", most)
    with sqlite3.connect(db) as conn:
        columns = Columns(1, conn)
    rng = np.random.default_rng(6)
    labels = len(columns.labels)
    for counts in (
        np.zeros(labels, dtype=np.int64),
        rng.integers(0, 3, labels),  # many ties
        rng.integers(0, 10**6, labels),
        np.where(rng.random(labels) < 0.1, rng.integers(1, 50, labels), 0),
    ):
        assert columns._buckets(counts) == columns._buckets_by_field(counts)
    assert max(len(b) for b in columns._buckets(rng.integers(1, 5, labels)).values()) == min(
        most, max(hi - lo for lo, hi in columns.field_codes.values())
    )
