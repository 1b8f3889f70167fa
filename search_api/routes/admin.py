"""Admin actions behind ``X-API-Key`` (disabled while no key is configured)."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from itertools import islice

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from lantoa.schema import Article
from lantoa.store import Store
from search_api import crawl_jobs, source_overrides
from search_api.deps import AdminDep, SettingsDep, StoreDep
from search_api.errors import ERROR_RESPONSES, ApiError, ErrorPublic
from search_api.models import CrawlJobPublic, CrawlRequest, ReindexPublic, SourceEdit, SourceOverridePublic
from search_api.sources import read_sources

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/api/admin", tags=["admin"])
BATCH = 500
_ADMIN_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": ErrorPublic, "description": "Sai khóa / wrong key"},
    403: {"model": ErrorPublic, "description": "Chức năng quản trị đang tắt / admin disabled"},
}


def _batches(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while batch := list(islice(articles, size)):
        yield batch


def reindex(store: Store) -> int:
    """Rewrite every stored article, rebuilding its index entries; returns how many."""
    written = 0
    for batch in _batches(store.iter_articles(), BATCH):
        written += store.upsert(batch)
    store.refresh()
    return written


@router.post(
    "/reindex",
    response_model=ReindexPublic,
    responses={**_ADMIN_ERRORS, **ERROR_RESPONSES},
    summary="Lập chỉ mục lại / rebuild the index",
)
async def reindex_all(_admin: AdminDep, request: Request, store: StoreDep) -> ReindexPublic:
    """Rewrite every article so its search and facet entries are rebuilt (needs `X-API-Key`)."""
    started = time.perf_counter()
    count = await run_in_threadpool(reindex, store)
    request.app.state.stats_cache.clear()
    request.app.state.search_cache.clear()
    logger.info("admin reindex rewrote %d articles", count)
    return ReindexPublic(reindexed=count, took_ms=round((time.perf_counter() - started) * 1000, 1))


@router.post(
    "/crawl",
    response_model=CrawlJobPublic,
    status_code=202,
    responses={
        **_ADMIN_ERRORS,
        409: {"model": ErrorPublic, "description": "Đang có lượt thu thập chạy / a crawl is running"},
        **ERROR_RESPONSES,
    },
    summary="Bắt đầu thu thập / start a crawl",
)
async def start_crawl(_admin: AdminDep, settings: SettingsDep, body: CrawlRequest) -> CrawlJobPublic:
    """Start `lantoa crawl` in the background (needs `X-API-Key`): the chosen sources, or every
    active source; one crawl at a time. Follow it with `GET /api/admin/crawl`."""
    job = await run_in_threadpool(crawl_jobs.start, settings, body.sources, body.since, body.max_articles)
    logger.info("admin started crawl job %s (sources: %s)", job["job"], ",".join(body.sources) or "all")
    return CrawlJobPublic(**job)


@router.get(
    "/crawl",
    response_model=CrawlJobPublic,
    responses={
        **_ADMIN_ERRORS,
        404: {"model": ErrorPublic, "description": "Chưa có lượt thu thập nào / no crawl yet"},
        **ERROR_RESPONSES,
    },
    summary="Tình trạng lượt thu thập gần nhất / the latest crawl",
)
async def crawl_status(_admin: AdminDep, settings: SettingsDep) -> CrawlJobPublic:
    """State, exit code and last log lines of the latest crawl started here (needs `X-API-Key`)."""
    job = await run_in_threadpool(crawl_jobs.latest, settings)
    if job is None:
        raise ApiError(404, "no_crawl", "Chưa có lượt thu thập nào", "no crawl has been started here")
    return CrawlJobPublic(**job)


@router.put(
    "/sources/{source_id}",
    response_model=SourceOverridePublic,
    responses={
        **_ADMIN_ERRORS,
        **ERROR_RESPONSES,
    },
    summary="Sửa nguồn thu thập / edit a crawl source",
)
async def edit_source(
    _admin: AdminDep, settings: SettingsDep, source_id: str, body: SourceEdit
) -> SourceOverridePublic:
    """Switch a source on or off, or change its delay between requests (needs `X-API-Key`).
    Only the fields sent change; `null` restores the source file's value. The next crawl uses it."""
    changes = body.model_dump(exclude_unset=True)
    override = await run_in_threadpool(source_overrides.edit, settings, source_id, changes)
    logger.info("admin edited source %s: %s", source_id, changes)
    crawled = await run_in_threadpool(source_overrides.crawled, settings, source_id)
    return SourceOverridePublic(id=source_id, override=override, crawled=crawled)


@router.get(
    "/sources",
    response_model=list[SourceOverridePublic],
    responses={**_ADMIN_ERRORS, **ERROR_RESPONSES},
    summary="Các nguồn đã sửa / edited sources",
)
async def edited_sources(_admin: AdminDep, settings: SettingsDep) -> list[SourceOverridePublic]:
    """Every source an admin has changed, and what was changed (needs `X-API-Key`)."""
    overrides = await run_in_threadpool(source_overrides.read_overrides, settings)
    listed = {str(s.get("id")) for s in await run_in_threadpool(read_sources, settings)}
    return [
        SourceOverridePublic(id=key, override=value, crawled=key in listed)
        for key, value in sorted(overrides.items())
    ]
