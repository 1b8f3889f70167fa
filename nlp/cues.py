"""Cue phrases for story types and model types: nlp/data/cues.yaml plus the taxonomy's own cues."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import yaml

from lantoa.taxonomy import load_taxonomy
from lantoa.text import fold, normalize_inline

_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")


@dataclass(frozen=True)
class Cue:
    group: str  # "story" or "model"
    label: str  # a taxonomy id
    phrase: str  # as written in the data file (normalised)
    weight: float
    #: A generic policy cue (kế hoạch, hội nghị…): counts only when the article is in the domain.
    generic: bool = False

    @cached_property
    def key(self) -> str:
        """Folded words without punctuation, the match key (diacritic-insensitive)."""
        return match_key(self.phrase)


def match_key(phrase: str) -> str:
    """ "Người tốt, việc tốt" → "nguoi tot viec tot"."""
    words = (_EDGE_PUNCT.sub("", w) for w in fold(phrase).split())
    return " ".join(w for w in words if w)


#: Weight of the cues listed under ``weak_model_cues``.
WEAK_WEIGHT = 0.3
#: Weight of the cues listed under ``strong_model_cues``: specific wording that settles a model type even
#: when it is named only once in the body of a long article ("thẻ bảo hiểm y tế", "trạm khuyến nông").
STRONG_WEIGHT = 1.25


def _model_weight(phrase: str, from_taxonomy: bool) -> float:
    words = len(phrase.split())
    if from_taxonomy or words >= 3:
        return 1.0
    return 0.7 if words == 2 else 0.4


def _contains_any(key: str, keys: set[str]) -> bool:
    """True when a run of whole words of ``key`` is one of ``keys``."""
    words = key.split()
    return any(" ".join(words[i:j]) in keys for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def combo_phrases(spec: dict[str, Any]) -> list[str]:
    """Every "prefix noun" phrase of a ``model_combos`` entry ("nuôi" × "vịt" → "nuôi vịt")."""
    return [f"{p} {n}" for p in spec.get("prefixes") or [] for n in spec.get("nouns") or []]


@lru_cache(maxsize=1)
def load_cues() -> tuple[Cue, ...]:
    """All cues; a phrase listed twice for one label keeps the highest weight."""
    raw = yaml.safe_load(resources.files("nlp").joinpath("data/cues.yaml").read_text(encoding="utf-8"))
    tax = load_taxonomy()
    best: dict[tuple[str, str, str], Cue] = {}

    def add(group: str, label: str, phrase: str, weight: float) -> None:
        phrase = normalize_inline(phrase)
        key = (group, label, match_key(phrase))
        if key not in best or abs(weight) > abs(best[key].weight):
            best[key] = Cue(group, label, phrase, weight)

    story_ids = set(tax.story_type_ids)
    model_ids = set(tax.model_type_ids)
    for label, cues in (raw.get("story_types") or {}).items():
        if label not in story_ids:
            raise ValueError(f"cues.yaml: unknown story type {label!r}")
        for phrase, weight in cues.items():
            add("story", label, str(phrase), float(weight))
    weak = {match_key(normalize_inline(str(p))) for p in raw.get("weak_model_cues") or []}
    for label, phrases in (raw.get("model_types") or {}).items():
        if label not in model_ids:
            raise ValueError(f"cues.yaml: unknown model type {label!r}")
        for item in phrases:
            # An entry is a phrase (weight from its length) or a one-item mapping "phrase: weight".
            for phrase, weight in item.items() if isinstance(item, dict) else [(item, None)]:
                add(
                    "model",
                    label,
                    str(phrase),
                    _model_weight(str(phrase), False) if weight is None else float(weight),
                )
    for name, spec in (raw.get("model_combos") or {}).items():
        label = str(spec.get("label", name))
        if label not in model_ids:
            raise ValueError(f"cues.yaml: unknown model type {label!r} in model_combos")
        weight = float(spec.get("weight", 1.0))
        for phrase in combo_phrases(spec):
            add("model", label, phrase, weight)
    for st in tax.story_types:
        for phrase in st.cues:
            add("story", st.id, phrase, 1.0)
    for mt in tax.model_types:
        for phrase in mt.cues:
            add("model", mt.id, phrase, _model_weight(phrase, True))
    generic = {match_key(normalize_inline(str(p))) for p in raw.get("generic_policy_cues") or []}
    for key, cue in list(best.items()):
        if cue.group == "story" and cue.label == "policy_news" and key[2] in generic:
            best[key] = Cue(cue.group, cue.label, cue.phrase, cue.weight, generic=True)
    # Weak model-type cues (often incidental) count 0.3 wherever they come from; strong ones count
    # STRONG_WEIGHT (a cue listed as both is weak).
    strong = {match_key(normalize_inline(str(p))) for p in raw.get("strong_model_cues") or []}
    for key, cue in list(best.items()):
        if cue.group == "model" and key[2] in weak:
            best[key] = Cue(cue.group, cue.label, cue.phrase, WEAK_WEIGHT)
        elif (
            cue.group == "model"
            and WEAK_WEIGHT < cue.weight < STRONG_WEIGHT
            and _contains_any(key[2], strong)
        ):
            # A longer phrase around a strong cue ("tổ vay vốn của hội") is at least as strong, unless it was
            # given a low weight on purpose ("từ Quỹ Vì người nghèo": a fund as the source of a benefit).
            best[key] = Cue(cue.group, cue.label, cue.phrase, STRONG_WEIGHT)
    return tuple(best.values())
