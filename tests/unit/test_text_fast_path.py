"""The fast kernel normalize (tone fixing only on candidate words) equals checking every syllable."""

from __future__ import annotations

import unicodedata

import pytest

from lantoa import text as kernel
from lantoa.text import normalize, normalize_inline
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


def _reference(text: str) -> str:
    """normalize() with the tone fix applied to every syllable (no candidate pre-filter)."""
    text = unicodedata.normalize("NFC", text)
    text = kernel._ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = kernel.normalize_tone_marks(text)
    lines = [kernel._SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = kernel._MANY_BLANK_LINES.sub("\n\n", "\n".join(lines))
    return unicodedata.normalize("NFC", text.strip())


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
    assert normalize(text) == _reference(text)
    assert normalize_inline(text) == " ".join(_reference(text).split())


def test_same_as_kernel_normalize_on_the_corpus_in_all_forms() -> None:
    records = load_split("heldout")[:60]
    for r in records:
        for text in (r["title"], r["sapo"], r["text"]):
            for variant in (text, _old_style(text), unicodedata.normalize("NFD", _old_style(text))):
                assert normalize(variant) == _reference(variant)
