"""nlp.fastnorm must give exactly lantoa.text.normalize's output (it only skips needless work)."""

from __future__ import annotations

import unicodedata

import pytest

from lantoa.text import normalize, normalize_inline
from nlp import fastnorm
from nlp.devcorpus import load_split

OLD_STYLE = {
    "hòa": "hoà",
    "Hòa": "Hoà",
    "thủy": "thuỷ",
    "khỏe": "khoẻ",
    "hóa": "hoá",
    "oàng": "òang",
    "quý": "quý",
}


def _old_style(text: str) -> str:
    for new, old in OLD_STYLE.items():
        text = text.replace(new, old)
    return text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  a\r\n\r\n\r\nb \u200b c\u00ad ",
        "Thuý Quý quỳnh huỳnh Khuỷu hoạ xoè toà Hoà Bình",
        "Xã Tân Hoà, huyện Hòang Su Phì:\t thuỷ lợi  \n\n\n khoẻ mạnh",
        "quỹ xoay vòng — “nhà đại đoàn kết”\u00a0 12,5%",
    ],
)
def test_same_as_kernel_normalize_on_tricky_strings(text: str) -> None:
    assert fastnorm.normalize(text) == normalize(text)
    assert fastnorm.normalize_inline(text) == normalize_inline(text)


def test_same_as_kernel_normalize_on_the_corpus_in_all_forms() -> None:
    records = load_split("heldout")[:60]
    for r in records:
        for text in (r["title"], r["sapo"], r["text"]):
            for variant in (text, _old_style(text), unicodedata.normalize("NFD", _old_style(text))):
                assert fastnorm.normalize(variant) == normalize(variant)
