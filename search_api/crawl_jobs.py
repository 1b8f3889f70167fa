"""Crawls started from the API (``POST /api/admin/crawl``): one at a time, each a background job.

The API never imports the crawler: it runs ``lantoa crawl`` in its own process under
:mod:`lantoa.jobs`, which records the job's end. Jobs live in ``<data_dir>/crawl/jobs/``:
``<job>.json`` (state, exit code, times, the command's arguments), ``<job>.log`` (its output)
and ``current.json`` (the latest job). The crawl uses the API's own data directory and store.
"""

from __future__ import annotations

import fcntl
import os
import secrets
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from lantoa.jobs import now_iso, read_status, write_json
from lantoa.settings import Settings
from search_api.errors import ApiError
from search_api.processes import pid_alive

LOG_TAIL_LINES = 20


def jobs_dir(settings: Settings) -> Path:
    return settings.data_dir / "crawl" / "jobs"


@contextmanager
def locked(directory: Path) -> Iterator[None]:
    """One starter at a time across the API's worker processes."""
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / ".lock").open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _state(status: dict[str, Any]) -> str:
    """``running``, ``finished`` or ``lost`` (the runner died without recording an end). Only the
    runner writes the status once it has started (its pid first), so nothing overwrites its end."""
    state = str(status.get("state", "running"))
    pid = int(status.get("runner_pid") or 0)
    if state == "running" and pid > 0 and not pid_alive(pid):
        return "lost"
    return state


def _log_tail(path: Path) -> list[str]:
    try:
        with path.open("rb") as handle:
            handle.seek(max(0, path.stat().st_size - 16_384))
            text = handle.read().decode("utf-8", errors="replace")
    except OSError:
        return []
    return text.splitlines()[-LOG_TAIL_LINES:]


def describe(settings: Settings, job: str) -> dict[str, Any] | None:
    """A job's public description (state, exit code, times, arguments, last log lines)."""
    directory = jobs_dir(settings)
    status = read_status(directory / f"{job}.json")
    if status is None:
        return None
    return {
        "job": job,
        "state": _state(status),
        "exit_code": status.get("exit_code"),
        "started_at": status.get("started_at"),
        "finished_at": status.get("finished_at"),
        "sources": status.get("sources", []),
        "since": status.get("since"),
        "max_articles": status.get("max_articles"),
        "log_tail": _log_tail(directory / f"{job}.log"),
    }


def latest(settings: Settings) -> dict[str, Any] | None:
    current = read_status(jobs_dir(settings) / "current.json")
    return describe(settings, str(current["job"])) if current and current.get("job") else None


def _command(sources: list[str], since: date | None, max_articles: int | None) -> list[str]:
    command = [sys.executable, "-m", "lantoa.cli", "crawl"]
    for source in sources:
        command += ["--source", source]
    if since is not None:
        command += ["--since", since.isoformat()]
    if max_articles is not None:
        command += ["--max-articles", str(max_articles)]
    return command


def _reap(process: subprocess.Popen[bytes], status_path: Path) -> None:
    """Wait for the runner (no zombie); if it ended without recording an end, record it as lost."""

    def wait() -> None:
        code = process.wait()
        status = read_status(status_path) or {}
        if status.get("state") == "running":
            write_json(status_path, {**status, "state": "lost", "exit_code": code, "finished_at": now_iso()})

    threading.Thread(target=wait, name="crawl-job-reaper", daemon=True).start()


def start(
    settings: Settings, sources: list[str], since: date | None, max_articles: int | None
) -> dict[str, Any]:
    """Start a crawl unless one started here is still running (409)."""
    directory = jobs_dir(settings)
    with locked(directory):
        running = latest(settings)
        if running is not None and running["state"] == "running":
            raise ApiError(
                409,
                "crawl_running",
                f"Đang có một lượt thu thập chạy ({running['job']})",
                f"a crawl is already running ({running['job']})",
            )
        job = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"
        status_path = directory / f"{job}.json"
        write_json(
            status_path,
            {
                "state": "running",
                "started_at": now_iso(),
                "sources": sources,
                "since": since.isoformat() if since else None,
                "max_articles": max_articles,
            },
        )
        env = dict(os.environ, LANTOA_DATA_DIR=str(settings.data_dir), LANTOA_STORE=settings.store_url)
        with (directory / f"{job}.log").open("ab") as log:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "lantoa.jobs",
                    str(status_path),
                    "--",
                    *_command(sources, since, max_articles),
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,  # a restart of the API does not stop the crawl
            )
        write_json(directory / "current.json", {"job": job})
        _reap(process, status_path)
    described = describe(settings, job)
    if described is None:  # the status file vanished at once (the data directory was removed)
        raise ApiError(
            503, "crawl_status_lost", "Mất tệp trạng thái lượt thu thập", f"crawl job {job} has no status"
        )
    return described
