"""The weekly scheduler: build the draft every Monday 07:00 Vietnam time; stops cleanly on SIGTERM/SIGINT."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import datetime, time, timedelta
from types import FrameType

from search_api.digest.week import VN_TZ, IsoWeek, current_week

logger = logging.getLogger(__name__)

RUN_WEEKDAY = 0  # Monday
RUN_TIME = time(7, 0)


def next_run(now: datetime, *, weekday: int = RUN_WEEKDAY, at: time = RUN_TIME) -> datetime:
    """The first ``weekday`` ``at`` (Vietnam time) strictly after ``now`` (an aware datetime)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    local = now.astimezone(VN_TZ)
    days = (weekday - local.weekday()) % 7
    candidate = datetime.combine(local.date() + timedelta(days=days), at, tzinfo=VN_TZ)
    if candidate <= local:
        candidate += timedelta(days=7)
    return candidate


def week_to_build(run_at: datetime) -> IsoWeek:
    """The most recent complete week: on a Monday morning, the week that has just ended."""
    return current_week(run_at).previous()


class Scheduler:
    """Runs ``job(week)`` at every :func:`next_run`; ``stop()`` (or SIGTERM) ends it promptly."""

    def __init__(
        self,
        job: Callable[[IsoWeek], None],
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(VN_TZ),
    ) -> None:
        self.job = job
        self.clock = clock
        self._stop = threading.Event()

    def stop(self, *_: object) -> None:
        self._stop.set()

    def install_signal_handlers(self) -> None:
        def handler(signum: int, frame: FrameType | None) -> None:
            logger.info("Signal %d received; scheduler stopping", signum)
            self.stop()

        signal.signal(signal.SIGTERM, handler)
        signal.signal(signal.SIGINT, handler)

    def run(self, *, max_runs: int | None = None) -> int:
        """Loop until stopped (or ``max_runs`` jobs ran); returns how many jobs ran."""
        runs = 0
        while not self._stop.is_set() and (max_runs is None or runs < max_runs):
            due = next_run(self.clock())
            logger.info("Next digest run at %s", due.isoformat())
            while not self._stop.is_set():
                remaining = (due - self.clock()).total_seconds()
                if remaining <= 0:
                    break
                self._stop.wait(min(remaining, 60.0))
            if self._stop.is_set():
                break
            week = week_to_build(due)
            try:
                self.job(week)
            except Exception:  # one failed week must not stop the scheduler
                logger.exception("Digest run for %s failed", week)
            runs += 1
        logger.info("Scheduler stopped after %d runs", runs)
        return runs
