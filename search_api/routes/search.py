"""Search endpoints: JSON results, RSS/Atom feeds of a saved search, CSV/XLSX exports."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from lantoa.store import Store
from lantoa.store.base import MAX_PAGE_SIZE, SearchHit, SearchQuery
from lantoa.taxonomy import load_taxonomy
from search_api.deps import SearchQueryDep, StoreDep
from search_api.errors import ERROR_RESPONSES
from search_api.exports import MAX_EXPORT_ROWS, to_csv, to_xlsx
from search_api.feeds import render_atom, render_rss
from search_api.models import SearchPublic
from search_api.urls import search_params

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/api", tags=["search"])

MAX_FEED_ITEMS = 50
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get(
    "/search",
    response_model=SearchPublic,
    responses=ERROR_RESPONSES,
    summary="Tìm kiếm bài viết / search articles",
)
def search(
    request: Request,
    query: SearchQueryDep,
    store: StoreDep,
    facets: Annotated[bool, Query(description="Tính số đếm theo nhóm / compute facet counts")] = True,
) -> Response:
    """Full-text search with filters, facet counts and cursor paging.

    Words match with or without diacritics; `"phrases"`, `-exclusions` and `OR` are
    supported. Repeat a filter to OR its values (`model_type=livestock&model_type=housing`).
    Pass `next_cursor` back as `cursor` for the next page.
    """
    if not facets:
        query = query.model_copy(update={"facets": False})
    _result, body = request.app.state.search_cache.search(store, query)
    return Response(content=body, media_type="application/json")


def _feed_hits(store: Store, query: SearchQuery, size: int) -> list[SearchHit]:
    feed_query = query.model_copy(update={"sort": "newest", "size": size, "cursor": None, "facets": False})
    return store.search(feed_query).hits


def _feed_title(query: SearchQuery) -> str:
    return f"Lan Tỏa: {query.q}" if query.q else "Lan Tỏa: bài mới"


def _links(request: Request, query: SearchQuery, suffix: str) -> tuple[str, str, str]:
    base = str(request.base_url).rstrip("/")
    params = search_params(query)
    search_url = f"{base}/?{params}" if params else f"{base}/"
    self_url = f"{base}/api/search.{suffix}" + (f"?{params}" if params else "")
    return search_url, self_url, base + "/articles/{id}"


FEED_SIZE = Annotated[int, Query(ge=1, le=MAX_FEED_ITEMS, description="Số mục / number of items")]


@router.get(
    "/search.rss",
    responses={200: {"content": {"application/rss+xml": {}}}, **ERROR_RESPONSES},
    response_class=Response,
    summary="Nguồn RSS của một tìm kiếm / RSS feed of a search",
)
def search_rss(request: Request, query: SearchQueryDep, store: StoreDep, size: FEED_SIZE = 20) -> Response:
    """The newest matches of a saved search as RSS 2.0 (same parameters as `/api/search`)."""
    search_url, self_url, item_url = _links(request, query, "rss")
    body = render_rss(
        _feed_hits(store, query, size),
        title=_feed_title(query),
        description="Bài mới theo tìm kiếm đã lưu trên Lan Tỏa",
        search_url=search_url,
        self_url=self_url,
        item_url=item_url,
    )
    return Response(content=body, media_type="application/rss+xml; charset=utf-8")


@router.get(
    "/search.atom",
    responses={200: {"content": {"application/atom+xml": {}}}, **ERROR_RESPONSES},
    response_class=Response,
    summary="Nguồn Atom của một tìm kiếm / Atom feed of a search",
)
def search_atom(request: Request, query: SearchQueryDep, store: StoreDep, size: FEED_SIZE = 20) -> Response:
    """The newest matches of a saved search as Atom 1.0 (same parameters as `/api/search`)."""
    search_url, self_url, item_url = _links(request, query, "atom")
    body = render_atom(
        _feed_hits(store, query, size),
        title=_feed_title(query),
        subtitle="Bài mới theo tìm kiếm đã lưu trên Lan Tỏa",
        search_url=search_url,
        self_url=self_url,
        item_url=item_url,
    )
    return Response(content=body, media_type="application/atom+xml; charset=utf-8")


def iter_export_hits(store: Store, query: SearchQuery, limit: int) -> Iterator[SearchHit]:
    """Up to ``limit`` hits of ``query``, page by page."""
    page = query.model_copy(update={"size": MAX_PAGE_SIZE, "cursor": None, "facets": False})
    produced = 0
    while produced < limit:
        result = store.search(page)
        for hit in result.hits[: limit - produced]:
            yield hit
            produced += 1
        if not result.next_cursor or not result.hits:
            return
        page = page.model_copy(update={"cursor": result.next_cursor})


EXPORT_LIMIT = Annotated[
    int, Query(ge=1, le=MAX_EXPORT_ROWS, description=f"Số dòng tối đa (≤ {MAX_EXPORT_ROWS}) / max rows")
]
EXPORT_LANG = Annotated[str, Query(pattern="^(vi|en)$", description="Ngôn ngữ tiêu đề cột / header language")]


def _filename(ext: str) -> str:
    return f"lantoa-{datetime.now().strftime('%Y%m%d-%H%M')}.{ext}"


@router.get(
    "/search.csv",
    responses={200: {"content": {"text/csv": {}}}, **ERROR_RESPONSES},
    response_class=Response,
    summary="Xuất kết quả ra CSV / export results as CSV",
)
async def search_csv(
    query: SearchQueryDep, store: StoreDep, limit: EXPORT_LIMIT = 1000, lang: EXPORT_LANG = "vi"
) -> Response:
    """UTF-8 with a byte-order mark so Excel shows Vietnamese correctly; formulas are neutralised."""
    taxonomy = load_taxonomy()
    body = await run_in_threadpool(
        lambda: to_csv(iter_export_hits(store, query, limit), lambda v: taxonomy.label(v, lang), lang)
    )
    return Response(
        content=body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{_filename("csv")}"'},
    )


@router.get(
    "/search.xlsx",
    responses={200: {"content": {XLSX_TYPE: {}}}, **ERROR_RESPONSES},
    response_class=Response,
    summary="Xuất kết quả ra Excel / export results as XLSX",
)
async def search_xlsx(
    query: SearchQueryDep, store: StoreDep, limit: EXPORT_LIMIT = 1000, lang: EXPORT_LANG = "vi"
) -> Response:
    """An Excel workbook with one row per article (text cells only)."""
    taxonomy = load_taxonomy()
    body = await run_in_threadpool(
        lambda: to_xlsx(iter_export_hits(store, query, limit), lambda v: taxonomy.label(v, lang), lang)
    )
    return Response(
        content=body,
        media_type=XLSX_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{_filename("xlsx")}"'},
    )
