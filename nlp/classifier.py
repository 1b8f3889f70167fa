"""Statistical story-type and model-type classifier: TF-IDF + logistic regression weights, numpy inference."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from itertools import repeat
from pathlib import Path

import numpy as np

from .features import (
    LOG_TF_SIZE,
    NgramIndex,
    feature_numbers_from_cores,
    feature_zones,
    log_tf,
    log_tf_table,
)

logger = logging.getLogger(__name__)

MODEL_META = "classifier.json"
MODEL_WEIGHTS = "classifier.weights.bin"


def models_dir() -> Path:
    return Path(str(resources.files("nlp").joinpath("models")))


@dataclass(frozen=True)
class Classifier:
    vocab: dict[str, int]
    idf: np.ndarray  # (n_features,)
    story_classes: tuple[str, ...]
    story_coef: np.ndarray  # (n_features, n_story)
    story_intercept: np.ndarray
    model_classes: tuple[str, ...]
    model_coef: np.ndarray  # (n_features, n_model)
    model_intercept: np.ndarray
    version: str

    @cached_property
    def _ngrams(self) -> NgramIndex:
        return NgramIndex(self.vocab)

    @cached_property
    def _coef(self) -> np.ndarray:
        """The story and model coefficients side by side (one row gather, one product per article)."""
        return np.ascontiguousarray(np.concatenate([self.story_coef, self.model_coef], axis=1))

    def zone_numbers(self, cores: list[str], sapo_from: int, body_from: int) -> list[np.ndarray]:
        """:func:`~nlp.features.feature_zones_from_cores` as syllable numbers, for ``predict(numbers=…)``."""
        return feature_numbers_from_cores(self._ngrams, cores, sapo_from, body_from)

    def _vector(
        self,
        title: str,
        sapo: str,
        text: str,
        cues: dict[str, int] | None,
        zones: list[list[str]] | None = None,
        numbers: list[np.ndarray] | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        # Known features in their order of first occurrence (the sums below run in it), then the cues.
        if numbers is not None:
            ids, ns = self._ngrams.lookup_numbers(numbers)
        else:
            ids, ns = self._ngrams.lookup(feature_zones(title, sapo, text) if zones is None else zones)
        if cues:
            cue_ids = np.fromiter(map(self.vocab.get, cues, repeat(-1)), dtype=np.int64, count=len(cues))
            cue_ns = np.fromiter(cues.values(), dtype=np.int64, count=len(cues))
            ids, ns = np.concatenate([ids, cue_ids]), np.concatenate([ns, cue_ns])
        known = ids >= 0
        index, ns = ids[known], ns[known]
        if not len(ns) or int(ns.max()) < LOG_TF_SIZE:
            tf = log_tf_table()[ns]
        else:
            tf = np.array([log_tf(int(n)) for n in ns], dtype=np.float64)
        values = tf * self.idf[index]
        norm = float(np.sqrt(values @ values)) if len(values) else 0.0
        if norm:
            values /= norm
        return index, values

    def predict(
        self,
        title: str,
        sapo: str,
        text: str,
        cues: dict[str, int] | None = None,
        *,
        zones: list[list[str]] | None = None,
        numbers: list[np.ndarray] | None = None,
    ) -> tuple[dict[str, float], dict[str, float]]:
        """(story-type probabilities, per-model-type probabilities); ``cues`` from :func:`~nlp.features.cue_counts`.

        ``zones`` may pass :func:`~nlp.features.feature_zones` of the same title, sapo and text when
        the caller has them (:func:`~nlp.features.feature_zones_from_cores`), or ``numbers`` the
        same as syllable numbers (:meth:`zone_numbers`)."""
        index, values = self._vector(title, sapo, text, cues, zones, numbers)
        # Both products at once: each column is the same dot product over the same rows.
        logits = values @ self._coef[index]
        n_story = len(self.story_classes)
        story_logits = logits[:n_story] + self.story_intercept
        story_logits = story_logits - story_logits.max()
        exp = np.exp(story_logits)
        story = exp / exp.sum()
        model_logits = logits[n_story:] + self.model_intercept
        model = 1.0 / (1.0 + np.exp(-model_logits))
        return (
            dict(zip(self.story_classes, story.tolist(), strict=True)),
            dict(zip(self.model_classes, model.tolist(), strict=True)),
        )


def save_classifier(directory: Path, meta: dict[str, object], weights: np.ndarray) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / MODEL_META).write_text(
        json.dumps(meta, ensure_ascii=False, sort_keys=True), encoding="utf-8"
    )
    weights.astype("<f4").tofile(directory / MODEL_WEIGHTS)


@lru_cache(maxsize=1)
def load_classifier() -> Classifier | None:
    """The trained classifier from nlp/models/, or ``None`` when it has not been trained."""
    directory = models_dir()
    meta_path = directory / MODEL_META
    if not meta_path.exists():
        logger.warning("no classifier at %s; cue rules only (run: python -m nlp.train)", meta_path)
        return None
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    vocab: dict[str, int] = {f: i for i, f in enumerate(meta["features"])}
    n = len(vocab)
    story_classes = tuple(meta["story_classes"])
    model_classes = tuple(meta["model_classes"])
    cols = 1 + len(story_classes) + len(model_classes)
    weights = np.fromfile(directory / MODEL_WEIGHTS, dtype="<f4").astype(np.float64)
    if weights.size != n * cols:
        raise ValueError(f"{MODEL_WEIGHTS}: expected {n * cols} weights, found {weights.size}")
    matrix = weights.reshape(n, cols)
    ns = len(story_classes)
    return Classifier(
        vocab=vocab,
        idf=matrix[:, 0].copy(),
        story_classes=story_classes,
        story_coef=np.ascontiguousarray(matrix[:, 1 : 1 + ns]),
        story_intercept=np.asarray(meta["story_intercept"], dtype=np.float64),
        model_classes=model_classes,
        model_coef=np.ascontiguousarray(matrix[:, 1 + ns :]),
        model_intercept=np.asarray(meta["model_intercept"], dtype=np.float64),
        version=str(meta.get("version", "")),
    )
