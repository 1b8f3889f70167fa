"""Tag one article: relevance, story type, model types, localities, people, organisations, figures, summary."""

from __future__ import annotations

import json
import logging
import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from itertools import accumulate
from operator import attrgetter
from typing import Any, Final, TextIO

from lantoa.legacy import legacy_to_unicode
from lantoa.schema import Article, Locality, Tags
from lantoa.taxonomy import load_taxonomy
from lantoa.text import fold, normalize, normalize_inline

from .exemplary import select_exemplary
from .sentences import Sentence, split_sentences
from .summary import key_sentences
from .tokens import Tokens

logger = logging.getLogger(__name__)

TAGGER_VERSION = "lantoa-nlp-1.7"

#: Zone multipliers for cue hits: the title says most, then the sapo.
_ZONE: Final = {"title": 2.0, "sapo": 1.5, "body": 1.0}
#: How much the statistical classifier counts against the cue rules (0..1), for the story type and
#: for model types. Model types lean on the cues: on held-out phrasing the classifier alone reaches a
#: micro-F1 of only ~0.2 (see nlp/README.md), the cues ~0.96.
CLASSIFIER_WEIGHT: Final = 0.5
MODEL_CLASSIFIER_WEIGHT: Final = 0.25
#: Cue score of "other" before any cue is seen (a story needs evidence to be relevant).
OTHER_PRIOR: Final = 1.0
#: Share of (strong) model-type cue evidence added to each relevant story type, and its cap.
DOMAIN_BONUS: Final = 0.5
DOMAIN_CAP: Final = 8.0
#: Domain evidence at which generic policy wording counts fully.
DOMAIN_GATE: Final = 3.0
GENERIC_POLICY: Final = "_policy_generic"
#: Softmax temperature over cue scores.
CUE_TEMPERATURE: Final = 1.5
#: Model-type cue score that counts as certain.
MODEL_CUE_SATURATION: Final = 1.75
MODEL_THRESHOLD: Final = 0.5
MAX_MODEL_TYPES: Final = 5


class TagInputError(ValueError):
    """A document that cannot be tagged (message in Vietnamese and English)."""


@dataclass(frozen=True)
class _Input:
    title: str
    sapo: str
    text: str
    published_at: datetime | None
    source_province: str | None


def _legacy_fix(text: str) -> str:
    """Convert legacy TCVN3/VNI text to Unicode (a cheap check first: most text is Unicode)."""
    return legacy_to_unicode(text)


def _parse_date(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise TagInputError(
                f"published_at không hợp lệ / invalid published_at: {value!r} (ISO 8601)"
            ) from None
    raise TagInputError(f"published_at không hợp lệ / invalid published_at: {value!r}")


def _prepare(doc: Mapping[str, Any]) -> _Input:
    if not isinstance(doc, Mapping):
        raise TagInputError("tài liệu phải là một đối tượng JSON / document must be an object")
    fields: dict[str, str] = {}
    for field in ("title", "text", "sapo"):
        value = doc.get(field)
        if field == "text" and value is None:
            value = doc.get("body")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise TagInputError(f"trường '{field}' phải là chuỗi / field '{field}' must be a string")
        fields[field] = _legacy_fix(value)
    title = normalize_inline(fields["title"])
    text = normalize(fields["text"])
    if not title:
        raise TagInputError("thiếu tiêu đề ('title') / missing or empty 'title'")
    if not text:
        raise TagInputError("thiếu nội dung ('text') / missing or empty 'text'")
    province = doc.get("source_province")
    return _Input(
        title=title,
        sapo=normalize(fields["sapo"]),
        text=text,
        published_at=_parse_date(doc.get("published_at")),
        source_province=str(province) if province not in (None, "") else None,
    )


def _localities(inp: _Input, toks: Tokens | None = None) -> list[Locality]:
    """Localities of a prepared input; ``toks`` are the tokens of its combined text, when at hand."""
    try:
        from nlp.localities import tag_localities  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return []
    chunks = None
    if toks is not None:
        chunks = (f"{inp.title}\n\n{inp.sapo}\n\n{inp.text}", toks.cores, toks.starts, toks.odd)
    result: list[Locality] = tag_localities(
        inp.title,
        inp.text,
        sapo=inp.sapo,
        source_province_code=inp.source_province,
        published_at=inp.published_at,
        chunks=chunks,
        normalized=True,  # _prepare normalised title, sapo and text
    )
    return result


def _softmax(scores: dict[str, float], temperature: float) -> dict[str, float]:
    top = max(scores.values())
    exp = {k: math.exp((v - top) / temperature) for k, v in scores.items()}
    total = sum(exp.values())
    return {k: v / total for k, v in exp.items()}


_START_CHAR, _END_CHAR = attrgetter("start_char"), attrgetter("end_char")


def _keep_longest(hits: list[Any]) -> list[Any]:
    """Drop cue hits inside a longer hit of the same group (story/model) — "thoát nghèo" inside
    "vươn lên thoát nghèo" — and story cues inside a proper-name model cue ("chính sách" inside
    "Ngân hàng Chính sách xã hội")."""
    # by start, then the longest first (two stable sorts on plain attributes: no key tuple per hit)
    hits = sorted(hits, key=_END_CHAR, reverse=True)
    hits.sort(key=_START_CHAR)
    kept: list[Any] = []
    reach = -1  # the furthest end of a kept hit: a hit ending past it is inside none of them
    for h in hits:
        if h.end_char > reach:
            kept.append(h)
            reach = h.end_char
            continue
        length = h.end_char - h.start_char
        covered = False
        # (the latest kept hits first: the one that covers ``h`` is usually among the last few;
        # whether any of them covers it does not depend on the order they are looked at)
        for other in kept[:-13:-1]:  # (the last twelve, latest first)
            if (
                other.start_char <= h.start_char
                and h.end_char <= other.end_char
                and other.end_char - other.start_char > length
            ):
                same_group = other.cue.group == h.cue.group
                proper_name = other.cue.group == "model" and other.cue.phrase[:1].isupper()
                if same_group or proper_name:
                    covered = True
                    break
        if not covered:
            kept.append(h)
    return kept


@lru_cache(maxsize=1)
def _zero_scores() -> tuple[dict[str, float], dict[str, float]]:
    """Every story type (and generic policy wording) and every model type but "other" at 0.0, in
    taxonomy order: the cue scores before any hit (copied for each article)."""
    tax = load_taxonomy()
    story = {sid: 0.0 for sid in tax.story_type_ids}
    story[GENERIC_POLICY] = 0.0
    return story, {mid: 0.0 for mid in tax.model_type_ids if mid != "other"}


def cue_evidence(inp: _Input) -> tuple[dict[str, float], dict[str, float], Any]:
    """Raw cue scores (story types, model types) and the spaCy Doc of a prepared input."""
    from .pipeline import run

    combined = f"{inp.title}\n\n{inp.sapo}\n\n{inp.text}"
    doc = run(combined)
    sapo_start = len(inp.title) + 2
    body_start = sapo_start + len(inp.sapo) + 2
    story_zero, model_zero = _zero_scores()
    story_cue, model_cue = dict(story_zero), dict(model_zero)
    seen: dict[tuple[str, str, str], int] = {}
    title_x, sapo_x, body_x = _ZONE["title"], _ZONE["sapo"], _ZONE["body"]
    for hit in _keep_longest(list(doc._.cue_hits)):
        cue, start = hit.cue, hit.start_char
        key = (cue.group, cue.label, cue.key)
        count = seen[key] = seen.get(key, 0) + 1
        if count > 3:
            continue
        value = cue.weight * (title_x if start < sapo_start else sapo_x if start < body_start else body_x)
        if cue.group == "story":
            story_cue[GENERIC_POLICY if cue.generic else cue.label] += value
        elif cue.label in model_cue:
            model_cue[cue.label] += value
    return story_cue, model_cue, doc


def combine(
    story_cue: dict[str, float],
    model_cue: dict[str, float],
    clf_story: dict[str, float] | None,
    clf_model: dict[str, float] | None,
    weight: float,
    model_weight: float | None = None,
) -> tuple[dict[str, float], dict[str, float]]:
    """Blend cue evidence with classifier probabilities (``weight`` = share of the classifier)."""
    raw = dict(story_cue)
    generic = raw.pop(GENERIC_POLICY, 0.0)
    raw["other"] = raw.get("other", 0.0) + OTHER_PRIOR
    # Model-type evidence (housing, vocational training, …) says the story is in the domain.
    strong_models = min(sum(v for v in model_cue.values() if v >= 1.0), DOMAIN_CAP)
    domain = raw.get("poverty_model", 0.0) + raw.get("good_deed", 0.0) + raw.get("policy_news", 0.0)
    domain += 0.5 * strong_models
    # Generic official wording (kế hoạch, hội nghị…) only counts for in-domain articles.
    raw["policy_news"] = raw.get("policy_news", 0.0) + generic * min(1.0, domain / DOMAIN_GATE)
    for label in ("poverty_model", "good_deed", "policy_news"):
        raw[label] = raw.get(label, 0.0) + DOMAIN_BONUS * strong_models
    # Evidence grows with length; compare on a log scale so long articles are not always relevant.
    logged = {k: math.copysign(math.log1p(abs(v)) * 2.0, v) for k, v in raw.items()}
    story_p = _softmax(logged, CUE_TEMPERATURE)
    model_p = {k: min(1.0, v / MODEL_CUE_SATURATION) for k, v in model_cue.items()}
    if clf_story is not None and clf_model is not None and weight > 0:
        mw = (
            model_weight
            if model_weight is not None
            else min(weight, MODEL_CLASSIFIER_WEIGHT)
            if weight < 1
            else 1.0
        )
        story_p = {k: weight * clf_story.get(k, 0.0) + (1 - weight) * p for k, p in story_p.items()}
        model_p = {k: mw * clf_model.get(k, 0.0) + (1 - mw) * p for k, p in model_p.items()}
    return story_p, model_p


def score(
    inp: _Input, classifier_weight: float | None = None
) -> tuple[dict[str, float], dict[str, float], Any]:
    """(story-type probabilities, model-type probabilities, spaCy Doc) for a prepared input.

    ``classifier_weight`` (default :data:`CLASSIFIER_WEIGHT`): 0 = cue rules only, 1 = classifier only.
    """
    from .classifier import load_classifier

    story_cue, model_cue, doc = cue_evidence(inp)
    w = CLASSIFIER_WEIGHT if classifier_weight is None else classifier_weight
    clf = load_classifier() if w > 0 else None
    clf_story = clf_model = None
    if clf is not None:
        from .features import cue_counts
        from .pipeline import TOKS_KEY

        numbers = None
        toks = doc.user_data.get(TOKS_KEY)
        if isinstance(toks, Tokens):  # the tokens of "title\n\nsapo\n\nbody": no second split
            sapo_start = len(inp.title) + 2
            numbers = clf.zone_numbers(
                toks.cores,
                bisect_left(toks.starts, sapo_start),
                bisect_left(toks.starts, sapo_start + len(inp.sapo) + 2),
            )
        clf_story, clf_model = clf.predict(
            inp.title, inp.sapo, inp.text, cue_counts(story_cue, model_cue), numbers=numbers
        )
    story_p, model_p = combine(story_cue, model_cue, clf_story, clf_model, w)
    return story_p, model_p, doc


def containing(texts: list[str], *string_lists: list[str]) -> list[list[int]]:
    """For each list of strings, for each of ``texts``, how many of the strings (counted with
    repeats) it contains: ``[sum(map(t.__contains__, strings)) for t in texts]``, found with one
    search per distinct string over the texts joined by line breaks (a string without a line break
    lies within one text when no text holds one). Anything else takes the plain way."""
    joined = "\n".join(texts)
    # no text holds a line break when the only ones are the separators
    plain = not texts or joined.count("\n") != len(texts) - 1
    starts = [] if plain else list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    out: list[list[int]] = []
    for strings in string_lists:
        if plain or any(not s or "\n" in s for s in strings):
            out.append([sum(map(t.__contains__, strings)) for t in texts])
            continue
        counts = [0] * len(texts)
        found: dict[str, list[int]] = {}
        find = joined.find
        for s in strings:
            hits = found.get(s)
            if hits is None:
                hits = found[s] = []
                pos = find(s)
                while pos >= 0:
                    k = bisect_right(starts, pos) - 1
                    hits.append(k)
                    pos = find(s, starts[k + 1]) if k + 1 < len(starts) else -1  # the next text on
            for k in hits:
                counts[k] += 1
        out.append(counts)
    return out


def _summary(
    inp: _Input, doc: Any, relevant_labels: set[str], figures_written: list[str], names: list[str]
) -> list[str]:
    sapo_start = len(inp.title) + 2
    body_start = sapo_start + len(inp.sapo) + 2
    sents: list[Sentence] = []
    offsets: list[int] = []
    sapo_count = 0
    for base, part, first_paragraph in ((sapo_start, inp.sapo, 0), (body_start, inp.text, 1)):
        for s in split_sentences(part, first_paragraph):
            sents.append(s)
            offsets.append(base + s.start)
        if base == sapo_start:
            sapo_count = len(sents)
    cue_weight = [0.0] * len(sents)
    for hit in doc._.cue_hits:
        if hit.cue.label not in relevant_labels or hit.cue.weight <= 0:
            continue
        i = bisect_right(offsets, hit.start_char) - 1
        if i >= 0 and hit.start_char < offsets[i] + len(sents[i].text):
            cue_weight[i] += hit.cue.weight
    figures, people = containing([s.text for s in sents], figures_written, names)
    return key_sentences(sents, cue_weight=cue_weight, figures=figures, people=people, sapo_count=sapo_count)


def tag(doc: Mapping[str, Any], *, classifier_weight: float | None = None) -> Tags:
    """Tag one document: ``{"title", "text", "sapo"?, "published_at"?, "source"?, "source_province"?}``.

    Raises :class:`TagInputError` (a ``ValueError``) for a missing title or text.
    """
    from .pipeline import TOKS_KEY

    inp = _prepare(doc)
    story_p, model_p, sdoc = score(inp, classifier_weight)
    story_type = max(story_p, key=lambda k: story_p[k])
    relevant = story_type != "other"
    model_types: list[str] = []
    if relevant:
        ranked = sorted((k for k, p in model_p.items() if p >= MODEL_THRESHOLD), key=lambda k: -model_p[k])
        model_types = ranked[:MAX_MODEL_TYPES] or ["other"]
    figures = list(sdoc._.figures)
    combined = f"{inp.title}\n\n{inp.sapo}\n\n{inp.text}"  # the text cue_evidence tagged
    people = select_exemplary(
        list(sdoc._.people),
        combined,
        len(inp.title) + len(inp.sapo) + 4,
        story_type=story_type,
        model_types=model_types,
    )
    labels = {story_type, *model_types}
    summary = _summary(inp, sdoc, labels, [f.as_written for f in figures], [p.name for p in people])
    return Tags(
        relevant=relevant,
        story_type=story_type,
        story_type_scores={k: round(v, 4) for k, v in story_p.items()},
        model_types=model_types,
        localities=_localities(inp, sdoc.user_data.get(TOKS_KEY)),  # the tokens the pipeline made
        people=people,
        organizations=list(sdoc._.organizations),
        figures=figures,
        summary=summary,
        tagger_version=TAGGER_VERSION,
    )


def tag_article(article: Article) -> Article:
    """A copy of ``article`` with ``tags`` filled in."""
    tags = tag(
        {
            "title": article.title,
            "sapo": article.sapo,
            "text": article.body or article.sapo or article.title,
            "published_at": article.published_at,
            "source": article.source_id,
            "source_province": article.source_province_code,
        }
    )
    return article.model_copy(update={"tags": tags})


def tag_jsonl(
    lines: Iterable[str],
    out: TextIO,
    err: TextIO,
    *,
    tag_one: Callable[[Mapping[str, Any]], Tags] | None = None,
) -> tuple[int, int]:
    """Tag a JSON Lines stream: each good line is written to ``out`` with ``"tags"`` added.

    Bad lines (invalid JSON, not an object, missing/empty ``title`` or ``text``) are reported to
    ``err`` with their 1-based line number and skipped. Blank lines are ignored. Returns (ok, failed).
    ``tag_one`` tags one document (default :func:`tag`).
    """
    tag_one = tag if tag_one is None else tag_one
    ok = failed = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            failed += 1
            err.write(f"dòng {number} / line {number}: JSON không hợp lệ / invalid JSON ({exc.msg})\n")
            continue
        try:
            if not isinstance(obj, dict):
                raise TagInputError("dòng phải là một đối tượng JSON / line must be a JSON object")
            tags = tag_one(obj)
        except TagInputError as exc:
            failed += 1
            err.write(f"dòng {number} / line {number}: {exc}\n")
            continue
        except Exception as exc:  # a bug must not lose the rest of the run: report, skip, go on
            failed += 1
            logger.exception("tagging failed on line %s", number)
            err.write(
                f"dòng {number} / line {number}: lỗi xử lý / processing error ({type(exc).__name__}: {exc})\n"
            )
            continue
        obj["tags"] = tags.model_dump(mode="json")
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        ok += 1
    logger.info("tagged %s lines, %s failed", ok, failed)
    return ok, failed


def fold_title(title: str) -> str:
    """Folded title (diacritic-free key), exposed for de-duplication of corpora."""
    return fold(normalize_inline(title))
