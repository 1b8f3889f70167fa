"""Fixture sites of the registry sources beyond the three demo sites: URL layout, date text, templates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

from jinja2 import FileSystemLoader

from crawlers.fixture_render import FIXTURE_DIR, FIXTURE_SITE_IDS, FixtureArticle, SiteRenderer
from crawlers.registry import Listing, Source

#: Content of these sites (the demo's articles.jsonl stays the three demo sites').
SITES_ARTICLES_PATH = FIXTURE_DIR / "sites_articles.jsonl"
_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


@dataclass(frozen=True)
class SiteLayout:
    """How one real site lays out its pages, as recorded (known or assumed) in its source file's notes."""

    #: Template folder under ``fixture_sites/_families/`` (sites sharing a CMS share markup).
    family: str
    #: Article path, a ``str.format`` pattern over :func:`url_fields`.
    article_url: str
    #: Date text of the article page, a ``str.format`` pattern over :func:`date_fields`.
    date_format: str
    #: Opening-tag attributes of the related-links box inside the body (matched by the source's ``drop``).
    related: str = 'class="box-related"'
    #: Whether the JSON-LD NewsArticle names the author (VnExpress's does not: the byline is in the body).
    jsonld_author: bool = True
    #: One story per listing page, so that every listing pages; feeds hold only the newest items, so
    #: the oldest stories are reachable only through paging or sitemaps.
    per_page: int = 1
    feed_items: int = 2


_VCC_RELATED = 'class="VCSortableInPreviewMode" type="RelatedNewsBox"'
LAYOUTS: dict[str, SiteLayout] = {
    "baoangiang": SiteLayout(
        "fck", "/{slug}-a{id6}.html", "{Wd}, {dd}/{mm}/{Y}, {H}:{M} (GMT+7)", 'class="tin-lien-quan"'
    ),
    "baocamau": SiteLayout(
        "fck",
        "/{slug}-a{id6}.html",
        "Cập nhật ngày {d} tháng {m} năm {Y} lúc {H}:{M}",
        'class="tin-lien-quan"',
    ),
    "baochinhphu": SiteLayout(
        "vccorp", "/{slug}-102{yymmddhhmmss}{n3}.htm", "{dd}/{mm}/{Y} {H}:{M}", _VCC_RELATED
    ),
    "baodaklak": SiteLayout(
        "newsroom",
        "/{section}/{yyyymm}/{slug}-{hex7}/",
        "{Wd}, {dd}/{mm}/{Y} - {H}:{M}",
        'class="related-news"',
    ),
    "baodantoc": SiteLayout("vccorp", "/{slug}-{ms}.htm", "{dd}/{mm}/{Y} | {H}:{M}"),
    "baogialai": SiteLayout("article", "/{slug}-post{id6}.html", "{Wd}, {dd}/{mm}/{Y}, {H}:{M}"),
    "baohatinh": SiteLayout("article", "/{slug}-post{id6}.html", "{Wd}, {dd}/{mm}/{Y} - {H}:{M}"),
    "baolaocai": SiteLayout("article", "/{slug}-post{id6}.html", "{dd}/{mm}/{Y} {H}:{M}"),
    "baoquangnam": SiteLayout(
        "quangnam", "/{section}/{slug}-{id6}.html", "{Wd}, {dd}/{mm}/{Y} {H}:{M}", 'class="tinlienquan"'
    ),
    "baothanhhoa": SiteLayout(
        "vccorp", "/{slug}-{id6}.htm", "Cập nhật: {H}:{M}, {dd}/{mm}/{Y}", 'class="related-box"'
    ),
    "dantri": SiteLayout(
        "dantri",
        "/{section}/{slug}-{yyyymmddhhmmss}{n3}.htm",
        "{wd}, {dd}/{mm}/{Y} - {H}:{M}",
        'class="article-related"',
    ),
    "phunuvietnam": SiteLayout(
        "vccorp", "/{slug}-{yyyymmddhhmmss}{n3}.htm", "{dd}/{mm}/{Y} {H}:{M}", _VCC_RELATED
    ),
    "vnexpress": SiteLayout(
        "vnexpress",
        "/{slug}-{id7}.html",
        "{wd}, {dd}/{mm}/{Y}, {H}:{M} (GMT+7)",
        'class="box-tinlienquanv2"',
        False,
    ),
}

#: Every source with a fixture site: the three demo sites, then the layout-driven ones.
ALL_FIXTURE_SITE_IDS: tuple[str, ...] = FIXTURE_SITE_IDS + tuple(sorted(LAYOUTS))


def date_fields(value: datetime) -> dict[str, str]:
    weekday = _WEEKDAYS[value.weekday()]
    return {
        "Wd": weekday,
        "wd": weekday[:4] + weekday[4:].lower(),  # "Thứ sáu", as Dân trí and VnExpress write it
        "d": str(value.day),
        "m": str(value.month),
        "dd": f"{value.day:02d}",
        "mm": f"{value.month:02d}",
        "Y": str(value.year),
        "H": f"{value.hour:02d}",
        "M": f"{value.minute:02d}",
    }


def url_fields(art: FixtureArticle) -> dict[str, str]:
    p = art.published
    return {
        "slug": art.slug,
        "section": art.section,
        "hex7": art.hex7,
        "n3": f"{art.number:03d}",
        "id6": str(412300 + art.number * 17),
        "id7": str(4812300 + art.number * 17),
        "yyyymm": f"{p:%Y%m}",
        "yymmddhhmmss": f"{p:%y%m%d%H%M%S}",
        "yyyymmddhhmmss": f"{p:%Y%m%d%H%M%S}",
        "ms": str(int(p.timestamp() * 1000)),
    }


def listing_section(listing: Listing) -> str:
    """The section a listing shows: ``/xa-hoi.htm`` → ``xa-hoi``, ``/thoi-su/dan-sinh`` → ``thoi-su``."""
    return re.sub(r"\.html?$", "", listing.path.strip("/")).split("/")[0]


def listing_page_path(listing: Listing, page: int) -> str:
    """Path of page ``page`` of a listing: the source's pattern, or ``?page=N`` behind a "Xem thêm" link."""
    if page <= 1:
        return listing.path
    if listing.page_pattern:
        return listing.page_pattern.format(page=page)
    return f"{listing.path}?page={page}"


class LayoutSiteRenderer(SiteRenderer):
    """A fixture site rendered from a :class:`SiteLayout` and the source file's discovery settings."""

    def __init__(self, source: Source, articles: list[FixtureArticle]):
        self.layout = LAYOUTS[source.id]
        super().__init__(source, articles)
        self.per_page = self.layout.per_page
        self.env.loader = FileSystemLoader(
            [
                str(FIXTURE_DIR / source.id),
                str(FIXTURE_DIR / "_families" / self.layout.family),
                str(FIXTURE_DIR / "_families" / "_base"),
                str(FIXTURE_DIR / "_common"),
            ]
        )
        self.env.filters["sitedate"] = self.date_text
        self.env.globals["layout"] = self.layout
        self.env.globals["listing_page_path"] = listing_page_path
        self.env.globals["listing_section"] = listing_section

    def date_text(self, value: datetime, style: str = "article") -> str:
        """The site's date text; ``header`` is the "today" line at the top of every page."""
        fields = date_fields(value)
        if style == "header":
            return "{Wd}, ngày {dd}/{mm}/{Y}".format(**fields)
        return self.layout.date_format.format(**fields)

    def article_path(self, art: FixtureArticle) -> str:
        return self.layout.article_url.format(**url_fields(art))

    def attachment_path(self, art: FixtureArticle) -> str:
        return f"/Uploads/{art.published:%Y/%m/%d}/{self.source.id}-{art.number:03d}.pdf"

    def _listings(self, today: datetime) -> None:
        for listing in self.source.discovery.listings:
            section = listing_section(listing)
            pages = self._paged([a for a in self.articles if a.section == section])
            for n, chunk in enumerate(pages, start=1):
                html = self.render(
                    "listing.html",
                    items=chunk,
                    page=n,
                    pages=len(pages),
                    section=section,
                    listing=listing,
                    today=today,
                )
                self.add(listing_page_path(listing, n), html)

    def _feeds_and_sitemaps(self, latest: datetime) -> None:
        for feed in self.source.discovery.feeds:
            section = Path(feed).stem
            items = [a for a in self.articles if a.section == section][: self.layout.feed_items]
            self.add(
                feed,
                self.render("rss.xml", items=items, section=section, rfc822=format_datetime),
                "application/rss+xml; charset=utf-8",
                last_modified=items[0].published if items else latest,
            )
        for index_path in self.source.discovery.sitemaps:
            self._monthly_sitemaps(index_path, latest)
