"""Browser-test fixtures: a real uvicorn server on loopback and Debian's headless Chromium via Playwright.

Never downloads a browser. Without Chromium the tests skip locally and fail under ``CI=true``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "api"))

from api_support import ARTICLES_FILE, XSS_FILE, load_articles  # noqa: E402
from e2e_support import CHROMIUM, CHROMIUM_ARGS, LiveServer, PageRecorder, in_ci  # noqa: E402

from lantoa.schema import Article  # noqa: E402
from lantoa.settings import Settings  # noqa: E402
from lantoa.store.sqlite import SqliteStore  # noqa: E402
from search_api.app import create_app  # noqa: E402


@pytest.fixture(scope="session")
def articles() -> list[Article]:
    return load_articles(ARTICLES_FILE)


@pytest.fixture(scope="session")
def xss_articles() -> list[Article]:
    return load_articles(XSS_FILE)


@pytest.fixture(scope="session")
def live_server(
    tmp_path_factory: pytest.TempPathFactory, articles: list[Article], xss_articles: list[Article]
) -> Iterator[LiveServer]:
    directory = tmp_path_factory.mktemp("e2e")
    store = SqliteStore(directory / "e2e.db")
    store.upsert([*articles, *xss_articles])
    settings = Settings(_env_file=None, data_dir=directory)  # type: ignore[call-arg]
    with LiveServer(create_app(settings, store, rate_limit_per_minute=0)) as server:
        yield server
    store.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        message = f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)"
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN", accept_downloads=True)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: Any) -> Iterator[Any]:
    new_page = context.new_page()
    new_page.set_default_timeout(15_000)
    new_page.recorder = PageRecorder(new_page)
    yield new_page
    assert new_page.recorder.dialogs == [], new_page.recorder.dialogs
    assert new_page.recorder.errors == [], new_page.recorder.errors
