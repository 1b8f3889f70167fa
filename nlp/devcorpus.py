"""Load the labelled development corpus (nlp/data/devcorpus/{train,heldout}.jsonl)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

SPLITS = ("train", "heldout")


def load_split(split: str) -> list[dict[str, Any]]:
    """Records of one split; each has title, sapo, text, published_at, source and labels."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {SPLITS}")
    path = resources.files("nlp").joinpath(f"data/devcorpus/{split}.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
