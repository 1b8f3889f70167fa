"""Locality tagging: hierarchies, both structures, abbreviations, traps, dedup, roles, quality floors, speed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lantoa.schema import Locality
from nlp.localities import tag_localities
from nlp.locality_eval import check_province_mapping, evaluate_localities, load_gold

FLOORS = json.loads((Path(__file__).parent / "locality_floors.json").read_text(encoding="utf-8"))
BEFORE = datetime(2023, 5, 1, 8, tzinfo=UTC)
AFTER = datetime(2025, 9, 1, 8, tzinfo=UTC)


def _one(locs: list[Locality], **kw: object) -> Locality:
    hits = [x for x in locs if all(getattr(x, k) == v for k, v in kw.items())]
    assert len(hits) == 1, (kw, [x.model_dump(exclude_none=True) for x in locs])
    return hits[0]


def test_old_hierarchy_fills_both_structures() -> None:
    locs = tag_localities(
        "Nuôi bò sinh sản giúp hộ nghèo vươn lên",
        "Gia đình ông Điểu Lên ở ấp 3, xã Lộc Hưng, huyện Lộc Ninh, tỉnh Bình Phước đã thoát nghèo.",
        published_at=BEFORE,
    )
    assert len(locs) == 1  # district and province are folded into the commune entry
    loc = locs[0]
    assert loc.level == "commune" and loc.as_written == "xã Lộc Hưng"
    assert (loc.commune, loc.commune_code) == ("Lộc Hưng", "25303")
    assert (loc.district, loc.district_code) == ("Lộc Ninh", "692")
    assert (loc.province, loc.province_code) == ("Bình Phước", "70")
    assert (loc.current_province, loc.current_province_code) == ("Đồng Nai", "75")
    assert loc.current_commune == "Lộc Hưng" and loc.current_commune_code
    assert loc.lat is not None and 10 < loc.lat < 13 and loc.lon is not None
    assert loc.role == "subject" and 0.9 <= loc.confidence <= 1.0


def test_after_reform_uses_the_current_structure() -> None:
    text = "Sau sáp nhập, xã Lộc Hưng, tỉnh Đồng Nai có thêm 30 hộ thoát nghèo."
    loc = _one(tag_localities("Xã Lộc Hưng giảm nghèo", text, published_at=AFTER), level="commune")
    assert (loc.province, loc.province_code, loc.district) == ("Đồng Nai", "75", None)
    assert loc.commune_code == loc.current_commune_code


def test_date_picks_the_structure_for_the_same_text() -> None:
    text = "UBND xã Ea Ô đã bàn giao 15 căn nhà cho hộ nghèo, tỉnh Đắk Lắk."
    old = _one(tag_localities("", text, published_at=BEFORE), level="commune")
    new = _one(tag_localities("", text, published_at=AFTER), level="commune")
    assert old.district is not None  # pre-2025 commune belongs to a district
    assert new.district is None and new.current_commune_code == new.commune_code


@pytest.mark.parametrize(
    "title,body",
    [
        (
            "Khát vọng hòa bình",
            "Cựu chiến binh Nguyễn Thống Nhất mong thế hệ trẻ trân trọng hòa bình, thống nhất.",
        ),
        ("Người tốt", "Anh Quang Vinh làm ở Công ty TNHH Tân Phú trên đường Nguyễn Trãi."),
        ("An sinh xã hội", "Chính sách xã hội được phương Tây đánh giá cao; quân đội đồng hành cùng dân."),
        ("Hợp tác xã", "Hợp tác xã Tân Phú và Trường THCS Lộc Hưng trao học bổng."),
        ("Biển", "Nghề nuôi hàu Thái Bình Dương cho thu nhập cao."),
        ("AN SINH XÃ HỘI", "Huyện ủy chỉ đạo sát sao; tỉnh lộ 8 được nâng cấp."),
        ("", ""),
    ],
)
def test_no_false_positives(title: str, body: str) -> None:
    assert tag_localities(title, body) == []


def test_peace_in_title_is_not_the_province() -> None:
    locs = tag_localities("Hòa Bình cho thế giới", "Triển lãm ảnh về hòa bình, hữu nghị tại Hà Nội.")
    assert [x.province for x in locs] == ["Hà Nội"]


def test_person_named_like_a_province() -> None:
    locs = tag_localities(
        "Tấm gương vượt khó",
        "Em Nguyễn Thị Hà Nam đỗ thủ khoa.\n\nHà Nam là con nhà nghèo ở xã Nghĩa Hưng, huyện Chư Păh, tỉnh Gia Lai.",
        published_at=BEFORE,
    )
    assert {x.province for x in locs} == {"Gia Lai"}


def test_bare_commune_names_are_ignored_but_bare_provinces_accepted() -> None:
    locs = tag_localities("Lộc Hưng và Bình Phước", "Người dân Lộc Hưng phấn khởi.", published_at=BEFORE)
    assert [(x.level, x.province) for x in locs] == [("province", "Bình Phước")]


def test_ambiguous_commune_needs_context() -> None:
    text = "UBND xã Tân Phú đã hỗ trợ 20 hộ nghèo."
    assert tag_localities("Hỗ trợ hộ nghèo", text, published_at=BEFORE) == []
    loc = _one(
        tag_localities("Hỗ trợ hộ nghèo", text, source_province_code="75", published_at=BEFORE),
        level="commune",
    )
    assert loc.province == "Đồng Nai" and loc.confidence < 0.95
    # a hierarchy beats the source's home province
    text2 = "Anh Quang ở xã Tân Phú, huyện Vĩnh Tường được tặng bằng khen."
    loc2 = _one(tag_localities("", text2, source_province_code="75", published_at=BEFORE), level="commune")
    assert (loc2.district, loc2.province) == ("Vĩnh Tường", "Vĩnh Phúc")


@pytest.mark.parametrize(
    "text,level,name,province",
    [
        ("Quán cơm ở Q.1, TP.HCM phục vụ người nghèo.", "district", "Quận 1", "Hồ Chí Minh"),
        ("Anh Nam ở P.25, Q.Bình Thạnh sửa xe miễn phí.", "commune", "Phường 25", "Hồ Chí Minh"),
        ("H. Bù Gia Mập (Bình Phước) hỗ trợ đồng bào.", "district", "Bù Gia Mập", "Bình Phước"),
        ("TX. Long Mỹ, tỉnh Hậu Giang hỗ trợ 100 hộ.", "district", "Long Mỹ", "Hậu Giang"),
        ("Tp.Biên Hòa trao 500 suất học bổng.", "district", "Biên Hòa", "Đồng Nai"),
        ("TPHCM hỗ trợ công nhân.", "province", None, "Hồ Chí Minh"),
        ("Người dân Sài Gòn hào phóng.", "province", None, "Hồ Chí Minh"),
        ("Tinh Bac Lieu, huyen Hong Dan ho tro ho ngheo.", "district", "Hồng Dân", "Bạc Liêu"),
        ("THỊ XÃ SA PA PHÁT TRIỂN DU LỊCH", "district", "Sa Pa", "Lào Cai"),
        ("Huyện Krông Bông, tỉnh Đăk Lăk hỗ trợ đồng bào.", "district", "Krông Bông", "Đắk Lắk"),
        (
            "Huyện Xuyên Mộc, tỉnh Bà Rịa – Vũng Tàu hỗ trợ 200 hộ.",
            "district",
            "Xuyên Mộc",
            "Bà Rịa - Vũng Tàu",
        ),
    ],
)
def test_abbreviations_spellings_and_caps(text: str, level: str, name: str | None, province: str) -> None:
    locs = tag_localities("", text, published_at=BEFORE)
    loc = _one(locs, level=level)
    assert loc.province == province
    if level == "district":
        assert loc.district == name
    elif level == "commune":
        assert loc.commune == name


def test_historical_names() -> None:
    locs = tag_localities(
        "Quận 9 trao sinh kế", "UBND Quận 9, TP.HCM trao 50 xe bán hàng.", published_at=BEFORE
    )
    assert _one(locs, level="district").district == "Thủ Đức"
    locs = tag_localities(
        "", "Xã Hồng Thượng, huyện A Lưới, tỉnh Thừa Thiên Huế trồng cà gai leo.", published_at=BEFORE
    )
    assert _one(locs, level="commune").province_code == "46"
    locs = tag_localities(
        "", "Thị xã Long Khánh, tỉnh Đồng Nai giảm nghèo.", published_at=datetime(2018, 3, 2, tzinfo=UTC)
    )
    assert _one(locs, level="district").district == "Long Khánh"


def test_names_have_no_prefix_and_one_entry_per_unit() -> None:
    locs = tag_localities(
        "Tỉnh Bình Phước giảm nghèo",
        "Tỉnh Bình Phước có 2.000 hộ thoát nghèo. Bình Phước đặt mục tiêu giảm tiếp. tỉnh Bình Phước.",
        published_at=BEFORE,
    )
    assert len(locs) == 1
    assert locs[0].province == "Bình Phước" and locs[0].as_written == "Tỉnh Bình Phước"


def test_list_of_communes_shares_the_prefix_and_the_parent() -> None:
    locs = tag_localities(
        "", "Các xã Hòa Lộc, Tân Phú và Long Phú của huyện Tam Bình được hỗ trợ.", published_at=BEFORE
    )
    assert sorted(x.commune or "" for x in locs) == ["Hòa Lộc", "Long Phú", "Tân Phú"]
    assert {x.district for x in locs} == {"Tam Bình"}


def test_roles_subject_and_mention() -> None:
    locs = tag_localities(
        "Bến Tre: Người phụ nữ giàu lòng nhân ái",
        "Bà Út ở xã Phú Túc, huyện Châu Thành, tỉnh Bến Tre nấu cơm miễn phí cho bệnh nhân.\n\n"
        "Bà kể từng được người dân ở TP.HCM giúp đỡ khi khó khăn.",
        published_at=BEFORE,
    )
    assert _one(locs, level="commune").role == "subject"
    assert _one(locs, province="Hồ Chí Minh").role == "mention"
    assert locs[0].role == "subject"  # subjects come first


def test_old_unit_in_a_post_reform_article_is_a_mention() -> None:
    locs = tag_localities(
        "Đặc khu Côn Đảo hỗ trợ ngư dân",
        "Côn Đảo trước đây là huyện thuộc tỉnh Bà Rịa - Vũng Tàu (cũ).",
        sapo="Đặc khu Côn Đảo, TP.HCM vừa hỗ trợ 20 hộ ngư dân.",
        published_at=AFTER,
    )
    assert _one(locs, level="commune").commune == "Côn Đảo"
    brvt = _one(locs, province="Bà Rịa - Vũng Tàu")
    assert brvt.role == "mention" and brvt.current_province == "Hồ Chí Minh"


def test_non_normalised_input() -> None:
    # decomposed Unicode, old tone placement, non-breaking and double spaces
    import unicodedata

    text = unicodedata.normalize("NFD", "Xã\u00a0Hòa  Bắc, huyện Hoà Vang, TP Đà Nẵng")
    loc = _one(tag_localities("", text, published_at=BEFORE), level="commune")
    assert loc.commune == "Hòa Bắc" and loc.province == "Đà Nẵng"


def test_province_mapping_matches_resolution_202() -> None:
    res = check_province_mapping()
    assert res["ok"], res["mismatches"]
    assert res["old_provinces"] == 63 and res["current_provinces"] == 34


def test_gold_set_is_big_and_split() -> None:
    dev, held = load_gold("dev"), load_gold("heldout")
    assert len(dev) + len(held) >= 150 and len(held) >= 75
    assert {x["id"] for x in dev}.isdisjoint({x["id"] for x in held})


@pytest.mark.parametrize("split", ["heldout", "dev"])
def test_quality_floors(split: str) -> None:
    res = evaluate_localities(split)
    floors = FLOORS[split]
    for level in ("province", "commune", "current_province", "subject_province"):
        assert res[level]["f1"] >= floors[level], (level, res[level])
    assert res["role_accuracy"] >= floors["role_accuracy"], res["role_accuracy"]
    assert res["province_mapping"]["ok"]


def test_dateline_title_needs_backing() -> None:
    backed = tag_localities(
        "Lộc Ninh: Nuôi bò giúp thoát nghèo", "Nhiều hộ dân tỉnh Bình Phước thoát nghèo.", published_at=BEFORE
    )
    assert [(x.level, x.district) for x in backed] == [("district", "Lộc Ninh")]
    assert (
        tag_localities("Lộc Ninh: Nuôi bò giúp thoát nghèo", "Nhiều hộ dân thoát nghèo.", published_at=BEFORE)
        == []
    )


def test_qualifier_between_prefix_and_name() -> None:
    locs = tag_localities("", "Ngư dân xã đảo Thạnh An, huyện Cần Giờ nuôi hàu.", published_at=BEFORE)
    assert _one(locs, level="commune").commune == "Thạnh An"
    locs = tag_localities("", "Huyện miền núi Kỳ Sơn, tỉnh Nghệ An hỗ trợ bò giống.", published_at=BEFORE)
    assert _one(locs, level="district").province == "Nghệ An"


def test_i_y_spelling_variants() -> None:
    for text in ("Huyện Phú Quý, tỉnh Bình Thuận", "Huyện Phú Quí, tỉnh Bình Thuận"):
        loc = _one(tag_localities("", text, published_at=BEFORE), level="district")
        assert loc.district_code == "602"


def test_commune_contradicting_its_hierarchy_is_dropped() -> None:
    # No Thạnh Hải in An Phú (An Giang): keep the district, not a commune from another province.
    locs = tag_localities(
        "", "Hộ dân ở xã Thạnh Hải, huyện An Phú, tỉnh An Giang thoát nghèo.", published_at=BEFORE
    )
    assert [(x.level, x.district, x.province) for x in locs] == [("district", "An Phú", "An Giang")]
