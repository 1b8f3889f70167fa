"""Fast paths of the fourth tagging speed round give exactly what the plain definitions give: the
column-wise split of tidy text, the Doc built from lexeme ids, the figure patterns tried by the
letter after a number and only in words holding a number, the enumeration-gap and whitespace
shortcuts, the remembered lowered text, the classifier's first syllables."""

from __future__ import annotations

import random
import re
import unicodedata
from bisect import bisect_left

import pytest

import nlp.figures as nlp_figures
from lantoa.text import (
    _LINE_EDGES,
    _ODD_SPACES,
    _UNUSUAL_SPACE,
    _tidy_spaces,
    fold,
    lower_for_matching,
    normalize,
)
from nlp.devcorpus import load_split
from nlp.features import _words, feature_zones, feature_zones_from_cores, syllables
from nlp.figures import extract_figures
from nlp.localities import _MULTI_SPACE, _ODD_SPACE, _SPACE_TABLE
from nlp.localities import _prepare as _locality_prepare
from nlp.pipeline import WORDS_KEY, get_pipeline, make_doc, make_doc_and_tokens
from nlp.places_roles import _ENUM_GAP, _enum_gap
from nlp.tokens import _gaps_tidy, _split_words_general, split_words


def _tidy_texts(n: int) -> list[str]:
    """Texts whose whitespace is spaces and newlines, never two spaces in a row (as normalised
    text is), plus near misses (two spaces, a tab, leading or trailing whitespace)."""
    rng = random.Random(11)
    words = ["a", "Bà", "“Ông", "An”,", "-", "1.500", "TP.HCM", "(x)", "…", "đ."]
    seps = [" "] * 12 + ["\n", "\n\n", " \n", "\n ", " \n\n ", "\n \n"]
    out = []
    for _ in range(n):
        parts = [rng.choice(words)]
        for _ in range(rng.randint(0, 12)):
            parts += [rng.choice(seps), rng.choice(words)]
        text = "".join(parts)
        roll = rng.random()
        if roll < 0.1:
            text += rng.choice([" ", "\n", " \n", "\n\n"])
        elif roll < 0.15:
            text = rng.choice([" ", "\n"]) + text
        elif roll < 0.2:
            text = text.replace(" ", "  ", 1)
        elif roll < 0.25:
            text = text.replace(" ", "\t", 1)
        out.append(text)
    return out


def _corpus_texts() -> list[str]:
    return [f"{r['title']}\n\n{r['sapo']}\n\n{r['text']}" for r in load_split("train")[:60]]


def test_column_wise_split_equals_the_chunk_loop() -> None:
    fast = 0
    for text in [*_tidy_texts(4000), *_corpus_texts(), "", " ", "\n", "a", "a ", "a\n", "a \n b"]:
        got, want = split_words(text), _split_words_general(text)
        assert (got.words, got.spaces, got.offsets) == (want.words, want.spaces, want.offsets), repr(text)
        g, w = got.tokens, want.tokens
        assert (g.cores, g.starts, g.leads, g.trails, g.newlines) == (
            w.cores,
            w.starts,
            w.leads,
            w.trails,
            w.newlines,
        ), repr(text)
        fast += _gaps_tidy(text, len(text.split())) is not None
    assert fast > 3000  # the tidy path was taken for most of them


def test_doc_from_lexeme_ids_equals_the_doc_from_words() -> None:
    nlp = get_pipeline()
    texts = [*_corpus_texts(), *_tidy_texts(300), "Nuôi 1.500 con gà, lãi 2,5 tỷ đồng – “thoát nghèo”."]
    for text in texts:
        doc, _ = make_doc_and_tokens(nlp.vocab, text)
        plain = make_doc(nlp.vocab, text)
        assert [(t.orth, t.norm_, t.like_num, t.whitespace_) for t in doc] == [
            (t.orth, t.norm_, t.like_num, t.whitespace_) for t in plain
        ]
        assert doc.text == text


def test_doc_inside_a_spacy_memory_zone_is_built_from_words() -> None:
    nlp = get_pipeline()
    text = "Chị Hoa nuôi 30 con bò vàng, thu nhập zyxwvu-lạ 120 triệu đồng mỗi năm."
    with nlp.memory_zone():
        doc, _ = make_doc_and_tokens(nlp.vocab, text)
        assert [t.text for t in doc] == [t.text for t in make_doc(nlp.vocab, text)]
    doc, _ = make_doc_and_tokens(nlp.vocab, text)  # after the zone: lexemes made afresh
    assert doc.text == text
    assert [t.norm_ for t in doc][:2] == ["chi", "hoa"]


def _figure_texts() -> list[str]:
    """Numbers followed by every kind of word a figure pattern may continue with, written in
    different ways (glued, spaced, upper case, Unicode digits), and near misses."""
    words = [
        "hộ thoát nghèo",
        "hộ nghèo",
        "hộ gia đình đã thoát nghèo",
        "con bò",
        "con giống heo rừng",
        "căn nhà",
        "nhà đại đoàn kết",
        "ngôi nhà văn hóa",
        "suất học bổng",
        "phần học bổng",
        "ha",
        "m2",
        "m²",
        "km2",
        "héc-ta",
        "đồng",
        "đ",
        "VNĐ",
        "tỷ đồng",
        "tỉ 500 triệu đồng",
        "triệu đồng",
        "nghìn đồng",
        "đồng chí",
        "người",
        "năm",
    ]
    numbers = ["3", "1,5", "2.500", "2.500.000", "1,5,", "3.", "hai", "mười", "ba", "٣", "1٣", "12", "0,5"]
    rng = random.Random(7)
    out = []
    for _ in range(1000):
        parts = []
        for _ in range(rng.randint(1, 4)):
            sep = rng.choice([" ", " ", "", "  ", "\n", "\t", ",", ".", " - "])
            parts.append(f"{rng.choice(numbers)}{sep}{rng.choice(words)}")
        text = "Năm 2024, " + ", ".join(parts) + "; giảm được 12 hộ nghèo, thoát nghèo cho 5 hộ."
        out += [text, text.upper(), text.replace("tỷ lệ", "TỶ LỆ")]
    return out


def test_figures_shortcuts_equal_trying_every_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _figure_texts() + [f"Tỷ lệ hộ nghèo còn 2,3%. {t}" for t in _corpus_texts()]
    nlp = get_pipeline()
    with_words = []
    for text in texts:
        doc, _ = make_doc_and_tokens(nlp.vocab, text)
        with_words.append([f.model_dump() for f in extract_figures(text, words=doc.user_data[WORDS_KEY])])
    fast = [[f.model_dump() for f in extract_figures(t)] for t in texts]
    # case-insensitive matching on the text as written: every pattern at every number
    monkeypatch.setattr(nlp_figures, "lower_for_matching", lambda text: None)
    slow = [[f.model_dump() for f in extract_figures(t)] for t in texts]
    assert fast == slow
    assert with_words == slow
    assert sum(map(len, slow)) > 1000
    kinds = {f["kind"] for figs in slow for f in figs}
    assert kinds >= {"households_escaped_poverty", "poor_households", "money_vnd", "animals", "houses"}


def test_enumeration_gap_shortcut_equals_the_pattern() -> None:
    gaps = [
        ", ",
        " và ",
        " VÀ ",
        ",\n và ",
        " hoặc ",
        " – ",
        "; ",
        " , va ",
        " và các ",
        " hay là ",
        "  ",
        "",
    ]
    gaps += [" " * 30 + "," + " " * 30 + "va ", " đến ", " tới ", "\u037e ", " x" * 40, "a" * 300]
    for gap in gaps:
        assert _enum_gap(gap) == (_ENUM_GAP.match(fold(gap)) is not None), repr(gap)


def test_tidy_spaces_shortcut_equals_the_pattern() -> None:
    samples = ["a b\nc", "a\u00a0b", "a\u200bb", "a\tb", "a\u2028b", "a\u00adb", "a\x1cb", "a  b", "x \n y"]
    for text in samples:
        got = normalize(text)
        unusual = _UNUSUAL_SPACE.search(text) is not None
        expected = text
        if unusual or "  " in text:
            expected = _ODD_SPACES.sub(" ", expected)
        if unusual or "\n " in expected or " \n" in expected:
            expected = _LINE_EDGES.sub("\n", expected)
        assert _tidy_spaces(text) == expected, repr(text)
        assert got == normalize(got)


def test_lower_for_matching_remembers_only_an_equal_text() -> None:
    a = "Xã Tân Lập, HUYỆN Lộc Ninh"
    assert lower_for_matching(a) == a.lower()
    assert lower_for_matching(a + " ") == a.lower() + " "
    assert lower_for_matching("İstanbul") is None
    assert lower_for_matching("İstanbul") is None  # remembered
    assert lower_for_matching(a) == a.lower()


def test_first_syllables_equal_the_first_of_all_syllables() -> None:
    texts = [*_corpus_texts(), "", " ", "1 2 3 a", "  x  y ", "12 - 5 ... a b c", "Nhà-văn-hóa 3,5ha “Tân”"]
    for text in texts:
        every = _words(fold(text))
        for limit in (None, 0, 1, 2, 3, 7, 100, 700, -1, -3, 100_000):
            assert syllables(text, limit) == (every if limit is None else every[:limit]), (text[:40], limit)


def test_folding_makes_no_letter_out_of_a_character_that_is_not_one() -> None:
    # what lets the classifier read the syllables of a chunk from its core (no edge punctuation)
    changed = [chr(c) for c in [*range(0x2000), *range(0x1E00, 0x1F00)] if fold(chr(c)) != chr(c)]
    assert len(changed) > 300
    for ch in changed:
        if not re.match(r"\w", ch) and not ch.isspace():
            assert not re.match(r"[^\W\d_]", fold(ch)), repr(ch)


def test_feature_zones_from_the_shared_cores_equal_the_zones_of_the_texts() -> None:
    records = load_split("heldout")[:80]
    rng = random.Random(13)
    cases = [(r["title"], r["sapo"], r["text"]) for r in records]
    cases += [(r["title"], "", r["text"]) for r in records[:20]]
    cases += [("“Tiêu đề” –", "(Sapo) 1,5 tỷ...", "—\n\n“Thân” bài 2.500 - x")]
    words = ["Ông", "A,", "—", "(1,5)", "“x”", "hộ", "nghèo.", "TP.HCM", "-", "bò…"]
    for _ in range(300):
        title = " ".join(rng.choice(words) for _ in range(rng.randint(1, 5)))
        sapo = " ".join(rng.choice(words) for _ in range(rng.randint(0, 5)))
        body = " ".join(rng.choice(words) for _ in range(rng.randint(1, 900)))
        cases.append((title, sapo, body))
    for title, sapo, body in cases:
        combined = f"{title}\n\n{sapo}\n\n{body}"
        toks = split_words(combined).tokens
        sapo_start = len(title) + 2
        got = feature_zones_from_cores(
            toks.cores,
            bisect_left(toks.starts, sapo_start),
            bisect_left(toks.starts, sapo_start + len(sapo) + 2),
        )
        assert got == feature_zones(title, sapo, body), title


def _reference_locality_prepare(text: str) -> str:
    """nlp.localities._prepare as it was: the odd-space scan on every text."""
    text = unicodedata.normalize("NFC", text)
    if _ODD_SPACE.search(text):
        text = text.translate(_SPACE_TABLE)
    return _MULTI_SPACE.sub(" ", text)


def test_space_shortcuts_rest_on_whitespace_being_non_printable() -> None:
    # _tidy_spaces and the locality text preparation skip their scans on printable text
    assert not [c for c in map(chr, range(0x110000)) if c.isspace() and c not in " \n" and c.isprintable()]
    assert not [c for c in _SPACE_TABLE if chr(c).isprintable()]
    texts = ["xã Tân Lập, huyện Lộc Ninh\n\nxã  A", "Hòa Bình", "tab\there"]
    texts += [f"xã Tân{chr(code)}Lập  huyện\nLộc Ninh" for code in _SPACE_TABLE]
    for text in texts:
        assert _locality_prepare(text) == _reference_locality_prepare(text), repr(text)


def test_a_fresh_pipeline_past_the_lexeme_limit_tags_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    import nlp as nlp_api
    import nlp.pipeline as pipeline

    records = load_split("heldout")[:40]
    rng = random.Random(17)
    docs = []
    for r in records:
        amounts = " ".join(f"{rng.randint(10**6, 10**9)} đồng" for _ in range(40))  # new words every time
        docs.append({"title": r["title"], "sapo": r["sapo"], "text": f"{r['text']}\n\n{amounts}"})
    expected = [nlp_api.tag(d).model_dump() for d in docs]
    first = pipeline.get_pipeline()
    built: list[object] = []
    real_get = pipeline.get_pipeline

    def counting() -> object:
        nlp = real_get()
        if not built or built[-1] is not nlp:
            built.append(nlp)
        return nlp

    counting.cache_clear = real_get.cache_clear  # type: ignore[attr-defined]
    monkeypatch.setattr(pipeline, "get_pipeline", counting)
    # a fresh pipeline has ≈3,700 lexemes; each article adds hundreds: a new pipeline every few articles
    monkeypatch.setattr(pipeline, "MAX_LEXEMES", 5_000)
    got = [nlp_api.tag(d).model_dump() for d in docs]
    assert got == expected
    assert len(built) >= 3 and built[0] is first  # two fresh pipelines at least
    assert len(real_get().vocab) <= 5_000 + 2_000
