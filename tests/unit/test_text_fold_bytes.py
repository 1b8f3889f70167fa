"""The byte path of :func:`lantoa.text.fold` (long texts) gives exactly what ``str.translate`` with the
fold table gives, for every character and in every context, and steps aside when it cannot."""

from __future__ import annotations

import random

from lantoa import text as kernel
from lantoa.text import fold


def _translate(text: str) -> str:
    return text.translate(kernel._fold_list())


def test_byte_fold_equals_the_table_for_every_code_point_in_context() -> None:
    # Each character alone, after letters, and before a capital sigma (whose lower case depends on
    # what follows): wherever the byte path answers, it answers what the table gives.
    answered = 0
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        c = chr(code)
        for text in (c * 50, "a" * 49 + c, c + "Σ" + "Đa" * 24):
            got = kernel._fold_bytes(text)
            if got is not None:
                answered += 1
                assert got == _translate(text), hex(code)
    # ASCII, the Vietnamese letters (both cases), Latin-1 and common typography take the byte path
    assert answered > 2 * 350


def test_byte_fold_takes_vietnamese_text_and_typography() -> None:
    sample = "Ông Nguyễn Văn Đức – “HỘ NGHÈO” … 2.500 triệu đồng; ĐẮK LẮK, Hòa Bình, thủy lợi € → ½ ° ×"
    assert kernel._fold_bytes(sample) == _translate(sample)
    upper = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
    assert kernel._fold_bytes(upper + upper.lower()) == _translate(upper + upper.lower())
    assert set(kernel._VIETNAMESE_MARKED) <= set(kernel._byte_fold_tables()[2])


def test_byte_fold_steps_aside_for_what_it_cannot_hold() -> None:
    for odd in ("İstanbul " * 10, "北京 " * 30, "KELVIN \u212a " * 10, "ΟΔΟΣ " * 20, "😀 " * 30):
        assert kernel._fold_bytes(odd) is None
        assert fold(odd) == _translate(odd)


def test_fold_of_random_long_texts_equals_the_table() -> None:
    rng = random.Random(5)
    alphabet = [chr(c) for c in range(0x20, 0x250)] + [chr(c) for c in range(0x1E00, 0x1F00)]
    alphabet += list("“”‘’–—…€→\u212a\u2126İΣσς北😀\n\t")
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        assert fold(text) == _translate(text)
        assert len(fold(text)) == len(text)


def test_fold_after_lower_for_matching_reuses_the_lowering_and_gives_the_same() -> None:
    from lantoa.text import lower_for_matching

    rng = random.Random(11)
    alphabet = list("aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠĐÔƠƯ ,.\n“”–") + ["ı", "Σ", "İ"]
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(48, 300)))
        lower_for_matching(text)
        assert fold(text) == _translate(text)
        lower_for_matching(text + "x")  # another text lowered last: not reused for this one
        assert fold(text) == _translate(text)
