"""Fifth round: figures written in words, people quoted for their role, and cue wording that generalises.

Every sentence here is written for the test (none is copied from a blind split)."""

from __future__ import annotations

import pytest

from lantoa.schema import Person
from nlp.exemplary import select_exemplary
from nlp.figures import extract_figures
from nlp.pipeline import WORDS_KEY, get_pipeline, make_doc_and_tokens
from nlp.tagger import tag


def _figs(text: str) -> list[tuple[str, float, str]]:
    return [(f.kind, f.value, f.as_written) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chị vay bảy mươi lăm triệu đồng mua bò.", [("money_vnd", 75e6, "bảy mươi lăm triệu đồng")]),
        ("Tổng vốn là một tỷ ba trăm triệu đồng.", [("money_vnd", 1.3e9, "một tỷ ba trăm triệu đồng")]),
        ("Họ góp được 2 tỷ 3, đủ làm cầu.", [("money_vnd", 2.3e9, "2 tỷ 3")]),
        ("Năm ngoái anh lãi gần trăm rưỡi triệu.", [("money_vnd", 150e6, "trăm rưỡi triệu")]),
        ("Mỗi tháng lương bảy triệu rưỡi một tháng.", [("money_vnd", 7.5e6, "bảy triệu rưỡi")]),
        ("Đàn có bốn mươi hai con dê núi.", [("animals", 42, "bốn mươi hai con dê núi")]),
        ("Xã bàn giao hai mươi mốt căn nhà đại đoàn kết.", [("houses", 21, "hai mươi mốt căn nhà")]),
        (
            "Hội trao ba trăm linh năm suất học bổng.",
            [("scholarships", 305, "ba trăm linh năm suất học bổng")],
        ),
        (
            "Năm nay có sáu mươi tư hộ thoát nghèo.",
            [("households_escaped_poverty", 64, "sáu mươi tư hộ thoát nghèo")],
        ),
        ("Thôn còn mười chín hộ nghèo.", [("poor_households", 19, "mười chín hộ nghèo")]),
        ("Anh trồng mười lăm héc-ta quế.", [("land_area_m2", 150000, "mười lăm héc-ta")]),
        ("Ông hiến hai trăm năm mươi mét vuông đất.", [("land_area_m2", 250, "hai trăm năm mươi mét vuông")]),
        ("Trại nuôi mười hai con bò.", [("animals", 12, "mười hai con bò")]),  # not "hai con bò"
    ],
)
def test_figures_written_in_words(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _figs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hàng trăm triệu đồng đã được quyên góp.",  # vague
        "Vài chục con bò bị bệnh.",  # vague
        "Các cháu không lấy một đồng nào.",  # not an amount
        "Mười năm qua ông làm việc thiện.",  # a span of years
        "Hai mươi năm trước, xóm còn nghèo.",
        "Một trăm năm mươi triệu USD kiều hối.",  # not đồng
        "Lần thứ hai mươi con bò đẻ.",  # an ordinal
        "Lần thứ ba con bò đẻ.",
        "Tháng ba con bò đẻ lứa đầu.",  # a month
        "Tỉnh thu hút hai triệu lượt khách.",  # a count of visitors, not money
    ],
)
def test_no_figure_in_words_that_are_not_one(text: str) -> None:
    assert _figs(text) == []


def test_figures_in_a_list() -> None:
    text = "Kết quả năm 2025:\n- Số hộ thoát nghèo: 126 hộ;\n- Hộ nghèo còn lại: 41;\n- Tỷ lệ hộ nghèo: 3,2%."
    assert _figs(text) == [
        ("households_escaped_poverty", 126, "Số hộ thoát nghèo: 126 hộ"),
        ("poor_households", 41, "Hộ nghèo còn lại: 41"),
        ("poverty_rate", 3.2, "3,2%"),
    ]


def test_inner_figure_of_a_longer_one_is_dropped() -> None:
    assert _figs("Vay 2 tỷ 500 triệu đồng để mua máy.") == [("money_vnd", 2.5e9, "2 tỷ 500 triệu đồng")]


def test_figures_in_words_are_the_same_with_the_docs_words() -> None:
    text = "Xã có hai mươi lăm hộ thoát nghèo,\tba mươi con bò và 1 tỷ 2 vốn. Mười\nhai căn nhà mới; trăm rưỡi triệu."
    doc, _ = make_doc_and_tokens(get_pipeline().vocab, text)
    assert extract_figures(text, words=doc.user_data[WORDS_KEY]) == extract_figures(text)


def test_a_figure_in_words_keeps_its_wording_as_written() -> None:
    [fig] = extract_figures("ĐƯỢC HỖ TRỢ Bốn Mươi Triệu Đồng")
    assert (fig.value, fig.as_written) == (40e6, "Bốn Mươi Triệu Đồng")


TEXT_GOOD_DEED = (
    "Đoàn thanh niên xã dựng lại nhà cho bà con\n\n"
    "Sau trận bão, đoàn viên xã Phú Lộc góp công dựng lại ba căn nhà cho các hộ nghèo.\n\n"
    "Anh Trịnh Quốc Bảo, Bí thư Đoàn xã, cho biết: “Anh em làm liền mười ngày”. "
    "Chị Mai Thị Kiều, người dân trong thôn, nói: “Các em làm không nghỉ”."
)


def test_people_quoted_for_their_role_are_not_exemplary() -> None:
    people = [
        Person(name="Trịnh Quốc Bảo", as_written="Anh Trịnh Quốc Bảo"),
        Person(name="Mai Thị Kiều", as_written="Chị Mai Thị Kiều"),
    ]
    lead_end = TEXT_GOOD_DEED.index("Sau")
    got = select_exemplary(people, TEXT_GOOD_DEED, lead_end, story_type="good_deed", model_types=["housing"])
    assert got == []


def test_a_member_telling_of_her_own_work_is_kept() -> None:
    text = (
        "Hợp tác xã dược liệu\n\nMô hình trồng dược liệu lan rộng.\n\n"
        "Chị Vũ Thị Lụa, thành viên hợp tác xã, cho biết mỗi năm gia đình thu 80 triệu đồng."
    )
    people = [Person(name="Vũ Thị Lụa", as_written="Chị Vũ Thị Lụa")]
    got = select_exemplary(
        people, text, text.index("Mô"), story_type="poverty_model", model_types=["cooperative_value_chain"]
    )
    assert got == people


def test_given_names_are_the_same_person_as_the_full_name() -> None:
    tags = tag(
        {
            "title": "Lớp học của cô giáo về hưu",
            "sapo": "Cô giáo về hưu Đặng Thị Minh Nguyệt mở lớp dạy miễn phí cho trẻ nghèo.",
            "text": "Mười năm nay, cô Minh Nguyệt dạy miễn phí cho học sinh nghèo trong xóm.\n\n"
            "Cô Minh Nguyệt còn vận động học trò cũ góp quỹ khuyến học.",
        }
    )
    assert [p.name for p in tags.people] == ["Đặng Thị Minh Nguyệt"]


def test_remittances_are_no_gift() -> None:
    tags = tag(
        {
            "title": "Hai năm ở Nhật, một cơ ngơi ở quê",
            "text": "Anh Lục Văn Khải ký hợp đồng ba năm sang Nhật Bản làm thợ xây. Mỗi tháng anh gửi tiền về "
            "cho mẹ trả nợ vay đi xuất khẩu lao động, nay gia đình đã thoát nghèo.",
        }
    )
    assert "job_placement_labor_export" in tags.model_types
    assert "charity_donation" not in tags.model_types
    assert "cooperative_value_chain" not in tags.model_types


def test_crops_cut_down_for_a_road_are_no_crop_model() -> None:
    tags = tag(
        {
            "title": "Nhường đất mở đường",
            "text": "Ông Phạm Văn Lực chặt bỏ vườn cao su, hiến sáu trăm mét vuông đất làm đường bê tông cho "
            "thôn, không nhận tiền bồi thường.",
        }
    )
    assert tags.story_type == "good_deed"
    assert "land_donation" in tags.model_types
    assert "crops_aquaculture" not in tags.model_types


def test_valuables_handed_back_and_a_class_in_a_trade() -> None:
    found = tag(
        {
            "title": "Người thợ hồ tốt bụng",
            "text": "Nhặt được chiếc ví có nhiều tiền, anh thợ hồ đã tìm trả chiếc ví cho chủ nhân.",
        }
    )
    assert "returning_lost_property" in found.model_types
    trade = tag(
        {
            "title": "Thoát nghèo nhờ nghề cắt tóc",
            "text": "Theo lớp cắt tóc ba tháng do huyện mở, anh mở tiệm ở chợ xã, mỗi năm thu nhập hơn 100 "
            "triệu đồng, gia đình đã thoát nghèo.",
        }
    )
    assert "vocational_training" in trade.model_types
