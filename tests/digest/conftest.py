"""Fixtures for the digest tests: the tagged fixture corpus in a real SqliteStore, clean settings."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from digest_support import SmtpCollector, load_corpus  # noqa: E402

from lantoa.schema import Article
from lantoa.settings import get_settings
from lantoa.store.sqlite import SqliteStore
from search_api.digest.config import get_digest_settings


@pytest.fixture(scope="session")
def corpus() -> list[Article]:
    return load_corpus()


@pytest.fixture(scope="session")
def by_slug(corpus: list[Article]) -> dict[str, str]:
    """URL slug (``nuoi-bo-sinh-san-muong-dong``) → article id."""
    return {a.url.rsplit("/", 1)[1].removesuffix(".html"): a.id for a in corpus}


@pytest.fixture(autouse=True)
def clean_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    import os

    for key in list(os.environ):
        if key.startswith(("LANTOA_DIGEST", "LANTOA_SMTP", "LANTOA_STORE", "LANTOA_ADMIN")):
            monkeypatch.delenv(key)
    monkeypatch.setenv("LANTOA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)  # no stray .env file
    get_settings.cache_clear()
    get_digest_settings.cache_clear()
    yield
    get_settings.cache_clear()
    get_digest_settings.cache_clear()


@pytest.fixture
def store(tmp_path: Path, corpus: list[Article]) -> Iterator[SqliteStore]:
    db = SqliteStore(tmp_path / "data" / "lantoa.db")
    db.upsert(corpus)
    yield db
    db.close()


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, SmtpCollector]]:
    """A real SMTP server on a free loopback port."""
    import socket

    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    handler = SmtpCollector()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, handler
    finally:
        controller.stop()
