"""Extract key figures (households out of poverty, poverty rate, money, animals, houses, area)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress
from typing import Any

import yaml

from lantoa.schema import Figure
from lantoa.text import lower_for_matching

from .memo import fill_missing
from .numbers import NUMBER_RE, parse_number

#: Number words accepted for counts (not "năm"/"tư", which mostly mean "year"/"fourth").
_COUNT_WORDS = "một|hai|ba|bốn|sáu|bảy|tám|chín|mười"
_NUM = rf"(?<![\w.,])(?:{NUMBER_RE}|{_COUNT_WORDS})(?![\w])"
_NUM_DIGITS = rf"(?<![\w.,])(?:{NUMBER_RE})(?![\d])"


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
    hh = r"hộ(?:\s+(?:gia đình|nghèo|cận nghèo|dân|đồng bào(?:\s+dân tộc thiểu số)?|khó khăn))?"
    aux = r"(?:\s+(?:đã|được|đều|sẽ|có|đăng ký|cũng|thêm))*"
    not_cur = _alt(v["not_currency_after"])
    return {
        # Number-initial patterns: tried with .match() at each number found by "number".
        "escaped": re.compile(rf"(?P<num>{_NUM})\s+{hh}{aux}\s+(?:{escaped})", flags),
        "poor": re.compile(rf"(?P<num>{_NUM})\s+hộ\s+nghèo(?!\s+đa chiều\s+(?:{escaped}))", flags),
        "money": re.compile(
            rf"(?P<num>{_NUM_DIGITS})\s*(?P<scale>tỷ|tỉ|triệu|nghìn|ngàn)?"
            rf"(?:\s+(?P<num2>{_NUM_DIGITS})\s*(?P<scale2>triệu|nghìn|ngàn))?"
            rf"\s*(?:{_alt(v['money_currency'])})(?!\w)(?!\s+(?:{not_cur})(?!\w))",
            flags,
        ),
        "animals": re.compile(
            rf"(?P<num>{_NUM})\s+con\s+(?:giống\s+)?(?P<unit>{_alt(list(v['animals']))})(?!\w)", flags
        ),
        "houses": re.compile(
            rf"(?P<num>{_NUM})\s+(?:(?:{_alt(v['house_classifiers'])})\s+nhà(?!\s+(?:máy|hàng|văn hóa|sách|xưởng|trẻ|thờ|vệ sinh)(?!\w))"
            rf"|nhà\s+(?:{_alt(v['house_kinds'])})(?!\w))",
            flags,
        ),
        "scholarships": re.compile(rf"(?P<num>{_NUM})\s+(?:{_alt(v['scholarship_words'])})(?!\w)", flags),
        "area": re.compile(
            rf"(?P<num>{_NUM_DIGITS})\s*(?P<unit>{_alt(list(v['area_units']))})(?![\w²])", flags
        ),
        # Word-initial patterns, searched in the whole text.
        "number": re.compile(_NUM, flags),
        "escaped_after": re.compile(
            rf"(?:{escaped})\s+(?:cho|được)\s+(?P<num>{_NUM})\s+hộ|giảm(?:\s+được)?\s+(?P<num3>{_NUM})\s+hộ\s+nghèo",
            flags,
        ),
        "rate": re.compile(r"tỷ lệ\s+(?:hộ\s+)?nghèo(?:\s+đa chiều)?[^.;!?\n]{0,90}", flags),
        "percent": re.compile(rf"(?P<num>{_NUM_DIGITS})\s*%"),
    }


_NUMBER_FIRST = ("escaped", "poor", "money", "animals", "houses", "scholarships", "area")


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
_NUMBER_RUN = re.compile(r"[\d.,]+")
#: Count words as :data:`_NUM` accepts them, to tell words that may hold a number.
_COUNT_WORD_LIST = tuple(_COUNT_WORDS.split("|"))
_DIGIT = re.compile(r"\d")
#: Word → whether a number of :data:`_NUM` may lie in it (a digit or a count word), memoised.
_HOLDS_NUMBER: dict[str, bool] = {}


def _holds_number(word: str) -> bool:
    low = word.lower()
    flag = _DIGIT.search(word) is not None or any(w in low for w in _COUNT_WORD_LIST)
    if len(_HOLDS_NUMBER) > 200_000:
        _HOLDS_NUMBER.clear()
    _HOLDS_NUMBER[word] = flag
    return flag


def _numbers(
    pattern: re.Pattern[str], subject: str, words: tuple[list[str], list[int]] | None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(subject)`` for the number pattern. With the text's whitespace-delimited
    ``words`` and their offsets, only the words that hold a digit or a count word are searched: a
    number never spans whitespace and whitespace always ends one, so the matches are the same."""
    if words is None:
        yield from pattern.finditer(subject)
        return
    chunks, offsets = words
    flags = fill_missing(list(map(_HOLDS_NUMBER.get, chunks)), chunks, _holds_number)
    for k in compress(range(len(chunks)), flags):
        start = offsets[k]
        yield from pattern.finditer(subject, start, start + len(chunks[k]))


def _iter_figures(
    text: str, words: tuple[list[str], list[int]] | None = None
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
    for num in _numbers(pats["number"], subject, words if low is not None else None):
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
                if fig is not None:
                    yield m.start(), m.end(), fig
    for m in pats["escaped_after"].finditer(subject) if households else ():
        g = _Groups(m, text)
        value = _value(g.group("num") or g.group("num3"))
        if value is not None:
            yield (
                m.start(),
                m.end(),
                Figure(kind="households_escaped_poverty", value=value, unit="hộ", as_written=g.written()),
            )
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


def extract_figures(
    text: str, limit: int = 30, *, words: tuple[list[str], list[int]] | None = None
) -> list[Figure]:
    """Figures in ``text`` (normalised Vietnamese), in reading order, de-duplicated.

    "1,5 tỷ đồng" → ``money_vnd`` 1.5e9; "3,2%" after "tỷ lệ hộ nghèo" → ``poverty_rate`` 3.2;
    "20 con bò" → ``animals`` 20 (unit "bò"); "2 ha" → ``land_area_m2`` 20000. ``words`` may pass
    the text's whitespace-delimited words and their offsets (the spaCy Doc's, whitespace tokens
    included) so that only the words holding a number are searched for one.
    """
    found = sorted(_iter_figures(text, words), key=lambda item: (item[0], -(item[1] - item[0])))
    taken: list[tuple[int, int]] = []
    out: list[Figure] = []
    seen: set[tuple[str, float, str]] = set()
    for start, end, fig in found:
        # A figure never spans a line break: "… số 3" ending a title is not "3 hộ nghèo" in the sapo.
        if "\n" in text[start:end]:
            continue
        # "30 hộ nghèo thoát nghèo" is an escape, not a count of poor households.
        if fig.kind == "poor_households" and any(s <= start < e for s, e in taken):
            continue
        key = (fig.kind, fig.value, fig.as_written.lower())
        if key in seen:
            continue
        seen.add(key)
        taken.append((start, end))
        out.append(fig)
        if len(out) >= limit:
            break
    return out
