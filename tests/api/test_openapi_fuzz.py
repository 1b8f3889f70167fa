"""Schemathesis against the OpenAPI schema: generated requests (valid and invalid) never get a 5xx."""

from __future__ import annotations

import warnings
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from lantoa.settings import Settings
from lantoa.store import Store
from search_api.app import create_app

#: Examples per operation and mode: bounded so the whole module runs in well under a minute.
MAX_EXAMPLES = 25


@pytest.fixture(scope="module")
def schema(settings: Settings, store: Store) -> Any:
    app = create_app(settings, store, rate_limit_per_minute=0)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_openapi_schema_documents_every_api_route(schema: Any) -> None:
    paths = {op.ok().path for op in schema.get_all_operations()}
    expected = {
        "/api/search",
        "/api/search.rss",
        "/api/search.atom",
        "/api/search.csv",
        "/api/search.xlsx",
        "/api/articles/{article_id}",
        "/api/articles/{article_id}/similar",
        "/api/localities",
        "/api/taxonomy",
        "/api/sources",
        "/api/stats",
        "/health",
        "/metrics",
        "/api/admin/reindex",
        "/api/admin/crawl",
        "/api/admin/sources",
        "/api/admin/sources/{source_id}",
    }
    assert expected <= paths
    raw = schema.raw_schema
    search_params = {p["name"] for p in raw["paths"]["/api/search"]["get"]["parameters"]}
    assert {
        "q",
        "province",
        "model_type",
        "date_from",
        "sort",
        "size",
        "cursor",
        "has_people",
    } <= search_params
    assert raw["components"]["schemas"]["SearchPublic"].get("examples")


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=lambda m: m.value)
def test_generated_requests_never_get_a_server_error(schema: Any, mode: GenerationMode) -> None:
    failures: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(operation.as_strategy(generation_mode=mode))
        @hypothesis_settings(
            max_examples=MAX_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        def run(case: Any) -> None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # TestClient on httpx instead of httpx2
                response = case.call()
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.query} -> {response.status_code}")

        try:
            run()
        except Unsatisfiable:
            # some operations accept every input (no parameters, or free-text ones): no invalid case exists
            assert mode is GenerationMode.NEGATIVE, operation.label
    assert not failures, "\n".join(failures[:20])
