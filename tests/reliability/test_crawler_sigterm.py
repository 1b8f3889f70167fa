"""`lantoa crawl` stopped with SIGTERM mid-crawl: clean stop, exit 0, what was crawled is stored, a rerun resumes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawlers.fixture_render import SiteRenderer, load_fixture_articles
from crawlers.fixture_server import Fault, FixtureServer
from crawlers.registry import default_registry
from lantoa.schema import article_id
from lantoa.store import open_store

ROOT = Path(__file__).resolve().parents[2]
SITE = "baodongnai"


def _ids(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _crawl_cmd(out: Path, base_url: str) -> list[str]:
    lantoa = Path(sys.executable).with_name("lantoa")  # the installed console script
    assert lantoa.exists(), f"{lantoa} missing: install the project (pip install -e .)"
    return [str(lantoa), "crawl", "--out", str(out), "--base-url", f"{SITE}={base_url}"]


@pytest.mark.slow
def test_sigterm_mid_crawl_stops_cleanly_and_a_rerun_completes_without_loss_or_duplicates(
    tmp_path: Path,
) -> None:
    source = default_registry()[SITE]
    fixture = SiteRenderer(source, [a for a in load_fixture_articles() if a.site == SITE]).articles
    expected = {article_id(source.base_url + a.path) for a in fixture}
    assert len(expected) == len(fixture) >= 20
    # Every article page answers after 1 s: with 8 requests in flight the crawl takes several seconds.
    faults = [Fault(SITE, a.path, "slow", delay=1.0) for a in fixture]
    env = dict(os.environ, LANTOA_DATA_DIR=str(tmp_path / "data"))
    env.pop("LANTOA_STORE", None)
    first, second = tmp_path / "run1.jsonl", tmp_path / "run2.jsonl"
    with FixtureServer([SITE], faults=faults) as server:
        base = server.base_urls[SITE]
        proc = subprocess.Popen(
            _crawl_cmd(first, base),
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(_ids(first)) < 3 and proc.poll() is None:
            time.sleep(0.05)
        assert proc.poll() is None, "the crawl ended before it could be interrupted"
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, stderr[-3000:]
        assert "shutdown signal received" in stderr and "run again to resume" in stderr
        assert "stopped early: shutdown" in stderr
        crawled = _ids(first)
        assert 3 <= len(crawled) < len(expected), "SIGTERM must stop the crawl before its end"
        assert f"stored {len(crawled)} articles" in stderr  # what was extracted reached the store
        report = json.loads((tmp_path / "data" / "crawl" / "last_report.json").read_text(encoding="utf-8"))
        assert report["finish_reason"] == "shutdown"
        with open_store(f"sqlite:///{tmp_path / 'data' / 'lantoa.db'}") as store:
            assert {a.id for a in store.iter_articles()} == set(crawled)

        rerun = subprocess.run(
            _crawl_cmd(second, base), cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
        )
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        assert "stopped early" not in rerun.stderr
    resumed = _ids(second)
    assert not set(crawled) & set(resumed), "the rerun fetched again what the first run had stored"
    assert len(crawled) + len(resumed) == len(set(crawled) | set(resumed)) == len(expected)
    assert set(crawled) | set(resumed) == expected
    with open_store(f"sqlite:///{tmp_path / 'data' / 'lantoa.db'}") as store:
        stored = [a.id for a in store.iter_articles()]
    assert len(stored) == len(set(stored)) and set(stored) == expected
