"""``run_crawl``: run the registry spider in-process (Scrapy CrawlerProcess) and write JSONL + health."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawlers.health import write_health
from crawlers.overrides import OverridesError, apply_overrides, load_overrides
from crawlers.registry import SOURCES_DIR, Source, load_sources
from crawlers.report import CrawlReport
from crawlers.safety import check_public_url
from crawlers.state import COMMIT_AFTER_S, CrawlState
from lantoa.settings import get_settings

logger = logging.getLogger(__name__)
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
#: Request depth allowed beyond the longest listing paging (sitemap index levels, PDF attachments).
DEPTH_MARGIN = 20


class CrawlError(Exception):
    """Bad crawl arguments (unknown source, bad base URL)."""


def _pick_sources(registry: dict[str, Source], source_ids: list[str] | None) -> list[Source]:
    if not source_ids:
        return [s for s in registry.values() if s.status == "active"]
    unknown = [s for s in source_ids if s not in registry]
    if unknown:
        raise CrawlError(f"nguồn không có trong danh mục (unknown sources): {', '.join(unknown)}")
    return [registry[s] for s in source_ids]


@contextlib.contextmanager
def _crawl_gc() -> Iterator[None]:
    """Fewer, cheaper garbage collections while the crawl runs.

    The start-up heap (Scrapy, Twisted, lxml, pydantic: hundreds of thousands of objects) is frozen
    out of the collector, and the first-generation threshold raised: each page allocates thousands
    of short-lived containers, and with the default threshold (700) the collector ran ~700 times
    per 2,000 pages, a tenth of the crawl's CPU time. Restored afterwards.
    """
    threshold = gc.get_threshold()
    caller_froze = gc.get_freeze_count() > 0  # then leave the caller's frozen objects alone
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if not caller_froze:
            gc.unfreeze()


def _log_early_stop(report: CrawlReport) -> None:
    """Say why a crawl stopped before its end, and that starting it again resumes it."""
    if report.finish_reason == "shutdown":  # SIGTERM/SIGINT: Scrapy's graceful stop
        logger.warning(
            "Nhận tín hiệu dừng (SIGTERM/SIGINT): đã dừng thu thập gọn gàng sau các yêu cầu đang chạy; "
            "%d bài và trạng thái đã được lưu, chạy lại để tiếp tục / shutdown signal received: crawl "
            "stopped cleanly after its in-flight requests; %d articles and the crawl state are saved, "
            "run again to resume",
            report.articles_extracted,
            report.articles_extracted,
        )
    elif not report.finish_reason:  # a second signal stopped the reactor at once
        logger.warning(
            "Thu thập bị dừng ngay (tín hiệu thứ hai); các bài đã ghi và trạng thái vẫn được giữ, chạy lại để "
            "tiếp tục / crawl stopped at once (second signal); articles written so far and the crawl state "
            "are kept, run again to resume"
        )


def ssrf_settings(allowed_origins: list[str]) -> dict[str, Any]:
    """Scrapy settings of the SSRF policy (the guard middleware itself is in the middleware list).

    Every request (redirect targets, followed links, attachments) is re-checked; the only
    non-public addresses allowed are exactly the operator's ``--base-url`` overrides; and every
    DNS answer the downloader connects to is checked again (DNS rebinding).
    """
    return {
        "LANTOA_SSRF_STRICT": True,
        "LANTOA_SSRF_ALLOWED_ORIGINS": allowed_origins,
        "DNS_RESOLVER": "crawlers.dns_guard.PublicOnlyResolver",
    }


def run_crawl(
    output: Path,
    *,
    source_ids: list[str] | None = None,
    base_urls: dict[str, str] | None = None,
    since: dt.date | None = None,
    state_dir: Path | None = None,
    max_articles: int | None = None,
    progress: Callable[[str], None] | None = None,
    download_timeout: float | None = None,
    retry_backoff: float = 1.0,
    sources_dir: Path = SOURCES_DIR,
) -> CrawlReport:
    """Crawl the chosen sources into ``output`` (JSONL of :class:`lantoa.schema.Article`, appended).

    Sources: ``source_ids``; else the active sources named in ``base_urls``; else every active source
    (active as the registry says, after an admin's overrides: :mod:`crawlers.overrides`).

    ``base_urls`` points sources at another address (the local fixture server); URLs are mapped
    back to the real site for canonical URLs and ids. State (seen URLs, ETags) lives in
    ``state_dir`` (default ``<data_dir>/crawl``, where the API reads ``health.json``), so a second run only fetches what is new
    and a crashed run can simply be started again. Writes ``<state_dir>/health.json`` and
    ``<state_dir>/last_report.json``. Call at most once per process (Twisted reactor).
    """
    from scrapy.crawler import CrawlerProcess

    from crawlers.pipelines import JsonlWriter
    from crawlers.spider import RegistrySpider

    settings = get_settings()
    state_dir = state_dir or settings.data_dir / "crawl"
    try:
        registry = apply_overrides(load_sources(sources_dir), load_overrides(state_dir))
    except OverridesError as exc:
        raise CrawlError(str(exc)) from exc
    base_urls = dict(base_urls or {})
    # With base URLs and no explicit sources, crawl only the redirected sources that are active
    # (the offline demo must never wander onto the real sites).
    if source_ids:
        sources = _pick_sources(registry, source_ids)
    elif base_urls:
        sources = [registry[s] for s in sorted(base_urls) if s in registry and registry[s].status == "active"]
    else:
        sources = _pick_sources(registry, None)
    if not sources:
        raise CrawlError("không có nguồn nào đang bật để thu thập (no active source to crawl)")
    for sid, url in base_urls.items():
        if sid not in registry:
            raise CrawlError(f"--base-url cho nguồn không có (base URL for unknown source): {sid}")
        if urlsplit(url).scheme not in ("http", "https"):
            raise CrawlError(f"URL gốc không hợp lệ (invalid base URL): {url}")
    # SSRF policy: a source's own URL (from its file, which an admin edits) must be http(s) on a
    # public address; an operator's explicit --base-url override is the one way to allow loopback
    # or private addresses (the fixture sites, a local mirror).
    for source in sources:
        if source.id not in base_urls:
            try:
                check_public_url(source.base_url, allow_private=False)
            except ValueError as exc:
                raise CrawlError(f"{source.id}: {exc}") from exc
    state_dir.mkdir(parents=True, exist_ok=True)
    output = Path(output)
    report = CrawlReport(output=str(output))
    state = CrawlState(state_dir)
    fetch_hosts = {urlsplit(base_urls.get(s.id, s.base_url)).hostname for s in sources}
    local_only = bool(fetch_hosts) and fetch_hosts <= _LOOPBACK
    scrapy_settings = {
        "BOT_NAME": "lantoa",
        "USER_AGENT": settings.user_agent,
        "ROBOTSTXT_OBEY": True,
        "ROBOTSTXT_USER_AGENT": settings.user_agent,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "CONCURRENT_REQUESTS": 8,
        # Scrapy starts CONCURRENT_ITEMS (default 100) tasks for every callback's output; ours yield one
        # article or a few dozen links, so a small pool saves most of that per-response overhead.
        "CONCURRENT_ITEMS": 8,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8
        if local_only
        else max((s.politeness.concurrency for s in sources), default=2),
        "DOWNLOAD_DELAY": 0 if local_only else min((s.politeness.delay for s in sources), default=1.0),
        "DOWNLOAD_SLOTS": {}
        if local_only
        else {
            urlsplit(base_urls.get(s.id, s.base_url)).hostname: {
                "concurrency": s.politeness.concurrency,
                "delay": s.politeness.delay,
            }
            for s in sources
        },
        # Loopback fixture sites are not real servers: no throttling there.
        "AUTOTHROTTLE_ENABLED": not local_only,
        "AUTOTHROTTLE_START_DELAY": 2.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "DOWNLOAD_TIMEOUT": download_timeout or 30,
        "DOWNLOAD_MAXSIZE": 8 * 1024 * 1024,
        "DOWNLOAD_WARNSIZE": 2 * 1024 * 1024,
        "DOWNLOAD_FAIL_ON_DATALOSS": True,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": 2,
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "REDIRECT_MAX_TIMES": 5,
        "LANTOA_RETRY_BACKOFF": retry_backoff,
        **ssrf_settings(sorted(base_urls.values())),
        "DOWNLOADER_MIDDLEWARES": {
            "crawlers.middlewares.SsrfGuardMiddleware": 50,
            "crawlers.middlewares.BackoffMiddleware": 560,
            "crawlers.middlewares.PageCounterMiddleware": 950,
        },
        "SPIDER_MIDDLEWARES": {
            "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
            "crawlers.middlewares.RecordedDepthMiddleware": 900,
        },
        # Link traps (endless sitemap indexes, generated pages): deeper than any listing's paging allows.
        "DEPTH_LIMIT": max((lst.max_pages for s in sources for lst in s.discovery.listings), default=0)
        + DEPTH_MARGIN,
        # Articles are written by the spider itself (JsonlWriter): no item pipeline.
        "HTTPCACHE_ENABLED": False,
        # Scrapy's downloader byte counters re-serialise every request (request_httprepr) and sum every
        # response header: ~5% of a loopback crawl's CPU for figures nothing reads (the report has its own).
        "DOWNLOADER_STATS": False,
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        # Scrapy re-reads and re-parses a generator callback's source (inspect + ast) on every response
        # to warn about `return value` in generators: its cache is keyed by bound methods, which are new
        # objects per request, so it never hits. Our callbacks are checked by the linters instead.
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
    }
    # Keep the caller's logging set-up if it has one (Scrapy would reset the root level to NOTSET);
    # otherwise let Scrapy print warnings to stderr.
    caller_configured = bool(logging.getLogger().handlers)
    root_level = logging.root.level
    scrapy_settings["LOG_INSTALL_ROOT_HANDLER"] = not caller_configured
    quiet = logging.INFO if root_level <= logging.DEBUG else logging.WARNING
    if caller_configured and quiet > logging.INFO:  # silence Scrapy's start-up banner
        logging.disable(logging.INFO)
    try:
        process = CrawlerProcess(settings=scrapy_settings)
    finally:
        logging.disable(logging.NOTSET)
    if caller_configured:
        logging.root.setLevel(root_level)
    # Scrapy's dictConfig set "scrapy" to DEBUG: its per-page "Crawled" and per-item "Scraped from"
    # records were built for every page and then dropped by the handler. Not built at all now.
    for name in ("scrapy", "twisted", "py.warnings", "protego"):
        logging.getLogger(name).setLevel(max(quiet, logging.getLogger(name).level))
    crawler = process.create_crawler(RegistrySpider)

    committer: list[Any] = []  # seen marks of a quiet crawl committed within a second or two

    def _opened() -> None:
        from twisted.internet.task import LoopingCall

        committer.append(LoopingCall(state.commit_due))
        committer[0].start(COMMIT_AFTER_S, now=False)

    def _closed(reason: str) -> None:
        report.finish_reason = reason
        if committer and committer[0].running:
            committer[0].stop()

    from scrapy import signals

    crawler.signals.connect(_opened, signal=signals.spider_opened)
    crawler.signals.connect(_closed, signal=signals.spider_closed)
    started = dt.datetime.now(dt.UTC)
    writer = JsonlWriter(output, max_articles)
    try:
        writer.open()
        process.crawl(
            crawler,
            sources,
            base_urls=base_urls,
            state=state,
            report=report,
            since=since,
            progress=progress,
            download_timeout=download_timeout,
            writer=writer,
        )
        with _crawl_gc():
            process.start()
        _log_early_stop(report)
        # Only a complete crawl may mark discovery pages as read (a --since crawl skipped old articles).
        if report.finish_reason == "finished" and since is None:
            state.commit_validators()
    finally:
        writer.close()  # every article line is on disk before the last seen marks are committed
        state.close()
    write_health(state_dir / "health.json", sources, report, started)
    (state_dir / "last_report.json").write_text(
        json.dumps(report.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return report
