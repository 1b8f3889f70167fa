"""Sixth round (tagger 1.6): wording found missing on blind7 and blind8, checked on fresh sentences (none of them is
taken from a blind split)."""

from __future__ import annotations

import nlp
from nlp.figures import extract_figures
from nlp.people import extract_people
from nlp.tagger import TAGGER_VERSION


def _tag(title: str, text: str, sapo: str = "") -> nlp.tagger.Tags:
    return nlp.tag({"title": title, "sapo": sapo, "text": text})


def test_version() -> None:
    assert TAGGER_VERSION.startswith("lantoa-nlp-1.")  # 1.6 introduced these; 1.7 keeps them


def test_a_gift_of_breeding_animals_by_a_giver_is_a_good_deed_about_livestock() -> None:
    tags = _tag(
        "Quà từ phương xa",
        "Một Việt kiều ở Canada tặng hai mươi lăm con dê giống cho bà con khó khăn trong thôn, mỗi nhà một cặp.",
    )
    assert tags.story_type == "good_deed"
    assert "livestock" in tags.model_types


def test_beekeeping_is_livestock_and_a_crop_grown_before_is_no_livelihood() -> None:
    tags = _tag(
        "Đổi đời nhờ đàn ong",
        "Trước kia nhà anh Sùng A Tủa chỉ trồng ngô trên nương đá. Nay anh giữ tám mươi thùng ong, mỗi năm quay "
        "mật hai vụ, thu hơn bảy mươi triệu đồng, gia đình đã thoát nghèo.",
    )
    assert tags.story_type == "poverty_model"
    assert "livestock" in tags.model_types
    assert "crops_aquaculture" not in tags.model_types


def test_a_household_building_its_own_house_is_no_housing_support() -> None:
    own = _tag(
        "Nuôi heo nái, thoát nghèo",
        "Vay vốn Ngân hàng Chính sách xã hội nuôi heo nái, sau bốn năm chị Lý Thị Nga đã trả hết nợ, dựng nhà mới "
        "và thoát nghèo.",
    )
    assert "housing" not in own.model_types
    given = _tag(
        "Ấm lòng cụ bà neo đơn",
        "Đoàn viên thanh niên xã góp công dựng lại nhà cho cụ bà neo đơn sau trận lốc, không lấy tiền công.",
    )
    assert "housing" in given.model_types


def test_people_carried_to_safety_counted_is_a_rescue() -> None:
    tags = _tag(
        "Đêm trắng giữa dòng lũ",
        "Nước dâng nhanh, anh Hà Văn Quyết chèo thuyền nan trong đêm, cứu được chín người bị kẹt trên gác nhà đưa "
        "lên chỗ cao.",
    )
    assert tags.story_type == "good_deed"
    assert "rescue_lifesaving" in tags.model_types


def test_a_programme_named_as_the_source_of_a_households_benefit_is_a_poverty_model() -> None:
    tags = _tag(
        "Giếng khoan về thôn cát",
        "Từ vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững, bốn mươi hộ ở thôn Bàu Sen đã khoan giếng, lắp "
        "bể lọc. Bà con không còn phải gánh nước từ đầu làng như trước.",
    )
    assert tags.story_type == "poverty_model"
    assert "clean_water_sanitation" in tags.model_types


def test_the_policy_banks_lending_figures_are_policy_news() -> None:
    tags = _tag(
        "Tín dụng chính sách sau khi tổ chức lại bộ máy",
        "Tổng dư nợ các chương trình tín dụng chính sách trên địa bàn đạt hơn tám nghìn tỷ đồng. Chi nhánh duy trì "
        "điểm giao dịch xã mỗi tháng một lần và kiện toàn các tổ tiết kiệm và vay vốn.",
    )
    assert tags.story_type == "policy_news"
    assert "preferential_credit" in tags.model_types


def _money(text: str) -> list[float]:
    return [f.value for f in extract_figures(text) if f.kind == "money_vnd"]


def test_money_whose_currency_was_written_earlier_in_the_sentence() -> None:
    assert _money(
        "Cả dòng họ góp được ba trăm triệu đồng, người ít hai triệu, người khá giả hơn góp cả chục triệu."
    ) == [
        3e8,
        2e6,
        1e7,
    ]
    assert _money("Anh nhận lương tám triệu đồng, gửi về quê cho mẹ bốn triệu rưỡi.") == [8e6, 4.5e6]
    # Another sentence, or a number that does not end its clause, is no amount.
    assert _money("Tổng vốn năm tỷ đồng. Tỉnh có hai triệu.") == [5e9]
    assert _money("Dự án năm tỷ đồng phục vụ hai triệu người dân.") == [5e9]


def test_a_name_introduced_by_age_a_name_ending_in_an_organisation_word_and_an_owner_title() -> None:
    names = [
        p.name for p in extract_people("Ở bản Nậm Có. Vàng A Páo, hai mươi bảy tuổi, về bản mở xưởng mộc.")
    ]
    assert names == ["Vàng A Páo"]
    names = [
        p.name for p in extract_people("Ông Hứa Văn Trường, chủ một xưởng cơ khí, nhận dạy nghề miễn phí.")
    ]
    assert names == ["Hứa Văn Trường"]
    names = [p.name for p in extract_people("Nhiều năm nay, bà chủ quán Lê Thị Hạnh nấu cơm miễn phí.")]
    assert names == ["Lê Thị Hạnh"]
    # A title at the start of the sentence is read with the title, once; places are no people.
    assert [p.name for p in extract_people("Bà Lò Thị Hoa, 32 tuổi, kể lại.")] == ["Lò Thị Hoa"]
    assert extract_people("Hà Nội, 30 tuổi.") == []
