"""Fixtures for the API tests: a real store filled with realistic tagged articles, and a client.

``store`` is parametrised over ``STORE_BACKENDS``; another backend only needs a branch in
``open_test_store`` (e.g. ``"es"`` using ``tests/conftest_es.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_support import ADMIN_KEY, ARTICLES_FILE, XSS_FILE, client_class, load_articles

from lantoa.schema import Article
from lantoa.settings import Settings
from lantoa.store import Store
from lantoa.store.sqlite import SqliteStore
from search_api.app import create_app

STORE_BACKENDS = ["sqlite"]


def open_test_store(backend: str, directory: Path) -> Store:
    if backend == "sqlite":
        return SqliteStore(directory / "api.db")
    raise ValueError(f"unknown test backend {backend}")


@pytest.fixture(scope="session")
def articles() -> list[Article]:
    return load_articles(ARTICLES_FILE)


@pytest.fixture(scope="session")
def xss_articles() -> list[Article]:
    return load_articles(XSS_FILE)


@pytest.fixture(scope="module", params=STORE_BACKENDS)
def store(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    articles: list[Article],
    xss_articles: list[Article],
) -> Iterator[Store]:
    opened = open_test_store(request.param, tmp_path_factory.mktemp("store"))
    opened.upsert([*articles, *xss_articles])
    opened.refresh()
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("data")


@pytest.fixture(scope="module")
def settings(data_dir: Path) -> Settings:
    return Settings(_env_file=None, data_dir=data_dir, admin_api_key=ADMIN_KEY)  # type: ignore[call-arg]


@pytest.fixture(scope="module")
def client(settings: Settings, store: Store) -> Iterator[Any]:
    app = create_app(settings, store, rate_limit_per_minute=0)
    with client_class()(app) as test_client:
        yield test_client
