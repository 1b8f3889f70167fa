"""PDF attachments: text extraction with pypdf, and a tiny writer of valid Unicode PDFs for fixtures."""

from __future__ import annotations

import io
import logging

from lantoa.text import normalize

logger = logging.getLogger(__name__)
MAX_PDF_PAGES = 50


def extract_pdf_text(data: bytes) -> str:
    """Plain, normalised text of a PDF ("" when it cannot be read)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages[:MAX_PDF_PAGES]]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        logger.warning("unreadable PDF (%s)", exc)
        return ""
    return normalize("\n\n".join(p.strip() for p in pages if p.strip()))


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def make_pdf(lines: list[str], title: str = "") -> bytes:
    """A one-page PDF whose text (any BMP characters, e.g. Vietnamese) pypdf extracts exactly.

    Glyphs use a non-embedded CID font with Identity-H encoding (code = Unicode code point)
    and a ToUnicode CMap, so text extraction is exact; display relies on the viewer's fallback font.
    """
    chars = sorted({ch for line in lines + [title] for ch in line if ord(ch) < 0x10000})
    bfchar = "\n".join(f"<{ord(c):04X}> <{_utf16_hex(c)}>" for c in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Lantoa-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{len(chars)} beginbfchar\n{bfchar}\nendbfchar\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    )
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 800 Td"]
    for line in lines:
        ops.append(f"<{''.join(f'{ord(c):04X}' for c in line if ord(c) < 0x10000)}> Tj T*")
    ops.append("ET")
    content = "\n".join(ops)
    info_title = f"<FEFF{_utf16_hex(title)}>" if title else "()"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        " /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type0 /BaseFont /ArialUnicodeMS /Encoding /Identity-H"
        " /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ArialUnicodeMS"
        " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        " /FontDescriptor 8 0 R /DW 600 /CIDToGIDMap /Identity >>",
        f"<< /Length {len(cmap.encode('latin-1'))} >>\nstream\n{cmap}\nendstream",
        "<< /Type /FontDescriptor /FontName /ArialUnicodeMS /Flags 32 /FontBBox [0 -200 1000 900]"
        " /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
        f"<< /Title {info_title} /Producer (Lan Toa fixtures) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("latin-1"))
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode("latin-1"))
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n".encode("latin-1")
    )
    return out.getvalue()
