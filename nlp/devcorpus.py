"""Load the labelled development corpus (nlp/data/devcorpus/{train,heldout,blind,blind2,blind3,blind4,blind5,blind6,blind7,blind8,blind9}.jsonl)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

SPLITS = (
    "train",
    "heldout",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
)
#: Other names accepted for a split (``lantoa eval --split dev`` is the training split).
ALIASES = {"dev": "train"}


def load_split(split: str) -> list[dict[str, Any]]:
    """Records of one split; each has title, sapo, text, published_at, source and labels."""
    split = ALIASES.get(split, split)
    if split not in SPLITS:
        raise ValueError(
            f"split không hợp lệ / unknown split {split!r}; expected one of {SPLITS + tuple(ALIASES)}"
        )
    path = resources.files("nlp").joinpath(f"data/devcorpus/{split}.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
