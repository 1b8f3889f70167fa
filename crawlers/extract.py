"""Article extraction from one HTML page: JSON-LD/OpenGraph, then source selectors, then trafilatura."""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from parsel.csstranslator import css2xpath

from crawlers.dates import date_from_url, parse_date_text, parse_iso, plausible
from crawlers.registry import Source
from crawlers.urls import canonicalize_url, join_url
from lantoa.legacy import detect_legacy_encoding, legacy_to_unicode
from lantoa.schema import Article, Attachment, DateProvenance, Image, article_id, content_hash
from lantoa.text import fold, normalize, normalize_inline

logger = logging.getLogger(__name__)

MIN_BODY_CHARS = 200
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle"}
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "figure",
    "figcaption",
    "header",
    "footer",
    "br",
    "hr",
}
_SKIP_TAGS = {"script", "style", "noscript", "iframe", "form", "button", "svg", "template"}
_ATTACHMENT_EXT = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|zip|rar)$", re.I)
_AUTHOR_PREFIX = re.compile(
    r"^(bài\s*(và|,)?\s*ảnh|bài|tin\s*(và|,)?\s*ảnh|tin|ảnh|theo|tác giả)\s*[:：]\s*", re.I
)
_BOILERPLATE = re.compile(
    r"^(xem với cỡ chữ|in bài viết|chia sẻ|gửi email|bản in|lưu bài|đọc to|tin liên quan|xem thêm|"
    r"\S+\.(pdf|docx?)(\S+\.(pdf|docx?))?)$",
    re.I,
)
#: Letters only Unicode Vietnamese has (as in :mod:`lantoa.legacy`): text with one of them is never
#: judged TCVN3/VNI by :func:`detect_legacy_encoding`.
_UNICODE_VIETNAMESE = re.compile("[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")
#: Visible text nodes of the page (as many as the legacy-encoding check reads).
_VISIBLE_TEXT = "body *:not(script):not(style)::text"
_LEGACY_SAMPLE = 400
_META_DATE_NAMES = (
    "article:published_time",
    "og:article:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "dc.date",
    "date",
)


@dataclass
class Extracted:
    """Result of parsing one page: an article, or the reason the page is not one."""

    article: Article | None = None
    rejected: str | None = None
    #: Fields whose source selector matched nothing (for selector-health reporting).
    missing: list[str] = field(default_factory=list)


def _clean_inline(text: str | None) -> str:
    return normalize_inline(text or "")


@functools.lru_cache(maxsize=512)
def _compiled(css: str) -> etree.XPath:
    """A CSS query (with parsel's ``::text`` / ``::attr()``) translated to XPath and compiled once.

    The same translation parsel's ``Selector.css`` does on every call; evaluated straight on lxml
    elements, without wrapping every text node and element in a ``Selector``.
    """
    return etree.XPath(css2xpath(css), smart_strings=False)


def _strings(node: Any, css: str) -> list[str]:
    """Text or attribute values matched by ``css`` (ending in ``::text`` or ``::attr(...)``) under ``node``."""
    return [str(v) for v in _compiled(css)(node)]


def _elements(node: Any, css: str | None) -> list[Any]:
    """Elements matched by ``css`` under ``node`` (document order, ``node`` itself included)."""
    return list(_compiled(css)(node)) if css else []


def _parse_html(html: str) -> Any:
    """The page's lxml tree, parsed exactly as parsel's ``Selector(text=html)`` does, but with plain
    ``lxml.etree`` elements (no per-element Python class lookup of ``lxml.html``)."""
    parser = etree.HTMLParser(recover=True, encoding="utf-8", huge_tree=True)
    body = html.strip().replace("\x00", "").encode("utf-8") or b"<html/>"
    root = etree.fromstring(body, parser=parser)
    return root if root is not None else etree.fromstring(b"<html/>", parser=parser)


def _drop_tree(el: Any) -> None:
    """Remove ``el`` and its children but keep its tail text (``lxml.html``'s ``drop_tree``)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + el.tail
        else:
            previous.tail = (previous.tail or "") + el.tail
    parent.remove(el)


def _body_texts(root: Any) -> Iterator[str]:
    """The text nodes ``_VISIBLE_TEXT`` selects, in the same (document) order, read lazily.

    Text directly inside an element below ``<body>`` that is not ``script``/``style``: an element's
    ``text``, then, after each child's subtree, the child's ``tail`` (comments' tails included).
    """
    for body in root.iter("body"):
        # Frames: (children left, whether this element's own text nodes count).
        stack: list[tuple[Iterator[Any], bool]] = [(iter(body), False)]
        while stack:
            children, counted = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                continue
            if isinstance(child, _Tail):  # the tail of an element whose subtree is done
                yield child.tail
            elif isinstance(child.tag, str):
                own = child.tag not in ("script", "style")
                if own and child.text:
                    yield child.text
                stack.append((_tail_after(child, counted), own))
            elif counted and child.tail:  # comment or processing instruction: only its tail is text
                yield child.tail


def _tail_after(el: Any, counted: bool) -> Iterator[Any]:
    """``el``'s children, then ``el``'s tail as a pseudo-child (text of the parent) when it counts."""
    yield from el
    if counted and el.tail:
        yield _Tail(el.tail)


class _Tail:
    """An element's tail, queued after its subtree (already known to count)."""

    def __init__(self, tail: str):
        self.tail = tail


def _legacy_sample(root: Any) -> str | None:
    """The visible text the legacy-encoding check judges, or ``None`` when it is surely Unicode.

    Most pages show a Unicode Vietnamese letter in their first few text nodes (the menu): then the
    check's answer is known without collecting up to 400 nodes with a query over the whole page.
    """
    for count, text in enumerate(_body_texts(root)):
        if count >= _LEGACY_SAMPLE:
            break
        if _UNICODE_VIETNAMESE.search(text):
            return None
    return " ".join(_strings(root, _VISIBLE_TEXT)[:_LEGACY_SAMPLE])


def _iter_jsonld(root: Any) -> Iterator[dict[str, Any]]:
    for raw in _strings(root, "script[type='application/ld+json']::text"):
        try:
            data = json.loads(raw.strip(), strict=False)
        except ValueError:
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                yield item


def _jsonld_article(root: Any) -> dict[str, Any] | None:
    for item in _iter_jsonld(root):
        types = item.get("@type", "")
        types = types if isinstance(types, list) else [types]
        if any(str(t).lower() in _ARTICLE_TYPES for t in types):
            return item
    return None


def _meta_index(root: Any) -> dict[tuple[str, str], str]:
    """Every ``<meta>`` content by (attribute, name), first non-empty one kept: one pass over the page."""
    index: dict[tuple[str, str], str] = {}
    for node in root.iter("meta") if hasattr(root, "iter") else ():
        content = (node.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            name = node.get(attr)
            if name:
                index.setdefault((attr, name), content)
    return index


def _meta(metas: dict[tuple[str, str], str], *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            value = metas.get((attr, name))
            if value:
                return value
    return None


def _node_text(node: etree._Element) -> str:
    """Text of an element with paragraph breaks at block elements."""
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in _SKIP_TAGS or not isinstance(el.tag, str):
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n\n")
        if el.tail:
            parts.append(el.tail)

    walk(node)
    return "".join(parts)


def _paragraphs(text: str) -> list[str]:
    out = []
    for para in normalize(text).split("\n\n"):
        para = " ".join(para.split())
        if para and not _BOILERPLATE.match(para):
            out.append(para)
    return out


def _select_first(root: Any, css: str | None) -> Any | None:
    found = _elements(root, css)
    return found[0] if found else None


def _text_of(node: Any | None) -> str:
    if node is None:
        return ""
    return _clean_inline(" ".join(_strings(node, "::text")))


def _jsonld_authors(data: dict[str, Any]) -> list[str]:
    raw = data.get("author")
    items = raw if isinstance(raw, list) else [raw]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(_clean_inline(name))
    return names


def _split_authors(text: str, source: Source) -> list[str]:
    text = _AUTHOR_PREFIX.sub("", _clean_inline(text)).strip(" .-–")
    if not text or fold(text) == fold(source.name):
        return []
    names = [n.strip(" .-–") for n in re.split(r"\s*[,;]\s*|\s+-\s+|\s+và\s+", text)]
    return [n for n in names if n and len(n) <= 60]


def _jsonld_images(data: dict[str, Any]) -> list[str]:
    raw = data.get("image")
    items = raw if isinstance(raw, list) else [raw]
    urls = []
    for item in items:
        url = item.get("url") if isinstance(item, dict) else item
        if isinstance(url, str) and url.strip():
            urls.append(url.strip())
    return urls


def _date_candidates(
    root: Any,
    metas: dict[tuple[str, str], str],
    ld: dict[str, Any] | None,
    source: Source,
    url: str,
    now: datetime,
    node: Any | None,
) -> Iterator[tuple[datetime | None, DateProvenance]]:
    """Dates in order of trust, each parsed only when the ones before it gave nothing plausible."""
    if ld and isinstance(ld.get("datePublished"), str):
        yield parse_iso(ld["datePublished"]), "jsonld"
    meta = _meta(metas, *_META_DATE_NAMES)
    if meta is None:
        found = _strings(root, "time[itemprop='datePublished']::attr(datetime)")
        meta = found[0] if found else None
    if meta:
        yield parse_iso(meta) or parse_date_text(meta), "meta"
    if node is not None:
        attr = node.get("datetime")
        parsed = parse_iso(attr) if attr else None
        # Relative dates ("2 giờ trước", "Hôm qua, 08:15") are read against the crawl time.
        yield parsed or parse_date_text(_text_of(node), label=source.selectors.date_label, now=now), "text"
    yield date_from_url(url), "url"


def _find_date(
    root: Any,
    metas: dict[tuple[str, str], str],
    ld: dict[str, Any] | None,
    source: Source,
    url: str,
    now: datetime,
    missing: list[str],
) -> tuple[datetime | None, DateProvenance | None]:
    node = _select_first(
        root, source.selectors.date
    )  # looked up even when JSON-LD has the date: selector health
    if source.selectors.date and node is None:
        missing.append("date")
    for value, provenance in _date_candidates(root, metas, ld, source, url, now, node):
        if value is not None and plausible(value, now):
            return value, provenance
    return None, None


def extract_article(
    html: str,
    url: str,
    source: Source,
    *,
    crawled_at: datetime | None = None,
    to_real: Callable[[str], str] | None = None,
) -> Extracted:
    """Parse one fetched page of ``source`` into an :class:`Article` (``tags=None``).

    ``url`` is the URL the page was fetched from; ``to_real`` maps it (and URLs found in the
    page) back to the real site when the crawl runs against a local copy, so canonical URLs and
    ids do not depend on where the page was served from.
    """
    real = to_real or (lambda u: u)
    now = crawled_at or datetime.now(UTC)
    missing: list[str] = []
    # One lxml tree per page, queried with precompiled XPath throughout.
    root = _parse_html(html)
    # Old pages typed in TCVN3 (.VnTime) or VNI fonts: judge the visible text, then convert the
    # whole page once (markup is ASCII and unaffected). The check is cheap for Unicode pages.
    sample = _legacy_sample(root)
    legacy = detect_legacy_encoding(sample) if sample is not None else None
    if legacy:
        html = legacy_to_unicode(html, legacy)
        root = _parse_html(html)
    ld = _jsonld_article(root)
    metas = _meta_index(root)
    og_type = (_meta(metas, "og:type") or "").lower()

    # Canonical URL: rel=canonical, og:url, JSON-LD url, then the fetched URL.
    canonical_links = _strings(root, "link[rel='canonical']::attr(href)")
    canonical_raw = (
        (canonical_links[0] if canonical_links else None)
        or _meta(metas, "og:url")
        or (ld.get("url") if ld and isinstance(ld.get("url"), str) else None)
        or url
    )
    canonical = canonicalize_url(
        real(join_url(url, canonical_raw.strip())), host=source.host, aliases=source.aliases
    )
    fetched = canonicalize_url(real(url), host=source.host, aliases=source.aliases)
    # A canonical link to another site (syndicated copy) or to a non-article page (a CMS that points
    # every page at its home page) would merge distinct articles under one id: keep the fetched URL.
    if urlsplit(canonical).netloc != urlsplit(fetched).netloc or (
        source.is_article_url(fetched) and not source.is_article_url(canonical)
    ):
        canonical = fetched
    if not source.is_article_url(canonical) and ld is None:
        return Extracted(rejected="not_article_url")
    if og_type and og_type not in ("article", "website") and ld is None:
        return Extracted(rejected="not_article_type")

    # Title.
    title_node = _select_first(root, source.selectors.title)
    if title_node is None:
        missing.append("title")
    title = _clean_inline(ld.get("headline") if ld and isinstance(ld.get("headline"), str) else "")
    title = title or _text_of(title_node) or _clean_inline(_meta(metas, "og:title"))

    # Sapo: the selector first (og:description is often cut short), then JSON-LD/OG description.
    sapo_node = _select_first(root, source.selectors.sapo)
    if source.selectors.sapo and sapo_node is None:
        missing.append("sapo")
    sapo = _AUTHOR_PREFIX.sub("", _text_of(sapo_node))
    if not sapo:
        desc = ld.get("description") if ld and isinstance(ld.get("description"), str) else None
        sapo = _clean_inline(desc or _meta(metas, "og:description", "description"))

    # Images, from JSON-LD/OG and from figures in the page.
    images: list[Image] = []
    seen_images: set[str] = set()
    for fig in _elements(root, source.selectors.images):
        srcs = _strings(fig, "img::attr(data-src), img::attr(src)")
        if srcs:
            absolute = real(join_url(url, srcs[0].strip()))
            if absolute not in seen_images:
                seen_images.add(absolute)
                caption = _clean_inline(" ".join(_strings(fig, "figcaption ::text, .caption ::text")))
                if not caption and fig.tag == "table":  # old CMSs: picture row, then caption row
                    rows = [r for r in _elements(fig, "tr") if not _elements(r, "img")]
                    caption = _text_of(rows[-1]) if rows else ""
                images.append(Image(url=absolute, caption=caption))
    for src in (_jsonld_images(ld) if ld else []) + [_meta(metas, "og:image") or ""]:
        absolute = real(join_url(url, src)) if src else ""
        if absolute and absolute not in seen_images and not images:
            seen_images.add(absolute)
            images.append(Image(url=absolute))

    # Attachments.
    attachments: list[Attachment] = []
    for link in _elements(root, source.selectors.attachments):
        href = (link.get("href") or "").strip()
        path = urlsplit(href).path
        ext_match = _ATTACHMENT_EXT.search(path)
        if not href or not ext_match:
            continue
        absolute = real(join_url(url, href))
        if any(a.url == absolute for a in attachments):
            continue
        label = _clean_inline(" ".join(_strings(link, "::text"))) or path.rsplit("/", 1)[-1]
        attachments.append(Attachment(url=absolute, type=ext_match.group(1).lower(), title=label))

    # The author line often sits inside the body block: read it before boilerplate is dropped.
    author_node = _select_first(root, source.selectors.author)
    author_text = _text_of(author_node)

    # Body: JSON-LD articleBody, the source's body selector, then trafilatura.
    paragraphs: list[str] = []
    body_node = _select_first(root, source.selectors.body)
    if source.selectors.body and body_node is None:
        missing.append("body")
    if body_node is not None:
        # One query for all drop selectors (document order: an enclosing block goes before what it holds).
        for dropped in _elements(body_node, ", ".join(source.selectors.drop) or None):
            _drop_tree(dropped)
        paragraphs = _paragraphs(_node_text(body_node))
    if not paragraphs and ld and isinstance(ld.get("articleBody"), str):
        paragraphs = _paragraphs(ld["articleBody"].replace("\n", "\n\n"))
    if not paragraphs:
        paragraphs = _trafilatura_paragraphs(html)
    if paragraphs and sapo and fold(paragraphs[0]) == fold(sapo):
        paragraphs = paragraphs[1:]
    if not title:
        return Extracted(rejected="no_title", missing=missing)

    # Authors.
    authors = _jsonld_authors(ld) if ld else []
    authors = [a for a in authors if fold(a) != fold(source.name)]
    if source.selectors.author and author_node is None and not authors:
        missing.append("author")
    if not authors and author_node is not None:
        authors = _split_authors(author_text, source)
    if (
        paragraphs
        and authors
        and fold(paragraphs[-1]) in {fold(a) for a in authors} | {fold(", ".join(authors))}
    ):
        paragraphs = paragraphs[:-1]

    body = "\n\n".join(paragraphs)
    if len(body) < MIN_BODY_CHARS and not attachments:
        return Extracted(rejected="body_too_short", missing=missing)

    published_at, provenance = _find_date(root, metas, ld, source, canonical, now, missing)
    article = Article(
        id=article_id(canonical),
        url=url,
        canonical_url=canonical,
        source_id=source.id,
        source_name=source.name,
        source_kind=source.kind,
        source_province_code=source.province_code,
        source_current_province_code=source.current_province_code,
        title=title,
        sapo=sapo,
        body=body,
        authors=authors,
        published_at=published_at,
        published_at_source=provenance,
        crawled_at=now,
        images=images,
        attachments=attachments,
        content_hash=content_hash(title, body),
    )
    return Extracted(article=article, missing=missing)


def _trafilatura_paragraphs(html: str) -> list[str]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text:
        return []
    return _paragraphs(text.replace("\n", "\n\n"))
