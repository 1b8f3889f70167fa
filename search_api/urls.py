"""Query strings for a search (feeds, exports, paging and facet links share one encoding)."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from lantoa.store.base import SearchQuery

_LIST_FIELDS = ("province", "district", "commune", "story_type", "model_type", "source")


def search_pairs(query: SearchQuery, *, cursor: bool = False, size: bool = False) -> list[tuple[str, str]]:
    """The non-default parameters of ``query`` as ordered ``(name, value)`` pairs."""
    pairs: list[tuple[str, str]] = []
    if query.q:
        pairs.append(("q", query.q))
    for name in _LIST_FIELDS:
        pairs.extend((name, value) for value in getattr(query, name))
    if query.date_from:
        pairs.append(("date_from", query.date_from.isoformat()))
    if query.date_to:
        pairs.append(("date_to", query.date_to.isoformat()))
    if query.has_people is not None:
        pairs.append(("has_people", "true" if query.has_people else "false"))
    if query.relevant is not None:
        pairs.append(("relevant", "true" if query.relevant else "false"))
    if query.sort != "relevance":
        pairs.append(("sort", query.sort))
    if size and query.size != 20:
        pairs.append(("size", str(query.size)))
    if cursor and query.cursor:
        pairs.append(("cursor", query.cursor))
    return pairs


def search_params(query: SearchQuery, **options: bool) -> str:
    return urlencode(search_pairs(query, **options))


def toggle_param(pairs: list[tuple[str, str]], name: str, value: str) -> str:
    """The query string with ``name=value`` removed if present, else added."""
    if (name, value) in pairs:
        return urlencode([p for p in pairs if p != (name, value)])
    return urlencode([*pairs, (name, value)])


def safe_link(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL, else None (never a ``javascript:`` link)."""
    if not url:
        return None
    stripped = url.strip()
    if any(ord(ch) < 0x21 for ch in stripped):
        return None
    try:
        parts = urlsplit(stripped)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return stripped
