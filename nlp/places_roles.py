"""Decide whether each tagged locality is what the story is about (subject) or a passing mention."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from lantoa.gazetteer import Unit
from lantoa.text import fold
from nlp.places_matcher import Mention

# Between two bare province names of an enumeration: "Hà Nội, TP.HCM", "từ Cà Mau đến Hà Giang".
_ENUM_GAP: Final = re.compile(r"^\s*(?:,|;|va|hay|hoac|den|toi|,\s*va|-|–)\s*$")
_ENUM_BEFORE: Final = ("tu ", "nhu ", "ca ", "cac tinh ", "nhieu tinh ", "tinh thanh ")


@dataclass
class Occ:
    mention: Mention
    confidence: float
    section: str  # "title" | "sapo" | "lead" | "body"


@dataclass
class Agg:
    unit: Unit
    occs: list[Occ] = field(default_factory=list)


def _enum_gap(gap: str) -> bool:
    """``_ENUM_GAP`` matches the folded ``gap``. Folding keeps the length and the whitespace, so a
    gap whose stripped middle is longer than "hoac" and does not begin ", va" cannot match: such
    gaps (often the text between two far-apart mentions) are not folded at all."""
    core = gap.strip()
    if len(core) > 4 and fold(core[0]) != ",":
        return False
    return _ENUM_GAP.match(fold(gap)) is not None


def _enumerated(text: str, m: Mention, mentions: list[Mention], idx: int) -> bool:
    """A bare name inside a list of province names (passing mention), e.g. "như Bến Tre, Trà Vinh"."""
    if m.prefixed:
        return False
    before = fold(text[max(0, m.start - 12) : m.start]).lower()
    if idx > 0:
        p = mentions[idx - 1]
        if "province" in p.levels and _enum_gap(text[p.end : m.start]):
            return True
    if idx + 1 < len(mentions):
        n = mentions[idx + 1]
        if "province" in n.levels and _enum_gap(text[m.end : n.start]):
            return True
    return before.endswith(("tu ", "nhu "))


def assign_roles(
    aggs: dict[str, Agg], kept: set[str], mentions: list[Mention], text: str, pref: str
) -> dict[str, str]:
    """uid -> "subject" | "mention" for the ``kept`` units.

    ``aggs`` also holds the parents dropped by deduplication ("huyện Gio Linh, tỉnh Quảng Trị"
    in the sapo), which still tell where the story is (the anchor).
    """
    index = {id(m): k for k, m in enumerate(mentions)}
    # the mentions that head a list ("các xã A, B": A), found once (see _is_list_head)
    list_heads = {id(x.list_head) for x in mentions if x.list_head is not None}
    facts: dict[str, dict[str, bool | int]] = {}
    for uid, agg in aggs.items():
        occs = agg.occs
        front = any(o.section in ("title", "sapo") for o in occs)
        lead = any(o.section == "lead" for o in occs)
        chain = any(o.mention.chain_size > 1 for o in occs)
        hometown = all(_after_hometown(text, o.mention) for o in occs)
        listed = any(o.mention.list_head is not None or id(o.mention) in list_heads for o in occs)
        historical = any(o.mention.marker == "old" for o in occs) or (
            pref == "current" and agg.unit.structure == "old" and not front
        )
        enumerated = all(_enumerated(text, o.mention, mentions, index[id(o.mention)]) for o in occs)
        facts[uid] = {
            "front": front,
            "lead": lead,
            "chain": chain,
            "listed": listed,
            "historical": historical,
            "enumerated": enumerated,
            "count": len(occs),
            "hometown": hometown,
        }
    # Where the story is: provinces (in the structure of each unit) of the places in the title,
    # sapo and hierarchies.
    anchor = {
        _prov(aggs[u].unit) for u, f in facts.items() if (f["front"] or f["chain"]) and not f["historical"]
    }
    roles: dict[str, str] = {}
    for uid in kept:
        f = facts[uid]
        unit = aggs[uid].unit
        here = _prov(unit) in anchor
        if f["historical"]:
            role = "mention"
        elif f["front"] or f["chain"]:
            role = "subject"
        elif f["listed"]:
            # "các tỉnh A, B, C": what the story is about when it opens the story, else an aside
            role = "subject" if f["lead"] else "mention"
        elif f["enumerated"] or f["hometown"]:
            role = "mention"
        elif anchor and not here and int(f["count"]) < 3:
            role = "mention"
        elif f["lead"] or int(f["count"]) >= 2 or (unit.level == "commune" and here):
            role = "subject"
        else:
            role = "mention"
        roles[uid] = role
    # "các tỉnh A, B, C": list members share the role of the best-placed member.
    members_of: dict[int, set[int]] = {}  # id of a list head → ids of the head and its items
    for uid in kept:
        for o in aggs[uid].occs:
            head = o.mention.list_head or o.mention
            members = members_of.get(id(head))
            if members is None:
                members = members_of[id(head)] = {id(h) for h in mentions if h is head or h.list_head is head}
            if len(members) < 2:
                continue
            member_uids = {u for u in kept if any(id(x.mention) in members for x in aggs[u].occs)}
            if any(roles.get(u) == "subject" and not facts[u]["historical"] for u in member_uids):
                if not facts[uid]["historical"] and (anchor & {_prov(aggs[u].unit) for u in member_uids}):
                    roles[uid] = "subject"
    return roles


def _prov(unit: Unit) -> str:
    return f"{unit.structure}:{unit.province_code}"


def _after_hometown(text: str, m: Mention) -> bool:
    """ "quê ở tỉnh X", "quê Thái Bình": where someone comes from, not where the story is."""
    before = fold(text[max(0, m.start - 14) : m.start]).lower()
    return "que " in before or "que o " in before


def _is_list_head(m: Mention, mentions: list[Mention]) -> bool:
    return any(x.list_head is m for x in mentions)
