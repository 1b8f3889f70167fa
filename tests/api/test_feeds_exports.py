"""Saved searches as RSS/Atom feeds (read back with feedparser) and CSV/XLSX exports."""

from __future__ import annotations

import csv
import io
from typing import Any

import feedparser
import openpyxl
import pytest

from lantoa.schema import Article
from search_api.exports import safe_cell


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_is_readable_by_feedparser(client: Any, kind: str) -> None:
    response = client.get(f"/api/search.{kind}", params={"q": "thoát nghèo", "size": 5})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(f"application/{kind}+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "Lan Tỏa: thoát nghèo"
    assert 0 < len(feed.entries) <= 5
    search = client.get("/api/search", params={"q": "thoát nghèo", "sort": "newest", "size": 5}).json()
    assert [e.title for e in feed.entries] == [h["title"] for h in search["hits"]]
    assert all(e.link.startswith("http://testserver/articles/") for e in feed.entries)
    assert all(e.get("published_parsed") or e.get("updated_parsed") for e in feed.entries)


def test_feed_keeps_filters_in_its_links(client: Any) -> None:
    response = client.get("/api/search.atom", params={"story_type": "good_deed", "province": "40"})
    feed = feedparser.parse(response.content)
    self_link = next(link.href for link in feed.feed.links if link.rel == "self")
    assert "story_type=good_deed" in self_link and "province=40" in self_link
    titles = {e.title for e in feed.entries}
    assert "Thầy giáo trả lại túi xách có 50 triệu đồng cho người đánh rơi" in titles
    assert all("Tổ tiết kiệm" not in t for t in titles)


def test_feed_carries_hostile_titles_as_text(client: Any, xss_articles: list[Article]) -> None:
    response = client.get("/api/search.rss", params={"q": "nuôi ong", "size": 20})
    assert b"<script>" not in response.content  # escaped inside XML
    feed = feedparser.parse(response.content)
    assert not feed.bozo


def test_csv_export_has_bom_vietnamese_headers_and_all_rows(client: Any) -> None:
    response = client.get("/api/search.csv", params={"story_type": "good_deed"})
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    total = client.get("/api/search", params={"story_type": "good_deed", "size": 0}).json()["total"]
    assert rows[0][:3] == ["Ngày đăng", "Tiêu đề", "Nguồn"]
    assert len(rows) - 1 == total
    assert any("Người tốt, việc tốt" in row[3] for row in rows[1:])


def test_exports_neutralise_spreadsheet_formulas(client: Any) -> None:
    text = client.get("/api/search.csv", params={"q": "nuôi ong"}).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    cells = [cell for row in rows[1:] for cell in row]
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    assert '\'=HYPERLINK("http://evil.example","Nhận quà") nuôi ong' in cells
    assert safe_cell("-1") == "'-1" and safe_cell("Bình thường") == "Bình thường"


def test_xlsx_export_opens_with_text_cells_only(client: Any) -> None:
    response = client.get("/api/search.xlsx", params={"q": "nuôi ong", "lang": "en"})
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book.active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Published", "Title")
    total = client.get("/api/search", params={"q": "nuôi ong", "size": 0}).json()["total"]
    assert len(rows) - 1 == total
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert any(str(r[1]).startswith("'=HYPERLINK") for r in rows[1:])


def test_export_limit_is_bounded(client: Any) -> None:
    rows = client.get("/api/search.csv", params={"limit": 3}).content.decode("utf-8-sig").splitlines()
    assert len(rows) == 4
    assert client.get("/api/search.csv", params={"limit": 0}).status_code == 422
    assert client.get("/api/search.xlsx", params={"limit": 100_000}).status_code == 422
