"""crawlers.overrides: an admin's edits over the registry, and the errors for a bad file."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from crawlers.overrides import FILE_NAME, OverridesError, apply_overrides, load_overrides
from crawlers.registry import load_sources


def _write(directory: Path, data: object) -> None:
    (directory / FILE_NAME).write_text(json.dumps(data), encoding="utf-8")


def test_no_file_means_no_change(tmp_path: Path) -> None:
    registry = load_sources()
    assert load_overrides(tmp_path) == {}
    assert apply_overrides(registry, {}) == registry


def test_status_and_delay_are_applied_and_nothing_else_changes(tmp_path: Path) -> None:
    registry = load_sources()
    _write(tmp_path, {"baodongnai": {"status": "disabled", "delay": 3.0}})
    edited = apply_overrides(registry, load_overrides(tmp_path))
    source, before = edited["baodongnai"], registry["baodongnai"]
    assert source.status == "disabled" and source.politeness.delay == 3.0
    assert source.politeness.concurrency == before.politeness.concurrency
    assert source.model_copy(update={"status": before.status, "politeness": before.politeness}) == before
    assert all(edited[k] == registry[k] for k in registry if k != "baodongnai")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "JSON"),
        ("[1, 2]", "source_id"),
        ('{"baodongnai": {"base_url": "http://10.0.0.1"}}', "base_url"),
        ('{"baodongnai": {"delay": 600}}', "delay"),
        ('{"baodongnai": {"status": "maybe"}}', "status"),
    ],
)
def test_a_bad_file_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / FILE_NAME).write_text(content, encoding="utf-8")
    with pytest.raises(OverridesError, match=message):
        apply_overrides(load_sources(), load_overrides(tmp_path))


def test_an_unknown_source_is_ignored_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    registry = load_sources()
    with caplog.at_level(logging.WARNING):
        assert apply_overrides(registry, {"khong_co": {"status": "disabled"}}) == registry
    assert "khong_co" in caplog.text
