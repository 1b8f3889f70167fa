"""Request metrics in the Prometheus text exposition format (no client library needed)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict

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

    def render(self, gauges: dict[str, tuple[str, float]] | None = None) -> str:
        """The exposition text; ``gauges`` maps name -> (help, value)."""
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
