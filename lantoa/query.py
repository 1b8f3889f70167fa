"""The user query language, parsed once and translated by each store backend.

Syntax: words (implicit AND), ``"exact phrases"``, ``-exclusion`` (word or phrase),
and ``OR`` between two items. Diacritics are optional: every item matches its folded
form; backends rank an exact-diacritics match higher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lantoa.store.base import QuerySyntaxError
from lantoa.text import fold, has_diacritics, normalize_inline

MAX_QUERY_LENGTH = 500
MAX_ITEMS = 32
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Item:
    """A word or a phrase: ``words`` in normalised lower case, ``folded`` without marks."""

    words: tuple[str, ...]
    folded: tuple[str, ...]
    phrase: bool

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def folded_text(self) -> str:
        return " ".join(self.folded)

    @property
    def has_diacritics(self) -> bool:
        return has_diacritics(self.text)


@dataclass
class ParsedQuery:
    #: AND of clauses; each clause is an OR of items.
    clauses: list[list[Item]] = field(default_factory=list)
    excluded: list[Item] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.clauses

    def positive_items(self) -> list[Item]:
        return [item for clause in self.clauses for item in clause]


def _make_item(raw: str, quoted: bool) -> Item | None:
    words = tuple(w.lower() for w in _WORD.findall(normalize_inline(raw)))
    if not words:
        return None
    return Item(words=words, folded=tuple(fold(w) for w in words), phrase=quoted or len(words) > 1)


def _error(vi: str, en: str) -> QuerySyntaxError:
    return QuerySyntaxError(f"{vi} / {en}")


def parse_query(q: str) -> ParsedQuery:
    """Parse ``q``; raises :class:`QuerySyntaxError` with a bilingual message."""
    if len(q) > MAX_QUERY_LENGTH:
        raise _error(
            f"Câu truy vấn quá dài (tối đa {MAX_QUERY_LENGTH} ký tự)",
            f"query too long (at most {MAX_QUERY_LENGTH} characters)",
        )
    if q.count('"') % 2:
        raise _error("Thiếu dấu ngoặc kép đóng", "unbalanced double quote")
    tokens: list[tuple[str, bool, bool]] = []  # (text, quoted, negated)
    i, n = 0, len(q)
    while i < n:
        ch = q[i]
        if ch.isspace():
            i += 1
            continue
        negated = False
        if ch == "-" and i + 1 < n and not q[i + 1].isspace():
            negated = True
            i += 1
            ch = q[i]
        if ch == '"':
            end = q.index('"', i + 1)
            tokens.append((q[i + 1 : end], True, negated))
            i = end + 1
            continue
        j = i
        while j < n and not q[j].isspace() and q[j] != '"':
            j += 1
        tokens.append((q[i:j], False, negated))
        i = j

    parsed = ParsedQuery()
    pending_or = False
    for text, quoted, negated in tokens:
        if text == "OR" and not quoted and not negated:
            if not parsed.clauses or pending_or:
                raise _error("'OR' phải đứng giữa hai từ khóa", "'OR' must stand between two terms")
            pending_or = True
            continue
        item = _make_item(text, quoted)
        if item is None:
            continue
        if negated:
            if pending_or:
                raise _error("Không thể dùng 'OR' với từ bị loại trừ", "'OR' cannot join an excluded term")
            parsed.excluded.append(item)
        elif pending_or:
            parsed.clauses[-1].append(item)
            pending_or = False
        else:
            parsed.clauses.append([item])
    if pending_or:
        raise _error("'OR' phải đứng giữa hai từ khóa", "'OR' must stand between two terms")
    if parsed.excluded and not parsed.clauses:
        raise _error(
            "Cần ít nhất một từ khóa ngoài các từ bị loại trừ",
            "a query needs at least one term besides excluded ones",
        )
    if len(parsed.positive_items()) + len(parsed.excluded) > MAX_ITEMS:
        raise _error(f"Quá nhiều từ khóa (tối đa {MAX_ITEMS})", f"too many terms (at most {MAX_ITEMS})")
    return parsed
