"""Find candidate place-name mentions in Vietnamese text by syllable n-gram lookup against the gazetteer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress
from operator import add
from typing import Final

from lantoa.gazetteer import Gazetteer, Unit, load_gazetteer, name_key, syllable_key
from lantoa.text import fold, normalize_tone_marks
from nlp.memo import Memo

_TOKEN: Final = re.compile(r"[^\W_]+")
_TOKEN_SPLIT: Final = re.compile(r"([^\W_]+)")
MAX_NAME_TOKENS: Final = 6

LEVELS_PROVINCE: Final = frozenset({"province"})
LEVELS_DISTRICT: Final = frozenset({"district"})
LEVELS_COMMUNE: Final = frozenset({"commune"})
LEVELS_CITY: Final = frozenset({"province", "district"})
#: Candidates are listed in this order (ties between equal scores go to the first).
_LEVEL_ORDER: Final = ("province", "district", "commune")

# Type prefixes: lower-case accented form (exact) -> levels. Unaccented forms are accepted only
# when written without any diacritics ("xa", "huyen"), since "quân"/"phương"/"tính" fold the same.
_PREFIX_2: Final = {
    ("thị", "xã"): LEVELS_DISTRICT,
    ("thị", "trấn"): LEVELS_COMMUNE,
    ("thành", "phố"): LEVELS_CITY,
    ("đặc", "khu"): LEVELS_COMMUNE,
    ("huyện", "ủy"): LEVELS_DISTRICT,
    ("quận", "ủy"): LEVELS_DISTRICT,
    ("thị", "ủy"): LEVELS_DISTRICT,
    ("tỉnh", "ủy"): LEVELS_PROVINCE,
    ("thành", "ủy"): LEVELS_CITY,
}
_PREFIX_2_PLAIN: Final = {
    ("thi", "xa"): LEVELS_DISTRICT,
    ("thi", "tran"): LEVELS_COMMUNE,
    ("thanh", "pho"): LEVELS_CITY,
    ("dac", "khu"): LEVELS_COMMUNE,
}
_PREFIX_1: Final = {
    "xã": LEVELS_COMMUNE,
    "phường": LEVELS_COMMUNE,
    "huyện": LEVELS_DISTRICT,
    "quận": LEVELS_DISTRICT,
    "tỉnh": LEVELS_PROVINCE,
    "tp": LEVELS_CITY,
    "tx": LEVELS_DISTRICT,
}
_PREFIX_1_PLAIN: Final = {
    "xa": LEVELS_COMMUNE,
    "phuong": LEVELS_COMMUNE,
    "huyen": LEVELS_DISTRICT,
    "tinh": LEVELS_PROVINCE,
}
# Single upper-case letter abbreviations followed by a dot: "H. Lộc Ninh", "Q.1", "P.5", "X. Tân Lập".
_PREFIX_LETTER: Final = {"H": LEVELS_DISTRICT, "Q": LEVELS_DISTRICT, "P": LEVELS_COMMUNE, "X": LEVELS_COMMUNE}
_PREFIX_UPPER: Final = {"TT": LEVELS_COMMUNE}  # "TT. Lộc Ninh"

# Words right before a bare (unprefixed) province name that mean it is not that place.
_BARE_BLOCK_PREV: Final = frozenset(
    """đường phố ngõ hẻm kiệt đại lộ quốc lộ cầu chợ bến sông núi đèo hồ tuyến phà ga sân bay
    tnhh cp ty đoàn htx hàng viện""".split()
)
_PERSON_TITLES: Final = frozenset(
    "ông bà anh chị em cháu cụ chú cô bác thầy con cậu mợ dì vợ chồng tên bé".split()
)
# "các xã A, B và C": the prefix applies to every name in the list.
_PLURAL: Final = frozenset("các những hai ba bốn năm sáu bảy tám chín mười".split())
# Surnames and middle names: "Nguyễn Thái Bình", "Lê Thị Hà Nam" are people.
_NAME_PARTS: Final = frozenset(
    """nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh trương mai
    cao lâm lương đoàn tạ hà lại tô chu kiều la thái văn thị hữu đức công minh quang""".split()
)
# (prefix, first name token) pairs that are ordinary words, mostly seen in ALL CAPS titles.
_STOP_AFTER_PREFIX: Final = frozenset({("xã", "hội"), ("xã", "viên"), ("phường", "hội")})
# Lower-case first words of every prefix (anything else lower case cannot start a mention).
_PREFIX_FIRST_WORDS = frozenset(
    [k[0] for k in _PREFIX_2] + [k[0] for k in _PREFIX_2_PLAIN] + list(_PREFIX_1) + list(_PREFIX_1_PLAIN)
)
# Lower-case words that may stand between a type prefix and the name, longest first.
_QUALIFIER_TEXT: Final = """đảo | biên giới | miền núi | vùng cao | vùng sâu | vùng biên | nghèo | bãi ngang | ven biển |
ngoại thành | anh hùng | nông thôn mới | đặc biệt khó khăn | vùng cao biên giới | miền núi biên giới |
đảo tiền tiêu | thuần nông | khó khăn | vùng đồng bào dân tộc thiểu số | vùng lõi | vùng lũ | ven đô |
ngoại ô | trung du"""
_QUALIFIERS: Final[tuple[tuple[str, ...], ...]] = tuple(
    sorted((tuple(p.split()) for p in _QUALIFIER_TEXT.split("|")), key=len, reverse=True)
)
_QUALIFIER_FIRST: Final = frozenset(p[0] for p in _QUALIFIERS)
_NAME_GAP: Final = re.compile(r"^(?:\s|\s?[-–]\s?|')$")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    low: str  # lower case, accented
    fold: str  # folded
    cap: bool  # starts with an upper-case letter or is a number
    plain: bool  # has no diacritics


@dataclass(slots=True)
class Mention:
    start: int  # offset of the prefix (or the name when bare)
    end: int  # end offset of the name
    name_start: int
    as_written: str  # the whole mention as written, prefix included
    name: str  # the name part as written
    levels: frozenset[str]
    prefixed: bool
    candidates: list[Unit]
    exact: list[bool]  # per candidate: diacritics match exactly (or text is unaccented)
    first_token: int
    last_token: int
    alias: bool = False
    marker: str | None = None  # "old" when followed by "(cũ)", "new" when "(mới)"
    chain: int = -1
    chain_size: int = 1
    list_head: Mention | None = None
    scores: list[float] = field(default_factory=list)
    support: list[float] = field(default_factory=list)
    chain_fit: list[float] = field(default_factory=list)
    dateline: bool = False  # bare name opening the title ("Lộc Ninh: ...")


@dataclass(frozen=True)
class Matcher:
    gz: Gazetteer
    #: level -> key -> units
    by_level: dict[str, dict[str, list[Unit]]]
    #: folded first syllables of province names and aliases (quick filter for bare names)
    province_first: frozenset[str]
    #: every prefix of every province key (a bare name of two or more tokens starts with one)
    province_prefixes: frozenset[str]


@lru_cache(maxsize=1)
def get_matcher() -> Matcher:
    """Build the lookup tables once (cached)."""
    gz = load_gazetteer()
    by_level: dict[str, dict[str, list[Unit]]] = {"province": {}, "district": {}, "commune": {}}
    for key, uids in gz.by_key.items():
        for uid in uids:
            u = gz.units[uid]
            by_level[u.level].setdefault(key, []).append(u)
    first: set[str] = set()
    for u in gz.units.values():
        if u.level == "province":
            first.add(_fold_word(_TOKEN.findall(u.name)[0]))
    # Hand-written aliases: "TPHCM", "Sài Gòn", "Thừa Thiên Huế", "Đắc Lắc"...
    for uid, alias in gz.extra_alias_texts:
        if uid[2] == "p":
            first.add(_fold_word(_TOKEN.findall(alias)[0]))
    prefixes = {key[:k] for key in by_level["province"] for k in range(1, len(key) + 1)}
    return Matcher(gz, by_level, frozenset(first), frozenset(prefixes))


_FOLD_CACHE: Final[dict[str, str]] = {}


def _fold_word(w: str) -> str:
    """:func:`lantoa.text.fold` memoised per word (Vietnamese has a few thousand syllables)."""
    f = _FOLD_CACHE.get(w)
    if f is None:
        if len(_FOLD_CACHE) > 200_000:
            _FOLD_CACHE.clear()
        f = _FOLD_CACHE[w] = fold(w)
        if "y" in f:
            f = _FOLD_CACHE[w] = syllable_key(f)
    return f


class Tokens:
    """Syllable tokens of a text, built lazily: most body words are never looked at closely."""

    __slots__ = ("text", "words", "starts", "_cache")

    def __init__(self, text: str, columns: tuple[list[str], list[int]] | None = None) -> None:
        self.text = text
        self.words: list[str]
        self.starts: list[int]
        if columns is not None:
            self.words, self.starts = columns
        else:
            # One C-level pass: gaps and words alternate, and running sums of their lengths give
            # every word's offsets without a Python-level loop or a Match object per word.
            parts = _TOKEN_SPLIT.split(text)
            cum = list(accumulate(map(len, parts)))
            self.words = parts[1::2]
            self.starts = cum[0:-1:2]
        self._cache: list[Token | None] = [None] * len(self.words)

    @property
    def ends(self) -> list[int]:
        """Where each word ends (a word's token computes its own end: most are never built)."""
        return list(map(add, self.starts, map(len, self.words)))

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> Token:
        t = self._cache[i]
        if t is None:
            w = self.words[i]
            low, f, cap, plain = _WORD_FORMS.get(w) or _word_forms(w)
            start = self.starts[i]
            t = Token(start, start + len(w), w, low, f, cap, plain)
            self._cache[i] = t
        return t


#: Word → (lower case, folded, capitalised or a number, no diacritics), memoised.
_WORD_FORMS: Final[dict[str, tuple[str, str, bool, bool]]] = {}


def _word_forms(w: str) -> tuple[str, str, bool, bool]:
    """The forms of a word that a :class:`Token` carries (memoised: words repeat a lot)."""
    low = w.lower()
    forms = (low, _fold_word(w), w[0].isupper() or w[0].isdigit(), low.isascii())
    if len(_WORD_FORMS) > 200_000:
        _WORD_FORMS.clear()
    _WORD_FORMS[w] = forms
    return forms


def tokenize(text: str) -> Tokens:
    """Tokens of ``text`` (letters/digits runs; punctuation stays in the gaps)."""
    return Tokens(text)


def _not_alnum(core: str) -> bool:
    return not core.isalnum()


def tokens_from_chunks(
    text: str, cores: list[str], starts: list[int], odd: list[int] | None = None
) -> Tokens:
    """:func:`tokenize` of ``text`` from its whitespace chunks without edge punctuation (the
    ``cores`` and ``starts`` of :func:`nlp.tokens.tokenize`): letter/digit runs never cross
    whitespace or punctuation, so a core that is all letters and digits is one token as it is,
    and only the others ("TP.HCM", "Bà_Rịa") need the regex. ``odd`` may list the indices of
    those others (:attr:`nlp.tokens.Tokens.odd`, in order), which spares a pass over the cores."""
    if len(starts) != len(cores):
        raise ValueError("cores and starts differ in length")
    # Column-wise: runs of all-letter/digit cores are copied as slices; only the others (empty
    # cores of punctuation-only chunks, "TP.HCM", "1.500") are split one by one.
    if odd is None:
        odd = list(compress(range(len(cores)), map(_not_alnum, cores)))
    words: list[str] = []
    begins: list[int] = []
    done = 0
    for at in odd:
        words += cores[done:at]
        begins += starts[done:at]
        core, start = cores[at], starts[at]
        for m in _TOKEN.finditer(core):
            words.append(m.group())
            begins.append(start + m.start())
        done = at + 1
    words += cores[done:]
    begins += starts[done:]
    return Tokens(text, (words, begins))


def _prefix_at(toks: Tokens, i: int, text: str) -> tuple[int, frozenset[str]] | None:
    """If a type prefix starts at token i, return (number of prefix tokens, levels)."""
    t = toks[i]
    if i + 1 < len(toks.words):
        n = toks[i + 1]
        if text[t.end : n.start] == " ":
            lv = _PREFIX_2.get((t.low, n.low))
            if lv is None and t.plain and n.plain:
                lv = _PREFIX_2_PLAIN.get((t.low, n.low))
            if lv is not None:
                return 2, lv
    lv = _PREFIX_1.get(t.low)
    if lv is None and t.plain:
        lv = _PREFIX_1_PLAIN.get(t.low)
        if lv is None and len(t.text) <= 2:
            gap = text[t.end : t.end + 2]
            if gap.startswith("."):
                lv = _PREFIX_LETTER.get(t.text) or _PREFIX_UPPER.get(t.text)
    if lv is None:
        return None
    if t.low == "xã" and i >= 2 and toks[i - 1].low == "tác" and toks[i - 2].low == "hợp":
        return None  # "hợp tác xã Tân Phú" is a cooperative's name
    if t.low in ("tp", "tx") and not (t.text.isupper() or t.text in ("Tp", "Tx")):
        return None
    return 1, lv


def _name_ok_gap(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end : b.start]
    return gap == " " or bool(_NAME_GAP.match(gap))


_TONE_CACHE: Final[dict[str, str]] = {}
_UNIT_FORMS: Final[dict[str, tuple[str, str]]] = {}


def _tone_fixed(written: str) -> str:
    """normalize_tone_marks, memoised (names repeat within and across articles)."""
    out = _TONE_CACHE.get(written)
    if out is None:
        if len(_TONE_CACHE) > 100_000:
            _TONE_CACHE.clear()
        out = _TONE_CACHE[written] = normalize_tone_marks(written)
    return out


def _unit_forms(u: Unit) -> tuple[str, str]:
    """(lower-case name with single spaces, folded space-free key) of a unit, memoised."""
    forms = _UNIT_FORMS.get(u.uid)
    if forms is None:
        uname = " ".join(_TOKEN.findall(u.name.lower()))
        forms = _UNIT_FORMS[u.uid] = (uname, name_key(uname))
    return forms


def _lookup(
    m: Matcher, toks: Tokens, j: int, levels: frozenset[str], text: str, max_len: int
) -> tuple[int, list[Unit], list[bool], bool] | None:
    """Longest name starting at token j among units of ``levels``: (n tokens, units, exact flags, alias)."""
    run = 0
    size = len(toks.words)
    while j + run < size and run < max_len and toks[j + run].cap:
        if run and not _name_ok_gap(text, toks[j + run - 1], toks[j + run]):
            break
        run += 1
    for n in range(run, 0, -1):
        key = toks[j].fold if n == 1 else "".join(toks[k].fold for k in range(j, j + n))
        units: list[Unit] = []
        for lv in _LEVEL_ORDER:  # a fixed order: iterating the frozenset varied with the hash seed
            if lv in levels:
                units.extend(m.by_level[lv].get(key, ()))
        if not units:
            continue
        written = _tone_fixed(" ".join(toks[k].low for k in range(j, j + n)))
        plain = all(toks[k].plain for k in range(j, j + n))
        exact = []
        any_alias = False
        for u in units:
            uname, ukey = _unit_forms(u)
            is_exact = plain or uname == written
            if ukey != key:
                any_alias = True  # matched through an alias key
                is_exact = True
            exact.append(is_exact)
        return n, units, exact, any_alias
    return None


#: Single letters and short capitals that abbreviate a prefix when a dot follows ("H.", "TT.").
_PREFIX_ABBREVIATIONS: Final = frozenset(_PREFIX_LETTER) | frozenset(_PREFIX_UPPER)


def _is_start(word: str) -> bool:
    """Whether ``word`` can start a mention anywhere but at the very beginning of the text:
    a type prefix (:func:`_prefix_at`) or the first syllable of a bare province name."""
    first = word[0]
    if word in _PREFIX_FIRST_WORDS:
        return True
    if first.isupper() or first.isdigit():
        return (
            word.lower() in _PREFIX_FIRST_WORDS
            or word in _PREFIX_ABBREVIATIONS
            or _fold_word(word) in get_matcher().province_first
        )
    return False


#: Words that may start a mention (see :func:`_is_start`), memoised; a look-up of a word not seen
#: yet decides it.
_START_FLAGS: Memo[str, bool] = Memo(_is_start)


def find_mentions(text: str, toks: Tokens | None = None) -> list[Mention]:
    """Prefixed mentions of any level plus bare (capitalised) province names, left to right."""
    m = get_matcher()
    if toks is None:
        toks = tokenize(text)
    out: list[Mention] = []
    person_names: set[str] = set()  # bare names already seen inside a person's name
    n_tok = len(toks)
    words = toks.words
    # Only prefix words and capitalised words that begin a province name can start a mention
    # (and the first word, which may open a dateline); decided once per distinct word.
    # (every word's flag looked up at once; only words not seen before are decided one by one)
    starts = list(compress(range(n_tok), map(_START_FLAGS.__getitem__, words)))
    if words and (words[0][0].isupper() or words[0][0].isdigit()) and (not starts or starts[0] != 0):
        starts.insert(0, 0)
    free = 0  # first token not yet consumed by a mention
    for i in starts:
        if i < free:
            continue
        t = toks[i]
        # only a prefix word or a one- or two-letter abbreviation can start a type prefix
        pref = (
            _prefix_at(toks, i, text)
            if t.low in _PREFIX_FIRST_WORDS or t.text in _PREFIX_ABBREVIATIONS
            else None
        )
        if pref is not None:
            np_, levels = pref
            j = _skip_qualifier(toks, i + np_, text)
            free = j
            if j < n_tok and (t.low, toks[j].low) not in _STOP_AFTER_PREFIX:
                gap = text[toks[j - 1].end : toks[j].start]
                if len(gap) <= 2 and "\n" not in gap:
                    # "Quận 1", "Phường 5": numbers are names only right after a prefix
                    found = _lookup(m, toks, j, levels, text, MAX_NAME_TOKENS)
                    if found is not None:
                        n, units, exact, alias = found
                        last = j + n - 1
                        head = _mention(text, toks, i, j, last, levels, True, units, exact, alias)
                        out.append(head)
                        if i > 0 and toks[i - 1].low in _PLURAL:
                            last = _list_items(m, toks, last, levels, text, out, head)
                        free = last + 1
            continue
        if i == 0 and t.cap:
            # Dateline title "Lộc Ninh: nuôi bò ..." / "Cần Giờ - ...": a bare district name,
            # kept only if the rest of the article backs it (see nlp.localities).
            found = _lookup(m, toks, 0, LEVELS_CITY, text, MAX_NAME_TOKENS)
            if found is not None:
                end = toks[found[0] - 1].end
                if text[end : end + 1] == ":" or text[end : end + 3] in (" - ", " – "):
                    n, units, exact, alias = found
                    head = _mention(text, toks, 0, 0, n - 1, LEVELS_CITY, False, units, exact, alias)
                    head.dateline = True
                    out.append(head)
                    free = n
                    continue
        if t.cap and not t.text.isdigit() and t.fold in m.province_first and _may_name_province(m, toks, i):
            found = _lookup(m, toks, i, LEVELS_PROVINCE, text, 5)
            if found is not None:
                n = found[0]
                key = "".join(toks[k].fold for k in range(i, i + n))
                why = _bare_block(toks, i, text)
                if why == "person":
                    person_names.add(key)
                elif why is None and key not in person_names and _bare_ends(toks, i + n - 1, text):
                    _, units, exact, alias = found
                    last = i + n - 1
                    out.append(_mention(text, toks, i, i, last, LEVELS_PROVINCE, False, units, exact, alias))
                    free = last + 1
    return out


def _may_name_province(m: Matcher, toks: Tokens, i: int) -> bool:
    """False when no province name can start at token i, so the lookup may be skipped: a one-token
    name is a province key, a longer one starts with the keys of two capitalised tokens."""
    first = toks[i].fold
    if first in m.by_level["province"]:
        return True
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.cap and first + nxt.fold in m.province_prefixes


def _skip_qualifier(toks: Tokens, j: int, text: str) -> int:
    """Skip a descriptive word between prefix and name: "xã đảo Thạnh An", "huyện miền núi Kỳ Sơn"."""
    if j >= len(toks) or toks.words[j][0].isupper() or toks.words[j].lower() not in _QUALIFIER_FIRST:
        return j
    for phrase in _QUALIFIERS:
        n = len(phrase)
        if j + n < len(toks) and all(toks[j + k].low == phrase[k] for k in range(n)):
            if all(text[toks[j + k].end : toks[j + k + 1].start] == " " for k in range(n)):
                return j + n
    return j


def _list_items(
    m: Matcher,
    toks: Tokens,
    last: int,
    levels: frozenset[str],
    text: str,
    out: list[Mention],
    head: Mention,
) -> int:
    """After "các xã A": also take "B", "C và D" as units of the same level."""
    k = last + 1
    while k < len(toks):
        gap = text[toks[k - 1].end : toks[k].start]
        if toks[k].low == "và" and gap == " " and k + 1 < len(toks):
            k += 1
        elif gap not in (", ", ","):
            break
        if text[toks[k - 1].end : toks[k].start] not in (" ", ", ", ","):
            break
        found = _lookup(m, toks, k, levels, text, MAX_NAME_TOKENS)
        if found is None:
            break
        n, units, exact, alias = found
        item = _mention(text, toks, k, k, k + n - 1, levels, True, units, exact, alias)
        item.list_head = head
        out.append(item)
        last = k + n - 1
        k = last + 1
    return last


def _bare_ends(toks: Tokens, last: int, text: str) -> bool:
    """A bare name must not run on into a longer proper noun ("Thái Bình Dương")."""
    if last + 1 >= len(toks):
        return True
    nxt = toks[last + 1]
    if not nxt.cap or nxt.text.isdigit() or text[toks[last].end : nxt.start] != " ":
        return True
    # In ALL-CAPS text every word is capitalised, so capitalisation says nothing.
    return toks[last].text.isupper() and nxt.text.isupper() and len(nxt.text) > 1


def _bare_block(toks: Tokens, i: int, text: str) -> str | None:
    """Why a bare name at token i is not a place: "person", "other", or None when it may be one."""
    if i == 0:
        return None
    p = toks[i - 1]
    gap = text[p.end : toks[i].start]
    if gap.strip():
        return None  # punctuation in between: a new phrase
    if p.low in _PERSON_TITLES or (p.cap and p.low in _NAME_PARTS):
        return "person"
    if p.low in _BARE_BLOCK_PREV:
        return "other"
    if i >= 2 and toks[i - 2].low in ("công", "tập", "doanh") and p.low in ("ty", "đoàn", "nghiệp"):
        return "other"
    return None


def _mention(
    text: str,
    toks: Tokens,
    i: int,
    j: int,
    last: int,
    levels: frozenset[str],
    prefixed: bool,
    units: list[Unit],
    exact: list[bool],
    alias: bool,
) -> Mention:
    end = toks[last].end
    marker = None
    tail = text[end : end + 8].lower()
    if tail.startswith((" (cũ)", "(cũ)", " cũ,", " cũ)", " cũ.", " cũ ", " cũ;", " (trước đây)")):
        marker = "old"
    elif tail.startswith((" (mới)", "(mới)", " mới,", " mới.")):
        marker = "new"
    return Mention(
        start=toks[i].start,
        end=end,
        name_start=toks[j].start,
        as_written=text[toks[i].start : end],
        name=text[toks[j].start : end],
        levels=levels,
        prefixed=prefixed,
        candidates=units,
        exact=exact,
        first_token=i,
        last_token=last,
        alias=alias,
        marker=marker,
    )
