"""The lean path of ``GET /api/search``: the same answer without FastAPI's per-request machinery.

FastAPI solves the route's dependencies and validates its 16 query parameters with pydantic on
every request; together with its routing and exception layers that is about half of the API's
own CPU per search. This path reads the query string itself, accepts only plainly valid values
(the same rules, see :func:`parse_search_params`) and runs the same checks
(:func:`search_api.deps.build_search_query`), the same search (``SearchCache.search`` in the
thread pool; a cache hit needs no thread, and a worker with nothing else in flight and one
search slot searches on its event loop, ``SearchCache.search_now``) and the same error
handlers (:func:`search_api.errors.handled_error_response`), so the answer is byte for byte
the one of the FastAPI route (``took_ms`` aside). Anything it does not accept as plainly valid
(a malformed date, ``size=abc``, a ``q`` over 500 characters, a store that is not open…) goes
to the FastAPI route, which gives its usual 422 message; the route
stays the one described in the OpenAPI schema. ``create_app(lean_search=False)`` turns it off.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import parse_qsl

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import Receive, Scope, Send

from lantoa.store.base import MAX_PAGE_SIZE
from search_api.deps import MAX_CURSOR_LENGTH, MAX_Q_LENGTH, build_search_query
from search_api.errors import handled_error_response

PATH = "/api/search"
LIST_PARAMS = frozenset({"province", "district", "commune", "story_type", "model_type", "source"})
SORTS = frozenset({"relevance", "newest", "oldest"})
#: Spellings of a boolean that pydantic reads the same way (others go to the FastAPI route).
BOOLEANS = {"true": True, "false": False, "1": True, "0": False}
_SIZE = re.compile(r"^(?:0|[1-9][0-9]{0,2})$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_JSON_HEADERS_TAIL = (b"content-type", b"application/json")


def _date(value: str) -> date | None:
    if not _DATE.match(value):
        raise ValueError(value)
    return date.fromisoformat(value)


def parse_search_params(query_string: bytes) -> tuple[dict[str, Any], bool] | None:
    """The keyword arguments of ``build_search_query`` and the ``facets`` flag, read as
    FastAPI reads them (Starlette's query parsing; the last value of a repeated scalar wins;
    unknown parameters are ignored); None when a value is not plainly valid."""
    args: dict[str, Any] = {}
    lists: dict[str, list[str]] = {}
    facets = True
    try:
        for name, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
            if name in LIST_PARAMS:
                lists.setdefault(name, []).append(value)
            elif name == "q":
                if len(value) > MAX_Q_LENGTH:
                    return None
                args["q"] = value
            elif name == "cursor":
                if len(value) > MAX_CURSOR_LENGTH:
                    return None
                args["cursor"] = value
            elif name == "sort":
                if value not in SORTS:
                    return None
                args["sort"] = value
            elif name == "size":
                if not _SIZE.match(value) or int(value) > MAX_PAGE_SIZE:
                    return None
                args["size"] = int(value)
            elif name in ("has_people", "relevant"):
                args[name] = BOOLEANS[value]
            elif name == "facets":
                facets = BOOLEANS[value]
            elif name in ("date_from", "date_to"):
                args[name] = _date(value)
    except (KeyError, ValueError):
        return None
    args.update(lists)
    return args, facets


async def handle_search(state: Any, scope: Scope, receive: Receive, send: Send) -> bool:
    """Answer ``GET /api/search`` and return True, or return False (nothing sent) for the
    FastAPI route to answer it. ``state`` is the app's ``app.state``."""
    store = state.store
    if store is None or scope.get("root_path"):
        return False  # reopening a failed store, or mounted under a prefix: the full route
    parsed = parse_search_params(scope["query_string"])
    if parsed is None:
        return False
    args, facets = parsed
    cache = state.search_cache
    try:
        query = build_search_query(**args)
        if not facets:
            query = query.model_copy(update={"facets": False})
        found = cache.cached(store, query)  # a cache hit needs no thread
        if found is None and state.metrics.in_flight <= 1:  # nothing else to serve meanwhile
            found = cache.search_now(store, query)
        if found is None:
            found = await run_in_threadpool(cache.search, store, query)
    except Exception as exc:  # noqa: BLE001 (the app's own handlers decide, as on the route)
        response = await handled_error_response(Request(scope, receive), exc)
        if response is None:
            raise
        await response(scope, receive, send)
        return True
    body = found[1]
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-length", str(len(body)).encode("latin-1")), _JSON_HEADERS_TAIL],
        }
    )
    await send({"type": "http.response.body", "body": body})
    return True
