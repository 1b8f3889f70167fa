"""Render the offline fixture sites (home, listings, articles, feeds, sitemaps, PDFs) from articles.jsonl."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape

from crawlers.dates import VN_TZ
from crawlers.pdf import make_pdf
from crawlers.registry import Source, default_registry
from lantoa.text import fold

FIXTURE_DIR = Path(__file__).with_name("fixture_sites")
ARTICLES_PATH = FIXTURE_DIR / "articles.jsonl"
#: Sites that have templates under ``fixture_sites/<id>/``.
FIXTURE_SITE_IDS = ("dongnai_portal", "baodongnai", "nhandan")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
SECTION_NAMES = {
    "tin-chi-dao-dieu-hanh": "Tin chỉ đạo - điều hành",
    "tin-kinh-te-xa-hoi": "Tin kinh tế - xã hội",
    "xa-hoi": "Xã hội",
    "kinh-te": "Kinh tế",
    "nguoi-tot-viec-tot": "Người tốt, việc tốt",
    "nong-nghiep-nong-thon": "Nông nghiệp - Nông thôn",
}
# A 1x1 grey GIF used for every picture.
_GIF = bytes.fromhex("47494638396101000100800000c0c0c000000021f90401000000002c00000000010001000002024401003b")


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    last_modified: datetime | None = None


@dataclass
class FixtureArticle:
    key: str
    site: str
    section: str
    title: str
    sapo: str
    body: list[str]
    author: str
    published: datetime
    images: list[dict[str, str]] = field(default_factory=list)
    attachment: dict[str, str] | None = None
    number: int = 0
    path: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", fold(self.title)).strip("-")[:80]

    @property
    def hex7(self) -> str:
        return hashlib.sha1(self.key.encode()).hexdigest()[:7]


def load_fixture_articles(path: Path = ARTICLES_PATH) -> list[FixtureArticle]:
    """Parse articles.jsonl (blank lines and lines starting with // are ignored)."""
    articles = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            data = json.loads(line)
            published = datetime.fromisoformat(data["published"])
            if published.tzinfo is None:
                published = published.replace(tzinfo=VN_TZ)
            articles.append(
                FixtureArticle(
                    key=data["key"],
                    site=data["site"],
                    section=data.get("section", "tin-tuc"),
                    title=data["title"],
                    sapo=data.get("sapo", ""),
                    body=list(data.get("body", [])),
                    author=data.get("author", ""),
                    published=published.astimezone(VN_TZ),
                    images=list(data.get("images", [])),
                    attachment=data.get("attachment"),
                    extra={k: v for k, v in data.items() if k in ("expected", "syndicated_from")},
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path.name}:{lineno}: dòng không hợp lệ (invalid line): {exc}") from exc
    return articles


def _vn_date(value: datetime, style: str) -> str:
    wd = WEEKDAYS[value.weekday()]
    if style == "dongnai":
        return value.strftime("Cập nhật %d/%m/%Y %H:%M")
    if style == "baodongnai":
        return f"{wd}, {value:%d/%m/%Y - %H:%M}"
    if style == "nhandan":
        return f"{wd}, {value:%d-%m-%Y, %H:%M}"
    if style == "header":
        weekday = f"Thứ {value.isoweekday() + 1}" if value.isoweekday() < 7 else "Chủ nhật"
        return f"{weekday}, Ngày {value.day}/{value.month}/{value.year}"
    return value.strftime("%d/%m/%Y")


def _jsonld(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")


class SiteRenderer:
    """All pages of one fixture site, keyed by path (+ query), links relative or on the real host."""

    per_page = 6

    def __init__(self, source: Source, articles: list[FixtureArticle]):
        self.source = source
        self.real = source.base_url
        self.articles = sorted(articles, key=lambda a: a.published, reverse=True)
        self.env = Environment(
            loader=FileSystemLoader([str(FIXTURE_DIR / source.id), str(FIXTURE_DIR / "_common")]),
            autoescape=select_autoescape(["html", "xml"]),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["vndate"] = _vn_date
        self.env.filters["jsonld"] = _jsonld
        self.env.globals["section_name"] = lambda s: SECTION_NAMES.get(s, s.replace("-", " ").capitalize())
        for number, art in enumerate(sorted(articles, key=lambda a: a.key), start=1):
            art.number = number
            art.path = self.article_path(art)
        self.pages: dict[str, Page] = {}

    # -- URL layout of each site --------------------------------------------------------------
    def article_path(self, art: FixtureArticle) -> str:
        if self.source.id == "dongnai_portal":
            return (
                f"/Pages/newsdetail.aspx?NewsId={271080 + art.number * 10}&CatID={70 + len(art.section) % 7}"
            )
        if self.source.id == "nhandan":
            return f"/{art.slug}-post{812300 + art.number}.html"
        return f"/{art.section}/{art.published:%Y%m}/{art.slug}-{art.hex7}/"

    def attachment_path(self, art: FixtureArticle) -> str:
        if self.source.id == "dongnai_portal":
            return f"/Documents/{271080 + art.number * 10}_1.pdf"
        return f"/uploads/{art.published:%Y/%m}/{art.hex7 if self.source.id != 'nhandan' else art.number}.pdf"

    def image_path(self, art: FixtureArticle, index: int) -> str:
        return f"/images/{art.published:%Y%m}/{art.number}-{index}.jpg"

    # -- rendering ----------------------------------------------------------------------------
    def add(
        self,
        path: str,
        body: str | bytes,
        content_type: str = "text/html; charset=utf-8",
        last_modified: datetime | None = None,
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = Page(data, content_type, last_modified)

    def render(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(site=self, source=self.source, real=self.real, **context)

    def sections(self) -> dict[str, list[FixtureArticle]]:
        out: dict[str, list[FixtureArticle]] = {}
        for art in self.articles:
            out.setdefault(art.section, []).append(art)
        return out

    def build(self) -> dict[str, Page]:
        latest = self.articles[0].published if self.articles else datetime(2026, 11, 27, tzinfo=VN_TZ)
        for index, art in enumerate(self.articles):
            related = [a for a in self.articles if a.key != art.key][:4]
            newer = self.articles[max(0, index - 3) : index]
            html = self.render(
                "article.html", art=art, related=related, sidebar=newer or related[:3], today=latest
            )
            self.add(art.path, html, last_modified=art.published)
            for i, _image in enumerate(art.images):
                self.add(self.image_path(art, i), _GIF, "image/gif")
            if art.attachment:
                lines = [ln for ln in art.attachment.get("text", "").splitlines() if ln.strip()]
                self.add(
                    self.attachment_path(art),
                    make_pdf(lines, art.attachment.get("title", "")),
                    "application/pdf",
                )
        self._listings(latest)
        self._feeds_and_sitemaps(latest)
        self.add(
            "/", self.render("home.html", latest=self.articles[:8], sections=self.sections(), today=latest)
        )
        self.add(
            "/robots.txt",
            "User-agent: *\nDisallow: /admin/\nDisallow: /tim-kiem\n",
            "text/plain; charset=utf-8",
        )
        extra = self.render_extra()
        self.pages.update(extra)
        return self.pages

    def _paged(self, items: list[FixtureArticle]) -> list[list[FixtureArticle]]:
        return [items[i : i + self.per_page] for i in range(0, len(items), self.per_page)] or [[]]

    def _listings(self, today: datetime) -> None:
        if self.source.id == "dongnai_portal":
            pages = self._paged(self.articles)
            for n, chunk in enumerate(pages, start=1):
                path = "/Pages/tintuc.aspx" + (f"?Page={n}" if n > 1 else "")
                self.add(
                    path,
                    self.render(
                        "listing.html", items=chunk, page=n, pages=len(pages), title="Tin tức", today=today
                    ),
                )
            return
        for section, items in self.sections().items():
            pages = self._paged(items)
            for n, chunk in enumerate(pages, start=1):
                path = f"/{section}/" + (f"?page={n}" if n > 1 else "")
                self.add(
                    path,
                    self.render(
                        "listing.html", items=chunk, page=n, pages=len(pages), section=section, today=today
                    ),
                )

    def _feeds_and_sitemaps(self, latest: datetime) -> None:
        if self.source.id == "dongnai_portal":
            return
        for section, items in self.sections().items():
            self.add(
                f"/rss/{section}.rss",
                self.render("rss.xml", items=items[:20], section=section, rfc822=format_datetime),
                "application/rss+xml; charset=utf-8",
                last_modified=items[0].published,
            )
        self._monthly_sitemaps("/sitemaps.xml" if self.source.id == "nhandan" else "/sitemap.xml", latest)

    def _monthly_sitemaps(self, index_path: str, latest: datetime) -> None:
        """A sitemap index at ``index_path`` pointing at one news sitemap per month."""
        months: dict[str, list[FixtureArticle]] = {}
        for art in self.articles:
            months.setdefault(f"{art.published:%Y-%m}", []).append(art)
        children = []
        for month, items in sorted(months.items(), reverse=True):
            child = f"/sitemaps/news-{month}.xml"
            children.append((child, items[0].published))
            self.add(child, self.render("sitemap.xml", items=items), "application/xml; charset=utf-8")
        self.add(
            index_path,
            self.render("sitemap_index.xml", children=children),
            "application/xml; charset=utf-8",
            last_modified=latest,
        )

    def render_extra(self) -> dict[str, Page]:
        """Pages that look like articles by URL but are not (galleries), for rejection tests."""
        extra: dict[str, Page] = {}
        if self.source.id == "baodongnai" and self.articles:
            path = "/media/202401/thu-vien-anh-dong-nai-hom-nay-abcdef0/"
            extra[path] = Page(self.render("gallery.html", today=self.articles[0].published).encode("utf-8"))
        return extra


def default_articles_path(source_id: str) -> Path:
    """The content file of a site: articles.jsonl for the demo sites, sites_articles.jsonl for the others."""
    return ARTICLES_PATH if source_id in FIXTURE_SITE_IDS else FIXTURE_DIR / "sites_articles.jsonl"


def site_renderer(source: Source, articles: list[FixtureArticle]) -> SiteRenderer:
    """The renderer of one site: the demo sites' own, or the layout-driven one of the other sources."""
    from crawlers.fixture_layouts import LAYOUTS, LayoutSiteRenderer

    if source.id in LAYOUTS:
        return LayoutSiteRenderer(source, articles)
    return SiteRenderer(source, articles)


def render_site(
    source_id: str, articles_path: Path | None = None, source: Source | None = None
) -> dict[str, Page]:
    """Every page of one fixture site, by path+query (content from ``articles_path`` or the site's default)."""
    source = source or default_registry()[source_id]
    path = articles_path or default_articles_path(source_id)
    articles = [a for a in load_fixture_articles(path) if a.site == source_id]
    return site_renderer(source, articles).build()


def url_path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")
