"""Tag the Vietnamese administrative units an article talks about, in both the old and current structures."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from typing import Final, NamedTuple

from lantoa.gazetteer import Gazetteer, Unit, load_gazetteer
from lantoa.schema import Locality
from lantoa.text import fold, lower_for_matching
from nlp.places_matcher import Mention, find_mentions, get_matcher, tokenize, tokens_from_chunks
from nlp.places_roles import Agg, Occ, assign_roles

logger = logging.getLogger(__name__)

REFORM: Final = date(2025, 7, 1)
_VN_TZ: Final = timezone(timedelta(hours=7))
_RANK: Final = {"commune": 0, "district": 1, "province": 2}
# Text allowed between the parts of a hierarchy: "xã A, huyện B, tỉnh C", "xã A (huyện B)", "xã A thuộc huyện B".
_CHAIN_GAP: Final = re.compile(
    r"^[\s,;()\-–—/]*(?:\((?:cu|moi)\)|cu|moi)?[\s,;()\-–—/]*"
    r"(?:(?:nay |truoc day |truoc kia )?(?:thuoc|cua|o|tai|la)\s*)?[\s,;()\-–—/]*$"
)
_TYPE_OF_PREFIX: Final = {
    "xã": "xã",
    "xa": "xã",
    "x": "xã",
    "phường": "phường",
    "phuong": "phường",
    "p": "phường",
    "thị trấn": "thị trấn",
    "thi tran": "thị trấn",
    "tt": "thị trấn",
    "huyện": "huyện",
    "huyen": "huyện",
    "h": "huyện",
    "quận": "quận",
    "q": "quận",
    "thị xã": "thị xã",
    "thi xa": "thị xã",
    "tx": "thị xã",
    "thành phố": "thành phố",
    "thanh pho": "thành phố",
    "tp": "thành phố",
    "tỉnh": "tỉnh",
    "tinh": "tỉnh",
    "đặc khu": "đặc khu",
}
_WORDLIKE: Final = frozenset({"hoabinh", "thaibinh", "binhdinh"})
#: Phrases that mark an article written after the 2025 reform (accented or not), as written. On
#: lowered text (see :func:`lantoa.text.lower_for_matching`) they are found with ``str.find``, a few
#: scans instead of a regex tried at every position; otherwise with :data:`_NEW_HINTS`.
_NEW_HINT_LITERALS: Final = tuple(
    f"{lead} {tail}"
    for lead, tails in (
        ("sau", ("sáp nhập", "sap nhap", "hợp nhất", "hop nhat")),
        ("chính quyền", ("2 cấp", "hai cấp", "địa phương 2 cấp", "địa phương hai cấp")),
        ("chinh quyen", ("2 cap", "hai cap", "dia phuong 2 cap", "dia phuong hai cap")),
    )
    for tail in tails
) + ("(cũ)", "(cu)")
_NEW_HINTS_TEXT: Final = "|".join(map(re.escape, _NEW_HINT_LITERALS))
_NEW_HINTS: Final = re.compile(_NEW_HINTS_TEXT, re.IGNORECASE)


_SPACE_TABLE: Final = {
    0x00A0: " ",
    0x2000: " ",
    0x2001: " ",
    0x2002: " ",
    0x2003: " ",
    0x2004: " ",
    0x2005: " ",
    0x2006: " ",
    0x2007: " ",
    0x2008: " ",
    0x2009: " ",
    0x200A: " ",
    0x202F: " ",
    0x205F: " ",
    0x3000: " ",
    0x09: " ",
    0x200B: None,
    0x200C: None,
    0x200D: None,
    0x2060: None,
    0xFEFF: None,
    0x00AD: None,
    0x0D: None,
}
_MULTI_SPACE: Final = re.compile(r" {2,}")
_ODD_SPACE: Final = re.compile("[" + "".join(chr(c) for c in _SPACE_TABLE) + "]")


def _prepare(text: str) -> str:
    """Cheap normalisation for matching: NFC, one kind of space, single spaces.

    Tone-mark placement (hoà/hòa) does not matter here since names are matched on the folded
    form; :func:`lantoa.text.normalize` is applied to the short matched names instead.
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # Every character of _SPACE_TABLE is non-printable: printable text (newlines aside) has none.
    if not text.replace("\n", "").isprintable() and _ODD_SPACE.search(text):
        text = text.translate(_SPACE_TABLE)
    if "  " in text:
        text = _MULTI_SPACE.sub(" ", text)
    return text


def _as_is(text: str) -> str:
    return text


def _structure_pref(published_at: datetime | None, text: str, mentions: list[Mention]) -> str:
    if published_at is not None:
        d = (published_at.astimezone(_VN_TZ) if published_at.tzinfo else published_at).date()
        return "old" if d < REFORM else "current"
    low = lower_for_matching(text)
    if low is None:
        new_hint = _NEW_HINTS.search(text) is not None
    else:
        new_hint = any(hint in low for hint in _NEW_HINT_LITERALS)
    if any(m.levels == frozenset({"district"}) and m.prefixed for m in mentions):
        if not new_hint:
            return "old"
    if new_hint:
        return "current"
    return "old"


def _drop_word_readings(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop bare "Hòa Bình"/"Thái Bình"/"Bình Định" read as words (peace...) when nothing else backs them.

    When the same words also occur in lower case ("khát vọng hòa bình"), a capitalised
    occurrence (title, sentence start) is only kept if another mention lies in that province.
    """
    suspects = [
        m
        for m in mentions
        if not m.prefixed and fold(m.name).replace(" ", "") in _WORDLIKE and m.name.lower() in text
    ]
    if not suspects:
        return mentions
    gz = load_gazetteer()
    backed: set[str] = set()
    for m in mentions:
        if m in suspects:
            continue
        for u in m.candidates:
            backed.add(u.uid)
            backed.update(a for a in gz.ancestors(u) if a[2] == "p")
    keep = []
    for m in mentions:
        if m in suspects:
            pairs = [(u, e) for u, e in zip(m.candidates, m.exact, strict=True) if u.uid in backed]
            if not pairs:
                continue
            m.candidates = [u for u, _ in pairs]
            m.exact = [e for _, e in pairs]
        keep.append(m)
    return keep


def _chains(text: str, mentions: list[Mention]) -> None:
    """Link hierarchy mentions ("xã A, huyện B, tỉnh C") by giving them a shared chain id."""
    cid = 0
    for k, m in enumerate(mentions):
        if m.chain < 0:
            cid += 1
            m.chain = cid
        if k + 1 < len(mentions):
            nxt = mentions[k + 1]
            if nxt.list_head is not None and nxt.list_head.chain == m.chain:
                nxt.chain = m.chain
                continue
            if nxt.start - m.end > 24:
                continue  # too far apart (and folding the whole gap would be wasted)
            gap = fold(text[m.end : nxt.start])
            lo = min(_RANK[lv] for lv in m.levels)
            hi = max(_RANK[lv] for lv in nxt.levels)
            if hi > lo and "\n" not in gap and _CHAIN_GAP.match(gap):
                nxt.chain = m.chain


def _prefix_type(m: Mention) -> str | None:
    if not m.prefixed:
        return None
    pref = m.as_written[: m.name_start - m.start].strip(" .").lower()
    found = _TYPE_OF_PREFIX.get(pref) or _TYPE_OF_PREFIX.get(fold(pref))
    if found is None and " " in pref:  # "xã đảo", "huyện miền núi"
        words = pref.split()
        found = _TYPE_OF_PREFIX.get(" ".join(words[:2])) or _TYPE_OF_PREFIX.get(words[0])
    return found


class _Family(NamedTuple):
    """A unit with its ancestors, as :func:`_score` reads them (all in one iteration order)."""

    members: frozenset[str]  # the ancestors and the unit itself
    not_commune: tuple[str, ...]  # members that are no commune, in the set's iteration order
    provinces: tuple[str, ...]
    districts: tuple[str, ...]


#: Per gazetteer object: uid → its :class:`_Family` (the gazetteer object is kept with its table).
_FAMILIES: Final[dict[int, tuple[Gazetteer, dict[str, _Family]]]] = {}


def _families(gz: Gazetteer) -> dict[str, _Family]:
    entry = _FAMILIES.get(id(gz))
    if entry is None or entry[0] is not gz:
        _FAMILIES.clear()
        entry = _FAMILIES[id(gz)] = (gz, {})
    return entry[1]


def _family(gz: Gazetteer, table: dict[str, _Family], u: Unit) -> _Family:
    fam = table.get(u.uid)
    if fam is None:
        # the same set as ``gz.ancestors(u) | {u.uid}``, built the same way (same iteration order)
        members = gz.ancestors(u) | {u.uid}
        fam = table[u.uid] = _Family(
            members,
            tuple(x for x in members if x[2] != "c"),
            tuple(x for x in members if x[2] == "p"),
            tuple(x for x in members if x[2] == "d"),
        )
    return fam


def _score(gz: Gazetteer, mentions: list[Mention], pref: str, source_code: str | None) -> None:
    table = _families(gz)
    fams = [[_family(gz, table, u) for u in m.candidates] for m in mentions]
    # Evidence from the whole article: each mention spreads weight 1 over its candidates and their parents.
    total: defaultdict[str, float] = defaultdict(float)
    own: list[defaultdict[str, float]] = []
    for m, m_fams in zip(mentions, fams, strict=True):
        c: defaultdict[str, float] = defaultdict(float)
        w = 1.0 / len(m.candidates)
        for fam in m_fams:
            for x in fam.not_commune:
                c[x] += w
        own.append(c)
        for x, v in c.items():
            total[x] += v
    src_old = f"o:p:{source_code}" if source_code else None
    src_new = None
    if source_code and f"o:p:{source_code}" in gz.units:
        src_new = f"n:p:{gz.units[f'o:p:{source_code}'].current_province_code}"
    by_chain: dict[int, list[Mention]] = {}
    for m in mentions:
        by_chain.setdefault(m.chain, []).append(m)
    span = {id(m): (min(_RANK[lv] for lv in m.levels), max(_RANK[lv] for lv in m.levels)) for m in mentions}
    for k, m in enumerate(mentions):
        ptype = _prefix_type(m)
        own_k = own[k]
        others = [o for o in by_chain[m.chain] if o is not m]
        scores = []
        for u, exact, fam in zip(m.candidates, m.exact, fams[k], strict=True):
            a = fam.members
            rank = _RANK[u.level]
            s = 0.0
            fit = 0.0
            for other in others:
                o_lo, o_hi = span[id(other)]
                if o_lo > rank or (o_hi > rank and other.start > m.start):
                    # a parent named in the same hierarchy: "xã A, huyện B"
                    fit += 4.0 if any(v.uid in a for v in other.candidates) else -4.0
                elif o_hi < rank:
                    if any(u.uid in table[c.uid].members for c in other.candidates):
                        s += 2.0
            s += fit
            ev_p = sum(total[x] - own_k[x] for x in fam.provinces)
            ev_d = sum(total[x] - own_k[x] for x in fam.districts)
            s += min(ev_p, 2.5) + min(ev_d, 2.5)
            if src_old and src_old in a:
                s += 1.5
            elif src_new and src_new in a:
                s += 1.0
            support = s
            if m.marker == "old":
                s += 3.0 if u.structure == "old" else 0.0
            elif m.marker == "new":
                s += 3.0 if u.structure == "current" else 0.0
            if u.structure == pref:
                s += 1.0
            s += 0.3 if exact else -0.3
            if ptype and u.type.lower() == ptype:
                s += 0.3
            scores.append((s, support, fit))
        m.scores = [x[0] for x in scores]
        m.support = [x[1] for x in scores]
        m.chain_fit = [x[2] for x in scores]


def _pick(m: Mention, gz: Gazetteer, pref: str) -> tuple[Unit, float] | None:
    order = sorted(range(len(m.candidates)), key=lambda i: -m.scores[i])
    best = order[0]
    u = m.candidates[best]
    if u.structure != pref:
        # The same place in the structure of the article's date wins over its other-structure
        # twin even if that twin collected a little more evidence through the 2025 mergers.
        for i in order[1:]:
            c = m.candidates[i]
            if c.structure == pref and m.scores[i] >= m.scores[best] - 2.5 and m.chain_fit[i] >= 0:
                if c.uid in gz.ancestors(u) or u.uid in gz.ancestors(c):
                    best, u = i, c
                    break
    conf = 0.95 if m.prefixed else 0.8
    if m.chain_fit[best] < 0:
        return None  # "xã A, huyện B" but no A lies in B: the text or our data is wrong
    if m.dateline and u.level != "province" and m.support[best] <= 0:
        return None  # a bare local name in the title needs backing from the article
    if m.chain_fit[best] > 0:
        conf = max(conf, 0.97)
    rivals = [i for i in order[1:] if m.candidates[i].current_province_code != u.current_province_code]
    if rivals:
        margin = m.scores[best] - m.scores[rivals[0]]
        support = m.support[best]
        if support <= 0 and margin < 1.0:
            return None  # ambiguous name with nothing in the article to tell where it is
        conf *= 0.95 if margin >= 2 else 0.85 if margin >= 1 else 0.7 if margin > 0 else 0.5
    if not m.exact[best]:
        conf *= 0.85
    return u, round(min(max(conf, 0.0), 1.0), 3)


def _to_locality(gz: Gazetteer, agg: Agg, role: str) -> Locality:
    u = agg.unit
    first = min(agg.occs, key=lambda o: o.mention.start)
    cur_p = gz.units.get(f"n:p:{u.current_province_code}")
    f: dict[str, object] = {
        "as_written": first.mention.as_written,
        "level": u.level,
        "current_province": cur_p.name if cur_p else None,
        "current_province_code": u.current_province_code,
        "lat": u.lat,
        "lon": u.lon,
        "role": role,
        "confidence": max(o.confidence for o in agg.occs),
    }
    if u.structure == "old":
        p = gz.units[f"o:p:{u.province_code}"]
        f["province"], f["province_code"] = p.name, p.code
        if u.level in ("district", "commune") and u.district_code:
            d = gz.units[f"o:d:{u.district_code}"]
            f["district"], f["district_code"] = d.name, d.code
        if u.level == "commune":
            f["commune"], f["commune_code"] = u.name, u.code
        if u.level in ("commune", "district") and u.current_commune_codes:
            # a district maps to one current commune only when it had no communes (island districts)
            c = gz.units.get(f"n:c:{u.current_commune_codes[0]}")
            if c is not None and (u.level == "commune" or len(u.current_commune_codes) == 1):
                f["current_commune"], f["current_commune_code"] = c.name, c.code
    else:
        p = gz.units[f"n:p:{u.province_code}"]
        f["province"], f["province_code"] = p.name, p.code
        if u.level == "commune":
            f["commune"], f["commune_code"] = u.name, u.code
            f["current_commune"], f["current_commune_code"] = u.name, u.code
    return Locality.model_validate(f)


#: What :func:`tag_localities` may be given of the tagged text's whitespace chunks: (text, cores,
#: starts) or (text, cores, starts, indices of the cores that are not all letters and digits).
Chunks = tuple[str, list[str], list[int]] | tuple[str, list[str], list[int], list[int] | None]


def tag_localities(
    title: str,
    text: str,
    *,
    sapo: str = "",
    source_province_code: str | None = None,
    published_at: datetime | None = None,
    chunks: Chunks | None = None,
    normalized: bool = False,
) -> list[Locality]:
    """Localities an article is about (``subject``) or mentions in passing (``mention``).

    ``text`` is the body (paragraphs separated by blank lines); ``source_province_code`` is the
    source's pre-2025 home province code; ``published_at`` picks the structure in force.
    ``chunks`` may pass the whitespace chunks the caller already has, as (``"title\n\nsapo\n\nbody"``,
    cores, starts) of :func:`nlp.tokens.tokenize`, optionally with the indices of the cores that are
    not all letters and digits (:attr:`nlp.tokens.Tokens.odd`); they are used when that text is the
    one tagged here. ``normalized``: ``title`` is :func:`lantoa.text.normalize_inline` output and
    ``sapo`` and ``text`` are :func:`lantoa.text.normalize` output (as :func:`nlp.tag` passes
    them), which the matching preparation would leave as they are, so it is skipped.
    """
    gz = load_gazetteer()
    get_matcher()
    prepare = _as_is if normalized else _prepare
    title_n = prepare(title or "").replace("\n", " ")
    sapo_n = prepare(sapo or "").replace("\n", " ")
    body_n = prepare(text or "")
    full = f"{title_n}\n\n{sapo_n}\n\n{body_n}"
    t_end = len(title_n)
    s_end = t_end + 2 + len(sapo_n)
    paras = body_n.split("\n\n")
    if not sapo_n and len(paras) > 1:
        # no sapo: the first paragraph plays its part and the second is the lead
        s_end += 2 + len(paras[0])
        paras = paras[1:]
    l_end = s_end + 2 + len(paras[0])
    if chunks is not None and chunks[0] == full:
        toks = tokens_from_chunks(full, chunks[1], chunks[2], chunks[3] if len(chunks) > 3 else None)
    else:
        toks = tokenize(full)
    mentions = find_mentions(full, toks)
    if not mentions:
        return []
    mentions = _drop_word_readings(full, mentions)
    if not mentions:
        return []
    pref = _structure_pref(published_at, full, mentions)
    _chains(full, mentions)
    ranks: dict[int, set[int]] = {}
    for m in mentions:
        ranks.setdefault(m.chain, set()).add(min(_RANK[lv] for lv in m.levels))
    old_chains = {m.chain for m in mentions if m.marker == "old"}
    for m in mentions:
        m.chain_size = len(ranks[m.chain])  # levels in the hierarchy ("xã A, huyện B" -> 2)
        if m.chain in old_chains and m.marker is None:
            m.marker = "old"  # "các xã A, B của huyện C (cũ)"
    _score(gz, mentions, pref, source_province_code)

    aggs: dict[str, Agg] = {}
    picked_level: dict[int, int] = {}
    for m in mentions:
        picked = _pick(m, gz, pref)
        if picked is None:
            continue
        u, conf = picked
        picked_level[id(m)] = _RANK[u.level]
        sec = (
            "title"
            if m.start < t_end
            else "sapo"
            if m.start < s_end
            else "lead"
            if m.start < l_end
            else "body"
        )
        aggs.setdefault(u.uid, Agg(u)).occs.append(Occ(m, conf, sec))

    # A hierarchy is a chain whose resolved units have at least two levels ("xã A, huyện B").
    chain_levels: dict[int, set[int]] = {}
    for m in mentions:
        if id(m) in picked_level:
            chain_levels.setdefault(m.chain, set()).add(picked_level[id(m)])
    for m in mentions:
        m.chain_size = len(chain_levels.get(m.chain, ()))

    # Deduplicate: drop a province/district when a more specific unit inside it was found.
    covered: set[str] = set()
    for agg in aggs.values():
        if agg.unit.level != "province":
            # A current commune does not hide the old province/district it came from: that is
            # extra information ("phường Kiến Tường ... trước đây thuộc tỉnh Long An").
            old_ok = agg.unit.structure == "old"
            covered.update(
                a for a in gz.ancestors(agg.unit) if a[2] != "c" and (old_ok or a.startswith("n:"))
            )
    kept = {uid: agg for uid, agg in aggs.items() if uid not in covered}
    roles = assign_roles(aggs, set(kept), mentions, full, pref)
    result: list[tuple[tuple[int, int], Locality]] = []
    for uid, agg in kept.items():
        role = roles[uid]
        loc = _to_locality(gz, agg, role)
        first = min(o.mention.start for o in agg.occs)
        result.append(((0 if role == "subject" else 1, first), loc))
    result.sort(key=lambda t: t[0])
    logger.debug("tag_localities: %d mentions -> %d localities", len(mentions), len(result))
    return [loc for _, loc in result]
