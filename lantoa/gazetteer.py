"""Vietnamese administrative-unit gazetteer (pre-2025 63-province and current 34-province structures)."""

from __future__ import annotations

import gzip
import json
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from lantoa.text import fold, normalize_inline

Structure = Literal["old", "current"]
Level = Literal["province", "district", "commune"]

#: Date the 34-province structure took effect (Resolution 202/2025/QH15 and the 2025 commune mergers).
REFORM_DATE = "2025-07-01"

_DATA_FILE = "gazetteer.json.gz"
#: Type words that may precede a name, folded; used to strip prefixes from queries.
TYPE_WORDS = (
    "thanh pho",
    "tp",
    "tinh",
    "huyen",
    "quan",
    "thi xa",
    "tx",
    "thi tran",
    "tt",
    "xa",
    "phuong",
    "dac khu",
)


class GazetteerError(RuntimeError):
    """The bundled gazetteer file is missing or unreadable (Không đọc được dữ liệu địa danh)."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One administrative unit of one structure."""

    uid: str  # "o:p:70", "o:d:693", "o:c:25333", "n:p:75", "n:c:25333"
    structure: Structure
    level: Level
    code: str
    name: str  # without type prefix, NFC + normalised tone marks
    type: str  # "Tỉnh", "Thành phố", "Huyện", "Quận", "Thị xã", "Xã", "Phường", "Thị trấn", "Đặc khu"
    province_code: str  # in this unit's own structure
    district_code: str | None
    current_province_code: str
    #: For old communes: current communes it became part of (the default first). For current
    #: communes: its own code. For old island districts without communes: the special zone.
    current_commune_codes: tuple[str, ...]
    lat: float | None
    lon: float | None
    aliases: tuple[str, ...] = ()  # folded, space-free keys (historical names)

    @property
    def full_name(self) -> str:
        if self.type and self.name.startswith(self.type + " "):
            return self.name  # "Phường 12", "Quận 1"
        return f"{self.type} {self.name}".strip()


# Open syllables written with either final i or y: Quý/Quí, Kỳ/Kì, Mỹ/Mĩ, Lý/Lí (thủy keeps its y).
_IY = re.compile(r"\b(qu|[bcdghklmnprstvx]{1,3})y\b")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# The same inside space-free keys, where syllable ends are unknown: only a y at the end or before a
# consonant that cannot end a syllable ("thienmy" -> "thienmi"; "quynh" is left alone).
_IY_SPACELESS = re.compile(r"(qu|[bcdghklmnprstvx])y(?=$|[bdghklqrsvx]|t[^aeiouy])")


def syllable_key(folded: str) -> str:
    """Canonical form of folded syllables: 'phu quy' -> 'phu qui' (i/y spelling variants)."""
    return _IY.sub(r"\1i", folded) if "y" in folded else folded


def _data_key(name: str) -> str:
    """:func:`_key` for names from the data file, which are normalised at build time."""
    return _NON_ALNUM.sub("", syllable_key(_NON_ALNUM.sub(" ", fold(name).lower())))


def _key(text: str) -> str:
    """Folded, space- and punctuation-free key: 'TP. Hồ Chí Minh' -> 'tphochiminh', 'Phú Quý' -> 'phuqui'."""
    return _NON_ALNUM.sub("", syllable_key(_NON_ALNUM.sub(" ", fold(normalize_inline(text)))))


@dataclass
class Gazetteer:
    """All units of both structures plus lookup tables; build with :func:`load_gazetteer`."""

    units: dict[str, Unit]
    #: key (see :func:`name_key`) -> uids whose name or alias has that key
    by_key: dict[str, list[str]]
    #: current commune uid -> old unit uids it was formed from (communes, their districts and provinces)
    old_parts: dict[str, frozenset[str]]
    extra_alias_uids: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    #: (uid, alias as written) for the hand-written aliases, e.g. ("o:p:79", "Sài Gòn")
    extra_alias_texts: tuple[tuple[str, str], ...] = ()

    def get(self, uid: str) -> Unit | None:
        return self.units.get(uid)

    def province(self, code: str, structure: Structure = "old") -> Unit | None:
        return self.units.get(("o:p:" if structure == "old" else "n:p:") + code)

    def lookup(self, name: str) -> list[Unit]:
        """Units whose name (or alias) matches ``name`` ignoring diacritics, case and type prefix."""
        return [self.units[u] for u in self.by_key.get(name_key(name), [])]

    def ancestors(self, unit: Unit) -> frozenset[str]:
        """uids of every unit containing ``unit``, in both structures (for consistency checks)."""
        return _ancestors(self, unit.uid)


def name_key(text: str) -> str:
    """Lookup key for a place name: folded, no spaces/punctuation."""
    return _key(text)


def _build(raw: dict[str, Any]) -> Gazetteer:
    units: dict[str, Unit] = {}
    by_key: dict[str, list[str]] = {}

    def add_key(key: str, uid: str) -> None:
        if key:
            lst = by_key.setdefault(key, [])
            if uid not in lst:
                lst.append(uid)

    old, new = raw["old"], raw["new"]
    new_prov_of_old: dict[str, str] = {}
    for code, name, typ, lat, lon, cur in old["provinces"]:
        new_prov_of_old[code] = cur
        u = Unit(f"o:p:{code}", "old", "province", code, name, typ, code, None, cur, (), lat, lon)
        units[u.uid] = u
    for code, name, typ, lat, lon, _olds in new["provinces"]:
        u = Unit(f"n:p:{code}", "current", "province", code, name, typ, code, None, code, (), lat, lon)
        units[u.uid] = u
    for code, name, typ, pc, lat, lon, aliases, island in old["districts"]:
        cur = (island,) if island else ()
        u = Unit(
            f"o:d:{code}",
            "old",
            "district",
            code,
            name,
            typ,
            pc,
            code,
            new_prov_of_old[pc],
            cur,
            lat,
            lon,
            tuple(aliases),
        )
        units[u.uid] = u
    new_comm_prov: dict[str, str] = {}
    for code, name, typ, pc, lat, lon, aliases in new["communes"]:
        new_comm_prov[code] = pc
        u = Unit(
            f"n:c:{code}",
            "current",
            "commune",
            code,
            name,
            typ,
            pc,
            None,
            pc,
            (code,),
            lat,
            lon,
            tuple(aliases),
        )
        units[u.uid] = u
    old_parts: dict[str, set[str]] = {}
    for code, name, typ, dc, pc, lat, lon, aliases, news in old["communes"]:
        cur_prov = new_comm_prov[news[0]] if news else new_prov_of_old[pc]
        u = Unit(
            f"o:c:{code}",
            "old",
            "commune",
            code,
            name,
            typ or "",
            pc,
            dc,
            cur_prov,
            tuple(news),
            lat,
            lon,
            tuple(aliases),
        )
        units[u.uid] = u
        for n in news:
            old_parts.setdefault(f"n:c:{n}", set()).update((u.uid, f"o:d:{dc}", f"o:p:{pc}"))
    for u in units.values():
        add_key(_data_key(u.name), u.uid)
        parts = u.name.split()
        if len(parts) == 2 and parts[1].isdigit() and fold(parts[0]).lower() in ("quan", "phuong", "xa"):
            add_key(parts[1], u.uid)  # "Quận 1" is found as prefix "quận"/"Q." + name "1"
        for a in u.aliases:
            # package aliases are folded and space-free, with and without the type word
            add_key(a, u.uid)
            variant = _IY_SPACELESS.sub(r"\1i", a)
            if variant != a:
                add_key(variant, u.uid)
    extra: set[tuple[str, str]] = set()
    texts: list[tuple[str, str]] = []
    for structure, level, code, alias, _note in raw.get("extra_aliases", []):
        uid = f"{'o' if structure == 'old' else 'n'}:{level[0]}:{code}"
        if uid in units:
            add_key(_key(alias), uid)
            extra.add((uid, _key(alias)))
            texts.append((uid, alias))
            parts = alias.split()
            if len(parts) == 2 and parts[1].isdigit():
                add_key(parts[1], uid)  # "Quận 9" is found as prefix "Quận" + name "9"
    return Gazetteer(
        units, by_key, {k: frozenset(v) for k, v in old_parts.items()}, frozenset(extra), tuple(texts)
    )


def _ancestors(gz: Gazetteer, uid: str) -> frozenset[str]:
    return _ancestors_cached(id(gz), uid)


@lru_cache(maxsize=65536)
def _ancestors_cached(_gz_id: int, uid: str) -> frozenset[str]:
    gz = load_gazetteer()
    u = gz.units[uid]
    out: set[str] = set()
    if u.structure == "old":
        out.add(f"o:p:{u.province_code}")
        if u.district_code and u.level == "commune":
            out.add(f"o:d:{u.district_code}")
        out.add(f"n:p:{u.current_province_code}")
        if u.level == "commune":
            out.update(f"n:c:{c}" for c in u.current_commune_codes)
    else:
        out.add(f"n:p:{u.province_code}")
        if u.level == "commune":
            for part in gz.old_parts.get(uid, ()):
                if part[2] != "c":
                    out.add(part)
    out.discard(uid)
    return frozenset(out)


_lock = threading.Lock()


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the bundled gazetteer once (cached; thread-safe)."""
    with _lock:
        try:
            ref = resources.files("lantoa.data").joinpath(_DATA_FILE)
            with ref.open("rb") as fh:
                raw = json.loads(gzip.decompress(fh.read()))
        except (OSError, ValueError) as exc:  # pragma: no cover - packaging error
            raise GazetteerError(
                f"Không đọc được dữ liệu địa danh / cannot read gazetteer data {_DATA_FILE}: {exc}"
            ) from exc
        return _build(raw)


def province(code: str, structure: Structure = "old") -> Unit | None:
    """A province by official code (``structure`` 'old' = 63 provinces, 'current' = 34)."""
    return load_gazetteer().province(code, structure)


def current_province_for_old(code: str) -> Unit | None:
    """The current (34-province) province that a pre-2025 province became part of."""
    p = load_gazetteer().province(code, "old")
    return None if p is None else load_gazetteer().province(p.current_province_code, "current")


def old_provinces_for_current(code: str) -> list[Unit]:
    """The pre-2025 provinces that make up a current province (e.g. "75" -> Bình Phước, Đồng Nai)."""
    gz = load_gazetteer()
    return sorted(
        (
            u
            for u in gz.units.values()
            if u.level == "province" and u.structure == "old" and u.current_province_code == code
        ),
        key=lambda u: u.code,
    )


def unit_dict(unit: Unit) -> dict[str, Any]:
    """JSON-friendly description of a unit, with parents and current equivalent."""
    gz = load_gazetteer()
    parents: list[str] = []
    if unit.structure == "old":
        if unit.level == "commune" and unit.district_code:
            d = gz.units.get(f"o:d:{unit.district_code}")
            if d:
                parents.append(d.full_name)
        if unit.level != "province":
            p = gz.units[f"o:p:{unit.province_code}"]
            parents.append(p.full_name)
    elif unit.level != "province":
        parents.append(gz.units[f"n:p:{unit.province_code}"].full_name)
    cur_p = gz.units.get(f"n:p:{unit.current_province_code}")
    current: dict[str, Any] = {
        "province": cur_p.name if cur_p else None,
        "province_code": unit.current_province_code,
        "commune": None,
        "commune_code": None,
    }
    if unit.level in ("commune", "district") and unit.current_commune_codes:
        c = gz.units.get(f"n:c:{unit.current_commune_codes[0]}")
        if c:
            current["commune"] = c.name
            current["commune_code"] = c.code
    return {
        "name": unit.name,
        "full_name": unit.full_name,
        "level": unit.level,
        "code": unit.code,
        "structure": unit.structure,
        "parents": parents,
        "current": current,
        "lat": unit.lat,
        "lon": unit.lon,
    }


_LEVEL_RANK = {"province": 0, "district": 1, "commune": 2}


def search_localities(q: str, limit: int = 10) -> list[dict[str, Any]]:
    """Autocomplete over old and current names, with or without diacritics.

    Exact name matches rank first, then prefix matches; provinces before districts before
    communes; current structure before old. A leading type word ("xã", "tỉnh", "TP.") is
    ignored for matching but, when given, restricts the level.
    """
    if limit <= 0:
        return []
    text = normalize_inline(q or "")
    folded = fold(text).replace(".", " ").strip()
    want_levels: set[str] | None = None
    for tw in sorted(TYPE_WORDS, key=len, reverse=True):
        if folded.startswith(tw + " ") or folded == tw:
            folded = folded[len(tw) :].strip()
            if tw in ("tinh",):
                want_levels = {"province"}
            elif tw in ("huyen", "quan", "thi xa", "tx"):
                want_levels = {"district"}
            elif tw in ("xa", "phuong", "thi tran", "tt", "dac khu"):
                want_levels = {"commune"}
            elif tw in ("thanh pho", "tp"):
                want_levels = {"province", "district"}
            break
    key = _NON_ALNUM.sub("", syllable_key(_NON_ALNUM.sub(" ", folded)))
    if not key:
        return []
    accented = text.lower()
    gz = load_gazetteer()
    scored: list[tuple[tuple[int, int, int, int, str], Unit]] = []
    seen: set[str] = set()
    for k, uids in _sorted_keys(id(gz)):
        if not k.startswith(key):
            continue
        exact = 0 if k == key else 1
        for uid in uids:
            if uid in seen:
                continue
            u = gz.units[uid]
            if want_levels and u.level not in want_levels:
                continue
            seen.add(uid)
            acc = 0 if u.name.lower() in accented or not _has_marks(accented) else 1
            scored.append(
                ((exact, acc, _LEVEL_RANK[u.level], 0 if u.structure == "current" else 1, u.name), u)
            )
    scored.sort(key=lambda t: t[0])
    return [unit_dict(u) for _, u in scored[:limit]]


def _has_marks(text: str) -> bool:
    return fold(text) != text


@lru_cache(maxsize=1)
def _sorted_keys(_gz_id: int) -> list[tuple[str, list[str]]]:
    return sorted(load_gazetteer().by_key.items())
