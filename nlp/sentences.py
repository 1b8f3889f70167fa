"""Split normalised Vietnamese text into sentences (abbreviation-aware, paragraph-aware)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BOUNDARY = re.compile(r"(?<=[.!?…])([”\"')]*)(\s+)")
_ABBREV = re.compile(r"(?:\b(?:TP|Tp|TS|ThS|PGS|GS|BS|Th|St|Mr|Ms|Dr|[A-ZĐ])\.)$")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    paragraph: int  # 0-based paragraph index
    index_in_paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets; a paragraph is a line (blank lines are ignored)."""
    out: list[Sentence] = []
    offset = 0
    para = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            base = offset + (len(line) - len(line.lstrip()))
            pieces: list[tuple[int, int]] = []
            last = 0
            for m in _BOUNDARY.finditer(stripped):
                nxt = stripped[m.end() : m.end() + 1]
                if (
                    _ABBREV.search(stripped[last : m.start()])
                    or not nxt
                    or not (nxt.isupper() or nxt.isdigit() or nxt in '“"(')
                ):
                    continue
                pieces.append((last, m.start(2)))
                last = m.end()
            pieces.append((last, len(stripped)))
            for k, (s, e) in enumerate(p for p in pieces if stripped[p[0] : p[1]].strip()):
                out.append(Sentence(stripped[s:e].strip(), base + s, para, k))
            para += 1
        offset += len(line) + 1
    return out
