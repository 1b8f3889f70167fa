"""The spaCy pipeline: blank Vietnamese (syllable tokens) plus Lan Tỏa components, built once."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import Final, NamedTuple, cast

import spacy
from spacy.attrs import NORM
from spacy.language import Language
from spacy.lexeme import Lexeme
from spacy.matcher import PhraseMatcher
from spacy.strings import StringStore
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from lantoa.text import fold

from .cues import Cue, load_cues
from .entities import entity_candidates
from .figures import chunk_info, extract_figures
from .memo import Memo
from .organizations import extract_organizations
from .people import extract_people
from .tokens import Tokens, split_words, tokenize

logger = logging.getLogger(__name__)

_EDGE_PUNCT: Final = re.compile(r"^[^\w]+|[^\w]+$")
_TRAIL_PUNCT: Final = re.compile(r"[^\w]+$")
#: A whitespace-delimited chunk and the whitespace after it.
_CHUNK: Final = re.compile(r"(\S+)(\s*)")
#: Words allowed around a count inside a model cue ("hơn 500 con vịt", "1 - 2 con bò"), folded.
_QUANTIFIERS: Final = frozenset(
    {"hon", "gan", "khoang", "tren", "duoi", "them", "ca", "tong", "moi", "chung"}
)
_COUNT_WORDS: Final = frozenset(
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
_RANGE: Final = frozenset({"-", "–", "đến", "tới"})
#: Number words that continue a count written in words but that spaCy's Vietnamese ``like_num``
#: does not know ("ba mươi con bò", "một trăm linh năm", "hai trăm rưỡi"), lower case.
_NUMBER_JOINERS: Final = frozenset({"mươi", "linh", "lẻ", "rưỡi"})
TEXT_KEY: Final = "lantoa_text"
TOKS_KEY: Final = "lantoa_toks"
WORDS_KEY: Final = "lantoa_words"
#: ``user_data`` key of the Doc's per-token records (:data:`_Record`), kept by :func:`make_doc_and_tokens`.
RECORDS_KEY: Final = "lantoa_records"


class _Forms(NamedTuple):
    """A token as the cue matcher compares it."""

    low: str  # written form without edge punctuation, lower case
    norm: str  # folded (the NORM the PhraseMatcher matched)
    like_num: bool


_LIKE_NUM: Final = itemgetter(2)  # _Forms.like_num

#: What the pipeline keeps of a token text, looked up once per token (:func:`_records`): its forms
#: for the cue matcher, the orth id of its lexeme (the Doc is built from these) and what figure
#: finding needs to know of it (:func:`nlp.figures.chunk_info`).
_Record = tuple[_Forms, int, object]
_RECORD_FORMS: Final = itemgetter(0)
_RECORD_ORTH: Final = itemgetter(1)
_RECORD_FIGURE: Final = itemgetter(2)


class _KeyEntries(NamedTuple):
    """The cues of one matcher key; ``exact`` indexes them by their words joined by spaces when
    every cue of the key has ``n_words`` non-empty words (else ``None``)."""

    cues: list[tuple[Cue, tuple[str, ...]]]
    exact: dict[str, list[tuple[Cue, tuple[str, ...]]]] | None
    n_words: int


class CueHit(NamedTuple):
    """A cue found in the text (a named tuple: a hundred or more are made per article)."""

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
        self._gap_noun_first = {p.split()[0] for p in self._gap_nouns}
        self._by_id: dict[int, _KeyEntries] = {}
        #: Token text → its forms and whether it is like a number, cached (a look-up of a word not
        #: seen yet computes them, with the vocabulary of the Doc being matched).
        self._vocab: Vocab = nlp.vocab
        self._by_word: Memo[str, _Forms] = Memo(self._word_forms)
        #: (forms of the three words up to a count, forms of the three from the noun on) → the
        #: count-inside cue they make as (cue, words its prefix starts before the last prefix word,
        #: words its noun runs past the first noun word), or ``()`` for none; cached.
        self._gap_memo: dict[
            tuple[tuple[_Forms, ...], tuple[_Forms, ...]], tuple[Cue, int, int] | tuple[()]
        ] = {}
        #: (match id, words as written) → the cues that match, cached.
        self._matched: dict[tuple[object, ...], tuple[Cue, ...]] = {}

    def _entries(self, match_id: int, strings: StringStore) -> _KeyEntries:
        """The cues of one matcher key and a table for the common case, by match id (cached)."""
        entry = self._by_id.get(match_id)
        if entry is None:
            cues = self.cues[strings[match_id]]
            n_words = {len(words) for _, words in cues}
            exact: dict[str, list[tuple[Cue, tuple[str, ...]]]] | None = None
            if len(n_words) == 1 and "" not in {w for _, words in cues for w in words}:
                exact = {}
                for cue, words in cues:
                    exact.setdefault(" ".join(words), []).append((cue, words))
            entry = self._by_id[match_id] = _KeyEntries(cues, exact, n_words.pop() if exact else -1)
        return entry

    def _word_forms(self, word: str) -> _Forms:
        """The forms of a word (``like_num`` from the vocabulary of the Doc being matched)."""
        return word_forms(self._vocab, word)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            doc._.cue_hits = []
            return doc
        words, offsets = _words(doc)
        records = doc.user_data.get(RECORDS_KEY)
        if isinstance(records, list) and len(records) == len(words):
            all_forms: list[_Forms] = list(map(_RECORD_FORMS, records))
        else:
            # The forms of every token by its text (one dict lookup per token; a word not seen yet
            # is looked at on the spot).
            self._vocab = doc.vocab
            all_forms = list(map(self._by_word.__getitem__, words))

        hits: list[CueHit] = []
        new_hit = tuple.__new__  # CueHit(...) without the named tuple's Python-level __new__
        strings = doc.vocab.strings
        matched = self._matched
        for match_id, start, end in self.matcher(doc):
            # The cues a match stands for depend only on the key and the words as written.
            key = (match_id, *words[start:end])
            cues = matched.get(key)
            if cues is None:
                cues = self._match_cues(match_id, all_forms[start:end], strings)
                if len(matched) > 200_000:
                    matched.clear()
                matched[key] = cues
            if cues:
                span_start, span_end = offsets[start], offsets[end - 1] + len(words[end - 1])
                if len(cues) == 1:  # (most matches)
                    hits.append(new_hit(CueHit, (cues[0], span_start, span_end)))
                else:
                    for cue in cues:
                        hits.append(new_hit(CueHit, (cue, span_start, span_end)))
        hits.extend(self._counted_hits(words, offsets, all_forms))
        doc._.cue_hits = hits
        return doc

    def _match_cues(self, match_id: int, written: list[_Forms], strings: StringStore) -> tuple[Cue, ...]:
        """The cues of matcher key ``match_id`` that the words ``written`` match."""
        entry = self._entries(match_id, strings)
        if entry.exact is not None and len(written) == entry.n_words:
            # No word typed without diacritics: a cue matches when it is written the same.
            lows = [f.low for f in written if f.low != f.norm]
            if len(lows) == len(written):
                return tuple(cue for cue, _ in entry.exact.get(" ".join(lows), ()))
        out: list[Cue] = []
        for cue, words_c in entry.cues:
            # each word: written like the cue, or typed without diacritics
            if all(f.low == c or f.low == f.norm for f, c in zip(written, words_c, strict=False)):
                out.append(cue)
        return tuple(out)

    def _counted_hits(self, words: list[str], offsets: list[int], forms: list[_Forms]) -> list[CueHit]:
        """Model cues with a count inside: "tặng 50 căn nhà", "nuôi hơn 500 con vịt", "hỗ trợ 1 - 2 con bò"."""
        n = len(words)
        hits: list[CueHit] = []
        gap_memo = self._gap_memo
        last = -1
        for k in compress(range(n), map(_LIKE_NUM, forms)):
            if k <= last:
                continue
            right = k + 1
            while right < n and (
                forms[right].like_num or words[right] in _RANGE or forms[right].low in _NUMBER_JOINERS
            ):
                right += 1
            last = right
            left = k - 1
            if left >= 0 and forms[left].norm in _QUANTIFIERS:
                left -= 1
            if left < 0 or forms[left].norm not in self._gap_prefix_last:
                continue
            starts = [right]
            if right < n and forms[right].norm in _COUNT_WORDS:
                starts.insert(0, right + 1)  # "50 căn nhà": try "nhà", then "căn nhà"
            for start in starts:
                if start >= n or forms[start].norm not in self._gap_noun_first:
                    continue  # no noun starts with this word
                # the match depends only on the three words up to ``left`` and from ``start``
                key = (tuple(forms[max(0, left - 2) : left + 1]), tuple(forms[start : start + 3]))
                found = gap_memo.get(key)
                if found is None:
                    span = self._gap_match(forms, n, left, start)
                    found = () if span is None else (span[0], left - span[1], span[2] - start)
                    if len(gap_memo) > 200_000:
                        gap_memo.clear()
                    gap_memo[key] = found
                if found:
                    cue, first, end = found[0], left - found[1], start + found[2]
                    last_word = _TRAIL_PUNCT.sub("", words[end])
                    hits.append(CueHit(cue, offsets[first], offsets[end] + len(last_word)))
                    break
        return hits

    def _gap_match(self, forms: list[_Forms], n: int, left: int, right: int) -> tuple[Cue, int, int] | None:
        """The longest model cue "prefix noun" with the prefix ending at token ``left`` and the noun
        starting at token ``right``: (cue, first token, last token)."""
        if forms[right].norm not in self._gap_noun_first:
            return None  # no noun starts with this word
        prefixes = []
        for p_len in (1, 2, 3):
            if left - p_len + 1 < 0:
                break
            prefix = forms[left - p_len + 1 : left + 1]
            if " ".join([f.norm for f in prefix]) in self._gap_prefixes:
                prefixes.append((p_len, prefix))
        if not prefixes:
            return None
        nouns = []
        for n_len in (1, 2, 3):
            if right + n_len > n:
                break
            noun = forms[right : right + n_len]
            if " ".join([f.norm for f in noun]) in self._gap_nouns:
                nouns.append((n_len, noun))
        for p_len, prefix in reversed(prefixes):
            for n_len, noun in reversed(nouns):
                written = prefix + noun
                key = " ".join([f.norm for f in written])
                for cue, words in self.cues.get(key, ()):
                    if cue.group != "model" or len(words) != len(written):
                        continue
                    if all(f.low == c or f.low == f.norm for f, c in zip(written, words, strict=True)):
                        return cue, left - p_len + 1, right + n_len - 1
        return None


def word_forms(vocab: Vocab, word: str) -> _Forms:
    """A token text as the cue matcher compares it (``like_num`` from the lexeme in ``vocab``)."""
    return _forms_of(word, vocab[word])


def _forms_of(word: str, lexeme: Lexeme) -> _Forms:
    return _Forms(_EDGE_PUNCT.sub("", word).lower(), norm_key(word), bool(lexeme.like_num))


def _words(doc: Doc) -> tuple[list[str], list[int]]:
    """The Doc's token texts and their offsets: kept by :func:`make_doc_and_tokens`, else read."""
    cached = doc.user_data.get(WORDS_KEY)
    if isinstance(cached, tuple) and len(cached[0]) == len(doc):
        return cached
    return [t.text for t in doc], [t.idx for t in doc]


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
    people_at, organizations_at = entity_candidates(toks)
    people = extract_people(text, toks=toks, candidates=people_at)
    organizations = extract_organizations(text, toks=toks, candidates=organizations_at)
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
    words = doc.user_data.get(WORDS_KEY)
    infos = None
    if not (isinstance(words, tuple) and len(words[0]) == len(doc)):
        words = None
    else:
        records = doc.user_data.get(RECORDS_KEY)
        if isinstance(records, list) and len(records) == len(doc):
            infos = list(map(_RECORD_FIGURE, records))
    doc._.figures = extract_figures(doc_text(doc), words=words, infos=infos)
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


def make_doc_and_tokens(vocab: Vocab, text: str) -> tuple[Doc, Tokens]:
    """:func:`make_doc` and :func:`nlp.tokens.tokenize` of ``text`` from one split of its words.

    The Doc is token for token the one :func:`make_doc` builds, the tokens are those
    :func:`~nlp.tokens.tokenize` finds (tests check both). The Doc keeps its words and their
    offsets (``user_data``), which the cue matcher reads instead of asking spaCy token by token.
    """
    split = split_words(text)
    records = _records(vocab, split.words)
    if records is None:
        doc = Doc(vocab, words=split.words, spaces=split.spaces)
    else:
        # spaCy takes orth ids as words too (its type stub only lists strings)
        orths = list(map(_RECORD_ORTH, records))
        doc = Doc(vocab, words=cast(list[str], orths), spaces=split.spaces)
        doc.user_data[RECORDS_KEY] = records
    doc.user_data[WORDS_KEY] = (split.words, split.offsets)
    return doc, split.tokens


#: Per vocabulary: token text → its :data:`_Record` (the vocabulary object is kept with its table).
_RECORDS: Final[dict[int, tuple[Vocab, Memo[str, _Record]]]] = {}


def _records(vocab: Vocab, words: list[str]) -> list[_Record] | None:
    """Each word's :data:`_Record`, one memo look-up per word for the three steps that read every
    token (the Doc is built from the orth ids, a hash-table look-up per word, instead of strings
    each hashed again by spaCy). Lexemes are added to the vocabulary the first time a word is
    seen, as spaCy does; inside a spaCy memory zone there are no records (``None``: the Doc is built
    from the words), since lexemes made there do not outlive it."""
    if getattr(vocab, "in_memory_zone", True):  # (an older spaCy without memory zones: strings)
        return None
    entry = _RECORDS.get(id(vocab))
    if entry is None or entry[0] is not vocab:
        # bounded, like the other per-word memos (numbers keep coming); a word not seen yet gets
        # its lexeme on the spot
        entry = _RECORDS[id(vocab)] = (vocab, Memo(lambda word: _record(vocab, word)))
    return list(map(entry[1].__getitem__, words))


def _record(vocab: Vocab, word: str) -> _Record:
    lexeme = vocab[word]  # (made now for a word not seen yet)
    return _forms_of(word, lexeme), lexeme.orth, chunk_info(word)


#: Lexemes in the vocabulary above which :func:`run` starts a fresh pipeline. spaCy keeps a lexeme
#: and its strings (≈0.5 KB) for every distinct word it has seen, and amounts, dates and names keep
#: coming, so a long import would grow without bound; a new pipeline costs well under a second and
#: tags exactly the same (every memo is a pure cache).
MAX_LEXEMES = 200_000


def run(text: str) -> Doc:
    """Run the pipeline on ``text`` (already normalised), keeping the text for the components."""
    nlp = get_pipeline()
    if len(nlp.vocab) > MAX_LEXEMES:
        logger.info("vocabulary has %s lexemes: starting a fresh spaCy pipeline", len(nlp.vocab))
        get_pipeline.cache_clear()
        _RECORDS.clear()
        nlp = get_pipeline()
    doc, toks = make_doc_and_tokens(nlp.vocab, text)
    doc.user_data[TEXT_KEY] = text
    doc.user_data[TOKS_KEY] = toks
    return nlp(doc)


def _c_getters() -> dict[object, Callable[[str], object]]:
    """spaCy lexical attribute functions → C callables that give the same values."""
    from spacy.lang import lex_attrs as spacy_attrs

    brackets = frozenset(("(", ")", "[", "]", "{", "}", "<", ">"))
    quotes = frozenset(
        ('"', "'", "`", "«", "»", "‘", "’", "‚", "‛", "“", "”", "„", "‟", "‹", "›", "❮", "❯", "''", "``")
    )
    left = frozenset(("(", "[", "{", "<", '"', "'", "«", "‘", "‚", "‛", "“", "„", "‟", "‹", "❮", "``"))
    right = frozenset((")", "]", "}", ">", '"', "'", "»", "’", "”", "›", "❯", "''"))
    return {
        spacy_attrs.lower: str.lower,
        spacy_attrs.prefix: itemgetter(0),
        spacy_attrs.suffix: itemgetter(slice(-3, None)),
        spacy_attrs.is_alpha: str.isalpha,
        spacy_attrs.is_digit: str.isdigit,
        spacy_attrs.is_lower: str.islower,
        spacy_attrs.is_space: str.isspace,
        spacy_attrs.is_title: str.istitle,
        spacy_attrs.is_upper: str.isupper,
        spacy_attrs.is_ascii: str.isascii,
        spacy_attrs.is_bracket: brackets.__contains__,
        spacy_attrs.is_quote: quotes.__contains__,
        spacy_attrs.is_left_punct: left.__contains__,
        spacy_attrs.is_right_punct: right.__contains__,
    }


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The Lan Tỏa spaCy pipeline (built on first use, then cached)."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    # Token NORM = folded syllable without edge punctuation; set on every new lexeme.
    getters = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]
    getters[NORM] = norm_key
    # spaCy's one-line getters swapped for the C methods they call (the same values; a new lexeme
    # then runs a dozen fewer Python functions). Only the exact functions listed are swapped.
    c_getters = _c_getters()
    for attr, getter in list(getters.items()):
        fast = c_getters.get(getter)
        if fast is not None:
            getters[attr] = fast
    for lex in nlp.vocab:
        lex.norm_ = norm_key(lex.orth_)
    _ensure_extensions()
    nlp.add_pipe("lantoa_cues")
    nlp.add_pipe("lantoa_entities")
    nlp.add_pipe("lantoa_figures")
    logger.info("spaCy pipeline ready: %s", nlp.pipe_names)
    return nlp
