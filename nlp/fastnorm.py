"""A faster equivalent of ``lantoa.text.normalize`` for long texts (tone fixing only where needed)."""

from __future__ import annotations

import re
import unicodedata

from lantoa.text import normalize_tone_marks

# Same character classes as lantoa.text.normalize.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_MANY_BLANK_LINES = re.compile(r"\n\s*\n+")
_ZERO_WIDTH = re.compile("[\u200c\u200d\u2060\ufeff\u00ad]")
# Words whose tone mark may sit on the other vowel of "oa", "oe", "uy" (hoà, thuỷ, hòang): only
# these can be changed by normalize_tone_marks, so only these are passed to it.
_TONED_A_E = "àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ"
_TONED_Y = "ỳýỷỹỵỲÝỶỸỴ"
_TONED_O = "òóỏõọÒÓỎÕỌ"
_TONED_U = "ùúủũụÙÚỦŨỤ"
_CANDIDATE = re.compile(
    rf"[^\W\d_]*(?:[oO][{_TONED_A_E}]|[uU][{_TONED_Y}]|[{_TONED_O}][aAeE]|[{_TONED_U}][yY])[^\W\d_]*"
)


def _fix(match: re.Match[str]) -> str:
    return normalize_tone_marks(match.group(0))


def normalize(text: str) -> str:
    """Same result as :func:`lantoa.text.normalize` (a test checks it), several times faster."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CANDIDATE.sub(_fix, text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return unicodedata.normalize("NFC", text.strip())


def normalize_inline(text: str) -> str:
    """Same result as :func:`lantoa.text.normalize_inline`."""
    return " ".join(normalize(text).split())
