"""Build a :class:`SearchHit` from an Article, identically for every backend."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from lantoa.highlight import fragments, highlight_title
from lantoa.query import Item
from lantoa.schema import Article, Locality, Person, Tags
from lantoa.store.base import SearchHit
from lantoa.store.fields import search_text


class _Part(BaseModel):
    model_config = ConfigDict(extra="ignore")


class HitTags(_Part):
    """The tags a hit shows (:class:`lantoa.schema.Tags`, the other fields left unread)."""

    story_type: str = "other"
    model_types: list[str] = Field(default_factory=list)
    localities: list[Locality] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    summary: list[str] = Field(default_factory=list)


class HitSource(_Part):
    """The fields of a stored :class:`~lantoa.schema.Article` a hit is built from: parsing only
    these from the stored JSON costs about a quarter less than the whole Article."""

    id: str
    url: str
    source_id: str
    source_name: str = ""
    title: str
    sapo: str = ""
    body: str = ""
    published_at: datetime | None = None
    cluster_id: str | None = None
    tags: HitTags | None = None


def make_hit(
    article: Article | HitSource,
    items: Sequence[Item],
    *,
    score: float | None = None,
    other_outlets: int = 0,
) -> SearchHit:
    tags: Tags | HitTags | None = article.tags
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
