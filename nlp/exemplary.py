"""Prefer the exemplary people (the subject of the deed or model) over incidental recipients and bystanders."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lantoa.schema import Person
from lantoa.text import fold

#: Words just before a person's title that make the mention a recipient ("giúp gia đình ông X",
#: "xây nhà cho anh Y", "dìu bà Z ra ngoài"), folded.
RECIPIENT_CUES = frozenset(
    fold(w)
    for w in (
        "cho",
        "giúp",
        "giúp đỡ",
        "tặng",
        "trao",
        "hỗ trợ",
        "thăm",
        "cứu",
        "dìu",
        "đưa",
        "đón",
        "nuôi",
        "nhận nuôi",
        "chăm sóc",
        "kèm",
        "đỡ đầu",
        "chữa",
        "mổ",
    )
)
#: Southern nicknames: a birth-order word and the given name ("Sáu Hiền" for Nguyễn Văn Hiền).
BIRTH_ORDER = frozenset(
    fold(w) for w in ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Út", "Cả")
)
#: Title words that may precede a short mention ("anh Lộc", "cô Nhung"), folded.
SHORT_TITLES = (
    "ong|ba|anh|chi|em|cu|thay|co|chau|bac|chu|di|gia dinh ong|gia dinh anh|gia dinh chi|gia dinh ba|"
    "co giao|thay giao|bac si|vo chong anh|vo chong ong|vo chong chi|doanh nhan|nghe nhan|gia lang"
)
_WORD = re.compile(r"[^\W_]+")
#: A title just before a given name ("anh " before "Lộc"), folded; searched in a short window.
_TITLE_BEFORE = re.compile(rf"(?<!\w)(?:{SHORT_TITLES}) $")
_TITLE_WORDS = frozenset(SHORT_TITLES.replace("|", " ").split())


@dataclass(frozen=True)
class _Mentions:
    in_lead: bool  # named in the title or the sapo
    titled: int  # mentions as "title + given name" or the full name
    recipient_only: bool  # every full-name mention follows a recipient cue


def _find_word(folded: str, word: str) -> list[int]:
    """Start offsets of ``word`` in ``folded`` as a whole word (str.find, no regex scan)."""
    out: list[int] = []
    start = folded.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not folded[start - 1].isalnum()) and (
            end == len(folded) or not folded[end].isalnum()
        ):
            out.append(start)
        start = folded.find(word, start + 1)
    return out


def _mentions(person: Person, folded: str, lead_end: int) -> _Mentions:
    full = fold(person.name)
    given = full.split()[-1]
    full_hits = _find_word(folded, full)
    short_hits = [
        s - len(m.group(0))
        for s in _find_word(folded, given)
        if (m := _TITLE_BEFORE.search(folded, max(0, s - 20), s)) is not None
    ]
    starts = sorted(set(full_hits) | set(short_hits))
    in_lead = any(s < lead_end for s in starts)
    recipient = bool(full_hits)
    for start in full_hits:
        before = _WORD.findall(folded[max(0, start - 50) : start])[-6:]
        # Skip the title itself ("gia đình ông"), then look at the one or two words before it.
        while before and before[-1] in _TITLE_WORDS:
            before.pop()
        if not (before[-1:] and before[-1] in RECIPIENT_CUES) and " ".join(before[-2:]) not in RECIPIENT_CUES:
            recipient = False
            break
    return _Mentions(in_lead=in_lead, titled=len(starts), recipient_only=recipient)


def _alias(person: Person, others: list[Person]) -> bool:
    """ "Sáu Hiền" beside "Nguyễn Văn Hiền": a nickname of someone else in the list."""
    parts = fold(person.name).split()
    if len(parts) != 2 or parts[0] not in BIRTH_ORDER:
        return False
    return any(
        p is not person and len(p.name.split()) >= 3 and fold(p.name).split()[-1] == parts[1] for p in others
    )


def _shorter_form(person: Person, others: list[Person]) -> bool:
    """ "Y Thuận" beside "Y Thuận Êban": the first words of someone else's full name, so the same person."""
    key = fold(person.name) + " "
    return any(p is not person and fold(p.name).startswith(key) for p in others)


def select_exemplary(people: list[Person], text: str, lead_end: int) -> list[Person]:
    """The people an article holds up as examples, in order of appearance.

    ``text`` is the article as tagged (title, sapo, body); ``lead_end`` is where the body starts.
    People named in the title or sapo, or mentioned again later, are the subjects; when there are
    subjects, people mentioned once or only as recipients ("giúp gia đình ông X") are dropped.
    Nicknames of someone already listed ("Sáu Hiền") and shorter forms of a listed name ("Y Thuận" beside
    "Y Thuận Êban") are dropped.
    """
    kept = [p for p in people if not _alias(p, people) and not _shorter_form(p, people)]
    if len(kept) <= 1:
        return kept
    folded = fold(text)
    info = [(p, _mentions(p, folded, lead_end)) for p in kept]
    subjects = [p for p, m in info if not m.recipient_only and (m.in_lead or m.titled >= 2)]
    if not subjects:
        return [p for p, m in info if not m.recipient_only] or kept
    return subjects
