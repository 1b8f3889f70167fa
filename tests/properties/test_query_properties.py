"""Property tests for the query language: parse or QuerySyntaxError, and every parsed query runs on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from prop_strategies import vietnamese_text

from lantoa.query import parse_query
from lantoa.schema import Article, Tags, article_id, content_hash
from lantoa.store.base import QuerySyntaxError, SearchQuery
from lantoa.store.sqlite import SqliteStore

VN = timezone(timedelta(hours=7))
DOCS = [
    ("Nuôi bò sinh sản giúp xã Mường Phăng thoát nghèo", "Nhờ vốn vay ưu đãi, 40 hộ đã thoát nghèo."),
    ("Người tốt việc tốt: trả lại của rơi", 'Anh Hòa nhặt được ví và "trả lại" cho người đánh mất.'),
    ("Hiến máu tình nguyện ở Đắk Lắk", "Hơn 500 đơn vị máu; khỏe mạnh & vui vẻ <b>tham gia</b>."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SqliteStore]:
    db: Path = tmp_path_factory.mktemp("props") / "q.db"
    sqlite = SqliteStore(db)
    articles = []
    for i, (title, body) in enumerate(DOCS):
        url = f"https://vi.example.vn/{i}.html"
        articles.append(
            Article(
                id=article_id(url),
                url=url,
                canonical_url=url,
                source_id="vd",
                title=title,
                body=body,
                published_at=datetime(2025, 3, i + 1, 8, tzinfo=VN),
                content_hash=content_hash(title, body),
                tags=Tags(relevant=True, story_type="poverty_model"),
            )
        )
    assert sqlite.upsert(articles) == len(articles)
    yield sqlite
    sqlite.close()


query_text = st.one_of(
    vietnamese_text,
    st.lists(
        st.sampled_from(["bò", "bo", "OR", "-", '"', "thoát nghèo", "-hiến", "máu", "(", "*"]), max_size=10
    ).map(" ".join),
    st.text(min_size=480, max_size=520, alphabet="ab OR-"),  # around the length limit
)


@settings(max_examples=300, deadline=None)
@given(query_text)
def test_parse_query_parses_or_raises_query_syntax_error_only(q: str) -> None:
    try:
        parsed = parse_query(q)
    except QuerySyntaxError as exc:
        assert " / " in str(exc)  # bilingual message
        return
    for item in [*parsed.positive_items(), *parsed.excluded]:
        assert item.words and len(item.words) == len(item.folded)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query_text, st.sampled_from(["relevance", "newest", "oldest"]))
def test_every_parsed_query_runs_on_a_real_sqlite_store(store: SqliteStore, q: str, sort: str) -> None:
    try:
        parse_query(q)
    except QuerySyntaxError:
        with pytest.raises(QuerySyntaxError):
            store.search(SearchQuery(q=q))
        return
    result = store.search(SearchQuery(q=q, sort=sort, size=5))  # type: ignore[arg-type]
    assert 0 <= result.total <= len(DOCS)
    assert len(result.hits) == min(result.total, 5)


def test_known_queries_find_what_they_should(store: SqliteStore) -> None:
    assert store.search(SearchQuery(q="thoat ngheo")).total == 1
    assert store.search(SearchQuery(q="bò OR máu")).total == 2
    assert store.search(SearchQuery(q='"trả lại" -máu')).total == 1
