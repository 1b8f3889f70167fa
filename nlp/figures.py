"""Extract key figures (households out of poverty, poverty rate, money, animals, houses, area)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress
from typing import Any, Final

import yaml

from lantoa.schema import Figure
from lantoa.text import lower_for_matching

from .memo import Memo
from .numbers import NUMBER_RE, NUMBER_WORDS, SCALE_WORDS, parse_number, parse_number_words

#: Number words accepted for counts (not "năm"/"tư", which mostly mean "year"/"fourth").
_COUNT_WORDS: Final = "một|hai|ba|bốn|sáu|bảy|tám|chín|mười"
_NUM: Final = rf"(?<![\w.,])(?:{NUMBER_RE}|{_COUNT_WORDS})(?![\w])"
_NUM_DIGITS: Final = rf"(?<![\w.,])(?:{NUMBER_RE})(?![\d])"


@dataclass(frozen=True)
class _Pattern:
    kind: str
    regex: re.Pattern[str]
    unit: str


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    text = resources.files("nlp").joinpath("data/figures.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@lru_cache(maxsize=2)
def _patterns(lowered: bool = False) -> dict[str, re.Pattern[str]]:
    """The figure patterns: case-insensitive, or (``lowered``) case-sensitive with lower-case
    literals, for text lowered by :func:`lantoa.text.lower_for_matching` (same matches, faster)."""
    v = _vocab()
    flags = 0 if lowered else re.IGNORECASE

    def _alt(words: list[str]) -> str:
        return _alternatives([w.lower() for w in words] if lowered else words)

    escaped = _alt(v["escaped_poverty_verbs"])
    not_cur = _alt(v["not_currency_after"])
    tails = _tail_sources(lowered)
    return {
        # Number-initial patterns: tried with .match() at each number found by "number".
        "escaped": re.compile(rf"(?P<num>{_NUM}){tails['escaped']}", flags),
        "poor": re.compile(rf"(?P<num>{_NUM}){tails['poor']}", flags),
        "money": re.compile(
            rf"(?P<num>{_NUM_DIGITS})\s*(?P<scale>tỷ|tỉ|triệu|nghìn|ngàn)?"
            rf"(?:\s+(?P<num2>{_NUM_DIGITS})\s*(?P<scale2>triệu|nghìn|ngàn))?"
            rf"\s*(?:{_alt(v['money_currency'])})(?!\w)(?!\s+(?:{not_cur})(?!\w))",
            flags,
        ),
        "animals": re.compile(rf"(?P<num>{_NUM}){tails['animals']}", flags),
        "houses": re.compile(rf"(?P<num>{_NUM}){tails['houses']}", flags),
        "scholarships": re.compile(rf"(?P<num>{_NUM}){tails['scholarships']}", flags),
        "area": re.compile(
            rf"(?P<num>{_NUM_DIGITS})\s*(?P<unit>{_alt(list(v['area_units']))})(?![\w²])", flags
        ),
        # Word-initial patterns, searched in the whole text.
        "number": re.compile(_NUM, flags),
        "escaped_after": re.compile(
            rf"(?:{escaped})\s+(?:cho|được)\s+(?P<num>{_NUM})\s+hộ|giảm(?:\s+được)?(?:\s+(?:hơn|gần|khoảng|trên|thêm))?\s+(?P<num3>{_NUM})\s+hộ\s+nghèo",
            flags,
        ),
        "rate": re.compile(r"tỷ lệ\s+(?:hộ\s+)?nghèo(?:\s+đa chiều)?[^.;!?\n]{0,90}", flags),
        "percent": re.compile(rf"(?P<num>{_NUM_DIGITS})\s*%"),
        # A table or a list: "Số hộ thoát nghèo: 187", "Hộ nghèo còn lại: 42 hộ".
        "listed": re.compile(
            rf"(?<!\w)(?<!tỷ lệ )(?<!tỉ lệ )(?:số\s+)?hộ\s+(?:(?P<escaped>(?:đã\s+)?(?:{escaped}))|nghèo(?:\s+còn\s+lại)?)"
            rf"\s*:\s*(?P<num>{_NUM_DIGITS})(?![\d.,]*\s*%)(?:\s+hộ(?!\s+(?:gia đình\s+)?nghèo))?",
            flags,
        ),
    }


_NUMBER_FIRST: Final = ("escaped", "poor", "money", "animals", "houses", "scholarships", "area")


def _tail_sources(lowered: bool) -> dict[str, str]:
    """What follows the number in each number-first pattern (regex sources, for text lowered when
    ``lowered``). Numbers in digits and numbers in words share them; a number in words carries its
    scale ("tám mươi triệu"), so its money tail is the currency alone."""
    v = _vocab()

    def _alt(words: list[str]) -> str:
        return _alternatives([w.lower() for w in words] if lowered else words)

    escaped = _alt(v["escaped_poverty_verbs"])
    hh = r"hộ(?:\s+(?:gia đình|nghèo|cận nghèo|dân|đồng bào(?:\s+dân tộc thiểu số)?|khó khăn))?"
    aux = r"(?:\s+(?:đã|được|đều|sẽ|có|đăng ký|cũng|thêm))*"
    not_house = r"(?!\s+(?:máy|hàng|văn hóa|sách|xưởng|trẻ|thờ|vệ sinh)(?!\w))"
    return {
        "escaped": rf"\s+{hh}{aux}\s+(?:{escaped})",
        "poor": rf"\s+hộ\s+nghèo(?!\s+đa chiều\s+(?:{escaped}))",
        "money": rf"\s*(?:{_alt(v['money_currency'])})(?!\w)(?!\s+(?:{_alt(v['not_currency_after'])})(?!\w))",
        "animals": rf"\s+con\s+(?:giống\s+)?(?P<unit>{_alt(list(v['animals']))})(?!\w)",
        "houses": rf"\s+(?:(?:{_alt(v['house_classifiers'])})\s+nhà{not_house}|nhà\s+(?:{_alt(v['house_kinds'])})(?!\w))",
        "scholarships": rf"\s+(?:{_alt(v['scholarship_words'])})(?!\w)",
        "area": rf"\s*(?P<unit>{_alt(list(v['area_units']))})(?![\w²])",
    }


@lru_cache(maxsize=2)
def _tails(lowered: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    flags = 0 if lowered else re.IGNORECASE
    return tuple((key, re.compile(src, flags)) for key, src in _tail_sources(lowered).items())


def _value(written: str | None) -> float | None:
    if not written:
        return None
    try:
        return parse_number(written)
    except ValueError:
        return None


class _Groups:
    """The groups of a match, read from ``text``: the match may have been made on its lowered copy."""

    __slots__ = ("m", "text")

    def __init__(self, m: re.Match[str], text: str) -> None:
        self.m = m
        self.text = text

    def group(self, name: str | int = 0) -> str | None:
        start, end = self.m.span(name)
        return None if start < 0 else self.text[start:end]

    def written(self) -> str:
        return self.text[self.m.start() : self.m.end()]


def _money(g: _Groups) -> float | None:
    scales = {"tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3}
    first = _value(g.group("num"))
    if first is None:
        return None
    total = first * scales.get((g.group("scale") or "").lower(), 1.0)
    if g.group("num2"):
        second = _value(g.group("num2"))
        if second is not None:
            total += second * scales.get((g.group("scale2") or "").lower(), 1.0)
    return total


def _figure(key: str, g: _Groups) -> Figure | None:
    """The figure a number-initial pattern ``key`` matched, or None when its number does not parse."""
    written = g.written()
    if key == "money":
        money = _money(g)
        return (
            None if money is None else Figure(kind="money_vnd", value=money, unit="VND", as_written=written)
        )
    value = _value(g.group("num"))
    if value is None:
        return None
    if key == "escaped":
        return Figure(kind="households_escaped_poverty", value=value, unit="hộ", as_written=written)
    if key == "poor":
        if value == 1 and (g.group("num") or "")[:1].isalpha():
            # "giúp đỡ một hộ nghèo", "mỗi đảng viên kèm một hộ nghèo": "một" is an article, not a count.
            return None
        return Figure(kind="poor_households", value=value, unit="hộ", as_written=written)
    if key == "animals":
        animal = (g.group("unit") or "").lower()
        unit = str(_vocab()["animals"].get(animal, animal))
        return Figure(kind="animals", value=value, unit=unit, as_written=written)
    if key == "houses":
        return Figure(kind="houses", value=value, unit="căn", as_written=written)
    if key == "scholarships":
        return Figure(kind="scholarships", value=value, unit="suất", as_written=written)
    factor = _area_units().get((g.group("unit") or "").lower(), 1.0)
    return Figure(kind="land_area_m2", value=value * factor, unit="m2", as_written=written)


@lru_cache(maxsize=1)
def _area_units() -> dict[str, float]:
    return {k.lower(): float(f) for k, f in _vocab()["area_units"].items()}


@lru_cache(maxsize=1)
def _next_letters() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """For lowered text: the number-first patterns that can match, by the first character after a
    number, when whitespace separates them (first table) and when it does not (second table).

    After its number each pattern needs whitespace then a known word (``\\s+hộ``, ``\\s+con``…) or,
    for money and areas, optional whitespace then a scale, a currency, a unit (or, for money, a
    second number after whitespace). The number a pattern reads ends where its run of digits, "."
    and "," ends: a reading that stops inside the run is followed by a digit, "." or ",", where
    neither whitespace nor any of these words can start.
    """
    v = _vocab()

    def firsts(words: list[str] | Any) -> set[str]:
        return {str(w).lower()[0] for w in words}

    digits = "0123456789"
    spaced = {
        "escaped": {"h"},
        "poor": {"h"},
        "money": {"t", "n"} | firsts(v["money_currency"]) | set(digits),
        "animals": {"c"},
        "houses": firsts(v["house_classifiers"]) | {"n"},
        "scholarships": firsts(v["scholarship_words"]),
        "area": firsts(v["area_units"]),
    }
    glued = {"money": {"t", "n"} | firsts(v["money_currency"]), "area": firsts(v["area_units"])}
    letters = set().union(*spaced.values())
    return (
        {c: tuple(k for k in _NUMBER_FIRST if c in spaced[k]) for c in letters},
        {c: tuple(k for k in _NUMBER_FIRST if c in glued.get(k, ())) for c in letters},
    )


#: A run of digits, "." and "," (a number as the patterns may read it, to its end).
_NUMBER_RUN: Final = re.compile(r"[\d.,]+")
#: Count words as :data:`_NUM` accepts them, to tell words that may hold a number.
_COUNT_WORD_LIST: Final = tuple(_COUNT_WORDS.split("|"))
_DIGIT: Final = re.compile(r"\d")
#: What :data:`_CHUNK_INFO` holds for a word.
_ChunkInfo = tuple[bool, "_NumberChunk | int"]


def chunk_info(word: str) -> _ChunkInfo | int:
    """What figure finding needs to know of one whitespace-delimited word (see :data:`_CHUNK_INFO`);
    callers that look words up anyway may keep it and pass it to :func:`extract_figures`."""
    low = word.lower()
    holds = _DIGIT.search(word) is not None or any(w in low for w in _COUNT_WORD_LIST)
    number = _number_chunk(word)
    return (holds, number) if holds or number else 0


#: Word → ``(holds, number)``: whether a number of :data:`_NUM` may lie in it (a digit or a count word), and
#: what :func:`_number_chunk` says of it; 0 when neither. Memoised.
_CHUNK_INFO: Final[Memo[str, _ChunkInfo | int]] = Memo(chunk_info)


def _scan(
    words: tuple[list[str], list[int]], infos: list[_ChunkInfo | int] | None = None
) -> tuple[list[_ChunkInfo | int], list[int]]:
    """Every chunk's :data:`_CHUNK_INFO` and the indices of the chunks that hold a number of either kind: one
    column-wise look-up of the memo for the whole text (``infos``: the chunks' :func:`chunk_info`
    when the caller has them)."""
    chunks = words[0]
    if infos is None or len(infos) != len(chunks):
        infos = list(map(_CHUNK_INFO.__getitem__, chunks))
    return infos, list(compress(range(len(chunks)), infos))


def _numbers(
    pattern: re.Pattern[str],
    subject: str,
    words: tuple[list[str], list[int]] | None,
    scanned: tuple[list[_ChunkInfo | int], list[int]] | None = None,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(subject)`` for the number pattern. With the text's whitespace-delimited
    ``words`` and their offsets (and their :func:`_scan`), only the words that hold a digit or a count
    word are searched: a number never spans whitespace and whitespace always ends one, so the matches
    are the same."""
    if words is None:
        yield from pattern.finditer(subject)
        return
    chunks, offsets = words
    infos, idx = scanned or _scan(words)
    for k in idx:
        if infos[k][0]:  # type: ignore[index]
            start = offsets[k]
            yield from pattern.finditer(subject, start, start + len(chunks[k]))


@lru_cache(maxsize=1)
def _escaped_after_starts() -> tuple[str, ...]:
    """What a match of the lowered "escaped_after" pattern starts with: an escape verb (a literal) or
    "giảm"."""
    return (*(w.lower() for w in _vocab()["escaped_poverty_verbs"]), "giảm")


def _literal_starts(subject: str, literals: tuple[str, ...]) -> list[int]:
    """The sorted offsets in ``subject`` where any of ``literals`` occurs (``str.find``, no regex scan)."""
    found: set[int] = set()
    find = subject.find
    for literal in literals:
        k = find(literal)
        while k >= 0:
            found.add(k)
            k = find(literal, k + 1)
    return sorted(found)


def _finditer_from(pattern: re.Pattern[str], subject: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(subject)`` for a pattern that can only match at ``starts`` (sorted) and never
    matches the empty string: tried at those offsets only, left to right, past the last match's end."""
    reach = 0
    for k in starts:
        if k < reach:
            continue
        m = pattern.match(subject, k)
        if m is not None:
            reach = m.end()
            yield m


def _iter_figures(
    text: str,
    words: tuple[list[str], list[int]] | None = None,
    infos: list[_ChunkInfo | int] | None = None,
) -> Iterator[tuple[int, int, Figure]]:
    low = lower_for_matching(text)
    pats = _patterns(lowered=low is not None)
    subject = text if low is None else low  # the patterns run on this; groups are read from text
    number_first = [(key, pats[key]) for key in _NUMBER_FIRST]
    after_space, after_number = _next_letters()
    size = len(subject)
    # "escaped_after" ends with a number, whitespace and "hộ" (a shorter reading of the number is
    # followed by a digit, "." or ",", never whitespace): on lowered text it is only searched when
    # some number is followed by "hộ".
    households = low is None
    if words is None or low is None:
        words = _split(text)
        infos = None  # (the infos, if any, were of the words given)
    scanned = _scan(words, infos)
    for num in _numbers(pats["number"], subject, words if low is not None else None, scanned):
        pos = num.start()
        candidates = number_first
        if low is not None:
            # Only the patterns that can go on with the character after the number (or after the
            # whitespace that follows it); Unicode digits other than 0-9 keep every pattern. A
            # pattern may read more of the number than _NUM did ("1,5tỉ": "1" here, "1,5" for
            # money), so the number is taken to the end of its run of digits, "." and ",".
            run = _NUMBER_RUN.match(subject, pos)
            end = num.end() if run is None else run.end()
            nxt = subject[end : end + 1]
            if nxt.isspace():
                end += 1
                while end < size and subject[end].isspace():
                    end += 1
                nxt = subject[end : end + 1]
                keys = after_space.get(nxt, ())
                if nxt == "h" and subject.startswith("hộ", end):
                    households = True
            else:
                keys = after_number.get(nxt, ())
            if not keys and not (nxt.isdigit() and nxt not in "0123456789"):
                continue
            if keys:
                candidates = [(key, pats[key]) for key in keys]
        for key, pattern in candidates:
            m = pattern.match(subject, pos)
            if m is not None:
                fig = _figure(key, _Groups(m, text))
                if fig is not None and not (num.group()[0].isalpha() and _not_a_count(subject, pos)):
                    yield m.start(), m.end(), fig
    escaped_after = pats["escaped_after"]
    if not households:
        after: Iterable[re.Match[str]] = ()
    elif low is None:
        after = escaped_after.finditer(subject)
    else:
        after = _finditer_from(escaped_after, subject, _literal_starts(subject, _escaped_after_starts()))
    for m in after:
        g = _Groups(m, text)
        value = _value(g.group("num") or g.group("num3"))
        if value is not None:
            yield (
                m.start(),
                m.end(),
                Figure(kind="households_escaped_poverty", value=value, unit="hộ", as_written=g.written()),
            )
    yield from _word_number_figures(text, subject, words, scanned)
    probe = subject if low is not None else text.lower()
    if "nghèo:" in probe or "nghèo :" in probe or "lại:" in probe or "lại :" in probe:
        for m in pats["listed"].finditer(subject):
            g = _Groups(m, text)
            value = _value(g.group("num"))
            if value is not None:
                kind = "households_escaped_poverty" if g.group("escaped") else "poor_households"
                yield m.start(), m.end(), Figure(kind=kind, value=value, unit="hộ", as_written=g.written())
    for rate in pats["rate"].finditer(subject):
        for m in pats["percent"].finditer(subject, rate.start(), rate.end()):
            g = _Groups(m, text)
            value = _value(g.group("num"))
            if value is not None and value <= 100:
                yield (
                    m.start(),
                    m.end(),
                    Figure(kind="poverty_rate", value=value, unit="%", as_written=g.written()),
                )


_LARGE_SCALES: Final = frozenset(("triệu", "tỷ", "tỉ"))
#: Punctuation that may open or close a word ("(hai", "đồng,").
_LEAD: Final = "(“\"‘'[«"
_TRAIL: Final = ",.;:!?)”\"’']»…"
#: Chunk → ``(core, lead, closes, digits, large)`` for the whitespace-delimited chunks that may be part of a
#: number in words: the lower-case word without edge punctuation, the length of the punctuation before it,
#: whether punctuation follows it (which ends the number), whether it is written in digits and whether it is
#: "triệu"/"tỷ"; 0 for other chunks.
_NumberChunk = tuple[str, int, bool, bool, bool]


def _number_chunk(chunk: str) -> _NumberChunk | int:
    low = chunk.lower()
    core = low.lstrip(_LEAD)
    word = core.rstrip(_TRAIL)
    if word and len(low) == len(chunk):
        if word in NUMBER_WORDS:
            return (word, len(low) - len(core), len(word) != len(core), False, word in _LARGE_SCALES)
        if word[0].isdigit() and _value(word) is not None:
            return (word, len(low) - len(core), len(word) != len(core), True, False)
    return 0


@lru_cache(maxsize=1)
def _word_vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Words before a number that make it no count, money words before and after an amount with no
    currency, and the words a unit can start with (what a tail of :func:`_tail_sources` begins with)."""
    v = _vocab()
    before = frozenset(w.split()[-1] for w in v["money_words_before"])
    units = [
        "hộ",
        "con",
        "nhà",
        *v["house_classifiers"],
        *v["scholarship_words"],
        *v["money_currency"],
        *v["area_units"],
    ]
    unit_firsts = frozenset(str(w).lower().split()[0] for w in units)
    return frozenset(v["not_count_after"]), before, frozenset(v["money_words_after"]), unit_firsts


_SPLIT: Final = re.compile(r"\S+|\s+")


def _split(text: str) -> tuple[list[str], list[int]]:
    """The words of ``text`` and their offsets as the spaCy Doc has them: whitespace other than one space is a
    chunk of its own (so a number in words never spans a tab or a line break)."""
    found = [(m.group(), m.start()) for m in _SPLIT.finditer(text) if m.group() != " "]
    return [w for w, _ in found], [o for _, o in found]


def _not_a_count(subject: str, pos: int) -> bool:
    """Whether the word before the count word at ``pos`` makes it an ordinal, a date or a vague number
    ("lần thứ ba con bò", "tháng ba con bò đẻ", "vài ba con")."""
    before = subject[max(0, pos - 12) : pos].split()
    return bool(before) and before[-1].lower().strip(_LEAD + _TRAIL) in _word_vocab()[0]


#: Chunk → whether a unit may start with it ("hộ", "con", "đồng,", "ha."…), memoised.
_UNIT_START: Final[dict[str, bool]] = {}


def _unit_start(chunk: str) -> bool:
    flag = chunk.lower().rstrip(_TRAIL) in _word_vocab()[3]
    if len(_UNIT_START) > 200_000:
        _UNIT_START.clear()
    _UNIT_START[chunk] = flag
    return flag


def _word_before(chunks: list[str], k: int) -> str:
    """The lower-case word before chunk ``k``, without edge punctuation ("" at a line break or the start)."""
    if k <= 0 or chunks[k - 1].isspace():
        return ""
    return chunks[k - 1].lower().strip(_LEAD + _TRAIL)


def _money_without_currency(chunks: list[str], first: int, last: int, cores: list[str], closes: bool) -> bool:
    """ "lãi trên trăm rưỡi triệu.", "lương sáu triệu rưỡi một tháng": a large amount in money wording."""
    if not _LARGE_SCALES.intersection(cores):
        return False
    _, before, after, _ = _word_vocab()
    nxt = chunks[last + 1] if last + 1 < len(chunks) else ""
    if not (closes or not nxt or nxt.isspace() or nxt.lower().strip(_LEAD + _TRAIL) in after):
        return False
    return any(_word_before(chunks, k) in before for k in range(first, max(first - 3, 0), -1))


#: An amount of money with its currency word ("chín triệu đồng", "1,2 tỷ đồng").
_AMOUNT_WITH_CURRENCY: Final = re.compile(
    r"(?:triệu|tỷ|tỉ|nghìn|ngàn)\s+(?:đồng|vnđ|vnd)(?!\w)", re.IGNORECASE
)


def _currency_elided(
    chunks: list[str], subject: str, start: int, last: int, cores: list[str], closes: bool
) -> bool:
    """ "nhận chín triệu đồng, gửi về cho bố mẹ năm triệu.", "góp được một tỷ đồng, người ít một triệu, …": a
    large amount that ends its clause, with no currency, after an amount with its currency earlier in the same
    sentence is money too (the currency is not repeated)."""
    if not _LARGE_SCALES.intersection(cores):
        return False
    nxt = chunks[last + 1] if last + 1 < len(chunks) else ""
    if not (closes or not nxt or nxt.isspace() or nxt.lower().strip(_LEAD + _TRAIL) in _word_vocab()[2]):
        return False
    sentence = max(
        subject.rfind(". ", 0, start), subject.rfind("\n", 0, start), subject.rfind("? ", 0, start)
    )
    return _AMOUNT_WITH_CURRENCY.search(subject, sentence + 1, start) is not None


def _word_number_figures(
    text: str,
    subject: str,
    words: tuple[list[str], list[int]],
    scanned: tuple[list[_ChunkInfo | int], list[int]],
) -> Iterator[tuple[int, int, Figure]]:
    """Figures whose number is written in words, alone or mixed with digits ("tám mươi triệu đồng", "ba mươi
    con bò", "1 tỷ 2"): runs of number-word chunks are read with :func:`nlp.numbers.parse_number_words`
    where a unit follows them (the tails of the digit patterns). Only the chunks that are number words are
    looked at in Python (memoised per chunk), and a run is read only when the word after it may start a unit
    (or it may be an amount with no currency); runs in digits alone are left to the digit patterns."""
    chunks, offsets = words
    infos_all, found = scanned
    size = len(chunks)
    unit_start = _UNIT_START.get
    not_count_after = _word_vocab()[0]
    tails = _tails(subject is not text)
    done = -1  # the last chunk of the last run read

    def number(j: int) -> _NumberChunk | None:
        info = infos_all[j] if 0 <= j < size else 0
        return info[1] or None if info else None  # type: ignore[index,return-value]

    for k in found:
        code = infos_all[k][1]  # type: ignore[index]
        if not code or code[3] or k <= done:  # type: ignore[index]
            continue  # a run is read from one of its words: digits alone are the digit patterns' work
        # Only a run that holds "triệu"/"tỷ" or is followed by a word a unit can start with may make a
        # figure (what follows a number ending inside a run is a number word, never a unit).
        if not code[4]:  # type: ignore[index]
            if code[2] or k + 1 >= size:  # type: ignore[index]
                continue
            follows = unit_start(chunks[k + 1])
            if follows is None:
                follows = _unit_start(chunks[k + 1])
            if not follows:
                continue
        # The run around k: adjacent number chunks, no punctuation between them, no line break.
        first = k
        while (prev := number(first - 1)) is not None and not prev[2] and not infos_all[first][1][1]:  # type: ignore[index]
            first -= 1
        last = k
        while not infos_all[last][1][2] and (nxt_code := number(last + 1)) is not None and not nxt_code[1]:  # type: ignore[index]
            last += 1
        done = last
        end_info: _NumberChunk = infos_all[last][1]  # type: ignore[index,assignment]
        nxt = chunks[last + 1] if last + 1 < size else ""
        unit_next = not end_info[2] and bool(unit_start(nxt) if nxt in _UNIT_START else _unit_start(nxt))
        if unit_next and last == first + 1 and infos_all[first][1][3] and end_info[0] in SCALE_WORDS:  # type: ignore[index]
            continue  # "50 triệu đồng": the digit patterns read it
        run = list(range(first, last + 1))
        codes: dict[int, _NumberChunk] = {j: infos_all[j][1] for j in run}  # type: ignore[index,misc]
        if not unit_next and not any(c[4] for c in codes.values()):
            continue
        infos: list[_NumberChunk] = [codes[k] for k in run]  # type: ignore[misc]
        # Digits alone, or digits and scale words ending with a scale ("50 triệu", "2 tỷ 500 triệu") before a
        # unit: the digit patterns read those.
        if infos[0][3] and (unit_next or len(run) == 1) and (len(run) == 1 or end_info[0] in SCALE_WORDS):
            if all(info[3] or info[0] in SCALE_WORDS for info in infos):
                continue
        cores = [info[0] for info in infos]
        pos = 0
        while pos < len(run):
            parsed = parse_number_words(cores[pos:])
            if parsed is None:
                pos += 1
                continue
            value, n = parsed
            first, last = run[pos], run[pos + n - 1]
            digits_only = all(info[3] for info in infos[pos : pos + n])
            pos += n
            if digits_only or _word_before(chunks, first) in not_count_after:
                continue
            if pos < len(run):  # only an amount with no currency may end inside the run
                if _money_without_currency(chunks, first, last, cores[pos - n : pos], False):
                    start = offsets[first] + infos[pos - n][1]
                    end = offsets[last] + infos[pos - 1][1] + len(cores[pos - 1])
                    yield (
                        start,
                        end,
                        Figure(kind="money_vnd", value=value, unit="VND", as_written=text[start:end]),
                    )
                continue
            start = offsets[first] + codes[first][1]  # type: ignore[index]
            end = offsets[last] + codes[last][1] + len(codes[last][0])  # type: ignore[index]
            fig = _word_figure(text, subject, tails, start, end, value)
            if fig is None and (
                _money_without_currency(chunks, first, last, cores, codes[last][2])  # type: ignore[index]
                or _currency_elided(chunks, subject, start, last, cores, codes[last][2])  # type: ignore[index]
            ):
                fig = Figure(kind="money_vnd", value=value, unit="VND", as_written=text[start:end]), end
            if fig is not None:
                yield start, fig[1], fig[0]


def _word_figure(
    text: str,
    subject: str,
    tails: tuple[tuple[str, re.Pattern[str]], ...],
    start: int,
    end: int,
    value: float,
) -> tuple[Figure, int] | None:
    """The figure a number in words (``text[start:end]``, value ``value``) makes with what follows it."""
    for key, tail in tails:
        m = tail.match(subject, end)
        if m is None:
            continue
        written = text[start : m.end()]
        if key == "money":
            if value < 1000:  # "không lấy một đồng": not an amount
                return None
            return Figure(kind="money_vnd", value=value, unit="VND", as_written=written), m.end()
        if key == "area":
            factor = _area_units().get(text[m.start("unit") : m.end("unit")].lower(), 1.0)
            end_at = m.end()
            half = _HALF_AFTER_UNIT.match(subject, end_at)
            if half is not None and value == int(value):  # "một héc-ta rưỡi" = 1.5 ha
                value += 0.5
                end_at = half.end()
                written = text[start:end_at]
            return Figure(kind="land_area_m2", value=value * factor, unit="m2", as_written=written), end_at
        if value != int(value):
            return None
        if key == "poor" and value == 1:
            # "giúp đỡ một hộ nghèo", "mỗi đảng viên kèm một hộ nghèo": "một" is an article, not a count.
            return None
        if key == "poor" and _REDUCED_BEFORE.search(subject, max(0, start - 24), start) is not None:
            # "giảm được hơn hai nghìn hộ nghèo": households that left poverty.
            return Figure(
                kind="households_escaped_poverty", value=value, unit="hộ", as_written=written
            ), m.end()
        if key == "animals":
            animal = text[m.start("unit") : m.end("unit")].lower()
            unit = str(_vocab()["animals"].get(animal, animal))
            return Figure(kind="animals", value=value, unit=unit, as_written=written), m.end()
        kind, unit = _COUNT_KINDS[key]
        return Figure(kind=kind, value=value, unit=unit, as_written=written), m.end()
    return None


#: "rưỡi" (and a half) right after an area unit written after a number in words ("một héc-ta rưỡi").
_HALF_AFTER_UNIT: Final = re.compile(r"\s+rưỡi(?!\w)", re.IGNORECASE)
#: "giảm" (optionally "được" and a quantifier) just before a number in words of poor households: a reduction.
_REDUCED_BEFORE: Final = re.compile(
    r"(?<!\w)giảm(?:\s+được)?(?:\s+(?:hơn|gần|khoảng|trên|thêm))?\s+$", re.IGNORECASE
)

_COUNT_KINDS: Final = {
    "escaped": ("households_escaped_poverty", "hộ"),
    "poor": ("poor_households", "hộ"),
    "houses": ("houses", "căn"),
    "scholarships": ("scholarships", "suất"),
}


def extract_figures(
    text: str,
    limit: int = 30,
    *,
    words: tuple[list[str], list[int]] | None = None,
    infos: list[_ChunkInfo | int] | None = None,
) -> list[Figure]:
    """Figures in ``text`` (normalised Vietnamese), in reading order, de-duplicated.

    "1,5 tỷ đồng" → ``money_vnd`` 1.5e9; "3,2%" after "tỷ lệ hộ nghèo" → ``poverty_rate`` 3.2;
    "20 con bò" → ``animals`` 20 (unit "bò"); "2 ha" → ``land_area_m2`` 20000. ``words`` may pass
    the text's whitespace-delimited words and their offsets (the spaCy Doc's, whitespace tokens
    included) so that only the words holding a number are searched for one, and ``infos`` their
    :func:`chunk_info`.
    """
    found = sorted(_iter_figures(text, words, infos), key=lambda item: (item[0], -(item[1] - item[0])))
    taken: list[tuple[int, int]] = []
    out: list[Figure] = []
    seen: set[tuple[str, float, str]] = set()
    reach = 0
    for start, end, fig in found:
        # A figure never spans a line break: "… số 3" ending a title is not "3 hộ nghèo" in the sapo.
        if "\n" in text[start:end]:
            continue
        # "30 hộ nghèo thoát nghèo" is an escape, not a count of poor households.
        if fig.kind == "poor_households" and any(s <= start < e for s, e in taken):
            continue
        # A figure inside a longer one is part of it: "500 triệu đồng" of "2 tỷ 500 triệu đồng", "hai căn
        # nhà" of "mười hai căn nhà".
        # (Figures come by start: only one that starts before the furthest end so far can be inside another.)
        if start < reach and any(s <= start and end <= e and (s, e) != (start, end) for s, e in taken):
            continue
        taken.append((start, end))
        reach = max(reach, end)
        key = (fig.kind, fig.value, fig.as_written.lower())
        if key in seen:
            continue
        seen.add(key)
        out.append(fig)
        if len(out) >= limit:
            break
    return out
