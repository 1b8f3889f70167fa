"""The faster highlighter and phrase check give exactly what their straightforward forms gave.

``reference_*`` below are the previous implementations (a leading look-behind in the patterns,
``fold`` by ``str.translate``, one ``html.escape`` per piece, every match read): the current ones
must agree with them on every text, including long texts (the vectorised fold), texts holding
the private-use stand-ins of ``mark``, underscores, combining marks and characters above U+2070.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Sequence

from hypothesis import example, given, settings
from hypothesis import strategies as st
from prop_strategies import WORDS, vietnamese_text

from lantoa.highlight import FRAGMENT_CHARS, fast_fold, fragments, highlight_title
from lantoa.query import Item, parse_query
from lantoa.store.base import QuerySyntaxError
from lantoa.store.sqlite_match import _letter_classes, phrase_pattern
from lantoa.text import fold


def reference_spans(text: str, items: Sequence[Item]) -> list[tuple[int, int]]:
    alternatives = sorted(
        {r"\W+".join(re.escape(w) for w in item.folded) for item in items if item.folded},
        key=len,
        reverse=True,
    )
    if not alternatives or not text:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
    return [m.span() for m in pattern.finditer(fold(text))]


def reference_mark(
    text: str, spans: Sequence[tuple[int, int]], start: int = 0, end: int | None = None
) -> str:
    end = len(text) if end is None else end
    out: list[str] = []
    pos = start
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


def _boundary(text: str, index: int, forward: bool) -> int:
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


def reference_fragments(text: str, items: Sequence[Item], max_fragments: int = 3) -> list[str]:
    size = FRAGMENT_CHARS
    spans = reference_spans(text, items)
    if not spans:
        if not text:
            return []
        cut = _boundary(text, min(len(text), size), forward=False)
        return [html.escape(text[:cut]) + (" …" if cut < len(text) else "")]
    windows: list[tuple[int, int]] = []
    for s, _e in spans:
        if windows and s < windows[-1][1]:
            continue
        start = _boundary(text, max(0, s - size // 3), forward=True)
        stop = _boundary(text, min(len(text), start + size), forward=False)
        if stop <= s:
            stop = min(len(text), s + size)
        windows.append((start, stop))
        if len(windows) >= max_fragments:
            break
    return [
        ("… " if start > 0 else "")
        + reference_mark(text, spans, start, stop).replace("\n", " ").strip()
        + (" …" if stop < len(text) else "")
        for start, stop in windows
    ]


def reference_phrase(words: tuple[str, ...]) -> re.Pattern[str]:
    classes = _letter_classes()

    def word(w: str) -> str:
        return "".join("[" + re.escape(classes.get(ch, ch)) + "]" for ch in w)

    return re.compile(r"(?<![^\W_])" + r"[\W_]+".join(word(w) for w in words) + r"(?![^\W_])")


ODD = "\ue000\ue001_\u0307\u0308İıſ\u212aØø€✓😀x"
pieces = st.one_of(vietnamese_text, st.text(alphabet=ODD + " ab", max_size=12))
# Up to ~40 pieces: long enough for several fragments and for the vectorised fold (>= 256 chars).
texts = st.lists(pieces, max_size=40).map(" ".join)
queries = st.one_of(
    vietnamese_text,
    st.sampled_from([*WORDS, "bò sinh sản", "a", "x", "ø", "thoát nghèo OR bò", "_", "ab -x", '"bo sinh"']),
)


def _items(q: str) -> list[Item]:
    try:
        return parse_query(q).positive_items()
    except QuerySyntaxError:
        return []


@settings(max_examples=400)
@given(texts, queries, st.sampled_from([0, 1, 3, 5]))
@example("\ue000bò\ue001 " * 60, "bò", 3)
@example("xbo sinh san bo sinh_san " * 30, "bo sinh", 3)
def test_fragments_and_titles_equal_the_reference(text: str, q: str, max_fragments: int) -> None:
    items = _items(q)
    assert fragments(text, items, max_fragments) == reference_fragments(text, items, max_fragments)
    assert highlight_title(text, items) == reference_mark(text, reference_spans(text, items))


@settings(max_examples=300)
@given(st.text(max_size=600))
@example("\ud800" + "a" * 300)
@example("Đắk Lắk " * 50 + "\U0001f600")
def test_fast_fold_is_fold(text: str) -> None:
    assert fast_fold(text) == fold(text)


phrase_words = st.lists(
    st.one_of(
        st.sampled_from(["bo", "sinh", "san", "a", "i", "ii", "ø", "x1", "k"]),
        st.text("abiks", min_size=1, max_size=3),
    ),
    min_size=1,
    max_size=3,
).map(tuple)


@settings(max_examples=400)
@given(texts, phrase_words)
@example("bò sinh sản", ("bo", "sinh", "san"))
@example("xbo sinh; bo_sinh İi sinh ı K", ("bo", "sinh"))
def test_phrase_pattern_matches_where_the_reference_does(text: str, words: tuple[str, ...]) -> None:
    found = [m.span() for m in phrase_pattern(words).finditer(text)]
    assert found == [m.span() for m in reference_phrase(words).finditer(text)]
