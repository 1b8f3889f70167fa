"""Hypothesis strategies for Vietnamese-looking text, shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

# Precomposed letters with every tone, decomposed marks, đ/Đ, the legacy tone placements (hoà, thuý),
# punctuation and the query language's own syntax characters.
VIETNAMESE = (
    "aăâeêioôơuưyđ"
    "AĂÂEÊIOÔƠUƯYĐ"
    "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "ÁÀẢÃẠÉÈÍÌÓÒÚÙÝỲỐỒỚỜỨỪ"
    "\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b"
    "bcdghklmnpqrstvx0123456789"
)
SYNTAX = " \"-()*:^+~.,;!?<>&'/\\\t\n"
WORDS = [
    "hoà",
    "hòa",
    "thuý",
    "thủy",
    "khoẻ",
    "OR",
    "or",
    "-",
    '"',
    "thoát nghèo",
    "bò",
    "Đắk Lắk",
    "<mark>",
    "&amp;",
]

vietnamese_text = st.one_of(
    st.text(alphabet=VIETNAMESE + SYNTAX, max_size=80),
    st.lists(st.sampled_from(WORDS + list(" \n\t")), max_size=12).map("".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet=VIETNAMESE, max_size=6)), max_size=8).map(
        " ".join
    ),
    st.text(max_size=60),  # anything at all, including control characters and astral planes
)
