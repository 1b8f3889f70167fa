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
from collections.abc import Iterator, Sequence

import numpy as np

from lantoa.query import Item
from lantoa.text import fold

FRAGMENT_CHARS = 180
#: Texts at least this long are folded with one numpy table lookup (see ``fast_fold``).
_FOLD_ARRAY_MIN = 256


@functools.lru_cache(maxsize=1)
def _fold_array() -> np.ndarray:
    """``fold`` of every code point below 0x2070 (it maps each one to one character), as code points."""
    probe = "".join(chr(code) for code in range(0x2070))
    folded = fold(probe)
    if len(folded) != len(probe):
        return np.zeros(0, dtype=np.uint32)  # fold no longer maps one character to one: no fast path
    return np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32).copy()


def fast_fold(text: str) -> str:
    """Exactly ``fold(text)``; for long texts of characters below U+2070 (Vietnamese, Latin,
    punctuation) one vectorised table lookup, about 4x faster than ``str.translate``."""
    table = _fold_array()
    if len(text) < _FOLD_ARRAY_MIN or not len(table):
        return fold(text)
    try:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # lone surrogates
        return fold(text)
    if int(codes.max()) >= len(table):
        return fold(text)
    return table[codes].tobytes().decode("utf-32-le")


def _pattern(items: Sequence[Item]) -> re.Pattern[str] | None:
    global _last_pattern
    key = tuple(items)
    last_key, last = _last_pattern
    # Every hit of a page asks with the same items (Item is frozen: the same objects, same pattern).
    if len(key) == len(last_key) and all(a is b for a, b in zip(key, last_key, strict=True)):
        return last
    found = _cached_pattern(key)
    _last_pattern = (key, found)
    return found


#: The items last asked for and their pattern.
_last_pattern: tuple[tuple[Item, ...], re.Pattern[str] | None] = ((), None)


@functools.lru_cache(maxsize=512)
def _cached_pattern(items: tuple[Item, ...]) -> re.Pattern[str] | None:
    """One pattern per query (every hit of a page is highlighted with the same one).

    It matches exactly where ``(?<!\\w)(?:word\\W+word|...)(?!\\w)`` does, with the "not after
    a word character" test placed after each alternative's first character: the regex engine
    can then skip ahead to those first characters (a leading look-behind made it try every
    position of the text, ~25x slower).
    """
    words = {item.folded for item in items if item.folded}
    alternatives = sorted(
        {r"\W+".join(re.escape(w) for w in folded) for folded in words}, key=len, reverse=True
    )
    if not alternatives:
        return None
    if "" in alternatives or any(not folded[0] for folded in words):
        return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.UNICODE)
    return re.compile("(?:" + "|".join(_late_start(a) for a in alternatives) + r")(?!\w)", re.UNICODE)


def _late_start(alternative: str) -> str:
    """``alternative`` with ``(?<!\\w)`` moved after its first character (``re.escape`` output)."""
    first = 2 if alternative.startswith("\\") else 1
    return alternative[:first] + r"(?<!\w[\s\S])" + alternative[first:]


def find_spans(text: str, items: Sequence[Item]) -> list[tuple[int, int]]:
    pattern = _pattern(items)
    if pattern is None or not text:
        return []
    return [m.span() for m in pattern.finditer(fast_fold(text))]


#: Private-use characters standing for ``<mark>`` and ``</mark>`` while a fragment is escaped in
#: one call (escaping is per character, so the result is the same as escaping each piece).
_OPEN, _CLOSE = "\ue000", "\ue001"
_SPACE = re.compile(r"\s")


def mark(text: str, spans: Sequence[tuple[int, int]], start: int = 0, end: int | None = None) -> str:
    """Escape ``text[start:end]`` and wrap the spans that fall inside it in ``<mark>``."""
    end = len(text) if end is None else end
    if _OPEN in text or _CLOSE in text:  # the text holds the stand-ins: escape piece by piece
        return _mark_pieces(text, spans, start, end)
    out: list[str] = []
    pos = start
    for s, e in _clipped(spans, start, end):
        out += (text[pos:s], _OPEN, text[s:e], _CLOSE)
        pos = e
    if not out:
        return html.escape(text[start:end])
    out.append(text[pos:end])
    return html.escape("".join(out)).replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")


def _first_reaching(spans: Sequence[tuple[int, int]], start: int) -> int:
    """Spans are in text order and do not overlap: where those that can reach ``start`` begin."""
    return max(0, bisect.bisect_left(spans, (start, start)) - 1) if start > 0 else 0


def _clipped(spans: Sequence[tuple[int, int]], start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans that overlap ``[start, end)``, cut to it, in text order."""
    for s, e in spans[_first_reaching(spans, start) :]:
        if s >= end:
            break
        if e > start:
            yield max(s, start), min(e, end)


def _mark_pieces(text: str, spans: Sequence[tuple[int, int]], start: int, end: int) -> str:
    out: list[str] = []
    pos = start
    for s, e in _clipped(spans, start, end):
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
    spans: list[tuple[int, int]] = []
    windows: list[tuple[int, int]] = []
    pattern = _pattern(items) if text else None
    if pattern is not None:
        # Matches are read only as far as the last fragment reaches (not through the whole text).
        for match in pattern.finditer(fast_fold(text)):
            s, e = match.span()
            if windows and len(windows) >= max_fragments and s >= windows[-1][1]:
                break
            spans.append((s, e))
            if windows and s < windows[-1][1]:
                continue
            start = _word_boundary(text, max(0, s - size // 3), forward=True)
            stop = _word_boundary(text, min(len(text), start + size), forward=False)
            if stop <= s:
                stop = min(len(text), s + size)
            windows.append((start, stop))
    if not spans:
        if not text:
            return []
        cut = _word_boundary(text, min(len(text), size), forward=False)
        return [html.escape(text[:cut]) + (" …" if cut < len(text) else "")]
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
    if forward:  # just after the first white space at or after index - 1 (\s is str.isspace)
        space = _SPACE.search(text, index - 1)
        return space.start() + 1 if space is not None else len(text)
    probe = index
    while probe > 0 and not text[probe].isspace():
        probe -= 1
    return probe if probe > 0 else index
