"""Split normalised Vietnamese text into sentences (abbreviation-aware, paragraph-aware)."""

from __future__ import annotations

import re
from typing import Final, NamedTuple

#: A sentence end: a terminator, closing quotes or brackets, whitespace. The terminator is part of the
#: match (a look-behind would test every position of the text); the sentence ends after it.
_BOUNDARY: Final = re.compile(r"[.!?…]([”\"')]*)(\s+)")
_ABBREV: Final = re.compile(r"(?:\b(?:TP|Tp|TS|ThS|PGS|GS|BS|Th|St|Mr|Ms|Dr|[A-ZĐ])\.)$")


class Sentence(NamedTuple):
    text: str
    start: int
    paragraph: int  # 0-based paragraph index
    index_in_paragraph: int


def split_sentences(text: str, first_paragraph: int = 0) -> list[Sentence]:
    """Sentences with their offsets; a paragraph is a line (blank lines are ignored).

    Paragraphs are numbered from ``first_paragraph`` (the body after a one-paragraph sapo: 1).
    """
    out: list[Sentence] = []
    new = tuple.__new__  # Sentence(...) without the named tuple's Python-level __new__
    offset = 0
    para = first_paragraph
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            base = offset + (len(line) - len(line.lstrip()))
            pieces: list[tuple[int, int]] = []
            last = 0
            for m in _BOUNDARY.finditer(stripped):
                nxt = stripped[m.end() : m.end() + 1]
                end = m.start() + 1  # just after the terminator
                if (
                    not nxt
                    or not (nxt.isupper() or nxt.isdigit() or nxt in '“"(')
                    # an abbreviation and its dot are at most 4 characters: look at the last 5 only
                    # (the regex last: it is the dearest test)
                    or _ABBREV.search(stripped, max(last, end - 5), end)
                ):
                    continue
                pieces.append((last, m.start(2)))
                last = m.end()
            pieces.append((last, len(stripped)))
            k = 0
            for s, e in pieces:
                sentence = stripped[s:e].strip()
                if sentence:
                    out.append(new(Sentence, (sentence, base + s, para, k)))
                    k += 1
            para += 1
        offset += len(line) + 1
    return out
