"""The spaCy pipeline: blank Vietnamese (syllable tokens) plus Lan Tỏa components, built once."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.attrs import NORM
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from lantoa.text import fold

from .cues import Cue, load_cues
from .figures import extract_figures
from .organizations import extract_organizations
from .people import extract_people
from .tokens import tokenize

logger = logging.getLogger(__name__)

_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")
TEXT_KEY = "lantoa_text"


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

    def __call__(self, doc: Doc) -> Doc:
        hits: list[CueHit] = []
        strings = doc.vocab.strings
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            written = [_EDGE_PUNCT.sub("", t.text).lower() for t in span]
            for cue, words in self.cues[strings[match_id]]:
                if all(w == c or w == t.norm_ for w, c, t in zip(written, words, span, strict=False)):
                    hits.append(CueHit(cue, span.start_char, span.end_char))
        doc._.cue_hits = hits
        return doc


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


def run(text: str) -> Doc:
    """Run the pipeline on ``text`` (already normalised), keeping the text for the components."""
    nlp = get_pipeline()
    doc = nlp.make_doc(text)
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
