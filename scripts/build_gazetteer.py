"""Build lantoa/data/gazetteer.json.gz offline from the installed vietnamadminunits package data.

Usage: ``.venv/bin/python scripts/build_gazetteer.py [--out lantoa/data/gazetteer.json.gz]``

The package (MIT) ships a SQLite file with every unit of the pre-2025 (63 provinces)
and the current (34 provinces) structure, and a JSON file with the 2025 old→new ward
mapping. We never call its ``convert_address`` (it may geocode online); we only read
the files. The output is deterministic (sorted, no timestamps) so rebuilds diff cleanly.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sqlite3
import sys
from pathlib import Path
from typing import Any

from lantoa.text import normalize_inline

FORMAT_VERSION = 1
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "lantoa" / "data" / "gazetteer.json.gz"

# Hand-written aliases not (or not fully) in the package data: historical names
# 2016–2025 and common spellings. (structure, level, code, alias, note)
EXTRA_ALIASES: list[tuple[str, str, str, str, str]] = [
    ("old", "province", "79", "TP.HCM", "abbreviation"),
    ("old", "province", "79", "TPHCM", "abbreviation"),
    ("old", "province", "79", "HCM", "abbreviation"),
    ("old", "province", "79", "Sài Gòn", "colloquial"),
    ("old", "province", "79", "Thành phố Hồ Chí Minh", "full"),
    ("new", "province", "79", "TP.HCM", "abbreviation"),
    ("new", "province", "79", "TPHCM", "abbreviation"),
    ("new", "province", "79", "HCM", "abbreviation"),
    ("new", "province", "79", "Sài Gòn", "colloquial"),
    ("old", "province", "46", "Thừa Thiên Huế", "name until 2024-12-31"),
    ("old", "province", "46", "Thừa Thiên - Huế", "name until 2024-12-31"),
    ("old", "province", "77", "Bà Rịa Vũng Tàu", "spelling"),
    ("old", "province", "77", "BR-VT", "abbreviation"),
    ("old", "province", "77", "BRVT", "abbreviation"),
    ("old", "province", "66", "Đắc Lắc", "spelling"),
    ("old", "province", "66", "Daklak", "spelling"),
    ("old", "province", "66", "Đắk Lắc", "spelling"),
    ("new", "province", "66", "Đắc Lắc", "spelling"),
    ("new", "province", "66", "Daklak", "spelling"),
    ("old", "province", "67", "Đắc Nông", "spelling"),
    ("old", "province", "67", "Daknong", "spelling"),
    ("old", "province", "62", "Kontum", "spelling"),
    ("old", "province", "95", "Bạc Liêu", "name"),
    # Historical district-level names (2016–2025).
    ("old", "district", "769", "Thủ Đức", "Quận Thủ Đức until 2020, merged into TP Thủ Đức 2021"),
    ("old", "district", "769", "Quận 2", "merged into TP Thủ Đức 2021"),
    ("old", "district", "769", "Quận 9", "merged into TP Thủ Đức 2021"),
    ("old", "district", "193", "Hoành Bồ", "merged into TP Hạ Long 2019"),
    ("old", "district", "148", "Kỳ Sơn", "merged into TP Hòa Bình 2019"),
    ("old", "district", "356", "Mỹ Lộc", "merged into TP Nam Định 2025"),
    ("old", "district", "474", "Huế", "TP Huế (district level) until 2024, now Thuận Hóa and Phú Xuân"),
]


def _rows(con: sqlite3.Connection, sql: str) -> list[sqlite3.Row]:
    con.row_factory = sqlite3.Row
    return list(con.execute(sql))


def _r(x: float | None) -> float | None:
    return None if x is None else round(float(x), 5)


def _aliases(raw: str | None) -> list[str]:
    """Folded, space-free alias keys from the package (e.g. historical merged wards)."""
    if not raw:
        return []
    return sorted({a for a in json.loads(raw) if a})


_DISAMBIG = re.compile(r"\s*\((?:Huyện|Thị xã|Thành phố|Quận|Xã|Phường|Thị trấn)\)$")


def _clean(name: str) -> str:
    """Normalised name without the package's disambiguating suffix: 'Mỹ An (Thị trấn)' -> 'Mỹ An'."""
    return normalize_inline(_DISAMBIG.sub("", name))


def _split_type(full: str, short: str) -> str:
    return full[: len(full) - len(short)].strip() if full.endswith(short) else ""


def build(pkg_dir: Path) -> dict[str, Any]:
    con = sqlite3.connect(f"file:{pkg_dir / 'data' / 'dataset.db'}?mode=ro", uri=True)
    conv = json.loads((pkg_dir / "data" / "converter_2025.json").read_text(encoding="utf-8"))

    # ---- current (34 provinces) ----
    new_rows = _rows(con, "select * from admin_units order by provinceCode, wardCode")
    new_prov: dict[str, dict[str, Any]] = {}
    new_prov_key_to_code: dict[str, str] = {}
    new_ward_key_to_code: dict[tuple[str, str], str] = {}
    new_communes: list[list[Any]] = []
    for r in new_rows:
        pc = r["provinceCode"]
        if pc not in new_prov:
            new_prov[pc] = {
                "code": pc,
                "name": _clean(r["provinceShort"]),
                "type": _split_type(r["province"], r["provinceShort"]),
                "lat": _r(r["provinceLat"]),
                "lon": _r(r["provinceLon"]),
                "key": r["provinceKey"],
            }
            new_prov_key_to_code[r["provinceKey"]] = pc
        new_ward_key_to_code[(r["provinceKey"], r["wardKey"])] = r["wardCode"]
        new_communes.append(
            [
                r["wardCode"],
                _clean(r["wardShort"]),
                r["wardType"],
                pc,
                _r(r["wardLat"]),
                _r(r["wardLon"]),
                _aliases(r["wardAlias"]),
            ]
        )

    # ---- pre-2025 (63 provinces) ----
    old_rows = _rows(con, "select * from admin_units_legacy order by provinceCode, districtCode, wardCode")
    old_prov: dict[str, dict[str, Any]] = {}
    old_prov_key_to_code: dict[str, str] = {}
    old_dist: dict[str, list[Any]] = {}
    old_communes: dict[str, list[Any]] = {}
    old_key_to_ward: dict[str, str] = {}
    island_districts: dict[str, str] = {}
    for r in old_rows:
        pc = r["provinceCode"]
        if pc not in old_prov:
            old_prov[pc] = {
                "code": pc,
                "name": _clean(r["provinceShort"]),
                "type": _split_type(r["province"], r["provinceShort"]),
                "lat": _r(r["provinceLat"]),
                "lon": _r(r["provinceLon"]),
                "key": r["provinceKey"],
            }
            old_prov_key_to_code[r["provinceKey"]] = pc
        dc = r["districtCode"]
        if dc not in old_dist:
            old_dist[dc] = [
                dc,
                _clean(r["districtShort"]),
                r["districtType"],
                pc,
                _r(r["districtLat"]),
                _r(r["districtLon"]),
                _aliases(r["districtAlias"]),
            ]
        if r["wardCode"] is None:
            island_districts[f"{r['provinceKey']}_{r['districtKey']}_"] = dc
            continue
        wc = r["wardCode"]
        old_communes[wc] = [
            wc,
            _clean(r["wardShort"]),
            r["wardType"],
            dc,
            pc,
            _r(r["wardLat"]),
            _r(r["wardLon"]),
            _aliases(r["wardAlias"]),
            [],
        ]
        old_key_to_ward[f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}"] = wc

    # ---- old → new mapping ----
    old_to_new_prov: dict[str, str] = {}
    for new_key, old_keys in conv["DICT_PROVINCE"].items():
        for ok in old_keys:
            old_to_new_prov[old_prov_key_to_code[ok]] = new_prov_key_to_code[new_key]
    island_to_new: dict[str, str] = {}
    for new_pkey, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_wkey, old_keys in wards.items():
            new_code = new_ward_key_to_code[(new_pkey, new_wkey)]
            for ok in old_keys:
                if ok in old_key_to_ward:
                    old_communes[old_key_to_ward[ok]][8].append(new_code)
                elif ok in island_districts:
                    island_to_new[island_districts[ok]] = new_code
    for new_pkey, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for ok, targets in olds.items():
            if ok not in old_key_to_ward:
                continue
            codes = [
                new_ward_key_to_code[(new_pkey, t["newWardKey"])]
                for t in sorted(targets, key=lambda t: not t["isDefaultNewWard"])
            ]
            lst = old_communes[old_key_to_ward[ok]][8]
            for c in codes:
                if c not in lst:
                    lst.append(c)
    missing = [c for c, v in old_communes.items() if not v[8]]
    if missing:
        print(f"warning: {len(missing)} old communes without a new commune", file=sys.stderr)

    new_to_old_prov: dict[str, list[str]] = {}
    for o, n in sorted(old_to_new_prov.items()):
        new_to_old_prov.setdefault(n, []).append(o)

    return {
        "format": FORMAT_VERSION,
        "source": "vietnamadminunits (MIT) data files dataset.db and converter_2025.json",
        "old": {
            "provinces": [
                [p["code"], p["name"], p["type"], p["lat"], p["lon"], old_to_new_prov[p["code"]]]
                for p in sorted(old_prov.values(), key=lambda p: p["code"])
            ],
            "districts": [old_dist[k] + [island_to_new.get(k)] for k in sorted(old_dist)],
            "communes": [old_communes[k] for k in sorted(old_communes)],
        },
        "new": {
            "provinces": [
                [p["code"], p["name"], p["type"], p["lat"], p["lon"], new_to_old_prov.get(p["code"], [])]
                for p in sorted(new_prov.values(), key=lambda p: p["code"])
            ],
            "communes": sorted(new_communes),
        },
        "extra_aliases": [list(a) for a in EXTRA_ALIASES],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    import vietnamadminunits  # build-time only dependency

    data = build(Path(vietnamadminunits.__file__).parent)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with open(args.out, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    print(
        f"wrote {args.out} ({args.out.stat().st_size} bytes): "
        f"{len(data['old']['provinces'])} old provinces, {len(data['old']['districts'])} districts, "
        f"{len(data['old']['communes'])} old communes; {len(data['new']['provinces'])} provinces, "
        f"{len(data['new']['communes'])} communes"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
