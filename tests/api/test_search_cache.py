"""The API's search-result cache: identical concurrent misses run one store search."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lantoa.schema import Article, Tags, article_id
from lantoa.store.base import QuerySyntaxError, SearchQuery, SearchResult
from lantoa.store.sqlite import SqliteStore
from search_api.cache import SearchCache


class CountingStore(SqliteStore):
    """The real SQLite store, counting its searches and holding each one open a little."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.calls = 0
        self._count_lock = threading.Lock()

    def search(self, query: SearchQuery) -> SearchResult:
        with self._count_lock:
            self.calls += 1
        time.sleep(0.2)  # long enough for every other thread to arrive meanwhile
        return super().search(query)


@pytest.fixture()
def store(tmp_path: Path) -> CountingStore:
    s = CountingStore(tmp_path / "lantoa.db")
    url = "https://example.vn/mot.html"
    s.upsert(
        [
            Article(
                id=article_id(url),
                url=url,
                canonical_url=url,
                source_id="vd",
                title="Hộ nghèo thoát nghèo nhờ nuôi bò",
                body="Nuôi bò sinh sản giúp hộ nghèo.",
                tags=Tags(relevant=True, story_type="poverty_model"),
            )
        ]
    )
    yield s
    s.close()


def _together(n: int, work: Callable[[int], Any]) -> list[Any]:
    """``work(k)`` in ``n`` threads released at the same moment; results or exceptions."""
    barrier = threading.Barrier(n)
    out: list[Any] = [None] * n

    def run(k: int) -> None:
        barrier.wait()
        try:
            out[k] = work(k)
        except Exception as exc:  # noqa: BLE001 - collected for the assertions
            out[k] = exc

    threads = [threading.Thread(target=run, args=(k,)) for k in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return out


def test_identical_concurrent_misses_run_one_search(store: CountingStore) -> None:
    cache = SearchCache(15.0, concurrency=2)
    query = SearchQuery(q="thoát nghèo")
    results = _together(8, lambda k: cache.search(store, query))
    assert store.calls == 1
    bodies = {r[1] for r in results}
    assert len(bodies) == 1 and "nghèo" in next(iter(bodies)).decode("utf-8")
    assert cache.misses == 8 and cache.joined == 7
    cache.search(store, query)
    assert store.calls == 1 and cache.hits == 1


def test_different_queries_are_not_joined(store: CountingStore) -> None:
    cache = SearchCache(15.0)
    results = _together(4, lambda k: cache.search(store, SearchQuery(q="bò", size=k + 1)))
    assert all(isinstance(r, tuple) for r in results)
    assert store.calls == 4 and cache.joined == 0


def test_a_failed_search_is_retried_by_each_waiter_not_cached(store: CountingStore) -> None:
    cache = SearchCache(15.0)
    bad = SearchQuery(q='"thoát')  # unbalanced quote: every attempt fails the same way
    results = _together(4, lambda k: cache.search(store, bad))
    assert all(isinstance(r, QuerySyntaxError) for r in results)
    assert store.calls == 4
    assert cache.joined == 0


def test_with_the_cache_off_every_request_searches(store: CountingStore) -> None:
    cache = SearchCache(0.0)
    _together(3, lambda k: cache.search(store, SearchQuery(q="bò")))
    assert store.calls == 3 and cache.hits == cache.misses == cache.joined == 0


# -- search_now: the event loop's own search when it cannot wait on anything -------------------


def test_search_now_answers_as_search_does(store: CountingStore) -> None:
    query = SearchQuery(q="thoát nghèo")
    now = SearchCache(0.0, concurrency=1).search_now(store, query)
    assert now is not None
    took = re.compile(rb'"took_ms":[0-9.eE+-]+')
    assert took.sub(b"", now[1]) == took.sub(b"", SearchCache(0.0, concurrency=1).search(store, query)[1])
    cached = SearchCache(15.0, concurrency=1)
    first = cached.search_now(store, query)
    assert first is not None and cached.misses == 1
    assert cached.search_now(store, query) == first and cached.hits == 1
    assert store.calls == 3


def test_search_now_declines_when_searches_may_run_side_by_side(store: CountingStore) -> None:
    query = SearchQuery(q="bò")
    assert SearchCache(0.0, concurrency=2).search_now(store, query) is None
    assert SearchCache(0.0, concurrency=0).search_now(store, query) is None
    assert store.calls == 0


def test_search_now_never_waits_for_another_search(store: CountingStore) -> None:
    """While a thread holds the one search slot it declines at once (for any query)."""
    cache = SearchCache(15.0, concurrency=1)
    started, release = threading.Event(), threading.Event()
    original = store.search

    def slow_search(query: SearchQuery) -> SearchResult:
        started.set()
        release.wait(10)  # held until the test has checked (a search_now that waited would hang here)
        return original(query)

    store.search = slow_search  # type: ignore[method-assign]
    worker = threading.Thread(target=cache.search, args=(store, SearchQuery(q="bò")))
    worker.start()
    assert started.wait(10)
    assert cache.search_now(store, SearchQuery(q="bò")) is None  # the same query
    assert cache.search_now(store, SearchQuery(q="dê")) is None  # another one
    assert worker.is_alive()
    release.set()
    worker.join(10)
    assert cache.search_now(store, SearchQuery(q="dê")) is not None


def test_search_now_raises_the_stores_error(store: CountingStore) -> None:
    cache = SearchCache(15.0, concurrency=1)
    with pytest.raises(QuerySyntaxError):
        cache.search_now(store, SearchQuery(q='"thoát'))
    assert cache.search_now(store, SearchQuery(q="bò")) is not None  # the slot was released
