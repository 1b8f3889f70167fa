"""Vietnamese text normalisation and diacritic folding shared by crawlers, NLP and search.

* :func:`normalize` gives the display/index form: NFC, one tone-mark placement
  ("hòa", "thủy", "khỏe"; never "hoà", "thuỷ", "khoẻ"), tidy whitespace and quotes.
* :func:`fold` gives the secondary match key: no diacritics, đ→d, lower case. On NFC
  input it preserves length exactly, so offsets found in folded text are offsets in
  the original (the highlighter relies on this).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONE_MARKS = {
    "\u0300",  # huyền
    "\u0301",  # sắc
    "\u0303",  # ngã
    "\u0309",  # hỏi
    "\u0323",  # nặng
}
_SYLLABLE = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_MANY_BLANK_LINES = re.compile(r"\n\s*\n+")
_ZERO_WIDTH = re.compile("[\u200c\u200d\u2060\ufeff\u00ad]")
# Final consonants of a Vietnamese syllable, in folded lower case.
_FINALS = ("ch", "nh", "ng", "c", "m", "n", "p", "t")


def _split_tone(syllable: str) -> tuple[str, str | None, int]:
    """Return (syllable without tone, tone mark, index of the vowel that carried it)."""
    decomposed = unicodedata.normalize("NFD", syllable)
    tone = None
    letters: list[str] = []
    tone_index = -1
    for ch in decomposed:
        if ch in _TONE_MARKS:
            tone = ch
            tone_index = len(letters) - 1
            continue
        if unicodedata.combining(ch):
            letters[-1] = letters[-1] + ch
        else:
            letters.append(ch)
    bare = "".join(unicodedata.normalize("NFC", x) for x in letters)
    return bare, tone, tone_index


def _place_tone(bare: str, tone: str, index: int) -> str:
    chars = list(bare)
    chars[index] = unicodedata.normalize("NFC", chars[index] + tone)
    return "".join(chars)


def _fix_syllable(match: re.Match[str]) -> str:
    syllable = match.group(0)
    if len(syllable) < 2 or len(syllable) > 8:
        return syllable
    bare, tone, tone_index = _split_tone(syllable)
    if tone is None or len(bare) != len(syllable):
        return syllable
    key = fold(bare)
    # "oa", "oe", "uy" as the whole nucleus at the end of the syllable: tone on the
    # first vowel (hòa, khỏe, thủy). "qu" + "y" is a consonant plus vowel (quý).
    for pair in ("oa", "oe", "uy"):
        if key.endswith(pair) and not (pair == "uy" and key.endswith("quy")):
            first = len(bare) - 2
            if tone_index == first + 1:
                return _place_tone(bare, tone, first)
            return syllable
    # With a final consonant the tone sits on the second vowel (hoàng, thuyết, khoẻ→ n/a).
    for pair in ("oa", "oe", "uy"):
        for final in _FINALS:
            if key.endswith(pair + final):
                second = len(bare) - len(final) - 1
                if tone_index == second - 1 and not (pair == "uy" and key.endswith("qu" + "y" + final)):
                    return _place_tone(bare, tone, second)
                return syllable
    return syllable


def normalize_tone_marks(text: str) -> str:
    """Put tone marks in one place: hoà→hòa, thuỷ→thủy, khoẻ→khỏe (input must be NFC)."""
    return _SYLLABLE.sub(_fix_syllable, text)


# Only words with a toned vowel next to "oa", "oe", "uy" can change, so only those are
# looked at: several times faster on long texts than checking every syllable.
_TONED_A_E = "àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ"
_TONED_Y = "ỳýỷỹỵỲÝỶỸỴ"
_TONED_O = "òóỏõọÒÓỎÕỌ"
_TONED_U = "ùúủũụÙÚỦŨỤ"
_PAIR = re.compile(rf"[oO][{_TONED_A_E}]|[uU][{_TONED_Y}]|[{_TONED_O}][aAeE]|[{_TONED_U}][yY]")


def _fix_candidates(text: str) -> str:
    """Apply :func:`normalize_tone_marks` to the words around each candidate vowel pair only."""
    out: list[str] = []
    pos = 0
    for match in _PAIR.finditer(text):
        start, end = match.start(), match.end()
        if start < pos:
            continue
        while start > pos and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        out.append(text[pos:start])
        out.append(normalize_tone_marks(text[start:end]))
        pos = end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def normalize(text: str) -> str:
    """Display/index form of Vietnamese text; idempotent."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _fix_candidates(text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return unicodedata.normalize("NFC", text.strip())


def normalize_inline(text: str) -> str:
    """:func:`normalize` for one-line fields (titles, names): newlines become spaces."""
    return " ".join(normalize(text).split())


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x2000):
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        base = base.replace("đ", "d").replace("Đ", "D").lower()
        if len(base) == 1 and base != ch:
            table[code] = base
    for code in range(0x1E00, 0x1F00):  # Latin Extended Additional: ạ, ả, ấ, ...
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)).lower()
        if len(base) == 1:
            table[code] = base
    table[ord("đ")] = "d"
    table[ord("Đ")] = "d"
    # Combining marks left over in non-NFC input are dropped by normalize() first;
    # here they fold to themselves so length stays the same.
    return table


def fold(text: str) -> str:
    """Secondary match key: no diacritics, đ→d, lower case; same length as NFC input."""
    return text.translate(_fold_table())


def has_diacritics(text: str) -> bool:
    return fold(text) != text.lower()


def fold_normalized(text: str) -> str:
    """Fold after normalising (for matching raw, untrusted text)."""
    return fold(normalize(text))
