"""Whitespace tokens with their punctuation split off, shared by the name and organisation finders."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Mapping
from itertools import compress
from typing import Final, NamedTuple, overload

#: Leading punctuation, core, trailing punctuation of one chunk ("(ông" → "(", "ông", "").
EDGES: Final = re.compile(r"([^\w\s]*)(\S*?)([^\w\s]*)", re.DOTALL)


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


_new_tuple = tuple.__new__


class Tokens:
    """The tokens of a text, stored column-wise; ``toks[i]`` builds a :class:`Tok` on demand."""

    __slots__ = ("cores", "starts", "leads", "trails", "newlines", "odd")

    def __init__(self) -> None:
        self.cores: list[str] = []
        self.starts: list[int] = []
        self.leads: list[str] = []
        self.trails: list[str] = []
        self.newlines: list[bool] = []
        #: indices of the cores that are not all letters and digits (``str.isalnum`` false), in
        #: order, when the splitter noted them (``None``: not known)
        self.odd: list[int] | None = None

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
        # Tok(...) without the named tuple's Python-level __new__ (the same tuple)
        return _new_tuple(
            Tok, (core, start, start + len(core), self.leads[i], self.trails[i], self.newlines[i])
        )

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
_CHUNK: Final = re.compile(r"(\S+)(\s*)")


class Split(NamedTuple):
    """``text`` split once for spaCy and for the name finders (see :func:`split_words`)."""

    words: list[str]  # the spaCy Doc's tokens: words and whitespace other than one space
    spaces: list[bool]  # whether one space follows each of ``words``
    offsets: list[int]  # where each of ``words`` starts in the text
    tokens: Tokens  # what :func:`tokenize` gives


#: Word → (leading punctuation, core, trailing punctuation), memoised: syllables repeat a lot.
_EDGE_CACHE: Final[dict[str, tuple[str, str, str]]] = {}


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


def _split_words_general(text: str) -> Split:
    """:func:`split_words` for any text: one regex pass over its whitespace chunks."""
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


def _gaps_tidy(text: str, n: int) -> list[tuple[int, str]] | None:
    """The whitespace after each chunk that is not one plain space, as (chunk index, whitespace),
    for a tidy text (whitespace only spaces and newlines, never two spaces in a row, no leading
    whitespace); ``None`` for any other text. Each such run holds a newline or ends the text, so
    it is found with ``str.find`` and placed by the number of chunks before it."""
    if not n or "  " in text or not text[0].strip() or not text.replace("\n", "").isprintable():
        return None
    gaps: list[tuple[int, str]] = []
    find = text.find
    count = text.count
    size = len(text)
    chunk = 0  # chunks before the position looked at
    pos = 0
    nl = find("\n")
    while nl >= 0:
        start = nl - 1 if text[nl - 1] == " " else nl
        end = nl + 1
        while end < size and text[end] in " \n":
            end += 1
        # chunks between pos and this run: single spaces separate them
        chunk += count(" ", pos, start) + 1
        gaps.append((chunk - 1, text[start:end]))
        pos = end
        nl = find("\n", end)
    if pos < size:
        end_ws = size - len(text.rstrip())
        if end_ws:
            chunk += count(" ", pos, size - end_ws) + 1
            gaps.append((chunk - 1, text[size - end_ws :]))
            return gaps if chunk == n else None
        chunk += count(" ", pos, size) + 1
    if chunk != n:
        return None  # a whitespace character that is neither a space nor a newline
    if pos < size:
        gaps.append((n - 1, ""))  # the text ends with a chunk
    return gaps


def split_words(text: str) -> Split:
    """Words and spaces for a spaCy Doc of ``text`` (as :func:`nlp.pipeline.make_doc` makes them)
    and the :func:`tokenize` tokens of ``text``, from one split of its whitespace chunks.

    Column-wise for tidy text (what :func:`lantoa.text.normalize` gives): ``str.split`` finds the
    chunks, running sums of their lengths and the whitespace after them give the offsets, and only
    the few chunks followed by something other than one space (line breaks, the end) are looked at
    one by one. Other text takes :func:`_split_words_general` (the same result, a loop per chunk).
    """
    chunks = text.split()
    n = len(chunks)
    gaps = _gaps_tidy(text, n)
    if gaps is None:
        return _split_words_general(text)
    # Where each chunk starts: one space after each chunk but the few ``gaps`` (a plain loop, faster
    # than running sums of mapped lengths, interpreted or compiled).
    chunk_starts: list[int] = []
    pos = 0
    done = 0
    for k, ws in gaps:
        for chunk in chunks[done : k + 1]:
            chunk_starts.append(pos)  # (compiled: a direct list append)
            pos += len(chunk) + 1
        pos += len(ws) - 1
        done = k + 1
    for chunk in chunks[done:]:
        chunk_starts.append(pos)
        pos += len(chunk) + 1
    # nlp.tokens: every chunk without its edge punctuation. A chunk of letters and digits only
    # (most of them) is its own core; only the others are split (memoised).
    toks = Tokens()
    toks.cores = cores = chunks[:]
    toks.leads = leads = [""] * n
    toks.trails = trails = [""] * n
    toks.starts = starts = chunk_starts[:]
    alnum = list(map(str.isalnum, chunks))
    toks.odd = odd = []  # the cores that are not all letters and digits either
    k = -1
    get = _EDGE_CACHE.get
    try:
        while True:
            k = alnum.index(False, k + 1)
            edges = get(chunks[k]) or _edges(chunks[k])
            if edges[0] or edges[2]:
                leads[k], cores[k], trails[k] = edges
                starts[k] += len(edges[0])
                if not edges[1].isalnum():
                    odd.append(k)
            else:
                odd.append(k)
    except ValueError:  # no more such chunks
        pass
    newlines = [False] * n
    newlines[0] = True  # the first token starts a line
    # spaCy: a word, then its whitespace as "one space" or as a whitespace token
    words: list[str] = []
    spaces: list[bool] = []
    offsets: list[int] = []
    done = 0
    for k, ws in gaps:
        words += chunks[done : k + 1]
        offsets += chunk_starts[done : k + 1]
        spaces += _TRUE * (k - done)
        if not ws:
            spaces.append(False)
        elif ws == " ":
            spaces.append(True)
        elif ws[0] == " ":
            spaces.append(True)
            words.append(ws[1:])
            spaces.append(False)
            offsets.append(chunk_starts[k] + len(chunks[k]) + 1)
        else:
            spaces.append(False)
            words.append(ws)
            spaces.append(False)
            offsets.append(chunk_starts[k] + len(chunks[k]))
        if len(ws) > 1 and "\n" in ws and k + 1 < n:
            newlines[k + 1] = True
        done = k + 1
    words += chunks[done:]
    offsets += chunk_starts[done:]
    spaces += _TRUE * (n - done)
    toks.newlines = newlines
    return Split(words, spaces, offsets, toks)


_TRUE: Final = [True]


def indices_in(words: list[str], members: Container[str]) -> list[int]:
    """``[k for k, w in enumerate(words) if w in members]``, with the loop in C (a pre-scan that
    every finder runs over all the words of an article)."""
    return list(compress(range(len(words)), map(members.__contains__, words)))


def indices_marked(words: list[str], marks: Mapping[str, int]) -> tuple[list[int], list[int]]:
    """``(indices_in(words, ones), indices_in(words, twos))`` in one pass over ``words``, where ``marks``
    maps each word of ``ones`` to a code with bit 1 set and each word of ``twos`` to one with bit 2 set
    (two pre-scans for the price of one look-up per word; the few marked words are then sorted out)."""
    codes = list(map(marks.get, words))
    marked = list(compress(range(len(words)), codes))
    return [k for k in marked if codes[k] & 1], [k for k in marked if codes[k] & 2]  # type: ignore[operator]


def sentence_start(toks: Tokens, i: int) -> bool:
    """True when token ``i`` begins a sentence, a line or a quotation."""
    if i == 0 or toks.newlines[i] or toks.leads[i]:
        return True
    if not toks.cores[i - 1] and toks.leads[i - 1][-1:] in ("-", "–", "—"):
        return True  # after a dateline dash: "THANH HÓA - Bà …"
    trail = toks.trails[i - 1]
    return bool(trail) and trail[-1] in ".!?:…\"”'"
