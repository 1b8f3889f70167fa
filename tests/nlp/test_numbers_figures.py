"""Figures: Vietnamese number formats (thousands ".", decimal ","), units and kinds."""

from __future__ import annotations

import pytest

from nlp.figures import extract_figures
from nlp.numbers import parse_number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1.500", 1500),
        ("500.000", 500000),
        ("1,5", 1.5),
        ("3,2", 3.2),
        ("1.234,5", 1234.5),
        ("3.2", 3.2),
        ("12", 12),
        ("hai", 2),
        ("mười", 10),
        ("2.500.000", 2500000),
    ],
)
def test_parse_number_vietnamese_formats(written: str, value: float) -> None:
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize("bad", ["", "abc", "1,2,3", "năm x"])
def test_parse_number_rejects_non_numbers(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_number(bad)


def _kinds(text: str) -> list[tuple[str, float, str]]:
    return [(f.kind, f.value, f.unit) for f in extract_figures(text)]


def test_money_with_decimal_comma_and_thousands_dot() -> None:
    figs = _kinds(
        "Anh vay 1,5 tỷ đồng, mỗi suất quà 500.000 đồng, tổng 2 tỷ 500 triệu đồng và 50 triệu đồng."
    )
    assert ("money_vnd", 1.5e9, "VND") in figs
    assert ("money_vnd", 5e5, "VND") in figs
    assert ("money_vnd", 2.5e9, "VND") in figs
    assert ("money_vnd", 5e7, "VND") in figs


def test_money_ignores_dong_chi_and_dong_bao() -> None:
    assert _kinds("Có 10 đồng chí và 200 đồng bào tham dự.") == []


def test_poverty_rate_only_after_ty_le_ho_ngheo() -> None:
    figs = _kinds("GRDP tăng 8,5%. Tỷ lệ hộ nghèo giảm từ 5,2% xuống còn 3,2%.")
    assert [f for f in figs if f[0] == "poverty_rate"] == [
        ("poverty_rate", 5.2, "%"),
        ("poverty_rate", 3.2, "%"),
    ]


def test_households_escaped_versus_poor_households() -> None:
    figs = _kinds("Năm qua có 45 hộ thoát nghèo; 30 hộ nghèo đã thoát nghèo; toàn xã còn 1.320 hộ nghèo.")
    assert ("households_escaped_poverty", 45.0, "hộ") in figs
    assert ("households_escaped_poverty", 30.0, "hộ") in figs
    assert ("poor_households", 1320.0, "hộ") in figs
    assert ("poor_households", 30.0, "hộ") not in figs


def test_animals_houses_scholarships_area() -> None:
    figs = _kinds(
        "Mua 5 con bò sinh sản, hai con trâu và 1.200 con gà; xây 12 căn nhà và 3 nhà tình thương; "
        "trao 50 suất học bổng; hiến 300 m2 đất và 1,2 ha vườn."
    )
    assert ("animals", 5.0, "bò") in figs
    assert ("animals", 2.0, "trâu") in figs
    assert ("animals", 1200.0, "gà") in figs
    assert ("houses", 12.0, "căn") in figs
    assert ("houses", 3.0, "căn") in figs
    assert ("scholarships", 50.0, "suất") in figs
    assert ("land_area_m2", 300.0, "m2") in figs
    assert ("land_area_m2", 12000.0, "m2") in figs


def test_figures_keep_as_written() -> None:
    figs = extract_figures("Tỷ lệ hộ nghèo còn 3,2%.")
    assert figs[0].as_written == "3,2%"


def test_house_classifier_does_not_match_factories() -> None:
    assert _kinds("Xây dựng 2 căn nhà máy và 3 ngôi nhà văn hóa.") == []


def test_a_figure_never_spans_a_line_break() -> None:
    text = "Nuôi bò thoát nghèo: bài 3\n\nHộ nghèo vay vốn nuôi bò. Năm nay 12 hộ nghèo đã thoát nghèo."
    figures = extract_figures(text)
    assert [(f.kind, f.value) for f in figures] == [("households_escaped_poverty", 12.0)]
