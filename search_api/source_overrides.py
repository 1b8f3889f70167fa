"""Admin edits of the crawl sources (``PUT /api/admin/sources/{id}``), kept where the crawler reads them.

The file is ``<data_dir>/crawl/source-overrides.json`` (see ``crawlers/overrides.py``, which
applies it at the start of every crawl): ``{source_id: {"status": "disabled", "delay": 2.0}}``.
The API never imports the crawler; it writes the file atomically under a lock, and checks ids
whether the crawler has listed the source yet (``health.json`` lists the sources crawled so far;
the crawler ignores, with a warning, an override for an id its registry does not have).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from lantoa.jobs import write_json
from lantoa.settings import Settings
from search_api.crawl_jobs import locked
from search_api.errors import ApiError
from search_api.sources import read_sources

FILE_NAME = "source-overrides.json"
#: Source ids as the registry accepts them.
SOURCE_ID = re.compile(r"[a-z][a-z0-9_]{1,40}")


def overrides_path(settings: Settings) -> Path:
    return settings.data_dir / "crawl" / FILE_NAME


def read_overrides(settings: Settings) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(overrides_path(settings).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise ApiError(
            503,
            "overrides_unreadable",
            f"Không đọc được tệp {FILE_NAME}",
            f"cannot read {FILE_NAME}: {exc}",
        ) from exc
    return data if isinstance(data, dict) else {}


def edit(settings: Settings, source_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Merge ``changes`` into the source's override (``None`` values remove a key); returns it."""
    if not SOURCE_ID.fullmatch(source_id):
        raise ApiError(422, "invalid_source_id", "Mã nguồn không hợp lệ", f"invalid source id: {source_id!r}")
    directory = overrides_path(settings).parent
    with locked(directory):
        overrides = read_overrides(settings)
        entry = {**overrides.get(source_id, {}), **changes}
        entry = {key: value for key, value in entry.items() if value is not None}
        if entry:
            overrides[source_id] = entry
        else:
            overrides.pop(source_id, None)
        write_json(overrides_path(settings), overrides)
    return entry


def crawled(settings: Settings, source_id: str) -> bool:
    """Whether a crawl has listed this source (in ``health.json``) so far."""
    return any(str(s.get("id")) == source_id for s in read_sources(settings))
