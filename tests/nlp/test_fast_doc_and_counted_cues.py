"""The Doc built directly from words equals spaCy's own tokenizer; model cues with counts and combos match."""

from __future__ import annotations

import pytest

from nlp.devcorpus import load_split
from nlp.pipeline import get_pipeline, make_doc, run


def _tokens(doc: object) -> list[str]:
    return [t.text_with_ws for t in doc]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    ["  a  b\n c \n\n d ", "x", " \n y", "Ông A,  bà B.\n\n\nChị C – (D)", "", "tab\tgiữa\t\tchữ"],
)
def test_direct_doc_equals_the_blank_vietnamese_tokenizer(text: str) -> None:
    nlp = get_pipeline()
    assert _tokens(make_doc(nlp.vocab, text)) == _tokens(nlp.make_doc(text))
    assert make_doc(nlp.vocab, text).text == text


def test_direct_doc_equals_the_tokenizer_on_the_corpus() -> None:
    nlp = get_pipeline()
    for r in load_split("heldout")[:60]:
        text = f"{r['title']}\n\n{r['sapo']}\n\n{r['text']}"
        assert _tokens(make_doc(nlp.vocab, text)) == _tokens(nlp.make_doc(text))


def _hits(text: str) -> list[tuple[str, str]]:
    return [(h.cue.label, text[h.start_char : h.end_char].lower()) for h in run(text)._.cue_hits]


def test_model_cues_with_a_count_inside() -> None:
    assert ("livestock", "nuôi hơn 500 con vịt") in _hits("Chị nuôi hơn 500 con vịt trên đồng.")
    assert ("housing", "xây tặng 50 căn nhà") in _hits("Ông xây tặng 50 căn nhà cho hộ nghèo.")
    assert ("livestock", "nuoi 30 con de") in _hits("Anh nuoi 30 con de.")
    assert not [h for h in _hits("Năm 2024 có 5 con bò.") if h[0] == "livestock"]


def test_compositional_cues_keep_the_diacritics_rule() -> None:
    assert ("livestock", "đàn vịt") in _hits("Đàn vịt của chị lên 2.000 con.")
    assert ("crops_aquaculture", "vườn mít") in _hits("Vườn mít rộng 4 ha.")
    # Written with diacritics, "nuôi gà" never matches "nuối gạ" (not the same words).
    assert not [h for h in _hits("Tôi nuối gạ mãi.") if h[0] == "livestock"]
