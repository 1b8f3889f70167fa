"""Property tests for the highlighter: the only markup in its output is <mark>, the text survives escaping."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from prop_strategies import vietnamese_text

from lantoa.highlight import fragments, highlight_title
from lantoa.query import parse_query
from lantoa.store.base import QuerySyntaxError

MARK = re.compile(r"</?mark>")
hostile = st.one_of(
    vietnamese_text,
    st.sampled_from(
        [
            "<script>alert(1)</script> thoát nghèo",
            '<img src=x onerror="alert(1)"> bò',
            "<mark>bò</mark> <<mark>> &lt;mark&gt;",
            "a < b > c & d \" e ' f",
            "javascript:alert(1) <svg/onload=alert(1)>",
        ]
    ),
)
queries = st.one_of(
    vietnamese_text, st.sampled_from(["bò", "mark", "script", "alert", "lt", "amp", "thoat ngheo", "<"])
)


def _items(q: str) -> list:  # type: ignore[type-arg]
    try:
        return parse_query(q).positive_items()
    except QuerySyntaxError:
        return []


@settings(max_examples=300, deadline=None)
@given(hostile, queries)
def test_highlight_title_has_no_markup_but_mark_and_keeps_the_text(text: str, q: str) -> None:
    out = highlight_title(text, _items(q))
    bare = MARK.sub("", out)
    assert "<" not in bare and ">" not in bare
    assert html.unescape(bare) == text


@settings(max_examples=300, deadline=None)
@given(st.lists(hostile, min_size=1, max_size=6).map("\n\n".join), queries)
def test_fragments_have_no_markup_but_balanced_marks(text: str, q: str) -> None:
    for fragment in fragments(text, _items(q)):
        bare = MARK.sub("", fragment)
        assert "<" not in bare and ">" not in bare
        assert fragment.count("<mark>") == fragment.count("</mark>")
