"""Server-rendered pages: search, article reader view and statistics."""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from lantoa.store.base import FacetBucket, QuerySyntaxError, SearchQuery, SearchResult
from lantoa.taxonomy import load_taxonomy
from search_api.charts import column_chart, hbar_chart
from search_api.deps import SearchQueryDep, SettingsDep, StoreDep
from search_api.errors import not_found
from search_api.i18n import Translator
from search_api.routes.stats import stats_for
from search_api.sources import source_names
from search_api.templating import page_lang, render
from search_api.urls import search_pairs, search_params, toggle_param

router = APIRouter(tags=["ui"], include_in_schema=False)

#: Facet groups shown on the search page: (facet name, filter parameter, label key).
FACET_GROUPS: tuple[tuple[str, str, str], ...] = (
    ("story_type", "story_type", "facet_story_type"),
    ("model_type", "model_type", "facet_model_type"),
    ("province", "province", "facet_province"),
    ("province_old", "province", "facet_province_old"),
    ("district", "district", "facet_district"),
    ("source", "source", "facet_source"),
)
FACET_SHOWN = 12


def _facet_groups(
    result: SearchResult, query: SearchQuery, label_for: Any, pairs: list[tuple[str, str]]
) -> list[dict[str, Any]]:
    groups = []
    for facet, param, label_key in FACET_GROUPS:
        buckets: list[FacetBucket] = list(result.facets.get(facet, []))
        selected = set(getattr(query, param))
        seen = {b.value for b in buckets}
        if facet != "province_old":
            buckets += [FacetBucket(value=v, count=0) for v in sorted(selected - seen)]
        if not buckets:
            continue
        items = [
            {
                "value": b.value,
                "label": label_for(facet, b.value),
                "count": b.count,
                "checked": b.value in selected,
                "toggle": toggle_param(pairs, param, b.value),
            }
            for b in buckets
        ]
        items.sort(key=lambda item: (not item["checked"], -item["count"], item["label"]))
        groups.append(
            {
                "facet": facet,
                "param": param,
                "label_key": label_key,
                "items": items[:FACET_SHOWN],
                "more": items[FACET_SHOWN:],
            }
        )
    return groups


@router.get("/", response_class=Response)
def search_page(request: Request, query: SearchQueryDep, store: StoreDep, settings: SettingsDep) -> Response:
    lang = page_lang(request)
    taxonomy = load_taxonomy()
    places = request.app.state.places
    sources = source_names(settings)
    error = None
    try:
        result, _body = request.app.state.search_cache.search(store, query)
    except QuerySyntaxError as exc:
        error = str(exc)
        result = SearchResult(hits=[], total=0)
    for hit in result.hits:
        places.learn(hit.localities)
        if hit.source_name:
            sources.setdefault(hit.source_id, hit.source_name)

    def label_for(facet: str, value: str) -> str:
        if facet in ("story_type", "model_type"):
            return taxonomy.label(value, lang)
        if facet == "source":
            return sources.get(value, value)
        return str(places.name(facet, value))

    pairs = search_pairs(query)
    params = search_params(query)
    next_url = None
    if result.next_cursor:
        next_url = "/?" + search_params(
            query.model_copy(update={"cursor": result.next_cursor}), cursor=True, size=True
        )
    base = str(request.base_url).rstrip("/")
    return render(
        request,
        "search.html",
        {
            "query": query,
            "result": result,
            "error": error,
            "facet_groups": _facet_groups(result, query, label_for, pairs),
            "params": params,
            "next_url": next_url,
            "is_paged": bool(query.cursor),
            "filtered": any(name != "q" for name, _ in pairs),
            "feed_rss": f"{base}/api/search.rss" + (f"?{params}" if params else ""),
            "feed_atom": f"{base}/api/search.atom" + (f"?{params}" if params else ""),
        },
        status_code=422 if error else 200,
    )


_ARTICLE_ID = re.compile(r"^[0-9a-f]{20}$")


@router.get("/articles/{article_id}", response_class=Response)
def article_page(request: Request, article_id: str, store: StoreDep) -> Response:
    article = store.get(article_id) if _ARTICLE_ID.match(article_id) else None
    if article is None:
        raise not_found()
    tags = article.tags
    if tags:
        request.app.state.places.learn(tags.localities)
    similar = store.similar(article_id, 5)
    return render(request, "article.html", {"article": article, "tags": tags, "similar": similar})


@router.get("/stats", response_class=Response)
def stats_page(request: Request, query: SearchQueryDep, store: StoreDep, settings: SettingsDep) -> Response:
    lang = page_lang(request)
    t = Translator(lang)
    stats = stats_for(request, query, store, settings, 12, lang)
    caption = t["chart_caption"]
    charts = {
        "by_week": column_chart(
            [(w.week_start.strftime("%d/%m"), w.count) for w in stats.by_week],
            title=t["stats_by_week"],
            caption_format=caption,
            chart_id="chart-week",
        ),
        "by_province": hbar_chart(
            [(c.label, c.count) for c in stats.by_province[:34]],
            title=t["stats_by_province"],
            caption_format=caption,
            chart_id="chart-province",
        ),
        "by_story_type": hbar_chart(
            [(c.label, c.count) for c in stats.by_story_type],
            title=t["stats_by_story_type"],
            caption_format=caption,
            chart_id="chart-story-type",
        ),
        "by_model_type": hbar_chart(
            [(c.label, c.count) for c in stats.by_model_type],
            title=t["stats_by_model_type"],
            caption_format=caption,
            chart_id="chart-model-type",
        ),
    }
    return render(
        request,
        "stats.html",
        {"stats": stats, "charts": charts, "query": query, "params": search_params(query)},
    )
