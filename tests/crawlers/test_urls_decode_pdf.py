"""Canonical URLs, robust HTML decoding (windows-1258, mislabelled UTF-8) and PDF text round trips."""

from __future__ import annotations

import pytest

from crawlers.decode import decode_body
from crawlers.fixture_server import encode_windows_1258
from crawlers.pdf import extract_pdf_text, make_pdf
from crawlers.urls import canonicalize_url

VIET = "Xã Xuân Bắc thoát nghèo nhờ nuôi bò; hòa thuận, thủy lợi, khỏe mạnh, Đồng Nai"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://baodongnai.com.vn/xa-hoi/202403/abc-1234567/?utm_source=fb&utm_medium=x&fbclid=1#top",
            "https://baodongnai.com.vn/xa-hoi/202403/abc-1234567/",
        ),
        (
            "https://m.baodongnai.com.vn/xa-hoi/202403/abc-1234567/",
            "https://baodongnai.com.vn/xa-hoi/202403/abc-1234567/",
        ),
        (
            "https://baodongnai.com.vn/xa-hoi/202403/abc-1234567/amp/",
            "https://baodongnai.com.vn/xa-hoi/202403/abc-1234567/",
        ),
        (
            "https://baodongnai.com.vn/amp/xa-hoi/202403/abc-1234567/",
            "https://baodongnai.com.vn/xa-hoi/202403/abc-1234567/",
        ),
        ("HTTPS://BAODONGNAI.COM.VN:443/a.html?zarsrc=31&gidzl=x", "https://baodongnai.com.vn/a.html"),
    ],
)
def test_canonical_url_drops_tracking_and_amp_variants(url: str, expected: str) -> None:
    assert canonicalize_url(url, host="baodongnai.com.vn") == expected


def test_canonical_url_keeps_meaningful_query_and_maps_aliases() -> None:
    url = "https://dongnai.gov.vn/Pages/newsdetail.aspx?NewsId=271090&CatID=70&utm_campaign=a"
    assert canonicalize_url(url, host="www.dongnai.gov.vn", aliases=["dongnai.gov.vn"]) == (
        "https://www.dongnai.gov.vn/Pages/newsdetail.aspx?NewsId=271090&CatID=70"
    )


def test_windows_1258_page_decodes_to_composed_vietnamese() -> None:
    raw = encode_windows_1258(f'<meta charset="windows-1258"><p>{VIET}</p>')
    assert VIET.encode("utf-8") not in raw
    text = decode_body(raw, "windows-1258")
    assert VIET in text
    assert decode_body(raw, None).count("Xuân") == 1  # meta charset / cp1258 fallback without a header


def test_utf8_bytes_labelled_latin1_are_read_as_utf8() -> None:
    assert VIET in decode_body(f"<p>{VIET}</p>".encode(), "iso-8859-1")


def test_pdf_text_round_trips_vietnamese() -> None:
    lines = ["KẾ HOẠCH 11325/KH-UBND", "Phong trào thi đua “Cả nước chung tay vì người nghèo”", VIET]
    data = make_pdf(lines, title="Kế hoạch")
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    assert extract_pdf_text(data).splitlines() == lines


def test_unreadable_pdf_gives_empty_text() -> None:
    assert extract_pdf_text(b"%PDF-1.4 broken") == ""
