"""Build a :class:`SearchHit` from an Article, identically for every backend."""

from __future__ import annotations

from collections.abc import Sequence

from lantoa.highlight import fragments, highlight_title
from lantoa.query import Item
from lantoa.schema import Article
from lantoa.store.base import SearchHit
from lantoa.store.fields import search_text


def make_hit(
    article: Article, items: Sequence[Item], *, score: float | None = None, other_outlets: int = 0
) -> SearchHit:
    tags = article.tags
    return SearchHit(
        id=article.id,
        url=article.url,
        title=article.title,
        title_highlighted=highlight_title(article.title, items),
        fragments=fragments(search_text(article), items),
        sapo=article.sapo,
        source_id=article.source_id,
        source_name=article.source_name,
        published_at=article.published_at,
        story_type=tags.story_type if tags else None,
        model_types=list(tags.model_types) if tags else [],
        localities=list(tags.localities) if tags else [],
        summary=list(tags.summary) if tags else [],
        people=[p.name for p in tags.people] if tags else [],
        cluster_id=article.cluster_id,
        other_outlets=other_outlets,
        score=score,
    )
