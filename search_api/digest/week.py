"""ISO weeks in Vietnam time: parsing ``2026-W47`` and the week's local date range."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from search_api.digest.errors import digest_error

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


@dataclass(frozen=True, order=True)
class IsoWeek:
    year: int
    week: int

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 7)

    def previous(self) -> IsoWeek:
        return week_of(self.monday - timedelta(days=7))

    def next(self) -> IsoWeek:
        return week_of(self.monday + timedelta(days=7))

    def contains(self, moment: datetime) -> bool:
        """Whether an aware datetime falls in this week, Vietnam time."""
        return self.monday <= moment.astimezone(VN_TZ).date() <= self.sunday

    def label(self) -> str:
        """``Tuần 47/2026 (16/11/2026 – 22/11/2026)``."""
        return f"Tuần {self.week}/{self.year} ({format_date(self.monday)} – {format_date(self.sunday)})"


def parse_week(text: str) -> IsoWeek:
    """Parse ``YYYY-Www``; raise :class:`DigestError` with a clear message otherwise."""
    match = _WEEK.match(text.strip()) if isinstance(text, str) else None
    if not match:
        raise digest_error(
            f"Tuần không hợp lệ: {text!r} (dạng đúng: 2026-W47)",
            f"invalid week {text!r} (expected e.g. 2026-W47)",
        )
    year, week = int(match.group(1)), int(match.group(2))
    try:
        date.fromisocalendar(year, week, 1)
    except ValueError:
        raise digest_error(
            f"Năm {year} không có tuần {week}", f"year {year} has no ISO week {week}"
        ) from None
    return IsoWeek(year, week)


def week_of(day: date) -> IsoWeek:
    iso = day.isocalendar()
    return IsoWeek(iso.year, iso.week)


def current_week(now: datetime) -> IsoWeek:
    return week_of(now.astimezone(VN_TZ).date())


def format_date(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"
