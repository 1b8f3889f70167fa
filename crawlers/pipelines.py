"""Article output: validate each Article, append it to the JSONL output, then mark its URL seen.

The spider hands each article straight to a :class:`JsonlWriter`: Scrapy's item machinery, with its
per-item tasks, signals and log records, cost more CPU than writing the line.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError
from scrapy.exceptions import DropItem

from lantoa.schema import Article

logger = logging.getLogger(__name__)


def existing_ids(path: Path) -> set[str]:
    """Ids already written to a JSONL output (so a resumed crawl never writes duplicates)."""
    ids: set[str] = set()
    if not path.exists():
        return ids
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                ids.add(json.loads(line)["id"])
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short by a crash
    return ids


class JsonlWriter:
    """Appends articles to a JSONL file, at most once per id (ids already in the file included).

    Each line is flushed to the operating system before the article's URL is marked seen, so a
    killed crawl never has a committed seen mark for an article that is not in the file.
    """

    def __init__(self, path: Path, max_articles: int | None = None):
        self.path = Path(path)
        self.max_articles = max_articles or None
        self.written = 0
        self.ids: set[str] = set()
        self.fh: TextIO | None = None

    @property
    def full(self) -> bool:
        return self.max_articles is not None and self.written >= self.max_articles

    def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.ids = existing_ids(self.path)
        if self.path.exists() and self.path.stat().st_size:
            with self.path.open("rb+") as fh:  # drop a last line cut short by a crash
                data = fh.read()
                if not data.endswith(b"\n"):
                    cut = data.rfind(b"\n") + 1
                    fh.seek(cut)
                    fh.truncate()
        self.fh = self.path.open("a", encoding="utf-8")

    def close(self) -> None:
        if self.fh:
            self.fh.close()
            self.fh = None

    def write(self, spider: Any, item: dict[str, Any]) -> None:
        """Write ``item`` (``article``, ``key``, ``validated``) for ``spider`` (its report, state, progress).

        Raises :class:`DropItem` when the article is invalid or ``max_articles`` is reached.
        """
        article: Article = item["article"]
        report = spider.report.source(article.source_id)
        if self.full:
            raise DropItem("max_articles reached")
        try:
            if not item.get("validated"):  # e.g. attachments merged in with model_copy(), which skips checks
                article = Article.model_validate(article.model_dump())
        except ValidationError as exc:
            report.rejected["invalid_article"] += 1
            raise DropItem(f"invalid article {article.url}: {exc}") from exc
        if article.id not in self.ids:
            assert self.fh is not None
            self.fh.write(article.model_dump_json() + "\n")
            self.fh.flush()
            self.ids.add(article.id)
            self.written += 1
            report.articles_extracted += 1
            spider.progress(f"{article.source_id}: {article.title[:80]}")
        else:
            report.rejected["duplicate_id"] += 1
        spider.state.mark_seen(item["key"], article.source_id, "article", article.id)


def close_for_max_articles(crawler: Any) -> None:
    """Stop the crawl (finish reason ``max_articles``) once the article limit is reached."""
    from scrapy.utils.defer import deferred_from_coro

    deferred_from_coro(crawler.engine.close_spider_async(reason="max_articles"))
