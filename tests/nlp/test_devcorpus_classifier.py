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


def _reference_predict(clf, title: str, sapo: str, text: str):  # type: ignore[no-untyped-def]
    """The straightforward inference the optimised one must reproduce bit for bit."""
    import math
    import re

    from lantoa.text import fold

    word = re.compile(r"[^\W\d_]+")
    t = word.findall(fold(title))
    tokens = [*t, "|", *t, "|", *word.findall(fold(sapo)), "|", *word.findall(fold(text))[:700]]
    counts: dict[str, int] = {}
    prev = ""
    for tok in tokens:
        if tok == "|":
            prev = ""
            continue
        counts[tok] = counts.get(tok, 0) + 1
        if prev:
            counts[prev + " " + tok] = counts.get(prev + " " + tok, 0) + 1
        prev = tok
    idx = [clf.vocab[f] for f in counts if f in clf.vocab]
    vals = [1.0 + math.log(n) for f, n in counts.items() if f in clf.vocab]
    index = np.asarray(idx, dtype=np.int64)
    values = np.asarray(vals, dtype=np.float64) * clf.idf[index]
    values /= float(np.sqrt(values @ values))
    logits = values @ clf.story_coef[index] + clf.story_intercept
    exp = np.exp(logits - logits.max())
    story = exp / exp.sum()
    model = 1.0 / (1.0 + np.exp(-(values @ clf.model_coef[index] + clf.model_intercept)))
    return (
        {c: float(p) for c, p in zip(clf.story_classes, story, strict=True)},
        {c: float(p) for c, p in zip(clf.model_classes, model, strict=True)},
    )


def test_optimised_inference_is_identical_to_the_reference() -> None:
    clf = load_classifier()
    assert clf is not None
    records = load_split("heldout")[:40] + load_split("blind")[:20]
    for r in records:
        long_body = "\n\n".join([r["text"]] * 5)  # past the 700-syllable cut
        for text in (r["text"], long_body):
            assert clf.predict(r["title"], r["sapo"], text) == _reference_predict(
                clf, r["title"], r["sapo"], text
            )


def test_fast_syllables_match_the_regex_on_odd_characters() -> None:
    import re

    from lantoa.text import fold
    from nlp.features import ngram_counts, syllables

    word = re.compile(r"[^\W\d_]+")
    for text in (
        "Hộ nghèo “vươn lên” – 2024…",
        "x²+y³ ñandú straße ОК 中文 a\u0301b_c d-e",
        "",
        "   ",
        "Đắk Lắk: 1.500 hộ; H'Hen Niê",
    ):
        assert syllables(text) == word.findall(fold(text))
        assert syllables(text, 2) == word.findall(fold(text))[:2]
    counts = ngram_counts(["a", "b", "a", "|", "b", "a", "|"])
    assert list(counts.items()) == [("a", 3), ("b", 2), ("a b", 1), ("b a", 2)]
