"""The weekly scheduler: next Monday 07:00 Vietnam time from any timezone, and a clean SIGTERM stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from digest_support import SmtpCollector

from lantoa.store.sqlite import SqliteStore
from search_api.digest.scheduler import Scheduler, next_run, week_to_build
from search_api.digest.week import VN_TZ, IsoWeek


@pytest.mark.parametrize(
    ("now", "expected_utc"),
    [
        # Sunday 23:30 UTC is already Monday 06:30 in Vietnam: run in 30 minutes.
        (datetime(2026, 11, 22, 23, 30, tzinfo=UTC), datetime(2026, 11, 23, 0, 0, tzinfo=UTC)),
        # Sunday 17:00 UTC = Monday 00:00 in Vietnam.
        (datetime(2026, 11, 22, 17, 0, tzinfo=UTC), datetime(2026, 11, 23, 0, 0, tzinfo=UTC)),
        # Exactly Monday 07:00 in Vietnam: the next run is a week later, never "now" again.
        (datetime(2026, 11, 23, 0, 0, tzinfo=UTC), datetime(2026, 11, 30, 0, 0, tzinfo=UTC)),
        # Monday 08:00 in Vietnam (Monday 01:00 UTC): next week.
        (datetime(2026, 11, 23, 1, 0, tzinfo=UTC), datetime(2026, 11, 30, 0, 0, tzinfo=UTC)),
        # Saturday evening in New York is Sunday morning in Vietnam.
        (
            datetime(2026, 11, 21, 20, 0, tzinfo=ZoneInfo("America/New_York")),
            datetime(2026, 11, 23, 0, 0, tzinfo=UTC),
        ),
        # Across the year end.
        (datetime(2026, 12, 31, 12, 0, tzinfo=UTC), datetime(2027, 1, 4, 0, 0, tzinfo=UTC)),
    ],
)
def test_next_run_is_monday_0700_vietnam_time(now: datetime, expected_utc: datetime) -> None:
    due = next_run(now)
    assert due == expected_utc
    local = due.astimezone(VN_TZ)
    assert (local.weekday(), local.hour, local.minute) == (0, 7, 0)


def test_next_run_needs_an_aware_datetime() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        next_run(datetime(2026, 11, 23, 7, 0))


def test_monday_run_builds_the_week_just_ended() -> None:
    assert week_to_build(datetime(2026, 11, 23, 7, 0, tzinfo=VN_TZ)) == IsoWeek(2026, 47)
    assert week_to_build(datetime(2027, 1, 4, 7, 0, tzinfo=VN_TZ)) == IsoWeek(2026, 53)


def test_scheduler_waits_for_the_due_time_then_runs_the_job() -> None:
    start = datetime(2026, 11, 23, 6, 59, 59, 900000, tzinfo=VN_TZ)
    began = time.monotonic()

    def clock() -> datetime:  # real elapsed time, starting 0.1 s before the run is due
        return start + timedelta(seconds=time.monotonic() - began)

    weeks: list[IsoWeek] = []
    assert Scheduler(weeks.append, clock=clock).run(max_runs=1) == 1
    assert weeks == [IsoWeek(2026, 47)]
    assert time.monotonic() - began >= 0.09


def test_a_failing_job_does_not_stop_the_scheduler() -> None:
    calls: list[IsoWeek] = []
    base = datetime(2026, 11, 23, 6, 59, 59, 950000, tzinfo=VN_TZ)
    began = time.monotonic()

    def clock() -> datetime:
        # After the first run, jump to just before the next Monday 07:00.
        elapsed = time.monotonic() - began
        return base + timedelta(seconds=elapsed) + (timedelta(days=7, seconds=-0.1) if calls else timedelta())

    def job(week: IsoWeek) -> None:
        calls.append(week)
        if len(calls) == 1:
            raise RuntimeError("store down")

    assert Scheduler(job, clock=clock).run(max_runs=2) == 2
    assert calls == [IsoWeek(2026, 47), IsoWeek(2026, 48)]


def test_schedule_command_stops_cleanly_on_sigterm(store: SqliteStore, tmp_path: Path) -> None:
    env = {**os.environ, "LANTOA_STORE": f"sqlite:///{store.path}", "LANTOA_DATA_DIR": str(tmp_path / "d")}
    process = subprocess.Popen(
        [sys.executable, "-m", "lantoa.cli_digest", "digest", "schedule"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        assert process.stderr is not None
        first = process.stderr.readline()
        assert "Lịch bản tin: lần chạy tới 07:00" in first and "(giờ Việt Nam)" in first
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
        assert time.monotonic() - started < 5
        assert "Đã dừng lịch bản tin / scheduler stopped" in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_scheduled_job_writes_the_draft_and_mails_it(
    store: SqliteStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    smtp_server: tuple[int, SmtpCollector],
) -> None:
    import argparse

    from lantoa.cli_digest import scheduled_job
    from lantoa.settings import get_settings
    from search_api.digest.config import get_digest_settings

    port, handler = smtp_server
    monkeypatch.setenv("LANTOA_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("LANTOA_SMTP_PORT", str(port))
    monkeypatch.setenv("LANTOA_DIGEST_RECIPIENTS", "bientap@tinh.gov.vn")
    get_settings.cache_clear()
    get_digest_settings.cache_clear()
    args = argparse.Namespace(
        store=f"sqlite:///{store.path}",
        province=None,
        story_type=None,
        model_type=None,
        size=None,
        issuer=None,
        max_per_source=None,
        email=True,
    )
    scheduled_job(args)(IsoWeek(2026, 47))
    week_dir = get_settings().data_dir / "digests" / "2026-W47"
    assert sorted(p.name for p in week_dir.iterdir()) == [
        "draft.docx",
        "draft.html",
        "draft.json",
        "draft.md",
    ]
    assert len(handler.envelopes) == 1 and handler.envelopes[0].rcpt_tos == ["bientap@tinh.gov.vn"]
