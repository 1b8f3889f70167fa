"""Text features for the statistical classifier: folded syllable uni/bigrams plus cue-evidence counts."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from itertools import chain
from typing import Final

import numpy as np

from lantoa.text import fold

from .memo import Memo

_WORD: Final = re.compile(r"[^\W\d_]+")
#: How many body syllables are used (the lead carries the story; keeps tagging fast).
MAX_BODY_TOKENS: Final = 700


#: ASCII bytes that are not letters → space (for the fast path of :func:`syllables`).
_NOT_LETTER: Final = bytes(c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))
_ASCII: Final = frozenset(chr(c) for c in range(128))


def _words(folded: str) -> list[str]:
    """``_WORD.findall(folded)``, faster: when every non-ASCII character is a separator (curly quotes,
    dashes…) the words are the runs of ASCII letters, split with bytes operations."""
    for ch in set(folded).difference(_ASCII):
        if _WORD.match(ch):
            return _WORD.findall(folded)
    return folded.encode("ascii", "replace").translate(_NOT_LETTER).decode("ascii").split()


def _chunk_syllables(chunk: str) -> list[str]:
    return _words(fold(chunk))


#: Whitespace-delimited chunk → its folded syllables, memoised (chunks repeat a lot); a look-up of
#: a chunk not seen yet computes it.
_CHUNK_SYLLABLES: Final[Memo[str, list[str]]] = Memo(_chunk_syllables, limit=100_000)


def syllables(text: str, limit: int | None = None) -> list[str]:
    """Folded syllables of ``text`` (no numbers, no punctuation); the first ``limit`` when given.

    Found chunk by chunk (memoised): :func:`~lantoa.text.fold` maps each character on its own and
    keeps whitespace, so no syllable spans two whitespace-delimited chunks.
    """
    if limit is not None and limit >= 0:
        # The first ``limit`` syllables only need the first chunks: split off as many chunks as
        # syllables are still missing (a chunk has one or more, or none), until there are enough.
        out: list[str] = []
        rest = text
        while rest and len(out) < limit:
            need = limit - len(out)
            chunks = rest.split(None, need)
            rest = chunks.pop() if len(chunks) > need else ""
            out.extend(_flat_syllables(chunks))
        return out[:limit]
    flat = _flat_syllables(text.split())
    if limit is None:
        return flat
    return flat[:limit]


def _flat_syllables(chunks: list[str]) -> list[str]:
    """The syllables of whitespace-delimited ``chunks``, in order."""
    lists = list(map(_CHUNK_SYLLABLES.__getitem__, chunks))
    return list(chain.from_iterable(lists))


def feature_tokens(title: str, sapo: str, text: str) -> list[str]:
    """The token stream the classifier sees: title twice (it matters most), sapo, body lead."""
    t = syllables(title)
    return [*t, "|", *t, "|", *syllables(sapo), "|", *syllables(text, MAX_BODY_TOKENS)]


def _zone_sequence(zone: list[str]) -> list[str]:
    """A zone's unigrams and bigrams interleaved in reading order: w0, w1, "w0 w1", w2, "w1 w2", …"""
    if not zone:
        return []
    seq = [""] * (2 * len(zone) - 1)
    seq[0::2] = zone
    seq[1::2] = map(" ".join, zip(zone, zone[1:], strict=False))
    # Reading order puts each bigram after its second word: swap every (bigram, next word) pair.
    seq[1::2], seq[2::2] = seq[2::2], seq[1::2]
    return seq


def ngram_counts(tokens: list[str]) -> dict[str, int]:
    """Unigram and bigram counts; "|" separates zones and never forms part of a feature.

    Keys are in order of first occurrence (the classifier sums in that order).
    """
    counts: Counter[str] = Counter()
    start = 0
    while start <= len(tokens):
        try:
            end = tokens.index("|", start)
        except ValueError:
            end = len(tokens)
        counts.update(_zone_sequence(tokens[start:end]))
        start = end + 1
    return dict(counts)


def feature_text(title: str, sapo: str, text: str) -> str:
    """The features as one string (for training with scikit-learn)."""
    return " ".join(feature_tokens(title, sapo, text))


#: Prefix of the pseudo-features that carry cue evidence (never a syllable: contains "=").
CUE_PREFIX: Final = "cue="


def cue_counts(story_cue: dict[str, float], model_cue: dict[str, float]) -> dict[str, int]:
    """Cue evidence as pseudo-feature counts, e.g. ``{"cue=model:livestock": 3}`` (rounded, at least 1)."""
    out: dict[str, int] = {}
    for group, scores in (("story", story_cue), ("model", model_cue)):
        for label, value in scores.items():
            if value > 0:
                out[f"{CUE_PREFIX}{group}:{label}"] = max(1, round(value))
    return out


#: Counts below this use the precomputed table of :func:`log_tf_table`.
LOG_TF_SIZE: Final = 4096


@lru_cache(maxsize=1)
def log_tf_table() -> np.ndarray:
    """``1 + ln(n)`` for ``n < LOG_TF_SIZE`` (index 0 unused), computed once with :func:`math.log`."""
    return np.array([0.0, *(1.0 + math.log(n) for n in range(1, LOG_TF_SIZE))], dtype=np.float64)


def log_tf(n: int) -> float:
    """Sublinear term frequency ``1 + ln(n)``."""
    return 1.0 + math.log(n)


class _Numbered(dict[str, int]):
    """Syllable → number, where ``[]`` answers :attr:`other` for a syllable it does not hold (a C-level
    look-up per syllable: ``map(d.__getitem__, …)`` instead of ``map(d.get, …, repeat(other))``)."""

    __slots__ = ("other",)

    def __init__(self, numbers: dict[str, int], other: int) -> None:
        super().__init__(numbers)
        self.other = other

    def __missing__(self, key: str) -> int:
        return self.other


class NgramIndex:
    """The unigram and bigram features of a vocabulary, looked up with numpy instead of strings.

    Each syllable of the vocabulary gets a number, a bigram is a cell of a syllable × syllable table.
    :meth:`lookup` gives the same known features, counts and order of first occurrence as
    :func:`ngram_counts` followed by a vocabulary look-up (a test checks it).
    """

    __slots__ = (
        "syllable_ids",
        "unigram_index",
        "bigram_index",
        "bigram_codes",
        "size",
        "n_features",
        "chunk_codes",
    )

    #: Largest syllable × syllable table (cells); a bigger vocabulary uses a sorted list of pairs.
    MAX_TABLE = 4_000_000

    def __init__(self, vocab: dict[str, int], max_table: int | None = None) -> None:
        self.n_features = max(vocab.values(), default=-1) + 1
        ids: dict[str, int] = {}
        ngrams: list[tuple[list[str], int]] = []
        for feature, index in vocab.items():
            if not feature.startswith(CUE_PREFIX):
                parts = feature.split(" ")
                for part in parts:
                    ids.setdefault(part, len(ids))
                ngrams.append((parts, index))
        #: syllable → number; ``size - 1`` stands for every other syllable (what ``[]`` answers)
        self.size = size = len(ids) + 1
        self.syllable_ids = _Numbered(ids, size - 1)
        self.unigram_index = np.full(size, -1, dtype=np.int64)
        pairs: dict[int, int] = {}  # first * size + second → feature index
        for parts, index in ngrams:
            if len(parts) == 1:
                self.unigram_index[ids[parts[0]]] = index
            elif len(parts) == 2:
                pairs[ids[parts[0]] * size + ids[parts[1]]] = index
        codes = np.array(sorted(pairs), dtype=np.int64)
        values = np.array([pairs[c] for c in codes.tolist()], dtype=np.int64)
        #: a dense table by pair code (``bigram_codes`` is None), or the feature of each sorted code
        self.bigram_codes: np.ndarray | None = None
        if size * size <= (self.MAX_TABLE if max_table is None else max_table):
            # the narrowest type that holds every feature index: the table is read at random
            # (about one cell a syllable), so half the bytes keep more of it in the CPU cache
            small = self.n_features <= np.iinfo(np.int16).max
            self.bigram_index = np.full(size * size, -1, dtype=np.int16 if small else np.int32)
            self.bigram_index[codes] = values
        else:
            self.bigram_codes = np.append(codes, np.iinfo(np.int64).max)  # sentinel: never a pair
            self.bigram_index = np.append(values, -1)
        #: whitespace chunk → the number of its one folded syllable, :data:`NO_SYLLABLE` or
        #: :data:`SEVERAL_SYLLABLES`; memoised (see :meth:`numbers`)
        self.chunk_codes: Memo[str, int] = Memo(self._chunk_code, limit=100_000)

    #: :attr:`chunk_codes` of a chunk without a syllable ("2.500", "–") and of one with several ("TP.HCM")
    NO_SYLLABLE: Final = -1
    SEVERAL_SYLLABLES: Final = -2

    def _chunk_code(self, chunk: str) -> int:
        syllables = _CHUNK_SYLLABLES[chunk]
        if len(syllables) == 1:
            return self.syllable_ids[syllables[0]]
        return self.SEVERAL_SYLLABLES if syllables else self.NO_SYLLABLE

    def numbers(self, chunks: list[str]) -> np.ndarray:
        """The syllable numbers of whitespace-delimited ``chunks``, in order: the numbers of
        ``_flat_syllables(chunks)``. Most chunks have one syllable: each chunk's code is looked up
        once (memoised) straight into an array, the few chunks of several syllables are spliced in
        and those without one dropped."""
        codes = np.fromiter(map(self.chunk_codes.__getitem__, chunks), dtype=np.int64, count=len(chunks))
        several = np.flatnonzero(codes == self.SEVERAL_SYLLABLES).tolist()
        if several:
            pieces: list[np.ndarray] = []
            done = 0
            for k in several:
                pieces.append(codes[done:k])
                numbers = list(map(self.syllable_ids.__getitem__, _CHUNK_SYLLABLES[chunks[k]]))
                pieces.append(np.array(numbers, dtype=np.int64))
                done = k + 1
            pieces.append(codes[done:])
            codes = np.concatenate(pieces)
        return codes[codes >= 0]

    def _bigrams(self, codes: np.ndarray) -> np.ndarray:
        """Feature index of each pair code, -1 for pairs that are no feature."""
        if self.bigram_codes is None:
            return self.bigram_index[codes].astype(np.int64)
        pos = np.searchsorted(self.bigram_codes, codes)
        return np.where(self.bigram_codes[pos] == codes, self.bigram_index[pos], -1)

    def lookup(self, zones: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """(vocabulary indices, counts) of the known n-grams of ``zones``, in order of first occurrence;
        no n-gram spans two zones (as with "|" in :func:`ngram_counts`)."""
        words = list(chain.from_iterable(zones))
        ids = np.fromiter(map(self.syllable_ids.__getitem__, words), dtype=np.int64, count=len(words))
        return self._lookup(ids, [len(zone) for zone in zones])

    def lookup_numbers(self, zones: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`lookup` of zones given as arrays of syllable numbers (:meth:`numbers`)."""
        return self._lookup(np.concatenate(zones), [len(zone) for zone in zones])

    def _lookup(self, ids: np.ndarray, zone_sizes: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`lookup` of the syllable numbers ``ids`` of zones of ``zone_sizes`` syllables."""
        n = len(ids)
        if not n:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        bigram = self._bigrams(ids[:-1] * self.size + ids[1:])
        # no bigram from the last word of a zone to the first of the next (the zones' last words,
        # found in Python: a handful of numbers, cheaper than a chain of small numpy operations)
        cut: list[int] = []
        end = 0
        for size in zone_sizes[:-1]:
            end += size
            if 0 < end < n:  # the bigram from word end - 1 to word end exists
                cut.append(end - 1)
        if cut:
            bigram[cut] = -1
        # Reading order of each zone: w0, w1, "w0 w1", w2, "w1 w2", …
        seq = np.empty(2 * n - 1, dtype=np.int64)
        unigram = self.unigram_index[ids]
        seq[0] = unigram[0]
        seq[1::2] = unigram[1:]
        seq[2::2] = bigram
        seq = seq[seq >= 0]
        counts = np.bincount(seq, minlength=self.n_features)
        # Where each feature first occurs (unique positions), then the features in that order.
        first = np.full(self.n_features, len(seq), dtype=np.int64)
        np.minimum.at(first, seq, np.arange(len(seq), dtype=np.int64))
        present = np.flatnonzero(counts)
        by_position = np.full(len(seq), -1, dtype=np.int64)
        by_position[first[present]] = present
        index = by_position[by_position >= 0]
        return index, counts[index]


def feature_zones(title: str, sapo: str, text: str) -> list[list[str]]:
    """The zones of :func:`feature_tokens` as separate syllable lists."""
    t = syllables(title)
    return [t, t, syllables(sapo), syllables(text, MAX_BODY_TOKENS)]


def feature_zones_from_cores(cores: list[str], sapo_from: int, body_from: int) -> list[list[str]]:
    """:func:`feature_zones` from the whitespace chunks of ``"title\n\nsapo\n\nbody"`` without
    their edge punctuation (:func:`nlp.tokens.tokenize`'s ``cores``; the sapo's start at index
    ``sapo_from``, the body's at ``body_from``), so the text is not split again.

    Edge punctuation holds no letter, and folding makes no letter out of a character that is not
    one (a test checks every character folding changes), so a core has the syllables of its chunk.
    The cores keep the hash of the strings :func:`~nlp.tokens.split_words` memoised, which makes
    the memo look-ups here cheaper than on fresh chunks.
    """
    t = _flat_syllables(cores[:sapo_from])
    body: list[str] = []
    at = body_from
    while at < len(cores) and len(body) < MAX_BODY_TOKENS:
        need = MAX_BODY_TOKENS - len(body)  # a core has one syllable or more, or none
        body.extend(_flat_syllables(cores[at : at + need]))
        at += need
    return [t, t, _flat_syllables(cores[sapo_from:body_from]), body[:MAX_BODY_TOKENS]]


def feature_numbers_from_cores(
    index: NgramIndex, cores: list[str], sapo_from: int, body_from: int
) -> list[np.ndarray]:
    """:func:`feature_zones_from_cores` as arrays of ``index``'s syllable numbers (for
    :meth:`NgramIndex.lookup_numbers`): each chunk's number comes from one memo look-up."""
    t = index.numbers(cores[:sapo_from])
    body = index.numbers(cores[body_from : body_from + MAX_BODY_TOKENS])
    at = body_from + MAX_BODY_TOKENS
    while at < len(cores) and len(body) < MAX_BODY_TOKENS:
        need = MAX_BODY_TOKENS - len(body)  # a core has one syllable or more, or none
        body = np.concatenate([body, index.numbers(cores[at : at + need])])
        at += need
    return [t, t, index.numbers(cores[sapo_from:body_from]), body[:MAX_BODY_TOKENS]]


def feature_counts(title: str, sapo: str, text: str, cues: dict[str, int] | None = None) -> dict[str, int]:
    """All classifier features of one document with their counts."""
    counts = ngram_counts(feature_tokens(title, sapo, text))
    if cues:
        counts.update(cues)
    return counts
