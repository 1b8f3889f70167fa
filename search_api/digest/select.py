"""Candidate selection: a week's relevant articles from the store, near-duplicates collapsed."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from lantoa.schema import Article
from lantoa.store.base import MAX_PAGE_SIZE, SearchQuery, Store
from search_api.digest.week import IsoWeek

logger = logging.getLogger(__name__)

#: Safety stop for cursor paging (MAX_PAGE_SIZE * this many articles per week).
MAX_PAGES = 5000


@dataclass
class Story:
    """One story: the article shown (``lead``) and the other copies of it."""

    lead: Article
    copies: list[Article] = field(default_factory=list)

    @property
    def ids(self) -> set[str]:
        return {self.lead.id, *(a.id for a in self.copies)}

    @property
    def published_at(self) -> datetime | None:
        return self.lead.published_at


def fetch_week(
    store: Store,
    week: IsoWeek,
    *,
    province: str | None = None,
    story_types: Iterable[str] = (),
    model_types: Iterable[str] = (),
) -> list[Article]:
    """Every relevant article published in ``week`` (Vietnam time) matching the filters, newest first."""
    # Both backends filter on the local (Vietnam) calendar day (lantoa.store.fields.local_date).
    # One query per day keeps each result set small (cheap counting and deep paging).
    # The exact instant is still checked here, whatever the backend returns.
    base = SearchQuery(
        relevant=True,
        province=[province] if province else [],
        story_type=list(story_types),
        model_type=list(model_types),
        sort="newest",
        size=MAX_PAGE_SIZE,
        facets=False,
    )
    ids: list[str] = []
    seen: set[str] = set()
    for offset in range(6, -1, -1):
        day = week.monday + timedelta(days=offset)
        query = base.model_copy(update={"date_from": day, "date_to": day})
        for _ in range(MAX_PAGES):
            result = store.search(query)
            for hit in result.hits:
                if hit.published_at is not None and week.contains(hit.published_at) and hit.id not in seen:
                    seen.add(hit.id)
                    ids.append(hit.id)
            if not result.next_cursor or not result.hits:
                break
            query = query.model_copy(update={"cursor": result.next_cursor})
    articles = []
    for article_id in ids:
        article = store.get(article_id)
        if article is not None and article.tags is not None and article.tags.relevant:
            articles.append(article)
    logger.info("Week %s: %d relevant articles", week, len(articles))
    return articles


def _lead_key(article: Article) -> tuple[bool, float, str]:
    ts = article.published_at.timestamp() if article.published_at else float("inf")
    return (not article.first_in_cluster, ts, article.id)


def collapse(articles: list[Article], preferred: Iterable[str] = ()) -> list[Story]:
    """Group copies sharing a ``cluster_id`` or a ``content_hash``; the earliest copy leads.

    An id in ``preferred`` (a pinned article) leads its group instead.
    """
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for index, article in enumerate(articles):
        for key in (
            f"c:{article.cluster_id}" if article.cluster_id else "",
            f"h:{article.content_hash}" if article.content_hash else "",
        ):
            if not key:
                continue
            if key in owner:
                parent[find(index)] = find(owner[key])
            else:
                owner[key] = index
    groups: dict[int, list[Article]] = {}
    for index, article in enumerate(articles):
        groups.setdefault(find(index), []).append(article)
    wanted = set(preferred)
    stories = []
    for members in groups.values():
        members.sort(key=_lead_key)
        lead = next((a for a in members if a.id in wanted), members[0])
        stories.append(Story(lead=lead, copies=[a for a in members if a is not lead]))
    stories.sort(key=lambda s: _lead_key(s.lead))
    return stories
