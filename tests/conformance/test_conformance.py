"""One behaviour for every store backend: the same corpus in SQLite and Elasticsearch answers alike."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

import pytest

from lantoa.query import parse_query
from lantoa.schema import Article, article_id
from lantoa.store.base import FACET_FIELDS, QuerySyntaxError, SearchQuery, SearchResult, Store
from lantoa.store.fields import FILTER_FIELDS, has_people, is_relevant, label_values, local_date
from lantoa.text import fold

# -- an independent oracle computed from the corpus itself -----------------------------------------


def tokens(article: Article) -> list[str]:
    return re.findall(r"\w+", fold(" ".join([article.title, article.sapo, article.body])))


def contains(article: Article, folded_words: tuple[str, ...]) -> bool:
    toks = tokens(article)
    n = len(folded_words)
    return any(tuple(toks[i : i + n]) == folded_words for i in range(len(toks) - n + 1))


def oracle_text(corpus: list[Article], q: str) -> set[str]:
    parsed = parse_query(q)
    result = set()
    for article in corpus:
        if all(
            any(contains(article, item.folded) for item in clause) for clause in parsed.clauses
        ) and not any(contains(article, item.folded) for item in parsed.excluded):
            result.add(article.id)
    return result


def oracle_filter(corpus: list[Article], query: SearchQuery) -> list[Article]:
    selected = []
    for article in corpus:
        labels = label_values(article)
        ok = all(
            not getattr(query, name) or any(set(labels[f]) & set(getattr(query, name)) for f in fields)
            for name, fields in FILTER_FIELDS.items()
        )
        day = local_date(article.published_at)
        if query.date_from and (day is None or day < query.date_from):
            ok = False
        if query.date_to and (day is None or day > query.date_to):
            ok = False
        if query.has_people is not None and has_people(article) != query.has_people:
            ok = False
        if query.relevant is not None and is_relevant(article) != query.relevant:
            ok = False
        if ok:
            selected.append(article)
    return selected


def newest_order(articles: list[Article]) -> list[str]:
    dated = sorted((a for a in articles if a.published_at), key=lambda a: a.id)
    dated.sort(key=lambda a: a.published_at.timestamp() if a.published_at else 0, reverse=True)
    undated = sorted(a.id for a in articles if not a.published_at)
    return [a.id for a in dated] + undated


def ids(result: SearchResult) -> list[str]:
    return [hit.id for hit in result.hits]


def all_pages(store: Store, query: SearchQuery) -> tuple[list[str], int]:
    seen: list[str] = []
    cursor = None
    total = -1
    for _ in range(100):
        page = store.search(query.model_copy(update={"cursor": cursor}))
        total = page.total
        seen.extend(ids(page))
        cursor = page.next_cursor
        if cursor is None:
            break
    return seen, total


def facets_plain(result: SearchResult) -> dict[str, list[tuple[str, int]]]:
    return {name: [(b.value, b.count) for b in buckets] for name, buckets in result.facets.items()}


def slug_id(corpus: list[Article], slug: str) -> str:
    return next(a.id for a in corpus if a.url.endswith(f"/{slug}.html"))


FILTER_CASES: list[dict[str, Any]] = [
    {},
    {"province": ["25"]},
    {"province": ["17"]},
    {"province": ["45", "96"]},
    {"district": ["452"]},
    {"commune": ["19120"]},
    {"commune": ["04945"]},
    {"story_type": ["good_deed"]},
    {"model_type": ["livestock"]},
    {"model_type": ["livestock", "housing"], "province": ["38"]},
    {"source": ["baothanhhoa", "baonghean"]},
    {"date_from": date(2025, 7, 1)},
    {"date_to": date(2025, 6, 30)},
    {"date_from": date(2025, 3, 13), "date_to": date(2025, 3, 14)},
    {"has_people": True},
    {"has_people": False, "relevant": True},
    {"relevant": False},
    {"sort": "oldest"},
    {"sort": "oldest", "story_type": ["poverty_model"]},
]

TEXT_QUERIES = [
    "nghèo",
    "thoat ngheo",
    "giảm nghèo",
    '"giảm nghèo"',
    "nghèo -bò",
    "dê OR tôm",
    '"bò sinh sản" OR "nuôi dê"',
    "Mường Động",
    "hòa",
    "hoa",
    "hiến máu",
    "hợp tác xã -cà",
    "8.000 tỷ",
    "500 m²",
    '"70.000 hộ"',
]


# -- storage ---------------------------------------------------------------------------------------


def test_every_article_is_stored_and_returned_unchanged(store: Store, corpus: list[Article]) -> None:
    assert store.count() == len(corpus)
    for article in corpus:
        assert store.get(article.id) == article
    assert store.get("does-not-exist") is None
    exported = list(store.iter_articles())
    assert [a.id for a in exported] == sorted(a.id for a in corpus)


def test_stats_count_sources_story_types_and_relevant(store: Store, corpus: list[Article]) -> None:
    stats = store.stats()
    assert stats.articles == len(corpus)
    assert stats.relevant == sum(is_relevant(a) for a in corpus)
    assert stats.by_source == dict(Counter(a.source_id for a in corpus))
    assert stats.by_story_type == dict(Counter(a.tags.story_type for a in corpus if a.tags))
    newest = max(a.published_at for a in corpus if a.published_at)
    assert stats.newest_published_at is not None
    assert stats.newest_published_at.timestamp() == newest.timestamp()
    assert store.health()["ok"] is True


# -- filters and facets ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "filters", FILTER_CASES, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()) or "all"
)
def test_filter_only_queries_match_the_oracle(
    store: Store, corpus: list[Article], filters: dict[str, Any]
) -> None:
    query = SearchQuery(size=100, **filters)
    result = store.search(query)
    expected = newest_order(oracle_filter(corpus, query))
    if query.sort == "oldest":
        dated = [a for a in oracle_filter(corpus, query) if a.published_at]
        dated.sort(key=lambda a: a.id)
        dated.sort(key=lambda a: a.published_at.timestamp() if a.published_at else 0)
        expected = [a.id for a in dated] + sorted(
            a.id for a in oracle_filter(corpus, query) if not a.published_at
        )
    assert ids(result) == expected
    assert result.total == len(expected)
    assert result.next_cursor is None


def test_facet_counts_match_the_oracle(store: Store, corpus: list[Article]) -> None:
    result = store.search(SearchQuery(size=0))
    assert result.hits == [] and result.total == len(corpus)
    for name in FACET_FIELDS:
        counts = Counter(value for a in corpus for value in label_values(a)[name])
        expected = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        assert facets_plain(result)[name] == expected, name
    # Old and new structures: Hòa Bình (17) articles count under Phú Thọ (25) today.
    provinces = dict(facets_plain(result)["province"])
    assert provinces["25"] >= 5 and "17" not in provinces
    assert dict(facets_plain(result)["province_old"])["17"] == 4


@pytest.mark.es
@pytest.mark.parametrize(
    "filters", FILTER_CASES, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()) or "all"
)
def test_filter_only_queries_are_identical_in_both_backends(
    both: tuple[Store, Store], filters: dict[str, Any]
) -> None:
    sqlite, es = both
    query = SearchQuery(size=100, **filters)
    a, b = sqlite.search(query), es.search(query)
    assert ids(a) == ids(b)
    assert a.total == b.total
    assert facets_plain(a) == facets_plain(b)
    assert [h.model_dump(exclude={"score"}) for h in a.hits] == [
        h.model_dump(exclude={"score"}) for h in b.hits
    ]


# -- text queries ----------------------------------------------------------------------------------


@pytest.mark.parametrize("q", TEXT_QUERIES)
def test_text_queries_find_exactly_the_matching_articles(store: Store, corpus: list[Article], q: str) -> None:
    result = store.search(SearchQuery(q=q, size=100))
    assert set(ids(result)) == oracle_text(corpus, q)
    assert result.total == len(result.hits)


@pytest.mark.es
@pytest.mark.parametrize("q", TEXT_QUERIES)
def test_text_queries_give_the_same_hits_and_facets_in_both_backends(
    both: tuple[Store, Store], q: str
) -> None:
    sqlite, es = both
    a, b = sqlite.search(SearchQuery(q=q, size=100)), es.search(SearchQuery(q=q, size=100))
    assert set(ids(a)) == set(ids(b))
    assert facets_plain(a) == facets_plain(b)
    mine = {h.id: (h.title_highlighted, h.fragments, h.other_outlets) for h in b.hits}
    assert {h.id: (h.title_highlighted, h.fragments, h.other_outlets) for h in a.hits} == mine


def test_query_without_diacritics_finds_accented_text(store: Store, corpus: list[Article]) -> None:
    result = store.search(SearchQuery(q="muong dong", size=100))
    cows = {a.id for a in corpus if a.cluster_id == "c-bo-muongdong"}
    assert cows <= set(ids(result))
    top = result.hits[0]
    assert "<mark>Mường</mark> <mark>Động</mark>" in top.title_highlighted


def test_exact_diacritics_rank_first(store: Store, corpus: list[Article]) -> None:
    accented = store.search(SearchQuery(q="hòa", size=100))
    plain = store.search(SearchQuery(q="hoa", size=100))
    flowers = slug_id(corpus, "lang-hoa-me-linh-mua-tet")
    houses = slug_id(corpus, "hoa-binh-nha-dai-doan-ket")
    assert ids(accented).index(houses) < ids(accented).index(flowers)
    assert ids(plain).index(flowers) < ids(plain).index(houses)
    assert "hòa" in fold(accented.hits[0].title) or "Hòa" in accented.hits[0].title


def test_phrase_ranks_above_the_same_words_apart(store: Store, corpus: list[Article]) -> None:
    phrase = slug_id(corpus, "phrase-giam-ngheo")
    scattered = slug_id(corpus, "scattered-giam-ngheo")
    for q in ("giảm nghèo", "giam ngheo"):
        found = ids(store.search(SearchQuery(q=q, size=100)))
        assert found.index(phrase) < found.index(scattered), q
    quoted = ids(store.search(SearchQuery(q='"giảm nghèo"', size=100)))
    assert phrase in quoted and scattered not in quoted


def test_title_matches_rank_above_body_only_matches(store: Store, corpus: list[Article]) -> None:
    found = store.search(SearchQuery(q="hiến đất", size=100))
    assert found.hits[0].id == slug_id(corpus, "cuu-chien-binh-hien-dat")


def test_highlights_mark_matched_words_with_and_without_diacritics(store: Store) -> None:
    result = store.search(SearchQuery(q="thoat ngheo", size=100))
    assert result.hits
    for hit in result.hits:
        assert "<mark>" in hit.title_highlighted or any("<mark>" in f for f in hit.fragments)
    marked = " ".join([result.hits[0].title_highlighted, *result.hits[0].fragments])
    assert "<mark>thoát</mark>" in marked and "<mark>nghèo</mark>" in marked


@pytest.mark.parametrize("q", ['"giảm nghèo', "OR nghèo", "nghèo OR", "-nghèo", "x" * 501])
def test_invalid_syntax_raises_query_syntax_error(store: Store, q: str) -> None:
    with pytest.raises(QuerySyntaxError):
        store.search(SearchQuery(q=q))


def test_bad_cursor_raises_query_syntax_error(store: Store) -> None:
    for cursor in ("not-a-cursor!!", "eyJvIjotMX0", "W10"):
        with pytest.raises(QuerySyntaxError):
            store.search(SearchQuery(q="nghèo", cursor=cursor))


# -- paging ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("sort", ["relevance", "newest", "oldest"])
@pytest.mark.parametrize("q", ["", "nghèo", "hộ OR xã"])
def test_cursor_pagination_covers_every_hit_exactly_once(store: Store, q: str, sort: str) -> None:
    single = store.search(SearchQuery(q=q, sort=sort, size=100))
    paged, total = all_pages(store, SearchQuery(q=q, sort=sort, size=4, facets=False))
    assert total == single.total
    assert len(paged) == len(set(paged)) == total
    assert paged == ids(single)


def test_recency_breaks_ties_between_equal_scores(empty_store: Store, corpus: list[Article]) -> None:
    base = corpus[0]
    twins = []
    for day, slug in ((3, "a-older"), (9, "b-newer"), (6, "c-middle")):
        url = f"https://example.vn/{slug}.html"
        twins.append(
            base.model_copy(
                update={
                    "id": article_id(url),
                    "url": url,
                    "canonical_url": url,
                    "cluster_id": None,
                    "published_at": base.published_at.replace(day=day) if base.published_at else None,
                }
            )
        )
    empty_store.upsert(twins)
    empty_store.refresh()
    found = ids(empty_store.search(SearchQuery(q="bò sinh sản")))
    assert found == [twins[1].id, twins[2].id, twins[0].id]


# -- clusters and similar --------------------------------------------------------------------------


def test_other_outlets_count_syndicated_copies(store: Store, corpus: list[Article]) -> None:
    result = store.search(SearchQuery(q="Mường Động", size=100))
    cows = {a.id for a in corpus if a.cluster_id == "c-bo-muongdong"}
    for hit in result.hits:
        assert hit.other_outlets == (2 if hit.id in cows else 0)


def test_similar_articles_exclude_the_article_and_its_copies(store: Store, corpus: list[Article]) -> None:
    source = slug_id(corpus, "nuoi-bo-sinh-san-muong-dong")
    cows = {a.id for a in corpus if a.cluster_id == "c-bo-muongdong"}
    similar = store.similar(source, size=5)
    assert 1 <= len(similar) <= 5
    assert not {h.id for h in similar} & cows
    assert store.similar("does-not-exist") == []


# -- writes ----------------------------------------------------------------------------------------


def test_upsert_is_idempotent_and_replaces_by_id(empty_store: Store, corpus: list[Article]) -> None:
    store = empty_store
    assert store.upsert(corpus) == len(corpus)
    assert store.upsert(corpus) == len(corpus)
    store.refresh()
    assert store.count() == len(corpus)
    before = store.search(SearchQuery(q="nghèo", size=100))
    assert before.total == len(oracle_text(corpus, "nghèo"))
    changed = corpus[0].model_copy(update={"title": "Đổi tên: mô hình nuôi trâu ở Mường Động"})
    assert store.upsert([changed]) == 1
    store.refresh()
    assert store.count() == len(corpus)
    stored = store.get(changed.id)
    assert stored is not None and stored.title == changed.title
    assert changed.id in ids(store.search(SearchQuery(q="trâu")))
    assert changed.id not in ids(store.search(SearchQuery(q='"nuôi bò sinh sản giúp 45 hộ"', size=100)))


def test_empty_query_sorted_by_relevance_falls_back_to_newest(store: Store, corpus: list[Article]) -> None:
    result = store.search(SearchQuery(size=100))
    assert ids(result) == newest_order(corpus)
    assert all(hit.score is None for hit in result.hits)
