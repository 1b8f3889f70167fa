"""Article counts by week, province, story type, model type and source."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool

from lantoa.settings import Settings
from lantoa.store import Store
from lantoa.store.base import SearchQuery
from search_api.deps import SearchQueryDep, SettingsDep, StoreDep
from search_api.errors import ERROR_RESPONSES
from search_api.models import StatsPublic
from search_api.sources import source_names
from search_api.stats import MAX_WEEKS, compute_stats
from search_api.urls import search_params

router = APIRouter(prefix="/api/stats", tags=["stats"])

Weeks = Annotated[int, Query(ge=0, le=MAX_WEEKS, description="Số tuần gần nhất / number of weeks")]
Lang = Annotated[str, Query(pattern="^(vi|en)$", description="Ngôn ngữ nhãn / label language")]


def stats_for(
    request: Request, query: SearchQuery, store: Store, settings: Settings, weeks: int, lang: str
) -> StatsPublic:
    """Computed stats, reused for a few seconds per (query, weeks, lang)."""
    cache = request.app.state.stats_cache
    key = f"{search_params(query)}|{weeks}|{lang}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    value = compute_stats(
        store, query, weeks=weeks, lang=lang, places=request.app.state.places, sources=source_names(settings)
    )
    cache.put(key, value)
    return value


@router.get("", response_model=StatsPublic, responses=ERROR_RESPONSES, summary="Thống kê / statistics")
async def stats(
    request: Request,
    query: SearchQueryDep,
    store: StoreDep,
    settings: SettingsDep,
    weeks: Weeks = 12,
    lang: Lang = "vi",
) -> StatsPublic:
    """Counts for all articles, or for the articles matching the same parameters as `/api/search`."""
    return await run_in_threadpool(stats_for, request, query, store, settings, weeks, lang)
