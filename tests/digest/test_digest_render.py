"""Rendering: JSON, Markdown, e-mail HTML, PNG charts, and DOCX re-opened and converted by LibreOffice."""

from __future__ import annotations

import base64
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from digest_support import ISSUER, NOW
from PIL import Image

from lantoa.store.sqlite import SqliteStore
from search_api.digest.build import build_digest
from search_api.digest.charts import bar_chart_png, digest_charts
from search_api.digest.errors import DigestError
from search_api.digest.models import Digest
from search_api.digest.render import render
from search_api.digest.render_html import render_html


@pytest.fixture
def digest(store: SqliteStore) -> Digest:
    return build_digest(store, "2026-W47", issuer=ISSUER, now=NOW)


@pytest.fixture
def empty(store: SqliteStore) -> Digest:
    return build_digest(store, "2026-W40", issuer=ISSUER, now=NOW)


def test_json_has_sections_holding_entries_and_round_trips(digest: Digest) -> None:
    data = json.loads(render(digest, "json"))
    assert [s["id"] for s in data["sections"]] == ["poverty_model", "good_deed", "policy_news"]
    first = data["sections"][0]["entries"][0]
    assert first["title"] == "Nuôi bò sinh sản giúp 45 hộ ở xã Mường Động thoát nghèo"
    assert [o["source_name"] for o in first["other_outlets"]] == ["Báo Nhân Dân", "VietnamPlus"]
    assert data["overview"]["stories"] == 13
    assert Digest.model_validate_json(render(digest, "json")) == digest


def test_markdown_lists_every_entry_with_link_and_outlets(digest: Digest) -> None:
    md = render(digest, "md").decode("utf-8")
    assert md.startswith(f"**{ISSUER.upper()}**")
    assert "# BẢN TIN LAN TỎA" in md and "**Tuần 47/2026 (16/11/2026 – 22/11/2026)**" in md
    assert "## I. Mô hình, cách làm giảm nghèo" in md and "## III. Tin chỉ đạo, chính sách, phong trào" in md
    for entry in digest.entries:
        assert f"]({entry.url})" in md
    assert "*Cùng đưa tin:* [Báo Nhân Dân](https://nhandan.vn/phu-tho-nuoi-bo-thoat-ngheo.html)" in md
    assert "(trước đây: xã Mường Động, huyện Kim Bôi, tỉnh Hòa Bình)" in md
    assert "| Mô hình, cách làm giảm nghèo | 8 | 3 | +5 |" in md


def test_charts_are_png_with_vietnamese_labels(digest: Digest) -> None:
    charts = digest_charts(digest)
    assert set(charts) == {"provinces", "model_types"}
    for png in charts.values():
        image = Image.open(io.BytesIO(png))
        assert image.format == "PNG" and image.width > 500
    # Same data, same bytes (no timestamps in the PNG).
    assert bar_chart_png([("tỉnh Đắk Lắk", 3)], "Địa phương") == bar_chart_png(
        [("tỉnh Đắk Lắk", 3)], "Địa phương"
    )
    assert bar_chart_png([("tỉnh Đắk Lắk", 3)], "x") != bar_chart_png([("tỉnh Đắk Lắc", 3)], "x")


def test_chart_font_has_every_vietnamese_glyph() -> None:
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont("DejaVu Sans", fallback_to_default=False)
    font = FT2Font(path)
    charmap = font.get_charmap()
    for (
        ch
    ) in "ĐđƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ":
        assert ord(ch) in charmap, ch


def test_email_html_is_inline_styled_tables_with_data_png_charts(digest: Digest) -> None:
    html = render(digest, "html").decode("utf-8")
    assert "<style" not in html and "<script" not in html and "<link" not in html
    assert 'role="presentation"' in html and "style=" in html
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', html)
    assert len(images) == 2
    assert Image.open(io.BytesIO(base64.b64decode(images[0]))).format == "PNG"
    assert "Cùng đưa tin:" in html and 'href="https://nhandan.vn/phu-tho-nuoi-bo-thoat-ngheo.html"' in html
    assert "Ban Tuyên giáo và Dân vận Tỉnh ủy" in html and "Tuần 47/2026" in html


def test_email_html_escapes_text(digest: Digest) -> None:
    evil = digest.model_copy(deep=True)
    evil.sections[0].entries[0].title = '<script>alert("x")</script>'
    html, _ = render_html(evil)
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_cid_mode_references_images_instead_of_embedding(digest: Digest) -> None:
    html, charts = render_html(digest, images="cid")
    assert "data:image/png" not in html
    assert 'src="cid:chart-provinces-2026-W47@lantoa"' in html and set(charts) == {"provinces", "model_types"}


def test_unknown_format_is_rejected(digest: Digest) -> None:
    with pytest.raises(DigestError, match="Định dạng không hỗ trợ: 'pdf'"):
        render(digest, "pdf")


def test_empty_week_renders_a_short_digest_in_every_format(empty: Digest) -> None:
    for fmt in ("md", "html", "json"):
        text = render(empty, fmt).decode("utf-8")
        assert "chưa có bài viết nào" in text
    assert digest_charts(empty) == {}


# ---- DOCX -------------------------------------------------------------------


def _open_docx(data: bytes):  # type: ignore[no-untyped-def]
    from docx import Document

    return Document(io.BytesIO(data))


def test_docx_follows_administrative_page_and_font_norms(digest: Digest) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = _open_docx(render(digest, "docx"))
    section = document.sections[0]
    assert (round(section.page_width.cm, 2), round(section.page_height.cm, 2)) == (21.0, 29.7)
    assert round(section.top_margin.cm, 2) == 2.0 and round(section.bottom_margin.cm, 2) == 2.0
    assert round(section.left_margin.cm, 2) == 3.0
    assert 1.5 <= round(section.right_margin.cm, 2) <= 2.0
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert Pt(13) <= normal.font.size <= Pt(14)
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == "Times New Roman" and rfonts.get(qn("w:cs")) == "Times New Roman"
    assert section.different_first_page_header_footer
    assert 'w:instr="PAGE"' in section.header.paragraphs[0]._p.xml  # page number from page 2
    for name in ("Title", "Heading 1", "Heading 2"):
        style_fonts = document.styles[name].element.rPr.find(qn("w:rFonts"))
        assert style_fonts.get(qn("w:ascii")) == "Times New Roman"
        assert style_fonts.get(qn("w:asciiTheme")) is None  # no theme font overriding it


def test_docx_content_header_sections_entries_and_links(digest: Digest) -> None:
    document = _open_docx(render(digest, "docx"))
    header = document.tables[0]
    assert header.cell(0, 0).text == ISSUER.upper()  # issuing unit at top left
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in header.cell(0, 1).text
    assert "Độc lập - Tự do - Hạnh phúc" in header.cell(0, 1).text
    texts = [p.text for p in document.paragraphs]
    assert "BẢN TIN LAN TỎA" in texts and "Tuần 47/2026 (16/11/2026 – 22/11/2026)" in texts
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "Tổng quan",
        "I. Mô hình, cách làm giảm nghèo",
        "II. Người tốt, việc tốt; gương điển hình",
        "III. Tin chỉ đạo, chính sách, phong trào",
    ]
    assert "1. Nuôi bò sinh sản giúp 45 hộ ở xã Mường Động thoát nghèo" in texts
    assert "Cùng đưa tin: Báo Nhân Dân, VietnamPlus" in texts
    assert "Nhân vật: Bùi Văn Thắng" in texts
    links = {r.target_ref for r in document.part.rels.values() if r.reltype.endswith("/hyperlink")}
    assert {e.url for e in digest.entries} <= links
    pictures = [r for r in document.part.rels.values() if r.reltype.endswith("/image")]
    assert len(pictures) == 2


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _convert_to_pdf(docx: bytes, tmp_path: Path) -> Path:
    binary = _soffice()
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail(
                "LibreOffice (soffice) is required under CI: apt-get install libreoffice-writer-nogui"
            )
        pytest.skip("LibreOffice (soffice) not installed")
    source = tmp_path / "digest.docx"
    source.write_bytes(docx)
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            binary,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    pdf = tmp_path / "digest.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    return pdf


def test_docx_converts_to_an_a4_pdf_with_vietnamese_text(digest: Digest, tmp_path: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(_convert_to_pdf(render(digest, "docx"), tmp_path))
    assert len(reader.pages) >= 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    text = "\n".join(page.extract_text() for page in reader.pages)
    for needle in ("BẢN TIN LAN TỎA", "Mường Động", "tỉnh Hòa Bình", "Người tốt, việc tốt", "Cùng đưa tin"):
        assert needle in text
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"].get("/Font", {}).values()
    }
    # Times New Roman or a substitute serif (Liberation Serif where fonts-liberation2 is installed);
    # never a sans face, which is what a theme font (Calibri) left in a style would give.
    assert fonts and all(("Times" in f or "Serif" in f) for f in fonts), fonts


def test_empty_week_docx_converts_too(empty: Digest, tmp_path: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(_convert_to_pdf(render(empty, "docx"), tmp_path))
    assert "chưa có bài viết nào" in reader.pages[0].extract_text()
