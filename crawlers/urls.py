"""Canonical article URLs: tracking parameters dropped, AMP/mobile variants and alias hosts folded."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|zarsrc|gidzl|_ga|mc_[a-z]+|ref|refer|src|amp)$", re.I
)
_AMP_PATH = re.compile(r"(/amp(?=/?$)|\.amp$|^/amp(?=/))")


def canonicalize_url(url: str, *, host: str | None = None, aliases: tuple[str, ...] | list[str] = ()) -> str:
    """Stable form of an article URL.

    Lower-cases scheme and host, drops the fragment, default ports and tracking parameters
    (``utm_*``, ``fbclid``, ``zarsrc``, ...), removes AMP markers (``/amp/``, ``.amp``, ``?amp=1``)
    and maps mobile/AMP/alias hosts (``m.``, ``amp.``, listed aliases) to ``host``.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "https"
    netloc = parts.hostname.lower() if parts.hostname else ""
    if parts.port and not (
        (scheme == "http" and parts.port == 80) or (scheme == "https" and parts.port == 443)
    ):
        netloc = f"{netloc}:{parts.port}"
    if host:
        bare = netloc.removeprefix("m.").removeprefix("amp.").removeprefix("www.")
        if netloc in {a.lower() for a in aliases} or bare == host.lower().removeprefix("www."):
            netloc = host.lower()
    path = _AMP_PATH.sub("", parts.path) or "/"
    query = ""
    if parts.query:  # most article URLs have none: skip the parse/re-encode
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        query = urlencode([(k, v) for k, v in pairs if not _TRACKING.match(k)])
    return urlunsplit((scheme, netloc, path, query, ""))
