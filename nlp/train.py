"""Train the story-type and model-type classifier on the development corpus: ``python -m nlp.train``.

TF-IDF over folded syllable uni/bi-grams, multinomial logistic regression for the story type and
one binary logistic regression per model type; fixed seed, so the artefact is reproducible. The
weights are exported to nlp/models/ (JSON metadata + float32 matrix) for numpy-only inference.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from lantoa.taxonomy import load_taxonomy

from .classifier import MODEL_META, MODEL_WEIGHTS, models_dir, save_classifier
from .devcorpus import load_split
from .features import cue_counts, feature_counts

logger = logging.getLogger(__name__)

SEED = 13
MAX_FEATURES = 6000
MIN_DF = 2
C_STORY = 4.0
C_MODEL = 4.0
VERSION = "clf-1"


def _cues(record: dict[str, Any]) -> dict[str, int]:
    """Cue evidence of a record, computed exactly as at tagging time."""
    from .tagger import _prepare, cue_evidence

    story_cue, model_cue, _ = cue_evidence(_prepare(record))
    return cue_counts(story_cue, model_cue)


def _counts(record: dict[str, Any]) -> dict[str, int]:
    cues = record.get("_cues")
    return feature_counts(record["title"], record.get("sapo", ""), record["text"], cues)


def _analyzer(record: dict[str, Any]) -> list[str]:
    return [feat for feat, n in _counts(record).items() for _ in range(n)]


def train(records: list[dict[str, Any]]) -> tuple[dict[str, Any], np.ndarray]:
    """Fit on ``records``; return (metadata, weight matrix [idf | story coef | model coef])."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    tax = load_taxonomy()
    records = [{**r, "_cues": _cues(r)} for r in records]
    vectorizer = TfidfVectorizer(
        analyzer=_analyzer, sublinear_tf=True, min_df=MIN_DF, max_features=MAX_FEATURES, norm="l2"
    )
    x = vectorizer.fit_transform(records)
    features = list(vectorizer.get_feature_names_out())
    story_y = [r["labels"]["story_type"] for r in records]
    story = LogisticRegression(C=C_STORY, max_iter=5000, class_weight="balanced", random_state=SEED)
    story.fit(x, story_y)
    model_ids = [m for m in tax.model_type_ids if m != "other"]
    model_coef = np.zeros((len(features), len(model_ids)))
    model_intercept = np.full(len(model_ids), -6.0)
    for j, label in enumerate(model_ids):
        y = np.array([label in r["labels"]["model_types"] for r in records])
        if y.sum() == 0:
            logger.warning("no training example for model type %s", label)
            continue
        clf = LogisticRegression(C=C_MODEL, max_iter=5000, class_weight="balanced", random_state=SEED)
        clf.fit(x, y)
        model_coef[:, j] = clf.coef_[0]
        model_intercept[j] = clf.intercept_[0]
    weights = np.column_stack([vectorizer.idf_, story.coef_.T, model_coef])
    digest = hashlib.sha256("\n".join(r["id"] + r["title"] for r in records).encode("utf-8")).hexdigest()[:12]
    meta: dict[str, Any] = {
        "version": VERSION,
        "features": features,
        "story_classes": list(story.classes_),
        "story_intercept": story.intercept_.tolist(),
        "model_classes": model_ids,
        "model_intercept": model_intercept.tolist(),
        "trained_on": {"records": len(records), "corpus_digest": digest, "labels": dict(Counter(story_y))},
        "params": {
            "seed": SEED,
            "max_features": MAX_FEATURES,
            "min_df": MIN_DF,
            "C_story": C_STORY,
            "C_model": C_MODEL,
        },
    }
    # Self-check: numpy inference must agree with scikit-learn.
    probe = records[: min(5, len(records))]
    expected = story.predict_proba(vectorizer.transform(probe))
    w32 = weights.astype("<f4").astype(np.float64)
    for row, rec in zip(expected, probe, strict=True):
        counts = _counts(rec)
        index = {f: i for i, f in enumerate(features)}
        vec = np.zeros(len(features))
        for f, n in counts.items():
            if f in index:
                vec[index[f]] = (1 + np.log(n)) * w32[index[f], 0]
        vec /= np.linalg.norm(vec) or 1.0
        logits = vec @ w32[:, 1 : 1 + len(story.classes_)] + story.intercept_
        probs = np.exp(logits - logits.max())
        probs /= probs.sum()
        if not np.allclose(probs, row, atol=1e-3):
            raise RuntimeError("exported weights disagree with scikit-learn")
    return meta, weights


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the Lan Tỏa story/model-type classifier.")
    parser.add_argument(
        "--out", type=Path, default=models_dir(), help="output directory (default nlp/models)"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    records = load_split("train")
    meta, weights = train(records)
    save_classifier(args.out, meta, weights)
    size = (args.out / MODEL_META).stat().st_size + (args.out / MODEL_WEIGHTS).stat().st_size
    print(
        f"trained on {len(records)} records, {len(meta['features'])} features -> {args.out} ({size / 1024:.0f} KiB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
