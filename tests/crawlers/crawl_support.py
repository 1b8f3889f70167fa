"""Helpers for the crawler tests: fixture article files and a crawl run in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).with_name("fixtures")
SMALL_ARTICLES = FIXTURES / "articles_small.jsonl"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def crawl_command(out: Path, state: Path, base_urls: dict[str, str], *extra: str) -> list[str]:
    cmd = [
        sys.executable,
        "-m",
        "crawlers",
        "crawl",
        "--out",
        str(out),
        "--state-dir",
        str(state),
        "--quiet",
        "--backoff",
        "0.1",
        "--timeout",
        "5",
    ]
    for sid, url in base_urls.items():
        cmd += ["--base-url", f"{sid}={url}"]
    return cmd + list(extra)


def crawl_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["LANTOA_DATA_DIR"] = str(tmp / "data")
    env.pop("LANTOA_STORE", None)
    return env


def run_crawl_subprocess(
    tmp: Path, out: Path, state: Path, base_urls: dict[str, str], *extra: str, timeout: float = 90
) -> dict[str, Any]:
    """Run ``python -m crawlers crawl`` and return its JSON report (asserting exit code 0)."""
    proc = subprocess.run(
        crawl_command(out, state, base_urls, *extra),
        cwd=ROOT,
        env=crawl_env(tmp),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])
