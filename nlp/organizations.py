"""Find organisations named in an article (Hội Nông dân xã…, Hợp tác xã…, Ngân hàng Chính sách xã hội…)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

import yaml

from lantoa.text import fold

from .tokens import Tokens, indices_in, tokenize

#: Heads too generic to stand alone ("Công ty" without a name is not an organisation name).
_NEED_TAIL: Final = frozenset(
    {
        "Công ty",
        "Công ty TNHH",
        "Công ty Cổ phần",
        "Công ty CP",
        "Tập đoàn",
        "Tổng công ty",
        "Câu lạc bộ",
        "CLB",
        "Hợp tác xã",
        "HTX",
        "Tổ hợp tác",
        "THT",
        "Nhóm thiện nguyện",
        "Nhóm từ thiện",
        "Ngân hàng TMCP",
        "Công an xã",
        "Công an phường",
        "Công an huyện",
        "Công an tỉnh",
        "Đồn Biên phòng",
        "Trung tâm Dịch vụ việc làm",
        "Liên đoàn Lao động",
        "Ban Chỉ huy Quân sự",
        "Tổ tiết kiệm và vay vốn",
        "Tổ TK&VV",
    }
)


#: Opening quotes allowed before the proper name after a head: Hợp tác xã “Tâm An”.
_QUOTES: Final = frozenset({"“", '"', "‘", "'", "«"})


@dataclass(frozen=True)
class _Vocab:
    heads: dict[str, tuple[tuple[str, ...], ...]]  # first word → head token tuples, longest first
    stop_words: frozenset[str]
    level_words: frozenset[str]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    raw = yaml.safe_load(
        resources.files("nlp").joinpath("data/organizations.yaml").read_text(encoding="utf-8")
    )
    heads: dict[str, list[tuple[str, ...]]] = {}
    for head in raw["heads"]:
        parts = tuple(head.split())
        heads.setdefault(parts[0], []).append(parts)
    return _Vocab(
        heads={k: tuple(sorted(v, key=len, reverse=True)) for k, v in heads.items()},
        stop_words=frozenset(raw["stop_words"]),
        level_words=frozenset(w.split()[-1] for w in raw["level_words"]),
    )


def _head_at(toks: Tokens, i: int, v: _Vocab) -> int:
    cores, trails = toks.cores, toks.trails
    for head in v.heads.get(cores[i], ()):
        n = len(head)
        if tuple(cores[i : i + n]) == head and not any(trails[i : i + n - 1]):
            return n
    return 0


def _tail_end(toks: Tokens, j: int, v: _Vocab) -> int:
    """Index after the last token of the name that continues at ``j``."""
    start = end = j
    lower_run = 0
    while j < len(toks) and j - end < 4:
        tok = toks[j]
        if (
            (tok.lead and not (j == start and tok.lead in _QUOTES))
            or not tok.core
            or tok.core in v.stop_words
            or tok.core[0].isdigit()
        ):
            break
        if tok.core[0].isupper():
            end = j + 1
            lower_run = 0
        else:
            lower_run += 1
            if lower_run > 3:
                break
        if tok.trail:
            break
        j += 1
    return end


def head_words() -> frozenset[str]:
    """Every word an organisation head may start with, as written (the pre-scan's words)."""
    return frozenset(_vocab().heads)


def extract_organizations(
    text: str, limit: int = 15, *, toks: Tokens | None = None, candidates: list[int] | None = None
) -> list[str]:
    """Organisation names as written, in reading order, de-duplicated (a shorter form inside a longer one is dropped).

    ``toks`` may pass a ready :func:`~nlp.tokens.tokenize` result for ``text``, and ``candidates`` the
    indices of its tokens whose core is in :func:`head_words` (:func:`nlp.entities.entity_candidates`).
    """
    v = _vocab()
    if toks is None:
        toks = tokenize(text)
    found: list[str] = []
    heads = v.heads
    resume = 0
    for i in indices_in(toks.cores, heads) if candidates is None else candidates:
        if i < resume:
            continue
        n = _head_at(toks, i, v)
        if not n:
            continue
        head_end = i + n
        end = head_end if toks[head_end - 1].trail else _tail_end(toks, head_end, v)
        head = " ".join(t.core for t in toks[i:head_end])
        if end > head_end or head not in _NEED_TAIL:
            # Joined from the token cores: quotes and other punctuation inside the span are dropped.
            found.append(" ".join(toks.cores[i:end]))
        resume = max(end, i + 1)
    out: list[str] = []
    keys: list[str] = []
    for name in sorted(found, key=len, reverse=True):
        key = fold(name)
        if any(k == key or k.startswith(key + " ") for k in keys):
            continue
        keys.append(key)
    for name in found:  # keep reading order
        if fold(name) in keys and name not in out and fold(name) not in {fold(o) for o in out}:
            out.append(name)
    return out[:limit]
