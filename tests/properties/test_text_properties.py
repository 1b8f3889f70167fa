"""Property tests for lantoa.text: normalize is idempotent and NFC, fold preserves length, nothing crashes."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from prop_strategies import vietnamese_text

from lantoa.text import fold, has_diacritics, normalize, normalize_inline

FAST = settings(max_examples=300, deadline=None)


@FAST
@given(vietnamese_text)
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@FAST
@given(vietnamese_text)
def test_normalize_output_is_nfc(text: str) -> None:
    out = normalize(text)
    assert unicodedata.is_normalized("NFC", out)


@FAST
@given(vietnamese_text)
def test_normalize_inline_is_idempotent_single_line_nfc(text: str) -> None:
    out = normalize_inline(text)
    assert normalize_inline(out) == out
    assert "\n" not in out
    assert unicodedata.is_normalized("NFC", out)


@FAST
@given(vietnamese_text)
def test_fold_preserves_length_on_nfc_text(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    assert len(fold(nfc)) == len(nfc)
    normalized = normalize(text)
    assert len(fold(normalized)) == len(normalized)


@FAST
@given(vietnamese_text)
def test_fold_removes_every_vietnamese_mark(text: str) -> None:
    folded = fold(normalize(text))
    assert not has_diacritics(folded)
    assert "đ" not in folded and "Đ" not in folded
    assert fold(folded) == folded


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["hoà", "Hoà", "thuý", "khoẻ", "loà", "hoạ"]), vietnamese_text)
def test_old_tone_placement_becomes_the_one_placement(word: str, tail: str) -> None:
    out = normalize(word + " " + tail)
    # The tail may start with a newline ("hoà \n0" → "hòa\n0"): the word ends at any whitespace.
    assert out.split()[0] in {"hòa", "Hòa", "thúy", "khỏe", "lòa", "họa"}
