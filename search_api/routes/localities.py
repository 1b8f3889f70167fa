"""Locality autocomplete over the gazetteer (pre-2025 and current administrative units)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool

from search_api.errors import ERROR_RESPONSES
from search_api.models import LocalitySuggestion
from search_api.places import suggest

router = APIRouter(prefix="/api/localities", tags=["localities"])


@router.get("", response_model=list[LocalitySuggestion], responses=ERROR_RESPONSES, summary="Gợi ý địa danh")
async def localities(
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=100,
            description="Tên (có dấu hoặc không) / name prefix",
            examples=["muong"],
        ),
    ],
    limit: Annotated[int, Query(ge=1, le=50, description="Số gợi ý / number of suggestions")] = 10,
) -> list[LocalitySuggestion]:
    """Provinces, districts and communes whose name matches `q` (empty when no gazetteer is installed)."""
    items = await run_in_threadpool(suggest, q.strip(), limit)
    return [LocalitySuggestion.model_validate(item) for item in items]
