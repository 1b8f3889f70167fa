"""Translate a :class:`SearchQuery` into Elasticsearch requests (pure functions, no client).

A search is one ``_msearch`` of two requests that the node runs in parallel:

* the **page**: the scored query, sorted, ``size`` hits with only the source fields a hit
  needs, and ``track_total_hits: false`` so Lucene may skip documents that cannot reach the
  page (block-max WAND for relevance, points-based skipping for date sorts);
* the **counts**: ``size: 0``, the same query in filter context (nothing scored), the exact
  total and the facet aggregations. A ``size: 0`` request is what the shard request cache
  stores, so repeated counts are served from it until the next refresh changes the index.

Text matching (mapping version 3) reads one field, ``search.all_folded`` (the folded title,
sapo and body copied into one field by ``copy_to``): every query word is one term of a flat
conjunction, which block-max WAND can skip through, instead of a disjunction of six fields
per word. Ranking signals are optional ``should`` clauses on top: title matches, the
original (diacritics) text and the whole query as a phrase. An index created before mapping
version 3 has no combined field; it is searched with :func:`legacy_text_query` until
``lantoa index migrate``.
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
#: Mapping version 3: the folded title, sapo and body in one field (``copy_to``), for matching.
COMBINED_FIELD = "search.all_folded"
#: Ranking signals of the combined-field query (they never change what matches): each query
#: word also scores in the folded title and in the original title (an exact-diacritics match
#: scores there too, so it ranks higher). Only the title: the same over sapo and body cost
#: 1.6x the time of the whole page request at 1M articles (p95 took 199 vs 119 ms).
TITLE_BONUS = {"search.title_folded": 3.0}
ORIGINAL_BONUS = {"title": 2.0}
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


def has_combined_field(field_caps: dict[str, Any]) -> bool:
    """Whether every index of a ``_field_caps`` answer has :data:`COMBINED_FIELD` as text."""
    caps = field_caps.get("fields", {}).get(COMBINED_FIELD, {})
    text = caps.get("text")
    # An index without the field shows up as an ``unmapped`` entry (``include_unmapped``) or
    # as an ``indices`` list naming only the indices that have it.
    return isinstance(text, dict) and len(caps) == 1 and "indices" not in text and not text.get("unmapped")


def combined_item(item: Item) -> dict[str, Any]:
    """``item`` (folded) in the combined field: a word is one term, several words a phrase.

    A single word also scores in the title (folded, and original so that exact diacritics
    rank higher): each is a disjunction of one long posting list and two short ones, which
    matches exactly what the combined-field term alone matches.
    """
    if len(item.folded) > 1:
        return {"match_phrase": {COMBINED_FIELD: {"query": item.folded_text}}}
    word = {"match": {COMBINED_FIELD: {"query": item.folded_text, "operator": "and"}}}
    bonuses = [
        {"match": {name: {"query": item.folded_text, "operator": "and", "boost": weight}}}
        for name, weight in TITLE_BONUS.items()
    ]
    bonuses += [
        {"match": {name: {"query": item.text, "operator": "and", "boost": weight}}}
        for name, weight in ORIGINAL_BONUS.items()
    ]
    return {"bool": {"should": [word, *bonuses], "minimum_should_match": 1}}


def _excluded(item: Item) -> dict[str, Any]:
    if len(item.folded) > 1:
        return {"match_phrase": {COMBINED_FIELD: {"query": item.folded_text}}}
    return {"match": {COMBINED_FIELD: {"query": item.folded_text, "operator": "and"}}}


def adjacency_bonus(parsed: ParsedQuery) -> dict[str, Any] | None:
    """For an unquoted multi-word query: each pair of adjacent query words found side by side.

    With two-word shingles (``index_phrases``) each pair is one term, so this costs a small
    disjunction instead of a positional phrase query over the whole text, and still ranks the
    exact phrase (every pair adjacent) above the same words apart (no pair adjacent).
    """
    if phrase_bonus(parsed) is None:
        return None
    words = [w for clause in parsed.clauses for w in clause[0].folded]
    pairs = list(dict.fromkeys(f"{a} {b}" for a, b in zip(words, words[1:], strict=False)))
    should = [{"match_phrase": {COMBINED_FIELD: {"query": pair}}} for pair in pairs]
    return {"bool": {"should": should, "boost": PHRASE_BOOST}}


def text_query(parsed: ParsedQuery) -> dict[str, Any]:
    """Translate a parsed query (AND of ORs, exclusions) into bool clauses on the combined field.

    What matches is decided by the combined field alone (the same set as the legacy query: a
    word or a phrase found in the folded title, sapo or body); the title clauses inside each
    word and the ``should`` adjacency bonus only add score.
    """
    must = []
    for clause in parsed.clauses:
        if len(clause) == 1:
            must.append(combined_item(clause[0]))
        else:
            must.append({"bool": {"should": [combined_item(i) for i in clause], "minimum_should_match": 1}})
    query: dict[str, Any] = {"must": must}
    if parsed.excluded:
        query["must_not"] = [_excluded(i) for i in parsed.excluded]
    bonus = adjacency_bonus(parsed)
    if bonus is not None:
        query["should"] = [bonus]
    return query


def legacy_text_query(parsed: ParsedQuery) -> dict[str, Any]:
    """The query of indices created before mapping version 3 (no combined field)."""
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


def search_query(query: SearchQuery, parsed: ParsedQuery, combined: bool = True) -> dict[str, Any]:
    """The whole query: filters plus the text query (or every document).

    ``combined``: the index has :data:`COMBINED_FIELD` (mapping version 3 or later).
    """
    body: dict[str, Any] = {"bool": {"filter": filter_clauses(query)}}
    if parsed.is_empty:
        body["bool"]["must"] = [{"match_all": {}}]
    else:
        body["bool"].update(text_query(parsed) if combined else legacy_text_query(parsed))
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


def page_header(sort: str) -> dict[str, Any]:
    """The ``_msearch`` header of the page request.

    Sorted by relevance, the scores use the term statistics of the whole index
    (``dfs_query_then_fetch``), so an index with several primary shards ranks exactly as one
    shard would, even a small one; Elasticsearch skips that extra phase when one shard answers.
    """
    return {"search_type": "dfs_query_then_fetch"} if sort == "relevance" else {}


def page_request(
    query: dict[str, Any], sort: str, size: int, search_after: list[Any] | None
) -> dict[str, Any]:
    """The hits of one page: no exact total (see the module docstring), the hit fields only.

    ``track_scores`` stays off: sorted by relevance, the score is the first sort key and each
    hit still carries it; sorted by date, hits have no score (as in the embedded store) and
    nothing is scored. Turning it on makes Elasticsearch compute the maximum score over every
    match, which scores all of them and disables both block-max WAND and the points-based
    skipping of date sorts (measured at 1M: "hộ nghèo" oldest first, 631 036 matches).
    """
    body: dict[str, Any] = {
        "query": query,
        "sort": sort_spec(sort),
        "size": size,
        "track_total_hits": False,
        "track_scores": False,
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
