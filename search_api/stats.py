"""Article counts by week, province, story type, model type and source, built on ``Store.search``."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date, timedelta

from lantoa.store import Store
from lantoa.store.base import FacetBucket, SearchQuery
from lantoa.store.fields import LOCAL_TZ
from lantoa.taxonomy import load_taxonomy
from search_api.models import CountPublic, StatsPublic, WeekCount
from search_api.places import PlaceNames

MAX_WEEKS = 52
#: Seconds a computed stats answer is reused for the same query.
CACHE_SECONDS = 30.0


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _counts(buckets: list[FacetBucket], label: Callable[[str], str]) -> list[CountPublic]:
    return [CountPublic(key=b.value, label=label(b.value), count=b.count) for b in buckets]


def compute_stats(
    store: Store, base: SearchQuery, *, weeks: int, lang: str, places: PlaceNames, sources: dict[str, str]
) -> StatsPublic:
    """Counts for ``base`` (its text and filters); weeks end at the newest matching article."""
    taxonomy = load_taxonomy()
    query = base.model_copy(update={"size": 0, "cursor": None, "facets": True, "sort": "newest"})
    result = store.search(query)
    relevant = store.search(query.model_copy(update={"relevant": True, "facets": False})).total
    newest_hits = store.search(query.model_copy(update={"size": 1, "facets": False})).hits
    newest = newest_hits[0].published_at if newest_hits else None
    by_week: list[WeekCount] = []
    if newest is not None and weeks > 0:
        last = week_start(newest.astimezone(LOCAL_TZ).date())
        for i in range(weeks - 1, -1, -1):
            start = last - timedelta(weeks=i)
            end = start + timedelta(days=6)
            lo = max(start, query.date_from) if query.date_from else start
            hi = min(end, query.date_to) if query.date_to else end
            count = 0
            if lo <= hi:
                count = store.search(
                    query.model_copy(update={"date_from": lo, "date_to": hi, "facets": False})
                ).total
            by_week.append(WeekCount(week_start=start, count=count))
    facets = result.facets
    return StatsPublic(
        total=result.total,
        relevant=relevant,
        by_week=by_week,
        by_province=_counts(facets.get("province", []), lambda c: places.name("province", c)),
        by_province_old=_counts(facets.get("province_old", []), lambda c: places.name("province_old", c)),
        by_story_type=_counts(facets.get("story_type", []), lambda v: taxonomy.label(v, lang)),
        by_model_type=_counts(facets.get("model_type", []), lambda v: taxonomy.label(v, lang)),
        by_source=_counts(facets.get("source", []), lambda v: sources.get(v, v)),
        newest_published_at=newest,
    )


class StatsCache:
    """A tiny time-bounded cache: stats run a dozen searches, dashboards poll."""

    def __init__(self, seconds: float = CACHE_SECONDS, max_entries: int = 64) -> None:
        self.seconds = seconds
        self.max_entries = max_entries
        self._entries: dict[str, tuple[float, StatsPublic]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> StatsPublic | None:
        with self._lock:
            entry = self._entries.get(key)
        if entry and time.monotonic() - entry[0] < self.seconds:
            return entry[1]
        return None

    def put(self, key: str, value: StatsPublic) -> None:
        with self._lock:
            if len(self._entries) >= self.max_entries:
                self._entries.clear()
            self._entries[key] = (time.monotonic(), value)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
