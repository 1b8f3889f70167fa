"""People extraction prefers the exemplary people over recipients, bystanders and nicknames."""

from __future__ import annotations

import nlp
from lantoa.schema import Person
from nlp.exemplary import select_exemplary


def _names(doc: dict[str, str]) -> list[str]:
    return [p.name for p in nlp.tag(doc).people]


def test_subject_in_the_sapo_beats_people_named_once_in_the_body() -> None:
    names = _names(
        {
            "title": "Nam sinh cứu hai em nhỏ đuối nước",
            "sapo": "Em Nguyễn Minh Khang (16 tuổi) đã bơi ra cứu hai em nhỏ bị nước cuốn.",
            "text": "Em Hồ Văn Tuấn và em Hồ Thị My bị hụt chân giữa dòng. Khang lao xuống nước, đưa hai em "
            "vào bờ.\n\nĐoàn Thanh niên huyện đã tặng giấy khen cho em Khang.",
        }
    )
    assert names == ["Nguyễn Minh Khang"]


def test_recipients_are_dropped_even_when_named_twice() -> None:
    names = _names(
        {
            "title": "Cán bộ bám bản giúp dân thoát nghèo",
            "sapo": "Mỗi đảng viên giúp đỡ hai hộ nghèo.",
            "text": "Anh Quàng Văn Chiến, cán bộ địa chính xã, đã giúp gia đình ông Lò Văn Xương trồng xoài. "
            "Sau ba năm, gia đình ông Xương thoát nghèo.",
        }
    )
    assert names == ["Quàng Văn Chiến"]


def test_a_southern_nickname_is_not_a_second_person() -> None:
    people = [
        Person(name="Sáu Hiền", as_written="Ông Sáu Hiền"),
        Person(name="Nguyễn Văn Hiền", as_written="ông Nguyễn Văn Hiền"),
    ]
    kept = select_exemplary(
        people, "Ông Sáu Hiền làm giàu\n\nông Nguyễn Văn Hiền (Sáu Hiền) trồng sầu riêng.", 20
    )
    assert [p.name for p in kept] == ["Nguyễn Văn Hiền"]


def test_without_a_clear_subject_everyone_but_recipients_is_kept() -> None:
    people = [
        Person(name="Trần Văn An", as_written="anh Trần Văn An"),
        Person(name="Lê Thị Bình", as_written="chị Lê Thị Bình"),
    ]
    text = "Tiêu đề\n\n\n\nAnh Trần Văn An trồng cam. Anh tặng quà cho chị Lê Thị Bình."
    assert [p.name for p in select_exemplary(people, text, 9)] == ["Trần Văn An"]
    assert select_exemplary(people[:1], text, 9) == people[:1]


def test_people_and_organisation_spans_carry_no_punctuation() -> None:
    tags = nlp.tag(
        {
            "title": "Hợp tác xã nấm giúp người khuyết tật",
            "text": "Theo ông “Nguyễn Văn An”, Hợp tác xã “Tâm An” đã ký hợp đồng với Quỹ “Vì người nghèo”.",
        }
    )
    assert [(p.name, p.as_written) for p in tags.people] == [("Nguyễn Văn An", "ông Nguyễn Văn An")]
    assert "Hợp tác xã Tâm An" in tags.organizations
    assert "Quỹ Vì người nghèo" in tags.organizations
    for org in tags.organizations:
        assert not any(ch in org for ch in '“”"(),.;:')
