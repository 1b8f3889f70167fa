"""A whole crawl against servers that reset, never stop paging, send gzip bombs and huge pages."""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from crawl_support import ROOT, crawl_command, crawl_env, read_jsonl

from crawlers.fixture_render import SiteRenderer, load_fixture_articles
from crawlers.fixture_server import Fault, FixtureServer, gzip_bomb
from crawlers.registry import default_registry
from crawlers.runner import DEPTH_MARGIN

#: The crawler's page cap (runner DOWNLOAD_MAXSIZE) and what the bad pages send: far above it.
PAGE_CAP = 8 * 1024 * 1024
BOMB_SIZE = 512 * 1024 * 1024
HUGE_SIZE = 64 * 1024 * 1024
#: Peak RSS of the crawler process. A crawl of the fixture sites needs about 110 MB; inflating the bomb
#: (512 MB) or holding the huge pages would go far past this (about 3.9 GB without the page cap).
RSS_LIMIT_MB = 300
#: Runs ``python -m crawlers`` and prints the process's own peak RSS (KB) to stderr when it exits.
#: VmHWM is this process's own high-water mark; getrusage's ru_maxrss would also count the parent
#: (pytest) that forked it, since Linux carries it across exec.
_MEASURED = (
    "import atexit, runpy, sys\n"
    "def _hwm():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            print('PEAK_RSS_KB=%d' % int(line.split()[1]), file=sys.stderr)\n"
    "atexit.register(_hwm)\n"
    "sys.argv[0] = 'crawlers'\n"
    "runpy.run_module('crawlers', run_name='__main__', alter_sys=True)\n"
)


def _measured_crawl(
    tmp: Path, out: Path, state: Path, base_urls: dict[str, str]
) -> tuple[dict[str, Any], float]:
    """Run the crawl CLI in a subprocess (at most 60 s); return its JSON report and peak RSS in MB."""
    cmd = crawl_command(out, state, base_urls)
    assert cmd[1:4] == ["-m", "crawlers", "crawl"]
    cmd = [cmd[0], "-c", _MEASURED, *cmd[3:]]
    proc = subprocess.run(cmd, cwd=ROOT, env=crawl_env(tmp), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    peak_kb = [
        int(line.split("=")[1]) for line in proc.stderr.splitlines() if line.startswith("PEAK_RSS_KB=")
    ]
    assert len(peak_kb) == 1, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1]), peak_kb[0] / 1024


def _article_paths(articles_path: Path) -> dict[str, list[tuple[str, str]]]:
    """Site id -> sorted (path, title) of its fixture articles."""
    registry = default_registry()
    articles = load_fixture_articles(articles_path)
    out: dict[str, list[tuple[str, str]]] = {}
    for sid in ("dongnai_portal", "baodongnai", "nhandan"):
        renderer = SiteRenderer(registry[sid], [a for a in articles if a.site == sid])
        titles = {a.key: a.title for a in articles}
        out[sid] = sorted((art.path, titles[art.key]) for art in renderer.articles)
    return out


def test_gzip_bomb_is_small_on_the_wire_and_inflates_past_the_cap() -> None:
    bomb = gzip_bomb(16 * 1024 * 1024)
    assert len(bomb) < 64 * 1024
    assert len(gzip.decompress(bomb)) > 16 * 1024 * 1024


@pytest.mark.slow
def test_misbehaving_servers_are_recorded_and_the_rest_is_crawled(
    tmp_path: Path, small_articles: Path
) -> None:
    pages = _article_paths(small_articles)
    bdn, nd, dn = pages["baodongnai"], pages["nhandan"], pages["dongnai_portal"]
    faults = [
        Fault("baodongnai", bdn[0][0], "reset"),
        Fault("baodongnai", bdn[1][0], "gzip_bomb", size=BOMB_SIZE),
        # An endless listing: /kinh-te/?page=N always links to page N+1.
        Fault("baodongnai", "/kinh-te/", "endless"),
        Fault("baodongnai", "/kinh-te/?page=*", "endless"),
        Fault("nhandan", nd[0][0], "huge", size=HUGE_SIZE),
        Fault("nhandan", nd[1][0], "huge_chunked", size=HUGE_SIZE),
        # A link trap: the sitemap index always points at one more generated sitemap index.
        Fault("nhandan", "/sitemaps.xml*", "endless"),
        Fault("dongnai_portal", dn[0][0], "reset_midway"),
    ]
    bad = {bdn[0][1], bdn[1][1], nd[0][1], nd[1][1], dn[0][1]}
    good = {title for site in pages.values() for _, title in site} - bad
    out, state = tmp_path / "out.jsonl", tmp_path / "state"
    with FixtureServer(articles_path=small_articles, faults=faults) as server:
        report, peak_rss_mb = _measured_crawl(tmp_path, out, state, server.base_urls)
        listing_trap = [
            p for p in server.paths_requested("baodongnai") if p == "/kinh-te/" or p.startswith("/kinh-te/?")
        ]
        sitemap_trap = [p for p in server.paths_requested("nhandan") if p.startswith("/sitemaps.xml")]
    print(
        f"crawler peak RSS {peak_rss_mb:.0f} MB; trap requests: listing {len(listing_trap)}, "
        f"sitemap {len(sitemap_trap)}"
    )

    rows = read_jsonl(out)
    assert {r["title"] for r in rows} == good
    assert all(len(r["body"]) < PAGE_CAP for r in rows)
    assert report["finish_reason"] == "finished"
    failures = {sid: s["failures"] for sid, s in report["sources"].items()}
    assert failures["baodongnai"] == {"connection_reset": 1, "oversized": 1}
    # The endless listing is one note for its listing (not a failure, not one per page), kept in health.
    limits = report["sources"]["baodongnai"]["limits"]
    assert list(limits) == ["/kinh-te/"]
    assert "listing_page_limit" in limits["/kinh-te/"] and "raise max_pages" in limits["/kinh-te/"]
    assert failures["nhandan"] == {"oversized": 2, "depth_limit": 1}
    assert failures["dongnai_portal"] == {"truncated": 1}
    health = {h["id"]: h for h in json.loads((state / "health.json").read_text(encoding="utf-8"))}
    last = json.loads((state / "last_report.json").read_text(encoding="utf-8"))
    assert health["baodongnai"]["limits"] == limits
    for sid, fails in failures.items():
        assert health[sid]["failures"] == fails
        assert last["sources"][sid]["failures"] == fails
        assert health[sid]["broken"] is False  # the rest of each site was crawled
    # The traps were left after a bounded number of requests.
    registry = default_registry()
    max_pages = {lst.path: lst.max_pages for lst in registry["baodongnai"].discovery.listings}["/kinh-te/"]
    assert len(listing_trap) == max_pages
    depth_limit = max(lst.max_pages for s in pages for lst in registry[s].discovery.listings) + DEPTH_MARGIN
    assert len(sitemap_trap) <= depth_limit + 1
    assert peak_rss_mb < RSS_LIMIT_MB
