"""Digest HTTP routes inside the real app: JSON, downloads, admin-only publishing, the web page."""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():  # Starlette asks for "httpx2"; plain httpx works the same here.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from lantoa.settings import Settings
from lantoa.store.sqlite import SqliteStore
from search_api.app import create_app

KEY = "khóa-bí-mật-123".encode().hex()


@pytest.fixture
def client(store: SqliteStore, tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        data_dir=tmp_path / "api-data", admin_api_key=KEY, digest_issuer="Ban Tuyên giáo Tỉnh ủy"
    )
    app = create_app(settings, store, rate_limit_per_minute=0)
    with TestClient(app) as test_client:
        yield test_client


def test_digest_json(client: TestClient, by_slug: dict[str, str]) -> None:
    response = client.get("/api/digests/2026-W47")
    assert response.status_code == 200
    data = response.json()
    assert data["issuer"] == "Ban Tuyên giáo Tỉnh ủy"
    assert data["sections"][0]["entries"][0]["article_id"] == by_slug["nuoi-bo-sinh-san-muong-dong"]


def test_query_parameters_match_the_cli(client: TestClient, by_slug: dict[str, str]) -> None:
    params = {
        "story_type": "good_deed",
        "size": 3,
        "pin": by_slug["hien-mau-tinh-nguyen-vinh"],
        "exclude": by_slug["xe-om-tra-lai-50-trieu"],
    }
    data = client.get("/api/digests/2026-W47", params=params).json()
    ids = [e["article_id"] for s in data["sections"] for e in s["entries"]]
    assert len(ids) == 3 and by_slug["hien-mau-tinh-nguyen-vinh"] in ids
    assert by_slug["xe-om-tra-lai-50-trieu"] not in ids
    order = client.get("/api/digests/2026-W47", params={"section_order": "policy_news,good_deed"}).json()
    assert [s["id"] for s in order["sections"]] == ["policy_news", "good_deed", "poverty_model"]


@pytest.mark.parametrize(
    ("suffix", "media", "check"),
    [
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK"),
        ("html", "text/html; charset=utf-8", b"<!DOCTYPE html>"),
        ("md", "text/markdown; charset=utf-8", "**BAN TUYÊN GIÁO TỈNH ỦY**".encode()),
        ("json", "application/json", b"{"),
    ],
)
def test_downloads(client: TestClient, suffix: str, media: str, check: bytes) -> None:
    response = client.get(f"/api/digests/2026-W47.{suffix}")
    assert response.status_code == 200
    assert response.headers["content-type"] == media
    assert (
        response.headers["content-disposition"] == f'attachment; filename="lantoa-digest-2026-W47.{suffix}"'
    )
    assert response.content.startswith(check)
    if suffix == "docx":
        from docx import Document

        assert Document(io.BytesIO(response.content)).styles["Normal"].font.name == "Times New Roman"


def test_errors_are_bilingual_json(client: TestClient) -> None:
    bad = client.get("/api/digests/2026-W99")
    assert bad.status_code == 422 and bad.json()["message"].startswith("Năm 2026 không có tuần 99 / ")
    assert client.get("/api/digests/2026-W47.pdf").status_code == 404
    unknown = client.get("/api/digests/2026-W47", params={"story_type": "x"})
    assert unknown.status_code == 422 and "unknown story type" in unknown.json()["message"]
    assert client.get("/api/digests/2026-W47", params={"pin": "nope"}).status_code == 404
    assert client.get("/api/digests/2026-W47", params={"version": 1}).status_code == 404


def test_publish_needs_the_admin_key(client: TestClient) -> None:
    assert client.post("/api/digests/2026-W47/publish").status_code == 401
    assert client.post("/api/digests/2026-W47/publish", headers={"X-API-Key": "wrong"}).status_code == 401
    assert client.get("/api/digests/2026-W47/versions").json() == {"week": "2026-W47", "versions": []}


def test_publish_then_read_versions(client: TestClient, tmp_path: Path, by_slug: dict[str, str]) -> None:
    first = client.post("/api/digests/2026-W47/publish", headers={"X-API-Key": KEY})
    assert first.status_code == 201
    assert first.json()["version"] == 1 and first.json()["entries"] == 12
    second = client.post(
        "/api/digests/2026-W47/publish",
        params={"exclude": by_slug["xe-om-tra-lai-50-trieu"]},
        headers={"X-API-Key": KEY},
    )
    assert second.json()["version"] == 2 and second.json()["entries"] == 11
    assert client.get("/api/digests/2026-W47/versions").json()["versions"] == [1, 2]
    v1 = client.get("/api/digests/2026-W47", params={"version": 1}).json()
    assert v1["version"] == 1 and len([e for s in v1["sections"] for e in s["entries"]]) == 12
    assert (tmp_path / "api-data" / "digests" / "2026-W47" / "v2.docx").exists()
    assert client.get(first.json()["files"]["docx"]).status_code == 200


def test_web_page_in_vietnamese(client: TestClient) -> None:
    page = client.get("/digest/2026-W47")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    assert '<html lang="vi">' in html and "Tuần 47/2026" in html and "Bản nháp – chưa phát hành" in html
    assert 'href="/api/digests/2026-W47.docx"' in html and 'href="/digest/2026-W46"' in html
    assert "Cùng đưa tin:" in html and html.count("data:image/png;base64,") == 2
    assert "style=" not in html  # the page is styled by its stylesheet (the app's CSP forbids inline styles)
    css = client.get("/digest-assets/digest.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    empty = client.get("/digest/2026-W40")
    assert empty.status_code == 200 and "chưa có bài viết nào" in empty.text


def test_digest_home_redirects_to_last_complete_week(client: TestClient) -> None:
    response = client.get("/digest", follow_redirects=False)
    assert response.status_code == 307 and response.headers["location"].startswith("/digest/20")
