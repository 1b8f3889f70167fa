"""Fourth-round wording (tagger 1.4): beneficiaries are not exemplary people, policy categories, loan adverts,
scams and work abroad named by country. Sentences written for these tests, not taken from any split."""

from __future__ import annotations

from lantoa.schema import Person, Tags
from nlp.exemplary import select_exemplary
from nlp.tagger import tag


def _tag(title: str, text: str, sapo: str = "") -> Tags:
    return tag({"title": title, "sapo": sapo, "text": text})


def test_a_household_given_a_programme_house_is_not_an_exemplary_person() -> None:
    tags = _tag(
        "Nhà mới cho hộ nghèo thôn Bến Đò",
        "Căn nhà của bà Trương Thị Mến ở thôn Bến Đò được xây xong từ chương trình xóa nhà tạm, nhà dột nát. "
        "Bà Trương Thị Mến năm nay bảy mươi tuổi, sống một mình, trước ở trong căn nhà tranh xiêu vẹo.\n\n"
        "Gia đình bà được xét hỗ trợ 50 triệu đồng. “Có nhà rồi, tôi mừng lắm”, bà Mến nói trong ngày nhận nhà.",
    )
    assert tags.story_type == "poverty_model"
    assert "housing" in tags.model_types
    assert tags.people == []


def test_a_household_running_a_livelihood_stays_exemplary() -> None:
    tags = _tag(
        "Thoát nghèo nhờ nuôi dê",
        "Chị Lường Thị Nga vay 40 triệu đồng của Ngân hàng Chính sách xã hội, mua dê giống về nuôi. "
        "Đến nay đàn dê của chị Nga đã lên 50 con, gia đình chị vươn lên thoát nghèo.",
    )
    assert [p.name for p in tags.people] == ["Lường Thị Nga"]


def test_a_patient_quoted_in_a_good_deed_is_not_exemplary_but_the_doctor_is() -> None:
    people = [Person(name="Đỗ Văn Hiếu"), Person(name="Kha Thị Lan")]
    text = (
        "Bác sĩ mổ mắt cho người nghèo\n\nBác sĩ Đỗ Văn Hiếu mổ mắt không lấy tiền cho hơn 200 người nghèo.\n\n"
        "Bác sĩ Đỗ Văn Hiếu còn khám cho bà con ở xã biên giới. Bà Kha Thị Lan, 80 tuổi, xúc động: "
        "“Giờ tôi nhìn rõ rồi, cảm ơn bác sĩ”."
    )
    kept = select_exemplary(
        people, text, 35, story_type="good_deed", model_types=["health_support", "volunteering"]
    )
    assert [p.name for p in kept] == ["Đỗ Văn Hiếu"]


def test_beneficiary_rule_reads_actions_not_passives_or_child_raising() -> None:
    text = (
        "Mái nhà mới\n\nNhà của ông Lê Văn Tâm được xây lại trước mùa lũ.\n\n"
        "Ông Lê Văn Tâm một mình nuôi hai con nhỏ, sống trong căn nhà tạm."
    )
    people = [Person(name="Lê Văn Tâm")]
    assert select_exemplary(people, text, 14, story_type="poverty_model", model_types=["housing"]) == []
    # A livelihood ("nuôi hai con bò") is an action: kept.
    text2 = text.replace("nuôi hai con nhỏ", "nuôi hai con bò sinh sản")
    kept = select_exemplary(people, text2, 14, story_type="poverty_model", model_types=["housing"])
    assert [p.name for p in kept] == ["Lê Văn Tâm"]
    # Without story and model types (older callers) nothing changes.
    assert select_exemplary(people, text, 14) == people


def test_no_exemplary_people_on_an_article_that_is_not_relevant() -> None:
    people = [Person(name="Vũ Văn Quý")]
    assert select_exemplary(people, "Tin buồn\n\nÔng Vũ Văn Quý đã qua đời.", 10, story_type="other") == []


def test_a_policy_for_households_that_recently_escaped_poverty_is_policy_news() -> None:
    tags = _tag(
        "Hỗ trợ học phí cho con em hộ mới thoát nghèo",
        "Theo nghị quyết HĐND tỉnh vừa thông qua, học sinh là người thuộc hộ nghèo, hộ cận nghèo và hộ mới "
        "thoát nghèo được hỗ trợ 100% học phí từ ngân sách tỉnh. Nghị quyết có hiệu lực từ năm học tới.",
    )
    assert tags.story_type == "policy_news"


def test_a_consumer_loan_advert_and_a_scam_warning_are_not_relevant() -> None:
    advert = _tag(
        "Vay nhanh không cần thế chấp",
        "Công ty tài chính XYZ cho vay tiêu dùng tín chấp đến 80 triệu đồng, lãi suất ưu đãi, hồ sơ đơn giản. "
        "Gọi ngay tổng đài để được tư vấn.",
    )
    scam = _tag(
        "Cảnh giác tin nhắn mời vay vốn ưu đãi",
        "Công an huyện cảnh báo thủ đoạn giả danh nhân viên ngân hàng mời vay vốn ưu đãi cho hộ nghèo rồi đòi "
        "chuyển phí. Một phụ nữ đã bị lừa 20 triệu đồng.",
    )
    assert advert.story_type == "other"
    assert scam.story_type == "other"


def test_work_abroad_named_by_country_is_labour_export() -> None:
    tags = _tag(
        "Từ xứ Hàn trở về mở xưởng",
        "Năm 2019, anh Nông Văn Lực ký hợp đồng sang Hàn Quốc làm công nhân đóng tàu. Sau bốn năm, anh mang "
        "vốn về quê mở xưởng cơ khí, gia đình thoát nghèo.",
    )
    assert "job_placement_labor_export" in tags.model_types
