"""Fixtures for the backend conformance suite: the same corpus in SQLite and in a real Elasticsearch node."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import conftest_es  # noqa: E402

from lantoa.schema import Article  # noqa: E402
from lantoa.store.base import Store  # noqa: E402
from lantoa.store.elasticsearch import ElasticsearchStore  # noqa: E402
from lantoa.store.sqlite import SqliteStore  # noqa: E402

CORPUS = Path(__file__).with_name("corpus.jsonl")
BACKENDS = [pytest.param("sqlite", id="sqlite"), pytest.param("es", id="es", marks=pytest.mark.es)]


def load_corpus() -> list[Article]:
    return [
        Article.model_validate_json(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line
    ]


@pytest.fixture(scope="session")
def corpus() -> list[Article]:
    return load_corpus()


def _es_client() -> Any:
    from elasticsearch import Elasticsearch

    return Elasticsearch(conftest_es.es_url(), request_timeout=60)


def _make_store(backend: str, folder: Path) -> tuple[Store, Any]:
    """A fresh, empty store; returns (store, cleanup callback)."""
    if backend == "sqlite":
        store: Store = SqliteStore(folder / "lantoa.db")
        return store, store.close
    url = conftest_es.es_url()
    alias = conftest_es.new_alias("lantoa-conf")
    es = ElasticsearchStore(url, alias=alias, spool_dir=folder / "spool")

    def cleanup() -> None:
        es.close()
        client = _es_client()
        conftest_es.drop_alias(client, alias)
        client.close()

    return es, cleanup


@pytest.fixture(scope="session")
def loaded_stores(
    tmp_path_factory: pytest.TempPathFactory, corpus: list[Article]
) -> Iterator[dict[str, Any]]:
    """Lazily built, read-only stores holding the corpus, one per backend (shared by the session)."""
    stores: dict[str, Any] = {}
    cleanups: list[Any] = []

    def get(backend: str) -> Store:
        if backend not in stores:
            store, cleanup = _make_store(backend, tmp_path_factory.mktemp(f"loaded-{backend}"))
            cleanups.append(cleanup)
            assert store.upsert(corpus) == len(corpus)
            store.refresh()
            stores[backend] = store
        return stores[backend]  # type: ignore[no-any-return]

    yield {"get": get}
    for cleanup in cleanups:
        cleanup()


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, loaded_stores: dict[str, Any]) -> Store:
    """The corpus, in each backend in turn (read-only)."""
    return loaded_stores["get"](request.param)  # type: ignore[no-any-return]


@pytest.fixture
def both(loaded_stores: dict[str, Any]) -> tuple[Store, Store]:
    """(SQLite, Elasticsearch) holding the same corpus, for side-by-side comparisons."""
    return loaded_stores["get"]("sqlite"), loaded_stores["get"]("es")


@pytest.fixture(params=BACKENDS)
def empty_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store of each backend (for write tests)."""
    store, cleanup = _make_store(request.param, tmp_path)
    yield store
    cleanup()
