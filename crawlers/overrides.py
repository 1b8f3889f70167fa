"""Source settings edited by an admin through the API, applied over the registry's files.

``<state_dir>/source-overrides.json`` (``<data_dir>/crawl/`` by default) maps a source id to what
an admin changed: ``status`` (``active`` / ``disabled``) and ``delay`` (seconds between requests
to that site). The search API writes the file (``PUT /api/admin/sources/{id}``); the crawler
reads it at the start of every run. The source files themselves stay as the repository ships
them. A malformed file stops the crawl with a clear error rather than crawling what an admin
switched off.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from crawlers.registry import Source

logger = logging.getLogger(__name__)

FILE_NAME = "source-overrides.json"
EDITABLE = ("status", "delay")


class OverridesError(ValueError):
    """The overrides file cannot be read or holds values the registry would refuse."""


def load_overrides(state_dir: Path) -> dict[str, dict[str, Any]]:
    path = state_dir / FILE_NAME
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise OverridesError(f"không đọc được {path} / cannot read {path}: {exc}") from exc
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise OverridesError(f"{path} không phải JSON hợp lệ / is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise OverridesError(
            f"{path}: cần một đối tượng {{mã nguồn: {{...}}}} / expected {{source_id: {{...}}}}"
        )
    return data


def apply_overrides(registry: dict[str, Source], overrides: dict[str, dict[str, Any]]) -> dict[str, Source]:
    """The registry with each override applied (validated as the registry validates its files)."""
    result = dict(registry)
    for source_id, changes in overrides.items():
        source = result.get(source_id)
        if source is None:
            logger.warning("source override for an unknown source ignored: %s", source_id)
            continue
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise OverridesError(f"{source_id}: không sửa được / not editable: {', '.join(sorted(unknown))}")
        data = source.model_dump()
        if "status" in changes:
            data["status"] = changes["status"]
        if "delay" in changes:
            data["politeness"] = {**data["politeness"], "delay": changes["delay"]}
        try:
            result[source_id] = Source.model_validate(data)
        except ValueError as exc:
            raise OverridesError(f"{source_id}: giá trị không hợp lệ / invalid value: {exc}") from exc
    return result
