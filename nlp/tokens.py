"""Whitespace tokens with their punctuation split off, shared by the name and organisation finders."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple, overload

#: Leading punctuation, core, trailing punctuation of one chunk ("(ông" → "(", "ông", "").
EDGES = re.compile(r"([^\w\s]*)(\S*?)([^\w\s]*)", re.DOTALL)


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
    find = text.find
    edges = EDGES.fullmatch
    prev_end = 0
    # str.split() finds the same chunks as the regex \S+ (both use Unicode whitespace), faster;
    # each chunk is the first occurrence after the previous one, since only whitespace is between.
    for chunk in text.split():
        pos = find(chunk, prev_end)
        newlines.append(not cores or (pos - prev_end > 1 and "\n" in text[prev_end:pos]))
        prev_end = pos + len(chunk)
        first, last = chunk[0], chunk[-1]
        if (first.isalnum() or first == "_") and (last.isalnum() or last == "_"):
            cores.append(chunk)
            starts.append(pos)
            leads.append("")
            trails.append("")
            continue
        lead, core, trail = edges(chunk).groups()  # type: ignore[union-attr]
        cores.append(core)
        starts.append(pos + len(lead))
        leads.append(lead)
        trails.append(trail)
    return toks


#: A whitespace-delimited chunk and the whitespace after it.
_CHUNK = re.compile(r"(\S+)(\s*)")


class Split(NamedTuple):
    """``text`` split once for spaCy and for the name finders (see :func:`split_words`)."""

    words: list[str]  # the spaCy Doc's tokens: words and whitespace other than one space
    spaces: list[bool]  # whether one space follows each of ``words``
    offsets: list[int]  # where each of ``words`` starts in the text
    tokens: Tokens  # what :func:`tokenize` gives


#: Word → (leading punctuation, core, trailing punctuation), memoised: syllables repeat a lot.
_EDGE_CACHE: dict[str, tuple[str, str, str]] = {}


def _edges(word: str) -> tuple[str, str, str]:
    """``word`` split into leading punctuation, core and trailing punctuation (as :func:`tokenize`)."""
    first, last = word[0], word[-1]
    if (first.isalnum() or first == "_") and (last.isalnum() or last == "_"):
        parts = ("", word, "")
    else:
        parts = EDGES.fullmatch(word).groups()  # type: ignore[union-attr,assignment]
    if len(_EDGE_CACHE) > 100_000:
        _EDGE_CACHE.clear()
    _EDGE_CACHE[word] = parts
    return parts


def split_words(text: str) -> Split:
    """Words and spaces for a spaCy Doc of ``text`` (as :func:`nlp.pipeline.make_doc` makes them)
    and the :func:`tokenize` tokens of ``text``, from one regex pass over its whitespace chunks."""
    words: list[str] = []
    spaces: list[bool] = []
    offsets: list[int] = []
    toks = Tokens()
    add_word, add_space, add_offset = words.append, spaces.append, offsets.append
    add_core, add_start = toks.cores.append, toks.starts.append
    add_lead, add_trail, add_newline = toks.leads.append, toks.trails.append, toks.newlines.append
    cached = _EDGE_CACHE.get
    lead = len(text) - len(text.lstrip())
    if lead:
        add_word(text[:lead])
        add_space(False)
        add_offset(0)
    pos = lead
    newline = True  # the first token starts a line
    for word, ws in _CHUNK.findall(text, lead):
        # nlp.tokens: the word without its edge punctuation
        lead_p, core, trail_p = cached(word) or _edges(word)
        add_newline(newline)
        add_core(core)
        add_start(pos + len(lead_p))
        add_lead(lead_p)
        add_trail(trail_p)
        # spaCy: a word, then its whitespace as "one space" or as a whitespace token
        add_word(word)
        add_offset(pos)
        pos += len(word)
        if ws == " ":
            add_space(True)
            pos += 1
            newline = False
            continue
        if not ws:
            add_space(False)
        elif ws[0] == " ":
            add_space(True)
            add_word(ws[1:])
            add_space(False)
            add_offset(pos + 1)
        else:
            add_space(False)
            add_word(ws)
            add_space(False)
            add_offset(pos)
        pos += len(ws)
        newline = len(ws) > 1 and "\n" in ws
    return Split(words, spaces, offsets, toks)


def sentence_start(toks: Tokens, i: int) -> bool:
    """True when token ``i`` begins a sentence, a line or a quotation."""
    if i == 0 or toks.newlines[i] or toks.leads[i]:
        return True
    if not toks.cores[i - 1] and toks.leads[i - 1][-1:] in ("-", "–", "—"):
        return True  # after a dateline dash: "THANH HÓA - Bà …"
    trail = toks.trails[i - 1]
    return bool(trail) and trail[-1] in ".!?:…\"”'"
