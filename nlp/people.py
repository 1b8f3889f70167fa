"""Find people named in an article: 2–4 capitalised syllables after a title (ông, bà, anh, chị, Thượng tá…)
or after a position ("Bí thư Chi bộ ấp Bàu Sen Trần Thị Bé", "Trưởng bản Mùa A Dế")."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Final

import yaml

from lantoa.schema import Person
from lantoa.text import fold

from .memo import Memo
from .numbers import NUMBER_WORDS
from .tokens import Tok, Tokens, indices_in, sentence_start, tokenize

#: Name as written → its folded key (:func:`lantoa.text.fold`), memoised: a name is compared many
#: times per article (each mention, the exemplary checks).
NAME_KEYS: Final[Memo[str, str]] = Memo(fold, limit=50_000)


@dataclass(frozen=True)
class _Vocab:
    titles: dict[str, tuple[tuple[str, ...], ...]]  # first word (lower case) → token tuples, longest first
    ranks: dict[str, tuple[tuple[str, ...], ...]]  # first word as written → token tuples, longest first
    place_words: frozenset[str]
    not_names: frozenset[str]  # folded
    not_name_syllables: frozenset[str]
    official_positions: tuple[str, ...]  # folded
    first_words: frozenset[str]  # every form a title or a position can start with (for a fast pre-scan)
    #: Occupation titles (nông dân, học sinh…): the name after them must start with a surname or have a
    #: middle name, so "nông dân Cái Bè" (a place) is not a person.
    occupations: frozenset[tuple[str, ...]]
    surnames: frozenset[str]
    positions: dict[str, tuple[tuple[str, ...], ...]]  # first word (lower case) → token tuples, longest first
    position_firsts: frozenset[str]  # the capitalised first words of the positions
    quote_verbs: tuple[str, ...]  # folded
    #: Ethnic-group names by first word, as token tuples ("Cơ" → (("Cơ", "Tu"), ("Cơ", "Ho"))), longest first.
    ethnic: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: Lower-case words that may stand between a title and a full name ("cô giáo về hưu Nguyễn Thị Thu Hà"),
    #: by first word, as token tuples, longest first.
    modifiers: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    raw = yaml.safe_load(resources.files("nlp").joinpath("data/people.yaml").read_text(encoding="utf-8"))

    def split(items: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
        index: dict[str, list[tuple[str, ...]]] = {}
        for parts in {tuple(x.split()) for x in items}:
            index.setdefault(parts[0], []).append(parts)
        return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}

    occupations = [t.lower() for t in raw.get("occupation_titles") or []]
    titles = split([t.lower() for t in raw["titles"]] + occupations)
    ranks = split(raw["ranks"])
    positions = split([t.lower() for t in raw.get("positions") or []])
    firsts = (
        set(ranks)
        | set(titles)
        | {t[:1].upper() + t[1:] for t in titles}
        | {p.capitalize() for p in positions}
    )
    return _Vocab(
        occupations=frozenset(tuple(o.split()) for o in occupations),
        surnames=frozenset(raw.get("surnames") or []),
        positions=positions,
        position_firsts=frozenset(t[:1].upper() + t[1:] for t in positions),
        quote_verbs=tuple(fold(x) for x in raw.get("quote_verbs") or []),
        titles=titles,
        ranks=ranks,
        first_words=frozenset(firsts),
        place_words=frozenset(w.lower() for w in raw["place_words"]),
        not_names=frozenset(
            fold(x)
            for x in [*raw["not_names"], *raw.get("provinces", []), *raw.get("ethnic_groups", [])]
            if len(x.split()) > 1
        ),
        not_name_syllables=frozenset(raw["not_name_syllables"]),
        official_positions=tuple(fold(x) for x in raw["official_positions"]),
        ethnic=split(raw.get("ethnic_groups") or []),
        modifiers=split(raw.get("title_modifiers") or []),
    )


def _match_title(toks: Tokens, i: int, v: _Vocab) -> int:
    """Number of tokens of a title starting at ``i`` (0 when none)."""
    cores, trails = toks.cores, toks.trails
    core = cores[i]
    ranks = v.ranks.get(core)
    if ranks is not None:
        for rank in ranks:
            n = len(rank)
            if tuple(cores[i : i + n]) == rank and not any(trails[i : i + n]):
                return n
    titles = v.titles.get(core.lower())
    if titles is None:
        return 0
    # the next word lowered once for every longer title tried (titles come longest first)
    second = cores[i + 1].lower() if len(titles[0]) > 1 and i + 1 < len(cores) else None
    for title in titles:
        n = len(title)
        if n == 1:
            # a one-word title is the key it was found by
            if trails[i]:
                continue
            if i > 0 and not trails[i - 1] and cores[i - 1].lower() == "đàn":
                continue  # "đàn ông", "đàn bà": men, women
        elif (
            title[1] != second  # its first word is the key it was found by
            or (n > 2 and tuple(map(str.lower, cores[i : i + n])) != title)
            or any(trails[i : i + n])
        ):
            continue
        if core[0].islower() or sentence_start(toks, i):
            return n
    return 0


def _match_title_plain(toks: Tokens, i: int, v: _Vocab) -> int:
    """:func:`_match_title` as first written (the tests check the fast one against it)."""
    cores, trails = toks.cores, toks.trails
    for rank in v.ranks.get(cores[i], ()):
        n = len(rank)
        if tuple(cores[i : i + n]) == rank and not any(trails[i : i + n]):
            return n
    for title in v.titles.get(cores[i].lower(), ()):
        n = len(title)
        # a one-word title is the key it was found by
        if (n > 1 and tuple(map(str.lower, cores[i : i + n])) != title) or any(trails[i : i + n]):
            continue
        if n == 1 and i > 0 and not trails[i - 1] and cores[i - 1].lower() == "đàn":
            continue  # "đàn ông", "đàn bà": men, women
        if cores[i][0].islower() or sentence_start(toks, i):
            return n
    return 0


def _after_place_word(toks: Tokens, i: int, v: _Vocab) -> bool:
    if i == 0 or toks.trails[i - 1] or toks.newlines[i]:
        return False
    one = toks.cores[i - 1].lower()
    two = f"{toks.cores[i - 2].lower()} {one}" if i >= 2 else ""
    return one in v.place_words or two in v.place_words


def _modifier(toks: Tokens, j: int, v: _Vocab) -> int:
    """Number of tokens of a modifier ("về hưu", "trẻ") starting at ``j`` and followed by a capitalised word."""
    if j >= len(toks):
        return 0
    for mod in v.modifiers.get(toks.cores[j], ()):  # lower case as written: a capitalised word is a name
        n = len(mod)
        if (
            j + n < len(toks)
            and tuple(toks.cores[j : j + n]) == mod
            and not any(toks.trails[j : j + n])
            and toks[j + n].is_cap
        ):
            return n
    return 0


def _is_official(text: str, last: Tok, v: _Vocab) -> bool:
    if not last.trail.startswith((",", " -", "–", "(")) and not last.trail.startswith("-"):
        return False
    after = fold(text[last.end + len(last.trail) : last.end + len(last.trail) + 80]).lstrip(" -–(")
    return after.startswith(v.official_positions)


#: Middle names that make a capitalised sequence a person's name ("Đoàn Văn Nghĩa", "Triệu Thị Mai").
_MIDDLE: Final = frozenset({"Văn", "Thị"})


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


def _match_position(toks: Tokens, i: int, v: _Vocab) -> int:
    """Number of tokens of a position ("Bí thư", "Trưởng ấp", "Chủ tịch") starting at ``i`` (0 when none)."""
    cores, trails = toks.cores, toks.trails
    for pos in v.positions.get(cores[i].lower(), ()):
        n = len(pos)
        if tuple(c.lower() for c in cores[i : i + n]) == pos and not any(trails[i : i + n - 1]):
            return n
    return 0


def _without_ethnic_prefix(name: list[Tok], v: _Vocab) -> list[Tok]:
    """ "Thái Lò Thị Hương" → "Lò Thị Hương": an ethnic group before a full name (surname, middle name, given
    name) describes the person. A one-syllable group word is dropped only before such a three-part name,
    since it may be a surname itself ("Thái Văn Hùng")."""
    groups = v.ethnic.get(name[0].core) if name else None
    if not groups:
        return name
    cores = [t.core for t in name]
    for group in groups:
        n = len(group)
        rest = cores[n:]
        if tuple(cores[:n]) != group or len(rest) < 2 or rest[0] not in v.surnames or rest[0] in _MIDDLE:
            continue
        if n > 1 or (len(rest) >= 3 and rest[1] in _MIDDLE):
            return name[n:]
    return name


#: How far after a position the name may start ("Bí thư Chi bộ ấp Bàu Sen | Trần Thị Bé").
_POSITION_WINDOW: Final = 12


def _cap(core: str) -> bool:
    """:attr:`Tok.is_cap` on a bare core (no Tok object)."""
    return bool(core) and core[0].isupper() and core[0].isalpha() and (len(core) == 1 or not core.isupper())


def _name_after_position(toks: Tokens, j: int, v: _Vocab) -> list[int]:
    """Token indices of the name that ends a position phrase starting at token ``j`` ([] when none).

    The name is the earliest run of 2–4 capitalised syllables that starts with a surname and ends the
    capitalised run ("xã Lê Lợi Nguyễn Văn An" → "Nguyễn Văn An"); punctuation or a line break before
    it ends the search ("Chủ tịch UBND xã, …").
    """
    cores, trails, leads, newlines = toks.cores, toks.trails, toks.leads, toks.newlines
    surnames = v.surnames
    n_toks = len(cores)
    end = min(n_toks, j + _POSITION_WINDOW)
    for k in range(j, end):
        if k > j and newlines[k]:
            return []
        core = cores[k]
        if core in surnames and _cap(core) and leads[k] in ("", "“", '"'):
            run = [k]
            m = k
            while (
                not trails[m]
                and m + 1 < n_toks
                and len(run) < 5
                and not newlines[m + 1]
                and not leads[m + 1]
                and _cap(cores[m + 1])
            ):
                m += 1
                run.append(m)
            # A middle name later in the run marks where the name starts ("xã Hà Nguyễn Văn An").
            for t in range(1, len(run) - 2):
                if cores[run[t]] in surnames and cores[run[t + 1]] in _MIDDLE:
                    run = run[t:]
                    break
            # Between the position and the name there may be a unit or a place ("xã Yên Hòa", "HTX … Triệu
            # Lăng"): a name there needs three syllables or a middle name.
            short_ok = run[0] == j or len(run) >= 3
            if 2 <= len(run) <= 4 and short_ok and not any(cores[r] in v.not_name_syllables for r in run[1:]):
                return run
        if trails[k]:
            return []
    return []


def _quoted(text: str, last: Tok, v: _Vocab) -> bool:
    """True when the words after a name are a reporting verb ("… Trần Văn Hải cho biết")."""
    after = fold(text[last.end : last.end + 40]).lstrip(" ,-–():") + " "
    return any(after.startswith(verb) and not after[len(verb)].isalnum() for verb in v.quote_verbs)


def _position_people(
    text: str, toks: Tokens, v: _Vocab, include_officials: bool, candidates: list[int]
) -> list[tuple[int, Person]]:
    """People introduced by their position, with the index of their first token.

    Officials quoted at work ("Chủ tịch UBND xã Nguyễn Văn Hải cho biết", "Theo Bí thư …") are skipped
    unless ``include_officials``.
    """
    out: list[tuple[int, Person]] = []
    firsts = v.position_firsts
    cores = toks.cores
    resume = 0
    for i in candidates:
        if cores[i] not in firsts:
            continue
        if i < resume:
            continue
        n = _match_position(toks, i, v)
        if not n:
            continue
        run = _name_after_position(toks, i + n, v)
        if not run:
            continue
        resume = run[-1] + 1
        name = [toks[r] for r in run]
        if not include_officials and (
            _quoted(text, name[-1], v)
            or (i > 0 and not toks.trails[i - 1] and fold(toks.cores[i - 1]) == "theo")
        ):
            continue
        full = " ".join(t.core for t in name)
        if NAME_KEYS[full] in v.not_names:
            continue
        written = " ".join(toks.cores[i : run[-1] + 1])
        out.append((run[0], Person(name=full, as_written=written)))
    return out


def _name_run(toks: Tokens, j: int, v: _Vocab) -> list[int]:
    """Token indices of the capitalised name (up to five syllables) starting at ``j`` after a title,
    read from the token columns (no :class:`Tok` objects for the words that fail)."""
    cores, leads, trails, newlines = toks.cores, toks.leads, toks.trails, toks.newlines
    not_name_syllables = v.not_name_syllables
    size = len(cores)
    run: list[int] = []
    while j < size and len(run) < 5:
        core, lead = cores[j], leads[j]
        if not _cap(core) or (run and (lead or newlines[j])):
            break
        if core in not_name_syllables and not (not run and _middle_name_follows(toks, j)):
            # "Đỗ Xuân Trường," — such a syllable ends a name of two or more when punctuation closes it.
            if not (len(run) >= 2 and trails[j] and not lead):
                break
        if lead and lead not in ("“", '"'):
            break
        run.append(j)
        j += 1
        if trails[j - 1]:
            break
    return run


def _name_plain(toks: Tokens, j: int, v: _Vocab) -> list[Tok]:
    """:func:`_name_run` as first written, with :class:`Tok` objects (the tests check one against the other)."""
    name: list[Tok] = []
    while j < len(toks) and len(name) < 5:
        tok = toks[j]
        if not tok.is_cap or (tok.lead and name) or (name and tok.newline_before):
            break
        if tok.core in v.not_name_syllables and not (not name and _middle_name_follows(toks, j)):
            if not (len(name) >= 2 and tok.trail and not tok.lead):
                break
        if tok.lead and tok.lead not in ("“", '"'):
            break
        name.append(tok)
        j += 1
        if tok.trail:
            break
    return name


_AGE_WORDS: Final = frozenset({"tuổi"})


def _aged_people(toks: Tokens, v: _Vocab) -> list[tuple[int, Person]]:
    """People named with no title at the start of a sentence and introduced by their age: "Mùa Seo Chư, hai mươi
    tư tuổi, xuống Bắc Ninh …", "Lò Thị Hoa, 32 tuổi, …" (2–4 capitalised syllables starting with a surname)."""
    cores, trails, leads, newlines = toks.cores, toks.trails, toks.leads, toks.newlines
    out: list[tuple[int, Person]] = []
    for t in indices_in(cores, _AGE_WORDS):
        k = t
        while k > 0 and not trails[k - 1] and (cores[k - 1][:1].isdigit() or cores[k - 1] in NUMBER_WORDS):
            k -= 1
        if k == t or k == 0 or trails[k - 1] != ",":
            continue
        end = k - 1  # the name's last syllable, closed by the comma
        start = end
        while (
            start > 0
            and end - start < 3
            and not trails[start - 1]
            and not leads[start]
            and not newlines[start]
            and _cap(cores[start - 1])
        ):
            start -= 1
        run = list(range(start, end + 1))
        if not 2 <= len(run) <= 4 or cores[start] not in v.surnames or not sentence_start(toks, start):
            continue
        if cores[start].lower() in v.titles:
            continue  # "Ông Lò Văn Hặc, 60 tuổi": a title, read with it
        if any(cores[r] in v.not_name_syllables or not _cap(cores[r]) for r in run[1:]):
            continue
        full = " ".join(cores[r] for r in run)
        if NAME_KEYS[full] in v.not_names:
            continue
        out.append((start, Person(name=full, as_written=full)))
    return out


def first_words() -> frozenset[str]:
    """Every word a title or a position may start with, as written (the pre-scan's words)."""
    return _vocab().first_words


def extract_people(
    text: str,
    limit: int = 20,
    *,
    include_officials: bool = False,
    toks: Tokens | None = None,
    candidates: list[int] | None = None,
) -> list[Person]:
    """People named with a title, e.g. "chị Nguyễn Thị Hoa" → Person(name="Nguyễn Thị Hoa").

    Place names that begin with a title word (Bà Rịa, huyện Anh Sơn) are skipped, and so are
    officials introduced by their position ("ông X, Chủ tịch UBND xã") unless ``include_officials``.
    ``toks`` may pass a ready :func:`~nlp.tokens.tokenize` result for ``text``, and ``candidates`` the
    indices of its tokens whose core is in :func:`first_words` (:func:`nlp.entities.entity_candidates`).
    """
    v = _vocab()
    if toks is None:
        toks = tokenize(text)
    found: list[tuple[int, Person]] = []
    if candidates is None:
        candidates = indices_in(toks.cores, v.first_words)
    cores = toks.cores
    resume = 0
    for i in candidates:
        if i < resume:
            continue
        n = _match_title(toks, i, v)
        if not n or _after_place_word(toks, i, v):
            continue
        j = i + n
        # "cô giáo về hưu Nguyễn Thị Thu Hà": a modifier, then a full name (a surname or a middle name needed).
        modified = _modifier(toks, j, v) if j < len(toks) and toks.cores[j] in v.modifiers else 0
        j += modified
        run = _name_run(toks, j, v)
        if len(run) < 2:
            resume = i + n
            continue
        j = run[-1] + 1
        name = _without_ethnic_prefix([toks[k] for k in run], v)
        if 2 <= len(name) <= 4:
            full = " ".join(t.core for t in name)
            # As written, minus punctuation inside the span (ông “Nguyễn Văn An” → ông Nguyễn Văn An).
            written = " ".join([*toks.cores[i : i + n + modified], full])
            key = NAME_KEYS[full]
            title = tuple(c.lower() for c in toks.cores[i : i + n])
            if (
                key not in v.not_names
                and (
                    (title not in v.occupations and not modified)
                    or _has_middle_name(name)
                    or (name[0].core in v.surnames and name[1].core not in v.not_name_syllables)
                )
                and fold(" ".join(cores[i : i + n]) + " " + full) not in v.not_names
                and (_has_middle_name(name) or fold(f"{cores[i + n - 1]} {name[0].core}") not in v.not_names)
                and (include_officials or not _is_official(text, name[-1], v))
            ):
                found.append((i + n, Person(name=full, as_written=written)))
        resume = j if len(name) >= 2 else i + n
    found.extend(_position_people(text, toks, v, include_officials, candidates))
    if "tuổi" in text:
        found.extend(_aged_people(toks, v))
    found.sort(key=lambda x: x[0])
    people: list[Person] = []
    seen: set[str] = set()
    for _, person in found:
        key = NAME_KEYS[person.name]
        if key not in seen:
            seen.add(key)
            people.append(person)
            if len(people) >= limit:
                break
    return people
