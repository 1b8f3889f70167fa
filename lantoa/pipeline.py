"""Stage composition: JSONL of Articles in, tagged and clustered Articles into the store.

Stages hand over through JSONL of :class:`~lantoa.schema.Article`, so any stage can be
replayed. Heavy stages (Scrapy, spaCy) are imported only when used.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from lantoa.schema import Article
from lantoa.store.base import SearchQuery, Store

logger = logging.getLogger(__name__)

Progress = Callable[[str], None]


class BadInput(ValueError):
    """An input file or line that cannot be used (message fit for users)."""


def read_articles(path: Path, errors: list[str] | None = None) -> Iterator[Article]:
    """Articles from a JSONL file; bad lines are reported in ``errors`` (or raise)."""
    if not path.exists():
        raise BadInput(f"Không tìm thấy tệp {path} / file not found: {path}")
    with path.open(encoding="utf-8") as handle:
        yield from parse_article_lines(handle, str(path), errors)


def parse_article_lines(
    lines: Iterable[str], name: str, errors: list[str] | None = None
) -> Iterator[Article]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield Article.model_validate_json(line)
        except ValidationError as exc:
            message = (
                f"{name}:{number}: dòng không hợp lệ / invalid line: "
                f"{exc.errors()[0]['msg'] if exc.errors() else exc}"
            )
            if errors is None:
                raise BadInput(message) from exc
            errors.append(message)


def write_articles(articles: Iterable[Article], out: TextIO) -> int:
    n = 0
    for article in articles:
        out.write(json.dumps(article.model_dump(mode="json"), ensure_ascii=False) + "\n")
        n += 1
    return n


#: Stored articles published this close to a new batch are clustered with it, so a
#: syndicated copy crawled today joins the cluster of one stored last week.
NEIGHBOUR_WINDOW = timedelta(days=14)
MAX_NEIGHBOURS = 5000


def cluster(articles: list[Article]) -> list[Article]:
    """Assign near-duplicate clusters across sources (MinHash LSH, in ``crawlers.dedup``)."""
    from crawlers.dedup import assign_clusters

    return assign_clusters(articles)


def stored_neighbours(store: Store, articles: list[Article]) -> list[Article]:
    """Stored articles published near the batch (not in it): candidates for its clusters."""
    dates = [a.published_at for a in articles if a.published_at]
    if not dates:
        return []
    batch_ids = {a.id for a in articles}
    query = SearchQuery(
        date_from=(min(dates) - NEIGHBOUR_WINDOW).date(),
        date_to=(max(dates) + NEIGHBOUR_WINDOW).date(),
        sort="newest",
        size=100,
        facets=False,
    )
    found: list[Article] = []
    while len(found) < MAX_NEIGHBOURS:
        page = store.search(query)
        for hit in page.hits:
            if hit.id not in batch_ids:
                article = store.get(hit.id)
                if article is not None:
                    found.append(article)
        if not page.next_cursor:
            break
        query = query.model_copy(update={"cursor": page.next_cursor})
    return found


def tag_articles(
    articles: Iterable[Article], progress: Progress | None = None, every: int = 20
) -> Iterator[Article]:
    from nlp import tag_article

    for n, article in enumerate(articles, start=1):
        yield tag_article(article)
        if progress and n % every == 0:
            progress(f"  đã gắn nhãn {n} bài / tagged {n} articles")


def store_articles(store: Store, articles: Iterable[Article], batch: int = 200) -> int:
    written = 0
    pending: list[Article] = []
    for article in articles:
        pending.append(article)
        if len(pending) >= batch:
            written += store.upsert(pending)
            pending = []
    if pending:
        written += store.upsert(pending)
    store.refresh()
    return written


def ingest(store: Store, articles: list[Article], progress: Progress | None = None) -> int:
    """Cluster (with stored neighbours), tag and store crawled articles; returns how many were written."""
    if progress:
        progress(f"Gom nhóm bài trùng lặp / clustering near-duplicates ({len(articles)} bài)")
    neighbours = stored_neighbours(store, articles)
    clustered = cluster(articles + neighbours)
    new_ids = {a.id for a in articles}
    before = {a.id: (a.cluster_id, a.first_in_cluster) for a in neighbours}
    # Stored articles whose cluster changed (a new, earlier copy arrived) are re-stored as they are.
    changed = [a for a in clustered if a.id in before and before[a.id] != (a.cluster_id, a.first_in_cluster)]
    if changed:
        store.upsert(changed)
    if progress:
        progress("Gắn nhãn địa bàn, loại tin, mô hình / tagging places, story and model types")
    fresh = [a for a in clustered if a.id in new_ids]
    return store_articles(store, tag_articles(fresh, progress))
