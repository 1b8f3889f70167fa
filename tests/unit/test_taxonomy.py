"""The bundled taxonomy is the shared public contract."""

import os
from pathlib import Path

import pytest

from lantoa.taxonomy import load_taxonomy

SHARED = Path(__file__).resolve().parents[3] / "shared" / "taxonomy.yaml"
BUNDLED = Path(__file__).resolve().parents[2] / "lantoa" / "taxonomy.yaml"


def test_bundled_copy_equals_the_shared_contract() -> None:
    if not SHARED.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED} must exist in CI")
        pytest.skip("shared/taxonomy.yaml is not beside this checkout")
    assert BUNDLED.read_bytes() == SHARED.read_bytes()


def test_ids_and_labels() -> None:
    taxonomy = load_taxonomy()
    assert taxonomy.story_type_ids == ("poverty_model", "good_deed", "policy_news", "other")
    assert "preferential_credit" in taxonomy.model_type_ids
    assert taxonomy.label("livestock") == "Chăn nuôi"
    assert taxonomy.label("livestock", "en") == "Livestock raising"
