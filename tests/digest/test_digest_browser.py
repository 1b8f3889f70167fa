"""The digest web page in a real headless Chromium: styled by its stylesheet, no CSP or console errors."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from lantoa.settings import Settings
from lantoa.store.sqlite import SqliteStore
from search_api.app import create_app

CHROMIUM = os.environ.get("LANTOA_CHROMIUM", "/usr/bin/chromium")
pytestmark = pytest.mark.browser


@pytest.fixture
def base_url(store: SqliteStore, tmp_path: Path) -> Iterator[str]:
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = Settings(_env_file=None, data_dir=tmp_path / "web")  # type: ignore[call-arg]
    config = uvicorn.Config(
        create_app(settings, store, rate_limit_per_minute=0), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_digest_page_renders_styled_without_errors(base_url: str) -> None:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"Chromium not found at {CHROMIUM}")
        pytest.skip("Chromium not installed")
    # In a thread of its own: the e2e tests' session-wide Playwright keeps an event loop running
    # in pytest's main thread, where a second sync Playwright refuses to start.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(_check_digest_page, base_url).result()


def _check_digest_page(base_url: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 900})
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            failed: list[str] = []
            page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
            response = page.goto(f"{base_url}/digest/2026-W47")
            assert response is not None and response.status == 200
            page.wait_for_load_state("networkidle")
            assert page.locator("h1").inner_text() == "BẢN TIN LAN TỎA"  # text-transform from the stylesheet
            assert page.locator("h1").evaluate("e => getComputedStyle(e).color") == "rgb(181, 18, 27)"
            assert page.locator(".dg-entry").count() == 12
            widths = page.locator(".dg-chart img").evaluate_all("els => els.map(e => e.naturalWidth)")
            assert len(widths) == 2 and all(w > 500 for w in widths)  # the data: PNGs decoded
            page.get_by_role("link", name="← Tuần trước").click()
            page.wait_for_url(f"{base_url}/digest/2026-W46")
            assert "Tuần 46/2026" in page.locator(".dg-week").inner_text()
            assert [u for u in failed if not u.endswith("/favicon.ico")] == []
            assert len([e for e in errors if "status of 404" not in e]) == 0, errors
        finally:
            browser.close()
