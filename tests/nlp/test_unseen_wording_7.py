"""Seventh round (tagger 1.7): wording found missing on blind7, blind8 and blind9, checked on fresh sentences (none of
them is taken from a blind split)."""

from __future__ import annotations

import nlp
from lantoa.schema import Person
from nlp.exemplary import select_exemplary
from nlp.figures import extract_figures
from nlp.tagger import TAGGER_VERSION


def _tag(title: str, text: str, sapo: str = "") -> nlp.tagger.Tags:
    return nlp.tag({"title": title, "sapo": sapo, "text": text})


def _figures(text: str) -> set[tuple[str, float]]:
    return {(f.kind, f.value) for f in extract_figures(text)}


def test_version() -> None:
    assert TAGGER_VERSION == "lantoa-nlp-1.7"


def test_organ_donation_by_a_family_is_a_good_deed() -> None:
    tags = _tag(
        "Ba người bệnh được ghép tạng",
        "Anh Lê Văn Phước qua đời sau tai nạn, gia đình ở huyện Châu Thành đã đồng ý hiến tạng. Gan và hai quả "
        "thận của anh được ghép cho ba người bệnh.",
    )
    assert tags.story_type == "good_deed"


def test_a_wallet_found_and_handed_back_is_a_good_deed_of_its_finder() -> None:
    tags = _tag(
        "Trả lại ví cho khách",
        "Ông Nguyễn Văn Hòa, tài xế taxi ở thị xã Sa Pa, tìm trả chiếc ví có hơn hai mươi triệu đồng mà một khách "
        "du lịch bỏ quên trên xe. Ông không nhận tiền công.",
    )
    assert tags.story_type == "good_deed"
    assert "returning_lost_property" in tags.model_types
    assert [p.name for p in tags.people] == ["Nguyễn Văn Hòa"]


def test_a_budget_session_citing_poverty_statistics_is_not_relevant() -> None:
    tags = _tag(
        "Họp HĐND huyện cuối năm",
        "Kỳ họp thông qua dự toán ngân sách năm 2023 với tổng chi ngân sách hơn ba trăm tỷ đồng. Toàn huyện còn "
        "980 hộ nghèo, tỷ lệ hộ nghèo 5,1%. Đại biểu chất vấn về chợ nông thôn.",
    )
    assert tags.story_type == "other"
    assert not tags.relevant


def test_a_campaign_launched_with_targets_is_policy_news() -> None:
    tags = _tag(
        "Hội Nông dân phát động phong trào thi đua sản xuất giỏi",
        "Theo kế hoạch, mỗi chi hội xây dựng ít nhất một mô hình; hội đặt chỉ tiêu giúp ba trăm hội viên nghèo phát "
        "triển kinh tế, vay vốn chăn nuôi.",
    )
    assert tags.story_type == "policy_news"


def test_a_free_ferry_for_pupils_is_volunteering_and_education_support() -> None:
    tags = _tag(
        "Chuyến đò không lấy tiền",
        "Mười năm nay, bà Trần Thị Lài chèo đò đưa học sinh ấp Tân Hòa qua kênh đến trường, không lấy tiền của ai.",
    )
    assert tags.story_type == "good_deed"
    assert {"volunteering", "education_support"} <= set(tags.model_types)


def test_free_rides_for_the_sick_are_volunteering() -> None:
    tags = _tag(
        "Xe ôm miễn phí cho người bệnh",
        "Anh Võ Minh Tâm chở miễn phí người bệnh nghèo trong xã đi bệnh viện huyện, mỗi tháng vài chục chuyến.",
    )
    assert tags.story_type == "good_deed"
    assert "volunteering" in tags.model_types
    assert [p.name for p in tags.people] == ["Võ Minh Tâm"]


def test_the_pupil_a_collection_is_for_is_no_exemplary_person() -> None:
    tags = _tag(
        "Cả lớp góp tiền chữa bệnh cho bạn",
        "Học sinh lớp 8A và thầy cô quyên góp để em Đoàn Văn Khang mổ tim. Số tiền hơn ba mươi triệu đồng đã được "
        "trao cho gia đình.",
    )
    assert tags.story_type == "good_deed"
    assert "fund_raising" in tags.model_types
    assert tags.people == []


def test_one_poor_household_helped_is_no_figure_but_households_reduced_are_an_escape() -> None:
    assert _figures("Mỗi cán bộ nhận giúp đỡ một hộ nghèo trong thôn.") == set()
    assert _figures("Năm qua huyện giảm được gần một nghìn hộ nghèo.") == {
        ("households_escaped_poverty", 1000)
    }
    assert _figures("Xã giảm được hơn 150 hộ nghèo.") == {("households_escaped_poverty", 150)}
    # A count of poor households in digits is still one.
    assert _figures("Xã còn 1 hộ nghèo.") == {("poor_households", 1)}


def test_an_area_and_a_half_in_words() -> None:
    assert _figures("Gia đình có hai héc-ta rưỡi chè.") == {("land_area_m2", 25000)}


def test_someone_named_once_to_attribute_a_quote_is_a_voice_not_the_subject() -> None:
    tags = _tag(
        "Anh Hạng A Lử nuôi dê trên núi đá",
        "Anh Hạng A Lử ở xã Sủng Là vay năm mươi triệu đồng nuôi dê, nay có bốn mươi con dê, gia đình đã thoát "
        "nghèo. “Nó chịu khó lắm, sáng nào cũng lên núi cắt cỏ”, ông Hạng Chứ Sính, người cùng thôn, nói.",
    )
    assert tags.story_type == "poverty_model"
    assert [p.name for p in tags.people] == ["Hạng A Lử"]


def _people(*names: str) -> list[Person]:
    return [Person(name=n, as_written=n) for n in names]


def test_a_leader_reporting_what_the_collective_did_is_not_exemplary() -> None:
    text = (
        "Nhà mới cho chị công nhân\n\n\n\n"
        "Anh Trần Quốc Bảo, Chủ tịch Công đoàn công ty, cho biết công nhân mỗi người góp một ngày lương để xây nhà "
        "cho chị Lê Thị Hằng. Tổ may của chị Lê Thị Hằng còn góp công phụ hồ."
    )
    kept = select_exemplary(
        _people("Trần Quốc Bảo"),
        text,
        len("Nhà mới cho chị công nhân\n\n\n\n"),
        story_type="good_deed",
        model_types=["housing", "fund_raising"],
    )
    assert kept == []


def test_the_one_honoured_with_an_award_is_not_a_recipient() -> None:
    text = (
        "Trao học bổng cho học trò nghèo\n\nBà Phan Thị Ngọc ở xã Tân Lập trao sáu mươi suất học bổng.\n\n"
        "Ghi nhận việc làm ấy, UBND huyện tặng giấy khen cho bà Ngọc."
    )
    lead_end = text.index("Ghi nhận")
    kept = select_exemplary(
        _people("Phan Thị Ngọc"), text, lead_end, story_type="good_deed", model_types=["education_support"]
    )
    assert [p.name for p in kept] == ["Phan Thị Ngọc"]
