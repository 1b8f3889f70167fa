"""The query language parser."""

import pytest

from lantoa.query import parse_query
from lantoa.store.base import QuerySyntaxError


def test_words_are_anded_and_folded() -> None:
    parsed = parse_query("thoát nghèo")
    assert [[i.text for i in c] for c in parsed.clauses] == [["thoát"], ["nghèo"]]
    assert parsed.clauses[0][0].folded == ("thoat",)


def test_quoted_phrase_and_exclusion_and_or() -> None:
    parsed = parse_query('"giảm nghèo" bò OR dê -"tai nạn"')
    assert parsed.clauses[0][0].phrase and parsed.clauses[0][0].words == ("giảm", "nghèo")
    assert [i.text for i in parsed.clauses[1]] == ["bò", "dê"]
    assert [i.text for i in parsed.excluded] == ["tai nạn"]


def test_punctuated_token_becomes_phrase() -> None:
    item = parse_query("TP.HCM").clauses[0][0]
    assert item.phrase and item.words == ("tp", "hcm")


def test_empty_query_is_empty() -> None:
    assert parse_query("   ").is_empty


@pytest.mark.parametrize("bad", ['"giảm nghèo', "OR bò", "bò OR", "bò OR OR dê", "-bò", "x" * 501])
def test_bad_syntax_gives_a_clear_bilingual_error(bad: str) -> None:
    with pytest.raises(QuerySyntaxError) as info:
        parse_query(bad)
    assert " / " in str(info.value)
