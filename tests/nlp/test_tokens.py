"""Whitespace tokens with punctuation split off: offsets must point at the core in the original text."""

from __future__ import annotations

from nlp.devcorpus import load_split
from nlp.tokens import sentence_start, tokenize


def test_offsets_point_at_each_core_in_the_corpus() -> None:
    for r in load_split("heldout")[:80]:
        text = f"{r['title']}\n\n{r['sapo']}\n\n{r['text']}"
        toks = tokenize(text)
        assert len(toks) == len(text.split())
        for tok in toks:
            assert text[tok.start : tok.end] == tok.core
            assert text[tok.start - len(tok.lead) : tok.start] == tok.lead
            assert text[tok.end : tok.end + len(tok.trail)] == tok.trail


def test_punctuation_newlines_and_sentence_starts() -> None:
    toks = tokenize("Chị “Hoa” (NHCSXH) vay.\n\nÔng Bình, x")
    assert [t.core for t in toks] == ["Chị", "Hoa", "NHCSXH", "vay", "Ông", "Bình", "x"]
    assert (toks[1].lead, toks[1].trail) == ("“", "”")
    assert toks[4].newline_before and not toks[5].newline_before
    assert sentence_start(toks, 0) and sentence_start(toks, 4) and not sentence_start(toks, 5)
    assert toks[-1].core == "x" and [t.core for t in toks[1:3]] == ["Hoa", "NHCSXH"]
