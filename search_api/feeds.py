"""RSS 2.0 and Atom 1.0 feeds of a saved search (built with ElementTree, so always well-formed)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from email.utils import format_datetime

from lantoa.store.base import SearchHit

ATOM_NS = "http://www.w3.org/2005/Atom"
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_xml_text(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (control characters in crawled text)."""
    return _XML_INVALID.sub("", text)


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    el.text = clean_xml_text(text)
    return el


def _summary(hit: SearchHit) -> str:
    return hit.sapo or (hit.summary[0] if hit.summary else "")


def _updated(hits: list[SearchHit]) -> datetime:
    dates = [h.published_at for h in hits if h.published_at]
    return max(dates) if dates else datetime.now(UTC)


def render_rss(
    hits: list[SearchHit], *, title: str, description: str, search_url: str, self_url: str, item_url: str
) -> bytes:
    """``item_url`` is a format string with ``{id}`` giving each item's reader-page link."""
    ET.register_namespace("atom", ATOM_NS)
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    _text(channel, "title", title)
    _text(channel, "link", search_url)
    _text(channel, "description", description)
    _text(channel, "language", "vi")
    _text(channel, "lastBuildDate", format_datetime(_updated(hits).astimezone(UTC), usegmt=True))
    ET.SubElement(
        channel, f"{{{ATOM_NS}}}link", {"href": self_url, "rel": "self", "type": "application/rss+xml"}
    )
    for hit in hits:
        item = ET.SubElement(channel, "item")
        _text(item, "title", hit.title)
        _text(item, "link", item_url.format(id=hit.id))
        _text(item, "guid", f"lantoa:{hit.id}", isPermaLink="false")
        _text(item, "description", _summary(hit))
        if hit.source_name:
            _text(item, "category", hit.source_name)
        if hit.published_at:
            _text(item, "pubDate", format_datetime(hit.published_at.astimezone(UTC), usegmt=True))
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True)


def render_atom(
    hits: list[SearchHit], *, title: str, subtitle: str, search_url: str, self_url: str, item_url: str
) -> bytes:
    ET.register_namespace("", ATOM_NS)
    ns = f"{{{ATOM_NS}}}"
    feed = ET.Element(f"{ns}feed", {"xml:lang": "vi"})
    _text(feed, f"{ns}id", self_url)
    _text(feed, f"{ns}title", title)
    _text(feed, f"{ns}subtitle", subtitle)
    _text(feed, f"{ns}updated", _updated(hits).isoformat())
    ET.SubElement(feed, f"{ns}link", {"rel": "self", "href": self_url, "type": "application/atom+xml"})
    ET.SubElement(feed, f"{ns}link", {"rel": "alternate", "href": search_url, "type": "text/html"})
    author = ET.SubElement(feed, f"{ns}author")
    _text(author, f"{ns}name", "Lan Tỏa")
    for hit in hits:
        entry = ET.SubElement(feed, f"{ns}entry")
        _text(entry, f"{ns}id", f"urn:lantoa:article:{hit.id}")
        _text(entry, f"{ns}title", hit.title)
        ET.SubElement(entry, f"{ns}link", {"rel": "alternate", "href": item_url.format(id=hit.id)})
        stamp = (hit.published_at or _updated(hits)).isoformat()
        _text(entry, f"{ns}updated", stamp)
        if hit.published_at:
            _text(entry, f"{ns}published", stamp)
        _text(entry, f"{ns}summary", _summary(hit))
        if hit.source_name:
            source_author = ET.SubElement(entry, f"{ns}author")
            _text(source_author, f"{ns}name", hit.source_name)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
