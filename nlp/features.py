"""Text features for the statistical classifier: folded syllable uni/bigrams plus cue-evidence counts."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import numpy as np

from lantoa.text import fold

_WORD = re.compile(r"[^\W\d_]+")
#: How many body syllables are used (the lead carries the story; keeps tagging fast).
MAX_BODY_TOKENS = 700


#: ASCII bytes that are not letters → space (for the fast path of :func:`syllables`).
_NOT_LETTER = bytes(c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256))
_ASCII = frozenset(chr(c) for c in range(128))


def _words(folded: str) -> list[str]:
    """``_WORD.findall(folded)``, faster: when every non-ASCII character is a separator (curly quotes,
    dashes…) the words are the runs of ASCII letters, split with bytes operations."""
    for ch in set(folded).difference(_ASCII):
        if _WORD.match(ch):
            return _WORD.findall(folded)
    return folded.encode("ascii", "replace").translate(_NOT_LETTER).decode("ascii").split()


def syllables(text: str, limit: int | None = None) -> list[str]:
    """Folded syllables of ``text`` (no numbers, no punctuation); the first ``limit`` when given."""
    words = _words(fold(text))
    return words if limit is None else words[:limit]


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
CUE_PREFIX = "cue="


def cue_counts(story_cue: dict[str, float], model_cue: dict[str, float]) -> dict[str, int]:
    """Cue evidence as pseudo-feature counts, e.g. ``{"cue=model:livestock": 3}`` (rounded, at least 1)."""
    out: dict[str, int] = {}
    for group, scores in (("story", story_cue), ("model", model_cue)):
        for label, value in scores.items():
            if value > 0:
                out[f"{CUE_PREFIX}{group}:{label}"] = max(1, round(value))
    return out


#: Counts below this use the precomputed table of :func:`log_tf_table`.
LOG_TF_SIZE = 4096


@lru_cache(maxsize=1)
def log_tf_table() -> np.ndarray:
    """``1 + ln(n)`` for ``n < LOG_TF_SIZE`` (index 0 unused), computed once with :func:`math.log`."""
    return np.array([0.0, *(1.0 + math.log(n) for n in range(1, LOG_TF_SIZE))], dtype=np.float64)


def log_tf(n: int) -> float:
    """Sublinear term frequency ``1 + ln(n)``."""
    return 1.0 + math.log(n)


def feature_counts(title: str, sapo: str, text: str, cues: dict[str, int] | None = None) -> dict[str, int]:
    """All classifier features of one document with their counts."""
    counts = ngram_counts(feature_tokens(title, sapo, text))
    if cues:
        counts.update(cues)
    return counts
