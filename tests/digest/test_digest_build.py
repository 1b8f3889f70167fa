"""build_digest on the fixture corpus in a real SqliteStore, checked entry by entry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from digest_support import ISSUER, NOW

from lantoa.schema import Article, Figure, Locality, Tags
from lantoa.store.sqlite import SqliteStore
from search_api.digest.build import build_digest
from search_api.digest.errors import DigestError, DigestNotFound
from search_api.digest.models import Digest
from search_api.digest.rank import score_stories, select_diverse
from search_api.digest.select import Story


def build(store: SqliteStore, week: str = "2026-W47", **kwargs: object) -> Digest:
    return build_digest(store, week, issuer=ISSUER, now=NOW, **kwargs)  # type: ignore[arg-type]


def slugs(digest: Digest, by_slug: dict[str, str]) -> list[str]:
    names = {v: k for k, v in by_slug.items()}
    return [names[e.article_id] for e in digest.entries]


def test_week_47_digest_has_the_expected_entries_in_order(
    store: SqliteStore, by_slug: dict[str, str]
) -> None:
    digest = build(store)
    assert [s.id for s in digest.sections] == ["poverty_model", "good_deed", "policy_news"]
    assert [s.title for s in digest.sections] == [
        "Mô hình, cách làm giảm nghèo",
        "Người tốt, việc tốt; gương điển hình",
        "Tin chỉ đạo, chính sách, phong trào",
    ]
    assert slugs(digest, by_slug) == [
        # poverty_model, grouped by model type in taxonomy order
        "nuoi-bo-sinh-san-muong-dong",  # livestock
        "trong-sau-rieng-dong-bao-ede",  # crops_aquaculture (higher score first)
        "nuoi-tom-duoi-tan-rung",
        "tin-dung-chinh-sach-dong-van",  # preferential_credit
        "to-tiet-kiem-vay-von-que-phong",  # savings_loan_groups
        "trao-50-nha-dai-doan-ket",  # housing
        "htx-che-thu-cuc-bao-tieu",  # cooperative_value_chain
        # good_deed
        "cuu-chien-binh-hien-dat-lam-duong",
        "nam-sinh-cuu-hai-em-nho",
        "xe-om-tra-lai-50-trieu",
        "hien-mau-tinh-nguyen-vinh",
        # policy_news
        "phat-dong-thang-cao-diem-vi-nguoi-ngheo",
    ]
    groups = [(g.model_type, g.title, len(g.article_ids)) for g in digest.sections[1].groups]
    assert groups == [
        ("land_donation", "Hiến đất", 1),
        ("rescue_lifesaving", "Cứu người", 1),
        ("returning_lost_property", "Trả lại của rơi", 1),
        ("blood_donation", "Hiến máu", 1),
    ]


def test_title_block_and_dates(store: SqliteStore) -> None:
    digest = build(store)
    assert digest.name == "Bản tin Lan Tỏa"
    assert digest.issuer == ISSUER
    assert digest.week == "2026-W47"
    assert digest.week_label == "Tuần 47/2026 (16/11/2026 – 22/11/2026)"
    assert (digest.date_from.isoformat(), digest.date_to.isoformat()) == ("2026-11-16", "2026-11-22")
    assert digest.generated_at == NOW
    assert digest.version is None and digest.published_at is None


def test_lead_entry_fields(store: SqliteStore, by_slug: dict[str, str]) -> None:
    entry = build(store).entries[0]
    assert entry.article_id == by_slug["nuoi-bo-sinh-san-muong-dong"]
    assert entry.title == "Nuôi bò sinh sản giúp 45 hộ ở xã Mường Động thoát nghèo"
    assert entry.url == "https://baophutho.vn/nuoi-bo-sinh-san-muong-dong.html"
    assert entry.source_name == "Báo Phú Thọ"
    assert entry.published_at == datetime(2026, 11, 17, 1, 0, tzinfo=UTC)
    assert entry.tags == ["Mô hình, cách làm giảm nghèo", "Chăn nuôi", "Tín dụng chính sách"]
    assert entry.locality == "xã Mường Động, tỉnh Phú Thọ"
    # Pre-2025 name, normalised ("Hoà" in the source becomes "Hòa").
    assert entry.locality_old == "xã Mường Động, huyện Kim Bôi, tỉnh Hòa Bình"
    assert entry.province_code == "25"
    assert entry.people == ["Bùi Văn Thắng"]
    assert entry.figures == ["45 hộ", "hơn 300 con", "60 triệu đồng"]
    assert len(entry.summary) == 2 and entry.summary[0].startswith("Từ nguồn vốn vay ưu đãi")
    # The syndicated copies collapse into this entry (same cluster_id).
    assert [(o.source_name, o.url) for o in entry.other_outlets] == [
        ("Báo Nhân Dân", "https://nhandan.vn/phu-tho-nuoi-bo-thoat-ngheo.html"),
        ("VietnamPlus", "https://www.vietnamplus.vn/bo-sinh-san-thoat-ngheo-vung-cao.html"),
    ]


def test_exact_copy_without_cluster_collapses_by_content_hash(
    store: SqliteStore, by_slug: dict[str, str]
) -> None:
    entries = {e.article_id: e for e in build(store).entries}
    entry = entries[by_slug["to-tiet-kiem-vay-von-que-phong"]]
    assert [o.source_name for o in entry.other_outlets] == ["Báo Phụ nữ Việt Nam"]
    assert by_slug["phu-nu-que-phong-thoat-ngheo"] not in entries
    # Current structure abolished districts: the district name only shows as the old name.
    assert (entry.locality, entry.locality_old) == ("tỉnh Nghệ An", "huyện Quế Phong, tỉnh Nghệ An")


def test_week_boundaries_follow_vietnam_time(store: SqliteStore, by_slug: dict[str, str]) -> None:
    w47 = slugs(build(store), by_slug)
    w46 = slugs(build(store, "2026-W46"), by_slug)
    w48 = slugs(build(store, "2026-W48"), by_slug)
    # 00:30 Monday 16/11 Vietnam time (still Sunday in UTC) belongs to W47.
    assert "cuu-chien-binh-hien-dat-lam-duong" in w47 and "cuu-chien-binh-hien-dat-lam-duong" not in w46
    # 23:00 Sunday 15/11 Vietnam time belongs to W46.
    assert "trao-qua-nguoi-ngheo-tho-xuan" in w46 and "trao-qua-nguoi-ngheo-tho-xuan" not in w47
    # 00:30 Monday 23/11 Vietnam time (Sunday 22/11 in UTC) belongs to W48.
    assert "trao-qua-ho-ngheo-tuan-sau" not in w47 and w48 == ["trao-qua-ho-ngheo-tuan-sau"]


def test_irrelevant_and_undated_articles_never_appear(store: SqliteStore, by_slug: dict[str, str]) -> None:
    every = set()
    for week in ("2026-W45", "2026-W46", "2026-W47", "2026-W48"):
        every.update(slugs(build(store, week, size=200, max_per_source=100), by_slug))
    assert "gia-vang-hom-nay" not in every
    assert "khong-ro-ngay-dang" not in every
    assert "tin-cu-tuan-45" in every


def test_overview_counts_stories_and_change_from_previous_week(store: SqliteStore) -> None:
    ov = build(store).overview
    assert (ov.stories, ov.stories_previous, ov.articles, ov.articles_previous) == (13, 6, 16, 7)
    assert [(r.key, r.count, r.previous, r.change) for r in ov.by_story_type] == [
        ("poverty_model", 8, 3, 5),
        ("good_deed", 4, 2, 2),
        ("policy_news", 1, 1, 0),
    ]
    provinces = {r.key: (r.label, r.count, r.previous, r.change) for r in ov.by_province}
    assert ov.by_province[0].key == "25"
    assert provinces["25"] == ("tỉnh Phú Thọ", 4, 1, 3)
    assert provinces["40"] == ("tỉnh Nghệ An", 3, 2, 1)
    assert provinces["66"] == ("tỉnh Đắk Lắk", 1, 1, 0)
    models = {r.key: (r.count, r.previous) for r in ov.by_model_type}
    assert models["livestock"] == (2, 2)
    assert models["preferential_credit"] == (3, 0)
    assert models["volunteering"] == (0, 1)


def test_at_most_n_entries_per_source(store: SqliteStore, by_slug: dict[str, str]) -> None:
    digest = build(store)
    assert [e.source_id for e in digest.entries].count("baophutho") == 3
    # The weakest Phú Thọ story (no people, no figures) is the one left out.
    assert "chuyen-doi-so-ban-hang-truc-tuyen" not in slugs(digest, by_slug)
    relaxed = build(store, max_per_source=4)
    assert [e.source_id for e in relaxed.entries].count("baophutho") == 4
    assert len(relaxed.entries) == 13


def test_size_limits_entries_and_keeps_the_best(store: SqliteStore, by_slug: dict[str, str]) -> None:
    digest = build(store, size=5)
    assert len(digest.entries) == 5
    assert set(slugs(digest, by_slug)) == {
        "nuoi-bo-sinh-san-muong-dong",
        "trong-sau-rieng-dong-bao-ede",
        "cuu-chien-binh-hien-dat-lam-duong",
        "tin-dung-chinh-sach-dong-van",
        "nam-sinh-cuu-hai-em-nho",
    }


def _article(n: int, province: str, source: str, figure: bool) -> Article:
    url = f"https://example.vn/{n}"
    return Article(
        id=f"id{n:02d}",
        url=url,
        canonical_url=url,
        source_id=source,
        title=f"Bài {n}",
        published_at=datetime(2026, 11, 18, tzinfo=UTC) + timedelta(hours=n),
        tags=Tags(
            relevant=True,
            story_type="poverty_model",
            model_types=["livestock"],
            localities=[Locality(as_written="x", level="province", current_province_code=province)],
            figures=[Figure(kind="households", value=10, unit="hộ")] if figure else [],
        ),
    )


def test_diversity_prefers_a_second_province_over_a_slightly_better_story() -> None:
    same = [Story(_article(i, "25", f"s{i}", figure=True)) for i in range(3)]
    other = Story(_article(9, "40", "s9", figure=False))
    assert score_stories([same[0]])[0].score > score_stories([other])[0].score
    chosen = select_diverse(score_stories([*same, other]), [], size=2, max_per_source=3)
    assert [c.province for c in chosen] == ["25", "40"]
    # Without the other province, the best same-province stories still fill the digest.
    assert len(select_diverse(score_stories(same), [], size=2, max_per_source=3)) == 2


def test_pin_from_another_week_goes_in_with_a_note(store: SqliteStore, by_slug: dict[str, str]) -> None:
    pin = by_slug["nuoi-de-thoat-ngheo-tan-son"]
    digest = build(store, pins=[pin])
    entry = next(e for e in digest.entries if e.article_id == pin)
    assert entry.pinned
    assert any(
        "Nuôi dê giúp hộ nghèo Tân Sơn thoát nghèo" in n and "không đăng trong tuần này" in n
        for n in digest.notes
    )
    # The pin counts towards its source's quota.
    assert [e.source_id for e in digest.entries].count("baophutho") == 3
    group = next(g for g in digest.sections[0].groups if g.model_type == "livestock")
    assert group.article_ids[0] == pin  # pinned first in its group


def test_pinning_a_syndicated_copy_makes_it_the_lead(store: SqliteStore, by_slug: dict[str, str]) -> None:
    pin = by_slug["phu-tho-nuoi-bo-thoat-ngheo"]
    digest = build(store, pins=[pin])
    entry = next(e for e in digest.entries if e.article_id == pin)
    assert entry.source_name == "Báo Nhân Dân" and entry.pinned
    assert [o.source_name for o in entry.other_outlets] == ["Báo Phú Thọ", "VietnamPlus"]
    assert by_slug["nuoi-bo-sinh-san-muong-dong"] not in {e.article_id for e in digest.entries}


def test_excludes_drop_the_whole_story(store: SqliteStore, by_slug: dict[str, str]) -> None:
    digest = build(
        store, excludes=[by_slug["bo-sinh-san-thoat-ngheo-vung-cao"], by_slug["xe-om-tra-lai-50-trieu"]]
    )
    names = slugs(digest, by_slug)
    assert "nuoi-bo-sinh-san-muong-dong" not in names and "xe-om-tra-lai-50-trieu" not in names
    # Freed a Phú Thọ slot: the fourth Phú Thọ story comes in.
    assert "chuyen-doi-so-ban-hang-truc-tuyen" in names
    assert digest.filters.excludes == [
        by_slug["bo-sinh-san-thoat-ngheo-vung-cao"],
        by_slug["xe-om-tra-lai-50-trieu"],
    ]


def test_section_order_moves_sections_and_model_groups(store: SqliteStore) -> None:
    digest = build(store, section_order=["good_deed", "policy_news", "crops_aquaculture"])
    assert [s.id for s in digest.sections] == ["good_deed", "policy_news", "poverty_model"]
    assert digest.sections[2].groups[0].model_type == "crops_aquaculture"


def test_province_filter_accepts_current_code(store: SqliteStore) -> None:
    digest = build(store, province="25", max_per_source=10)
    assert len(digest.entries) == 4
    assert {e.province_code for e in digest.entries} == {"25"}
    assert digest.overview.stories == 4 and digest.overview.stories_previous == 1


def test_story_and_model_type_filters(store: SqliteStore) -> None:
    digest = build(store, story_types=["good_deed"])
    assert [s.id for s in digest.sections] == ["good_deed"] and len(digest.entries) == 4
    assert (digest.overview.stories, digest.overview.stories_previous) == (4, 2)
    livestock = build(store, model_types=["livestock"])
    assert {e.article_id for e in livestock.entries} == {
        e.article_id for e in build(store).entries if "livestock" in e.model_types
    }


def test_empty_week_is_a_short_digest_not_an_error(store: SqliteStore) -> None:
    digest = build(store, "2026-W40")
    assert digest.is_empty and digest.sections == []
    assert digest.overview.stories == 0 and digest.overview.by_province == []
    assert digest.notes == ["Tuần này chưa có bài viết nào phù hợp để đưa vào bản tin."]


def test_same_input_gives_the_same_digest(store: SqliteStore) -> None:
    assert build(store).model_dump_json() == build(store).model_dump_json()


def test_bad_input_raises_clear_errors(store: SqliteStore, by_slug: dict[str, str]) -> None:
    with pytest.raises(DigestError, match="Tuần không hợp lệ.* / invalid week"):
        build(store, "2026-47")
    with pytest.raises(DigestError, match="poverty_modle"):
        build(store, story_types=["poverty_modle"])
    with pytest.raises(DigestError, match="unknown section"):
        build(store, section_order=["nope"])
    with pytest.raises(DigestNotFound, match="Không tìm thấy bài để ghim: 0000 / pinned article not found"):
        build(store, pins=["0000"])
    pin = by_slug["xe-om-tra-lai-50-trieu"]
    with pytest.raises(DigestError, match="vừa được ghim vừa bị loại"):
        build(store, pins=[pin], excludes=[pin])
    with pytest.raises(DigestError, match="size must be between 1 and 200"):
        build(store, size=0)


def test_issuer_and_name_come_from_settings(store: SqliteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from lantoa.settings import get_settings
    from search_api.digest.config import get_digest_settings

    monkeypatch.setenv("LANTOA_DIGEST_ISSUER", "UBMTTQ Việt Nam tỉnh Phú Thọ")
    monkeypatch.setenv("LANTOA_DIGEST_NAME", "Bản tin Người tốt việc tốt")
    monkeypatch.setenv("LANTOA_DIGEST_MAX_PER_SOURCE", "1")
    get_settings.cache_clear()
    get_digest_settings.cache_clear()
    digest = build_digest(store, "2026-W47", now=NOW)
    assert digest.issuer == "UBMTTQ Việt Nam tỉnh Phú Thọ"
    assert digest.name == "Bản tin Người tốt việc tốt"
    sources = [e.source_id for e in digest.entries]
    assert len(sources) == len(set(sources))


def test_pinned_irrelevant_article_goes_in_a_section_of_its_own(
    store: SqliteStore, by_slug: dict[str, str]
) -> None:
    digest = build(store, pins=[by_slug["gia-vang-hom-nay"]])
    assert digest.sections[-1].id == "other" and digest.sections[-1].title == "Tin khác"
    assert [e.article_id for e in digest.sections[-1].entries] == [by_slug["gia-vang-hom-nay"]]
    assert digest.notes == []  # it was published that week
