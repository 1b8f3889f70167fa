"""Decode fetched HTML robustly: valid UTF-8 wins over a wrong label; windows-1258 and meta charsets honoured."""

from __future__ import annotations

import codecs
import re
import unicodedata

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)


def _lookup(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def decode_body(body: bytes, declared: str | None = None, hint: str | None = None) -> str:
    """Text of an HTML body, NFC.

    Order: bytes that are valid UTF-8 and contain non-ASCII are UTF-8 whatever the label says
    (mislabelled pages are common); otherwise the HTTP charset, the ``<meta>`` charset, the
    source's encoding hint, windows-1258, then charset-normalizer's guess. Windows-1258 pages
    spell tone marks as combining characters; NFC composes them.
    """
    if body.startswith(codecs.BOM_UTF8):
        return unicodedata.normalize("NFC", body[3:].decode("utf-8", "replace"))
    try:
        text = body.decode("utf-8")
        if not body[:200000].isascii() or not declared:  # C-speed scan, not a loop per byte
            return unicodedata.normalize("NFC", text)
    except UnicodeDecodeError:
        pass
    meta = _META_CHARSET.search(body[:4096])
    candidates = [
        _lookup(declared),
        _lookup(meta.group(1).decode("ascii", "ignore")) if meta else None,
        _lookup(hint),
        "cp1258",
    ]
    for name in candidates:
        if name and name != "utf-8":
            try:
                return unicodedata.normalize("NFC", body.decode(name))
            except UnicodeDecodeError:
                continue
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    text = str(best) if best is not None else body.decode("utf-8", "replace")
    return unicodedata.normalize("NFC", text)
