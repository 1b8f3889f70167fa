"""Fast paths of the seventh tagging speed round give exactly what the plain ways give: titles matched
with the words lowered once, names read from the token columns, and the name and organisation
pre-scans done in one pass."""

from __future__ import annotations

import random

from lantoa.text import fold, lower_for_matching
from nlp.devcorpus import load_split
from nlp.entities import entity_candidates
from nlp.figures import (
    _escaped_after_starts,
    _finditer_from,
    _literal_starts,
    _patterns,
    _scan,
    _split,
    chunk_info,
)
from nlp.organizations import extract_organizations, head_words
from nlp.people import (
    _match_title,
    _match_title_plain,
    _name_plain,
    _name_run,
    _vocab,
    extract_people,
    first_words,
)
from nlp.tokens import indices_in, indices_marked, split_words, tokenize


def _texts() -> list[str]:
    """Corpus articles as tagged plus odd variants: titles at the end of a text, glued punctuation,
    line breaks inside names, upper case and no diacritics."""
    recs = load_split("train")[:80] + load_split("heldout")[:60] + load_split("blind")[:30]
    texts = [f"{r['title']}\n\n{r.get('sapo', '')}\n\n{r['text']}" for r in recs]
    extra = [
        "Gia đình ông Nguyễn Văn An, vợ chồng chị Lò Thị Hương và cô giáo về hưu Trần Thị Thu Hà.",
        "đàn ông Lê Văn Tám; Thượng tá Hoàng Minh, “Nguyễn Văn\nAn” gặp bà (Trần Thị Bé) và gia đình",
        "Cô gái Hà Giang. Cô Bé Ba, cựu chiến binh Phạm Văn Hai: em Y Thuận Êban, cháu Thái Lò Thị Hương vợ chồng",
        "Hợp tác xã Tâm An, Hội Nông dân xã Yên Hòa, Ngân hàng Chính sách xã hội, Công ty, ông",
        "Bí thư Chi bộ ấp Bàu Sen Trần Thị Bé, Chủ tịch UBND xã Lê Lợi Nguyễn Văn An cho biết gia đình anh",
    ]
    rng = random.Random(7)
    for _ in range(60):
        words = " ".join(rng.choice(extra + texts[:20]).split()[rng.randint(0, 5) :][: rng.randint(1, 40)])
        extra.append(words.replace(" ", rng.choice([" ", ", ", "\n", " “", "” "]), rng.randint(0, 4)))
    return texts + extra + [t.upper() for t in texts[:10]] + [fold(t) for t in texts[:10]]


def test_match_title_equals_plain_at_every_token() -> None:
    v = _vocab()
    checked = matched = 0
    for text in _texts():
        toks = tokenize(text)
        for i in range(len(toks)):
            if toks.cores[i] in v.first_words or toks.cores[i].lower() in v.titles:
                fast = _match_title(toks, i, v)
                assert fast == _match_title_plain(toks, i, v), (text, i)
                checked += 1
                matched += fast > 1
    assert checked > 3000 and matched > 50


def test_name_run_equals_plain_at_every_token() -> None:
    v = _vocab()
    names = 0
    for text in _texts():
        toks = tokenize(text)
        for j in range(len(toks) + 1):
            run = _name_run(toks, j, v)
            assert [toks[k] for k in run] == _name_plain(toks, j, v), (text, j)
            names += len(run) >= 2
    assert names > 1000


def test_indices_marked_equals_two_pre_scans() -> None:
    rng = random.Random(3)
    vocab = ["a", "b", "c", "d", "", "ông", "Hội"]
    for _ in range(300):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 30))]
        ones = set(rng.sample(vocab, rng.randint(0, 4)))
        twos = set(rng.sample(vocab, rng.randint(0, 4)))
        marks = {w: (1 if w in ones else 0) | (2 if w in twos else 0) for w in ones | twos}
        assert indices_marked(words, marks) == (indices_in(words, ones), indices_in(words, twos))


def test_entity_candidates_equal_each_finders_own_pre_scan() -> None:
    people_words, head = first_words(), head_words()
    both = 0
    for text in _texts():
        toks = split_words(text).tokens
        people_at, organizations_at = entity_candidates(toks)
        assert people_at == indices_in(toks.cores, people_words)
        assert organizations_at == indices_in(toks.cores, head)
        both += bool(people_at) and bool(organizations_at)
        assert extract_people(text, toks=toks, candidates=people_at) == extract_people(text)
        assert extract_organizations(text, toks=toks, candidates=organizations_at) == extract_organizations(
            text
        )
    assert both > 100


def test_escaped_after_tried_at_literal_starts_equals_finditer() -> None:
    pattern = _patterns(lowered=True)["escaped_after"]
    extra = [
        "xã có 30 hộ thoát nghèo, giúp thoát nghèo cho 12 hộ; vươn lên thoát nghèo được 5 hộ, giảm được 7 hộ nghèo",
        "thoát khỏi diện hộ nghèo cho ba hộ, ra khỏi danh sách hộ nghèo được 1.200 hộ giảm 4 hộ nghèo giảm",
        "thoát nghèo cho thoát nghèo cho 3 hộ — giảm\u00a05 hộ nghèo, giảm  được   6 hộ nghèo",
    ]
    found = 0
    for text in _texts() + extra:
        low = lower_for_matching(text)
        if low is None:
            continue
        fast = _finditer_from(pattern, low, _literal_starts(low, _escaped_after_starts()))
        plain = pattern.finditer(low)
        pairs = [(m.span(), m.groupdict()) for m in fast]
        assert pairs == [(m.span(), m.groupdict()) for m in plain], text
        found += len(pairs)
    assert found >= 8


def test_chunk_info_memo_equals_plain() -> None:
    for text in _texts():
        words = _split(text)
        infos, idx = _scan(words)
        plain = [chunk_info(w) for w in words[0]]
        assert infos == plain
        assert idx == [k for k, info in enumerate(plain) if info]
