"""Crawler middlewares: SSRF re-check of every request, back-off before retries, page counting, recorded depth limit."""

from __future__ import annotations

import asyncio
import logging
from typing import Any
from urllib.parse import ParseResult, SplitResult, urljoin, urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.depth import DepthMiddleware
from scrapy.utils.httpobj import urlparse_cached

from crawlers.safety import check_public_url

logger = logging.getLogger(__name__)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_REDIRECTS = {301, 302, 303, 307, 308}


class BlockedRequest(IgnoreRequest):
    """A request refused by the SSRF policy; ``reason`` is ``blocked_address`` or ``blocked_scheme``."""

    def __init__(self, reason: str, url: str, detail: str):
        super().__init__(f"{reason}: {url}: {detail}")
        self.reason = reason
        self.url = url


def origin(url: str | SplitResult | ParseResult) -> tuple[str, str, int] | None:
    """``(scheme, host, port)`` of an http(s) URL (default port filled in), or ``None``."""
    try:
        parts = urlsplit(url.strip()) if isinstance(url, str) else url
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return scheme, parts.hostname.lower(), port or _DEFAULT_PORTS[scheme]


class SsrfGuardMiddleware:
    """Re-check the SSRF policy on every request, including redirect targets and followed links.

    With ``LANTOA_SSRF_STRICT`` (the crawler's default), a request is refused with
    :class:`BlockedRequest` (recorded by the spider as ``blocked_scheme`` or ``blocked_address``)
    unless it is http(s) and either on one of ``LANTOA_SSRF_ALLOWED_ORIGINS`` (exactly
    ``scheme://host:port`` of an operator's ``--base-url`` override) or on a host whose every
    address is public (:func:`crawlers.safety.check_public_url`). Redirects to other schemes, which
    Scrapy's RedirectMiddleware does not follow but hands back as a 3xx response, are refused too.
    Runs first (priority 50), before robots.txt is fetched for a new host.
    """

    def __init__(self, strict: bool, allowed_origins: list[str]):
        self.strict = strict
        self.allowed = {o for o in (origin(u) for u in allowed_origins) if o is not None}
        #: host -> why it is refused ("" when public); hosts are few (the sources), lookups are not.
        self._verdicts: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> SsrfGuardMiddleware:
        settings = crawler.settings
        return cls(
            settings.getbool("LANTOA_SSRF_STRICT", True), settings.getlist("LANTOA_SSRF_ALLOWED_ORIGINS")
        )

    def _scheme_refusal(self, url: str, scheme: str) -> BlockedRequest | None:
        scheme = scheme.lower()
        if scheme in _DEFAULT_PORTS:
            return None
        return BlockedRequest(
            "blocked_scheme",
            url,
            f"chỉ tải http(s), không tải {scheme or '?'!r} / only http(s) is fetched, not {scheme or '?'!r}",
        )

    async def _address_refusal(self, url: str, parts: ParseResult) -> BlockedRequest | None:
        where = origin(parts)
        if where is None:
            return BlockedRequest("blocked_address", url, "URL không hợp lệ / invalid URL")
        if where in self.allowed:
            return None
        host = where[1]
        if host not in self._verdicts:
            probe = f"{where[0]}://{_url_host(host)}:{where[2]}/"
            # getaddrinfo blocks: run it off the reactor thread (once per host).
            loop = asyncio.get_running_loop()
            self._verdicts[host] = await loop.run_in_executor(None, _why_refused, probe)
        verdict = self._verdicts[host]
        return BlockedRequest("blocked_address", url, verdict) if verdict else None

    async def process_request(self, request: Request) -> None:
        if not self.strict:
            return None
        parts = urlparse_cached(request)  # the parse Scrapy's own middlewares share
        refusal = self._scheme_refusal(request.url, parts.scheme) or await self._address_refusal(
            request.url, parts
        )
        if refusal is not None:
            logger.warning("SSRF policy refused %s (%s)", request.url, refusal.reason)
            raise refusal
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get(b"Location")
        if not self.strict or response.status not in _REDIRECTS or not location:
            return response
        target = urljoin(request.url, location.decode("latin-1").strip())
        refusal = self._scheme_refusal(target, urlsplit(target).scheme)
        if refusal is not None:  # RedirectMiddleware gave the 3xx back rather than follow it
            logger.warning("SSRF policy refused a redirect from %s to %s", request.url, target)
            raise refusal
        return response


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _why_refused(url: str) -> str:
    try:
        check_public_url(url, allow_private=False)
    except ValueError as exc:
        return str(exc)
    return ""


class BackoffMiddleware:
    """Wait ``LANTOA_RETRY_BACKOFF * 2**(n-1)`` seconds before the n-th retry of a request."""

    def __init__(self, base: float):
        self.base = base

    @classmethod
    def from_crawler(cls, crawler: Any) -> BackoffMiddleware:
        return cls(crawler.settings.getfloat("LANTOA_RETRY_BACKOFF", 1.0))

    async def process_request(self, request: Request) -> None:
        retries = int(request.meta.get("retry_times", 0))
        if retries > 0 and self.base > 0:
            delay = self.base * 2 ** (retries - 1)
            logger.debug("back-off %.1fs before retry %d of %s", delay, retries, request.url)
            await asyncio.sleep(delay)
        return None


class PageCounterMiddleware:
    """Count every HTTP response (including errors and 304) per source in the crawl report."""

    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> PageCounterMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        spider = self.crawler.spider
        source = request.meta.get("source")
        if source and hasattr(spider, "report") and request.meta.get("kind") != "robots":
            spider.report.source(source).pages_fetched += 1
        return response


class RecordedDepthMiddleware(DepthMiddleware):
    """Scrapy's ``DEPTH_LIMIT``, with each dropped request counted as a ``depth_limit`` failure of its source.

    Stops link traps (a sitemap index that always points at one more index, generated calendar pages)
    that the per-listing ``max_pages`` does not cover.
    """

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        processed = super().get_processed_request(request, response)
        if processed is None:
            report = getattr(self.crawler.spider, "report", None)
            source = request.meta.get("source")
            if source and report is not None:
                report.source(source).failures["depth_limit"] += 1
            logger.info("depth limit %d reached, dropped %s", self.maxdepth, request.url)
        return processed
