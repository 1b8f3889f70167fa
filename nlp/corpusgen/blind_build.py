"""Write the blind evaluation splits ``nlp/data/devcorpus/blind{,2,3,4,5,6,7,8,9}.jsonl``: ``python -m nlp.corpusgen.blind_build``.

The articles (``blind1``–``blind3``) were written fresh, after the tagger was built and before it was run on
them; the split is never used for training or for tuning cue lists on its wording.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lantoa.text import normalize, normalize_inline

from . import (
    blind1,
    blind2,
    blind3,
    blind4,
    blind5,
    blind6,
    blind7,
    blind8,
    blind9,
    blind10,
    blind11,
    blind12,
)

DEVCORPUS = Path(__file__).resolve().parent.parent / "data" / "devcorpus"
#: Split name → (id prefix, batches). ``blind2`` was written after the cue/people changes that followed
#: the first measurement on ``blind``, and was not used for any tuning. ``blind3`` (``blind5``–``blind6``) was
#: scored before the second round of general improvements; ``blind4`` (``blind7``) was written after that round
#: and scored once, with nothing changed afterwards. ``blind5`` (``blind8``) was written at the start of the
#: third round and scored before any change of that round. ``blind6`` (``blind9``) was written at the start of the
#: fourth round and scored before any change of that round; ``blind7`` (``blind10``) at the start of the fifth round,
#: likewise, with every figure of the tagger's kinds labelled; ``blind8`` (``blind11``) at the start of the sixth
#: round, likewise (post-2025 localities, every figure labelled); ``blind9`` (``blind12``) at the start of the seventh
#: quality round, likewise (pre-2025 articles, northern mountains and the Mekong delta, every figure labelled).
SPLITS: dict[str, tuple[str, list[list[dict[str, Any]]]]] = {
    "blind": ("blind", [blind1.ITEMS, blind2.ITEMS, blind3.ITEMS]),
    "blind2": ("blind2", [blind4.ITEMS]),
    "blind3": ("blind3", [blind5.ITEMS, blind6.ITEMS]),
    "blind4": ("blind4", [blind7.ITEMS]),
    "blind5": ("blind5", [blind8.ITEMS]),
    "blind6": ("blind6", [blind9.ITEMS]),
    "blind7": ("blind7", [blind10.ITEMS]),
    "blind8": ("blind8", [blind11.ITEMS]),
    "blind9": ("blind9", [blind12.ITEMS]),
}
#: The 2025 administrative reform took effect on this date.
REFORM_DATE = "2025-07-01"


def records(split: str = "blind") -> list[dict[str, Any]]:
    """The records of a blind split in the development-corpus format."""
    prefix, batches = SPLITS[split]
    out: list[dict[str, Any]] = []
    for item in [it for batch in batches for it in batch]:
        out.append(
            {
                "id": f"{prefix}-{len(out) + 1:03d}",
                "split": split,
                "title": normalize_inline(item["title"]),
                "sapo": normalize(item["sapo"]),
                "text": normalize(item["text"]),
                "published_at": item["published_at"],
                "source": item["source"],
                "labels": {
                    "story_type": item["story_type"],
                    "model_types": list(item["model_types"]),
                    "people": list(item["people"]),
                    "figures": [{"kind": k, "value": v} for k, v in item["figures"]],
                },
                "structure": "post2025" if item["published_at"][:10] >= REFORM_DATE else "pre2025",
            }
        )
    return out


def main() -> None:
    for split in SPLITS:
        recs = records(split)
        out = DEVCORPUS / f"{split}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {len(recs)} records to {out}")


if __name__ == "__main__":
    main()
