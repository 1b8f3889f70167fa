"""Seen-URL store: marks committed in batches survive a SIGKILL up to the last batch, and all on close."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import crawlers.state
from crawlers.state import COMMIT_EVERY, CrawlState

ROOT = Path(__file__).resolve().parents[2]
_CHILD = """
import os, signal, sys
from pathlib import Path
import crawlers.state
from crawlers.state import CrawlState
crawlers.state.COMMIT_AFTER_S = 1e9  # batches by count only: the test does not depend on the machine's speed
state = CrawlState(Path(sys.argv[1]))
for i in range(int(sys.argv[2])):
    state.mark_seen(f"https://baodongnai.com.vn/xa-hoi/a-{i}/", "baodongnai", "article", f"id{i}")
if sys.argv[3] == "kill":
    os.kill(os.getpid(), signal.SIGKILL)
state.close()
"""


def _run(state_dir: Path, marks: int, end: str) -> int:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(state_dir), str(marks), end], cwd=ROOT, check=False
    )
    return proc.returncode


def test_killed_process_keeps_every_full_batch_of_seen_marks(tmp_path: Path) -> None:
    assert _run(tmp_path, COMMIT_EVERY + 7, "kill") == -signal.SIGKILL
    state = CrawlState(tmp_path)
    assert state.seen_count("baodongnai") == COMMIT_EVERY  # the last 7 are fetched again next run
    assert state.is_seen("https://baodongnai.com.vn/xa-hoi/a-0/")
    assert not state.is_seen(f"https://baodongnai.com.vn/xa-hoi/a-{COMMIT_EVERY}/")
    state.close()


def test_close_commits_the_last_partial_batch(tmp_path: Path) -> None:
    assert _run(tmp_path, 7, "close") == 0
    state = CrawlState(tmp_path)
    assert state.seen_count() == 7
    state.close()


def test_marks_are_visible_to_the_crawl_before_they_are_committed(tmp_path: Path) -> None:
    state = CrawlState(tmp_path)
    state.mark_seen("https://baodongnai.com.vn/xa-hoi/b/", "baodongnai", "rejected:not_html")
    assert state.is_seen("https://baodongnai.com.vn/xa-hoi/b/") and state.seen_count() == 1
    state.close()


def test_commit_due_commits_the_marks_of_a_quiet_crawl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = CrawlState(tmp_path)
    state.mark_seen("https://baodongnai.com.vn/xa-hoi/c/", "baodongnai", "article", "idc")
    other = sqlite3.connect(tmp_path / "state.db")  # another process's view of the file

    def committed() -> int:
        return int(other.execute("SELECT COUNT(*) FROM seen").fetchone()[0])

    state.commit_due()  # not yet COMMIT_AFTER_S old
    assert committed() == 0
    monkeypatch.setattr(crawlers.state, "COMMIT_AFTER_S", 0.0)
    state.commit_due()
    assert committed() == 1
    other.close()
    state.close()
