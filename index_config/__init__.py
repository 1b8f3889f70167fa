"""Elasticsearch index configuration: component templates and the composable index template (JSON)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

#: Component template files, by the suffix of their template name (``<alias>-<suffix>``).
COMPONENTS: dict[str, str] = {"settings": "settings.json", "mappings": "mappings.json"}
INDEX_TEMPLATE = "index_template.json"


def load_json(name: str) -> dict[str, Any]:
    """One bundled JSON file of this package, parsed."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError(f"{name}: expected a JSON object")
    return value


def mapping_properties() -> dict[str, Any]:
    """The ``properties`` of the article mapping."""
    props: dict[str, Any] = load_json(COMPONENTS["mappings"])["template"]["mappings"]["properties"]
    return props


def mapping_version() -> int:
    return int(load_json(COMPONENTS["mappings"])["template"]["mappings"]["_meta"]["lantoa_mapping_version"])
