"""ISO week parsing and Vietnam-time week boundaries."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from search_api.digest.errors import DigestError
from search_api.digest.week import IsoWeek, parse_week


def test_parse_week_gives_monday_to_sunday() -> None:
    week = parse_week("2026-W47")
    assert (week.monday, week.sunday) == (date(2026, 11, 16), date(2026, 11, 22))
    assert str(week) == "2026-W47"
    assert week.label() == "Tuần 47/2026 (16/11/2026 – 22/11/2026)"


@pytest.mark.parametrize("text", ["2026-47", "2026W47", "2026-W7", "26-W47", "", "2026-W47x", "2026-w47"])
def test_malformed_week_is_rejected_in_both_languages(text: str) -> None:
    with pytest.raises(DigestError) as info:
        parse_week(text)
    assert "Tuần không hợp lệ" in str(info.value) and "invalid week" in str(info.value)


@pytest.mark.parametrize("text", ["2026-W00", "2026-W54", "2025-W53"])
def test_week_number_that_does_not_exist_is_rejected(text: str) -> None:
    with pytest.raises(DigestError, match="không có tuần"):
        parse_week(text)


def test_53_week_year_and_year_boundaries() -> None:
    assert parse_week("2026-W53").sunday == date(2027, 1, 3)
    assert parse_week("2026-W01").previous() == IsoWeek(2025, 52)
    assert parse_week("2026-W53").next() == IsoWeek(2027, 1)


def test_week_membership_is_decided_in_vietnam_time() -> None:
    w47 = parse_week("2026-W47")
    # Sunday 15/11 17:30 UTC is Monday 16/11 00:30 in Vietnam.
    assert w47.contains(datetime(2026, 11, 15, 17, 30, tzinfo=UTC))
    assert not w47.contains(datetime(2026, 11, 15, 16, 59, tzinfo=UTC))
    # Sunday 22/11 17:00 UTC is already Monday 23/11 in Vietnam.
    assert w47.contains(datetime(2026, 11, 22, 16, 59, tzinfo=UTC))
    assert not w47.contains(datetime(2026, 11, 22, 17, 0, tzinfo=UTC))
