"""Shared Elasticsearch test node: started once per test process, used by integration and conformance tests.

``LANTOA_TEST_ES_URL`` points the tests at an existing node. Otherwise ``scripts/es_node.py``
starts one (needs ``mvn`` and a JDK 21+). Under ``CI=true`` the ES tests never skip: a node
that cannot start fails them loudly.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import os
import shutil
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
_NODE: dict[str, Any] = {}


def es_node_module() -> ModuleType:
    """``scripts/es_node.py`` imported as a module."""
    if "module" not in _NODE:
        spec = importlib.util.spec_from_file_location("lantoa_es_node", REPO / "scripts" / "es_node.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        _NODE["module"] = module
    return _NODE["module"]  # type: ignore[no-any-return]


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def can_start_node() -> bool:
    node = es_node_module()
    return (
        shutil.which("mvn") is not None or (node.es_home(node.version()) / "bin" / "elasticsearch").exists()
    )


def unavailable(reason: str) -> None:
    """Skip locally, fail under CI."""
    if in_ci():
        pytest.fail(f"Elasticsearch tests cannot run under CI: {reason}", pytrace=False)
    pytest.skip(f"Elasticsearch tests skipped: {reason} (set LANTOA_TEST_ES_URL or install mvn + JDK 21)")


def es_url() -> str:
    """The URL of the session's node, starting it on first use."""
    if "url" in _NODE:
        return str(_NODE["url"])
    if "error" in _NODE:
        unavailable(_NODE["error"])
    external = os.environ.get("LANTOA_TEST_ES_URL")
    if external:
        _NODE["url"] = external.rstrip("/")
        return str(_NODE["url"])
    if not can_start_node():
        _NODE["error"] = "neither LANTOA_TEST_ES_URL nor mvn is available"
        unavailable(_NODE["error"])
    node = es_node_module()
    try:
        info = node.start()
    except Exception as exc:  # NodeError, OSError, timeouts: report all of it
        _NODE["error"] = f"the test node did not start: {exc}"
        unavailable(_NODE["error"])
    _NODE["url"] = info["url"]
    _NODE["info"] = info
    atexit.register(node.stop_state, Path(str(info["state_dir"])))
    return str(info["url"])


def new_alias(prefix: str = "lantoa-test") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def drop_alias(client: Any, alias: str) -> None:
    """Delete the test's indices and templates."""
    client.indices.delete(index=f"{alias}-v*", ignore_unavailable=True, allow_no_indices=True)
    with contextlib.suppress(Exception):
        client.indices.delete_index_template(name=alias)
    for suffix in ("settings", "mappings"):
        with contextlib.suppress(Exception):
            client.cluster.delete_component_template(name=f"{alias}-{suffix}")
