"""Parse numbers written the Vietnamese way: "1.500" (thousands dot), "3,2" (decimal comma), "hai"."""

from __future__ import annotations

import re
from typing import Final

#: A written number: digits with "." thousands groups and/or a "," decimal part, or plain digits.
NUMBER_RE: Final = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"

_WORDS: Final = {
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
_SCALES: Final = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_THOUSANDS: Final = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")


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


# --------------------------------------------------------------------------- numbers written in words
#: Digits as words. "tư" (4), "mốt" (1) and "lăm"/"nhăm" (5) are unit forms used only after "mươi"/"mười".
_DIGIT_WORDS: Final = {k: v for k, v in _WORDS.items() if v < 10 and k != "tư"}
_UNIT_AFTER_TEN: Final = {**{k: v for k, v in _DIGIT_WORDS.items() if k != "năm"}, "lăm": 5, "nhăm": 5}
_UNIT_AFTER_TENS: Final = {**_UNIT_AFTER_TEN, "mốt": 1, "tư": 4}
#: Digits that may end a number in the short form ("trăm hai" 120, "một tỷ hai" 1.2e9): not "một" ("sáu triệu
#: một tháng" is six million a month) nor "năm" ("một nghìn năm" is a thousand years).
_SHORT_DIGITS: Final = {k: v for k, v in _DIGIT_WORDS.items() if k not in ("một", "năm")}
#: Multipliers above the hundreds, and their values.
_SCALE_WORDS: Final = _SCALES
#: The scale words ("nghìn", "triệu", "tỷ"…).
SCALE_WORDS: Final = frozenset(_SCALE_WORDS)
#: Every word that can be part of a number written in words (the digits' own forms included).
NUMBER_WORDS: Final = frozenset(
    [
        *_DIGIT_WORDS,
        *_UNIT_AFTER_TENS,
        "mười",
        "mươi",
        "chục",
        "trăm",
        "không",
        "linh",
        "lẻ",
        "rưỡi",
        *_SCALE_WORDS,
    ]
)


def _digit_token(word: str) -> float | None:
    if not word or not word[0].isdigit():
        return None
    try:
        return parse_number(word)
    except ValueError:
        return None


class _Reader:
    """Reads one number from the front of a list of lower-case words (see :func:`parse_number_words`)."""

    __slots__ = ("i", "words")

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.i = 0

    def peek(self, k: int = 0) -> str:
        j = self.i + k
        return self.words[j] if j < len(self.words) else ""

    def tens(self, allow_bare: bool) -> int | None:
        """ "mười [u]", "D mươi [u]", "D chục", "chục" (``allow_bare``) or a single digit "D"; None if none."""
        w = self.peek()
        if w == "mười":
            self.i += 1
            unit = _UNIT_AFTER_TEN.get(self.peek())
            if unit is not None and not self._more_after(1, tens=True):
                self.i += 1
                return 10 + unit
            return 10
        if w == "chục" and allow_bare:
            self.i += 1
            return 10
        d = _DIGIT_WORDS.get(w)
        if d is None:
            return None
        nxt = self.peek(1)
        if nxt == "mươi" and d >= 2:
            self.i += 2
            unit = _UNIT_AFTER_TENS.get(self.peek())
            if unit is not None and not self._more_after(1, tens=True):
                self.i += 1
                return d * 10 + unit
            return d * 10
        if nxt == "chục":
            self.i += 2
            return d * 10
        self.i += 1
        return d

    def _more_after(self, k: int, tens: bool) -> bool:
        """Whether the word ``k`` ahead is followed by "mươi"/"trăm" (so it starts a group of its own)."""
        return tens and self.peek(k + 1) in ("mươi", "trăm", "chục")

    def group(self, after_scale: bool) -> tuple[float, float] | None:
        """A number below one thousand, or a number in digits; returns (value, unit of its last word):
        the unit is what a trailing "rưỡi" halves and a trailing bare digit ("trăm hai") tenths."""
        start = self.i
        w = self.peek()
        digits = _digit_token(w)
        if digits is not None:
            self.i += 1
            return digits, 1.0
        hundreds: int | None = None
        if w == "trăm" and not after_scale:
            self.i += 1
            hundreds = 1
        elif w == "không" and after_scale and self.peek(1) == "trăm":
            self.i += 2
            hundreds = 0
        elif w in _DIGIT_WORDS and self.peek(1) == "trăm":
            hundreds = _DIGIT_WORDS[w]
            self.i += 2
        if hundreds is None:
            tens = self.tens(allow_bare=not after_scale)
            if tens is None:
                self.i = start
                return None
            return float(tens), (10.0 if self.words[self.i - 1] == "chục" else 1.0)
        value = hundreds * 100
        w = self.peek()
        if w in ("linh", "lẻ") and self.peek(1) in _DIGIT_WORDS:
            self.i += 2
            return float(value + _DIGIT_WORDS[self.words[self.i - 1]]), 1.0
        if w == "mười" or (w in _DIGIT_WORDS and self.peek(1) in ("mươi", "chục")):
            tens = self.tens(allow_bare=False)
            return float(value + (tens or 0)), 1.0
        if value == 0:  # "không trăm" must go on
            self.i = start
            return None
        return float(value), 100.0


def parse_number_words(words: list[str]) -> tuple[float, int] | None:
    """The number written in words at the front of ``words`` (lower case, no punctuation): its value
    and how many words it takes, or None when the words do not start with a number.

    Standard readings ("hai mươi mốt" 21, "hai mươi tư" 24, "mười lăm" 15, "một trăm linh năm" 105,
    "một nghìn không trăm năm mươi" 1050, "hai tỷ năm trăm triệu" 2.5e9, "một nghìn hai trăm tỷ" 1.2e12),
    tens as "chục" ("ba chục" 30, "chục triệu" 1e7), a half after a multiplier ("trăm rưỡi" 150, "hai
    triệu rưỡi" 2.5e6), the short form with a last digit in tenths of the multiplier before it ("một tỷ
    hai" 1.2e9, "1 tỷ 2", "trăm hai" 120) and digits mixed with words ("1,2 tỉ", "18 tỷ 700 triệu").
    The longest reading is taken; "năm" after "mười"/"mươi" ("hai mươi năm" is twenty years) and a lone
    "mươi" are not read.
    """
    r = _Reader(words)
    parts: list[tuple[float, float]] = []  # (value, scale) of the groups closed by a scale word
    section: float | None = None  # the group being read
    unit = 1.0  # unit of the last word read ("trăm" 100, a scale word its value)
    consumed = 0
    before_section = 0  # words read before the current group (a group a bad scale follows is dropped)
    first = True
    while True:
        mark = r.i
        if section is None:
            g = r.group(after_scale=not first)
            if g is None:
                break
            section, unit = g
            first = False
            consumed = r.i
            continue
        w = r.peek()
        scale = _SCALE_WORDS.get(w)
        if scale is not None:
            smaller = [p for p in parts if p[1] < scale]
            mixed = len(smaller) != len(parts) and smaller
            repeated = not smaller and parts and parts[-1][1] <= scale
            # Only thousands multiply a larger scale ("một nghìn hai trăm tỷ" 1.2e12).
            raised = smaller and len(smaller) == len(parts) and max(s for _, s in smaller) > 1e3
            if mixed or repeated or raised:
                # "hai triệu ba tỷ" (out of order), "hai triệu ba triệu" (twice): the number is "hai triệu"
                section = None
                consumed = before_section
                break
            chunk = section + sum(v for v, _ in smaller)
            parts = [p for p in parts if p[1] >= scale] + [(chunk * scale, scale)]
            section = None
            unit = scale
            r.i += 1
            consumed = r.i
            # A half ("triệu rưỡi") or a last digit in tenths ("tỷ hai", "1 tỷ 2") ends the number.
            if _close_short_form(r, parts, scale):
                consumed = r.i
                break
            before_section = r.i
            if r.peek() in _SCALE_WORDS:  # "năm mươi nghìn tỷ": the next scale multiplies this one
                section = 0.0
                continue
            g = r.group(after_scale=True)
            if g is None:
                r.i = consumed
                break
            section, unit = g
            # After a scale word, a group with no hundreds ("hai tỷ ba triệu") needs a scale word after it:
            # at the end the reading says "không trăm" ("một triệu không trăm năm mươi"), and "hai trăm
            # triệu năm" is not 200 000 005.
            if "trăm" not in r.words[before_section : r.i] and r.peek() not in _SCALE_WORDS:
                section = None
                r.i = consumed
                break
            consumed = r.i
            continue
        if w == "rưỡi" and unit >= 10 and section is not None:
            section += unit / 2  # "trăm rưỡi" 150; a scale may follow ("trăm rưỡi triệu")
            unit = 1.0
            r.i += 1
            consumed = r.i
            continue
        if unit == 100 and section is not None and w in _SHORT_DIGITS and not _continues(r, 1):
            section += _SHORT_DIGITS[w] * 10  # "trăm hai" = 120
            r.i += 1
            consumed = r.i
            break
        r.i = mark
        break
    if first:
        return None
    total = sum(v for v, _ in parts) + (section or 0.0)
    r.i = consumed
    if total <= 0:
        return None
    return total, consumed


def _continues(r: _Reader, k: int) -> bool:
    """Whether the word ``k`` ahead goes on into more of the number."""
    return r.peek(k) in NUMBER_WORDS or _digit_token(r.peek(k)) is not None


def _close_short_form(r: _Reader, parts: list[tuple[float, float]], scale: float) -> bool:
    w = r.peek()
    if w == "rưỡi":
        value, s = parts[-1]
        parts[-1] = (value + scale / 2, s)
        r.i += 1
        return True
    digit = _SHORT_DIGITS.get(w)
    if digit is None and len(w) == 1 and w.isdigit() and w not in "01":
        digit = int(w)
    if digit is not None and not _continues(r, 1) and scale >= 1e3:
        value, s = parts[-1]
        parts[-1] = (value + digit * scale / 10, s)
        r.i += 1
        return True
    return False
