"""FastAPI dependencies as ``Annotated`` aliases: settings, store, search query, admin key."""

from __future__ import annotations

import hmac
import logging
import re
import threading
import time
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Depends, Header, Query, Request
from starlette.concurrency import run_in_threadpool

from lantoa.settings import Settings, get_settings
from lantoa.store import Store, StoreError, StoreUnavailable, open_store
from lantoa.store.base import MAX_PAGE_SIZE, SearchQuery
from lantoa.taxonomy import load_taxonomy
from search_api.errors import ApiError, bad_parameter

logger = logging.getLogger(__name__)


async def get_app_settings(request: Request) -> Settings:
    """The app's settings: those given to ``create_app``, else ``lantoa.settings.get_settings()``.

    Read from ``app.state`` rather than overridden with ``dependency_overrides``: FastAPI
    re-analyses every dependency on every request while any override is installed.
    """
    settings = getattr(request.app.state, "settings", None)
    return settings if isinstance(settings, Settings) else get_settings()


SettingsDep = Annotated[Settings, Depends(get_app_settings)]

#: Seconds between attempts to reopen a store that failed to open.
REOPEN_INTERVAL = 5.0
_reopen_lock = threading.Lock()


def reopen_store(state: Any, settings: Settings) -> Store:
    """Open the store after a failed start (at most every few seconds); blocking."""
    with _reopen_lock:
        store: Store | None = getattr(state, "store", None)
        if store is not None:
            return store
        now = time.monotonic()
        if now - getattr(state, "store_failed_at", 0.0) < REOPEN_INTERVAL:
            raise StoreUnavailable(getattr(state, "store_error", "store not open"))
        try:
            store = open_store(settings.store_url)
        except StoreError as exc:
            state.store_failed_at = now
            state.store_error = str(exc)
            raise StoreUnavailable(str(exc)) from exc
        state.store = store
        state.owns_store = True
        return store


def get_store(request: Request, settings: Settings) -> Store:
    """The app's store, reopened if it failed at startup (blocking; callable from sync code)."""
    store: Store | None = getattr(request.app.state, "store", None)
    if store is not None:
        return store
    return reopen_store(request.app.state, settings)


async def store_dependency(request: Request, settings: SettingsDep) -> Store:
    """:func:`get_store` as a dependency: no thread hop while the store is open."""
    store: Store | None = getattr(request.app.state, "store", None)
    if store is not None:
        return store
    return await run_in_threadpool(reopen_store, request.app.state, settings)


StoreDep = Annotated[Store, Depends(store_dependency)]


_PROVINCE = re.compile(r"^\d{2}$")
_DISTRICT = re.compile(r"^\d{3}$")
_COMMUNE = re.compile(r"^\d{5}$")
_SOURCE = re.compile(r"^[\w.\-]{1,100}$")
MAX_FILTER_VALUES = 50
#: Longest ``q`` and ``cursor`` accepted (characters).
MAX_Q_LENGTH = 500
MAX_CURSOR_LENGTH = 512


def _check(
    values: list[str] | None, pattern: re.Pattern[str], name: str, what_vi: str, what_en: str
) -> list[str]:
    cleaned = [v.strip() for v in values or [] if v.strip()]
    if len(cleaned) > MAX_FILTER_VALUES:
        raise bad_parameter(
            f"Quá nhiều giá trị cho '{name}' (tối đa {MAX_FILTER_VALUES})",
            f"too many values for '{name}' (at most {MAX_FILTER_VALUES})",
        )
    for value in cleaned:
        if not pattern.match(value):
            raise bad_parameter(
                f"'{name}' không hợp lệ: cần {what_vi}",
                f"invalid '{name}': expected {what_en}",
            )
    return list(dict.fromkeys(cleaned))


def _check_ids(values: list[str] | None, known: tuple[str, ...], name: str) -> list[str]:
    cleaned = list(dict.fromkeys(v.strip() for v in values or [] if v.strip()))
    unknown = [v for v in cleaned if v not in known]
    if unknown:
        shown = ", ".join(repr(v[:40]) for v in unknown[:3])
        raise bad_parameter(
            f"Giá trị '{name}' không có trong danh mục: {shown} (xem /api/taxonomy)",
            f"unknown '{name}' value: {shown} (see /api/taxonomy)",
        )
    return cleaned


async def search_query(
    q: Annotated[
        str,
        Query(
            max_length=MAX_Q_LENGTH,
            description='Từ khóa; "cụm từ", -loại trừ, OR. Có dấu hoặc không dấu / terms, "phrases", -exclude, OR',
            examples=["bò sinh sản thoát nghèo"],
        ),
    ] = "",
    province: Annotated[
        list[str] | None,
        Query(
            description="Mã tỉnh (trước 2025 hoặc hiện nay), lặp lại được / province code, repeatable",
            examples=[["11"]],
        ),
    ] = None,
    district: Annotated[
        list[str] | None, Query(description="Mã huyện (trước 2025) / district code (pre-2025)")
    ] = None,
    commune: Annotated[list[str] | None, Query(description="Mã xã / commune code")] = None,
    story_type: Annotated[
        list[str] | None,
        Query(description="Loại tin (id trong /api/taxonomy) / story type id", examples=[["poverty_model"]]),
    ] = None,
    model_type: Annotated[
        list[str] | None,
        Query(description="Loại mô hình (id trong /api/taxonomy) / model type id", examples=[["livestock"]]),
    ] = None,
    source: Annotated[list[str] | None, Query(description="Mã nguồn tin / source id")] = None,
    date_from: Annotated[
        date | None, Query(description="Từ ngày (YYYY-MM-DD, giờ Việt Nam) / from date")
    ] = None,
    date_to: Annotated[date | None, Query(description="Đến ngày (YYYY-MM-DD) / to date, inclusive")] = None,
    has_people: Annotated[
        bool | None, Query(description="Chỉ bài có nêu tên người / only articles naming people")
    ] = None,
    relevant: Annotated[bool | None, Query(description="Chỉ bài liên quan / only relevant articles")] = None,
    sort: Annotated[
        Literal["relevance", "newest", "oldest"], Query(description="Thứ tự / order")
    ] = "relevance",
    size: Annotated[int, Query(ge=0, le=MAX_PAGE_SIZE, description="Số kết quả mỗi trang / page size")] = 20,
    cursor: Annotated[
        str | None,
        Query(max_length=MAX_CURSOR_LENGTH, description="Con trỏ trang sau (next_cursor) / opaque cursor"),
    ] = None,
) -> SearchQuery:
    return build_search_query(
        q=q,
        province=province,
        district=district,
        commune=commune,
        story_type=story_type,
        model_type=model_type,
        source=source,
        date_from=date_from,
        date_to=date_to,
        has_people=has_people,
        relevant=relevant,
        sort=sort,
        size=size,
        cursor=cursor,
    )


def build_search_query(
    *,
    q: str = "",
    province: list[str] | None = None,
    district: list[str] | None = None,
    commune: list[str] | None = None,
    story_type: list[str] | None = None,
    model_type: list[str] | None = None,
    source: list[str] | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    has_people: bool | None = None,
    relevant: bool | None = None,
    sort: Literal["relevance", "newest", "oldest"] = "relevance",
    size: int = 20,
    cursor: str | None = None,
) -> SearchQuery:
    """The checks of :func:`search_query` after FastAPI's parameter validation (shared with the
    lean path of ``GET /api/search``, :mod:`search_api.lean_search`); raises :class:`ApiError`."""
    taxonomy = load_taxonomy()
    if date_from and date_to and date_from > date_to:
        raise bad_parameter(
            "'date_from' phải trước hoặc bằng 'date_to'", "'date_from' must not be after 'date_to'"
        )
    return SearchQuery(
        q=q,
        province=_check(province, _PROVINCE, "province", "mã tỉnh 2 chữ số", "a 2-digit province code"),
        district=_check(district, _DISTRICT, "district", "mã huyện 3 chữ số", "a 3-digit district code"),
        commune=_check(commune, _COMMUNE, "commune", "mã xã 5 chữ số", "a 5-digit commune code"),
        story_type=_check_ids(story_type, taxonomy.story_type_ids, "story_type"),
        model_type=_check_ids(model_type, taxonomy.model_type_ids, "model_type"),
        source=_check(
            source, _SOURCE, "source", "mã nguồn (chữ, số, . _ -)", "a source id (letters, digits, . _ -)"
        ),
        date_from=date_from,
        date_to=date_to,
        has_people=has_people,
        relevant=relevant,
        sort=sort,
        size=size,
        cursor=cursor or None,
    )


SearchQueryDep = Annotated[SearchQuery, Depends(search_query)]


async def require_admin(
    settings: SettingsDep,
    x_api_key: Annotated[str | None, Header(description="Khóa quản trị / admin API key")] = None,
) -> None:
    """Admin endpoints: disabled (403) while no key is configured, 401 on a wrong key."""
    secret = settings.admin_api_key.get_secret_value() if settings.admin_api_key else ""
    if not secret:
        raise ApiError(
            403,
            "admin_disabled",
            "Chức năng quản trị đang tắt (chưa đặt LANTOA_ADMIN_API_KEY)",
            "admin endpoints are disabled (LANTOA_ADMIN_API_KEY is not set)",
        )
    given = (x_api_key or "").encode("utf-8")
    if not hmac.compare_digest(given, secret.encode("utf-8")):
        logger.warning("admin request with a missing or wrong API key")
        raise ApiError(
            401,
            "unauthorized",
            "Thiếu hoặc sai khóa quản trị (X-API-Key)",
            "missing or wrong admin key (X-API-Key)",
            headers={"WWW-Authenticate": "X-API-Key"},
        )


AdminDep = Annotated[None, Depends(require_admin)]
