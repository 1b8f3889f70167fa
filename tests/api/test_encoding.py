"""The search answer's JSON (orjson over ``model_dump()``) is byte for byte pydantic's own.

On real answers of both stores (SQLite; Elasticsearch on a real node) and on edge cases of every
field type in a ``SearchResult``: UTC and other offsets, naive datetimes, microseconds, floats of
every magnitude, control characters, non-ASCII text; a value orjson refuses falls back to
pydantic, which raises as before.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from pydantic import BaseModel, Field, field_serializer
from pydantic_core import PydanticSerializationError

from lantoa.schema import Article, Locality
from lantoa.store import Store
from lantoa.store.base import FacetBucket, SearchHit, SearchQuery, SearchResult
from search_api import encoding
from search_api.encoding import encode_result

QUERIES = [
    SearchQuery(),
    SearchQuery(q="bò sinh sản"),
    SearchQuery(q="tho\u00e1t ngh\u00e8o", sort="newest", size=100),
    SearchQuery(q='"nuôi bò"'),
    SearchQuery(q="script alert"),  # the XSS fixtures: escaped fragments
    SearchQuery(story_type=["good_deed"], size=50),
    SearchQuery(q="nuôi -dê", has_people=True, sort="oldest"),
]


def _pydantic(result: SearchResult) -> bytes:
    return result.model_dump_json().encode("utf-8")


def test_orjson_is_the_encoder() -> None:
    """A declared dependency: without it the answers stay the same, only slower."""
    assert encoding._orjson() is not None


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.q or "-")
def test_real_answers_are_encoded_as_pydantic_does(store: Store, query: SearchQuery) -> None:
    result = store.search(query)
    assert result.hits or query.q == "script alert"
    assert encode_result(result) == _pydantic(result)


@pytest.fixture(scope="module")
def es_store(
    articles: list[Article], xss_articles: list[Article], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import conftest_es
    from elasticsearch import Elasticsearch

    from lantoa.store.elasticsearch import ElasticsearchStore

    url = conftest_es.es_url()
    alias = conftest_es.new_alias()
    store = ElasticsearchStore(
        url, alias=alias, refresh="wait_for", spool_dir=tmp_path_factory.mktemp("spool")
    )
    try:
        store.upsert([*articles, *xss_articles])
        store.refresh()
        yield store
    finally:
        store.close()
        client = Elasticsearch(url, request_timeout=60)
        conftest_es.drop_alias(client, alias)
        client.close()


@pytest.mark.es
@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.q or "-")
def test_elasticsearch_answers_too(es_store: Store, query: SearchQuery) -> None:
    result = es_store.search(query)
    assert encode_result(result) == _pydantic(result)


def _hit(published_at: datetime | None, score: float | None, text: str = "Tin") -> SearchHit:
    return SearchHit(
        id="a1",
        url="https://vd.vn/a",
        title=text,
        title_highlighted=f"<mark>{text}</mark>",
        fragments=[text, "&lt;b&gt;"],
        source_id="vd",
        published_at=published_at,
        localities=[Locality(as_written="xã Lăng", level="commune", lat=15.5, lon=107.25, confidence=0.75)],
        score=score,
    )


@pytest.mark.parametrize(
    "published_at",
    [
        None,
        datetime(2024, 1, 1, tzinfo=UTC),
        datetime(2024, 1, 1, tzinfo=timezone(timedelta(0))),
        datetime(2024, 1, 1, tzinfo=ZoneInfo("UTC")),
        datetime(2024, 6, 30, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=7))),
        datetime(2024, 1, 1, 8, 0, 0, 120000, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")),
        datetime(2024, 1, 1, 8, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
        datetime(2024, 1, 1, 8, 30),
    ],
)
def test_datetimes(published_at: datetime | None) -> None:
    result = SearchResult(hits=[_hit(published_at, 1.5)], total=1, took_ms=3.25)
    assert encode_result(result) == _pydantic(result)


@given(
    score=st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    took=st.floats(min_value=0, allow_infinity=False, allow_nan=False),
    text=st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=30),
    count=st.integers(min_value=0, max_value=2**53),
)
@hypothesis_settings(max_examples=300, deadline=None, database=None)
def test_generated_values(score: float | None, took: float, text: str, count: int) -> None:
    result = SearchResult(
        hits=[_hit(datetime(2025, 3, 1, tzinfo=UTC), score, text or "x")],
        total=count,
        facets={"province": [FacetBucket(value=text, count=count)], text: []},
        took_ms=took,
        next_cursor=text or None,
    )
    assert encode_result(result) == _pydantic(result)


def test_a_lone_surrogate_fails_as_it_did_with_pydantic() -> None:
    result = SearchResult(hits=[_hit(None, None, "a\ud800b")], total=1)
    with pytest.raises(PydanticSerializationError):
        result.model_dump_json()
    with pytest.raises(PydanticSerializationError):
        encode_result(result)


def test_the_answer_models_take_the_fast_path() -> None:
    assert encoding._plain_types() == frozenset(encoding.ANSWER_MODELS)


def test_a_model_with_a_serializer_or_an_alias_is_not_plain() -> None:
    class Aliased(BaseModel):
        value: str = Field(serialization_alias="v")

    class Serialized(BaseModel):
        value: str

        @field_serializer("value")
        def upper(self, value: str) -> str:
            return value.upper()

    assert not encoding._plain(Aliased) and not encoding._plain(Serialized)


def test_unexpected_values_fall_back_to_pydantic() -> None:
    """A subclass instance (pydantic writes the declared class's fields only) and values that
    skipped validation (``model_construct``) give pydantic's bytes (or its error)."""

    class Tagged(SearchHit):
        internal: str = "secret"

    tagged = Tagged(**_hit(None, 2.0).model_dump(), internal="x")
    result = SearchResult.model_construct(hits=[tagged], total=1, facets={}, took_ms=1.0, next_cursor=None)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pydantic warns about the unexpected subclass
        assert encode_result(result) == _pydantic(result)
        assert b"secret" not in encode_result(result)
        odd = SearchResult.model_construct(
            hits=[], total=Decimal("3"), facets={}, took_ms=1.0, next_cursor=None
        )
        assert encode_result(odd) == _pydantic(odd)
