"""Crawl health: broken sources and broken selector fields are flagged; earlier entries are kept."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from crawlers.health import read_health, write_health
from crawlers.registry import default_registry
from crawlers.report import CrawlReport


def test_selector_failures_on_most_pages_mark_fields_broken(tmp_path: Path) -> None:
    registry = default_registry()
    report = CrawlReport()
    ok = report.source("nhandan")
    ok.pages_fetched, ok.article_pages, ok.articles_extracted = 10, 6, 6
    ok.selector_failures.update({"sapo": 1})
    bad = report.source("baodongnai")
    bad.pages_fetched, bad.article_pages, bad.articles_extracted = 10, 6, 6
    bad.selector_failures.update({"body": 5, "date": 6})
    dead = report.source("dongnai_portal")
    dead.pages_fetched = 3
    dead.failures.update({"http_5xx": 3})
    path = tmp_path / "health.json"
    started = datetime.fromisoformat("2026-11-27T08:00:00+07:00")
    write_health(
        path, [registry["nhandan"], registry["baodongnai"], registry["dongnai_portal"]], report, started
    )
    health = {h["id"]: h for h in read_health(path)}
    assert health["nhandan"]["broken"] is False and health["nhandan"]["broken_fields"] == []
    assert health["baodongnai"]["broken"] is True and health["baodongnai"]["broken_fields"] == [
        "body",
        "date",
    ]
    assert health["dongnai_portal"]["broken"] is True and health["dongnai_portal"]["last_success"] is None
    assert health["dongnai_portal"]["failures"] == {"http_5xx": 3}
    assert health["nhandan"]["last_success"] == started.isoformat()

    # A later run of one source keeps the others and the earlier last_success of a now-failing source.
    later = CrawlReport()
    later.source("nhandan").pages_fetched = 2
    later.source("nhandan").failures.update({"timeout": 2})
    write_health(path, [registry["nhandan"]], later, datetime.fromisoformat("2026-11-28T08:00:00+07:00"))
    health = {h["id"]: h for h in json.loads(path.read_text(encoding="utf-8"))}
    assert set(health) == {"nhandan", "baodongnai", "dongnai_portal"}
    assert health["nhandan"]["broken"] is True
    assert health["nhandan"]["last_success"] == started.isoformat()


def test_failure_reasons_are_named() -> None:
    from scrapy.exceptions import IgnoreRequest
    from twisted.internet.defer import CancelledError
    from twisted.internet.error import TimeoutError
    from twisted.python.failure import Failure
    from twisted.web._newclient import ResponseFailed

    from crawlers.spider import failure_reason

    assert failure_reason(Failure(TimeoutError())) == "timeout"
    assert failure_reason(Failure(ResponseFailed([]))) == "truncated"
    assert failure_reason(Failure(CancelledError())) == "oversized"
    assert failure_reason(Failure(IgnoreRequest("Forbidden by robots.txt"))) == "robots_disallowed"
    assert failure_reason(Failure(IgnoreRequest("max redirections reached"))) == "redirect_loop"
