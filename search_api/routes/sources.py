"""Sources and their crawl health."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from search_api.deps import SettingsDep
from search_api.errors import ERROR_RESPONSES
from search_api.models import SourcePublic
from search_api.source_overrides import read_overrides
from search_api.sources import read_sources

router = APIRouter(prefix="/api/sources", tags=["sources"])


@router.get("", response_model=list[SourcePublic], responses=ERROR_RESPONSES, summary="Nguồn tin / sources")
async def sources(settings: SettingsDep) -> list[SourcePublic]:
    """Every configured source with its crawl health (empty until the first crawl)."""
    items = await run_in_threadpool(read_sources, settings)
    overrides = await run_in_threadpool(read_overrides, settings)
    # An admin's edits (status, delay) are shown beside the crawl health as "override".
    return [
        SourcePublic.model_validate(
            {**item, "override": overrides[item["id"]]} if item.get("id") in overrides else item
        )
        for item in items
    ]
