"""The FastAPI application: JSON API, web UI, feeds, exports, health and metrics."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles

from lantoa.settings import Settings, get_settings, redact_url
from lantoa.store import Store, StoreError, open_store
from search_api import __version__
from search_api.access_log import AccessLog
from search_api.cache import SearchCache
from search_api.errors import install_error_handlers
from search_api.gateway import Gateway
from search_api.metrics import Metrics, app_gauges
from search_api.metrics_shared import SharedMetrics, shared_directory
from search_api.places import PlaceNames
from search_api.routes import (
    admin,
    api_docs,
    articles,
    health,
    localities,
    search,
    sources,
    stats,
    taxonomy,
    ui,
)
from search_api.stats import StatsCache
from search_api.templating import STATIC_DIR, render_error

logger = logging.getLogger(__name__)

#: Defaults for limits that ``Settings`` may override (``api_rate_limit_per_minute``, ``api_max_body_bytes``).
DEFAULT_RATE_LIMIT_PER_MINUTE = 600
DEFAULT_MAX_BODY_BYTES = 1_000_000
DEFAULT_SEARCH_CACHE_SECONDS = 15.0
DIGEST_MODULE = "search_api.digest.routes"

DESCRIPTION = """
API tìm kiếm của **Lan Tỏa**: bài báo về mô hình giảm nghèo và người tốt việc tốt,
đã gắn nhãn loại tin, loại mô hình, địa bàn (cả 63 tỉnh trước 2025 và 34 tỉnh hiện nay).

Search API of Lan Tỏa. Errors are JSON `{"error", "message"}` with a Vietnamese then English message.
"""

OPENAPI_TAGS = [
    {"name": "search", "description": "Tìm kiếm, nguồn tin theo dõi, xuất dữ liệu / search, feeds, exports"},
    {"name": "articles", "description": "Bài viết và bài tương tự / articles and similar stories"},
    {"name": "localities", "description": "Gợi ý địa danh / locality autocomplete"},
    {"name": "taxonomy", "description": "Danh mục nhãn / label vocabulary"},
    {"name": "sources", "description": "Nguồn tin và tình trạng thu thập / sources and crawl health"},
    {"name": "stats", "description": "Thống kê / statistics"},
    {"name": "health", "description": "Tình trạng, số liệu vận hành / health and metrics"},
    {"name": "admin", "description": "Quản trị (cần X-API-Key) / admin (needs X-API-Key)"},
]


def _limit(settings: Settings, name: str, default: int) -> int:
    value = getattr(settings, name, None)
    return int(value) if isinstance(value, int) else default


def _include_digest(app: FastAPI) -> None:
    """Mount the digest module's router when that module exists (written separately)."""
    try:
        present = importlib.util.find_spec(DIGEST_MODULE) is not None
    except ModuleNotFoundError:
        present = False
    if not present:
        return
    module = importlib.import_module(DIGEST_MODULE)
    router = module.router
    app.include_router(router)
    for route in router.routes:
        if isinstance(route, APIRoute) and "GET" in (route.methods or set()) and "{" not in route.path:
            if not route.path.startswith("/api"):
                app.state.digest_url = route.path
                break


def create_app(
    settings: Settings | None = None,
    store: Store | None = None,
    *,
    rate_limit_per_minute: int | None = None,
    max_body_bytes: int | None = None,
    search_cache_seconds: float | None = None,
    store_concurrency: int | None = None,
    lean_search: bool = True,
    access_log: bool = False,
) -> FastAPI:
    """Build the app. ``store`` is used as given (and not closed); otherwise it is opened
    from ``settings.store_url`` at startup and closed at shutdown. A rate limit of 0 disables it;
    a search cache of 0 seconds disables result caching; ``store_concurrency`` caps concurrent
    searches in the embedded store (default: the number of CPUs divided by ``settings.api_workers``,
    at least 1; 0: no cap). ``lean_search=False`` sends every ``GET /api/search`` through the
    FastAPI route instead of its lean path (same answers; see ``search_api.lean_search``).
    ``access_log=True`` writes uvicorn's access-log line for every request itself, in batches
    (``search_api.access_log``; for a server started with uvicorn's own access log off).
    """
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.store is None:
            try:
                app.state.store = open_store(settings.store_url)
                app.state.owns_store = True
                logger.info("store opened: %s", redact_url(settings.store_url))
            except StoreError as exc:
                app.state.store_error = str(exc)
                logger.error("store unavailable at startup (%s): %s", redact_url(settings.store_url), exc)
        try:
            yield
        finally:
            if app.state.access_log is not None:
                app.state.access_log.flush()
            if app.state.shared_metrics is not None:
                app.state.shared_metrics.publish()
            opened: Store | None = app.state.store
            if opened is not None and app.state.owns_store:
                opened.close()
                app.state.store = None

    app = FastAPI(
        title="Lan Tỏa API",
        version=__version__,
        description=DESCRIPTION,
        openapi_tags=OPENAPI_TAGS,
        lifespan=lifespan,
        docs_url=None,  # Swagger UI loads scripts from a CDN: not allowed by our CSP
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.owns_store = False
    app.state.store_error = ""
    app.state.metrics = Metrics()
    app.state.places = PlaceNames()
    app.state.stats_cache = StatsCache()
    cache_seconds = search_cache_seconds
    if cache_seconds is None:
        configured = getattr(settings, "api_search_cache_seconds", None)
        cache_seconds = (
            float(configured) if isinstance(configured, int | float) else DEFAULT_SEARCH_CACHE_SECONDS
        )
    gate = store_concurrency
    if gate is None:
        # The CPUs are shared by the worker processes of ``lantoa serve --workers``.
        workers = max(1, _limit(settings, "api_workers", 1))
        gate = _limit(settings, "api_store_concurrency", max(1, (os.cpu_count() or 2) // workers))
    app.state.search_cache = SearchCache(cache_seconds, concurrency=gate)
    app.state.digest_url = None
    app.state.access_log = AccessLog() if access_log else None
    # With ``lantoa serve --workers N``: /metrics sums every worker's figures.
    app.state.shared_metrics = SharedMetrics.from_environment(
        lambda: {**app.state.metrics.snapshot(), "gauges": app_gauges(app.state)}
    )
    app.state.render_error = render_error

    install_error_handlers(app)
    for module in (search, articles, localities, taxonomy, sources, stats, health, admin, ui, api_docs):
        app.include_router(module.router)
    _include_digest(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    rate = rate_limit_per_minute
    if rate is None:
        rate = _limit(settings, "api_rate_limit_per_minute", DEFAULT_RATE_LIMIT_PER_MINUTE)
    body = (
        max_body_bytes
        if max_body_bytes is not None
        else _limit(settings, "api_max_body_bytes", DEFAULT_MAX_BODY_BYTES)
    )
    # One pure-ASGI layer: metrics (which see everything, including 413/429 answers), the body
    # and rate limits, the security headers, and the lean path of GET /api/search.
    app.add_middleware(
        Gateway,
        metrics=app.state.metrics,
        per_minute=rate,
        max_bytes=body,
        lean_state=app.state if lean_search else None,
        access_log=app.state.access_log,
        shared_metrics=app.state.shared_metrics,
        shared_dir=shared_directory(),
    )
    return app


def create_served_app() -> FastAPI:
    """The app as ``lantoa serve`` runs it (uvicorn's factory): settings from the environment,
    and the app's own batched access log in place of uvicorn's."""
    return create_app(access_log=True)
