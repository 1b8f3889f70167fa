"""Canonical URLs, robust HTML decoding (windows-1258, mislabelled UTF-8) and PDF text round trips."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

from crawlers.decode import decode_body
from crawlers.fixture_server import encode_windows_1258
from crawlers.pdf import extract_pdf_text, make_pdf
from crawlers.urls import _canonicalize_general, canonicalize_url, join_url

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


_FAST_PATH_CASES = [
    "https://baodongnai.com.vn/xa-hoi/202403/abc-1234567/",
    "http://baodongnai.com.vn",
    "https://baodongnai.com.vn/",
    "https://m.baodongnai.com.vn/xa-hoi/a.html",
    "https://amp.baodongnai.com.vn/amp/xa-hoi/a/amp/",
    "https://www.baodongnai.com.vn/a.amp",
    "https://baodongnai.com.vn/amp",
    "https://baodongnai.com.vn/amp/amp",
    "https://dongnai.gov.vn/Pages/x.aspx",
    "https://other.example.vn/xa-hoi/a/",
    "https://baodongnai.com.vn/đường-mới/ảnh 1.jpg",
    "https://baodongnai.com.vn/a\u00a0b/",
    "https://baodongnai.com.vn/a\tb/",
    "https://baodongnai.com.vn/a?",
    "https://baodongnai.com.vn/a#",
    "https://baodongnai.com.vn/a?amp=1&id=2",
    "https://baodongnai.com.vn:8443/a/",
    "https://baodongnai.com.vn:443/a/",
    "http://user@baodongnai.com.vn/a/",
    "HTTPS://BaoDongNai.com.vn/A/",
    "https://[::1]/a/",
    "//baodongnai.com.vn/a/",
    "/xa-hoi/a/",
    "ftp://baodongnai.com.vn/a/",
    "  https://baodongnai.com.vn/a/  ",
]


@pytest.mark.parametrize("url", _FAST_PATH_CASES)
@pytest.mark.parametrize(
    ("host", "aliases"), [(None, ()), ("baodongnai.com.vn", ()), ("www.dongnai.gov.vn", ("Dongnai.gov.vn",))]
)
def test_canonical_url_fast_path_matches_the_general_one(
    url: str, host: str | None, aliases: tuple[str, ...]
) -> None:
    expected = _canonicalize_general(url.strip(), host, aliases)
    assert canonicalize_url(url, host=host, aliases=aliases) == expected
    assert canonicalize_url(url, host=host, aliases=list(aliases)) == expected


@pytest.mark.parametrize(
    "url", [*_FAST_PATH_CASES, "", "a/b", "../x", "?p=2", "#top", "https://h/a;p", "https://h/a;"]
)
@pytest.mark.parametrize("base", ["https://baodongnai.com.vn/xa-hoi/a/", "http://127.0.0.1:8999/x", ""])
def test_join_url_matches_urljoin(base: str, url: str) -> None:
    assert join_url(base, url) == urljoin(base, url)


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
