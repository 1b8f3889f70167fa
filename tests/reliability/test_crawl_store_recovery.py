"""`lantoa crawl` whose store fails after the crawl: nothing is lost, the next run stores the leftovers.

The crawler marks each article as seen when it writes it, so without the pending-store registry
(lantoa/pending.py) a failed or killed store step would leave those articles only in the run's JSONL.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawlers.fixture_render import SiteRenderer, load_fixture_articles
from crawlers.fixture_server import FixtureServer
from crawlers.registry import default_registry
from lantoa.pending import PendingFiles
from lantoa.schema import article_id
from lantoa.store import open_store

ROOT = Path(__file__).resolve().parents[2]
SITE = "baodongnai"


def _crawl(out: Path, base_url: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    lantoa = Path(sys.executable).with_name("lantoa")
    assert lantoa.exists(), f"{lantoa} missing: install the project (pip install -e .)"
    cmd = [str(lantoa), "crawl", "--out", str(out), "--base-url", f"{SITE}={base_url}"]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_pending_registry_round_trip(tmp_path: Path) -> None:
    pending = PendingFiles(tmp_path / "state" / "pending-store.txt")
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("", encoding="utf-8")
    b.write_text("", encoding="utf-8")
    pending.add(a)
    pending.add(b)
    pending.add(a)
    assert pending.paths() == [a.resolve(), b.resolve()]
    pending.remove(a)
    assert pending.paths() == [b.resolve()]
    b.unlink()  # a file the user deleted is forgotten, not an error
    assert pending.paths() == []


@pytest.mark.slow
def test_store_failure_after_crawl_loses_nothing(tmp_path: Path) -> None:
    source = default_registry()[SITE]
    fixture = SiteRenderer(source, [a for a in load_fixture_articles() if a.site == SITE]).articles
    expected = {article_id(source.base_url + a.path) for a in fixture}
    data = tmp_path / "data"
    db = data / "lantoa.db"
    db.mkdir(parents=True)  # a directory where the database file should be: the store cannot open
    env = dict(os.environ, LANTOA_DATA_DIR=str(data))
    env.pop("LANTOA_STORE", None)
    first, second = tmp_path / "run1.jsonl", tmp_path / "run2.jsonl"
    with FixtureServer([SITE]) as server:
        base = server.base_urls[SITE]
        failed = _crawl(first, base, env)
        assert failed.returncode != 0, failed.stderr[-3000:]
        assert "Traceback" not in failed.stderr, failed.stderr[-3000:]
        crawled = {json.loads(line)["id"] for line in first.read_text(encoding="utf-8").splitlines()}
        assert crawled == expected
        assert PendingFiles(data / "crawl" / "pending-store.txt").paths() == [first.resolve()]

        db.rmdir()  # the store is back
        rerun = _crawl(second, base, env)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert "interrupted run" in rerun.stderr
    assert second.read_text(encoding="utf-8").strip() == ""  # everything was already seen
    assert PendingFiles(data / "crawl" / "pending-store.txt").paths() == []
    with open_store(f"sqlite:///{db}") as store:
        stored = [a.id for a in store.iter_articles()]
    assert len(stored) == len(set(stored)) and set(stored) == expected
