"""Second round of tagging fast paths, each checked against the plain definition it replaces: the
classifier's numpy n-gram look-up, syllables found chunk by chunk, sentence ends without a
look-behind, cached cue matches, the cue-overlap filter's shortcut and column-wise sentence starts."""

from __future__ import annotations

import random
import re

import numpy as np

from lantoa.text import fold
from nlp.classifier import load_classifier
from nlp.devcorpus import load_split
from nlp.features import MAX_BODY_TOKENS, NgramIndex, feature_tokens, feature_zones, ngram_counts, syllables
from nlp.pipeline import CueMatcher, get_pipeline, make_doc_and_tokens
from nlp.sentences import Sentence, split_sentences
from nlp.tagger import _keep_longest
from nlp.tokens import sentence_start, tokenize

_WORD = re.compile(r"[^\W\d_]+")
_ODD = ["a", "Ă", "đ", "x²", "1", "_", ".", "“", "”", "-", "…", "?", "TP.", "Huế", "Ông", "(", ")", '"']
_SPACES = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2003", "\u200b", "\x85", "\u2028", " \n "]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rng.choice(_ODD if rng.random() < 0.6 else _SPACES) for _ in range(rng.randint(0, 30))]
        out.append("".join(parts))
    return out


def _records() -> list[dict[str, str]]:
    return load_split("heldout")[:60] + load_split("blind")[:20]


def test_chunked_syllables_equal_the_regex_over_the_folded_text() -> None:
    texts = _random_texts(3000, 7) + [r["text"] for r in _records()] + ["", "   ", "x²+y³ ñandú straße 中文"]
    for text in texts:
        expected = _WORD.findall(fold(text))
        for limit in (None, 0, 1, 2, 5, -1, -3, MAX_BODY_TOKENS):
            assert syllables(text, limit) == (expected if limit is None else expected[:limit]), (text, limit)
        assert syllables(text) == expected  # a second time: from the memo


def _reference_lookup(vocab: dict[str, int], tokens: list[str]) -> tuple[list[int], list[int]]:
    counts = ngram_counts(tokens)
    known = [(vocab[f], n) for f, n in counts.items() if f in vocab]
    return [i for i, _ in known], [n for _, n in known]


def _SortedPairs(vocab: dict[str, int]) -> NgramIndex:  # noqa: N802
    """The look-up a vocabulary too big for the dense bigram table uses."""
    return NgramIndex(vocab, max_table=0)


def test_ngram_index_equals_the_counted_features_in_order() -> None:
    clf = load_classifier()
    assert clf is not None
    indexes = [NgramIndex(clf.vocab), _SortedPairs(clf.vocab)]
    assert indexes[0].bigram_codes is None and indexes[1].bigram_codes is not None
    checked = 0
    for r in _records():
        for body in (r["text"], "\n\n".join([r["text"]] * 4)):
            zones = feature_zones(r["title"], r["sapo"], body)
            ref_ids, ref_counts = _reference_lookup(clf.vocab, feature_tokens(r["title"], r["sapo"], body))
            for index in indexes:
                ids, counts = index.lookup(zones)
                assert ids.tolist() == ref_ids
                assert counts.tolist() == ref_counts
            checked += len(ref_ids)
    assert checked > 10_000


def test_ngram_index_on_edge_zones() -> None:
    # Empty zones, one word, unknown syllables, a bigram that must not span two zones.
    vocab = {"a": 0, "b": 1, "a b": 2, "b a": 3, "cue=story:x": 4, "c": 5}
    for small in (NgramIndex(vocab), _SortedPairs(vocab)):
        for zones in (
            [[], [], [], []],
            [["a"], [], ["b"], []],
            [["zz"], ["zz", "yy"], [], ["c"]],
            [["a", "zz", "b"], ["b", "a"], ["a"], ["b", "a", "b"]],
        ):
            tokens = [t for z in zones for t in [*z, "|"]][:-1]
            ids, counts = small.lookup(zones)
            assert (ids.tolist(), counts.tolist()) == _reference_lookup(vocab, tokens), zones
            assert ids.dtype == np.int64 and counts.dtype == np.int64


_OLD_BOUNDARY = re.compile(r"(?<=[.!?…])([”\"')]*)(\s+)")
_ABBREV = re.compile(r"(?:\b(?:TP|Tp|TS|ThS|PGS|GS|BS|Th|St|Mr|Ms|Dr|[A-ZĐ])\.)$")


def _reference_sentences(text: str) -> list[Sentence]:
    """split_sentences with its former look-behind boundary pattern."""
    out: list[Sentence] = []
    offset = 0
    para = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            base = offset + (len(line) - len(line.lstrip()))
            pieces: list[tuple[int, int]] = []
            last = 0
            for m in _OLD_BOUNDARY.finditer(stripped):
                nxt = stripped[m.end() : m.end() + 1]
                if (
                    _ABBREV.search(stripped, max(last, m.start() - 5), m.start())
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


def test_sentence_ends_equal_the_look_behind_definition() -> None:
    texts = _random_texts(4000, 11) + [r["text"] for r in _records()]
    texts += ['TP. Huế. Ông A… Bà B?" Cụ C. . D', "a.. B. ”) C", "Xong!\u00a0Tiếp. (Hết)"]
    for text in texts:
        assert split_sentences(text) == _reference_sentences(text), repr(text)


def _hits(doc):  # type: ignore[no-untyped-def]
    return [(h.cue.key, h.cue.label, h.cue.weight, h.start_char, h.end_char) for h in doc._.cue_hits]


def test_cached_cue_matches_equal_a_fresh_matcher() -> None:
    nlp = get_pipeline()
    texts = [f"{r['title']}\n\n{r['sapo']}\n\n{r['text']}" for r in _records()]
    texts.append("Anh nuoi 30 con de, mua lợn và mưa lớn; THOÁT NGHÈO nhờ “nuôi bò”, thoat ngheo.")
    warm = nlp.get_pipe("lantoa_cues")
    for text in texts:
        warm(make_doc_and_tokens(nlp.vocab, text)[0])  # fill the memo
    total = 0
    for text in texts:
        fresh = CueMatcher(nlp)  # empty memo
        expected = _hits(fresh(make_doc_and_tokens(nlp.vocab, text)[0]))
        assert _hits(warm(make_doc_and_tokens(nlp.vocab, text)[0])) == expected
        total += len(expected)
    assert total > 1000


def _reference_keep_longest(hits):  # type: ignore[no-untyped-def]
    hits = sorted(hits, key=lambda h: (h.start_char, -(h.end_char - h.start_char)))
    kept = []
    for h in hits:
        length = h.end_char - h.start_char
        covered = False
        for other in kept[-12:]:
            if (
                other.start_char <= h.start_char
                and h.end_char <= other.end_char
                and other.end_char - other.start_char > length
            ):
                if other.cue.group == h.cue.group or (
                    other.cue.group == "model" and other.cue.phrase[:1].isupper()
                ):
                    covered = True
                    break
        if not covered:
            kept.append(h)
    return kept


def test_keep_longest_shortcut_equals_the_window_scan() -> None:
    nlp = get_pipeline()
    rng = random.Random(3)
    checked = 0
    for r in _records():
        doc = nlp(make_doc_and_tokens(nlp.vocab, f"{r['title']}\n\n{r['sapo']}\n\n{r['text']}")[0])
        hits = list(doc._.cue_hits)
        assert _keep_longest(hits) == _reference_keep_longest(hits)
        # shuffled, and with hits moved around so that many overlap
        moved = [
            h._replace(start_char=h.start_char % 97, end_char=h.start_char % 97 + rng.randint(1, 30))
            for h in hits
        ]
        rng.shuffle(moved)
        assert _keep_longest(moved) == _reference_keep_longest(moved)
        checked += len(hits)
    assert checked > 1000


def _reference_sentence_start(toks, i: int) -> bool:  # type: ignore[no-untyped-def]
    if i == 0 or toks[i].newline_before or toks[i].lead:
        return True
    prev = toks[i - 1]
    if not prev.core and prev.lead[-1:] in ("-", "–", "—"):
        return True
    return bool(prev.trail) and prev.trail[-1] in ".!?:…\"”'"


def test_sentence_start_on_columns_equals_the_token_definition() -> None:
    texts = (
        _random_texts(2000, 13) + [r["text"] for r in _records()[:20]] + ["THANH HÓA - Bà A. “Ông B” – Cụ C"]
    )
    for text in texts:
        toks = tokenize(text)
        for i in range(len(toks)):
            assert sentence_start(toks, i) == _reference_sentence_start(toks, i), (text, i)
