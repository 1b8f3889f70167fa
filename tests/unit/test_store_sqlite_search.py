"""How the embedded store evaluates searches: numpy columns per write generation, relevance in blocks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from lantoa.schema import Article, Tags, article_id
from lantoa.store import SearchQuery
from lantoa.store import sqlite as sqlite_store
from lantoa.store.sqlite import SqliteStore

VN = timezone(timedelta(hours=7))


def make(n: int, title: str, *, day: int | None, story: str = "poverty_model") -> Article:
    url = f"https://example.vn/khoi-{n}.html"
    return Article(
        id=article_id(url),
        url=url,
        canonical_url=url,
        source_id=f"nguon{n % 3}",
        title=title,
        body=f"Bài số {n}. Hộ nghèo trong xã được hỗ trợ. " + "Nhờ nuôi bò, thoát nghèo. " * (n % 4),
        published_at=datetime(2026, 3, day, 8, tzinfo=VN) if day else None,
        tags=Tags(relevant=True, story_type=story, model_types=["livestock"]),
    )


# 14 articles that all match "nghèo"; stored in this order, with dates out of that order,
# repeated days (ties broken by id), two undated.
CORPUS = [
    make(
        n,
        "Nuôi bò thoát nghèo" if n % 2 else "Tin vắn",
        day=None if n in (4, 9) else 1 + (n * 7) % 12,
        story="good_deed" if n % 3 == 0 else "poverty_model",
    )
    for n in range(14)
]
# Stored first: articles without the query words (so the words' IDF, hence bm25, is not ~0).
FILLER = [
    Article(
        id=article_id(f"https://example.vn/thoi-tiet-{n}.html"),
        url=f"https://example.vn/thoi-tiet-{n}.html",
        canonical_url=f"https://example.vn/thoi-tiet-{n}.html",
        source_id="thoitiet",
        title="Thời tiết",
        body="Trời nắng đẹp, gió nhẹ.",
        tags=Tags(relevant=False, story_type="other"),
    )
    for n in range(20)
]


@pytest.fixture()
def store(tmp_path: Path) -> SqliteStore:
    s = SqliteStore(tmp_path / "lantoa.db")
    s.upsert(FILLER)
    s.upsert(CORPUS)
    yield s
    s.close()


def ids(store: SqliteStore, query: SearchQuery) -> list[str]:
    return [h.id for h in store.search(query).hits]


def pages(store: SqliteStore, query: SearchQuery) -> list[str]:
    seen: list[str] = []
    cursor = None
    while True:
        result = store.search(query.model_copy(update={"cursor": cursor}))
        seen.extend(h.id for h in result.hits)
        cursor = result.next_cursor
        if cursor is None:
            return seen


def newest_first(articles: list[Article]) -> list[str]:
    dated = sorted((a for a in articles if a.published_at), key=lambda a: a.id)
    dated.sort(key=lambda a: a.published_at.timestamp() if a.published_at else 0.0, reverse=True)
    return [a.id for a in dated] + sorted(a.id for a in articles if not a.published_at)


def test_newest_order_for_a_text_query_puts_undated_last_and_breaks_ties_by_id(store: SqliteStore) -> None:
    expected = newest_first(CORPUS)
    assert ids(store, SearchQuery(q="nghèo", sort="newest", size=100)) == expected
    assert pages(store, SearchQuery(q="nghèo", sort="newest", size=3, facets=False)) == expected


def test_small_result_sets_are_ranked_exactly_over_every_match(store: SqliteStore) -> None:
    result = store.search(SearchQuery(q="nghèo", size=100))
    scores = [h.score or 0.0 for h in result.hits]
    assert result.total == len(result.hits) == len(CORPUS)
    assert scores == sorted(scores, reverse=True) and len(set(scores)) > 2
    assert result.hits[0].title == "Nuôi bò thoát nghèo"  # title matches outrank body-only ones


def test_broad_queries_are_ranked_in_blocks_of_the_most_recently_stored_matches(
    store: SqliteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.use_term_index = False  # the FTS5 path (used while the term index is being built)
    exact = store.search(SearchQuery(q="nghèo", size=100))
    score = {h.id: h.score for h in exact.hits}
    monkeypatch.setattr(sqlite_store, "RELEVANCE_WINDOW", 5)
    blocked = store.search(SearchQuery(q="nghèo", size=100))
    order = [h.id for h in blocked.hits]
    assert blocked.total == exact.total and sorted(order) == sorted(score)
    stored = [a.id for a in CORPUS]  # rowid order: most recently stored last
    blocks = [stored[9:14], stored[4:9], stored[0:4]]
    assert [set(order[0:5]), set(order[5:10]), set(order[10:14])] == [set(b) for b in blocks]
    for start, stop in ((0, 5), (5, 10), (10, 14)):
        within = [score[i] for i in order[start:stop]]
        assert within == sorted(within, reverse=True)  # each block by the same bm25 scores
    assert len(set(score.values())) > 2
    # Pages cut across blocks and still cover every hit once, in the same order.
    assert pages(store, SearchQuery(q="nghèo", size=3, facets=False)) == order
    assert store.search(SearchQuery(q="nghèo", size=0)).total == exact.total


def test_filtered_queries_are_ranked_exactly_over_every_article_that_passes(
    store: SqliteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    query = SearchQuery(q="nghèo", story_type=["good_deed"], size=100)
    exact = [h.id for h in store.search(query).hits]
    monkeypatch.setattr(sqlite_store, "RELEVANCE_WINDOW", 2)  # the filter bounds the work instead
    result = store.search(query)
    wanted = [a.id for a in CORPUS if a.tags and a.tags.story_type == "good_deed"]
    found = [h.id for h in result.hits]
    assert result.total == len(wanted) == 5
    assert found == exact and sorted(found) == sorted(wanted)
    scores = [h.score or 0.0 for h in result.hits]
    assert scores == sorted(scores, reverse=True)
    assert pages(store, query.model_copy(update={"size": 1, "facets": False})) == found
    assert {b.value: b.count for b in result.facets["story_type"]} == {"good_deed": 5}
    dated = store.search(query.model_copy(update={"date_from": datetime(2026, 3, 6).date()}))
    assert {h.id for h in dated.hits} == {
        a.id
        for a in CORPUS
        if a.id in wanted and a.published_at and a.published_at.date() >= datetime(2026, 3, 6).date()
    }


def test_each_write_generation_is_seen_by_the_next_search(store: SqliteStore) -> None:
    first = store.search(SearchQuery(q="nghèo", sort="newest", size=1))
    newest = make(99, "Tin mới: hộ nghèo có nhà mới", day=28)
    store.upsert([newest])
    assert ids(store, SearchQuery(q="nghèo", sort="newest", size=1)) == [newest.id]
    assert store.search(SearchQuery(q="nghèo")).total == first.total + 1
    undated = newest.model_copy(update={"published_at": None})
    store.upsert([undated])  # loses its date: joins the undated articles at the end
    assert ids(store, SearchQuery(q="nghèo", sort="newest", size=100)) == newest_first([*CORPUS, undated])
    assert newest.id in ids(store, SearchQuery(q="nghèo", sort="oldest", size=100))[-3:]
    facets = store.search(SearchQuery(size=0)).facets
    assert sum(b.count for b in facets["story_type"]) == len(FILLER) + len(CORPUS) + 1


def test_filters_on_dates_exclude_undated_articles(store: SqliteStore) -> None:
    result = store.search(SearchQuery(date_from=datetime(2026, 3, 1).date(), size=100))
    assert result.total == len([a for a in CORPUS if a.published_at])
    result = store.search(SearchQuery(q="nghèo", date_to=datetime(2026, 3, 5).date(), size=100))
    expected = {
        a.id for a in CORPUS if a.published_at and a.published_at.date() <= datetime(2026, 3, 5).date()
    }
    assert {h.id for h in result.hits} == expected and result.total == len(expected)


def test_similar_scores_only_the_articles_stored_nearest(
    store: SqliteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    anchor = CORPUS[7]
    everywhere = {h.id for h in store.similar(anchor.id, size=100)}
    assert anchor.id not in everywhere and len(everywhere) > 4
    monkeypatch.setattr(sqlite_store, "SIMILAR_WINDOW", 4)  # two stored before, two after
    near = {h.id for h in store.similar(anchor.id, size=100)}
    assert near and near <= {a.id for a in CORPUS[5:10]} - {anchor.id}
