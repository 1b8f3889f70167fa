"""``build_digest``: select, rank and arrange a week's stories into a :class:`Digest`."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from datetime import datetime

from lantoa.schema import Article
from lantoa.store.base import Store
from lantoa.taxonomy import load_taxonomy
from lantoa.text import normalize_inline
from search_api.digest.config import get_digest_settings
from search_api.digest.errors import DigestNotFound, digest_error
from search_api.digest.labels import (
    UNKNOWN_PROVINCE,
    figure_text,
    locality_names,
    province_name,
    subject_locality,
)
from search_api.digest.models import (
    CountRow,
    Digest,
    DigestEntry,
    DigestFilters,
    DigestSection,
    ModelTypeGroup,
    OtherOutlet,
    Overview,
)
from search_api.digest.rank import (
    Scored,
    primary_model_type,
    score_stories,
    select_diverse,
    story_province,
)
from search_api.digest.select import Story, collapse, fetch_week
from search_api.digest.week import VN_TZ, IsoWeek, parse_week

logger = logging.getLogger(__name__)


def build_digest(
    store: Store,
    week: str,
    *,
    province: str | None = None,
    story_types: list[str] | None = None,
    model_types: list[str] | None = None,
    size: int | None = None,
    pins: list[str] | None = None,
    excludes: list[str] | None = None,
    section_order: list[str] | None = None,
    issuer: str | None = None,
    now: datetime | None = None,
    max_per_source: int | None = None,
    name: str | None = None,
) -> Digest:
    """Build the digest of ISO ``week`` (``2026-W47``, Vietnam time). Deterministic for a given store.

    Raises :class:`~search_api.digest.errors.DigestError` for a bad week, unknown label ids,
    a pinned id that does not exist, or an id both pinned and excluded.
    """
    from lantoa.settings import get_settings

    config = get_digest_settings()
    iso = parse_week(week)
    story_types = _check_ids(story_types or [], load_taxonomy().story_type_ids, "loại tin", "story type")
    model_types = _check_ids(model_types or [], load_taxonomy().model_type_ids, "mô hình", "model type")
    order = _check_ids(
        section_order or [],
        (*load_taxonomy().story_type_ids, *load_taxonomy().model_type_ids),
        "mục",
        "section",
    )
    pins = _unique(pins or [])
    excludes = _unique(excludes or [])
    both = sorted(set(pins) & set(excludes))
    if both:
        raise digest_error(
            f"Bài vừa được ghim vừa bị loại: {', '.join(both)}",
            f"ids both pinned and excluded: {', '.join(both)}",
        )
    size = size if size is not None else config.digest_size
    if not 1 <= size <= 200:
        raise digest_error("Số bài phải từ 1 đến 200", "size must be between 1 and 200")
    max_per_source = max_per_source if max_per_source is not None else config.digest_max_per_source
    province = province.strip() if province else None
    filters = DigestFilters(
        province=province,
        story_types=story_types,
        model_types=model_types,
        size=size,
        pins=pins,
        excludes=excludes,
        section_order=order,
        max_per_source=max_per_source,
    )
    articles = fetch_week(store, iso, province=province, story_types=story_types, model_types=model_types)
    previous = fetch_week(
        store, iso.previous(), province=province, story_types=story_types, model_types=model_types
    )
    notes: list[str] = []

    pinned_articles = _pinned_articles(store, pins, articles, iso, notes)
    stories = collapse(articles + pinned_articles, preferred=pins)
    excluded = set(excludes)
    # An excluded id drops its whole story, unless the editor pinned that story.
    stories = [s for s in stories if not (s.ids & excluded) or (s.ids & set(pins))]
    scored = score_stories(stories)
    pin_rank = {pid: i for i, pid in enumerate(pins)}
    pinned = sorted(
        (s for s in scored if s.story.ids & set(pins)),
        key=lambda s: min(pin_rank[i] for i in s.story.ids & set(pins)),
    )
    others = [s for s in scored if not (s.story.ids & set(pins))]
    chosen = select_diverse(others, pinned, size=size, max_per_source=max_per_source)

    names = _province_names(articles + previous)
    overview = _overview(collapse(articles), collapse(previous), names)
    pinned_ids = {s.story.lead.id for s in pinned}
    sections = _sections([_entry(s, s.story.lead.id in pinned_ids) for s in chosen], order)
    if not chosen:
        notes.append("Tuần này chưa có bài viết nào phù hợp để đưa vào bản tin.")
    issuer_name = issuer if issuer is not None else get_settings().digest_issuer
    digest = Digest(
        name=name or config.digest_name,
        week=str(iso),
        week_label=iso.label(),
        date_from=iso.monday,
        date_to=iso.sunday,
        issuer=normalize_inline(issuer_name),
        generated_at=(now or datetime.now(VN_TZ)).astimezone(VN_TZ),
        filters=filters,
        overview=overview,
        sections=sections,
        notes=notes,
    )
    logger.info("Digest %s: %d entries from %d stories", iso, len(chosen), len(stories))
    return digest


def _unique(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        value = value.strip()
        if value and value not in out:
            out.append(value)
    return out


def _check_ids(values: Iterable[str], known: tuple[str, ...], vi: str, en: str) -> list[str]:
    values = _unique(values)
    unknown = [v for v in values if v not in known]
    if unknown:
        raise digest_error(
            f"Mã {vi} không có trong danh mục: {', '.join(unknown)} (có: {', '.join(known)})",
            f"unknown {en} id(s): {', '.join(unknown)}",
        )
    return values


def _pinned_articles(
    store: Store, pins: list[str], articles: list[Article], week: IsoWeek, notes: list[str]
) -> list[Article]:
    """Pinned articles not already among the week's candidates (fetched by id)."""
    have = {a.id for a in articles}
    extra: list[Article] = []
    for pin in pins:
        if pin in have:
            continue
        article = store.get(pin)
        if article is None:
            raise DigestNotFound(f"Không tìm thấy bài để ghim: {pin}", f"pinned article not found: {pin}")
        if article.published_at is None or not week.contains(article.published_at):
            notes.append(f"Bài được ghim «{normalize_inline(article.title)}» không đăng trong tuần này.")
        extra.append(article)
    return extra


def _province_names(articles: list[Article]) -> dict[str, str]:
    names: dict[str, str] = {}
    for article in articles:
        for loc in article.tags.localities if article.tags else []:
            if loc.current_province_code and loc.current_province and loc.current_province_code not in names:
                names[loc.current_province_code] = normalize_inline(loc.current_province)
            if loc.province_code and loc.province and loc.province_code not in names:
                names[loc.province_code] = normalize_inline(loc.province)
    return names


def _count_rows(
    now: Counter[str], before: Counter[str], label: dict[str, str], ordered: bool
) -> list[CountRow]:
    keys = set(now) | set(before)
    rows = [
        CountRow(key=k, label=label.get(k, k), count=now[k], previous=before[k], change=now[k] - before[k])
        for k in keys
    ]
    if ordered:  # taxonomy order
        position = {k: i for i, k in enumerate(label)}
        rows.sort(key=lambda r: (position.get(r.key, len(position)), r.key))
    else:
        rows.sort(key=lambda r: (-r.count, -r.previous, r.label))
    return rows


def _overview(current: list[Story], previous: list[Story], names: dict[str, str]) -> Overview:
    taxonomy = load_taxonomy()

    def counts(stories: list[Story]) -> tuple[Counter[str], Counter[str], Counter[str]]:
        by_story: Counter[str] = Counter()
        by_model: Counter[str] = Counter()
        by_province: Counter[str] = Counter()
        for story in stories:
            tags = story.lead.tags
            by_story[tags.story_type if tags else "other"] += 1
            for model in (tags.model_types if tags else []) or ["other"]:
                by_model[model] += 1
            by_province[story_province(story.lead) or "?"] += 1
        return by_story, by_model, by_province

    now_s, now_m, now_p = counts(current)
    old_s, old_m, old_p = counts(previous)
    story_labels = {label.id: label.vi for label in taxonomy.story_types}
    model_labels = {label.id: label.vi for label in taxonomy.model_types}
    province_labels = {**names, "?": UNKNOWN_PROVINCE}
    return Overview(
        stories=len(current),
        stories_previous=len(previous),
        articles=sum(1 + len(s.copies) for s in current),
        articles_previous=sum(1 + len(s.copies) for s in previous),
        by_story_type=_count_rows(now_s, old_s, story_labels, ordered=True),
        by_model_type=_count_rows(now_m, old_m, model_labels, ordered=False),
        by_province=_count_rows(now_p, old_p, province_labels, ordered=False),
    )


def _entry(item: Scored, pinned: bool) -> DigestEntry:
    taxonomy = load_taxonomy()
    story = item.story
    lead = story.lead
    tags = lead.tags
    story_type = tags.story_type if tags else "other"
    model_types = list(tags.model_types) if tags else []
    loc = subject_locality(lead)
    current, old = locality_names(loc)
    seen_sources = {lead.source_id}
    outlets: list[OtherOutlet] = []
    for copy in sorted(story.copies, key=lambda a: (a.published_at is None, a.published_at, a.id)):
        if copy.source_id in seen_sources:
            continue
        seen_sources.add(copy.source_id)
        outlets.append(
            OtherOutlet(
                article_id=copy.id,
                source_id=copy.source_id,
                source_name=normalize_inline(copy.source_name or copy.source_id),
                url=copy.url,
                published_at=copy.published_at,
            )
        )
    return DigestEntry(
        article_id=lead.id,
        title=normalize_inline(lead.title),
        url=lead.url,
        source_id=lead.source_id,
        source_name=normalize_inline(lead.source_name or lead.source_id),
        published_at=lead.published_at,
        story_type=story_type,
        story_type_label=taxonomy.label(story_type),
        model_type=primary_model_type(lead),
        model_types=model_types,
        tags=[taxonomy.label(story_type)] + [taxonomy.label(m) for m in model_types],
        locality=current,
        locality_old=old,
        province_code=item.province,
        province_name=province_name(loc),
        summary=[normalize_inline(s) for s in (tags.summary if tags else [])][:3],
        people=_unique(normalize_inline(p.name) for p in (tags.people if tags else [])),
        organizations=_unique(normalize_inline(o) for o in (tags.organizations if tags else [])),
        figures=_unique(figure_text(f) for f in (tags.figures if tags else [])),
        other_outlets=outlets,
        pinned=pinned,
        score=item.score,
    )


def _sections(entries: list[DigestEntry], order: list[str]) -> list[DigestSection]:
    """Sections by story type, entries grouped by model type; ``order`` moves ids to the front."""
    taxonomy = load_taxonomy()
    story_order = [i for i in order if i in taxonomy.story_type_ids] + [
        i for i in taxonomy.story_type_ids if i not in order
    ]
    model_order = [i for i in order if i in taxonomy.model_type_ids] + [
        i for i in taxonomy.model_type_ids if i not in order
    ]
    sections: list[DigestSection] = []
    for story_type in story_order + sorted({e.story_type for e in entries} - set(story_order)):
        members = [e for e in entries if e.story_type == story_type]
        if not members:
            continue
        groups: list[ModelTypeGroup] = []
        ordered: list[DigestEntry] = []
        for model in model_order + sorted({e.model_type for e in members} - set(model_order)):
            group = [e for e in members if e.model_type == model]
            if not group:
                continue
            group.sort(key=lambda e: (not e.pinned, -e.score, e.article_id))
            ordered.extend(group)
            groups.append(
                ModelTypeGroup(
                    model_type=model, title=taxonomy.label(model), article_ids=[e.article_id for e in group]
                )
            )
        # "other" is labelled "Không liên quan" in the taxonomy; only an editor's pin puts such a story here.
        title = "Tin khác" if story_type == "other" else taxonomy.label(story_type)
        sections.append(DigestSection(id=story_type, title=title, entries=ordered, groups=groups))
    return sections
