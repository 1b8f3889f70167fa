"""Derived, backend-neutral index fields of an Article (facet values, dates, flags).

Both store backends index exactly these values, so filters and facet counts agree.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from lantoa.schema import Article

if TYPE_CHECKING:
    from lantoa.store.hits import HitSource

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
#: The 34-province structure took effect on this day.
REFORM_DATE = date(2025, 7, 1)

#: Filters that match any of several indexed label fields.
FILTER_FIELDS: dict[str, tuple[str, ...]] = {
    "source": ("source",),
    "story_type": ("story_type",),
    "model_type": ("model_type",),
    "province": ("province", "province_old"),
    "district": ("district",),
    "commune": ("commune", "commune_old"),
}


def local_date(moment: datetime | None) -> date | None:
    """The calendar day in Vietnam (dates in filters and digests are local days)."""
    return moment.astimezone(LOCAL_TZ).date() if moment else None


def is_pre_reform(article: Article) -> bool:
    day = local_date(article.published_at)
    return day is None or day < REFORM_DATE


def label_values(article: Article) -> dict[str, list[str]]:
    """Facet/filter values: ``field -> sorted unique values``.

    Localities count only when they are the story's subject. ``province`` and
    ``commune`` hold current (34-province) codes; ``province_old``, ``district`` and
    ``commune_old`` hold pre-2025 codes, for articles written under that structure.
    """
    values: dict[str, set[str]] = {
        "source": {article.source_id},
        "story_type": set(),
        "model_type": set(),
        "province": set(),
        "province_old": set(),
        "district": set(),
        "commune": set(),
        "commune_old": set(),
    }
    tags = article.tags
    if tags is not None:
        values["story_type"].add(tags.story_type)
        values["model_type"].update(tags.model_types)
        old = is_pre_reform(article)
        for loc in tags.localities:
            if loc.role != "subject":
                continue
            current_province = loc.current_province_code or (None if old else loc.province_code)
            if current_province:
                values["province"].add(current_province)
            current_commune = loc.current_commune_code or (None if old else loc.commune_code)
            if current_commune:
                values["commune"].add(current_commune)
            if old:
                if loc.province_code:
                    values["province_old"].add(loc.province_code)
                if loc.district_code:
                    values["district"].add(loc.district_code)
                if loc.commune_code:
                    values["commune_old"].add(loc.commune_code)
    return {field: sorted(v for v in vals if v) for field, vals in values.items()}


def has_people(article: Article) -> bool:
    return bool(article.tags and article.tags.people)


def is_relevant(article: Article) -> bool:
    return bool(article.tags and article.tags.relevant)


def search_text(article: Article | HitSource) -> str:
    """The text that fragments are cut from: sapo, then body."""
    return "\n\n".join(part for part in (article.sapo, article.body) if part)
