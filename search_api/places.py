"""Names of administrative units for labels: the gazetteer when present, else names seen in articles."""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Iterable
from typing import Any

from lantoa.schema import Locality

logger = logging.getLogger(__name__)

#: Gazetteer uid prefixes per facet level (current structure first for communes).
_UID_PREFIXES: dict[str, tuple[str, ...]] = {
    "province": ("n:p:",),
    "province_old": ("o:p:",),
    "district": ("o:d:",),
    "commune": ("n:c:", "o:c:"),
}


class PlaceNames:
    """``code -> display name`` with names learnt from localities as a fallback."""

    def __init__(self) -> None:
        self._names: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def learn(self, localities: Iterable[Locality]) -> None:
        pairs = []
        for loc in localities:
            pairs.extend(
                [
                    ("province", loc.current_province_code, loc.current_province),
                    ("province_old", loc.province_code, loc.province),
                    ("district", loc.district_code, loc.district),
                    ("commune", loc.current_commune_code, loc.current_commune),
                    ("commune", loc.commune_code, loc.commune),
                ]
            )
        with self._lock:
            for level, code, name in pairs:
                if code and name:
                    self._names.setdefault((level, code), name)

    def name(self, level: str, code: str) -> str:
        """A display name for a facet value; the code itself when nothing is known."""
        found = _gazetteer_name(level, code)
        if found:
            return found
        with self._lock:
            known = self._names.get((level, code))
            if known is None and level == "province_old":
                known = self._names.get(("province", code))
            if known is None and level == "province":
                known = self._names.get(("province_old", code))
        return known or code


def _gazetteer() -> Any | None:
    try:
        return importlib.import_module("lantoa.gazetteer")
    except ImportError:
        return None


def _gazetteer_name(level: str, code: str) -> str | None:
    module = _gazetteer()
    if module is None:
        return None
    try:
        gazetteer = module.load_gazetteer()
    except Exception as exc:  # a broken data file must not break labels
        logger.warning("gazetteer unavailable for labels: %s", exc)
        return None
    for prefix in _UID_PREFIXES.get(level, ()):
        unit = gazetteer.get(prefix + code)
        if unit is not None:
            return str(unit.name)
    return None


def suggest(q: str, limit: int) -> list[dict[str, Any]]:
    """Autocomplete through ``lantoa.gazetteer.search_localities``; [] when it is not installed."""
    module = _gazetteer()
    fn = getattr(module, "search_localities", None) if module else None
    if fn is None:
        logger.info("gazetteer not available; no locality suggestions")
        return []
    return [_as_dict(item) for item in fn(q, limit)]


def gazetteer_available() -> bool:
    module = _gazetteer()
    return module is not None and hasattr(module, "search_localities")


def _as_dict(item: Any) -> dict[str, Any]:
    data: dict[str, Any] = dict(item) if isinstance(item, dict) else {"name": str(item)}
    parents = [str(p) for p in data.get("parents") or []]
    full = str(data.get("full_name") or data.get("name") or "")
    data.setdefault("label", ", ".join([full, *parents]))
    return data
