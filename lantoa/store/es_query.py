"""Translate a :class:`SearchQuery` into Elasticsearch requests (pure functions, no client).

A search is one ``_msearch`` of two requests that the node runs in parallel:

* the **page**: the scored query, sorted, ``size`` hits with only the source fields a hit
  needs, and ``track_total_hits: false`` so Lucene may skip documents that cannot reach the
  page (block-max WAND for relevance, points-based skipping for date sorts);
* the **counts**: ``size: 0``, the same query in filter context (nothing scored), the exact
  total and the facet aggregations. A ``size: 0`` request is what the shard request cache
  stores, so repeated counts are served from it until the next refresh changes the index.
"""

from __future__ import annotations

from typing import Any

from lantoa.query import Item, ParsedQuery
from lantoa.store.base import FACET_FIELDS, SearchQuery
from lantoa.store.fields import FILTER_FIELDS

DERIVED_KEY = "search"
MAX_FACET_BUCKETS = 100
#: Field weights, mirroring the SQLite bm25 column weights: an exact-diacritics match
#: scores in both the original and the folded field, so it ranks higher.
ORIGINAL_FIELDS = {"title": 8.0, "sapo": 3.0, "body": 1.0}
FOLDED_FIELDS = {"search.title_folded": 4.0, "search.sapo_folded": 1.5, "search.body_folded": 0.5}
#: Boost of the whole unquoted multi-word query found as an exact phrase.
PHRASE_BOOST = 2.0
#: The source fields a search hit is built from (:func:`lantoa.store.hits.make_hit`); the
#: rest (images, attachments, figures, scores, derived fields) stays on the node.
HIT_SOURCE = [
    "id",
    "url",
    "canonical_url",
    "title",
    "sapo",
    "body",
    "source_id",
    "source_name",
    "published_at",
    "cluster_id",
    "tags.story_type",
    "tags.model_types",
    "tags.localities",
    "tags.summary",
    "tags.people",
]


def _fields(weights: dict[str, float]) -> list[str]:
    return [f"{name}^{weight}" for name, weight in weights.items()]


def _match(text: str, weights: dict[str, float], phrase: bool, boost: float = 1.0) -> dict[str, Any]:
    return {
        "multi_match": {
            "query": text,
            "fields": _fields(weights),
            "type": "phrase" if phrase else "most_fields",
            "boost": boost,
        }
    }


def item_query(item: Item) -> dict[str, Any]:
    """Match ``item`` with or without diacritics; the original-text match adds score."""
    phrase = len(item.words) > 1
    return {
        "bool": {
            "should": [
                _match(item.text, ORIGINAL_FIELDS, phrase),
                _match(item.folded_text, FOLDED_FIELDS, phrase),
            ],
            "minimum_should_match": 1,
        }
    }


def phrase_bonus(parsed: ParsedQuery) -> dict[str, Any] | None:
    """For an unquoted multi-word query, the whole query as one folded phrase."""
    if parsed.excluded or any(len(c) > 1 for c in parsed.clauses) or len(parsed.clauses) < 2:
        return None
    words = [w for clause in parsed.clauses for w in clause[0].folded]
    return _match(" ".join(words), FOLDED_FIELDS, True, boost=PHRASE_BOOST)


def text_query(parsed: ParsedQuery) -> dict[str, Any]:
    """Translate a parsed query (AND of ORs, exclusions) into an Elasticsearch bool query."""
    must = []
    for clause in parsed.clauses:
        if len(clause) == 1:
            must.append(item_query(clause[0]))
        else:
            must.append({"bool": {"should": [item_query(i) for i in clause], "minimum_should_match": 1}})
    query: dict[str, Any] = {"must": must}
    if parsed.excluded:
        # The folded match is a superset of the original one, so it is enough to exclude.
        query["must_not"] = [_match(i.folded_text, FOLDED_FIELDS, len(i.words) > 1) for i in parsed.excluded]
    bonus = phrase_bonus(parsed)
    if bonus:
        query["should"] = [bonus]
    return query


def filter_clauses(query: SearchQuery) -> list[dict[str, Any]]:
    filters: list[dict[str, Any]] = []
    for name, fields in FILTER_FIELDS.items():
        wanted = getattr(query, name)
        if wanted:
            filters.append(
                {
                    "bool": {
                        "should": [{"terms": {f"{DERIVED_KEY}.labels.{f}": list(wanted)}} for f in fields],
                        "minimum_should_match": 1,
                    }
                }
            )
    day_range: dict[str, str] = {}
    if query.date_from:
        day_range["gte"] = query.date_from.isoformat()
    if query.date_to:
        day_range["lte"] = query.date_to.isoformat()
    if day_range:
        filters.append({"range": {f"{DERIVED_KEY}.published_day": day_range}})
    if query.has_people is not None:
        filters.append({"term": {f"{DERIVED_KEY}.has_people": query.has_people}})
    if query.relevant is not None:
        filters.append({"term": {f"{DERIVED_KEY}.relevant": query.relevant}})
    return filters


def sort_spec(sort: str) -> list[Any]:
    by_date = {"order": "desc" if sort != "oldest" else "asc", "missing": "_last"}
    spec: list[Any] = [{"published_at": by_date}, {"id": "asc"}]
    return ["_score", *spec] if sort == "relevance" else spec


def search_query(query: SearchQuery, parsed: ParsedQuery) -> dict[str, Any]:
    """The whole query: filters plus the text query (or every document)."""
    body: dict[str, Any] = {"bool": {"filter": filter_clauses(query)}}
    if parsed.is_empty:
        body["bool"]["must"] = [{"match_all": {}}]
    else:
        body["bool"].update(text_query(parsed))
    return body


def facet_aggs() -> dict[str, Any]:
    return {
        name: {
            "terms": {
                "field": f"{DERIVED_KEY}.labels.{name}",
                "size": MAX_FACET_BUCKETS,
                "order": [{"_count": "desc"}, {"_key": "asc"}],
            }
        }
        for name in FACET_FIELDS
    }


def page_request(
    query: dict[str, Any], sort: str, size: int, scored: bool, search_after: list[Any] | None
) -> dict[str, Any]:
    """The hits of one page: no exact total (see the module docstring), the hit fields only."""
    body: dict[str, Any] = {
        "query": query,
        "sort": sort_spec(sort),
        "size": size,
        "track_total_hits": False,
        "track_scores": scored,
        "_source": {"includes": HIT_SOURCE},
    }
    if search_after is not None:
        body["search_after"] = search_after
    return body


def counts_request(query: dict[str, Any], facets: bool) -> dict[str, Any]:
    """The exact total (and the facets) in filter context: nothing scored, cacheable."""
    body: dict[str, Any] = {
        "query": {"bool": {"filter": [query]}},
        "size": 0,
        "track_total_hits": True,
    }
    if facets:
        body["aggs"] = facet_aggs()
    return body
