"""The blind evaluation splits: well-formed, reproducible from their sources, and scored above the pinned floors."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from lantoa.taxonomy import load_taxonomy
from nlp.corpusgen.blind_build import DEVCORPUS, records
from nlp.devcorpus import load_split
from nlp.eval import evaluate, format_report

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))


BLIND_SPLITS = ["blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9"]


@pytest.mark.parametrize("split", BLIND_SPLITS)
def test_committed_blind_file_matches_its_source(split: str) -> None:
    committed = (DEVCORPUS / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in committed if line.strip()] == records(split)


def test_blind_split_has_sixty_articles_covering_every_story_type() -> None:
    tax = load_taxonomy()
    recs = load_split("blind")
    assert len(recs) >= 60
    assert set(Counter(r["labels"]["story_type"] for r in recs)) == set(tax.story_type_ids)
    models = {m for r in recs for m in r["labels"]["model_types"]}
    assert len(models) >= 20
    assert not {r["id"] for r in recs} & {r["id"] for r in load_split("train") + load_split("heldout")}


@pytest.mark.parametrize("split", BLIND_SPLITS)
def test_blind_labels_are_valid_and_consistent(split: str) -> None:
    tax = load_taxonomy()
    for r in load_split(split):
        labels = r["labels"]
        assert labels["story_type"] in tax.story_type_ids
        assert set(labels["model_types"]) <= set(tax.model_type_ids)
        assert (labels["story_type"] == "other") == (labels["model_types"] == [])
        assert r["split"] == split and r["title"].strip() and r["text"].strip()


def test_later_blind_splits_are_whole_articles_of_every_story_type_never_trained_on() -> None:
    tax = load_taxonomy()
    seen = {r["id"] for r in load_split("train") + load_split("heldout")}
    titles = {r["title"] for r in load_split("train") + load_split("heldout") + load_split("blind")}
    for split, minimum in (
        ("blind3", 40),
        ("blind4", 20),
        ("blind5", 30),
        ("blind6", 30),
        ("blind7", 30),
        ("blind8", 32),
        ("blind9", 32),
    ):
        recs = load_split(split)
        assert len(recs) >= minimum
        assert set(Counter(r["labels"]["story_type"] for r in recs)) == set(tax.story_type_ids)
        assert not {r["id"] for r in recs} & seen
        assert not {r["title"] for r in recs} & titles
        titles |= {r["title"] for r in recs}
        # Whole articles: several paragraphs, some long.
        assert max(len(r["text"].split()) for r in recs) >= 250


def test_dev_is_an_alias_of_the_training_split() -> None:
    assert load_split("dev") == load_split("train")
    with pytest.raises(ValueError, match="unknown split"):
        load_split("test")


@pytest.fixture(scope="module")
def blind_report() -> dict[str, Any]:
    return evaluate("blind")


def test_blind_report_has_no_locality_section(blind_report: dict[str, Any]) -> None:
    assert blind_report["n"] == len(load_split("blind"))
    assert "localities" not in blind_report


def test_blind_relevance_and_story_type(blind_report: dict[str, Any]) -> None:
    assert blind_report["relevance"]["f1"] >= FLOORS["blind_relevance_f1"], format_report(blind_report)
    assert blind_report["story_type_accuracy"] >= FLOORS["blind_story_type_accuracy"], format_report(
        blind_report
    )


def test_blind_model_types(blind_report: dict[str, Any]) -> None:
    f1 = blind_report["model_types"]["micro"]["f1"]
    assert f1 >= FLOORS["blind_model_type_micro_f1"], format_report(blind_report)


def test_blind_people(blind_report: dict[str, Any]) -> None:
    assert blind_report["people"]["f1"] >= FLOORS["blind_people_f1"], format_report(blind_report)


@pytest.mark.parametrize("split", ["blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9"])
def test_later_blind_splits_stay_above_their_floors(split: str) -> None:
    report = evaluate(split)
    text = format_report(report)
    assert report["relevance"]["f1"] >= FLOORS[f"{split}_relevance_f1"], text
    assert report["story_type_accuracy"] >= FLOORS[f"{split}_story_type_accuracy"], text
    assert report["model_types"]["micro"]["f1"] >= FLOORS[f"{split}_model_type_micro_f1"], text
    assert report["people"]["f1"] >= FLOORS[f"{split}_people_f1"], text
    if f"{split}_figures_recall" in FLOORS:  # splits with every figure labelled
        assert report["figures"]["recall"] >= FLOORS[f"{split}_figures_recall"], text
        assert report["figures"]["precision"] >= FLOORS[f"{split}_figures_precision"], text
