"""Canonical article URLs: tracking parameters dropped, AMP/mobile variants and alias hosts folded."""

from __future__ import annotations

import functools
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_TRACKING = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|zarsrc|gidzl|_ga|mc_[a-z]+|ref|refer|src|amp)$", re.I
)
_AMP_PATH = re.compile(r"(/amp(?=/?$)|\.amp$|^/amp(?=/))")
#: http(s) URL with a lower-case host, no port, user, query or fragment, and a path without whitespace.
_SIMPLE = re.compile(r"(https?)://([a-z0-9.-]+)(/[^?#\s]*)?", re.ASCII)


@functools.lru_cache(maxsize=256)
def _folded_hosts(host: str, aliases: tuple[str, ...]) -> tuple[frozenset[str], str, str]:
    """(lower-cased aliases, bare host, target host) of a source: built once, not per URL."""
    return frozenset(a.lower() for a in aliases), host.lower().removeprefix("www."), host.lower()


def join_url(base: str, url: str) -> str:
    """``urljoin(base, url)``; an absolute plain http(s) URL (which ``urljoin`` gives back unchanged)
    is returned without parsing either URL."""
    if base and ";" not in url and _SIMPLE.fullmatch(url):
        return url
    return urljoin(base, url)


def canonicalize_url(url: str, *, host: str | None = None, aliases: tuple[str, ...] | list[str] = ()) -> str:
    """Stable form of an article URL.

    Lower-cases scheme and host, drops the fragment, default ports and tracking parameters
    (``utm_*``, ``fbclid``, ``zarsrc``, ...), removes AMP markers (``/amp/``, ``.amp``, ``?amp=1``)
    and maps mobile/AMP/alias hosts (``m.``, ``amp.``, listed aliases) to ``host``.
    """
    url = url.strip()
    simple = _SIMPLE.fullmatch(url)
    if simple is None:
        return _canonicalize_general(url, host, aliases)
    # The common case (no port, query, fragment or upper case), without urlsplit: the same result.
    netloc = _fold_host(simple.group(2), host, aliases)
    return f"{simple.group(1)}://{netloc}{_AMP_PATH.sub('', simple.group(3) or '') or '/'}"


def _fold_host(netloc: str, host: str | None, aliases: tuple[str, ...] | list[str]) -> str:
    if not host:
        return netloc
    alias_set, bare_host, target = _folded_hosts(host, tuple(aliases))
    bare = netloc.removeprefix("m.").removeprefix("amp.").removeprefix("www.")
    return target if netloc in alias_set or bare == bare_host else netloc


def _canonicalize_general(url: str, host: str | None, aliases: tuple[str, ...] | list[str]) -> str:
    """:func:`canonicalize_url` for any (stripped) URL, through ``urlsplit``."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower() or "https"
    netloc = parts.hostname.lower() if parts.hostname else ""
    if parts.port and not (
        (scheme == "http" and parts.port == 80) or (scheme == "https" and parts.port == 443)
    ):
        netloc = f"{netloc}:{parts.port}"
    netloc = _fold_host(netloc, host, aliases)
    path = _AMP_PATH.sub("", parts.path) or "/"
    query = ""
    if parts.query:  # most article URLs have none: skip the parse/re-encode
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        query = urlencode([(k, v) for k, v in pairs if not _TRACKING.match(k)])
    return urlunsplit((scheme, netloc, path, query, ""))
