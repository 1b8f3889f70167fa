"""A plain, server-rendered reference of the JSON API, built from the OpenAPI schema (no CDN assets)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from search_api.templating import render

router = APIRouter(tags=["ui"], include_in_schema=False)
_METHODS = ("get", "post", "put", "patch", "delete")


def operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    ops = []
    for path, item in schema.get("paths", {}).items():
        for method in _METHODS:
            op = item.get(method)
            if op is None:
                continue
            ops.append(
                {
                    "id": op.get("operationId", f"{method}-{path}"),
                    "method": method,
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": (op.get("description") or "").strip(),
                    "parameters": op.get("parameters", []),
                }
            )
    return ops


@router.get("/api", response_class=Response)
def api_docs(request: Request) -> Response:
    return render(request, "api_docs.html", {"operations": operations(request.app.openapi())})
