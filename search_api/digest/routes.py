"""Digest HTTP routes: JSON and file downloads, publishing (admin key), and the web page ``/digest/{week}``."""

from __future__ import annotations

import logging
from datetime import datetime
from importlib import resources
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from lantoa.store.base import Store
from search_api.deps import SettingsDep, StoreDep, require_admin
from search_api.digest.build import build_digest
from search_api.digest.errors import DigestError, DigestNotFound
from search_api.digest.models import Digest
from search_api.digest.publish import list_versions, load_version, publish_digest
from search_api.digest.render import FORMATS, MEDIA_TYPES, render
from search_api.digest.scheduler import week_to_build
from search_api.digest.week import VN_TZ, parse_week
from search_api.errors import ERROR_RESPONSES, ApiError

logger = logging.getLogger(__name__)

router = APIRouter(tags=["digest"])


class DigestParams:
    """Query parameters shared by every digest route (the same choices as the CLI)."""

    def __init__(
        self,
        province: Annotated[str | None, Query(max_length=10, description="Mã tỉnh / province code")] = None,
        story_type: Annotated[list[str] | None, Query(description="Loại tin / story type id")] = None,
        model_type: Annotated[list[str] | None, Query(description="Mô hình / model type id")] = None,
        size: Annotated[int | None, Query(ge=1, le=200, description="Số tin / number of entries")] = None,
        pin: Annotated[list[str] | None, Query(description="Ghim bài (id) / pin an article")] = None,
        exclude: Annotated[list[str] | None, Query(description="Loại bài (id) / exclude an article")] = None,
        section_order: Annotated[
            str | None,
            Query(max_length=1000, description="Thứ tự mục, cách nhau dấu phẩy / comma-separated ids"),
        ] = None,
        version: Annotated[
            int | None, Query(ge=1, description="Phiên bản đã phát hành / a published version")
        ] = None,
    ) -> None:
        self.province = province
        self.story_types = story_type or []
        self.model_types = model_type or []
        self.size = size
        self.pins = pin or []
        self.excludes = exclude or []
        self.section_order = [p.strip() for p in (section_order or "").split(",") if p.strip()]
        self.version = version

    def query_string(self) -> str:
        pairs: list[tuple[str, str | int]] = []
        if self.province:
            pairs.append(("province", self.province))
        pairs += [("story_type", v) for v in self.story_types] + [("model_type", v) for v in self.model_types]
        if self.size:
            pairs.append(("size", self.size))
        pairs += [("pin", v) for v in self.pins] + [("exclude", v) for v in self.excludes]
        if self.section_order:
            pairs.append(("section_order", ",".join(self.section_order)))
        return "?" + urlencode(pairs) if pairs else ""


ParamsDep = Annotated[DigestParams, Depends()]


def _api_error(exc: DigestError) -> ApiError:
    if isinstance(exc, DigestNotFound):
        return ApiError(404, "not_found", exc.vi, exc.en)
    return ApiError(422, "invalid_digest", exc.vi, exc.en)


def _digest(week: str, params: DigestParams, store: Store | None, settings: SettingsDep) -> Digest:
    try:
        if params.version is not None or store is None:
            return load_version(settings.data_dir, week, params.version)
        return build_digest(
            store,
            week,
            province=params.province,
            story_types=params.story_types,
            model_types=params.model_types,
            size=params.size,
            pins=params.pins,
            excludes=params.excludes,
            section_order=params.section_order,
            issuer=settings.digest_issuer,
        )
    except DigestError as exc:
        raise _api_error(exc) from exc


def _split(name: str) -> tuple[str, str | None]:
    week, dot, fmt = name.partition(".")
    if dot and fmt not in FORMATS:
        raise ApiError(
            404, "not_found", f"Không có định dạng «{fmt}» (có: {', '.join(FORMATS)})", f"no format {fmt!r}"
        )
    try:
        return str(parse_week(week)), (fmt if dot else None)
    except DigestError as exc:
        raise _api_error(exc) from exc


@router.get(
    "/api/digests/{name}",
    summary="Bản tin tuần (JSON, hoặc .docx/.html/.md/.json để tải về) / weekly digest",
    responses={**ERROR_RESPONSES, 200: {"description": "Digest JSON or a file"}},
)
def get_digest(name: str, params: ParamsDep, settings: SettingsDep, store: StoreDep) -> Response:
    """``/api/digests/2026-W47`` (JSON) or ``/api/digests/2026-W47.docx`` (a download)."""
    week, fmt = _split(name)
    digest = _digest(week, params, store, settings)
    if fmt is None:
        return Response(digest.model_dump_json(), media_type="application/json")
    return Response(
        render(digest, fmt),
        media_type=MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{digest.file_stem()}.{fmt}"'},
    )


@router.get("/api/digests/{week}/versions", summary="Các phiên bản đã phát hành / published versions")
def get_versions(week: str, settings: SettingsDep) -> dict[str, object]:
    week, _ = _split(week)
    return {"week": week, "versions": list_versions(settings.data_dir, week)}


@router.post(
    "/api/digests/{week}/publish",
    status_code=201,
    summary="Phát hành phiên bản mới (cần X-API-Key) / publish a new version (admin)",
    dependencies=[Depends(require_admin)],
    responses=ERROR_RESPONSES,
)
def post_publish(week: str, params: ParamsDep, store: StoreDep, settings: SettingsDep) -> dict[str, object]:
    week, fmt = _split(week)
    if fmt is not None or params.version is not None:
        raise ApiError(
            422, "invalid_parameter", "Không phát hành lại một phiên bản cũ", "cannot republish a version"
        )
    digest = _digest(week, params, store, settings)
    published = publish_digest(digest, settings.data_dir)
    logger.info("Digest %s v%d published via the API", week, published.version)
    return {
        "week": week,
        "version": published.version,
        "entries": len(published.digest.entries),
        "published_at": published.digest.published_at,
        "files": {
            fmt: f"/api/digests/{week}.{fmt}?version={published.version}"
            for fmt in ("json", *published.files)
        }
        | {"page": f"/digest/{week}?version={published.version}"},
    }


@router.get("/digest", include_in_schema=False)
def digest_home() -> RedirectResponse:
    """The most recent complete week."""
    return RedirectResponse(f"/digest/{week_to_build(datetime.now(VN_TZ))}", status_code=307)


@router.get("/digest/{week}", response_class=HTMLResponse, include_in_schema=False)
def digest_page(week: str, params: ParamsDep, settings: SettingsDep, store: StoreDep) -> HTMLResponse:
    from search_api.digest.render_html import render_page

    week, fmt = _split(week)
    if fmt is not None:
        raise ApiError(404, "not_found", "Không tìm thấy trang", "page not found")
    digest = _digest(week, params, store, settings)
    html = render_page(digest, versions=list_versions(settings.data_dir, week), query=params.query_string())
    return HTMLResponse(html)


@router.get("/digest-assets/digest.css", include_in_schema=False)
def digest_css() -> Response:
    css = resources.files("search_api.digest").joinpath("static/digest.css").read_text(encoding="utf-8")
    return Response(css, media_type="text/css", headers={"Cache-Control": "public, max-age=3600"})
