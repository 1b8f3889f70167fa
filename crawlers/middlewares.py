"""Crawler middlewares: back-off before retries, page counting, and a depth limit recorded per source."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from scrapy.http import Request, Response
from scrapy.spidermiddlewares.depth import DepthMiddleware

logger = logging.getLogger(__name__)


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
