"""Parse numbers written the Vietnamese way: "1.500" (thousands dot), "3,2" (decimal comma), "hai"."""

from __future__ import annotations

import re

#: A written number: digits with "." thousands groups and/or a "," decimal part, or plain digits.
NUMBER_RE = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"

_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "chục": 10,
    "trăm": 100,
}
_SCALES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")


def number_words() -> dict[str, int]:
    """Vietnamese number words understood by :func:`parse_number` (một … mười, chục, trăm)."""
    return dict(_WORDS)


def scale_words() -> dict[str, float]:
    """Multipliers: nghìn/ngàn, triệu, tỷ/tỉ."""
    return dict(_SCALES)


def parse_number(written: str) -> float:
    """Value of one written number: "1.500" → 1500, "1,5" → 1.5, "3.2" → 3.2, "hai" → 2.

    Raises ``ValueError`` for anything else.
    """
    s = written.strip().lower()
    if s in _WORDS:
        return float(_WORDS[s])
    if not s or not s[0].isdigit():
        raise ValueError(f"not a number: {written!r}")
    if _THOUSANDS.match(s):
        whole, _, frac = s.partition(",")
        return float(whole.replace(".", "") + ("." + frac if frac else ""))
    if "," in s and "." not in s:
        whole, frac = s.split(",", 1)
        if frac.isdigit() and whole.isdigit():
            return float(f"{whole}.{frac}")
    if s.count(".") == 1 and s.replace(".", "").isdigit():
        return float(s)  # "3.2" written with a decimal point
    if s.isdigit():
        return float(s)
    raise ValueError(f"not a number: {written!r}")
