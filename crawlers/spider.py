"""The generic registry-driven Scrapy spider: discovery (feeds, sitemaps, listings) and article parsing."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from lxml import etree
from scrapy.exceptions import DropItem, IgnoreRequest
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed

from crawlers.dates import parse_date_text, parse_iso
from crawlers.decode import decode_body
from crawlers.dns_guard import refusal_for
from crawlers.extract import extract_article
from crawlers.middlewares import BlockedRequest
from crawlers.pdf import extract_pdf_text
from crawlers.pipelines import JsonlWriter, close_for_max_articles
from crawlers.registry import Source
from crawlers.report import CrawlReport
from crawlers.state import CrawlState
from crawlers.urls import canonicalize_url, join_url
from lantoa.schema import Article, Attachment

logger = logging.getLogger(__name__)
_CHARSET = re.compile(r"charset=([\w.:-]+)", re.I)
_XML_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)


class SourceUrls:
    """Maps URLs between the real site and the address it is crawled from (a local copy in the demo)."""

    def __init__(self, source: Source, base_url: str | None):
        self.source = source
        self.real_base = source.base_url
        self.fetch_base = (base_url or source.base_url).rstrip("/")
        self._real_hosts = {source.host} | {a.lower() for a in source.aliases}

    def to_fetch(self, url: str) -> str:
        parts = urlsplit(url)
        if (parts.hostname or "").lower() in self._real_hosts and self.fetch_base != self.real_base:
            return self.fetch_base + url[len(f"{parts.scheme}://{parts.netloc}") :]
        return url

    def to_real(self, url: str) -> str:
        if self.fetch_base != self.real_base and url.startswith(self.fetch_base):
            return self.real_base + url[len(self.fetch_base) :]
        return url

    def is_own(self, url: str) -> bool:
        if url.startswith(self.fetch_base):  # most links of a crawled page: no URL parse needed
            return True
        return (urlsplit(url).hostname or "").lower() in self._real_hosts

    def key(self, url: str) -> str:
        """The seen-store key: canonical URL on the real site."""
        return canonicalize_url(self.to_real(url), host=self.source.host, aliases=self.source.aliases)


def failure_reason(failure: Failure) -> str:
    """Short reason code for a failed request."""
    if failure.check(HttpError):
        status = failure.value.response.status  # type: ignore[union-attr]
        return "http_5xx" if status >= 500 else f"http_{status}"
    if failure.check(TimeoutError, TCPTimedOutError):
        return "timeout"
    if failure.check(ResponseFailed):
        return "truncated"
    if failure.check(BlockedRequest):  # the SSRF policy: never fetched
        return failure.value.reason  # type: ignore[union-attr]
    if failure.check(IgnoreRequest):
        message = str(failure.value).lower()
        if "download_maxsize" in message:  # a compressed body that inflates past the page cap
            return "oversized"
        if "robots" in message:
            return "robots_disallowed"
        if "redirect" in message:
            return "redirect_loop"
        return "ignored"
    # Scrapy 2.19 wraps Twisted's errors (CannotResolveHostError, DownloadConnectionRefusedError...).
    name = type(failure.value).__name__.lower()
    if failure.check(DNSLookupError) or name == "cannotresolvehosterror":
        request = getattr(failure, "request", None)
        if request is not None and refusal_for(urlsplit(request.url).hostname):
            return "blocked_address"  # the SSRF policy at connection time (crawlers.dns_guard)
        return "connection"
    if failure.check(ConnectionRefusedError) or "connectionrefused" in name:
        return "connection"
    if failure.check(CancelledError):  # DOWNLOAD_MAXSIZE exceeded: the download is cancelled
        return "oversized"
    if "timeout" in name:
        return "timeout"
    if "dataloss" in name or "partial" in name:
        return "truncated"
    if "cancelled" in name:  # DownloadCancelledError (Scrapy 2.19): the DOWNLOAD_MAXSIZE cancellation
        return "oversized"
    if "neverreceived" in name or "downloadfailed" in name or "connectionlost" in name:
        return "connection_reset"
    return "other"


#: Article failures that a later run would meet again: recorded as the URL's final outcome, not retried.
_PERMANENT = {
    "http_404",
    "http_410",
    "robots_disallowed",
    "redirect_loop",
    "blocked_address",
    "blocked_scheme",
}


class RegistrySpider(scrapy.Spider):
    name = "lantoa"

    def __init__(
        self,
        sources: list[Source],
        *,
        base_urls: dict[str, str] | None = None,
        state: CrawlState,
        report: CrawlReport,
        since: date | None = None,
        progress: Callable[[str], None] | None = None,
        download_timeout: float | None = None,
        writer: JsonlWriter | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        #: Where articles go; without one they are yielded as items (to a caller driving the spider itself).
        self.writer = writer
        self.sources = {s.id: s for s in sources}
        self.urls = {s.id: SourceUrls(s, (base_urls or {}).get(s.id)) for s in sources}
        self.state = state
        self.report = report
        self.since = since
        self.progress = progress or (lambda _msg: None)
        self.timeout_override = download_timeout
        self._queued: set[str] = set()
        self._other_sections: set[str] = set()
        for s in sources:
            report.source(s.id)

    # -- request helpers ------------------------------------------------------------------------
    def _meta(self, source: Source, kind: str, **extra: Any) -> dict[str, Any]:
        meta: dict[str, Any] = {"source": source.id, "kind": kind, **extra}
        meta["download_timeout"] = self.timeout_override or source.politeness.download_timeout
        return meta

    def _discovery_request(
        self, source: Source, url: str, kind: str, callback: Callable[..., Any], **extra: Any
    ) -> Request:
        urls = self.urls[source.id]
        real = urls.to_real(url)
        etag, last_modified = self.state.validators(real)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        meta = self._meta(source, kind, real=real, handle_httpstatus_list=[304], **extra)
        return Request(
            urls.to_fetch(url),
            callback=callback,
            errback=self.on_error,
            headers=headers,
            meta=meta,
            dont_filter=True,
        )

    def _article_request(
        self, source: Source, url: str, listed: datetime | None = None, *, any_section: bool = False
    ) -> Request | None:
        """The request for an article URL found in discovery, or ``None`` (not an article, queued, seen,
        older than ``--since``, or, unless ``any_section``, in a section outside ``relevant_sections``)."""
        urls = self.urls[source.id]
        key = urls.key(url)
        if not source.is_article_url(key) or key in self._queued:
            return None
        if not any_section and not source.in_relevant_section(key):
            if key not in self._other_sections:  # a listing may still link it: not marked queued
                self._other_sections.add(key)
                self.report.source(source.id).rejected["irrelevant_section"] += 1
            return None
        self._queued.add(key)
        if self.state.is_seen(key):
            self.report.source(source.id).skipped_seen += 1
            return None
        if self.since and listed and listed.date() < self.since:
            self.report.source(source.id).rejected["older_than_since"] += 1
            return None
        # Deduplicated by ``_queued`` already; dont_filter lets a redirect loop reach REDIRECT_MAX_TIMES
        # (and be reported) instead of vanishing in the scheduler's duplicate filter.
        return Request(
            urls.to_fetch(key),
            callback=self.parse_article,
            errback=self.on_error,
            meta=self._meta(source, "article", key=key),
            dont_filter=True,
        )

    def _remember_validators(self, response: Response) -> None:
        etag = response.headers.get(b"ETag")
        modified = response.headers.get(b"Last-Modified")
        self.state.set_validators(
            response.meta["real"],
            etag.decode("latin-1") if etag else None,
            modified.decode("latin-1") if modified else None,
        )

    def _not_modified(self, response: Response) -> bool:
        if response.status == 304:
            self.report.source(response.meta["source"]).not_modified += 1
            return True
        return False

    # -- discovery --------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Any]:
        for request in self._start_requests():
            yield request

    def _start_requests(self) -> Iterator[Request]:
        for source in self.sources.values():
            base = self.urls[source.id].fetch_base
            self.progress(f"{source.id}: bắt đầu (starting) {base}")
            for path in source.discovery.feeds:
                yield self._discovery_request(
                    source, join_url(base + "/", path.lstrip("/")), "feed", self.parse_feed
                )
            for path in source.discovery.sitemaps:
                yield self._discovery_request(
                    source, join_url(base + "/", path.lstrip("/")), "sitemap", self.parse_sitemap
                )
            for url in self.state.retry_urls(source.id):
                self._queued.add(url)
                yield Request(
                    self.urls[source.id].to_fetch(url),
                    callback=self.parse_article,
                    errback=self.on_error,
                    meta=self._meta(source, "article", key=url),
                    dont_filter=True,
                )
            for index, listing in enumerate(source.discovery.listings):
                yield self._discovery_request(
                    source,
                    join_url(base + "/", listing.path.lstrip("/")),
                    "listing",
                    self.parse_listing,
                    listing=index,
                    page=1,
                )

    def parse_feed(self, response: Response) -> Iterator[Request]:
        if self._not_modified(response):
            return
        source = self.sources[response.meta["source"]]
        root = etree.fromstring(response.body, parser=_XML_PARSER) if response.body.strip() else None
        if root is None:
            self.report.source(source.id).rejected["bad_feed"] += 1
            return
        self._remember_validators(response)
        for item in root.iter("{*}item", "{*}entry", "item", "entry"):
            link = item.findtext("{*}link") or item.findtext("link") or ""
            if not link.strip():
                href = item.find("{*}link")
                link = href.get("href", "") if href is not None else ""
            # The listed date only matters for --since: not parsed otherwise.
            listed = (
                _feed_date(
                    item.findtext("pubDate") or item.findtext("{*}published") or item.findtext("{*}updated")
                )
                if self.since
                else None
            )
            request = self._article_request(source, join_url(response.url, link.strip()), listed)
            if request is not None:
                yield request

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        if self._not_modified(response):
            return
        source = self.sources[response.meta["source"]]
        body = response.body
        if body[:2] == b"\x1f\x8b":  # sitemap.xml.gz served as a file
            try:
                body = _gunzip(body)
            except (OSError, EOFError, ValueError):
                body = b""
        root = etree.fromstring(body, parser=_XML_PARSER) if body.strip() else None
        if root is None:
            self.report.source(source.id).rejected["bad_sitemap"] += 1
            return
        self._remember_validators(response)
        tag = etree.QName(root).localname
        for entry in root:
            if not isinstance(entry.tag, str):
                continue
            loc = (entry.findtext("{*}loc") or "").strip()
            if not loc:
                continue
            listed = None
            if self.since:  # the listed date only matters for --since: not parsed otherwise
                stamp = entry.findtext(".//{*}publication_date") or entry.findtext("{*}lastmod")
                listed = parse_iso(stamp.strip()) if stamp else None
            if tag == "sitemapindex":
                if self.since and listed and listed.date() < self.since:
                    continue
                yield self._discovery_request(
                    source, self.urls[source.id].to_fetch(loc), "sitemap", self.parse_sitemap
                )
            else:
                request = self._article_request(source, loc, listed)
                if request is not None:
                    yield request

    def parse_listing(self, response: Response) -> Iterator[Request]:
        if self._not_modified(response):
            return
        source = self.sources[response.meta["source"]]
        urls = self.urls[source.id]
        self._remember_validators(response)
        text = decode_body(response.body, _declared_charset(response), source.encoding)
        selector = scrapy.Selector(text=text)
        for href in selector.css("a::attr(href)").getall():
            absolute = join_url(response.url, href.strip())
            if urls.is_own(absolute):
                request = self._article_request(source, absolute, any_section=True)
                if request is not None:
                    yield request
        listing = source.discovery.listings[response.meta["listing"]]
        page = response.meta["page"]
        next_url: str | None = None
        if listing.page_pattern:
            candidate = listing.page_pattern.format(page=page + 1)
            # Only follow the pattern when the page links to it (no blind paging past the end).
            if any(
                join_url(response.url, h.strip()).endswith(candidate)
                for h in selector.css("a::attr(href)").getall()
            ):
                next_url = join_url(urls.fetch_base + "/", candidate.lstrip("/"))
        elif listing.next_selector:
            next_href = selector.css(listing.next_selector).css("::attr(href)").get()
            next_url = join_url(response.url, next_href.strip()) if next_href else None
        if next_url and page >= listing.max_pages:  # endless or long paging stops here, and is reported
            self._note_listing_limit(source, listing.path, page, next_url)
        elif next_url:
            yield self._discovery_request(
                source,
                next_url,
                "listing",
                self.parse_listing,
                listing=response.meta["listing"],
                page=page + 1,
            )

    def _note_listing_limit(self, source: Source, path: str, page: int, next_url: str) -> None:
        """One note per source and listing per run (not a failure): paging stopped at ``max_pages``."""
        limits = self.report.source(source.id).limits
        if path in limits:
            return
        limits[path] = (
            f"listing_page_limit: dừng ở trang {page} (max_pages), vẫn còn trang sau / stopped at page {page} "
            f"(max_pages) while a next page exists ({self.urls[source.id].to_real(next_url)}); raise max_pages "
            "in the source file to go deeper"
        )
        logger.info("%s: listing %s stopped at max_pages=%d", source.id, path, page)

    # -- articles -----------------------------------------------------------------------------------
    def parse_article(self, response: Response) -> Iterator[Any]:
        source = self.sources[response.meta["source"]]
        urls = self.urls[source.id]
        report = self.report.source(source.id)
        key = response.meta["key"]
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        if content_type and "html" not in content_type:
            report.rejected["not_html"] += 1
            self.state.mark_seen(key, source.id, "rejected:not_html")
            return
        html = decode_body(response.body, _declared_charset(response), source.encoding)
        report.article_pages += 1
        result = extract_article(
            html, response.url, source, crawled_at=datetime.now(UTC), to_real=urls.to_real
        )
        if result.article is not None:
            for name in result.missing:
                report.selector_failures[name] += 1
        if result.article is None:
            reason = result.rejected or "unknown"
            report.rejected[reason] += 1
            self.state.mark_seen(key, source.id, f"rejected:{reason}")
            return
        article = result.article
        if self.since and article.published_at and article.published_at.date() < self.since:
            report.rejected["older_than_since"] += 1  # not marked seen: a later run without --since wants it
            return
        pending = [a for a in article.attachments if a.type == "pdf"]
        if pending:
            yield self._attachment_request(source, article, key, pending, [])
        else:
            yield from self._emit({"article": article, "key": key, "validated": True})  # validated just now

    def _attachment_request(
        self, source: Source, article: Article, key: str, pending: list[Attachment], done: list[Attachment]
    ) -> Request:
        meta = self._meta(source, "attachment", article=article, key=key, pending=pending, done=done)
        return Request(
            self.urls[source.id].to_fetch(pending[0].url),  # stored on the real site, fetched where crawled
            callback=self.parse_attachment,
            errback=self.on_attachment_error,
            meta=meta,
            dont_filter=True,
        )

    def parse_attachment(self, response: Response) -> Iterator[Any]:
        meta = response.meta
        current: Attachment = meta["pending"][0]
        text = extract_pdf_text(response.body) if response.body[:5] == b"%PDF-" else ""
        done = meta["done"] + [current.model_copy(update={"text": text})]
        yield from self._next_attachment(meta, done)

    def on_attachment_error(self, failure: Failure) -> Iterator[Any]:
        meta = failure.request.meta  # type: ignore[attr-defined]
        self.report.source(meta["source"]).failures[f"attachment_{failure_reason(failure)}"] += 1
        yield from self._next_attachment(meta, meta["done"] + [meta["pending"][0]])

    def _next_attachment(self, meta: dict[str, Any], done: list[Attachment]) -> Iterator[Any]:
        article: Article = meta["article"]
        rest = meta["pending"][1:]
        if rest:
            yield self._attachment_request(self.sources[meta["source"]], article, meta["key"], rest, done)
            return
        by_url = {a.url: a for a in done}
        attachments = [by_url.get(a.url, a) for a in article.attachments]
        yield from self._emit(
            {"article": article.model_copy(update={"attachments": attachments}), "key": meta["key"]}
        )

    def _emit(self, item: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """Hand an article to the writer (no Scrapy item, pipeline task or signal per article), or yield it."""
        if self.writer is None:
            yield item
            return
        try:
            self.writer.write(self, item)
        except DropItem as exc:
            logger.warning("Dropped: %s", exc)  # as Scrapy logs an item a pipeline drops
            return
        if self.writer.full:
            close_for_max_articles(self.crawler)

    # -- failures -----------------------------------------------------------------------------------
    def on_error(self, failure: Failure) -> None:
        request: Request = failure.request  # type: ignore[attr-defined]
        source_id = request.meta.get("source", "?")
        reason = failure_reason(failure)
        self.report.source(source_id).failures[reason] += 1
        logger.info("fetch failed %s: %s (%s)", request.url, reason, failure.getErrorMessage())
        if request.meta.get("kind") == "article":
            if reason in _PERMANENT:
                self.state.mark_seen(request.meta["key"], source_id, reason)
            else:  # transient: try again on the next run
                self.state.add_retry(request.meta["key"], source_id, reason)


def _gunzip(data: bytes, limit: int = 50 * 1024 * 1024) -> bytes:
    import gzip
    import io

    with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
        out = fh.read(limit + 1)
    if len(out) > limit:
        raise ValueError("sitemap too large")
    return out


def _declared_charset(response: Response) -> str | None:
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
    match = _CHARSET.search(content_type)
    return match.group(1) if match else None


def _feed_date(raw: str | None) -> datetime | None:
    if not raw:
        return None
    raw = raw.strip()
    parsed = parse_iso(raw)
    if parsed:
        return parsed
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return parse_date_text(raw)
