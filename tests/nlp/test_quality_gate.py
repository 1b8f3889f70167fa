"""Quality gate: held-out scores must not drop below the floors pinned in quality_floors.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nlp.eval import evaluate, format_report

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return evaluate("heldout", localities=False)


def test_relevance_f1(report: dict[str, Any]) -> None:
    assert report["relevance"]["f1"] >= FLOORS["relevance_f1"], format_report(report)


def test_story_type_accuracy(report: dict[str, Any]) -> None:
    assert report["story_type_accuracy"] >= FLOORS["story_type_accuracy"], format_report(report)


def test_model_type_micro_f1(report: dict[str, Any]) -> None:
    assert report["model_types"]["micro"]["f1"] >= FLOORS["model_type_micro_f1"], format_report(report)


def test_people_f1(report: dict[str, Any]) -> None:
    assert report["people"]["f1"] >= FLOORS["people_f1"], format_report(report)


def test_figures_recall(report: dict[str, Any]) -> None:
    assert report["figures"]["recall"] >= FLOORS["figures_recall"], format_report(report)


def test_figures_precision(report: dict[str, Any]) -> None:
    """The held-out split labels every figure, so its figure precision is meaningful."""
    assert report["figures"]["fully_labelled"] is True
    assert report["figures"]["precision"] >= FLOORS["figures_precision"], format_report(report)


def test_partly_labelled_splits_say_their_figure_precision_means_nothing() -> None:
    partial = evaluate("blind6", localities=False)
    assert partial["figures"]["fully_labelled"] is False
    assert "labels only some figures" in format_report(partial)
    assert "labels only some figures" not in format_report(evaluate("blind7", localities=False))


def test_every_story_type_has_reasonable_f1(report: dict[str, Any]) -> None:
    for label, scores in report["story_types"].items():
        assert scores["f1"] >= FLOORS["per_story_type_f1"], (label, scores)


def test_floors_meet_the_product_targets() -> None:
    assert FLOORS["relevance_f1"] >= 0.95
    assert FLOORS["story_type_accuracy"] >= 0.90
    assert FLOORS["model_type_micro_f1"] >= 0.85


def test_format_report_lists_every_headline_figure(report: dict[str, Any]) -> None:
    text = format_report(report)
    for needle in ("relevance", "story-type accuracy", "model types (micro)", "people", "figures"):
        assert needle in text
