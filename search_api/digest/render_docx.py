"""DOCX rendering (python-docx) to Vietnamese administrative-document norms (A4, Times New Roman 14 pt)."""

from __future__ import annotations

import io
from typing import Any

from search_api.digest.charts import CHART_TITLES, digest_charts
from search_api.digest.labels import change_text, local_date_text
from search_api.digest.models import CountRow, Digest, DigestEntry
from search_api.digest.week import format_date

FONT = "Times New Roman"
BODY_PT = 14
#: Page geometry in centimetres (Decree 30/2020/NĐ-CP: top/bottom 2, left 3, right 2).
PAGE_CM = {"width": 21.0, "height": 29.7, "top": 2.0, "bottom": 2.0, "left": 3.0, "right": 2.0}
RED = (0xB5, 0x12, 0x1B)
BLUE = (0x1F, 0x5F, 0xA8)
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def _set_font(style_or_run: Any, size: float | None = None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    font = style_or_run.font
    font.name = FONT
    if size:
        font.size = Pt(size)
    element = style_or_run.element
    rpr = element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)
    # Theme fonts (Calibri Light in the default template) would override the named font.
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)


def _set_widths(table: Any, widths: tuple[Any, ...]) -> None:
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _setup(document: Any, digest: Digest) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm, Pt, RGBColor

    for section in document.sections:
        section.page_width = Cm(PAGE_CM["width"])
        section.page_height = Cm(PAGE_CM["height"])
        section.top_margin = Cm(PAGE_CM["top"])
        section.bottom_margin = Cm(PAGE_CM["bottom"])
        section.left_margin = Cm(PAGE_CM["left"])
        section.right_margin = Cm(PAGE_CM["right"])
    normal = document.styles["Normal"]
    _set_font(normal, BODY_PT)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, color in (("Title", 18, RED), ("Heading 1", 15, RED), ("Heading 2", 14, BLUE)):
        style = document.styles[name]
        _set_font(style, size)
        style.font.bold = True
        style.font.color.rgb = RGBColor(*color)
        style.paragraph_format.space_before = Pt(10)
        style.paragraph_format.space_after = Pt(4)
    if "Lantoa Small" not in [s.name for s in document.styles]:
        small = document.styles.add_style("Lantoa Small", WD_STYLE_TYPE.PARAGRAPH)
        small.base_style = normal
        _set_font(small, 13)
    props = document.core_properties
    props.title = f"{digest.name} – {digest.week_label}"
    props.author = digest.issuer
    props.language = "vi-VN"
    props.created = digest.generated_at
    props.modified = digest.published_at or digest.generated_at


def _page_numbers(document: Any) -> None:
    """Page number centred in the header from page 2 on (administrative-document practice)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _add_hyperlink(paragraph: Any, url: str, text: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    fonts = OxmlElement("w:rFonts")
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "1F5FA8")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.extend([fonts, color, underline])
    run.append(rpr)
    text_el = OxmlElement("w:t")
    text_el.text = text
    text_el.set(qn("xml:space"), "preserve")
    run.append(text_el)
    link.append(run)
    paragraph._p.append(link)


def _header(document: Any, digest: Digest) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=2)
    _set_widths(table, (Cm(6.0), Cm(10.0)))
    left, right = table.rows[0].cells
    p = left.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(digest.issuer.upper())
    run.bold = True
    _set_font(run, 13)
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    run.bold = True
    _set_font(run, 12)
    p = right.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("Độc lập - Tự do - Hạnh phúc")
    run.bold = True
    _set_font(run, 14)
    p = right.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(f"ngày {format_date(digest.generated_at.date())}")
    run.italic = True
    _set_font(run, 14)

    title = document.add_paragraph(digest.name.upper(), style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub = document.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub_run = sub.add_run(digest.week_label)
    sub_run.bold = True
    extra = []
    if digest.version:
        extra.append(f"Phiên bản {digest.version}")
    if digest.filters.province:
        extra.append(f"Phạm vi: mã tỉnh {digest.filters.province}")
    if extra:
        p = document.add_paragraph(" · ".join(extra))
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _count_table(document: Any, title: str, rows: list[CountRow]) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    if not rows:
        return
    table = document.add_table(rows=1, cols=4)
    table.style = document.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, (title, "Tuần này", "Tuần trước", "Thay đổi"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        cells = table.add_row().cells
        values = (row.label, str(row.count), str(row.previous), change_text(row.change))
        for index, (cell, text) in enumerate(zip(cells, values, strict=True)):
            cell.paragraphs[0].add_run(text)
            if index:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _set_widths(table, (Cm(8.0), Cm(2.6), Cm(2.8), Cm(2.6)))
    document.add_paragraph()


def _entry(document: Any, number: int, entry: DigestEntry) -> None:
    from docx.shared import Pt

    p = document.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    run = p.add_run(f"{number}. {entry.title}")
    run.bold = True
    if entry.pinned:
        p.add_run(" (ghim)").italic = True
    meta = [entry.source_name, local_date_text(entry.published_at)]
    if entry.locality:
        meta.append(entry.locality + (f" (trước đây: {entry.locality_old})" if entry.locality_old else ""))
    p = document.add_paragraph(" · ".join(m for m in meta if m), style="Lantoa Small")
    p.paragraph_format.keep_with_next = True
    p.runs[0].italic = True
    p = document.add_paragraph(style="Lantoa Small")
    p.add_run("Nhãn: ").bold = True
    p.add_run(", ".join(entry.tags))
    for sentence in entry.summary:
        p = document.add_paragraph(sentence)
        p.paragraph_format.first_line_indent = Pt(21)
    if entry.people:
        p = document.add_paragraph()
        p.add_run("Nhân vật: ").bold = True
        p.add_run(", ".join(entry.people))
    if entry.figures:
        p = document.add_paragraph()
        p.add_run("Số liệu: ").bold = True
        p.add_run("; ".join(entry.figures))
    if entry.other_outlets:
        p = document.add_paragraph()
        p.add_run("Cùng đưa tin: ").bold = True
        p.add_run(", ".join(o.source_name for o in entry.other_outlets))
    p = document.add_paragraph(style="Lantoa Small")
    p.add_run("Nguồn: ")
    _add_hyperlink(p, entry.url, entry.url)


def render_docx(digest: Digest, *, charts: dict[str, bytes] | None = None) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    charts = digest_charts(digest) if charts is None else charts
    document = Document()
    _setup(document, digest)
    _page_numbers(document)
    _header(document, digest)
    ov = digest.overview
    document.add_paragraph("Tổng quan", style="Heading 1")
    document.add_paragraph(
        f"Trong tuần có {ov.stories} câu chuyện ({ov.articles} bài, kể cả bài đăng lại); tuần trước "
        f"{ov.stories_previous} câu chuyện ({change_text(ov.stories - ov.stories_previous)})."
    )
    _count_table(document, "Theo loại tin", ov.by_story_type)
    _count_table(document, "Theo mô hình", [r for r in ov.by_model_type if r.count or r.previous][:10])
    _count_table(document, "Theo địa phương", ov.by_province[:10])
    for name, png in charts.items():
        document.add_picture(io.BytesIO(png), width=Cm(15.5))
        document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        caption = document.add_paragraph(CHART_TITLES[name], style="Lantoa Small")
        caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
        caption.runs[0].italic = True
    for note in digest.notes:
        document.add_paragraph(note).runs[0].italic = True
    for index, section in enumerate(digest.sections):
        numeral = _ROMAN[index] if index < len(_ROMAN) else str(index + 1)
        document.add_paragraph(f"{numeral}. {section.title}", style="Heading 1")
        by_id = {e.article_id: e for e in section.entries}
        number = 0
        for group in section.groups:
            document.add_paragraph(group.title, style="Heading 2")
            for article_id in group.article_ids:
                number += 1
                _entry(document, number, by_id[article_id])
    p = document.add_paragraph(style="Lantoa Small")
    p.add_run(f"Lan Tỏa tổng hợp ngày {format_date(digest.generated_at.date())}.").italic = True
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
