"""NLP tagging for Lan Tỏa: ``tag``, ``tag_article`` and ``tag_jsonl`` (heavy parts load lazily)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TextIO

from . import native

if TYPE_CHECKING:
    from lantoa.schema import Article, Tags

__all__ = ["tag", "tag_article", "tag_jsonl"]

# The compiled tagger modules (``lantoa build-native``), used while they match the source: this only
# puts a finder on sys.meta_path; the build is checked when a tagger module is first imported.
native.install()


def tag(doc: Mapping[str, Any]) -> Tags:
    """Tag one document ``{"title", "text", "sapo"?, "published_at"?, "source"?, "source_province"?}``."""
    from .tagger import tag as _tag

    return _tag(doc)


def tag_article(article: Article) -> Article:
    """A copy of ``article`` with ``tags`` filled in."""
    from .tagger import tag_article as _tag_article

    return _tag_article(article)


def tag_jsonl(lines: Iterable[str], out: TextIO, err: TextIO) -> tuple[int, int]:
    """``lantoa tag``: tag JSON Lines; bad lines reported to ``err`` with line numbers. Returns (ok, failed)."""
    from .tagger import tag_jsonl as _tag_jsonl

    return _tag_jsonl(lines, out, err)
