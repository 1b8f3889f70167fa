"""The fast fold (list table), whole-text space tidying and lower_for_matching give exactly what
the simple definitions give."""

from __future__ import annotations

import random
import re
import re._casefix
import unicodedata

import pytest

from lantoa import text as kernel
from lantoa.text import fold, lower_for_matching, normalize

_VIETNAMESE_LOWER = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxy" + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
_LETTERS = sorted(set(_VIETNAMESE_LOWER + "abcdefghijklmnopqrstuvwxyz"))


def _reference_fix_candidates(text: str) -> str:
    """The tone fix on the words around each vowel pair found by a scan for :data:`kernel._PAIR`."""
    out: list[str] = []
    pos = 0
    for match in kernel._PAIR.finditer(text):
        start, end = match.start(), match.end()
        if start < pos:
            continue
        while start > pos and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        out.append(text[pos:start])
        out.append(kernel.normalize_tone_marks(text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _reference_normalize(text: str) -> str:
    """normalize() spelled out: pair scan for the tone fix, spaces tidied line by line."""
    text = unicodedata.normalize("NFC", text)
    text = kernel._ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _reference_fix_candidates(text)
    lines = [kernel._SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = kernel._MANY_BLANK_LINES.sub("\n\n", "\n".join(lines))
    return unicodedata.normalize("NFC", text.strip())


def test_fold_equals_the_dict_table_for_every_character() -> None:
    table = kernel._fold_table()
    text = "".join(chr(c) for c in range(0x2300)) + "😀中文\U00010000\ufeff"
    assert fold(text) == text.translate(table)
    assert len(fold(text)) == len(text)


def test_normalize_equals_the_line_by_line_definition_on_random_text() -> None:
    alphabet = [
        *"aoeuyAOEUY hnqgt.,;–“”ăâđơưĐ",
        *"àáảãạèéẻẽẹòóỏõọùúủũụỳýỷỹỵ",
        "\u0300",
        "\u0301",
        "\u0323",
        "\t",
        "\n",
        "\r",
        "\u00a0",
        "\u2003",
        "\u200b",
        "\u200c",
        "\x0c",
        "\x1c",
        "\u2028",
        "\u3000",
        "  ",
    ]
    rng = random.Random(20251127)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert normalize(text) == _reference_normalize(text), repr(text)


@pytest.mark.parametrize(
    "text",
    ["a \n b", " \u00a0x\t\ty \n\n\n\n z\u3000", "dòng\x0c\ncuối\x0c", "\u200b a \u200b", "một  hai\n ba "],
)
def test_space_tidying_on_tricky_whitespace(text: str) -> None:
    assert normalize(text) == _reference_normalize(text)


def _ignorecase_chars() -> list[str]:
    extras = set(re._casefix._EXTRA_CASES) | {c for v in re._casefix._EXTRA_CASES.values() for c in v}
    blocks = [*range(0x0000, 0x0600), *range(0x1E00, 0x2200), *range(0xA640, 0xA6A0), *range(0xFB00, 0xFB50)]
    return [chr(c) for c in sorted(set(blocks) | extras)]


def test_lower_for_matching_agrees_with_ignorecase_wherever_it_is_used() -> None:
    patterns = {letter: re.compile(re.escape(letter), re.IGNORECASE) for letter in _LETTERS}
    checked = 0
    for char in _ignorecase_chars():
        low = lower_for_matching(char)
        if low is None:
            continue
        checked += 1
        for letter, pattern in patterns.items():
            assert (pattern.fullmatch(char) is not None) == (low == letter), (hex(ord(char)), letter)
    assert checked > 2000


def test_lower_for_matching_refuses_text_it_cannot_stand_in_for() -> None:
    assert lower_for_matching("Xã Tân Lập, HUYỆN LỘC NINH") == "xã tân lập, huyện lộc ninh"
    assert lower_for_matching("İstanbul") is None  # lowering changes the length
    assert lower_for_matching("thoát nghèo ı") is None  # IGNORECASE matches "ı" with "i"
    assert lower_for_matching("ſau") is None


def test_pair_set_holds_exactly_the_two_letter_strings_the_pair_pattern_matches() -> None:
    # _fix_candidates checks each hit of the superset scan against this set instead of _PAIR
    letters = {c for c in map(chr, range(0x3000)) if kernel._PAIR_SUPERSET.match(c + "a") or c in "aAeEyY"}
    letters |= set(kernel._TONED_A_E + kernel._TONED_Y)
    matched = {a + b for a in letters for b in letters if kernel._PAIR.fullmatch(a + b)}
    assert matched == kernel._PAIRS
    assert all(kernel._PAIR_SUPERSET.fullmatch(p) for p in kernel._PAIRS)
