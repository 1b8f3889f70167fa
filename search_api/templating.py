"""Jinja2 environment of the web UI: autoescaping, filters and per-request page context."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from lantoa.store.fields import LOCAL_TZ
from lantoa.taxonomy import load_taxonomy
from search_api.i18n import LANG_COOKIE, Translator, choose_lang
from search_api.urls import safe_link

TEMPLATE_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"


def fmt_date(moment: datetime | None) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%d/%m/%Y") if moment else ""


def fmt_datetime(moment: datetime | None) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%H:%M %d/%m/%Y") if moment else ""


def iso(moment: datetime | None) -> str:
    return moment.isoformat() if moment else ""


def fmt_number(value: float) -> str:
    """Vietnamese grouping: 1.234.567 and 2,5."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".").rstrip("0").rstrip(",")


@lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    """The shared template set (``base.html`` has blocks ``title``, ``head`` and ``content``)."""
    tpl = Jinja2Templates(directory=str(TEMPLATE_DIR))
    env = tpl.env
    env.autoescape = True
    env.trim_blocks = True
    env.lstrip_blocks = True
    env.filters["date"] = fmt_date
    env.filters["datetime"] = fmt_datetime
    env.filters["iso"] = iso
    env.filters["number"] = fmt_number
    env.globals["safe_link"] = safe_link
    return tpl


def page_lang(request: Request) -> str:
    default = getattr(request.app.state.settings, "lang", "vi")
    return choose_lang(request.query_params.get("lang"), request.cookies.get(LANG_COOKIE), default)


def lang_switch_url(request: Request, lang: str) -> str:
    """The current page in the other language."""
    pairs = [(k, v) for k, v in request.query_params.multi_items() if k not in ("lang", "cursor")]
    pairs.append(("lang", "en" if lang == "vi" else "vi"))
    return request.url.path + "?" + urlencode(pairs)


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
    """Render a page with the shared context; remembers an explicit ``?lang=`` in a cookie."""
    lang = page_lang(request)
    taxonomy = load_taxonomy()
    base_context: dict[str, Any] = {
        "lang": lang,
        "t": Translator(lang),
        "label": lambda value: taxonomy.label(value, lang),
        "place": request.app.state.places.name,
        "lang_switch_url": lang_switch_url(request, lang),
        "digest_url": getattr(request.app.state, "digest_url", None),
        "path": request.url.path,
    }
    base_context.update(context)
    response = templates().TemplateResponse(request, name, base_context, status_code=status_code)
    query_lang = request.query_params.get("lang")
    if query_lang in ("vi", "en") and request.cookies.get(LANG_COOKIE) != query_lang:
        response.set_cookie(LANG_COOKIE, query_lang, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response


def render_error(request: Request, status: int, message: str) -> Response:
    lang = page_lang(request)
    t = Translator(lang)
    if status == 404:
        text = t["not_found"]
    elif status == 503:
        text = t["store_unavailable"]
    else:
        text = message
    return render(request, "error.html", {"status": status, "message": text}, status_code=status)
