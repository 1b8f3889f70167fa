"""Pick 1–3 extractive key sentences that best show the model or the deed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from .sentences import Sentence

_DATELINE: Final = re.compile(r"^\(?[A-ZĐ][\w .]{0,40}\)?\s*[-–—]\s+(?=[A-ZĐ\"“])")
_BOILERPLATE: Final = re.compile(
    r"^(?:ảnh|nguồn|theo|tin(?:,| và) ảnh|bài(?:,| và) ảnh|clip|video|xem thêm|đọc thêm|pv|ctv|tin liên quan|"
    r"bài liên quan|từ khóa|tags?|chia sẻ|bình luận|in bài|gửi bài|quay lại|trở về)\b",
    re.IGNORECASE,
)


class Scored(NamedTuple):
    sentence: Sentence
    text: str
    score: float


def clean_sentence(text: str) -> str:
    """Drop a leading dateline such as "(Baotinh) - " or "LÀO CAI - "."""
    if "-" not in text and "–" not in text and "—" not in text:
        return text.strip()  # no dash, no dateline (most sentences): skip the regex
    return _DATELINE.sub("", text).strip()


def _word_count(text: str) -> int:
    """``len(text.split())``; by counting spaces when the only whitespace is single plain spaces
    between words (every other whitespace character is non-printable)."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text.count(" ") + 1 if text else 0
    return len(text.split())


def is_boilerplate(text: str) -> bool:
    words = _word_count(text)
    return words < 6 or words > 90 or bool(_BOILERPLATE.match(text))


def key_sentences(
    sentences: Sequence[Sentence],
    *,
    cue_weight: Sequence[float],
    figures: Sequence[int],
    people: Sequence[int],
    sapo_count: int,
    limit: int = 3,
) -> list[str]:
    """Best 1–``limit`` sentences in reading order.

    ``cue_weight``/``figures``/``people`` give, per sentence, the summed weight of relevant
    cue hits, the number of figures and the number of named people in it. The first
    ``sapo_count`` sentences are the sapo (lead), which gets a bonus.
    """
    # Scores need no text work, so every sentence is scored first and only the best ones are
    # cleaned and checked for boilerplate, best first, until ``limit`` are found: the same choice
    # as scoring the sentences that are not boilerplate and ranking them (a stable sort keeps the
    # reading order between equal scores either way).
    n = len(sentences)
    scores = [0.0] * n
    for i in range(n):
        position = 1.2 if i < sapo_count else max(0.0, 0.4 - 0.1 * (sentences[i].paragraph - 1))
        scores[i] = cue_weight[i] + 0.8 * min(figures[i], 3) + 0.7 * min(people[i], 2) + position
    ranked: list[tuple[int, str, float]] = []  # (sentence index, cleaned text, score)
    for i in sorted(range(n), key=scores.__getitem__, reverse=True):  # stable: ties in reading order
        text = clean_sentence(sentences[i].text)
        if is_boilerplate(text):
            continue
        ranked.append((i, text, scores[i]))
        if len(ranked) == limit:
            break
    if not ranked:
        return []
    best = ranked[0][2]
    chosen = [ranked[0]] + [s for s in ranked[1:limit] if s[2] >= 0.5 * best and s[2] > 1.0]
    chosen.sort()  # reading order (sentence indices are distinct)
    out: list[str] = []
    for _, text, _ in chosen:
        if text not in out:
            out.append(text)
    return out
