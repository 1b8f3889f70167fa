"""Service health (with the store's own health) and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from starlette.concurrency import run_in_threadpool

from lantoa.settings import Settings
from lantoa.store import StoreError
from search_api import __version__
from search_api.deps import SettingsDep, reopen_store
from search_api.metrics import app_gauges
from search_api.models import HealthPublic

router = APIRouter(tags=["health"])


def _store_health(request: Request, settings: Settings) -> dict[str, object]:
    store = getattr(request.app.state, "store", None)
    try:
        if store is None:
            store = reopen_store(request.app.state, settings)
    except StoreError as exc:
        return {"ok": False, "backend": "unknown", "error": str(exc)}
    try:
        return dict(store.health())
    except Exception as exc:  # health() must never raise; if it does, report, don't crash
        return {"ok": False, "backend": getattr(store, "backend", "unknown"), "error": str(exc)}


@router.get(
    "/health",
    response_model=HealthPublic,
    responses={503: {"model": HealthPublic, "description": "Kho dữ liệu không hoạt động / store down"}},
    summary="Tình trạng dịch vụ / service health",
)
async def health(request: Request, settings: SettingsDep) -> JSONResponse:
    """200 when the store answers, 503 (with the store's error) when it does not."""
    store = await run_in_threadpool(_store_health, request, settings)
    ok = bool(store.get("ok"))
    body = HealthPublic(ok=ok, version=__version__, store=store)
    return JSONResponse(body.model_dump(mode="json"), status_code=200 if ok else 503)


@router.get(
    "/metrics",
    response_class=PlainTextResponse,
    responses={200: {"content": {"text/plain": {}}}},
    summary="Số liệu Prometheus / Prometheus metrics",
)
async def metrics(request: Request) -> PlainTextResponse:
    """Request counts and latency histograms per route, in the Prometheus text format."""
    state = request.app.state
    shared = state.shared_metrics
    others = None
    if shared is not None:  # lantoa serve --workers N: every worker's figures
        shared.publish()
        others = shared.others()
    text = state.metrics.render(app_gauges(state), others)
    return PlainTextResponse(text, media_type="text/plain; version=0.0.4; charset=utf-8")
