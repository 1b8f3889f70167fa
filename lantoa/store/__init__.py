"""Store selection: one URL-like setting picks the backend (no work at import time)."""

from __future__ import annotations

from pathlib import Path

from lantoa.store.base import (
    FACET_FIELDS,
    FacetBucket,
    QuerySyntaxError,
    SearchHit,
    SearchQuery,
    SearchResult,
    Store,
    StoreError,
    StoreStats,
    StoreUnavailable,
)

__all__ = [
    "FACET_FIELDS",
    "FacetBucket",
    "QuerySyntaxError",
    "SearchHit",
    "SearchQuery",
    "SearchResult",
    "Store",
    "StoreError",
    "StoreStats",
    "StoreUnavailable",
    "open_store",
]


def open_store(url: str, **options: object) -> Store:
    """Open the store named by ``url``: ``sqlite:///file.db`` or ``http(s)://host:9200``."""
    if url.startswith("sqlite:///"):
        from lantoa.store.sqlite import SqliteStore

        return SqliteStore(Path(url[len("sqlite:///") :]))
    if url.startswith(("http://", "https://")):
        from lantoa.store.elasticsearch import ElasticsearchStore  # type: ignore[import-not-found,unused-ignore]

        return ElasticsearchStore(url, **options)  # type: ignore[no-any-return,unused-ignore]
    raise StoreError(
        f"LANTOA_STORE không hợp lệ: {url!r} (dùng sqlite:///tệp.db hoặc http://máy:9200) / "
        f"invalid LANTOA_STORE {url!r}: use sqlite:///file.db or http://host:9200"
    )
