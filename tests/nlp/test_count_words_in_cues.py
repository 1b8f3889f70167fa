"""Model cues with a count inside read counts written in words as they read digits."""

from __future__ import annotations

import pytest

import nlp


@pytest.mark.parametrize(
    "count",
    ["30", "ba mươi", "hơn ba mươi", "một trăm linh năm", "hai trăm rưỡi"],
)
def test_a_livestock_cue_with_a_count_in_words(count: str) -> None:
    text = f"Gia đình chị Lan nuôi {count} con bò, năm ngoái đã thoát nghèo nhờ vốn vay."
    assert "livestock" in nlp.tag({"title": "Tin địa phương", "text": text}).model_types, count


def test_counts_in_words_give_the_same_model_types_as_digits() -> None:
    for words, digits in (("ba mươi", "30"), ("một trăm linh năm", "105"), ("hai trăm rưỡi", "250")):
        tagged = [
            nlp.tag(
                {"title": "Tin địa phương", "text": f"Hội viên nuôi {count} con dê và vay vốn làm chuồng."}
            )
            for count in (words, digits)
        ]
        assert tagged[0].model_types == tagged[1].model_types, (words, tagged[0].model_types)
