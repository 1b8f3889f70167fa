"""Legacy TCVN3/VNI detection and conversion to Unicode."""

from __future__ import annotations

import pytest

from lantoa.legacy import detect_legacy_encoding, legacy_to_unicode

# Hand-typed as a TCVN3 (.VnTime) and a VNI-Times document show up when read as Latin-1 text.
TCVN3 = "Hµ Néi lµ thñ ®« cña n\u00adíc ViÖt Nam. Nhê vèn vay \u00adu ®·i, nhiÒu hé nghÌo ®· tho¸t nghÌo."
VNI = (
    "Haø Noäi laø thuû ñoâ cuûa nöôùc Vieät Nam. Nhôø voán vay öu ñaõi, nhieàu hoä ngheøo ñaõ thoaùt ngheøo."
)
UNICODE = "Hà Nội là thủ đô của nước Việt Nam. Nhờ vốn vay ưu đãi, nhiều hộ nghèo đã thoát nghèo."


def test_detects_tcvn3_and_vni() -> None:
    assert detect_legacy_encoding(TCVN3) == "tcvn3"
    assert detect_legacy_encoding(VNI) == "vni"


@pytest.mark.parametrize(
    "text",
    [
        UNICODE,
        "Café crème brûlée à la française, très bien.",
        "",
        "plain ascii text",
        "Hòa bình, thủy lợi",
        "Phong trào «Cả nước chung tay vì người nghèo» đạt kết quả tốt, nhiệt độ 30°C, ½ số hộ. " * 5,
    ],
)
def test_unicode_and_foreign_text_are_not_legacy(text: str) -> None:
    assert detect_legacy_encoding(text) is None
    assert legacy_to_unicode(text) == text


def test_converts_tcvn3_to_unicode() -> None:
    assert legacy_to_unicode(TCVN3) == UNICODE
    assert legacy_to_unicode(TCVN3, "tcvn3") == UNICODE


def test_converts_vni_with_normalised_tone_marks() -> None:
    out = legacy_to_unicode(VNI, "vni")
    assert out == UNICODE
    assert "thuỷ" not in out


def test_short_fragment_with_explicit_encoding() -> None:
    assert legacy_to_unicode("Hµ Néi", "tcvn3") == "Hà Nội"


def test_unknown_encoding_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="không được hỗ trợ"):
        legacy_to_unicode(TCVN3, "koi8-r")
