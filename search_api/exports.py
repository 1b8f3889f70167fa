"""Search exports: CSV (UTF-8 with BOM for Excel) and XLSX, guarded against formula injection."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from datetime import datetime

from lantoa.store.base import SearchHit
from lantoa.store.fields import LOCAL_TZ

#: Upper bound on exported rows per request.
MAX_EXPORT_ROWS = 5000
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

COLUMNS: tuple[tuple[str, str, str], ...] = (
    # key, Vietnamese header, English header
    ("published", "Ngày đăng", "Published"),
    ("title", "Tiêu đề", "Title"),
    ("source", "Nguồn", "Source"),
    ("story_type", "Loại tin", "Story type"),
    ("model_types", "Loại mô hình", "Model types"),
    ("provinces", "Tỉnh, thành", "Provinces"),
    ("places", "Địa bàn", "Places"),
    ("people", "Nhân vật", "People"),
    ("sapo", "Sa-pô", "Standfirst"),
    ("url", "Liên kết", "URL"),
    ("id", "Mã bài", "Article id"),
)


def safe_cell(value: str) -> str:
    """Neutralise spreadsheet formulas in crawled text (``=HYPERLINK(...)`` etc.)."""
    if value and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _when(moment: datetime | None) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M") if moment else ""


def row_for(hit: SearchHit, label: Callable[[str], str]) -> list[str]:
    provinces = list(
        dict.fromkeys(
            loc.current_province or loc.province or "" for loc in hit.localities if loc.role == "subject"
        )
    )
    places = list(dict.fromkeys(loc.as_written for loc in hit.localities))
    values = {
        "published": _when(hit.published_at),
        "title": hit.title,
        "source": hit.source_name or hit.source_id,
        "story_type": label(hit.story_type) if hit.story_type else "",
        "model_types": "; ".join(label(m) for m in hit.model_types),
        "provinces": "; ".join(p for p in provinces if p),
        "places": "; ".join(places),
        "people": "; ".join(hit.people),
        "sapo": hit.sapo,
        "url": hit.url,
        "id": hit.id,
    }
    return [safe_cell(values[key]) for key, _vi, _en in COLUMNS]


def headers(lang: str) -> list[str]:
    return [en if lang == "en" else vi for _key, vi, en in COLUMNS]


def to_csv(hits: Iterable[SearchHit], label: Callable[[str], str], lang: str = "vi") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers(lang))
    for hit in hits:
        writer.writerow(row_for(hit, label))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(hits: Iterable[SearchHit], label: Callable[[str], str], lang: str = "vi") -> bytes:
    import xlsxwriter  # imported lazily: only exports need it

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    sheet = workbook.add_worksheet("Lan Toa")
    bold = workbook.add_format({"bold": True, "bg_color": "#E8F0EA"})
    widths = [17, 60, 24, 28, 32, 22, 30, 28, 60, 50, 22]
    for col, (header, width) in enumerate(zip(headers(lang), widths, strict=True)):
        sheet.write_string(0, col, header, bold)
        sheet.set_column(col, col, width)
    row_index = 0
    for row_index, hit in enumerate(hits, start=1):
        for col, value in enumerate(row_for(hit, label)):
            sheet.write_string(row_index, col, value)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(row_index, 1), len(COLUMNS) - 1)
    workbook.close()
    return buffer.getvalue()
