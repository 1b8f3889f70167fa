"""People named after titles and organisation names, including the false positives they must avoid."""

from __future__ import annotations

from nlp.organizations import extract_organizations
from nlp.people import extract_people


def _names(text: str) -> list[str]:
    return [p.name for p in extract_people(text)]


def test_names_after_common_titles() -> None:
    text = (
        "Chị Nguyễn Thị Hoa vay vốn. Gia đình anh Hồ Văn Tư có 3 con. Thượng tá Lê Văn Nam đã cứu "
        "cháu Phạm Minh Khang. Cụ Đinh Văn Rết và em Y Moan Niê, bà H'Loan Byă cũng có mặt."
    )
    assert _names(text) == [
        "Nguyễn Thị Hoa",
        "Hồ Văn Tư",
        "Lê Văn Nam",
        "Phạm Minh Khang",
        "Đinh Văn Rết",
        "Y Moan Niê",
        "H'Loan Byă",
    ]


def test_as_written_keeps_the_title() -> None:
    (person,) = extract_people("Gia đình đồng chí Trần Văn Hùng nhận quà.")
    assert person.as_written == "đồng chí Trần Văn Hùng"


def test_place_names_starting_with_a_title_word_are_not_people() -> None:
    text = "Huyện Anh Sơn và tỉnh Bà Rịa - Vũng Tàu; đường Bà Triệu; đảo Cô Tô; bà con xã Tân Hòa."
    assert _names(text) == []


def test_single_syllable_and_positions_are_not_names() -> None:
    assert _names("Anh Hùng cho biết. Đồng chí Phó Chủ tịch UBND tỉnh phát biểu.") == []


def test_officials_introduced_by_position_are_skipped() -> None:
    text = "Ông Trần Văn Bình, Chủ tịch UBND xã Tân Hòa cho biết, chị Lò Thị Ngân đã thoát nghèo."
    assert _names(text) == ["Lò Thị Ngân"]
    assert [p.name for p in extract_people(text, include_officials=True)] == ["Trần Văn Bình", "Lò Thị Ngân"]


def test_organizations_with_levels_and_names() -> None:
    text = (
        "Hội Nông dân xã Tân Hòa phối hợp Ngân hàng Chính sách xã hội (NHCSXH) huyện. Anh là thành viên "
        "Hợp tác xã Nông nghiệp dịch vụ Tân Hòa. Công ty TNHH Minh Phát tặng quà. Đoàn Thanh niên Cộng sản "
        "Hồ Chí Minh huyện Krông Pắc ra quân."
    )
    orgs = extract_organizations(text)
    assert "Hội Nông dân xã Tân Hòa" in orgs
    assert "Ngân hàng Chính sách xã hội" in orgs
    assert "Hợp tác xã Nông nghiệp dịch vụ Tân Hòa" in orgs
    assert "Công ty TNHH Minh Phát" in orgs
    assert "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Krông Pắc" in orgs


def test_generic_heads_alone_are_not_organizations() -> None:
    assert extract_organizations("Công ty đã trao quà. Hợp tác xã là mô hình hay. Các công ty khác.") == []


def test_lowercase_generic_mentions_are_ignored() -> None:
    assert extract_organizations("hội nông dân và hợp tác xã ở địa phương") == []


def test_province_names_after_a_title_word_are_not_people() -> None:
    assert _names("Nông dân Hậu Giang phấn khởi; bà con Đắk Lắk và cô Nguyễn Thị Lan.") == ["Nguyễn Thị Lan"]


def test_names_after_a_dateline_with_a_middle_name_or_an_organisation_word() -> None:
    from nlp.people import extract_people

    assert [p.name for p in extract_people("THANH HÓA - Bà Mai Thị Duyên, người giữ nghề")] == [
        "Mai Thị Duyên"
    ]
    assert [p.name for p in extract_people("Lớp học của thầy Đoàn Văn Nghĩa trên bến")] == ["Đoàn Văn Nghĩa"]
    assert [p.name for p in extract_people("Bà Triệu Thị Mai ở thôn Làng Cù")] == ["Triệu Thị Mai"]
    assert extract_people("nhà ở đường Bà Triệu Thị xã") == []
    assert [p.name for p in extract_people("mở đường vào thôn\n\nÔng Hà Văn Đông nói")] == ["Hà Văn Đông"]


def test_people_introduced_by_their_position_and_a_name() -> None:
    assert _names("Bí thư Chi bộ ấp Bàu Sen Trần Thị Bé đã tự nguyện hiến 600 m2 đất.") == ["Trần Thị Bé"]
    assert _names("Chủ tịch Hội Phụ nữ xã Lê Thị Kim Loan là người đề xuất mô hình.") == ["Lê Thị Kim Loan"]
    assert _names("Trưởng ấp Nguyễn Văn Tư đã vận động các hộ dọc tuyến.") == ["Nguyễn Văn Tư"]
    assert _names("Trưởng bản Mùa A Dế dẫn đầu bà con làm đường.") == ["Mùa A Dế"]
    # A place between the position and the name: the name starts at its middle name.
    assert _names("Chủ tịch UBND xã Hà Nguyễn Văn An đã xuống tận nơi.") == ["Nguyễn Văn An"]
    (person,) = extract_people("Bí thư Chi bộ ấp Bàu Sen Trần Thị Bé hiến đất.")
    assert person.as_written == "Bí thư Chi bộ ấp Bàu Sen Trần Thị Bé"


def test_positions_followed_by_a_place_or_a_quote_are_not_exemplary_people() -> None:
    assert _names("Phó Chủ tịch UBND xã Yên Hòa cho biết, xã có 40 hộ nghèo.") == []
    assert _names("Giám đốc HTX dịch vụ nông nghiệp Triệu Lăng ký hợp đồng.") == []
    assert _names("Trưởng bản Mùa A Dế cho biết, có đường bà con đỡ vất vả.") == []
    assert _names("Chủ tịch UBND xã Lê Minh Tâm, khẳng định xã sẽ nhân rộng.") == []
    assert _names("Theo Chủ tịch UBND xã Lê Minh Tâm, con đường không phải đền bù.") == []
    quoted = "Trưởng bản Mùa A Dế cho biết, có đường."
    assert [p.name for p in extract_people(quoted, include_officials=True)] == ["Mùa A Dế"]


def test_a_name_never_spans_a_line_break() -> None:
    text = (
        "Thượng úy công an lao vào căn nhà cháy cứu cụ bà\n\nThượng úy Nguyễn Đức Mạnh, Công an xã Nam Hồng"
    )
    assert _names(text) == ["Nguyễn Đức Mạnh"]


def test_occupation_titles_need_a_surname_or_a_middle_name() -> None:
    assert _names("Làm du lịch, nông dân Cái Bè tăng thu nhập.") == []
    assert _names("Nhờ trồng ớt, nông dân Điểu Bình đã thoát nghèo.") == ["Điểu Bình"]
    assert _names("Tài xế Nguyễn Văn Hùng trả lại ví.") == ["Nguyễn Văn Hùng"]
