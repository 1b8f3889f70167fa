"""Vietnamese display strings for digest entries: places, figures, changes, dates."""

from __future__ import annotations

from datetime import datetime

from lantoa.schema import Article, Figure, Locality
from lantoa.text import normalize_inline
from search_api.digest.week import VN_TZ, format_date

UNKNOWN_PROVINCE = "Chưa xác định địa bàn"


def _join(parts: list[str | None]) -> str:
    return ", ".join(normalize_inline(p) for p in parts if p)


def subject_locality(article: Article) -> Locality | None:
    tags = article.tags
    if tags is None:
        return None
    subjects = [loc for loc in tags.localities if loc.role == "subject"]
    if not subjects:
        return None
    levels = {"commune": 0, "district": 1, "province": 2}
    # The most precise, then most confident, place the story is about.
    return sorted(subjects, key=lambda loc: (levels[loc.level], -loc.confidence))[0]


def locality_names(loc: Locality | None) -> tuple[str, str]:
    """(current name, pre-2025 name when it differs, else "")."""
    if loc is None:
        return "", ""
    current = _join([loc.current_commune, loc.current_province])
    old = _join([loc.commune, loc.district, loc.province])
    if not current:
        return old or normalize_inline(loc.as_written), ""
    return current, (old if old and old != current else "")


def province_name(loc: Locality | None) -> str:
    if loc is None:
        return ""
    return normalize_inline(loc.current_province or loc.province or "")


def figure_text(figure: Figure) -> str:
    if figure.as_written:
        return normalize_inline(figure.as_written)
    value = (
        f"{figure.value:,.0f}".replace(",", ".") if figure.value == int(figure.value) else f"{figure.value:g}"
    )
    return f"{value} {figure.unit}".strip()


def change_text(change: int) -> str:
    """``+3``, ``−2`` or ``0`` (typographic minus)."""
    if change > 0:
        return f"+{change}"
    if change < 0:
        return f"−{-change}"
    return "0"


def local_datetime_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(VN_TZ)
    return f"{local.hour:02d}:{local.minute:02d} {format_date(local.date())}"


def local_date_text(moment: datetime | None) -> str:
    return format_date(moment.astimezone(VN_TZ).date()) if moment else ""
