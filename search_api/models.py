"""Public response models of the JSON API (with OpenAPI examples)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from lantoa.schema import Article
from lantoa.store.base import SearchHit, SearchResult

#: Source ids as the registry names them (file names of crawlers/sources/*.yaml).
_SOURCE_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")

_EXAMPLE_LOCALITY: dict[str, Any] = {
    "as_written": "xã Mường Phăng",
    "level": "commune",
    "province": "Điện Biên",
    "province_code": "11",
    "district": "Điện Biên",
    "district_code": "099",
    "commune": "Mường Phăng",
    "commune_code": "03358",
    "current_province": "Điện Biên",
    "current_province_code": "11",
    "current_commune": "Mường Phăng",
    "current_commune_code": "03358",
    "lat": None,
    "lon": None,
    "role": "subject",
    "confidence": 0.95,
}

_EXAMPLE_HIT: dict[str, Any] = {
    "id": "3f1c2a9b8d7e6f5a4b3c",
    "url": "https://baodienbienphu.info.vn/tin-tuc/kinh-te/mo-hinh-nuoi-bo-sinh-san",
    "title": "Nuôi bò sinh sản giúp hơn 40 hộ thoát nghèo",
    "title_highlighted": "Nuôi <mark>bò sinh sản</mark> giúp hơn 40 hộ thoát nghèo",
    "fragments": ["… nhờ vốn vay ưu đãi, nhiều hộ nuôi <mark>bò sinh sản</mark> đã có thu nhập ổn định …"],
    "sapo": "Từ nguồn vốn Ngân hàng Chính sách xã hội, xã Mường Phăng có thêm 40 hộ thoát nghèo.",
    "source_id": "baodienbienphu",
    "source_name": "Báo Điện Biên Phủ",
    "published_at": "2025-03-14T08:30:00+07:00",
    "story_type": "poverty_model",
    "model_types": ["livestock", "preferential_credit"],
    "localities": [_EXAMPLE_LOCALITY],
    "summary": ["Xã Mường Phăng có thêm 40 hộ thoát nghèo nhờ nuôi bò sinh sản."],
    "people": ["Lò Văn Phương"],
    "cluster_id": None,
    "other_outlets": 2,
    "score": 12.41,
}


class HitPublic(SearchHit):
    """One search result. ``title_highlighted`` and ``fragments`` are escaped HTML with ``<mark>``."""

    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE_HIT]})


class SearchPublic(SearchResult):
    """A page of search results with facet counts and the cursor of the next page."""

    hits: list[HitPublic]  # type: ignore[assignment]

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "hits": [_EXAMPLE_HIT],
                    "total": 128,
                    "facets": {
                        "story_type": [{"value": "poverty_model", "count": 97}],
                        "model_type": [{"value": "livestock", "count": 41}],
                        "province": [{"value": "11", "count": 12}],
                    },
                    "took_ms": 8.2,
                    "next_cursor": "eyJvIjoyMH0",
                }
            ]
        }
    )


class ArticlePublic(Article):
    """A stored article with its tags (``body`` paragraphs are separated by a blank line)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "schema_version": 1,
                    "id": _EXAMPLE_HIT["id"],
                    "url": _EXAMPLE_HIT["url"],
                    "canonical_url": _EXAMPLE_HIT["url"],
                    "source_id": "baodienbienphu",
                    "source_name": "Báo Điện Biên Phủ",
                    "source_kind": "provincial_newspaper",
                    "source_province_code": "11",
                    "source_current_province_code": "11",
                    "title": _EXAMPLE_HIT["title"],
                    "sapo": _EXAMPLE_HIT["sapo"],
                    "body": "Đoạn một.\n\nĐoạn hai.",
                    "authors": ["Quang Hưng"],
                    "published_at": "2025-03-14T08:30:00+07:00",
                    "published_at_source": "jsonld",
                    "language": "vi",
                    "tags": {
                        "relevant": True,
                        "story_type": "poverty_model",
                        "model_types": ["livestock", "preferential_credit"],
                        "localities": [_EXAMPLE_LOCALITY],
                        "people": [{"name": "Lò Văn Phương", "as_written": "anh Lò Văn Phương"}],
                        "figures": [
                            {
                                "kind": "households_escaped_poverty",
                                "value": 40,
                                "unit": "hộ",
                                "as_written": "40 hộ",
                            }
                        ],
                    },
                }
            ]
        }
    )


class LocalitySuggestion(BaseModel):
    """An administrative unit whose name matches an autocomplete prefix."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "name": "Mường Phăng",
                    "full_name": "Xã Mường Phăng",
                    "level": "commune",
                    "code": "03358",
                    "structure": "current",
                    "parents": ["Tỉnh Điện Biên"],
                    "current": {
                        "province": "Điện Biên",
                        "province_code": "11",
                        "commune": None,
                        "commune_code": None,
                    },
                    "lat": 21.44,
                    "lon": 103.12,
                    "label": "Xã Mường Phăng, Tỉnh Điện Biên",
                }
            ]
        },
    )

    name: str = ""
    full_name: str = ""
    level: str | None = None
    code: str | None = None
    #: ``old`` (63 provinces, before 1 July 2025) or ``current`` (34 provinces).
    structure: str | None = None
    parents: list[str] = Field(default_factory=list)
    current: dict[str, Any] | None = None
    lat: float | None = None
    lon: float | None = None
    #: Ready-to-show text: full name and parents.
    label: str = ""


class LabelPublic(BaseModel):
    id: str
    vi: str
    en: str


class TaxonomyPublic(BaseModel):
    """Story types and model types; the ids are the values of the API filters."""

    story_types: list[LabelPublic]
    model_types: list[LabelPublic]


class SourcePublic(BaseModel):
    """A crawled source and its crawl health, as written by the crawler."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "id": "baodienbienphu",
                    "name": "Báo Điện Biên Phủ",
                    "ok": True,
                    "last_crawl": "2025-03-15T02:00:00+07:00",
                    "articles": 1520,
                }
            ]
        },
    )

    id: str = ""
    name: str = ""


class CountPublic(BaseModel):
    key: str
    label: str
    count: int


class WeekCount(BaseModel):
    #: Monday of the ISO week (Vietnam local dates).
    week_start: date
    count: int


class StatsPublic(BaseModel):
    """Article counts for the stats view and dashboards."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "total": 1520,
                    "relevant": 1204,
                    "by_week": [{"week_start": "2025-03-10", "count": 41}],
                    "by_province": [{"key": "11", "label": "Điện Biên", "count": 37}],
                    "by_province_old": [{"key": "11", "label": "Điện Biên", "count": 37}],
                    "by_story_type": [
                        {"key": "poverty_model", "label": "Mô hình, cách làm giảm nghèo", "count": 900}
                    ],
                    "by_model_type": [{"key": "livestock", "label": "Chăn nuôi", "count": 310}],
                    "by_source": [{"key": "baodienbienphu", "label": "Báo Điện Biên Phủ", "count": 120}],
                    "newest_published_at": "2025-03-15T07:00:00+07:00",
                }
            ]
        }
    )

    total: int
    relevant: int
    by_week: list[WeekCount] = Field(default_factory=list)
    by_province: list[CountPublic] = Field(default_factory=list)
    by_province_old: list[CountPublic] = Field(default_factory=list)
    by_story_type: list[CountPublic] = Field(default_factory=list)
    by_model_type: list[CountPublic] = Field(default_factory=list)
    by_source: list[CountPublic] = Field(default_factory=list)
    newest_published_at: datetime | None = None


class HealthPublic(BaseModel):
    """Service health: ``ok`` is false (and the status 503) when the store is down."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"ok": True, "version": "0.1.0", "store": {"ok": True, "backend": "sqlite", "articles": 1520}}
            ]
        }
    )

    ok: bool
    version: str
    store: dict[str, Any]


class ReindexPublic(BaseModel):
    reindexed: int
    took_ms: float


class CrawlRequest(BaseModel):
    """What to crawl: by default every active source, incrementally."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"sources": ["baodongnai"], "since": "2026-11-01", "max_articles": 200}]
        },
    )

    sources: list[str] = Field(
        default_factory=list,
        max_length=50,
        description="Mã nguồn (trống = mọi nguồn đang bật) / source ids (empty = every active source)",
    )
    since: date | None = Field(default=None, description="Thu thập lùi đến ngày / backfill since")
    max_articles: int | None = Field(default=None, ge=1, le=100_000)

    @field_validator("sources")
    @classmethod
    def _source_ids(cls, value: list[str]) -> list[str]:
        for source in value:
            if not _SOURCE_ID.fullmatch(source):
                raise ValueError(f"mã nguồn không hợp lệ / invalid source id: {source!r}")
        return list(dict.fromkeys(value))


class CrawlJobPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "job": "20261127T231500Z-a1b2c3",
                    "state": "finished",
                    "exit_code": 0,
                    "started_at": "2026-11-27T23:15:00+00:00",
                    "finished_at": "2026-11-27T23:17:41+00:00",
                    "sources": ["baodongnai"],
                    "since": None,
                    "max_articles": 200,
                    "log_tail": ["84 bài mới / new articles (1 sources, 149 pages, 0 failures)"],
                }
            ]
        }
    )

    job: str
    state: Literal["running", "finished", "lost"] = Field(
        description="running; finished (see exit_code: 0 = success); lost (the job's process died)"
    )
    exit_code: int | None
    started_at: str | None
    finished_at: str | None
    sources: list[str]
    since: str | None
    max_articles: int | None
    log_tail: list[str] = Field(description="Dòng cuối của nhật ký / last lines of the job's log")


class SourceEdit(BaseModel):
    """An admin's change to a crawl source; `null` puts a field back to the source file's value."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"status": "disabled"}, {"delay": 2.5}]}
    )

    status: Literal["active", "disabled"] | None = Field(
        default=None, description="Bật hoặc tắt nguồn / switch the source on or off"
    )
    delay: float | None = Field(
        default=None,
        ge=0.0,
        le=60.0,
        description="Giây giữa hai lần tải / seconds between requests to the site",
    )


class SourceOverridePublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"id": "baodongnai", "override": {"status": "disabled"}, "crawled": True}]
        }
    )

    id: str
    override: dict[str, Any] = Field(description="Những gì quản trị đã sửa / what admins changed")
    crawled: bool = Field(
        description="Nguồn đã có trong danh sách thu thập chưa (sai mã thì không) / whether a crawl has listed "
        "this source yet (false for a mistyped id: the crawler ignores overrides of unknown ids)"
    )
