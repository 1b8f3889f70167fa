"""Day-first Vietnamese date parsing in every real form, with Asia/Ho_Chi_Minh time and no guessing."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawlers.dates import date_from_url, parse_date_text, parse_iso, plausible


def vn(text: str) -> datetime:
    return datetime.fromisoformat(text + "+07:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cập nhật 05/11/2017 15:33", "2017-11-05T15:33:00"),
        ("Thứ Sáu, 27/11/2026 - 08:15", "2026-11-27T08:15:00"),
        ("Thứ sáu, 27/11/2026, 08:15 (GMT+7)", "2026-11-27T08:15:00"),
        ("27 tháng 11 năm 2026", "2026-11-27T00:00:00"),
        ("ngày 27 tháng 11 năm 2026", "2026-11-27T00:00:00"),
        ("Cập nhật ngày 20 tháng 8 năm 2024 lúc 16:45", "2024-08-20T16:45:00"),
        ("Thứ Hai, 18-03-2024, 08:15", "2024-03-18T08:15:00"),
        ("Cập nhật: 08:15, 27/10/2024", "2024-10-27T08:15:00"),
        ("08h15 ngày 27/10/2024", "2024-10-27T08:15:00"),
        ("12/11/2024 | 15:20", "2024-11-12T15:20:00"),
        ("Thứ 2, Ngày 10/7/2016", "2016-07-10T00:00:00"),
        ("27.11.2026", "2026-11-27T00:00:00"),
        ("Thứ Hai, 25/11/2024 lúc 07:05:09", "2024-11-25T07:05:09"),
    ],
)
def test_real_vietnamese_date_forms_parse_day_first(text: str, expected: str) -> None:
    assert parse_date_text(text) == vn(expected)


def test_day_first_never_month_first() -> None:
    assert parse_date_text("05/11/2017") == vn("2017-11-05T00:00:00")
    assert parse_date_text("13/01/2020") == vn("2020-01-13T00:00:00")


@pytest.mark.parametrize("text", ["32/13/2020", "31/02/2024", "không có ngày", "", "Trang 2", "1.316.887"])
def test_no_valid_date_gives_none(text: str) -> None:
    assert parse_date_text(text) is None


def test_label_picks_the_real_date_after_the_header_date() -> None:
    text = "Thứ 2, Ngày 10/7/2016 Tin chỉ đạo - điều hành Cập nhật 05/11/2017 15:33 Xem với cỡ chữ"
    assert parse_date_text(text, label="Cập nhật") == vn("2017-11-05T15:33:00")
    assert parse_date_text("Thứ 2, Ngày 10/7/2016", label="Cập nhật") is None


def test_decomposed_and_unaccented_labels_still_match() -> None:
    decomposed = "Câ\u0323p nhâ\u0323t 05/11/2017 15:33"
    assert parse_date_text(decomposed, label="Cập nhật") == vn("2017-11-05T15:33:00")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-18T08:15:00+0700", "2024-03-18T08:15:00"),
        ("2024-03-18T08:15:00+07:00", "2024-03-18T08:15:00"),
        ("2024-03-18T01:15:00Z", "2024-03-18T08:15:00"),
        ("2024-03-18T08:15:00", "2024-03-18T08:15:00"),
        ("2024-03-18 08:15", "2024-03-18T08:15:00"),
        ("2024-03-18", "2024-03-18T00:00:00"),
        ("2024-03-18T08:15:00.123+07:00", "2024-03-18T08:15:00"),
    ],
)
def test_iso_metadata_is_converted_to_vietnam_time(value: str, expected: str) -> None:
    parsed = parse_iso(value)
    assert parsed == vn(expected)
    assert parsed is not None and parsed.utcoffset().total_seconds() == 7 * 3600


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://dantri.com.vn/xa-hoi/abc-20241127081500123.htm", "2024-11-27T08:15:00"),
        ("https://baochinhphu.vn/abc-102240425094504794.htm", "2024-04-25T09:45:04"),
        ("https://example.vn/2024/03/18/abc.html", "2024-03-18T00:00:00"),
        ("https://phunuvietnam.vn/x-20241010101500123.htm", "2024-10-10T10:15:00"),
    ],
)
def test_dates_in_urls(url: str, expected: str) -> None:
    assert date_from_url(url) == vn(expected)


def test_urls_without_dates_give_none() -> None:
    assert date_from_url("https://nhandan.vn/slug-post812301.html") is None
    assert date_from_url("https://baodongnai.com.vn/xa-hoi/202403/slug-1234567/") is None


def test_future_and_ancient_dates_are_implausible() -> None:
    now = vn("2026-11-27T08:00:00")
    assert plausible(vn("2026-11-27T20:00:00"), now)
    assert not plausible(vn("2026-12-30T00:00:00"), now)
    assert not plausible(vn("1990-01-01T00:00:00"), now)
