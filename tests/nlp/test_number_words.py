"""Vietnamese numbers written in words: property-tested against an independent number → words generator."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.numbers import parse_number_words

DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _read_group(n: int, full: bool, pick: st.DrawFn) -> list[str]:
    """Words of 0 < n < 1000 (or n == 0 when ``full``); ``full`` says the hundreds and "linh" even when zero
    (a group after a scale word: "một nghìn không trăm linh năm")."""
    h, rest = divmod(n, 100)
    t, u = divmod(rest, 10)
    out: list[str] = []
    if h or full:
        out += [DIGITS[h], "trăm"]
    if t == 0:
        if u and out:
            out += [pick(st.sampled_from(["linh", "lẻ"])), DIGITS[u]]
        elif u:
            out.append(DIGITS[u])
    elif t == 1:
        out.append("mười")
        if u == 5:
            out.append(pick(st.sampled_from(["lăm", "nhăm"])))
        elif u:
            out.append(DIGITS[u])
    else:
        out += [DIGITS[t], "mươi"]
        if u == 1:
            out.append(pick(st.sampled_from(["mốt", "một"])))
        elif u == 4:
            out.append(pick(st.sampled_from(["tư", "bốn"])))
        elif u == 5:
            out.append(pick(st.sampled_from(["lăm", "nhăm"])))
        elif u:
            out.append(DIGITS[u])
    return out


def to_words(n: int, pick: st.DrawFn, full: bool = False) -> list[str]:
    """The standard Vietnamese reading of 0 < n < 10**15 ("nghìn tỷ" above a billion billions)."""
    for scale, names in ((10**9, ["tỷ", "tỉ"]), (10**6, ["triệu"]), (10**3, ["nghìn", "ngàn"])):
        if n >= scale:
            high, low = divmod(n, scale)
            out = to_words(high, pick, full) + [pick(st.sampled_from(names))]
            return out + (to_words(low, pick, full=True) if low else [])
    return _read_group(n, full, pick)


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[int, list[str]]:
    n = draw(
        st.one_of(
            st.integers(1, 999),
            st.integers(1, 10**6),
            st.integers(1, 10**12 - 1),
            st.integers(1, 999_999).map(lambda k: k * 10**9),
            st.integers(1, 999).map(lambda k: k * 10**6),
        )
    )
    return n, to_words(n, draw)


@settings(max_examples=1500, deadline=None)
@given(written_numbers(), st.sampled_from(["", "con", "đồng", "hộ", "năm", "người"]))
def test_every_standard_reading_parses_to_its_number(case: tuple[int, list[str]], after: str) -> None:
    n, words = case
    parsed = parse_number_words(words + ([after] if after else []))
    assert parsed == (float(n), len(words)), " ".join(words)


@pytest.mark.parametrize(
    ("written", "value", "taken"),
    [
        ("tám mươi triệu đồng", 80e6, 3),
        ("hai trăm năm mươi triệu", 250e6, 5),
        ("một tỷ hai trăm triệu đồng", 1.2e9, 5),
        ("ba mươi con bò", 30, 2),
        ("mười hai căn nhà", 12, 2),
        ("năm trăm suất học bổng", 500, 2),
        ("hai trăm hộ thoát nghèo", 200, 2),
        ("1 tỷ 2", 1.2e9, 3),
        ("một tỷ hai", 1.2e9, 3),
        ("1,2 tỉ", 1.2e9, 2),
        ("18 tỷ 700 triệu đồng", 18.7e9, 4),
        ("hai chục triệu", 20e6, 3),
        ("chục triệu", 10e6, 2),
        ("ba chục cây", 30, 2),
        ("trăm rưỡi triệu", 150e6, 3),
        ("hai triệu rưỡi", 2.5e6, 3),
        ("sáu triệu rưỡi một tháng", 6.5e6, 3),
        ("trăm hai", 120, 2),
        ("hai mươi mốt hộ", 21, 3),
        ("hai mươi tư con dê", 24, 3),
        ("bốn mươi lăm", 45, 3),
        ("mười lăm héc-ta", 15, 2),
        ("một trăm linh năm", 105, 4),
        ("một trăm lẻ tám", 108, 4),
        ("một nghìn không trăm năm mươi", 1050, 6),
        ("năm trăm ngàn đồng", 500e3, 3),
        ("một nghìn hai trăm tỷ", 1.2e12, 5),
    ],
)
def test_readings_from_the_press(written: str, value: float, taken: int) -> None:
    assert parse_number_words(written.split()) == (value, taken)


@pytest.mark.parametrize(
    ("written", "value", "taken"),
    [
        ("năm 2024", 5, 1),  # the year: the figure finder then finds no unit after "năm"
        ("mười năm qua", 10, 1),  # "mười năm" is ten years, not 15
        ("hai mươi năm", 20, 2),
        ("hai triệu ba triệu", 2e6, 2),  # the same scale twice ends the number
        ("hai triệu ba tỷ", 2e6, 2),  # a larger scale after a smaller one ends it too
        ("bảy mươi tư tuổi", 74, 3),
    ],
)
def test_where_a_reading_stops(written: str, value: float, taken: int) -> None:
    assert parse_number_words(written.split()) == (value, taken)


@pytest.mark.parametrize(
    "written", ["mươi hộ", "tư", "lăm", "không có", "gần hai", "", "triệu đồng", "linh năm"]
)
def test_words_that_do_not_start_a_number(written: str) -> None:
    assert parse_number_words(written.split()) is None
