"""Fixtures for the Elasticsearch integration tests: a real node (see tests/conftest_es.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import conftest_es  # noqa: E402

from lantoa.store.elasticsearch import ElasticsearchStore  # noqa: E402


@pytest.fixture(scope="session")
def es_url() -> str:
    return conftest_es.es_url()


@pytest.fixture
def es_client(es_url: str) -> Iterator[Any]:
    from elasticsearch import Elasticsearch

    client = Elasticsearch(es_url, request_timeout=60)
    yield client
    client.close()


@pytest.fixture
def es_alias(es_client: Any) -> Iterator[str]:
    alias = conftest_es.new_alias()
    yield alias
    conftest_es.drop_alias(es_client, alias)


@pytest.fixture
def es_store(es_url: str, es_alias: str, tmp_path: Path) -> Iterator[ElasticsearchStore]:
    store = ElasticsearchStore(es_url, alias=es_alias, spool_dir=tmp_path / "spool", refresh="wait_for")
    yield store
    store.close()


@pytest.fixture
def cli_on_es(es_url: str, es_alias: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Settings for a CLI run against the test node and alias (data dir under tmp_path)."""
    from lantoa.settings import get_settings

    monkeypatch.setenv("LANTOA_ES_INDEX_ALIAS", es_alias)
    monkeypatch.setenv("LANTOA_STORE", es_url)
    monkeypatch.setenv("LANTOA_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()
