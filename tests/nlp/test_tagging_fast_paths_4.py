"""Fast paths of the fifth tagging speed round give exactly what the plain definitions give: the
memo misses filled by a C-level scan, the memoised "prefix count noun" cue matches, the zero-width
and carriage-return passes of normalisation skipped on printable text, words counted by their
spaces, cue hits ordered by two stable sorts."""

from __future__ import annotations

import random
import re
import unicodedata

from lantoa.text import _ZERO_WIDTH, normalize
from nlp.cues import load_cues
from nlp.devcorpus import load_split
from nlp.memo import fill_missing
from nlp.pipeline import CueHit, CueMatcher, get_pipeline, make_doc_and_tokens, run
from nlp.summary import _word_count
from nlp.tagger import _keep_longest


def test_fill_missing_computes_each_miss_once_in_order() -> None:
    keys = ["a", "b", "c", "b", "d", "e"]
    memo = {"a": 1, "c": 3, "e": 5}
    calls: list[str] = []

    def make(key: str) -> int:
        calls.append(key)
        return ord(key)

    values = fill_missing(list(map(memo.get, keys)), keys, make)
    assert values == [1, ord("b"), 3, ord("b"), ord("d"), 5]
    assert calls == ["b", "b", "d"]  # as a loop over every word calls it
    assert fill_missing([], [], make) == []
    assert fill_missing([None], ["z"], make) == [ord("z")]
    # values that compare equal to nothing but themselves are kept, falsy ones too
    assert fill_missing([0, False, "", None], ["p", "q", "r", "s"], make) == [0, False, "", ord("s")]


def _counted_texts() -> list[str]:
    """Article texts plus variants full of "prefix count noun" wording next to other words."""
    texts = [r["text"] for r in load_split("train")[:60] + load_split("heldout")[:40]]
    rng = random.Random(5)
    prefixes = ["nuôi", "nuôi thêm", "xây tặng", "trồng", "tặng", "hỗ trợ", "đàn", "Nuoi", "vườn"]
    counts = ["50", "hơn 500", "1 - 2", "gần 3.000", "20", "khoảng 7"]
    counters = ["con", "căn", "cây", "ha", ""]
    nouns = ["vịt", "bò sinh sản", "nhà", "căn nhà", "mít", "heo rừng", "de", "gà", "bắp", "nhà tình nghĩa"]
    for _ in range(200):
        parts = []
        for _ in range(rng.randint(1, 6)):
            parts.append(
                f"{rng.choice(['Chị', 'Anh', 'Hội', 'Năm nay'])} {rng.choice(prefixes)} "
                f"{rng.choice(counts)} {rng.choice(counters)} {rng.choice(nouns)}{rng.choice(['.', ',', ''])}"
            )
        texts.append(re.sub(" +", " ", " ".join(parts)))
    return texts


def test_memoised_count_cues_equal_a_fresh_matcher() -> None:
    nlp_pipe = get_pipeline()
    texts = _counted_texts()
    shared = CueMatcher(nlp_pipe)
    for text in texts:  # fill the memo with every text first
        doc, _ = make_doc_and_tokens(nlp_pipe.vocab, text)
        shared(doc)
    assert shared._gap_memo  # the memo is used
    found = 0
    fresh = CueMatcher(nlp_pipe)
    for text in texts:
        fresh._gap_memo.clear()  # every gap match computed for this text alone
        doc_a, _ = make_doc_and_tokens(nlp_pipe.vocab, text)
        doc_b, _ = make_doc_and_tokens(nlp_pipe.vocab, text)
        warm = [(h.cue.key, h.start_char, h.end_char) for h in shared(doc_a)._.cue_hits]
        cold = [(h.cue.key, h.start_char, h.end_char) for h in fresh(doc_b)._.cue_hits]
        assert warm == cold, text
        found += len(warm)
    assert found > 0


def test_normalisation_skips_only_what_printable_text_cannot_hold() -> None:
    # the skipped passes remove zero-width characters and carriage returns: all non-printable
    chars = list(_ZERO_WIDTH.pattern.strip("[]"))
    assert len(chars) == 5
    assert all(not c.isprintable() for c in [*chars, "\r"])
    for c in chars:
        assert normalize(f"Hòa{c} Bình\r\nxã A\rB") == "Hòa Bình\nxã A\nB"
    assert normalize("thuỷ lợi\n\nhoà") == "thủy lợi\n\nhòa"
    assert unicodedata.is_normalized("NFC", normalize("Hoa\u0300 Bi\u0300nh"))


def test_word_count_shortcut_equals_split() -> None:
    rng = random.Random(2)
    alphabet = ["a", "Bà", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "x.", "đ", "“"]
    texts = ["", " ", "a", " a", "a ", "a b", "a  b"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9))) for _ in range(20000)]
    for text in texts:
        assert _word_count(text) == len(text.split()), repr(text)


def _reference_keep_longest(hits: list[CueHit]) -> list[CueHit]:
    """nlp.tagger._keep_longest as it was, sorting on a (start, -length) key."""
    hits = sorted(hits, key=lambda h: (h.start_char, -(h.end_char - h.start_char)))
    kept: list[CueHit] = []
    reach = -1
    for h in hits:
        if h.end_char > reach:
            kept.append(h)
            reach = h.end_char
            continue
        length = h.end_char - h.start_char
        covered = False
        for other in kept[-12:]:
            if (
                other.start_char <= h.start_char
                and h.end_char <= other.end_char
                and other.end_char - other.start_char > length
            ):
                same_group = other.cue.group == h.cue.group
                proper_name = other.cue.group == "model" and other.cue.phrase[:1].isupper()
                if same_group or proper_name:
                    covered = True
                    break
        if not covered:
            kept.append(h)
    return kept


def test_keep_longest_orders_hits_as_the_start_and_length_key() -> None:
    cues = list(load_cues())[:40]
    rng = random.Random(9)
    for _ in range(300):
        hits = []
        for _ in range(rng.randint(0, 40)):
            start = rng.randint(0, 60)
            hits.append(CueHit(rng.choice(cues), start, start + rng.randint(1, 12)))
        assert _keep_longest(list(hits)) == _reference_keep_longest(hits)
    texts = [f"{r['title']}\n\n{r['sapo']}\n\n{r['text']}" for r in load_split("heldout")[:50]]
    for text in texts:
        hits = list(run(text)._.cue_hits)
        assert _keep_longest(list(hits)) == _reference_keep_longest(hits)
