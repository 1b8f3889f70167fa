"""Fast paths of the sixth tagging speed round give exactly what the plain ways give: key sentences
scored first and cleaned best-first, figure/name counts per sentence from one search per string,
locality scores read from per-unit families, place tokens' forms from a per-word memo, type prefixes
tried only at prefix words, the cores the splitter notes as needing a split, the C-level
pre-scans of the name and organisation finders, list heads found once, and normalisation passes
skipped when they cannot change the text."""

from __future__ import annotations

import copy
import random
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

from lantoa.gazetteer import Gazetteer, load_gazetteer
from lantoa.text import _MANY_BLANK_LINES, _ZERO_WIDTH, _fix_candidates, _tidy_spaces, fold, normalize
from nlp.devcorpus import load_split
from nlp.localities import _RANK, _chains, _drop_word_readings, _prefix_type, _score, _structure_pref
from nlp.memo import Memo
from nlp.places_matcher import (
    _PREFIX_ABBREVIATIONS,
    _PREFIX_FIRST_WORDS,
    Mention,
    _fold_word,
    _prefix_at,
    find_mentions,
    tokenize,
    tokens_from_chunks,
)
from nlp.places_roles import _is_list_head
from nlp.sentences import Sentence, split_sentences
from nlp.summary import Scored, clean_sentence, is_boilerplate, key_sentences
from nlp.tagger import containing
from nlp.tokens import indices_in, split_words


def key_sentences_reference(
    sentences: Sequence[Sentence],
    *,
    cue_weight: Sequence[float],
    figures: Sequence[int],
    people: Sequence[int],
    sapo_count: int,
    limit: int = 3,
) -> list[str]:
    """:func:`key_sentences` as first written (every sentence cleaned and checked): the reference."""
    scored: list[Scored] = []
    for i, sent in enumerate(sentences):
        text = clean_sentence(sent.text)
        if is_boilerplate(text):
            continue
        position = 1.2 if i < sapo_count else max(0.0, 0.4 - 0.1 * (sent.paragraph - 1))
        score = cue_weight[i] + 0.8 * min(figures[i], 3) + 0.7 * min(people[i], 2) + position
        scored.append(Scored(sent, text, score))
    if not scored:
        return []
    best = max(s.score for s in scored)
    ranked = sorted(scored, key=lambda s: -s.score)
    chosen = [ranked[0]] + [s for s in ranked[1:limit] if s.score >= 0.5 * best and s.score > 1.0]
    order = {id(s): n for n, s in enumerate(scored)}
    chosen.sort(key=lambda s: order[id(s)])
    out: list[str] = []
    for s in chosen:
        if s.text not in out:
            out.append(s.text)
    return out


def _texts() -> list[str]:
    """Corpus articles as tagged ("title\\n\\nsapo\\n\\nbody") plus odd variants: place-heavy
    lists, abbreviations, punctuation glued to words, no diacritics, ALL CAPS."""
    recs = load_split("train")[:80] + load_split("heldout")[:60] + load_split("blind")[:30]
    texts = [f"{r['title']}\n\n{r.get('sapo', '')}\n\n{r['text']}" for r in recs]
    rng = random.Random(11)
    extra = [
        "Các xã Tân Lập, Tân Hòa và Tân Phú, huyện Đồng Phú (cũ), tỉnh Bình Phước đã hoàn thành.",
        "H. Lộc Ninh, TP.HCM, Tp.Biên Hòa, TX. Long Khánh, Q.1, P.5, TT. Lộc Ninh, X. Tân Lập.",
        "Lộc Ninh: nuôi bò. Hợp tác xã Tân Phú; ông Nguyễn Thái Bình quê Thái Bình, Hà Nội - Huế.",
        "xa Loc Hung, huyen Loc Ninh, tinh Binh Phuoc; thi xa Phuoc Long; thanh pho Dong Xoai.",
        "XÃ HỘI HÓA Ở TỈNH QUẢNG TRỊ, HUYỆN GIO LINH (trước đây) - phường Kiến Tường (mới).",
    ]
    for _ in range(40):
        words = " ".join(" ".join(rng.choice(extra).split()[: rng.randint(3, 30)]) for _ in range(3))
        extra.append(words.replace(" ", rng.choice([" ", ", ", " - ", "\n\n"]), rng.randint(0, 6)))
    return texts + extra + [t.upper() for t in texts[:10]] + [fold(t) for t in texts[:10]]


def _sentence_inputs(
    rng: random.Random,
) -> list[tuple[list[Sentence], list[float], list[int], list[int], int]]:
    out = []
    for rec in load_split("heldout")[:80]:
        sents = split_sentences(rec.get("sapo", ""), 0)
        sapo_count = len(sents)
        sents += split_sentences(rec["text"], 1)
        n = len(sents)
        for _ in range(3):
            # ties on purpose: few distinct weights, so equal scores occur and order decides
            cue = [rng.choice([0.0, 0.0, 0.5, 1.0, 1.25, 2.0]) for _ in range(n)]
            figs = [rng.choice([0, 0, 0, 1, 2, 4]) for _ in range(n)]
            people = [rng.choice([0, 0, 1, 3]) for _ in range(n)]
            out.append((sents, cue, figs, people, sapo_count))
    # boilerplate and very short sentences ranked first, and no usable sentence at all
    junk = [Sentence("Ảnh: Nguyễn Văn A", 0, 0, 0), Sentence("Ngắn quá.", 20, 0, 1)]
    out.append((junk, [5.0, 5.0], [3, 3], [2, 2], 1))
    return out


def test_key_sentences_equal_scoring_every_sentence_first() -> None:
    rng = random.Random(3)
    cases = _sentence_inputs(rng)
    chosen = 0
    for sents, cue, figs, people, sapo_count in cases:
        for limit in (3, 1, 2, 5, 0, -1):
            kwargs = {"cue_weight": cue, "figures": figs, "people": people, "sapo_count": sapo_count}
            got = key_sentences(sents, limit=limit, **kwargs)  # type: ignore[arg-type]
            assert got == key_sentences_reference(sents, limit=limit, **kwargs), (sents[:2], limit)  # type: ignore[arg-type]
            chosen += len(got)
    assert chosen > 0
    assert key_sentences([], cue_weight=[], figures=[], people=[], sapo_count=0) == []


def test_containing_equals_counting_per_text() -> None:
    rng = random.Random(5)
    recs = load_split("heldout")[:60]
    cases: list[tuple[list[str], list[str]]] = []
    for rec in recs:
        texts = [s.text for s in split_sentences(rec["text"], 1)]
        words = rec["text"].split()
        strings = []
        for _ in range(rng.randint(0, 8)):
            k = rng.randrange(max(1, len(words) - 3))
            strings.append(" ".join(words[k : k + rng.randint(1, 3)]))
        strings += strings[:2]  # repeats count again
        strings.append("không có ở đây xyz")
        cases.append((texts, strings))
    # overlapping and repeated occurrences, a string across two texts, empty strings, line breaks
    cases += [
        (["aaa aaa", "aa", "b aa b"], ["aa", "aa", "a a", "aaa"]),
        (["120 hộ thoát nghèo", "thoát nghèo 120 hộ"], ["nghèo 120", "120 hộ", "hộ"]),
        (["x", "y"], ["", "x"]),
        (["a\nb", "b"], ["b"]),
        (["x y"], ["y\nx"]),
        ([], ["a"]),
        (["a"], []),
    ]
    total = 0
    for texts, strings in cases:
        want = [sum(map(t.__contains__, strings)) for t in texts]
        assert containing(texts, strings) == [want], (texts[:3], strings)
        rev = strings[::-1]
        assert containing(texts, strings, rev, []) == [want, want, [0] * len(texts)]
        total += sum(want)
    assert total > 0


def _reference_score(gz: Gazetteer, mentions: list[Mention], pref: str, source_code: str | None) -> None:
    """:func:`nlp.localities._score` as it was before its per-unit families (sets rebuilt each time)."""
    anc = {u.uid: gz.ancestors(u) for m in mentions for u in m.candidates}
    total: defaultdict[str, float] = defaultdict(float)
    own: list[defaultdict[str, float]] = []
    for m in mentions:
        c: defaultdict[str, float] = defaultdict(float)
        w = 1.0 / len(m.candidates)
        for u in m.candidates:
            for x in anc[u.uid] | {u.uid}:
                if x[2] != "c":
                    c[x] += w
        own.append(c)
        for x, v in c.items():
            total[x] += v
    src_old = f"o:p:{source_code}" if source_code else None
    src_new = None
    if source_code and f"o:p:{source_code}" in gz.units:
        src_new = f"n:p:{gz.units[f'o:p:{source_code}'].current_province_code}"
    by_chain: dict[int, list[Mention]] = {}
    for m in mentions:
        by_chain.setdefault(m.chain, []).append(m)
    for k, m in enumerate(mentions):
        ptype = _prefix_type(m)
        scores = []
        for u, exact in zip(m.candidates, m.exact, strict=True):
            a = anc[u.uid] | {u.uid}
            s = 0.0
            fit = 0.0
            for other in by_chain[m.chain]:
                if other is m:
                    continue
                o_lo = min(_RANK[lv] for lv in other.levels)
                o_hi = max(_RANK[lv] for lv in other.levels)
                if o_lo > _RANK[u.level] or (o_hi > _RANK[u.level] and other.start > m.start):
                    fit += 4.0 if any(v.uid in a for v in other.candidates) else -4.0
                elif o_hi < _RANK[u.level]:
                    if any(u.uid in anc[c.uid] for c in other.candidates):
                        s += 2.0
            s += fit
            ev_p = sum(total[x] - own[k][x] for x in a if x[2] == "p")
            ev_d = sum(total[x] - own[k][x] for x in a if x[2] == "d")
            s += min(ev_p, 2.5) + min(ev_d, 2.5)
            if src_old and src_old in a:
                s += 1.5
            elif src_new and src_new in a:
                s += 1.0
            support = s
            if m.marker == "old":
                s += 3.0 if u.structure == "old" else 0.0
            elif m.marker == "new":
                s += 3.0 if u.structure == "current" else 0.0
            if u.structure == pref:
                s += 1.0
            s += 0.3 if exact else -0.3
            if ptype and u.type.lower() == ptype:
                s += 0.3
            scores.append((s, support, fit))
        m.scores = [x[0] for x in scores]
        m.support = [x[1] for x in scores]
        m.chain_fit = [x[2] for x in scores]


def test_locality_scores_equal_rebuilding_every_set() -> None:
    gz = load_gazetteer()
    scored = 0
    for text in _texts():
        mentions = _drop_word_readings(text, find_mentions(text))
        if not mentions:
            continue
        _chains(text, mentions)
        pref = _structure_pref(None, text, mentions)
        for source in (None, "70", "01", "zz"):
            fast, plain = copy.deepcopy(mentions), copy.deepcopy(mentions)
            _score(gz, fast, pref, source)
            _reference_score(gz, plain, pref, source)
            for a, b in zip(fast, plain, strict=True):
                # bit for bit: the sums run over the same sets in the same order
                assert (a.scores, a.support, a.chain_fit) == (b.scores, b.support, b.chain_fit), text[:80]
                scored += len(a.scores)
    assert scored > 100


def test_place_tokens_carry_the_forms_of_their_word() -> None:
    for text in _texts()[::7]:
        toks = tokenize(text)
        for i, w in enumerate(toks.words):
            t = toks[i]
            low = w.lower()
            assert (t.text, t.start, t.end) == (w, toks.starts[i], toks.starts[i] + len(w))
            assert (t.low, t.fold, t.cap, t.plain) == (
                low,
                _fold_word(w),
                w[0].isupper() or w[0].isdigit(),
                low.isascii(),
            )


def test_type_prefixes_start_only_at_prefix_words() -> None:
    # find_mentions tries a type prefix only at these words: _prefix_at finds none anywhere else
    found = 0
    for text in _texts():
        toks = tokenize(text)
        for i in range(len(toks)):
            if _prefix_at(toks, i, text) is not None:
                t = toks[i]
                assert t.low in _PREFIX_FIRST_WORDS or t.text in _PREFIX_ABBREVIATIONS, (t.text, text[:60])
                found += 1
    assert found > 100


def test_split_notes_the_cores_that_need_splitting() -> None:
    texts = _texts()
    texts += ["(TP.HCM) - “Bà_Rịa” 1.500 ... , .; - Quận 9, x² ½ …", "a", "“”", "- -"]
    for text in texts:
        toks = split_words(text).tokens
        if toks.odd is not None:
            assert toks.odd == [k for k, core in enumerate(toks.cores) if not core.isalnum()], text[:60]
        noted = tokens_from_chunks(text, toks.cores, toks.starts, toks.odd)
        plain = tokens_from_chunks(text, toks.cores, toks.starts)
        ref = tokenize(text)
        assert noted.words == plain.words == ref.words
        assert noted.starts == plain.starts == ref.starts


def test_indices_in_equals_the_loop() -> None:
    words = "ông Nguyễn Văn A và bà B , ông ông Hội Nông dân".split() + [""]
    for members in ({"ông", "bà"}, frozenset({"Hội"}), {"Hội": 1, "": 2}, set()):
        assert indices_in(words, members) == [k for k, w in enumerate(words) if w in members]
    assert indices_in([], {"a"}) == []


def test_list_heads_found_once_equal_the_scan() -> None:
    listed = 0
    for text in _texts():
        mentions = find_mentions(text)
        heads = {id(x.list_head) for x in mentions if x.list_head is not None}
        for m in mentions:
            assert (id(m) in heads) == _is_list_head(m, mentions)
            listed += id(m) in heads
    assert listed > 0


def _reference_normalize(text: str) -> str:
    """:func:`lantoa.text.normalize` before it knew printable text stays printable and that only
    runs of three or more newlines are blank lines to squeeze (every check run, every pass made)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    if not text.replace("\n", "").isprintable():
        text = _ZERO_WIDTH.sub("", text)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _fix_candidates(text)
    text = _tidy_spaces(text)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return unicodedata.normalize("NFC", text.strip())


def test_normalize_shortcuts_equal_every_pass() -> None:
    rng = random.Random(17)
    words = "hoà thuỷ khoẻ Hoà_Bình quý của hoàng oà uỳ a Đ 1,5 o\u0300a e\u0301 . “ -".split()
    spaces = [" ", " ", " ", "  ", "\n", "\n\n", "\n\n\n", " \n", "\n ", "\t", "\r\n", "\r"]
    odd = ["\u00a0", "\u200b", "\u2028", "\x0b", "\x85", "\u3000", "\u00ad", "\ufeff"]
    pieces = [w.replace("_", " ") for w in words] + spaces + odd
    texts = [r["text"] for r in load_split("heldout")[:40]]
    for _ in range(3000):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))))
    for text in texts:
        assert normalize(text) == _reference_normalize(text), repr(text)


def _every_word(texts: list[str]) -> frozenset[str]:
    """Every word of ``texts`` as a prefix word (turns the prefix-word pre-check off; a frozenset,
    as the compiled module requires)."""
    from nlp.places_matcher import tokenize

    return frozenset(x for t in texts for w in tokenize(t).words for x in (w, w.lower()))


def _mention_rows(mentions: list[Mention]) -> list[tuple[object, ...]]:
    return [
        (
            m.start,
            m.end,
            m.name_start,
            m.as_written,
            sorted(m.levels),
            m.prefixed,
            [u.uid for u in m.candidates],
            m.exact,
            m.alias,
            m.marker,
            m.dateline,
        )
        for m in mentions
    ]


def test_mentions_equal_trying_a_prefix_at_every_start(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import nlp.places_matcher as pm

    texts = _texts()
    fast = [_mention_rows(find_mentions(t)) for t in texts]
    # every word a start and a prefix tried at each (the extra starts find nothing: a word that is
    # no prefix, not capitalised or no province's first syllable starts no mention)
    monkeypatch.setattr(pm, "_PREFIX_FIRST_WORDS", _every_word(texts))
    monkeypatch.setattr(pm, "_START_FLAGS", Memo(pm._is_start))
    plain = [_mention_rows(find_mentions(t)) for t in texts]
    assert fast == plain
    assert sum(map(len, fast)) > 200


def test_fast_built_named_tuples_are_the_named_tuples() -> None:
    from nlp.pipeline import CueHit, get_pipeline, run
    from nlp.tokens import Tok
    from nlp.tokens import tokenize as name_tokens

    tok = name_tokens("(ông Nguyễn,")[0]
    assert type(tok) is Tok and tok == Tok("ông", 1, 4, "(", "", True) and tok.end == 4
    sent = split_sentences("Một câu. Hai câu!")[1]
    assert type(sent) is Sentence and sent == Sentence("Hai câu!", 9, 0, 1)
    get_pipeline()
    hits = run("Chị vươn lên thoát nghèo nhờ nuôi bò sinh sản.")._.cue_hits
    assert hits and all(type(h) is CueHit and len(h) == 3 and h.end_char > h.start_char for h in hits)


def test_matching_preparation_leaves_normalised_text_as_it_is() -> None:
    # nlp.tag passes normalised fields to tag_localities(normalized=True), which skips _prepare
    from lantoa.text import normalize_inline
    from nlp.localities import _prepare, tag_localities

    rng = random.Random(23)
    pieces = "hoà Bình xã Tân_Lập , . \u00a0 \u200b \u2028 \t \r\n \n\n \n\n\n \u00ad \ufeff o\u0300a".split(
        " "
    )
    texts = [r["text"] for r in load_split("blind")[:30]]
    texts += [
        "".join(rng.choice(pieces + [" ", "  "]).replace("_", " ") for _ in range(30)) for _ in range(2000)
    ]
    for text in texts:
        for done in (normalize(text), normalize_inline(text)):
            assert _prepare(done) == done, repr(text)
    for r in load_split("heldout")[:60]:
        title, sapo, body = normalize_inline(r["title"]), normalize(r.get("sapo", "")), normalize(r["text"])
        plain = tag_localities(title, body, sapo=sapo)
        assert tag_localities(title, body, sapo=sapo, normalized=True) == plain


def test_memo_fills_itself_once_per_new_key_in_order() -> None:
    calls: list[str] = []

    def make(key: str) -> int:
        calls.append(key)
        return len(key) * 10 if key != "zero" else 0

    memo: Memo[str, int] = Memo(make, limit=3)
    keys = ["a", "bb", "a", "zero", "bb", "ccc", "zero"]
    # as the plain memo + fill-the-misses way gives, with each new key computed once, first to last
    assert list(map(memo.__getitem__, keys)) == [10, 20, 10, 0, 20, 30, 0]
    assert calls == ["a", "bb", "zero", "ccc", "zero"]  # "ccc" emptied the full table (limit 3)
    assert memo.get("nothing") is None and "nothing" not in memo  # get() computes nothing
    assert len(memo) <= 3
