"""Match and score a parsed query over the numpy term index (``sqlite_terms``), filters first.

``match`` gives exactly the articles the folded FTS5 form of the query matches (AND of clauses,
OR within a clause, minus exclusions), restricted to a filter mask before any scoring.
``score`` gives FTS5's bm25 of those articles for the full query form (each item once as
written, in the original columns, and once folded, in the folded columns), so an
exact-diacritics match scores higher, as in FTS5.

A multi-word item (a quoted phrase) needs word positions: its articles come from FTS5 (one
folded phrase query, through ``phrase_rows``) and its frequency in an article is taken as the
smallest frequency of its words there (an estimate; the match itself is exact).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Sequence

import numpy as np

from lantoa.query import Item, ParsedQuery
from lantoa.store.sqlite_terms import FOLDED_FACTOR, K1, Postings, TermIndex, tokens
from lantoa.text import fold

#: A folded phrase (its words) -> the sorted rowids of the articles holding it.
PhraseRows = Callable[[Sequence[str]], np.ndarray]
#: Above this ratio of list sizes a membership test binary-searches the longer list.
_SEARCH_RATIO = 16


def _as_keys(candidates: np.ndarray, sorted_rids: np.ndarray) -> np.ndarray:
    """``candidates`` in the dtype of the long list they are looked up in: numpy would otherwise
    convert the whole list (int32 postings) to the candidates' int64 on every lookup."""
    if candidates.dtype == sorted_rids.dtype or not len(candidates):
        return candidates
    if (
        np.can_cast(sorted_rids.dtype, candidates.dtype)
        and int(candidates.max()) <= np.iinfo(sorted_rids.dtype).max
    ):
        return candidates.astype(sorted_rids.dtype)
    return candidates


def member(candidates: np.ndarray, sorted_rids: np.ndarray, size: int) -> np.ndarray:
    """Which ``candidates`` are in ``sorted_rids`` (a boolean array aligned with ``candidates``)."""
    if not len(candidates) or not len(sorted_rids):
        return np.zeros(len(candidates), dtype=bool)
    if len(sorted_rids) > _SEARCH_RATIO * len(candidates):
        keys = _as_keys(candidates, sorted_rids)
        at = np.searchsorted(sorted_rids, keys)
        at[at == len(sorted_rids)] = 0
        return np.asarray(sorted_rids[at] == keys)
    dense = np.zeros(size, dtype=bool)
    dense[sorted_rids] = True
    return dense[candidates]


def gather(candidates: np.ndarray, postings: Postings, size: int) -> np.ndarray:
    """The postings' weight for each of ``candidates`` (0 where absent)."""
    rids, weights = postings.rids, postings.weights
    if not len(candidates) or not len(rids):
        return np.zeros(len(candidates), dtype=np.float64)
    if len(rids) > _SEARCH_RATIO * len(candidates):
        keys = _as_keys(candidates, rids)
        at = np.searchsorted(rids, keys)
        at[at == len(rids)] = 0
        return np.where(rids[at] == keys, weights[at], 0.0).astype(np.float64)
    dense = np.zeros(size, dtype=np.float64)
    dense[rids] = weights
    return dense[candidates]


class QueryTerms:
    """One parsed query against one term index."""

    def __init__(self, index: TermIndex, parsed: ParsedQuery, phrase_rows: PhraseRows) -> None:
        self.index = index
        self.parsed = parsed
        self.phrase_rows = phrase_rows
        self.size = len(index.doclen)
        self._sets: dict[tuple[str, ...], np.ndarray] = {}

    def _folded_words(self, item: Item) -> tuple[str, ...]:
        return tuple(tokens(" ".join(item.folded)))

    def item_rids(self, item: Item) -> np.ndarray:
        """Sorted rowids of the articles that hold the item (its folded words, as a phrase)."""
        words = self._folded_words(item)
        found = self._sets.get(words)
        if found is None:
            if len(words) == 1:
                found = np.asarray(self.index.folded.get(words[0]).rids)
            elif words:
                found = self.phrase_rows(words)
            else:
                found = np.zeros(0, dtype=np.int32)
            self._sets[words] = found
        return found

    def clause_rids(self, clause: list[Item]) -> np.ndarray:
        parts = [self.item_rids(item) for item in clause]
        if len(parts) == 1:
            return parts[0]
        union = np.zeros(self.size, dtype=bool)
        for part in parts:
            union[part] = True
        return np.flatnonzero(union)

    def match(self, mask: np.ndarray | None) -> np.ndarray:
        """Sorted rowids of the matching articles that pass ``mask`` (None: no filter)."""
        sets = sorted((self.clause_rids(c) for c in self.parsed.clauses), key=len)
        found = np.asarray(sets[0], dtype=np.int64)
        if mask is not None:
            found = found[mask[found]]
        for other in sets[1:]:
            if not len(found):
                break
            found = found[member(found, other, self.size)]
        for item in self.parsed.excluded:
            if not len(found):
                break
            found = found[~member(found, self.item_rids(item), self.size)]
        return found

    def _frequency(self, item: Item, candidates: np.ndarray, folded: bool) -> tuple[np.ndarray, int]:
        """Weighted frequency of the item in each candidate, and the number of articles holding it."""
        side = self.index.folded if folded else self.index.original
        words = self._folded_words(item) if folded else tuple(tokens(" ".join(item.words)))
        if len(words) == 1:
            postings = side.get(words[0])
            return gather(candidates, postings, self.size), len(postings.rids)
        if not words:
            return np.zeros(len(candidates)), 0
        holding = self.item_rids(item)
        freq = np.min([gather(candidates, side.get(w), self.size) for w in words], axis=0)
        freq = np.where(member(candidates, holding, self.size), freq, 0.0)
        return freq, len(holding)

    def score(self, candidates: np.ndarray) -> np.ndarray:
        """FTS5 bm25 (as a positive number) of the full query form for each candidate."""
        total = np.zeros(len(candidates), dtype=np.float64)
        if not len(candidates):
            return total
        norm = self.index.norm(candidates)
        for item in self.parsed.positive_items():
            for folded in (False, True):
                freq, hits = self._frequency(item, candidates, folded)
                if not hits:
                    continue
                if folded:
                    freq = freq * FOLDED_FACTOR
                idf = self.index.idf(hits)
                total += idf * (freq * (K1 + 1.0)) / (freq + norm)
        return total


@functools.lru_cache(maxsize=1)
def _letter_classes() -> dict[str, str]:
    """For each folded letter or digit, every character that folds to it (both cases)."""
    groups: dict[str, set[str]] = {}
    for start, stop in ((0x30, 0x3A), (0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x1E00, 0x1F00)):
        for code in range(start, stop):
            ch = chr(code)
            folded = fold(ch)
            if len(folded) == 1 and folded.isascii() and folded.isalnum():
                groups.setdefault(folded, set()).update((ch, ch.lower(), ch.upper()))
    return {key: "".join(sorted(chars)) for key, chars in groups.items()}


@functools.lru_cache(maxsize=256)
def phrase_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The folded ``words`` as consecutive words of original text (any diacritics, any case).

    That is ``(?<![^\\W_])word[\\W_]+word...(?![^\\W_])`` with each letter a class of the letters
    folding to it; the "no word character before" test comes after the first letter, so that
    the regex engine can skip ahead to that letter's class (a leading look-behind made it try
    every position of the text, several times slower).
    """
    classes = _letter_classes()

    def letter(ch: str) -> str:
        return "[" + re.escape(classes.get(ch, ch)) + "]"

    def word(w: str) -> str:
        return "".join(letter(ch) for ch in w)

    rest = r"[\W_]+".join(word(w) for w in words)
    if not words or not words[0]:
        return re.compile(r"(?<![^\W_])" + rest + r"(?![^\W_])")
    first = letter(words[0][0])
    return re.compile(first + r"(?<![^\W_][\s\S])" + rest[len(first) :] + r"(?![^\W_])")


def indexed_text(stored_json: bytes | str) -> str:
    """The title, sapo and body part of a stored article's JSON (UTF-8 bytes or text), escaped
    line breaks as spaces."""
    if isinstance(stored_json, bytes):
        start = stored_json.find(b'"title":')
        end = stored_json.find(b',"authors":', start)
        part = stored_json[start:end].decode("utf-8") if start >= 0 and end >= 0 else None
    else:
        start = stored_json.find('"title":')
        end = stored_json.find(',"authors":', start)
        part = stored_json[start:end] if start >= 0 and end >= 0 else None
    if part is None:
        doc = json.loads(stored_json)
        return "\n".join(str(doc.get(k) or "") for k in ("title", "sapo", "body"))
    return part.replace("\\n", " ")
