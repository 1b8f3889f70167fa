"""Search highlights: HTML-escaped text with ``<mark>`` around matched words.

Matching runs on the folded text (same length as the NFC original), so words match
with or without diacritics, and offsets map straight back to the original text.
Both store backends use this, so highlights behave the same everywhere.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
from collections.abc import Sequence

from lantoa.query import Item
from lantoa.text import fold

FRAGMENT_CHARS = 180


def _pattern(items: Sequence[Item]) -> re.Pattern[str] | None:
    return _cached_pattern(tuple(items))


@functools.lru_cache(maxsize=512)
def _cached_pattern(items: tuple[Item, ...]) -> re.Pattern[str] | None:
    """One pattern per query (every hit of a page is highlighted with the same one)."""
    alternatives = sorted(
        {r"\W+".join(re.escape(w) for w in item.folded) for item in items if item.folded},
        key=len,
        reverse=True,
    )
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.UNICODE)


def find_spans(text: str, items: Sequence[Item]) -> list[tuple[int, int]]:
    pattern = _pattern(items)
    if pattern is None or not text:
        return []
    return [m.span() for m in pattern.finditer(fold(text))]


def mark(text: str, spans: Sequence[tuple[int, int]], start: int = 0, end: int | None = None) -> str:
    """Escape ``text[start:end]`` and wrap the spans that fall inside it in ``<mark>``."""
    end = len(text) if end is None else end
    out: list[str] = []
    pos = start
    # Spans are in text order and do not overlap: skip straight to the first that can reach ``start``.
    first = bisect.bisect_left(spans, (start, start)) - 1 if start > 0 else 0
    for s, e in spans[max(0, first) :]:
        if s >= end:
            break
        if e <= start:
            continue
        s, e = max(s, start), min(e, end)
        out.append(html.escape(text[pos:s]))
        out.append("<mark>" + html.escape(text[s:e]) + "</mark>")
        pos = e
    out.append(html.escape(text[pos:end]))
    return "".join(out)


def highlight_title(title: str, items: Sequence[Item]) -> str:
    return mark(title, find_spans(title, items))


def fragments(
    text: str, items: Sequence[Item], max_fragments: int = 3, size: int = FRAGMENT_CHARS
) -> list[str]:
    """Up to ``max_fragments`` escaped snippets around matches, in text order.

    Without matches, the opening of the text is returned (escaped), so every hit
    shows something.
    """
    spans = find_spans(text, items)
    if not spans:
        if not text:
            return []
        cut = _word_boundary(text, min(len(text), size), forward=False)
        return [html.escape(text[:cut]) + (" …" if cut < len(text) else "")]
    windows: list[tuple[int, int]] = []
    for s, _e in spans:
        if windows and s < windows[-1][1]:
            continue
        start = _word_boundary(text, max(0, s - size // 3), forward=True)
        stop = _word_boundary(text, min(len(text), start + size), forward=False)
        if stop <= s:
            stop = min(len(text), s + size)
        windows.append((start, stop))
        if len(windows) >= max_fragments:
            break
    result = []
    for start, stop in windows:
        snippet = mark(text, spans, start, stop).replace("\n", " ")
        prefix = "… " if start > 0 else ""
        suffix = " …" if stop < len(text) else ""
        result.append(prefix + snippet.strip() + suffix)
    return result


def _word_boundary(text: str, index: int, forward: bool) -> int:
    if index <= 0 or index >= len(text):
        return index
    if forward:
        while index < len(text) and not text[index - 1].isspace():
            index += 1
        return index
    probe = index
    while probe > 0 and not text[probe].isspace():
        probe -= 1
    return probe if probe > 0 else index
