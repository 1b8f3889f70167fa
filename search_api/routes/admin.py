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
from search_api.deps import AdminDep, StoreDep
from search_api.errors import ERROR_RESPONSES, ErrorPublic
from search_api.models import ReindexPublic

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/api/admin", tags=["admin"])
BATCH = 500


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
    responses={
        401: {"model": ErrorPublic, "description": "Sai khóa / wrong key"},
        403: {"model": ErrorPublic, "description": "Chức năng quản trị đang tắt / admin disabled"},
        **ERROR_RESPONSES,
    },
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
