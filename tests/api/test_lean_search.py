"""The lean path of GET /api/search answers exactly as the FastAPI route does.

Two apps over the same real store (SQLite; Elasticsearch on a real node), one with the lean path
and one without (``lean_search=False``),
get the same query strings: hand-picked ones (valid, each kind of invalid value, repeated and
unknown parameters, store-side syntax errors) and generated ones. Status, headers and body must
be identical, byte for byte, except the ``took_ms`` figure.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from api_support import client_class
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from lantoa.schema import Article
from lantoa.settings import Settings
from lantoa.store import Store
from search_api.app import create_app
from search_api.lean_search import parse_search_params

_TOOK = re.compile(rb'"took_ms":[0-9.eE+-]+')

PLAIN = [
    "",
    "q=b%C3%B2+sinh+s%E1%BA%A3n",
    "q=bo+sinh+san&sort=newest&size=5",
    "q=tho%C3%A1t+ngh%C3%A8o&province=11&province=49",
    "story_type=good_deed&size=100&facets=false",
    "model_type=livestock&model_type=housing&has_people=true",
    "q=%22nu%C3%B4i+b%C3%B2%22&date_from=2024-01-01&date_to=2025-12-31",
    "q=nu%C3%B4i+-d%C3%AA&relevant=1&sort=oldest",
    "q=a&q=b%C3%B2",  # a repeated scalar: the last one wins, as in FastAPI
    "q=b%C3%B2&unknown=1&page=2",  # unknown parameters are ignored
    "province=+11+&province=&source=",
    "size=0",
    "q=" + "x" * 500,
    "cursor=",
    "q=%E0%A4",  # invalid UTF-8: replaced, as Starlette does
]
#: Valid for FastAPI, but spelled in a way the lean path leaves to the route.
HANDED_OVER = ["size=007", "has_people=True", "has_people=yes", "facets=no", "relevant=on", "size=+5"]
#: Each must give the route's own answer (mostly a 422 with its message).
REFUSED = [
    "size=101",
    "size=-1",
    "size=abc",
    "size=",
    "sort=best",
    "date_from=2024-02-30",
    "date_from=01/02/2024",
    "date_from=2025-01-01&date_to=2024-01-01",
    "has_people=maybe",
    "province=1",
    "district=12",
    "commune=abc",
    "story_type=nope",
    "model_type=livestock&model_type=unknown_model",
    "source=a%20b",
    "q=" + "x" * 501,
    "cursor=" + "c" * 513,
    "cursor=not-a-cursor",
    "q=%22unbalanced",
]


@pytest.fixture(scope="module", params=[1, 2], ids=["inline", "thread"])
def clients(settings: Settings, store: Store, request: pytest.FixtureRequest) -> Iterator[tuple[Any, Any]]:
    """``store_concurrency`` 1: an idle worker searches on its event loop (``search_now``);
    2: in the thread pool."""
    lean = create_app(
        settings, store, rate_limit_per_minute=0, search_cache_seconds=0, store_concurrency=request.param
    )
    full = create_app(settings, store, rate_limit_per_minute=0, search_cache_seconds=0, lean_search=False)
    with client_class()(lean) as lean_client, client_class()(full) as full_client:
        yield lean_client, full_client


def _headers(response: Any) -> list[tuple[str, str]]:
    return [(k, "n" if k == "content-length" else v) for k, v in response.headers.multi_items()]


def _same_answer(clients: tuple[Any, Any], query_string: str) -> int:
    lean_client, full_client = clients
    url = "/api/search?" + query_string if query_string else "/api/search"
    lean, full = lean_client.get(url), full_client.get(url)
    assert lean.status_code == full.status_code, (query_string, lean.text[:300], full.text[:300])
    for response in (lean, full):  # the length differs with the digits of took_ms
        assert response.headers["content-length"] == str(len(response.content))
    assert _headers(lean) == _headers(full), query_string
    assert _TOOK.sub(b"", lean.content) == _TOOK.sub(b"", full.content), query_string
    assert lean.status_code < 500, lean.text[:300]
    return int(lean.status_code)


@pytest.mark.parametrize("query_string", PLAIN)
def test_plain_searches_take_the_lean_path_and_answer_as_the_route(
    clients: tuple[Any, Any], query_string: str
) -> None:
    assert parse_search_params(query_string.encode()) is not None
    assert _same_answer(clients, query_string) == 200


@pytest.mark.parametrize("query_string", REFUSED)
def test_invalid_searches_get_the_same_error_as_on_the_route(
    clients: tuple[Any, Any], query_string: str
) -> None:
    status = _same_answer(clients, query_string)
    assert status == 422, query_string
    body = clients[0].get("/api/search?" + query_string).json()
    assert body["error"] in {"invalid_parameter", "invalid_query", "store_error"}
    assert " / " in body["message"]  # Vietnamese / English


@pytest.mark.parametrize("query_string", HANDED_OVER)
def test_unusual_spellings_are_left_to_the_route(clients: tuple[Any, Any], query_string: str) -> None:
    assert parse_search_params(query_string.encode()) is None
    assert _same_answer(clients, query_string) == 200


_NAMES = st.sampled_from(
    [
        "q",
        "province",
        "district",
        "commune",
        "story_type",
        "model_type",
        "source",
        "date_from",
        "date_to",
        "has_people",
        "relevant",
        "sort",
        "size",
        "cursor",
        "facets",
        "other",
    ]
)
_VALUES = st.one_of(
    st.sampled_from(
        [
            "",
            "11",
            "49",
            "099",
            "03358",
            "good_deed",
            "poverty_model",
            "livestock",
            "baodienbienphu",
            "2024-06-01",
            "2025-13-01",
            "true",
            "false",
            "1",
            "0",
            "on",
            "newest",
            "relevance",
            "20",
            "100",
            "1000",
            "bò sinh sản",
            '"thoát nghèo"',
            "du lịch OR homestay",
            "-dê",
            "eyJvIjoyMH0",
        ]
    ),
    st.text(max_size=12),
    st.integers(-5, 300).map(str),
)


@given(st.lists(st.tuples(_NAMES, _VALUES), max_size=6))
@hypothesis_settings(max_examples=120, deadline=None, database=None, suppress_health_check=list(HealthCheck))
def test_generated_query_strings_answer_as_the_route(
    clients: tuple[Any, Any], pairs: list[tuple[str, str]]
) -> None:
    _same_answer(clients, urlencode(pairs, quote_via=quote))


def test_the_lean_path_answers_before_the_route(settings: Settings, store: Store) -> None:
    """A route put in front of /api/search answers 418: plain searches never reach it (the lean
    path answers them), what the lean path hands over does."""

    async def teapot(request: Request) -> PlainTextResponse:
        return PlainTextResponse("route", status_code=418)

    app = create_app(settings, store, rate_limit_per_minute=0, search_cache_seconds=0)
    app.router.routes.insert(0, Route("/api/search", teapot))
    with client_class()(app) as client:
        answered = client.get("/api/search", params={"q": "bò sinh sản", "size": 2})
        assert answered.status_code == 200 and answered.json()["hits"]
        assert answered.headers["content-security-policy"].startswith("default-src 'self'")
        assert client.get("/api/search", params={"size": "abc"}).status_code == 418
        assert client.get("/api/search", params={"story_type": "nope"}).status_code == 422
        metrics = client.get("/metrics").text
    assert 'lantoa_http_requests_total{method="GET",route="/api/search",status="200"} 1' in metrics
    assert 'lantoa_http_requests_total{method="GET",route="/api/search",status="422"} 1' in metrics


@pytest.mark.parametrize("concurrency", [1, 2])
def test_an_idle_worker_searches_on_its_event_loop(
    settings: Settings, store: Store, concurrency: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With one search at a time per worker (the default with one worker per CPU) and nothing
    else in flight, the search runs on the event loop's thread: no hop to the thread pool."""
    threads: list[str] = []
    search = store.search

    def recording(query: Any) -> Any:
        threads.append(threading.current_thread().name)
        return search(query)

    monkeypatch.setattr(store, "search", recording)
    app = create_app(
        settings, store, rate_limit_per_minute=0, search_cache_seconds=0, store_concurrency=concurrency
    )
    with client_class()(app) as client:
        assert client.get("/api/search", params={"q": "bò sinh sản"}).status_code == 200
    assert len(threads) == 1
    assert (threads[0] == "AnyIO worker thread") == (concurrency != 1), threads


def test_a_cached_answer_is_served_again_byte_for_byte(settings: Settings, store: Store) -> None:
    app = create_app(settings, store, rate_limit_per_minute=0, search_cache_seconds=60)
    with client_class()(app) as client:
        first = client.get("/api/search", params={"q": "thoát nghèo", "size": 3})
        second = client.get("/api/search", params={"q": "thoát nghèo", "size": 3})
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert app.state.search_cache.hits == 1 and app.state.search_cache.misses == 1


@pytest.fixture(scope="module")
def es_clients(
    settings: Settings,
    articles: list[Article],
    xss_articles: list[Article],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Any, Any]]:
    """The same pair of apps over a real Elasticsearch node (tests/conftest_es.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import conftest_es
    from elasticsearch import Elasticsearch

    from lantoa.store.elasticsearch import ElasticsearchStore

    url = conftest_es.es_url()
    alias = conftest_es.new_alias()
    spool = tmp_path_factory.mktemp("spool")
    store = ElasticsearchStore(url, alias=alias, refresh="wait_for", spool_dir=spool)
    try:
        store.upsert([*articles, *xss_articles])
        store.refresh()
        lean = create_app(settings, store, rate_limit_per_minute=0, search_cache_seconds=0)
        full = create_app(settings, store, rate_limit_per_minute=0, search_cache_seconds=0, lean_search=False)
        with client_class()(lean) as lean_client, client_class()(full) as full_client:
            yield lean_client, full_client
    finally:
        store.close()
        client = Elasticsearch(url, request_timeout=60)
        conftest_es.drop_alias(client, alias)
        client.close()


@pytest.mark.parametrize("query_string", PLAIN + REFUSED + HANDED_OVER)
def test_on_elasticsearch_too(es_clients: tuple[Any, Any], query_string: str) -> None:
    status = _same_answer(es_clients, query_string)
    assert status == (422 if query_string in REFUSED else 200), query_string
