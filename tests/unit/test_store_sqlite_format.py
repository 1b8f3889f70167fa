"""SQLite store format 2: migration of format-1 files, contentless FTS updates, cached facet codes."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from lantoa.schema import Article, Locality, Tags, article_id
from lantoa.store.base import FACET_FIELDS, SearchQuery, StoreError
from lantoa.store.fields import has_people, is_relevant, label_values, local_date
from lantoa.store.sqlite import STORE_FORMAT, SqliteStore
from lantoa.text import fold

CORPUS = Path(__file__).resolve().parent.parent / "conformance" / "corpus.jsonl"
VN = timezone(timedelta(hours=7))

#: The format-1 layout, frozen here so that old files can be made and migrated in tests.
V1_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source_id TEXT NOT NULL, published_ts REAL,
    published_day TEXT, relevant INTEGER NOT NULL DEFAULT 0, has_people INTEGER NOT NULL DEFAULT 0,
    cluster_id TEXT, content_hash TEXT, doc TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published_ts);
CREATE INDEX articles_day ON articles (published_day);
CREATE INDEX articles_cluster ON articles (cluster_id);
CREATE TABLE labels (
    field TEXT NOT NULL, value TEXT NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (field, value, rid)
) WITHOUT ROWID;
CREATE INDEX labels_rid ON labels (rid);
CREATE VIRTUAL TABLE fts USING fts5(
    title, sapo, body, title_f, sapo_f, body_f, tokenize = "unicode61 remove_diacritics 0"
);
INSERT INTO meta (key, value) VALUES ('format', '1'), ('generation', '1');
"""

QUERIES = [
    SearchQuery(),
    SearchQuery(q="thoát nghèo"),
    SearchQuery(q="thoat ngheo", sort="newest", size=3),
    SearchQuery(q='"bò sinh sản"'),
    SearchQuery(q="nghèo -bò", province=["40"]),
    SearchQuery(q="hiến máu OR homestay", has_people=True),
    SearchQuery(story_type=["good_deed"], sort="oldest"),
    SearchQuery(model_type=["livestock"], date_from=datetime(2024, 6, 1).date()),
]


def load_corpus() -> list[Article]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [Article.model_validate_json(line) for line in lines if line]


def write_v1_file(path: Path, articles: list[Article]) -> None:
    """A database exactly as the format-1 store wrote it."""
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    for rid, a in enumerate(articles, start=1):
        day = local_date(a.published_at)
        conn.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                rid,
                a.id,
                a.source_id,
                a.published_at.timestamp() if a.published_at else None,
                day.isoformat() if day else None,
                int(is_relevant(a)),
                int(has_people(a)),
                a.cluster_id,
                a.content_hash,
                a.model_dump_json(),
            ),
        )
        conn.executemany(
            "INSERT INTO labels VALUES (?, ?, ?)",
            [(field, value, rid) for field, values in label_values(a).items() for value in values],
        )
        conn.execute(
            "INSERT INTO fts (rowid, title, sapo, body, title_f, sapo_f, body_f) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (rid, a.title, a.sapo, a.body, fold(a.title), fold(a.sapo), fold(a.body)),
        )
    conn.commit()
    conn.close()


def results(store: SqliteStore) -> list[dict[str, object]]:
    return [store.search(q).model_dump(exclude={"took_ms"}) for q in QUERIES]


def stored_format(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()[0])
    finally:
        conn.close()


def fts_integrity(store: SqliteStore) -> None:
    conn = store._connect()
    conn.execute("INSERT INTO fts (fts) VALUES ('integrity-check')")
    conn.commit()


def article(n: int, title: str, story: str = "poverty_model", province: str = "40") -> Article:
    url = f"https://example.vn/dinh-dang-{n}.html"
    return Article(
        id=article_id(url),
        url=url,
        canonical_url=url,
        source_id="baonghean",
        title=title,
        body=f"{title}. Nội dung bài viết số {n}.",
        published_at=datetime(2026, 11, 10, 8, 0, tzinfo=VN),
        tags=Tags(
            relevant=True,
            story_type=story,
            localities=[
                Locality(
                    as_written="x", level="province", province_code=province, current_province_code=province
                )
            ],
        ),
    )


def test_format_1_file_is_migrated_and_searches_exactly_like_a_new_file(tmp_path: Path) -> None:
    corpus = load_corpus()
    old_path = tmp_path / "v1.db"
    write_v1_file(old_path, corpus)
    fresh = SqliteStore(tmp_path / "v2.db")
    fresh.upsert(corpus)
    migrated = SqliteStore(old_path)
    assert stored_format(old_path) == STORE_FORMAT == 2
    assert migrated.count() == len(corpus)
    expected = results(fresh)
    assert any(r["total"] for r in expected[1:])
    assert results(migrated) == expected
    some = corpus[len(corpus) // 2]
    assert migrated.get(some.id) == some
    assert sorted(a.id for a in migrated.iter_articles()) == sorted(a.id for a in corpus)
    fts_integrity(migrated)
    # Re-opening a migrated file changes nothing.
    migrated.close()
    assert results(SqliteStore(old_path)) == expected


def test_file_of_a_newer_format_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    SqliteStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'format'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        SqliteStore(path)


def test_changed_text_is_reindexed_and_old_words_stop_matching(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.db")
    store.upsert([article(1, "Nuôi trâu thoát nghèo"), article(2, "Trồng quế")])
    assert store.search(SearchQuery(q="trâu")).total == 1
    store.upsert([article(1, "Nuôi ngựa thoát nghèo")])
    assert store.search(SearchQuery(q="trau")).total == 0
    hits = store.search(SearchQuery(q="ngựa")).hits
    assert [h.title for h in hits] == ["Nuôi ngựa thoát nghèo"]
    assert store.search(SearchQuery(q="quế")).total == 1
    fts_integrity(store)


def test_retagging_without_text_change_updates_facets_and_keeps_the_text_searchable(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.db")
    store.upsert([article(1, "Hiến máu cứu người", story="poverty_model", province="40")])
    store.upsert([article(1, "Hiến máu cứu người", story="good_deed", province="48")])
    result = store.search(SearchQuery(q="hiến máu"))
    assert result.total == 1
    assert [(b.value, b.count) for b in result.facets["story_type"]] == [("good_deed", 1)]
    assert [b.value for b in result.facets["province"]] == ["48"]
    assert store.search(SearchQuery(q="hien mau", story_type=["poverty_model"])).total == 0
    fts_integrity(store)


def test_facets_follow_writes_made_through_another_store(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    reader, writer = SqliteStore(path), SqliteStore(path)
    writer.upsert([article(1, "Nuôi bò thoát nghèo")])
    for query in (SearchQuery(), SearchQuery(q="thoát nghèo")):
        assert [(b.value, b.count) for b in reader.search(query).facets["story_type"]] == [
            ("poverty_model", 1)
        ]
    writer.upsert([article(2, "Nuôi dê thoát nghèo", story="good_deed")])
    for query in (SearchQuery(), SearchQuery(q="thoát nghèo")):
        facets = reader.search(query).facets["story_type"]
        assert sorted((b.value, b.count) for b in facets) == [("good_deed", 1), ("poverty_model", 1)]


def test_facet_counts_equal_a_group_by_over_the_matching_articles(tmp_path: Path) -> None:
    corpus = load_corpus()
    store = SqliteStore(tmp_path / "s.db")
    store.upsert(corpus)
    conn = store._connect()
    for query in QUERIES:
        result = store.search(query.model_copy(update={"size": 100}))
        matched = [h.id for h in result.hits]
        assert len(matched) == result.total  # the corpus is small enough for one page
        marks = ",".join("?" * len(matched))
        rows = conn.execute(
            "SELECT l.field, l.value, COUNT(*) FROM labels l JOIN articles a ON a.rid = l.rid"
            f" WHERE a.id IN ({marks}) GROUP BY l.field, l.value",
            matched,
        ).fetchall()
        expected = {name: sorted((-n, v) for f, v, n in rows if f == name) for name in FACET_FIELDS}
        got = {name: [(-b.count, b.value) for b in buckets] for name, buckets in result.facets.items()}
        assert got == expected, query


def test_text_index_folded_by_another_fold_is_rebuilt_on_open(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    store = SqliteStore(path)
    store.upsert(load_corpus())
    expected = results(store)
    conn = store._connect()
    # As if the index had been built by a different fold: stale fingerprint, unusable index.
    conn.execute("INSERT INTO fts (fts) VALUES ('delete-all')")
    conn.execute("UPDATE meta SET value = 'other-fold' WHERE key = 'fold'")
    conn.commit()
    store.use_term_index = False  # the FTS5 index itself is what is checked here
    assert store.search(SearchQuery(q="thoát nghèo")).total == 0
    store.close()
    reopened = SqliteStore(path)
    assert results(reopened) == expected
    fts_integrity(reopened)
