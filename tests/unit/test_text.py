"""Vietnamese normalisation and folding."""

import unicodedata

import pytest

from lantoa.text import fold, has_diacritics, normalize, normalize_inline


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("hoà bình", "hòa bình"),
        ("Thuỷ lợi", "Thủy lợi"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("Hoá", "Hóa"),
        ("quý", "quý"),  # qu + y: the tone stays on y
        ("quỳnh", "quỳnh"),
        ("hoàng", "hoàng"),  # final consonant: tone on the second vowel
        ("hòang", "hoàng"),
        ("thuyết", "thuyết"),
    ],
)
def test_normalize_puts_tone_marks_in_one_place(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_composes_decomposed_text_to_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Thoát nghèo ở Đồng Nai")
    assert decomposed != "Thoát nghèo ở Đồng Nai"
    assert normalize(decomposed) == "Thoát nghèo ở Đồng Nai"


def test_normalize_tidies_whitespace_but_keeps_paragraphs() -> None:
    assert normalize("  a\u00a0 b \r\n\r\n\r\n c\u200b ") == "a b\n\nc"
    assert normalize_inline("Tiêu đề\n  hai dòng") == "Tiêu đề hai dòng"


def test_normalize_is_idempotent() -> None:
    text = "Xã Hoà Bình, huyện Thuỷ Nguyên: 120 hộ thoát nghèo.\n\nĐoạn hai."
    assert normalize(normalize(text)) == normalize(text)


def test_fold_removes_diacritics_and_maps_d_stroke() -> None:
    assert fold("Đồng Nai thoát nghèo") == "dong nai thoat ngheo"
    assert fold("ĐẮK LẮK") == "dak lak"


def test_fold_preserves_length_of_nfc_text() -> None:
    text = normalize("Người tốt, việc tốt ở Quảng Trị — “ấm áp” 100%")
    assert len(fold(text)) == len(text)


def test_has_diacritics() -> None:
    assert has_diacritics("nghèo")
    assert not has_diacritics("ngheo")
    assert has_diacritics("NGHÈO") and has_diacritics("ĐA")
    assert not has_diacritics("NGHEO")
    # Case alone is not a mark, also for letters fold leaves alone (Hypothesis found U+2C00).
    assert not has_diacritics("\u2c00") and not has_diacritics("Ａ")
