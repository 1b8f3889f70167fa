"""Crawl health of sources, read from ``<data_dir>/crawl/health.json`` (written by the crawler)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from lantoa.settings import Settings
from search_api.errors import ApiError

logger = logging.getLogger(__name__)


def health_path(settings: Settings) -> Path:
    return settings.data_dir / "crawl" / "health.json"


def read_sources(settings: Settings) -> list[dict[str, Any]]:
    """The crawler's list of sources; [] when the file does not exist yet."""
    path = health_path(settings)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except OSError as exc:
        logger.warning("cannot read %s: %s", path, exc)
        raise _unreadable(path) from exc
    try:
        data = json.loads(raw)
    except ValueError as exc:
        logger.warning("invalid JSON in %s: %s", path, exc)
        raise _unreadable(path) from exc
    if isinstance(data, dict) and isinstance(data.get("sources"), list):
        data = data["sources"]
    if not isinstance(data, list):
        raise _unreadable(path)
    sources = []
    for entry in data:
        if isinstance(entry, dict):
            item = dict(entry)
            item.setdefault("id", str(entry.get("source_id", "")))
            item.setdefault("name", str(entry.get("source_name", "")))
            sources.append(item)
    return sources


def source_names(settings: Settings) -> dict[str, str]:
    """``source id -> display name`` (empty when the health file is missing or unreadable)."""
    try:
        return {str(s["id"]): str(s["name"]) for s in read_sources(settings) if s.get("id") and s.get("name")}
    except ApiError:
        return {}


def _unreadable(path: Path) -> ApiError:
    return ApiError(
        503,
        "sources_unavailable",
        f"Không đọc được tệp tình trạng thu thập {path.name}",
        f"cannot read the crawl health file {path.name}",
    )
