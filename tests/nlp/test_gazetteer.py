"""Bundled gazetteer: completeness of both structures, the old→new mapping and autocomplete."""

from __future__ import annotations

import pytest

from lantoa.gazetteer import (
    current_province_for_old,
    load_gazetteer,
    old_provinces_for_current,
    province,
    search_localities,
)


def test_both_structures_are_complete() -> None:
    gz = load_gazetteer()
    count: dict[tuple[str, str], int] = {}
    for u in gz.units.values():
        count[(u.structure, u.level)] = count.get((u.structure, u.level), 0) + 1
    assert count[("old", "province")] == 63
    assert 690 <= count[("old", "district")] <= 720
    assert count[("old", "commune")] >= 10_000
    assert count[("current", "province")] == 34
    assert count[("current", "commune")] == 3321
    assert ("current", "district") not in count


def test_codes_are_strings_and_names_have_no_type_prefix() -> None:
    gz = load_gazetteer()
    for u in gz.units.values():
        assert isinstance(u.code, str) and u.code.isdigit()
        assert not u.name.lower().startswith(("tỉnh ", "huyện ", "xã ", "thị trấn "))


def test_every_old_commune_maps_to_a_current_commune_in_its_current_province() -> None:
    gz = load_gazetteer()
    for u in gz.units.values():
        if u.structure == "old" and u.level == "commune":
            assert u.current_commune_codes, u
            new = gz.units[f"n:c:{u.current_commune_codes[0]}"]
            assert new.province_code == u.current_province_code


def test_province_lookup_and_old_to_new() -> None:
    bp = province("70")
    assert bp is not None and bp.name == "Bình Phước" and bp.structure == "old"
    cur = current_province_for_old("70")
    assert cur is not None and cur.name == "Đồng Nai" and cur.code == "75"
    assert current_province_for_old("02").name == "Tuyên Quang"  # type: ignore[union-attr]
    assert current_province_for_old("77").name == "Hồ Chí Minh"  # type: ignore[union-attr]
    assert province("99") is None
    assert current_province_for_old("99") is None
    assert [u.name for u in old_provinces_for_current("75")] == ["Bình Phước", "Đồng Nai"]
    assert {u.name for u in old_provinces_for_current("79")} == {
        "Hồ Chí Minh",
        "Bình Dương",
        "Bà Rịa - Vũng Tàu",
    }
    assert old_provinces_for_current("99") == []


def test_known_commune_hierarchy_and_mapping() -> None:
    gz = load_gazetteer()
    hits = [u for u in gz.lookup("Lộc Hưng") if u.structure == "old" and u.province_code == "70"]
    assert len(hits) == 1
    u = hits[0]
    assert gz.units[f"o:d:{u.district_code}"].name == "Lộc Ninh"
    assert u.current_province_code == "75"


@pytest.mark.parametrize("q", ["Lộc Hưng", "loc hung", "xã Lộc Hưng", "LOC HUNG"])
def test_search_with_or_without_diacritics(q: str) -> None:
    res = search_localities(q, limit=5)
    assert res, q
    top = res[0]
    assert top["name"] == "Lộc Hưng" and top["level"] == "commune"
    structures = {r["structure"] for r in res if r["name"] == "Lộc Hưng"}
    assert structures == {"old", "current"}
    old = next(r for r in res if r["structure"] == "old" and "Tỉnh Bình Phước" in r["parents"])
    assert old["current"]["province"] == "Đồng Nai"
    assert old["current"]["commune"] == "Lộc Hưng"


def test_search_abbreviation_and_type_restriction() -> None:
    res = search_localities("TP.HCM")
    assert res[0]["name"] == "Hồ Chí Minh" and res[0]["level"] == "province"
    assert all(r["level"] == "province" for r in search_localities("tỉnh Hòa"))
    assert search_localities("", limit=5) == []
    assert search_localities("zzzzqqq") == []
    assert len(search_localities("tân", limit=7)) == 7


def test_historical_names_are_found() -> None:
    names = {(r["name"], r["level"]) for r in search_localities("Thừa Thiên Huế")}
    assert ("Huế", "province") in names
    res = search_localities("Hoành Bồ")
    assert ("Hạ Long", "district") in {(r["name"], r["level"]) for r in res}
