"""Vietnamese text normalisation and diacritic folding shared by crawlers, NLP and search.

* :func:`normalize` gives the display/index form: NFC, one tone-mark placement
  ("hòa", "thủy", "khỏe"; never "hoà", "thuỷ", "khoẻ"), tidy whitespace and quotes.
* :func:`fold` gives the secondary match key: no diacritics, đ→d, lower case. On NFC
  input it preserves length exactly, so offsets found in folded text are offsets in
  the original (the highlighter relies on this).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache
from typing import Any

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


#: Any vowel that can open a pair of :data:`_PAIR` followed by any that can close one. The two
#: sets are disjoint, so scanning for this cheap superset and checking each hit with
#: :data:`_PAIR` finds exactly the pairs :data:`_PAIR` finds, about four times faster.
_PAIR_SUPERSET = re.compile(f"[oOuU{_TONED_O}{_TONED_U}][{_TONED_A_E}{_TONED_Y}aAeEyY]")
#: Every two-character string :data:`_PAIR` matches (it matches exactly two characters), so a hit
#: of :data:`_PAIR_SUPERSET` is checked with a set look-up instead of a second regex match.
_PAIRS = frozenset(
    a + b
    for first, second in (("oO", _TONED_A_E), ("uU", _TONED_Y), (_TONED_O, "aAeE"), (_TONED_U, "yY"))
    for a in first
    for b in second
)
_WORD_FIXES: dict[str, str] = {}


def _fix_word(word: str) -> str:
    """:func:`normalize_tone_marks` of one word, memoised (a few thousand distinct words)."""
    fixed = _WORD_FIXES.get(word)
    if fixed is None:
        if len(_WORD_FIXES) > 50_000:
            _WORD_FIXES.clear()
        fixed = _WORD_FIXES[word] = normalize_tone_marks(word)
    return fixed


def _fix_candidates(text: str) -> str:
    """Apply :func:`normalize_tone_marks` to the words around each candidate vowel pair only."""
    out: list[str] = []
    pos = 0  # the end of the last word looked at
    kept = 0  # the end of the text copied to ``out`` (words that change only are replaced)
    pairs = _PAIRS
    for match in _PAIR_SUPERSET.finditer(text):
        start = match.start()
        if start < pos or match.group() not in pairs:
            continue
        end = match.end()
        while start > pos and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        word = text[start:end]
        fixed = _fix_word(word)
        if fixed != word:
            out.append(text[kept:start])
            out.append(fixed)
            kept = end
        pos = end
    if not out:
        return text
    out.append(text[kept:])
    return "".join(out)


#: Runs of spaces that :data:`_SPACES` would change (anything but one plain space).
_ODD_SPACES = re.compile(
    r"(?: [ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+|[\t\u00a0\u2000-\u200b\u202f\u205f\u3000][ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]*)"
)
#: Whitespace other than a plain space or a newline (or a zero-width space, which becomes a space).
_UNUSUAL_SPACE = re.compile("[^\\S \n]|\u200b")
#: Whitespace at the end of a line or the start of the next one.
_LINE_EDGES = re.compile(r"[^\S\n]*\n[^\S\n]*")


def _tidy_spaces(text: str, printable: bool = False) -> str:
    """One plain space for each run of spaces; no whitespace at either end of a line.

    The same as stripping every line after :data:`_SPACES` (its ``str.strip`` is ``\\s``), done on
    the whole text, and skipped when quick checks show there is nothing to do. ``printable``: the
    caller knows the text is printable apart from its newlines (the check is then skipped).
    """
    # Every whitespace character but the plain space is non-printable, and so is U+200B: text that
    # is printable apart from its newlines holds none of them (a C-speed check, no regex scan).
    unusual = (
        not printable and not text.replace("\n", "").isprintable() and _UNUSUAL_SPACE.search(text) is not None
    )
    if unusual or "  " in text:
        text = _ODD_SPACES.sub(" ", text)
    if unusual or "\n " in text or " \n" in text:
        text = _LINE_EDGES.sub("\n", text)
    return text


def normalize(text: str) -> str:
    """Display/index form of Vietnamese text; idempotent."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    # Zero-width characters and carriage returns are non-printable: text that is printable apart
    # from its newlines (most text) holds none of them, which one C-speed check shows.
    printable = text.replace("\n", "").isprintable()
    if not printable:
        text = _ZERO_WIDTH.sub("", text)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # (tone fixes only swap letters for letters: printable text stays printable)
    text = _fix_candidates(text)
    text = _tidy_spaces(text, printable)
    # After _tidy_spaces only newlines touch a newline, so a run of whitespace holding one is a run
    # of newlines, which _MANY_BLANK_LINES changes only when it has three or more.
    if "\n\n\n" in text:
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


@lru_cache(maxsize=1)
def _fold_list() -> list[str]:
    """:func:`_fold_table` as a list indexed by code point (identity where nothing changes).

    ``str.translate`` looks a list up about twice as fast as a dict; it covers the general
    punctuation block too (“ ” – …), so only rarer characters take the slower miss path
    (an ``IndexError``, which leaves the character unchanged, exactly like a dict miss).
    """
    table = _fold_table()
    return [table.get(code, chr(code)) for code in range(0x2070)]


#: Vietnamese lower-case letters with marks: every one gets a byte in :func:`_byte_fold_tables`.
_VIETNAMESE_MARKED = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
#: Texts at least this long take the byte path of :func:`fold` (shorter ones: ``str.translate``).
_BYTE_FOLD_MIN = 48
#: The characters whose lower case has a byte in :func:`_byte_fold_tables` but that :func:`fold`
#: leaves as they are (Kelvin sign, Ångström sign): texts holding one take ``str.translate``. A
#: test checks every code point.
_FOLD_UNLIKE_LOWER = ("\u212a", "\u212b")


@lru_cache(maxsize=1)
def _byte_fold_tables() -> tuple[Any, bytes, str]:
    """(encoding map, byte fold table, decoding table) for :func:`_fold_bytes`.

    The decoding table gives 256 distinct characters a byte each: ASCII, the Vietnamese letters
    with marks, then Latin-1 and common typography (“ ” – … € →) as the remaining bytes allow,
    each in lower case (bytes of upper-case ASCII letters are free: lowered text holds none).
    The byte fold table maps each byte to the byte of its character's :func:`fold`.
    """
    fold_list = _fold_list()
    unused = "\ufffe"  # (a byte that decodes to nothing)
    chars = [chr(code) for code in range(128)] + [unused] * 128
    free = list(range(ord("A"), ord("Z") + 1)) + list(range(128, 256))
    extra = (
        [chr(code) for code in range(0xA0, 0x100)]
        + list("–—‘’‚“”„•…‰′″‹›€™№→←−")
        + [chr(code) for code in range(0x2010, 0x2028)]
        + [chr(code) for code in range(0x2030, 0x203F)]
        + [chr(code) for code in range(0x100, 0x250)]
    )
    wanted = list(_VIETNAMESE_MARKED) + [c for c in extra if c not in _VIETNAMESE_MARKED]
    slot = {c: code for code, c in enumerate(chars[:128]) if not "A" <= c <= "Z"}
    for c in wanted:
        if not free:
            break
        # lower case only (lowered text holds nothing else), never a sigma (its lower case
        # depends on the next letter), and folding to a character the table holds
        if c.lower() != c or c in "σς" or c in slot:
            continue
        target = c.translate(fold_list)
        if len(target) != 1 or (target != c and target not in slot):
            continue
        code = free.pop(0)
        slot[c] = code
        chars[code] = c
    for code in free:  # upper-case ASCII letters whose byte nothing else took keep it
        if code < 128:
            chars[code] = chr(code)
            slot[chr(code)] = code
    decoding = "".join(chars)
    fold_bytes = bytes(code if c == unused else slot[c.translate(fold_list)] for code, c in enumerate(chars))
    return codecs.charmap_build(decoding), fold_bytes, decoding


def _fold_bytes(text: str) -> str | None:
    """:func:`fold` through bytes, or ``None`` when ``text`` holds a character without a byte.

    ``text`` is lowered (folding lower-cases anyway, and ``fold(c) == fold(c.lower())`` for
    every character whose lower case has a byte but those of :data:`_FOLD_UNLIKE_LOWER`), encoded one
    byte a character with a C charmap, folded with ``bytes.translate`` and decoded: a few C
    passes instead of ``str.translate``'s per-character look-ups, several times faster.
    """
    encoding_map, fold_bytes, decoding = _byte_fold_tables()
    for odd in _FOLD_UNLIKE_LOWER:
        if odd in text:
            return None
    last = _LAST_LOWERED  # the tagger folds the article it has just lowered for matching
    lowered = last[1] if last[1] is not None and last[0] == text else text.lower()
    if len(lowered) != len(text):
        return None  # "İ" lowers to two characters
    try:
        data = codecs.charmap_encode(lowered, "strict", encoding_map)[0]
    except UnicodeEncodeError:
        return None
    return codecs.charmap_decode(data.translate(fold_bytes), "strict", decoding)[0]


def fold(text: str) -> str:
    """Secondary match key: no diacritics, đ→d, lower case; same length as NFC input."""
    if len(text) >= _BYTE_FOLD_MIN:
        folded = _fold_bytes(text)
        if folded is not None:
            return folded
    return text.translate(_fold_list())


#: Characters that ``re.IGNORECASE`` matches against a letter other than their ``str.lower()``
#: ("ı" matches "i", "ſ" matches "s"; Greek and Cyrillic look-alikes), see ``re._casefix``.
_CASE_EXTRAS = re.compile(
    "[\u00b5\u0130\u0131\u017f\u0345\u0370-\u03ff\u0400-\u04ff\u1c80-\u1c88\u1e60\u1e61\u1e9b"
    "\u1f00-\u1fff\u2126\u212a\ua64a\ua64b\ufb05\ufb06]"
)


def lower_for_matching(text: str) -> str | None:
    """``text.lower()`` when it can stand in for ``re.IGNORECASE`` on ``text``, else ``None``.

    A case-sensitive regex whose literals are lower case then matches the lowered text at exactly
    the offsets where its ``re.IGNORECASE`` twin matches ``text`` (several times faster: the regex
    engine can skip ahead on known first characters). It cannot when lowering changes the length
    ("İ" → "i̇") or the text holds a character IGNORECASE treats specially (ı, ſ, Greek, Cyrillic).
    """
    global _LAST_LOWERED
    last = _LAST_LOWERED
    if last[0] == text:
        return last[1]  # the tagger asks twice for the same article (figures, then localities)
    lowered = text.lower()
    low = None if len(lowered) != len(text) or _CASE_EXTRAS.search(lowered) is not None else lowered
    _LAST_LOWERED = (text, low)
    return low


#: The last text given to :func:`lower_for_matching` and its answer.
_LAST_LOWERED: tuple[str, str | None] = ("", "")


@lru_cache(maxsize=1)
def _case_list() -> list[str]:
    """Lower case of exactly the characters :func:`fold` maps (identity elsewhere)."""
    table = _fold_table()
    lowered = [chr(code).lower() for code in range(0x2070)]
    return [low if code in table and len(low) == 1 else chr(code) for code, low in enumerate(lowered)]


def has_diacritics(text: str) -> bool:
    """Whether folding removes marks (or đ) from ``text``, not merely its case.

    Compared with the same case mapping :func:`fold` applies: characters fold leaves alone
    (upper-case Glagolitic, fullwidth Latin...) are not marks.
    """
    return fold(text) != text.translate(_case_list())


def fold_normalized(text: str) -> str:
    """Fold after normalising (for matching raw, untrusted text)."""
    return fold(normalize(text))
