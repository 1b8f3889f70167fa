"""Error payloads and exception handlers: clear bilingual messages, never a stack trace."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from lantoa.store.base import QuerySyntaxError, StoreError, StoreUnavailable

logger = logging.getLogger(__name__)

Handler = Callable[[Request, Exception], Awaitable[Response]]


class ErrorPublic(BaseModel):
    """Every error response of the JSON API has this shape."""

    error: str
    #: Vietnamese first, then English, separated by `` / ``.
    message: str
    detail: list[dict[str, Any]] | None = None

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "error": "invalid_query",
                    "message": "Thiếu dấu ngoặc kép đóng / unbalanced double quote",
                    "detail": None,
                }
            ]
        }
    }


class ApiError(Exception):
    """An error with an HTTP status and a bilingual message, raised by routes."""

    def __init__(self, status: int, code: str, vi: str, en: str, headers: dict[str, str] | None = None):
        super().__init__(f"{vi} / {en}")
        self.status = status
        self.code = code
        self.message = f"{vi} / {en}"
        self.headers = headers or {}


def not_found(what_vi: str = "bài viết", what_en: str = "article") -> ApiError:
    return ApiError(404, "not_found", f"Không tìm thấy {what_vi}", f"{what_en} not found")


def bad_parameter(vi: str, en: str) -> ApiError:
    return ApiError(422, "invalid_parameter", vi, en)


STORE_DOWN_MESSAGE = (
    "Kho dữ liệu tạm thời không truy cập được, vui lòng thử lại sau / "
    "the article store is temporarily unavailable, please try again later"
)

#: Standard error responses documented on every API route.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorPublic, "description": "Tham số không hợp lệ / invalid parameters"},
    503: {"model": ErrorPublic, "description": "Kho dữ liệu không truy cập được / store unavailable"},
}


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api", "/health", "/metrics", "/openapi"))


def _field_messages(errors: list[Any]) -> list[dict[str, Any]]:
    detail = []
    for err in errors:
        loc = [str(part) for part in err.get("loc", ()) if part not in ("query", "path", "body")]
        detail.append({"field": ".".join(loc), "message": str(err.get("msg", ""))})
    return detail


def error_response(request: Request, status: int, code: str, message: str, **extra: Any) -> Response:
    """A JSON error for the API, or the HTML error page for browser routes."""
    detail = extra.pop("detail", None)
    headers = extra.pop("headers", None)
    if _wants_html(request):
        renderer = getattr(request.app.state, "render_error", None)
        if renderer is not None:
            return renderer(request, status, message)  # type: ignore[no-any-return]
    body = ErrorPublic(error=code, message=message, detail=detail).model_dump(exclude_none=True)
    return JSONResponse(body, status_code=status, headers=headers)


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(request, exc.status, exc.code, exc.message, headers=exc.headers)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    detail = _field_messages(list(exc.errors()))
    fields = ", ".join(d["field"] for d in detail if d["field"]) or "?"
    message = f"Tham số không hợp lệ: {fields} / invalid parameter: {fields}"
    return error_response(request, 422, "invalid_parameter", message, detail=detail)


async def _query_syntax(request: Request, exc: Exception) -> Response:
    return error_response(request, 422, "invalid_query", str(exc))


async def _store_unavailable(request: Request, exc: Exception) -> Response:
    logger.warning("store unavailable on %s: %s", request.url.path, exc)
    return error_response(
        request, 503, "store_unavailable", STORE_DOWN_MESSAGE, headers={"Retry-After": "30"}
    )


async def _store_error(request: Request, exc: Exception) -> Response:
    logger.warning("store error on %s: %s", request.url.path, exc)
    return error_response(request, 422, "store_error", str(exc))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404:
        message = "Không tìm thấy / not found"
    elif exc.status_code == 405:
        message = "Phương thức không được hỗ trợ / method not allowed"
    else:
        message = f"Lỗi {exc.status_code} / error {exc.status_code}: {exc.detail}"
    return error_response(
        request, exc.status_code, "http_error", message, headers=getattr(exc, "headers", None)
    )


async def _unexpected(request: Request, exc: Exception) -> Response:
    logger.exception("unhandled error on %s", request.url.path)
    return error_response(
        request, 500, "internal_error", "Lỗi máy chủ, đã ghi nhận / internal server error, logged"
    )


#: Exception class -> handler; an exception is handled by the first of its classes (MRO) listed,
#: as Starlette does (``Exception``: the logged 500).
HANDLERS: tuple[tuple[type[Exception], Handler], ...] = (
    (ApiError, _api_error),
    (RequestValidationError, _validation_error),
    (QuerySyntaxError, _query_syntax),
    (StoreUnavailable, _store_unavailable),
    (StoreError, _store_error),
    (StarletteHTTPException, _http_error),
    (Exception, _unexpected),
)


async def handled_error_response(request: Request, exc: Exception) -> Response | None:
    """The response the app's handlers give for ``exc``; None for an unexpected exception
    (which the caller re-raises, as the app would, to get the logged 500)."""
    for cls in type(exc).__mro__:
        for handled, handler in HANDLERS:
            if cls is handled and handled is not Exception:
                return await handler(request, exc)
    return None


def install_error_handlers(app: FastAPI) -> None:
    for cls, handler in HANDLERS:
        app.add_exception_handler(cls, handler)
