"""Ranking (relevance, exemplarity, source) and diversity-aware selection of digest stories."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from lantoa.schema import Article
from search_api.digest.select import Story

#: How much each kind of outlet counts towards the source score.
SOURCE_KIND_WEIGHT: dict[str | None, float] = {
    "national_outlet": 1.0,
    "provincial_newspaper": 0.85,
    "mass_organisation": 0.8,
    "provincial_portal": 0.75,
    None: 0.6,
}
WEIGHT_RELEVANCE = 0.4
WEIGHT_EXEMPLARITY = 0.4
WEIGHT_SOURCE = 0.2
#: Score taken off per entry already chosen from the same province / model type.
PROVINCE_PENALTY = 0.08
MODEL_TYPE_PENALTY = 0.05


@dataclass(frozen=True)
class Scored:
    story: Story
    score: float
    province: str | None
    model_type: str


def relevance(article: Article) -> float:
    tags = article.tags
    if tags is None:
        return 0.0
    return max(0.0, min(1.0, tags.story_type_scores.get(tags.story_type, 0.7)))


def exemplarity(article: Article) -> float:
    """Concrete figures, named people or collectives, a clear model type: 0..1."""
    tags = article.tags
    if tags is None:
        return 0.0
    score = 0.4 * min(len(tags.figures), 3) / 3
    if tags.people:
        score += 0.3
    if tags.organizations:
        score += 0.1
    if any(m != "other" for m in tags.model_types):
        score += 0.2
    return round(score, 6)


def source_score(story: Story) -> float:
    kinds = [story.lead.source_kind, *(a.source_kind for a in story.copies)]
    best_kind = max(SOURCE_KIND_WEIGHT.get(k, 0.6) for k in kinds)
    outlets = {a.source_id for a in story.copies} - {story.lead.source_id}
    reach = min(len(outlets), 3) / 3
    return 0.7 * best_kind + 0.3 * reach


def story_score(story: Story) -> float:
    lead = story.lead
    total = (
        WEIGHT_RELEVANCE * relevance(lead)
        + WEIGHT_EXEMPLARITY * max(exemplarity(a) for a in [lead, *story.copies])
        + WEIGHT_SOURCE * source_score(story)
    )
    return round(total, 4)


def primary_model_type(article: Article) -> str:
    tags = article.tags
    if tags is None:
        return "other"
    return next((m for m in tags.model_types if m != "other"), "other")


def story_province(article: Article) -> str | None:
    """The current (34-province) code of the story's subject place, else the source's home."""
    tags = article.tags
    for loc in tags.localities if tags else []:
        if loc.role == "subject":
            code = loc.current_province_code or loc.province_code
            if code:
                return code
    return article.source_current_province_code or article.source_province_code


def score_stories(stories: list[Story]) -> list[Scored]:
    return [Scored(s, story_score(s), story_province(s.lead), primary_model_type(s.lead)) for s in stories]


def _order_key(item: Scored) -> tuple[float, float, str]:
    published = item.story.lead.published_at
    return (-item.score, -(published.timestamp() if published else 0.0), item.story.lead.id)


def select_diverse(
    candidates: list[Scored], pinned: list[Scored], *, size: int, max_per_source: int
) -> list[Scored]:
    """Pinned stories first, then greedily the best remaining, spread over provinces and models.

    At most ``max_per_source`` stories per source (pins may exceed it: the editor decides).
    Deterministic: ties break on newer first, then article id.
    """
    chosen = list(pinned)
    per_source: Counter[str] = Counter(s.story.lead.source_id for s in chosen)
    per_province: Counter[str | None] = Counter(s.province for s in chosen)
    per_model: Counter[str] = Counter(s.model_type for s in chosen)
    remaining = sorted(candidates, key=_order_key)
    while len(chosen) < size and remaining:
        best_index = -1
        best_value = 0.0
        for index, item in enumerate(remaining):
            if per_source[item.story.lead.source_id] >= max_per_source:
                continue
            value = (
                item.score
                - PROVINCE_PENALTY * (per_province[item.province] if item.province else 0)
                - MODEL_TYPE_PENALTY * (per_model[item.model_type] if item.model_type != "other" else 0)
            )
            if best_index < 0 or value > best_value + 1e-9:
                best_index, best_value = index, value
        if best_index < 0:
            break
        item = remaining.pop(best_index)
        chosen.append(item)
        per_source[item.story.lead.source_id] += 1
        per_province[item.province] += 1
        per_model[item.model_type] += 1
    return chosen
