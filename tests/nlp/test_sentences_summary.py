"""Sentence splitting and key-sentence selection (datelines and boilerplate are skipped)."""

from __future__ import annotations

import nlp
from nlp.sentences import split_sentences
from nlp.summary import clean_sentence, is_boilerplate


def test_split_keeps_abbreviations_and_quotes() -> None:
    sents = [
        s.text
        for s in split_sentences('TP. Huế có 45 hộ thoát nghèo. Bà nói: "Tốt quá!" Rồi đi.\n\nĐoạn hai.')
    ]
    assert sents == ["TP. Huế có 45 hộ thoát nghèo.", 'Bà nói: "Tốt quá!"', "Rồi đi.", "Đoạn hai."]


def test_split_does_not_break_decimal_numbers() -> None:
    assert len(split_sentences("Tỷ lệ hộ nghèo còn 3.2 phần trăm và 1,5 tỷ đồng.")) == 1


def test_dateline_is_removed_and_boilerplate_detected() -> None:
    assert (
        clean_sentence("LÀO CAI - Năm 2019, gia đình chị vẫn nghèo.") == "Năm 2019, gia đình chị vẫn nghèo."
    )
    assert (
        clean_sentence("(Baolaocai) - Năm 2019, gia đình chị vẫn nghèo.")
        == "Năm 2019, gia đình chị vẫn nghèo."
    )
    assert is_boilerplate("Ảnh: Thu Hà")
    assert is_boilerplate("Xem thêm các tin khác về giảm nghèo ở đây")
    assert not is_boilerplate("Được vay 50 triệu đồng, chị mua 2 con bò sinh sản về nuôi.")


def test_summary_prefers_sentences_with_the_model_and_figures() -> None:
    tags = nlp.tag(
        {
            "title": "Thoát nghèo nhờ nuôi bò sinh sản",
            "text": "HÀ TĨNH - Xã có nhiều đổi thay trong những năm gần đây.\n\nĐược vay 50 triệu đồng từ Ngân hàng "
            "Chính sách xã hội, chị Nguyễn Thị Lan mua 2 con bò sinh sản về nuôi.\n\nThời tiết năm nay khá thuận lợi "
            "cho bà con trong xã.\n\nẢnh: Thu Hà",
        }
    )
    assert 1 <= len(tags.summary) <= 3
    assert tags.summary[0].startswith("Được vay 50 triệu đồng")
    assert all(not s.startswith(("Ảnh", "HÀ TĨNH")) for s in tags.summary)
