"""Whitespace tokens with their punctuation split off, shared by the name and organisation finders."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple, overload

# One whitespace-separated word: preceding whitespace, leading punctuation, core, trailing punctuation.
_CHUNK = re.compile(r"\S+")
#: Leading punctuation, core, trailing punctuation of one chunk ("(ông" → "(", "ông", "").
_EDGES = re.compile(r"([^\w\s]*)(\S*?)([^\w\s]*)", re.DOTALL)


class Tok(NamedTuple):
    core: str
    start: int  # offset of ``core`` in the text
    end: int
    lead: str  # punctuation before the core, e.g. "(" or "“"
    trail: str  # punctuation after the core, e.g. "," or "."
    newline_before: bool

    @property
    def lower(self) -> str:
        return self.core.lower()

    @property
    def is_cap(self) -> bool:
        """Capitalised like a name syllable ("Hòa", "H'Hen", "Y"), not an acronym ("UBND")."""
        c = self.core
        if not c or not c[0].isupper() or not c[0].isalpha():
            return False
        return len(c) == 1 or not c.isupper()


class Tokens:
    """The tokens of a text, stored column-wise; ``toks[i]`` builds a :class:`Tok` on demand."""

    __slots__ = ("cores", "starts", "leads", "trails", "newlines")

    def __init__(self) -> None:
        self.cores: list[str] = []
        self.starts: list[int] = []
        self.leads: list[str] = []
        self.trails: list[str] = []
        self.newlines: list[bool] = []

    def __len__(self) -> int:
        return len(self.cores)

    @overload
    def __getitem__(self, i: int) -> Tok: ...

    @overload
    def __getitem__(self, i: slice) -> list[Tok]: ...

    def __getitem__(self, i: int | slice) -> Tok | list[Tok]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self.cores)))]
        if i < 0:
            i += len(self.cores)
        if not 0 <= i < len(self.cores):
            raise IndexError(i)
        core, start = self.cores[i], self.starts[i]
        return Tok(core, start, start + len(core), self.leads[i], self.trails[i], self.newlines[i])

    def __iter__(self) -> Iterator[Tok]:
        return (self[i] for i in range(len(self.cores)))


def tokenize(text: str) -> Tokens:
    """Split on whitespace; strip leading/trailing punctuation into ``lead``/``trail``."""
    toks = Tokens()
    cores, starts, leads, trails, newlines = toks.cores, toks.starts, toks.leads, toks.trails, toks.newlines
    prev_end = 0
    for m in _CHUNK.finditer(text):
        chunk = m.group()
        pos = m.start()
        newlines.append(not cores or (pos - prev_end > 1 and "\n" in text[prev_end:pos]))
        prev_end = m.end()
        first, last = chunk[0], chunk[-1]
        if (first.isalnum() or first == "_") and (last.isalnum() or last == "_"):
            cores.append(chunk)
            starts.append(pos)
            leads.append("")
            trails.append("")
            continue
        lead, core, trail = _EDGES.fullmatch(chunk).groups()  # type: ignore[union-attr]
        cores.append(core)
        starts.append(pos + len(lead))
        leads.append(lead)
        trails.append(trail)
    return toks


def sentence_start(toks: Tokens, i: int) -> bool:
    """True when token ``i`` begins a sentence, a line or a quotation."""
    if i == 0 or toks[i].newline_before or toks[i].lead:
        return True
    prev = toks[i - 1]
    if not prev.core and prev.lead[-1:] in ("-", "–", "—"):
        return True  # after a dateline dash: "THANH HÓA - Bà …"
    return bool(prev.trail) and prev.trail[-1] in ".!?:…\"”'"
