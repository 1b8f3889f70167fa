"""Request metrics in the Prometheus text exposition format (no client library needed)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from typing import Any

BUCKETS: tuple[float, ...] = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


def _escape_label(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


class Metrics:
    """Request counters and latency histograms keyed by method and route template."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: dict[tuple[str, str, str], int] = defaultdict(int)
        self.buckets: dict[tuple[str, str], list[int]] = {}
        self.sums: dict[tuple[str, str], float] = defaultdict(float)
        self.counts: dict[tuple[str, str], int] = defaultdict(int)
        self.in_flight = 0
        self.started = time.time()

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        key = (method, route)
        with self._lock:
            self.requests[(method, route, str(status))] += 1
            counts = self.buckets.setdefault(key, [0] * len(BUCKETS))
            for i, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    counts[i] += 1
            self.sums[key] += seconds
            self.counts[key] += 1

    def snapshot(self) -> dict[str, Any]:
        """The counters as JSON-ready lists (published for the other workers' scrapes)."""
        with self._lock:
            return {
                "requests": [[m, r, s, n] for (m, r, s), n in self.requests.items()],
                "histograms": [
                    [m, r, list(counts), self.sums[(m, r)], self.counts[(m, r)]]
                    for (m, r), counts in self.buckets.items()
                ],
                "in_flight": self.in_flight,
                "started": self.started,
            }

    def render(
        self, gauges: dict[str, tuple[str, float]] | None = None, others: list[dict[str, Any]] | None = None
    ) -> str:
        """The exposition text; ``gauges`` maps name -> (help, value). ``others``: the other
        worker processes' published figures (``search_api.metrics_shared``), added in."""
        if others is not None:
            return self._merged(others).render(_merged_gauges(gauges or {}, others))
        lines = [
            "# HELP lantoa_http_requests_total HTTP requests by method, route and status.",
            "# TYPE lantoa_http_requests_total counter",
        ]
        with self._lock:
            for (method, route, status), n in sorted(self.requests.items()):
                lines.append(
                    f'lantoa_http_requests_total{{method="{method}",route="{_escape_label(route)}",'
                    f'status="{status}"}} {n}'
                )
            lines += [
                "# HELP lantoa_http_request_duration_seconds Request latency by method and route.",
                "# TYPE lantoa_http_request_duration_seconds histogram",
            ]
            for (method, route), counts in sorted(self.buckets.items()):
                labels = f'method="{method}",route="{_escape_label(route)}"'
                for bound, n in zip(BUCKETS, counts, strict=True):
                    lines.append(f'lantoa_http_request_duration_seconds_bucket{{{labels},le="{bound}"}} {n}')
                total = self.counts[(method, route)]
                lines.append(f'lantoa_http_request_duration_seconds_bucket{{{labels},le="+Inf"}} {total}')
                lines.append(
                    f"lantoa_http_request_duration_seconds_sum{{{labels}}} {self.sums[(method, route)]:.6f}"
                )
                lines.append(f"lantoa_http_request_duration_seconds_count{{{labels}}} {total}")
            in_flight = self.in_flight
        lines += [
            "# HELP lantoa_http_requests_in_flight Requests being served now.",
            "# TYPE lantoa_http_requests_in_flight gauge",
            f"lantoa_http_requests_in_flight {in_flight}",
            "# HELP lantoa_process_start_time_seconds Start time of the process (Unix time).",
            "# TYPE lantoa_process_start_time_seconds gauge",
            f"lantoa_process_start_time_seconds {self.started:.3f}",
        ]
        for name, (help_text, value) in sorted((gauges or {}).items()):
            lines += [f"# HELP {name} {help_text}", f"# TYPE {name} gauge", f"{name} {value:g}"]
        return "\n".join(lines) + "\n"

    def _merged(self, others: list[dict[str, Any]]) -> Metrics:
        """A copy of these metrics with the other workers' counters added (in flight: live ones)."""
        merged = Metrics()
        own = self.snapshot()
        merged.started = own["started"]
        merged.in_flight = own["in_flight"]
        for data in [own, *others]:
            for method, route, status, n in data.get("requests", []):
                merged.requests[(method, route, status)] += n
            for method, route, counts, total, n in data.get("histograms", []):
                key = (method, route)
                mine = merged.buckets.setdefault(key, [0] * len(BUCKETS))
                for i, count in enumerate(counts[: len(BUCKETS)]):
                    mine[i] += count
                merged.sums[key] += total
                merged.counts[key] += n
        for data in others:
            if data.get("alive"):
                merged.in_flight += int(data.get("in_flight", 0))
                merged.started = min(merged.started, float(data.get("started", merged.started)))
        return merged


def _merged_gauges(
    gauges: dict[str, tuple[str, float]], others: list[dict[str, Any]]
) -> dict[str, tuple[str, float]]:
    """This worker's gauges combined with the live workers' (summed, or the lowest for
    :data:`~search_api.metrics_shared.MIN_GAUGES`), plus ``lantoa_api_workers``."""
    from search_api.metrics_shared import MIN_GAUGES

    merged = dict(gauges)
    live = [data for data in others if data.get("alive")]
    for data in live:
        for name, (help_text, value) in data.get("gauges", {}).items():
            if name not in merged:
                merged[name] = (help_text, float(value))
                continue
            mine = merged[name][1]
            merged[name] = (merged[name][0], min(mine, value) if name in MIN_GAUGES else mine + value)
    merged["lantoa_api_workers"] = ("API worker processes answering (live).", float(1 + len(live)))
    return merged


def app_gauges(state: Any) -> dict[str, tuple[str, float]]:
    """The app's own gauges (store open, search cache counters) from its ``app.state``."""
    cache = state.search_cache
    return {
        "lantoa_store_open": ("1 when the store is open.", 1.0 if state.store is not None else 0.0),
        "lantoa_search_cache_hits": ("Searches answered from the result cache.", float(cache.hits)),
        "lantoa_search_cache_misses": ("Searches that went to the store.", float(cache.misses)),
        "lantoa_search_cache_joined": (
            "Searches answered by waiting for the same search already running.",
            float(getattr(cache, "joined", 0)),
        ),
    }
