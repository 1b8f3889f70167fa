"""The spaCy pipeline: blank Vietnamese (syllable tokens) plus Lan Tỏa components, built once."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.attrs import IDX, LENGTH, LIKE_NUM, NORM
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from lantoa.text import fold

from .cues import Cue, load_cues
from .figures import extract_figures
from .organizations import extract_organizations
from .people import extract_people
from .tokens import Tokens, tokenize

logger = logging.getLogger(__name__)

_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")
_TRAIL_PUNCT = re.compile(r"[^\w]+$")
#: A whitespace-delimited chunk and the whitespace after it.
_CHUNK = re.compile(r"(\S+)(\s*)")
#: Words allowed around a count inside a model cue ("hơn 500 con vịt", "1 - 2 con bò"), folded.
_QUANTIFIERS = frozenset({"hon", "gan", "khoang", "tren", "duoi", "them", "ca", "tong", "moi", "chung"})
_COUNT_WORDS = frozenset(
    {
        "con",
        "cay",
        "can",
        "ngoi",
        "ha",
        "sao",
        "tan",
        "long",
        "dan",
        "goc",
        "m2",
        "chiec",
        "cap",
        "suat",
        "hecta",
        "bo",
        "phan",
        "tram",
        "nghin",
        "van",
        "trieu",
        "ty",
        "be",
        "ao",
        "o",
        "ngan",
        "kg",
        "tui",
        "hop",
    }
)
_RANGE = frozenset({"-", "–", "đến", "tới"})
TEXT_KEY = "lantoa_text"
TOKS_KEY = "lantoa_toks"


@dataclass(frozen=True)
class CueHit:
    cue: Cue
    start_char: int
    end_char: int


def norm_key(word: str) -> str:
    """Token match key: folded (no diacritics, lower case), punctuation at the edges removed."""
    return fold(_EDGE_PUNCT.sub("", word)) or word


def _ensure_extensions() -> None:
    for name in ("cue_hits", "people", "organizations", "figures"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


@Language.factory("lantoa_cues")
def make_cue_matcher(nlp: Language, name: str) -> CueMatcher:
    return CueMatcher(nlp)


class CueMatcher:
    """PhraseMatcher over folded token norms.

    "thoát nghèo" matches "Thoát nghèo." and, in text typed without diacritics, "thoat ngheo".
    A word written with diacritics must match the cue exactly, so "lãi" does not match "lại"
    and "mưa lớn" does not match "mua lợn".
    """

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self.cues: dict[str, list[tuple[Cue, tuple[str, ...]]]] = {}
        for cue in load_cues():
            words = tuple(_EDGE_PUNCT.sub("", w).lower() for w in cue.phrase.split())
            self.cues.setdefault(cue.key, []).append((cue, words))
        for key in self.cues:
            self.matcher.add(key, [nlp.make_doc(key)])
        # Every way to split a model cue into "prefix" + "noun", for cues with a count inside.
        self._gap_prefixes: set[str] = set()
        self._gap_nouns: set[str] = set()
        for key, entries in self.cues.items():
            parts = key.split()
            if len(parts) >= 2 and any(cue.group == "model" for cue, _ in entries):
                for cut in range(1, len(parts)):
                    self._gap_prefixes.add(" ".join(parts[:cut]))
                    self._gap_nouns.add(" ".join(parts[cut:]))
        self._gap_prefix_last = {p.split()[-1] for p in self._gap_prefixes}
        #: Token text → (written form without edge punctuation, lower case; its norm), cached.
        self._written: dict[str, tuple[str, str]] = {}

    def _forms(self, text: str) -> tuple[str, str]:
        forms = self._written.get(text)
        if forms is None:
            if len(self._written) > 200_000:
                self._written.clear()
            forms = (_EDGE_PUNCT.sub("", text).lower(), norm_key(text))
            self._written[text] = forms
        return forms

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            doc._.cue_hits = []
            return doc
        arr = doc.to_array([LIKE_NUM, IDX, LENGTH])
        like_num: list[int] = arr[:, 0].tolist()
        idx: list[int] = arr[:, 1].tolist()
        length: list[int] = arr[:, 2].tolist()
        text = doc_text(doc)
        cache: dict[int, tuple[str, str]] = {}

        def forms(k: int) -> tuple[str, str]:
            f = cache.get(k)
            if f is None:
                f = cache[k] = self._forms(text[idx[k] : idx[k] + length[k]])
            return f

        hits: list[CueHit] = []
        strings = doc.vocab.strings
        for match_id, start, end in self.matcher(doc):
            written = [forms(k) for k in range(start, end)]
            for cue, words in self.cues[strings[match_id]]:
                if all(w == c or w == nm for (w, nm), c in zip(written, words, strict=False)):
                    hits.append(CueHit(cue, idx[start], idx[end - 1] + length[end - 1]))
        hits.extend(self._counted_hits(text, like_num, idx, length, forms))
        doc._.cue_hits = hits
        return doc

    def _counted_hits(
        self,
        text: str,
        like_num: list[int],
        idx: list[int],
        length: list[int],
        forms: Callable[[int], tuple[str, str]],
    ) -> list[CueHit]:
        """Model cues with a count inside: "tặng 50 căn nhà", "nuôi hơn 500 con vịt", "hỗ trợ 1 - 2 con bò"."""
        n = len(idx)
        hits: list[CueHit] = []
        last = -1
        for k in [i for i, v in enumerate(like_num) if v]:
            if k <= last:
                continue
            right = k + 1
            while right < n and (like_num[right] or text[idx[right] : idx[right] + length[right]] in _RANGE):
                right += 1
            last = right
            left = k - 1
            if left >= 0 and forms(left)[1] in _QUANTIFIERS:
                left -= 1
            if left < 0 or forms(left)[1] not in self._gap_prefix_last:
                continue
            starts = [right]
            if right < n and forms(right)[1] in _COUNT_WORDS:
                starts.insert(0, right + 1)  # "50 căn nhà": try "nhà", then "căn nhà"
            for start in starts:
                span = self._gap_match(forms, n, left, start) if start < n else None
                if span is not None:
                    cue, first, end = span
                    last_word = _TRAIL_PUNCT.sub("", text[idx[end] : idx[end] + length[end]])
                    hits.append(CueHit(cue, idx[first], idx[end] + len(last_word)))
                    break
        return hits

    def _gap_match(
        self, forms: Callable[[int], tuple[str, str]], n: int, left: int, right: int
    ) -> tuple[Cue, int, int] | None:
        """The longest model cue "prefix noun" with the prefix ending at token ``left`` and the noun
        starting at token ``right``: (cue, first token, last token)."""
        prefixes = []
        for p_len in (1, 2, 3):
            if left - p_len + 1 < 0:
                break
            prefix = [forms(k) for k in range(left - p_len + 1, left + 1)]
            if " ".join(f[1] for f in prefix) in self._gap_prefixes:
                prefixes.append((p_len, prefix))
        if not prefixes:
            return None
        nouns = []
        for n_len in (1, 2, 3):
            if right + n_len > n:
                break
            noun = [forms(k) for k in range(right, right + n_len)]
            if " ".join(f[1] for f in noun) in self._gap_nouns:
                nouns.append((n_len, noun))
        for p_len, prefix in reversed(prefixes):
            for n_len, noun in reversed(nouns):
                written = prefix + noun
                key = " ".join(f[1] for f in written)
                for cue, words in self.cues.get(key, ()):
                    if cue.group != "model" or len(words) != len(written):
                        continue
                    if all(w == c or w == nm for (w, nm), c in zip(written, words, strict=True)):
                        return cue, left - p_len + 1, right + n_len - 1
        return None


def doc_text(doc: Doc) -> str:
    """The Doc's text; cached in ``user_data`` because ``Doc.text`` is rebuilt token by token."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


@Language.component("lantoa_entities")
def find_entities(doc: Doc) -> Doc:
    """People and organisations named in the text."""
    text = doc_text(doc)
    toks = doc.user_data.get(TOKS_KEY)
    if not isinstance(toks, Tokens):
        toks = tokenize(text)
    people = extract_people(text, toks=toks)
    organizations = extract_organizations(text, toks=toks)
    doc._.people = people
    doc._.organizations = organizations
    # Also as spaCy spans (doc.spans["people"], doc.spans["organizations"]) for spaCy-side consumers.
    doc.spans["people"] = _spans(doc, text, [p.as_written for p in people], "PER")
    doc.spans["organizations"] = _spans(doc, text, organizations, "ORG")
    return doc


def _spans(doc: Doc, text: str, written: list[str], label: str) -> list[Span]:
    spans: list[Span] = []
    for item in written:
        start = text.find(item)
        if start >= 0:
            span = doc.char_span(start, start + len(item), label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    return spans


@Language.component("lantoa_figures")
def find_figures(doc: Doc) -> Doc:
    """Key figures (households out of poverty, money, animals, …)."""
    doc._.figures = extract_figures(doc_text(doc))
    return doc


def make_doc(vocab: Vocab, text: str) -> Doc:
    """A Doc of whitespace-separated words, as the blank Vietnamese tokenizer makes it, built directly.

    Runs of whitespace other than one space become whitespace tokens, so ``doc.text == text``.
    """
    words: list[str] = []
    spaces: list[bool] = []
    lead = len(text) - len(text.lstrip())
    if lead:
        words.append(text[:lead])
        spaces.append(False)
    for word, ws in _CHUNK.findall(text, lead):
        words.append(word)
        if ws == " ":
            spaces.append(True)
        elif not ws:
            spaces.append(False)
        elif ws[0] == " ":
            spaces.append(True)
            words.append(ws[1:])
            spaces.append(False)
        else:
            spaces.append(False)
            words.append(ws)
            spaces.append(False)
    return Doc(vocab, words=words, spaces=spaces)


def run(text: str) -> Doc:
    """Run the pipeline on ``text`` (already normalised), keeping the text for the components."""
    nlp = get_pipeline()
    doc = make_doc(nlp.vocab, text)
    doc.user_data[TEXT_KEY] = text
    return nlp(doc)


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The Lan Tỏa spaCy pipeline (built on first use, then cached)."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    # Token NORM = folded syllable without edge punctuation; set on every new lexeme.
    nlp.vocab.lex_attr_getters[NORM] = norm_key  # type: ignore[attr-defined]
    for lex in nlp.vocab:
        lex.norm_ = norm_key(lex.orth_)
    _ensure_extensions()
    nlp.add_pipe("lantoa_cues")
    nlp.add_pipe("lantoa_entities")
    nlp.add_pipe("lantoa_figures")
    logger.info("spaCy pipeline ready: %s", nlp.pipe_names)
    return nlp
