"""Text features for the statistical classifier: folded syllable uni/bigrams plus cue-evidence counts."""

from __future__ import annotations

import re

from lantoa.text import fold

_WORD = re.compile(r"[^\W\d_]+")
#: How many body syllables are used (the lead carries the story; keeps tagging fast).
MAX_BODY_TOKENS = 700


def syllables(text: str) -> list[str]:
    """Folded syllables of ``text`` (no numbers, no punctuation)."""
    return _WORD.findall(fold(text))


def feature_tokens(title: str, sapo: str, text: str) -> list[str]:
    """The token stream the classifier sees: title twice (it matters most), sapo, body lead."""
    t = syllables(title)
    return [*t, "|", *t, "|", *syllables(sapo), "|", *syllables(text)[:MAX_BODY_TOKENS]]


def ngram_counts(tokens: list[str]) -> dict[str, int]:
    """Unigram and bigram counts; "|" separates zones and never forms part of a feature."""
    counts: dict[str, int] = {}
    prev = ""
    for tok in tokens:
        if tok == "|":
            prev = ""
            continue
        counts[tok] = counts.get(tok, 0) + 1
        if prev:
            bigram = prev + " " + tok
            counts[bigram] = counts.get(bigram, 0) + 1
        prev = tok
    return counts


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


def feature_counts(title: str, sapo: str, text: str, cues: dict[str, int] | None = None) -> dict[str, int]:
    """All classifier features of one document with their counts."""
    counts = ngram_counts(feature_tokens(title, sapo, text))
    if cues:
        counts.update(cues)
    return counts
