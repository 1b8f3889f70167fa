"""The development corpus (size, split, labels) and the committed classifier artefact."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from lantoa.taxonomy import load_taxonomy
from nlp.classifier import load_classifier
from nlp.devcorpus import load_split


def test_corpus_is_big_enough_with_a_fixed_heldout_share() -> None:
    train, heldout = load_split("train"), load_split("heldout")
    assert len(train) + len(heldout) >= 300
    assert len(heldout) / (len(train) + len(heldout)) >= 0.25
    assert not {r["id"] for r in train} & {r["id"] for r in heldout}


def test_every_label_is_represented_in_both_splits() -> None:
    tax = load_taxonomy()
    for split in ("train", "heldout"):
        records = load_split(split)
        stories = Counter(r["labels"]["story_type"] for r in records)
        models = Counter(m for r in records for m in r["labels"]["model_types"])
        assert set(stories) == set(tax.story_type_ids), split
        assert set(models) == set(tax.model_type_ids), split


def test_labels_are_valid_and_consistent() -> None:
    tax = load_taxonomy()
    for r in load_split("train") + load_split("heldout"):
        labels = r["labels"]
        assert labels["story_type"] in tax.story_type_ids
        assert set(labels["model_types"]) <= set(tax.model_type_ids)
        assert (labels["story_type"] == "other") == (labels["model_types"] == [])
        assert r["title"].strip() and r["text"].strip()


def test_corpus_covers_both_administrative_structures_and_hard_negatives() -> None:
    records = load_split("train") + load_split("heldout")
    assert Counter(r["structure"] for r in records)["post2025"] >= 100
    negatives = [r for r in records if r["labels"]["story_type"] == "other"]
    assert (
        sum("hộ nghèo" in r["text"] or "Hội nghị" in r["title"] or "hội nghị" in r["text"] for r in negatives)
        >= 10
    )


def test_committed_classifier_loads_and_covers_the_taxonomy() -> None:
    clf = load_classifier()
    assert clf is not None
    tax = load_taxonomy()
    assert set(clf.story_classes) == set(tax.story_type_ids)
    assert set(clf.model_classes) == set(tax.model_type_ids) - {"other"}
    story, model = clf.predict(
        "Thoát nghèo nhờ nuôi bò", "", "Chị vay vốn nuôi bò sinh sản, vươn lên thoát nghèo."
    )
    assert abs(sum(story.values()) - 1) < 1e-6
    assert all(0 <= p <= 1 for p in model.values())


@pytest.mark.slow
def test_training_is_reproducible_and_matches_the_committed_artefact() -> None:
    from nlp.train import train

    meta, weights = train(load_split("train"))
    clf = load_classifier()
    assert clf is not None
    assert meta["features"] == sorted(clf.vocab, key=clf.vocab.__getitem__)
    assert np.allclose(weights[:, 0], clf.idf, atol=1e-5)
    assert np.allclose(weights[:, 1 : 1 + len(clf.story_classes)], clf.story_coef, atol=1e-4)
