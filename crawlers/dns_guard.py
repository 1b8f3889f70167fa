"""A DNS resolver that refuses non-public answers at connection time (DNS rebinding).

:class:`crawlers.middlewares.SsrfGuardMiddleware` checks a host's addresses once, before
the first request to it; the connection itself resolves the name again. A hostile name
server can answer with a public address for the check and ``127.0.0.1`` (or a cloud
metadata address) for the connection. This resolver, installed as Scrapy's
``DNS_RESOLVER``, checks every answer the downloader will actually connect to. Hosts of the
operator's ``LANTOA_SSRF_ALLOWED_ORIGINS`` (the ``--base-url`` overrides) are exempt, as in
the middleware. A refusal fails the request as a DNS lookup failure; the spider records it
as ``blocked_address`` (see :func:`refusal_for`).
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

from crawlers.safety import why_not_public

logger = logging.getLogger(__name__)

#: host -> why its resolved address was refused, for the spider's failure records. One
#: crawl runs in one process, so a process-wide record is the crawl's record.
_REFUSED: dict[str, str] = {}


class PrivateAnswerRefused(DNSLookupError):
    """The name resolved to a non-public address at connection time."""


def refusal_for(host: str | None) -> str | None:
    """Why connecting to ``host`` was refused by the resolver, if it was."""
    return _REFUSED.get((host or "").lower())


def _allowed_hosts(origins: Sequence[str]) -> frozenset[str]:
    hosts = set()
    for url in origins:
        try:
            host = urlsplit(url.strip()).hostname
        except ValueError:
            continue
        if host:
            hosts.add(host.lower())
    return frozenset(hosts)


class PublicOnlyResolver(CachingThreadedResolver):
    """Scrapy's caching resolver, refusing answers that are not public addresses."""

    strict: bool = True
    allowed_hosts: frozenset[str] = frozenset()

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> PublicOnlyResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.strict = crawler.settings.getbool("LANTOA_SSRF_STRICT", True)
        resolver.allowed_hosts = _allowed_hosts(crawler.settings.getlist("LANTOA_SSRF_ALLOWED_ORIGINS"))
        return resolver

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Any:  # noqa: N802 - Twisted's name
        answer = super().getHostByName(name, timeout)
        if self.strict and name.lower() not in self.allowed_hosts:
            answer.addCallback(self.check_answer, name)
        return answer

    def check_answer(self, address: str, name: str) -> str:
        """``address`` if it is public, else :class:`PrivateAnswerRefused`."""
        try:
            why = why_not_public(ipaddress.ip_address(address.split("%", 1)[0]))
        except ValueError:
            why = "not an IP address"
        if why is None:
            return address
        reason = (
            f"{name} trỏ tới địa chỉ không công khai {address} ({why}) khi kết nối / "
            f"{name} resolved to the non-public address {address} ({why}) at connection time"
        )
        _REFUSED[name.lower()] = reason
        logger.warning("SSRF policy refused the DNS answer for %s: %s (%s)", name, address, why)
        raise PrivateAnswerRefused(reason)
