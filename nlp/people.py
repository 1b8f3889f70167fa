"""Find people named in an article: 2–4 capitalised syllables after a title (ông, bà, anh, chị, Thượng tá…)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from lantoa.schema import Person
from lantoa.text import fold

from .tokens import Tok, Tokens, sentence_start, tokenize


@dataclass(frozen=True)
class _Vocab:
    titles: dict[str, tuple[tuple[str, ...], ...]]  # first word (lower case) → token tuples, longest first
    ranks: dict[str, tuple[tuple[str, ...], ...]]  # first word as written → token tuples, longest first
    place_words: frozenset[str]
    not_names: frozenset[str]  # folded
    not_name_syllables: frozenset[str]
    official_positions: tuple[str, ...]  # folded
    first_words: frozenset[str]  # every form a title can start with (for a fast pre-scan)


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    raw = yaml.safe_load(resources.files("nlp").joinpath("data/people.yaml").read_text(encoding="utf-8"))

    def split(items: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
        index: dict[str, list[tuple[str, ...]]] = {}
        for parts in {tuple(x.split()) for x in items}:
            index.setdefault(parts[0], []).append(parts)
        return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}

    titles = split([t.lower() for t in raw["titles"]])
    ranks = split(raw["ranks"])
    firsts = set(ranks) | set(titles) | {t[:1].upper() + t[1:] for t in titles}
    return _Vocab(
        titles=titles,
        ranks=ranks,
        first_words=frozenset(firsts),
        place_words=frozenset(w.lower() for w in raw["place_words"]),
        not_names=frozenset(fold(x) for x in [*raw["not_names"], *raw.get("provinces", [])]),
        not_name_syllables=frozenset(raw["not_name_syllables"]),
        official_positions=tuple(fold(x) for x in raw["official_positions"]),
    )


def _match_title(toks: Tokens, i: int, v: _Vocab) -> int:
    """Number of tokens of a title starting at ``i`` (0 when none)."""
    cores, trails = toks.cores, toks.trails
    for rank in v.ranks.get(cores[i], ()):
        n = len(rank)
        if tuple(cores[i : i + n]) == rank and not any(trails[i : i + n]):
            return n
    for title in v.titles.get(cores[i].lower(), ()):
        n = len(title)
        if tuple(c.lower() for c in cores[i : i + n]) != title or any(trails[i : i + n]):
            continue
        if cores[i][0].islower() or sentence_start(toks, i):
            return n
    return 0


def _after_place_word(toks: Tokens, i: int, v: _Vocab) -> bool:
    if i == 0 or toks[i - 1].trail or toks.newlines[i]:
        return False
    one = toks[i - 1].lower
    two = f"{toks[i - 2].lower} {one}" if i >= 2 else ""
    return one in v.place_words or two in v.place_words


def _is_official(text: str, last: Tok, v: _Vocab) -> bool:
    if not last.trail.startswith((",", " -", "–", "(")) and not last.trail.startswith("-"):
        return False
    after = fold(text[last.end + len(last.trail) : last.end + len(last.trail) + 80]).lstrip(" -–(")
    return after.startswith(v.official_positions)


#: Middle names that make a capitalised sequence a person's name ("Đoàn Văn Nghĩa", "Triệu Thị Mai").
_MIDDLE = frozenset({"Văn", "Thị"})


def _middle_name_follows(toks: Tokens, j: int) -> bool:
    """True when token ``j`` has no trailing punctuation and is followed by "Văn"/"Thị" and a name."""
    return (
        j + 2 < len(toks)
        and not toks.trails[j]
        and toks.cores[j + 1] in _MIDDLE
        and not toks.trails[j + 1]
        and toks[j + 2].is_cap
    )


def _has_middle_name(name: list[Tok]) -> bool:
    return len(name) >= 3 and name[1].core in _MIDDLE


def extract_people(
    text: str, limit: int = 20, *, include_officials: bool = False, toks: Tokens | None = None
) -> list[Person]:
    """People named with a title, e.g. "chị Nguyễn Thị Hoa" → Person(name="Nguyễn Thị Hoa").

    Place names that begin with a title word (Bà Rịa, huyện Anh Sơn) are skipped, and so are
    officials introduced by their position ("ông X, Chủ tịch UBND xã") unless ``include_officials``.
    ``toks`` may pass a ready :func:`~nlp.tokens.tokenize` result for ``text``.
    """
    v = _vocab()
    if toks is None:
        toks = tokenize(text)
    people: list[Person] = []
    seen: set[str] = set()
    firsts = v.first_words
    candidates = [k for k, core in enumerate(toks.cores) if core in firsts]
    resume = 0
    for i in candidates:
        if i < resume:
            continue
        n = _match_title(toks, i, v)
        if not n or _after_place_word(toks, i, v):
            continue
        j = i + n
        name: list[Tok] = []
        while j < len(toks) and len(name) < 5:
            tok = toks[j]
            if not tok.is_cap or (tok.lead and name):
                break
            if tok.core in v.not_name_syllables and not (not name and _middle_name_follows(toks, j)):
                break
            if tok.lead and tok.lead not in ("“", '"'):
                break
            name.append(tok)
            j += 1
            if tok.trail:
                break
        if 2 <= len(name) <= 4:
            full = " ".join(t.core for t in name)
            # As written, minus punctuation inside the span (ông “Nguyễn Văn An” → ông Nguyễn Văn An).
            written = " ".join([*toks.cores[i : i + n], full])
            key = fold(full)
            if (
                key not in seen
                and key not in v.not_names
                and fold(" ".join(t.core for t in toks[i : i + n]) + " " + full) not in v.not_names
                and (
                    _has_middle_name(name)
                    or fold(f"{toks[i + n - 1].core} {name[0].core}") not in v.not_names
                )
                and (include_officials or not _is_official(text, name[-1], v))
            ):
                seen.add(key)
                people.append(Person(name=full, as_written=written))
                if len(people) >= limit:
                    break
        resume = j if name else i + n
    return people
