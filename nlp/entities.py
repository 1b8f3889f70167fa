"""The shared pre-scan of the name and organisation finders: the tokens where a title or position
(:mod:`nlp.people`) or an organisation head (:mod:`nlp.organizations`) may start, found in one pass."""

from __future__ import annotations

from functools import lru_cache

from . import organizations, people
from .tokens import Tokens, indices_marked


@lru_cache(maxsize=1)
def _marks() -> dict[str, int]:
    """Word → 1 (a title or position may start with it), 2 (an organisation head may) or 3 (both)."""
    marks = dict.fromkeys(people.first_words(), 1)
    for word in organizations.head_words():
        marks[word] = marks.get(word, 0) | 2
    return marks


def entity_candidates(toks: Tokens) -> tuple[list[int], list[int]]:
    """``(people candidates, organisation candidates)``: the indices of the tokens whose core is in
    :func:`nlp.people.first_words` and in :func:`nlp.organizations.head_words`, in order."""
    return indices_marked(toks.cores, _marks())
