"""The label vocabulary (story types and model types) from the bundled taxonomy.yaml.

``lantoa/taxonomy.yaml`` is a verbatim copy of ``shared/taxonomy.yaml``; a test keeps
them identical. Its ids are a public contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Label:
    id: str
    vi: str
    en: str
    cues: tuple[str, ...]

    def name(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi


@dataclass(frozen=True)
class Taxonomy:
    story_types: tuple[Label, ...]
    model_types: tuple[Label, ...]

    @property
    def story_type_ids(self) -> tuple[str, ...]:
        return tuple(label.id for label in self.story_types)

    @property
    def model_type_ids(self) -> tuple[str, ...]:
        return tuple(label.id for label in self.model_types)

    def label(self, label_id: str, lang: str = "vi") -> str:
        for label in (*self.story_types, *self.model_types):
            if label.id == label_id:
                return label.name(lang)
        return label_id


def _labels(raw: list[dict[str, object]]) -> tuple[Label, ...]:
    return tuple(
        Label(
            id=str(item["id"]),
            vi=str(item["vi"]),
            en=str(item["en"]),
            cues=tuple(str(c) for c in item.get("cues", []) or []),  # type: ignore[attr-defined]
        )
        for item in raw
    )


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    text = resources.files("lantoa").joinpath("taxonomy.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    return Taxonomy(story_types=_labels(data["story_types"]), model_types=_labels(data["model_types"]))
