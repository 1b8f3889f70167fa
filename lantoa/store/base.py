"""The store interface every backend implements (embedded SQLite, Elasticsearch)."""

from __future__ import annotations

import abc
import base64
import contextlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from lantoa.schema import Article, Locality

SortOrder = Literal["relevance", "newest", "oldest"]

#: Facet names, each also a filter of :class:`SearchQuery`. ``province`` holds the
#: current (34-province) codes, ``province_old`` the pre-2025 codes.
FACET_FIELDS: tuple[str, ...] = (
    "source",
    "story_type",
    "model_type",
    "province",
    "province_old",
    "district",
    "commune",
)
MAX_PAGE_SIZE = 100


class StoreError(Exception):
    """A store problem with a message fit to show a user (Vietnamese, then English)."""


class StoreUnavailable(StoreError):
    """The backend cannot be reached or opened (corrupt file, node down, locked)."""


class SpooledForLater(StoreUnavailable):
    """The work ran to the end while the backend was down: some articles wait in its durable spool."""


class QuerySyntaxError(StoreError, ValueError):
    """The query string cannot be parsed."""


class SearchQuery(BaseModel):
    q: str = ""
    #: Province codes, pre-2025 or current: either structure matches.
    province: list[str] = Field(default_factory=list)
    district: list[str] = Field(default_factory=list)
    commune: list[str] = Field(default_factory=list)
    story_type: list[str] = Field(default_factory=list)
    model_type: list[str] = Field(default_factory=list)
    source: list[str] = Field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    has_people: bool | None = None
    #: Only articles the tagger judged relevant (None: all).
    relevant: bool | None = None
    sort: SortOrder = "relevance"
    size: int = Field(default=20, ge=0, le=MAX_PAGE_SIZE)
    cursor: str | None = None
    facets: bool = True


class SearchHit(BaseModel):
    id: str
    url: str
    title: str
    #: HTML: the escaped title with ``<mark>`` around matched words.
    title_highlighted: str
    #: HTML: escaped fragments with ``<mark>`` around matched words.
    fragments: list[str] = Field(default_factory=list)
    sapo: str = ""
    source_id: str
    source_name: str = ""
    published_at: datetime | None = None
    story_type: str | None = None
    model_types: list[str] = Field(default_factory=list)
    localities: list[Locality] = Field(default_factory=list)
    summary: list[str] = Field(default_factory=list)
    people: list[str] = Field(default_factory=list)
    cluster_id: str | None = None
    #: How many other outlets carried the same (near-duplicate) story.
    other_outlets: int = 0
    score: float | None = None


class FacetBucket(BaseModel):
    value: str
    count: int


class SearchResult(BaseModel):
    hits: list[SearchHit]
    total: int
    facets: dict[str, list[FacetBucket]] = Field(default_factory=dict)
    took_ms: float = 0.0
    next_cursor: str | None = None


class StoreStats(BaseModel):
    backend: str
    location: str
    articles: int
    relevant: int
    by_source: dict[str, int] = Field(default_factory=dict)
    by_story_type: dict[str, int] = Field(default_factory=dict)
    newest_published_at: datetime | None = None


class Store(abc.ABC):
    """One interface, two backends. Implementations must be safe to reuse across calls."""

    backend: str = "abstract"

    @abc.abstractmethod
    def upsert(self, articles: Iterable[Article]) -> int:
        """Insert or replace by ``id``; returns how many were written."""

    def document_encoder(self) -> Callable[[Article], str] | None:
        """A picklable function that turns an Article into this backend's stored document.

        Bulk importers run it in their worker processes (beside tagging) and hand the
        results to :meth:`upsert_encoded`, so the writing process does not redo that work.
        ``None`` (the default) means the backend has nothing to precompute.
        """
        return None

    def upsert_encoded(self, articles: Sequence[Article], encoded: Sequence[str] | None) -> int:
        """:meth:`upsert` with documents already made by :meth:`document_encoder`."""
        return self.upsert(articles)

    @abc.abstractmethod
    def get(self, article_id: str) -> Article | None: ...

    @abc.abstractmethod
    def search(self, query: SearchQuery) -> SearchResult: ...

    @abc.abstractmethod
    def similar(self, article_id: str, size: int = 5) -> list[SearchHit]: ...

    @abc.abstractmethod
    def count(self) -> int: ...

    @abc.abstractmethod
    def stats(self) -> StoreStats: ...

    @abc.abstractmethod
    def iter_articles(self) -> Iterator[Article]:
        """Every stored article, in id order (for export)."""

    @abc.abstractmethod
    def health(self) -> dict[str, Any]:
        """``{"ok": bool, "backend": ..., ...}``; never raises."""

    def refresh(self) -> None:
        """Make recent writes searchable (no-op where writes are immediate)."""
        return None

    @contextlib.contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Around a long bulk load (``lantoa import``): a backend may relax per-write costs."""
        yield

    def close(self) -> None:
        """Release connections."""
        return None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def encode_cursor(payload: dict[str, Any]) -> str:
    raw = json.dumps(payload, separators=(",", ":"), default=str).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> dict[str, Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, UnicodeError) as exc:
        raise QuerySyntaxError("Con trỏ phân trang không hợp lệ / invalid cursor") from exc
    if not isinstance(value, dict):
        raise QuerySyntaxError("Con trỏ phân trang không hợp lệ / invalid cursor")
    return value
