"""The shape of the Elasticsearch text query (pure functions, no node): what matches reads one field."""

from __future__ import annotations

from typing import Any

from lantoa.query import parse_query
from lantoa.store import es_query
from lantoa.store.base import SearchQuery


def _fields(value: Any) -> set[str]:
    """Every field a query clause names."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in ("match", "match_phrase", "term"):
                found |= set(inner)
            elif key == "multi_match":
                found |= {f.split("^")[0] for f in inner["fields"]}
            else:
                found |= _fields(inner)
    elif isinstance(value, list):
        for inner in value:
            found |= _fields(inner)
    return found


def _word(clause: dict[str, Any]) -> str:
    """The folded word a must clause requires in the combined field (its title scores aside)."""
    should = clause["bool"]["should"]
    assert clause["bool"]["minimum_should_match"] == 1
    [(name, spec)] = should[0]["match"].items()
    assert name == es_query.COMBINED_FIELD and spec["operator"] == "and"
    assert _fields(should[1:]) == {*es_query.TITLE_BONUS, *es_query.ORIGINAL_BONUS}
    return str(spec["query"])


def test_matching_is_a_flat_conjunction_on_the_combined_field() -> None:
    q = "ngân hàng chính sách xã hội"
    body = es_query.search_query(SearchQuery(q=q), parse_query(q))["bool"]
    assert [_word(c) for c in body["must"]] == "ngan hang chinh sach xa hoi".split()
    # Nothing reads the sapo or the body apart from the combined field.
    assert _fields(body) == {es_query.COMBINED_FIELD, *es_query.TITLE_BONUS, *es_query.ORIGINAL_BONUS}
    # The phrase bonus: each adjacent pair, one shingle term each.
    [bonus] = body["should"]
    assert bonus["bool"]["boost"] == es_query.PHRASE_BOOST
    pairs = [c["match_phrase"][es_query.COMBINED_FIELD]["query"] for c in bonus["bool"]["should"]]
    assert pairs == ["ngan hang", "hang chinh", "chinh sach", "sach xa", "xa hoi"]


def test_or_phrases_and_exclusions_use_the_combined_field() -> None:
    q = '"nuôi bò" OR dê -"nghị quyết"'
    body = es_query.search_query(SearchQuery(q=q), parse_query(q))["bool"]
    [either] = body["must"]
    phrase, word = either["bool"]["should"]
    assert phrase == {"match_phrase": {es_query.COMBINED_FIELD: {"query": "nuoi bo"}}}
    assert _word(word) == "de"
    assert body["must_not"] == [{"match_phrase": {es_query.COMBINED_FIELD: {"query": "nghi quyet"}}}]
    assert "should" not in body  # no whole-query phrase bonus with OR or exclusions


def test_an_index_without_the_combined_field_gets_the_legacy_query() -> None:
    q = "thoát nghèo"
    body = es_query.search_query(SearchQuery(q=q), parse_query(q), combined=False)["bool"]
    assert es_query.COMBINED_FIELD not in _fields(body)
    assert _fields(body["must"]) == {*es_query.ORIGINAL_FIELDS, *es_query.FOLDED_FIELDS}


def test_field_caps_tell_whether_every_index_has_the_combined_field() -> None:
    text = {"type": "text", "metadata_field": False, "searchable": True, "aggregatable": False}
    field = es_query.COMBINED_FIELD
    assert es_query.has_combined_field({"indices": ["a-v3"], "fields": {field: {"text": text}}})
    assert not es_query.has_combined_field({"indices": ["a-v2"], "fields": {}})
    mixed = {
        "indices": ["a-v2", "a-v3"],
        "fields": {field: {"text": dict(text, indices=["a-v3"]), "unmapped": {"indices": ["a-v2"]}}},
    }
    assert not es_query.has_combined_field(mixed)
