"""Markdown rendering of a digest (for chat tools, wikis and plain-text review)."""

from __future__ import annotations

from search_api.digest.labels import change_text, local_date_text
from search_api.digest.models import CountRow, Digest, DigestEntry
from search_api.digest.week import format_date


def _escape(text: str) -> str:
    for ch in ("\\", "[", "]", "*", "_", "`", "|", "<", ">"):
        text = text.replace(ch, "\\" + ch)
    return text


def _table(title: str, rows: list[CountRow], limit: int | None = None) -> list[str]:
    if not rows:
        return []
    lines = [f"**{title}**", "", "| | Tuần này | Tuần trước | Thay đổi |", "|---|---:|---:|---:|"]
    for row in rows[:limit]:
        lines.append(f"| {_escape(row.label)} | {row.count} | {row.previous} | {change_text(row.change)} |")
    return [*lines, ""]


def _entry(number: int, entry: DigestEntry) -> list[str]:
    lines = [f"{number}. **[{_escape(entry.title)}]({entry.url})**" + (" *(ghim)*" if entry.pinned else "")]
    meta = [_escape(entry.source_name), local_date_text(entry.published_at)]
    if entry.locality:
        place = entry.locality + (f" (trước đây: {entry.locality_old})" if entry.locality_old else "")
        meta.append(_escape(place))
    # Each line is its own paragraph inside the list item (blank line, 3-space indent).
    parts = [" · ".join(m for m in meta if m), "*Nhãn:* " + ", ".join(_escape(t) for t in entry.tags)]
    parts += [f"> {_escape(sentence)}" for sentence in entry.summary]
    if entry.people:
        parts.append("*Nhân vật:* " + ", ".join(_escape(p) for p in entry.people))
    if entry.figures:
        parts.append("*Số liệu:* " + "; ".join(_escape(f) for f in entry.figures))
    if entry.other_outlets:
        links = ", ".join(f"[{_escape(o.source_name)}]({o.url})" for o in entry.other_outlets)
        parts.append(f"*Cùng đưa tin:* {links}")
    for part in parts:
        lines += ["", "   " + part]
    return [*lines, ""]


def render_markdown(digest: Digest) -> str:
    ov = digest.overview
    lines = [
        f"**{_escape(digest.issuer.upper())}**",
        "",
        f"# {_escape(digest.name.upper())}",
        "",
        f"**{digest.week_label}**",
        "",
    ]
    if digest.version:
        lines += [f"*Phiên bản {digest.version}*", ""]
    if digest.filters.province:
        lines += [f"*Phạm vi: mã tỉnh {digest.filters.province}*", ""]
    lines += ["## Tổng quan", ""]
    lines.append(
        f"Trong tuần có **{ov.stories}** câu chuyện ({ov.articles} bài, kể cả bài đăng lại); "
        f"tuần trước {ov.stories_previous} câu chuyện ({change_text(ov.stories - ov.stories_previous)})."
    )
    lines.append("")
    lines += _table("Theo loại tin", ov.by_story_type)
    lines += _table("Theo mô hình", [r for r in ov.by_model_type if r.count or r.previous], 10)
    lines += _table("Theo địa phương", ov.by_province, 10)
    for note in digest.notes:
        lines += [f"> {_escape(note)}", ""]
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    for index, section in enumerate(digest.sections):
        lines += [f"## {roman[index] if index < len(roman) else index + 1}. {_escape(section.title)}", ""]
        by_id = {e.article_id: e for e in section.entries}
        number = 0
        for group in section.groups:
            lines += [f"### {_escape(group.title)}", ""]
            for article_id in group.article_ids:
                number += 1
                lines += _entry(number, by_id[article_id])
    lines.append(
        f"---\n*Lan Tỏa tổng hợp ngày {format_date(digest.generated_at.date())} từ báo chí trung ương và địa phương.*"
    )
    return "\n".join(lines) + "\n"
