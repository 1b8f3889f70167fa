"""Day-first Vietnamese date parsing (page text, ISO metadata, URLs), always in Asia/Ho_Chi_Minh."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from lantoa.text import fold, normalize_inline

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
EARLIEST_YEAR = 1995

_TIME = r"(?P<{p}h>[01]?\d|2[0-3])\s*(?::|h|giờ)\s*(?P<{p}m>[0-5]\d)(?:\s*:\s*(?P<{p}s>[0-5]\d))?"
_NUMERIC = r"(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<mo>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})"
# Folded text: "ngay 27 thang 11 nam 2026", "27 thang 11, 2026".
_WORDS = r"(?P<d>\d{1,2})\s+thang\s+(?P<mo>\d{1,2})\s*(?:,|\s)\s*(?:nam\s+)?(?P<y>\d{4})"
_TIME_BEFORE = re.compile(_TIME.format(p="b") + r"\s*(?:\(?GMT\+7\)?)?\s*[,|\-–]?\s*(?:ngay\s+)?$")
_TIME_AFTER = re.compile(r"^\s*(?:[,|\-–]|luc)?\s*" + _TIME.format(p="a"))
_DATE_PATTERNS = (re.compile(_NUMERIC), re.compile(_WORDS))
_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?$"
)
_URL_PATTERNS = (
    # /2024/03/18/ or /2024-03-18/ in a path
    re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<mo>\d{2})[/-](?P<d>\d{2})(?:/|$)"),
    # Dân trí style: -20240318081500123.htm (yyyyMMddHHmmss + milliseconds)
    re.compile(r"-(?P<y>20\d{2})(?P<mo>\d{2})(?P<d>\d{2})(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})\d{3}\.html?$"),
    # Báo Chính phủ style: -102240318081500123.htm (102 + yyMMddHHmmss + milliseconds)
    re.compile(
        r"-10[0-9](?P<yy>\d{2})(?P<mo>\d{2})(?P<d>\d{2})(?P<h>\d{2})(?P<m>\d{2})(?P<s>\d{2})\d{3}\.html?$"
    ),
)


def _build(y: int, mo: int, d: int, h: int = 0, m: int = 0, s: int = 0) -> datetime | None:
    try:
        return datetime(y, mo, d, h, m, s, tzinfo=VN_TZ)
    except ValueError:
        return None


def plausible(value: datetime, now: datetime | None = None) -> bool:
    """A publication date must be after 1995 and not more than a day in the future."""
    now = now or datetime.now(UTC)
    return value.year >= EARLIEST_YEAR and value <= now + timedelta(days=1)


def parse_iso(value: str) -> datetime | None:
    """ISO 8601 from JSON-LD/meta (``+0700``, ``+07:00``, ``Z`` or none = local time)."""
    match = _ISO.match(value.strip())
    if not match:
        return None
    g = match.groupdict()
    dt = _build(int(g["y"]), int(g["mo"]), int(g["d"]), int(g["h"] or 0), int(g["m"] or 0), int(g["s"] or 0))
    if dt is None:
        return None
    tz = g["tz"]
    if tz:
        if tz == "Z":
            offset = timedelta(0)
        else:
            digits = tz[1:].replace(":", "")
            offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            offset = -offset if tz[0] == "-" else offset
        dt = dt.replace(tzinfo=timezone(offset)).astimezone(VN_TZ)
    return dt


_AGO = re.compile(r"(?P<n>\d{1,3})\s*(?P<unit>phut|gio|tieng|ngay|tuan)\s*truoc\b")
_DAY_WORD = re.compile(
    r"\b(?P<day>hom nay|hom qua|hom kia)\b(?:\s*[,|\-–]?\s*(?:luc\s*)?" + _TIME.format(p="r") + ")?"
)
_TIME_THEN_DAY = re.compile(_TIME.format(p="t") + r"\s*[,|\-–]?\s*(?P<day>hom nay|hom qua|hom kia)\b")
_DAYS_BACK = {"hom nay": 0, "hom qua": 1, "hom kia": 2}
_UNIT = {"phut": timedelta(minutes=1), "gio": timedelta(hours=1), "tieng": timedelta(hours=1)}


def parse_relative(text: str, now: datetime) -> datetime | None:
    """A relative Vietnamese date against ``now`` (the crawl time): "2 giờ trước", "35 phút trước",
    "Hôm qua, 08:15", "08:15 hôm nay", "3 ngày trước", "vừa xong"; ``None`` when there is none.

    Minutes and hours give a time to the minute; a day without a time ("hôm qua", "3 ngày trước")
    gives midnight of that day (day precision).
    """
    folded = fold(normalize_inline(text))
    local = now.astimezone(VN_TZ)
    if re.search(r"\bvua xong\b|\bvua dang\b", folded):
        return local.replace(second=0, microsecond=0)
    match = _AGO.search(folded)
    if match:
        n, unit = int(match["n"]), match["unit"]
        if unit in _UNIT:
            return (local - n * _UNIT[unit]).replace(second=0, microsecond=0)
        days = n * (7 if unit == "tuan" else 1)
        return (local - timedelta(days=days)).replace(hour=0, minute=0, second=0, microsecond=0)
    match = _DAY_WORD.search(folded)
    prefix = "r"
    if match is None or match["rh"] is None:
        match = _TIME_THEN_DAY.search(folded) or match
        prefix = "t" if match is not None and match.re is _TIME_THEN_DAY else "r"
    if match is None:
        return None
    day = (local - timedelta(days=_DAYS_BACK[match["day"]])).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    hour = match[f"{prefix}h"]
    if hour is None:
        return day
    return _build(
        day.year, day.month, day.day, int(hour), int(match[f"{prefix}m"]), int(match[f"{prefix}s"] or 0)
    )


def parse_date_text(text: str, *, label: str | None = None, now: datetime | None = None) -> datetime | None:
    """The first day-first date (with its time, if any) in ``text``; after ``label`` when given.

    Handles "Cập nhật 05/11/2017 15:33", "Thứ Sáu, 27/11/2026 - 08:15", "08:15 27/11/2026",
    "27-11-2026, 08:15", "ngày 27 tháng 11 năm 2026", "27/11/2026 08:15 (GMT+7)"; with ``now`` (the crawl
    time) also relative dates ("2 giờ trước", "Hôm qua, 08:15", see :func:`parse_relative`) after the label.
    Returns ``None`` when no valid date is found (or the label is missing): no date beats a wrong date.
    """
    text = normalize_inline(text)
    folded = fold(text)
    if label:
        key = fold(normalize_inline(label))
        at = folded.find(key)
        if at < 0:
            return None
        folded = folded[at + len(key) :]
    best: tuple[int, datetime] | None = None
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(folded):
            d, mo, y = int(match["d"]), int(match["mo"]), int(match["y"])
            h = m = s = 0
            after = _TIME_AFTER.match(folded[match.end() : match.end() + 20])
            before = _TIME_BEFORE.search(folded[max(0, match.start() - 24) : match.start()])
            if after:
                h, m, s = int(after["ah"]), int(after["am"]), int(after["as"] or 0)
            elif before:
                h, m, s = int(before["bh"]), int(before["bm"]), int(before["bs"] or 0)
            dt = _build(y, mo, d, h, m, s)
            if dt is not None and (best is None or match.start() < best[0]):
                best = (match.start(), dt)
            if dt is not None:
                break
    if best is None and now is not None:
        return parse_relative(folded, now)
    return best[1] if best else None


def date_from_url(url: str) -> datetime | None:
    """A date encoded in an article URL (path dates, Dân trí / Báo Chính phủ ids), or ``None``."""
    path = url.split("?", 1)[0]
    for pattern in _URL_PATTERNS:
        match = pattern.search(path)
        if not match:
            continue
        g = match.groupdict()
        year = int(g["y"]) if g.get("y") else 2000 + int(g["yy"])
        dt = _build(
            year, int(g["mo"]), int(g["d"]), int(g.get("h") or 0), int(g.get("m") or 0), int(g.get("s") or 0)
        )
        if dt is not None:
            return dt
    return None
