"""Fast paths of the ninth tagging speed round give exactly what the plain ways give: the classifier's
syllables looked up as numbers once per chunk, its bigram table in the narrowest integer type, and
the story and model products taken in one."""

from __future__ import annotations

import random
from bisect import bisect_left

import numpy as np

from nlp.classifier import load_classifier
from nlp.devcorpus import load_split
from nlp.features import (
    NgramIndex,
    feature_numbers_from_cores,
    feature_zones,
    feature_zones_from_cores,
)
from nlp.tokens import split_words


def _cases() -> list[tuple[str, str, str]]:
    records = load_split("heldout")[:60] + load_split("blind")[:20]
    cases = [(r["title"], r["sapo"], r["text"]) for r in records]
    cases += [(r["title"], "", r["text"]) for r in records[:15]]
    cases += [("“Tiêu đề” –", "(Sapo) 1,5 tỷ...", "—\n\n“Thân” bài 2.500 - x"), ("A", "", "b")]
    rng = random.Random(29)
    words = ["Ông", "A,", "—", "(1,5)", "“x”", "hộ", "nghèo.", "TP.HCM", "-", "bò…", "zzqx", "thoát"]
    for _ in range(120):
        title = " ".join(rng.choice(words) for _ in range(rng.randint(1, 5)))
        sapo = " ".join(rng.choice(words) for _ in range(rng.randint(0, 5)))
        body = " ".join(rng.choice(words) for _ in range(rng.randint(1, 900)))
        cases.append((title, sapo, body))
    return cases


def _bounds(title: str, sapo: str, body: str) -> tuple[list[str], int, int]:
    toks = split_words(f"{title}\n\n{sapo}\n\n{body}").tokens
    sapo_start = len(title) + 2
    return (
        toks.cores,
        bisect_left(toks.starts, sapo_start),
        bisect_left(toks.starts, sapo_start + len(sapo) + 2),
    )


def test_syllable_numbers_give_the_features_of_the_syllables() -> None:
    clf = load_classifier()
    assert clf is not None
    indexes = [NgramIndex(clf.vocab), NgramIndex(clf.vocab, max_table=0)]
    checked = 0
    for title, sapo, body in _cases():
        cores, sapo_from, body_from = _bounds(title, sapo, body)
        zones = feature_zones_from_cores(cores, sapo_from, body_from)
        assert zones == feature_zones(title, sapo, body)
        for index in indexes:
            numbers = feature_numbers_from_cores(index, cores, sapo_from, body_from)
            assert [len(z) for z in numbers] == [len(z) for z in zones]
            assert [z.tolist() for z in numbers] == [[index.syllable_ids[s] for s in zone] for zone in zones]
            assert all(z.dtype == np.int64 for z in numbers)
            ids, counts = index.lookup_numbers(numbers)
            ref_ids, ref_counts = index.lookup(zones)
            assert ids.tolist() == ref_ids.tolist() and counts.tolist() == ref_counts.tolist()
            assert ids.dtype == np.int64 and counts.dtype == np.int64
            checked += len(ref_ids)
    assert checked > 20_000


def test_bigram_table_is_narrow_when_the_features_fit_and_wide_otherwise() -> None:
    small = NgramIndex({"a": 0, "b": 1, "a b": 2})
    assert small.bigram_index.dtype == np.int16
    # a feature index past the int16 range keeps the table in int32, with the same answers
    big = NgramIndex({"a": 0, "b": 1, "a b": 40_000, "b a": 3})
    assert big.bigram_index.dtype == np.int32
    for index in (small, big):
        for zones in ([["a", "b", "a"]], [["a"], ["b"]], [[], ["b", "a", "b"]]):
            numbers = [np.array([index.syllable_ids[s] for s in zone], dtype=np.int64) for zone in zones]
            got = index.lookup_numbers(numbers)
            want = index.lookup(zones)
            assert got[0].tolist() == want[0].tolist() and got[1].tolist() == want[1].tolist()
    ids, counts = big.lookup([["a", "b", "a"]])
    assert ids.tolist() == [0, 1, 40_000, 3] and counts.tolist() == [2, 1, 1, 1]


def test_predict_from_numbers_equals_predict_from_the_texts() -> None:
    clf = load_classifier()
    assert clf is not None
    cues = {"cue=story:good_deed": 2, "cue=model:livestock": 1}
    for title, sapo, body in _cases()[:90]:
        cores, sapo_from, body_from = _bounds(title, sapo, body)
        got = clf.predict(title, sapo, body, cues, numbers=clf.zone_numbers(cores, sapo_from, body_from))
        want = clf.predict(title, sapo, body, cues)
        assert got == want
        # the joint product equals the two separate ones, bit for bit
        index, values = clf._vector(title, sapo, body, cues)
        story = values @ clf.story_coef[index] + clf.story_intercept
        story = np.exp(story - story.max())
        story = story / story.sum()
        model = 1.0 / (1.0 + np.exp(-(values @ clf.model_coef[index] + clf.model_intercept)))
        assert list(want[0].values()) == story.tolist()
        assert list(want[1].values()) == model.tolist()


def test_token_records_equal_each_steps_own_look_up() -> None:
    from nlp.figures import chunk_info
    from nlp.pipeline import RECORDS_KEY, TEXT_KEY, TOKS_KEY, WORDS_KEY, get_pipeline, make_doc_and_tokens

    nlp = get_pipeline()
    cues = nlp.get_pipe("lantoa_cues")
    checked = 0
    for title, sapo, body in _cases()[:100]:
        text = f"{title}\n\n{sapo}\n\n{body}"
        doc, toks = make_doc_and_tokens(nlp.vocab, text)
        records = doc.user_data[RECORDS_KEY]
        words = [t.text for t in doc]
        assert [r[1] for r in records] == [t.orth for t in doc]
        cues._vocab = nlp.vocab
        assert [r[0] for r in records] == [cues._word_forms(w) for w in words]
        assert [r[2] for r in records] == [chunk_info(w) for w in words]
        # the components find the same with the records as by their own look-ups
        bare, _ = make_doc_and_tokens(nlp.vocab, text)
        del bare.user_data[RECORDS_KEY]
        for d in (doc, bare):
            d.user_data[TEXT_KEY] = text
            d.user_data[TOKS_KEY] = toks
        with_records, without = nlp(doc), nlp(bare)
        assert RECORDS_KEY not in without.user_data and WORDS_KEY in without.user_data
        assert with_records._.cue_hits == without._.cue_hits
        assert with_records._.figures == without._.figures
        checked += len(with_records._.cue_hits) + len(with_records._.figures)
    assert checked > 1000


def test_new_structure_hint_literals_are_exactly_what_the_pattern_matches() -> None:
    import itertools
    import re

    from nlp.localities import _NEW_HINT_LITERALS, _NEW_HINTS_TEXT

    pattern = re.compile(_NEW_HINTS_TEXT)
    # every literal is a whole match of the pattern ...
    assert all(pattern.fullmatch(h) for h in _NEW_HINT_LITERALS)
    # ... and the pattern matches nothing else: its language, spelled out from its alternatives
    words = sorted({w for h in _NEW_HINT_LITERALS for w in h.split()} | {"địa", "phương", "cũ)", "(cũ", "x"})
    for n in range(1, 6):
        for combo in itertools.product(words, repeat=n) if n <= 3 else ():
            text = " ".join(combo)
            assert (pattern.search(text) is not None) == any(h in text for h in _NEW_HINT_LITERALS), text
    rng = random.Random(3)
    pool = [*_NEW_HINT_LITERALS, "sau khi", "chính quyền", "cấp", "(cũ", "cu)", "hai", "2", "sáp", "nhập"]
    for _ in range(3000):
        text = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 8)))
        assert (pattern.search(text) is not None) == any(h in text for h in _NEW_HINT_LITERALS), text


def test_c_lexeme_getters_give_what_spacys_functions_give() -> None:
    import functools

    import spacy
    from spacy.attrs import NORM

    from nlp.pipeline import _c_getters, get_pipeline, norm_key

    swaps = _c_getters()
    words = {"", " ", "\n\n", "(", "”", "``", "''", "€", "A", "Ông", "ông", "HỘ", "Hòa", "2.500", "1/2", "x²"}
    words |= {w for r in load_split("heldout")[:40] for w in r["text"].split()}
    for spacy_getter, fast in swaps.items():
        for w in words:
            try:
                want: object = spacy_getter(w)
            except IndexError:  # prefix of the empty string
                want = IndexError
            try:
                got: object = fast(w)
            except IndexError:
                got = IndexError
            assert got == want and type(got) is type(want), (spacy_getter, w)
    # the pipeline uses them, and nothing else of the blank Vietnamese getters changed
    getters = get_pipeline().vocab.lex_attr_getters
    blank = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}}).vocab.lex_attr_getters
    assert set(getters) == set(blank)
    swapped = 0
    for attr, getter in getters.items():
        if blank[attr] in swaps:
            assert type(getter) is type(swaps[blank[attr]])
            swapped += 1
        elif attr == NORM:
            assert getter is norm_key
        elif isinstance(getter, functools.partial):
            assert (getter.func, getter.args, getter.keywords) == (
                blank[attr].func,
                blank[attr].args,
                blank[attr].keywords,
            )
        else:
            assert getter is blank[attr]
    assert swapped == len(swaps)
