"""Crawl health per source, written to ``<state_dir>/health.json`` for the API (which may not import crawlers)."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from crawlers.registry import Source
from crawlers.report import CrawlReport

#: A required field whose selector fails on more than this share of article pages marks the source broken.
BROKEN_FIELD_SHARE = 0.5
REQUIRED_FIELDS = ("title", "body", "date")


def source_health(
    source: Source, report: CrawlReport, started: datetime, previous: dict[str, Any] | None
) -> dict[str, Any]:
    sr = report.source(source.id)
    pages = max(sr.article_pages, 1)
    broken_fields = sorted(
        f for f in REQUIRED_FIELDS if sr.selector_failures.get(f, 0) / pages > BROKEN_FIELD_SHARE
    )
    nothing_works = sr.pages_fetched == 0 or (
        sr.articles_extracted == 0 and sr.skipped_seen == 0 and sr.not_modified == 0
    )
    success = sr.articles_extracted > 0 or sr.not_modified > 0 or sr.skipped_seen > 0
    return {
        "id": source.id,
        "name": source.name,
        "kind": source.kind,
        "province_code": source.province_code,
        "current_province_code": source.current_province_code,
        "base_url": source.base_url,
        "last_run": started.isoformat(),
        "last_success": started.isoformat() if success else (previous or {}).get("last_success"),
        "pages_fetched": sr.pages_fetched,
        "articles_extracted": sr.articles_extracted,
        "failures": dict(sr.failures),
        "limits": dict(sr.limits),
        "selector_failures": dict(sr.selector_failures),
        "broken": bool(broken_fields) or nothing_works,
        "broken_fields": broken_fields,
    }


def read_health(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return data if isinstance(data, list) else []


def write_health(path: Path, sources: list[Source], report: CrawlReport, started: datetime) -> None:
    """Merge this run's health into ``path`` (sources not crawled this time keep their entry); atomic write."""
    previous = {entry.get("id"): entry for entry in read_health(path)}
    for source in sources:
        previous[source.id] = source_health(source, report, started, previous.get(source.id))
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(
        json.dumps(sorted(previous.values(), key=lambda e: e["id"]), ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    os.replace(tmp, path)
