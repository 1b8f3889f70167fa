"""Evaluate locality tagging against the hand-labelled gold set and check the 63→34 province mapping."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from lantoa.gazetteer import load_gazetteer
from lantoa.schema import Locality

GOLD_PATH = Path(__file__).resolve().parent.parent / "tests" / "nlp" / "localities_gold.jsonl"
_VN_TZ = timezone(timedelta(hours=7))

#: Resolution 202/2025/QH15 (in force 1 July 2025), written by hand from the published list:
#: every pre-2025 province -> the current province it is part of.
RESOLUTION_202_2025: dict[str, str] = {
    "Hà Nội": "Hà Nội",
    "Huế": "Huế",
    "Lai Châu": "Lai Châu",
    "Điện Biên": "Điện Biên",
    "Sơn La": "Sơn La",
    "Lạng Sơn": "Lạng Sơn",
    "Quảng Ninh": "Quảng Ninh",
    "Thanh Hóa": "Thanh Hóa",
    "Nghệ An": "Nghệ An",
    "Hà Tĩnh": "Hà Tĩnh",
    "Cao Bằng": "Cao Bằng",
    "Tuyên Quang": "Tuyên Quang",
    "Hà Giang": "Tuyên Quang",
    "Lào Cai": "Lào Cai",
    "Yên Bái": "Lào Cai",
    "Thái Nguyên": "Thái Nguyên",
    "Bắc Kạn": "Thái Nguyên",
    "Phú Thọ": "Phú Thọ",
    "Vĩnh Phúc": "Phú Thọ",
    "Hòa Bình": "Phú Thọ",
    "Bắc Ninh": "Bắc Ninh",
    "Bắc Giang": "Bắc Ninh",
    "Hưng Yên": "Hưng Yên",
    "Thái Bình": "Hưng Yên",
    "Hải Phòng": "Hải Phòng",
    "Hải Dương": "Hải Phòng",
    "Ninh Bình": "Ninh Bình",
    "Hà Nam": "Ninh Bình",
    "Nam Định": "Ninh Bình",
    "Quảng Trị": "Quảng Trị",
    "Quảng Bình": "Quảng Trị",
    "Đà Nẵng": "Đà Nẵng",
    "Quảng Nam": "Đà Nẵng",
    "Quảng Ngãi": "Quảng Ngãi",
    "Kon Tum": "Quảng Ngãi",
    "Gia Lai": "Gia Lai",
    "Bình Định": "Gia Lai",
    "Khánh Hòa": "Khánh Hòa",
    "Ninh Thuận": "Khánh Hòa",
    "Lâm Đồng": "Lâm Đồng",
    "Đắk Nông": "Lâm Đồng",
    "Bình Thuận": "Lâm Đồng",
    "Đắk Lắk": "Đắk Lắk",
    "Phú Yên": "Đắk Lắk",
    "Hồ Chí Minh": "Hồ Chí Minh",
    "Bình Dương": "Hồ Chí Minh",
    "Bà Rịa - Vũng Tàu": "Hồ Chí Minh",
    "Đồng Nai": "Đồng Nai",
    "Bình Phước": "Đồng Nai",
    "Tây Ninh": "Tây Ninh",
    "Long An": "Tây Ninh",
    "Cần Thơ": "Cần Thơ",
    "Sóc Trăng": "Cần Thơ",
    "Hậu Giang": "Cần Thơ",
    "Vĩnh Long": "Vĩnh Long",
    "Bến Tre": "Vĩnh Long",
    "Trà Vinh": "Vĩnh Long",
    "Đồng Tháp": "Đồng Tháp",
    "Tiền Giang": "Đồng Tháp",
    "Cà Mau": "Cà Mau",
    "Bạc Liêu": "Cà Mau",
    "An Giang": "An Giang",
    "Kiên Giang": "An Giang",
}


def check_province_mapping() -> dict[str, Any]:
    """Compare the gazetteer's old→new province mapping with :data:`RESOLUTION_202_2025`."""
    gz = load_gazetteer()
    old = {u.name: u for u in gz.units.values() if u.structure == "old" and u.level == "province"}
    new_names = {
        u.code: u.name for u in gz.units.values() if u.structure == "current" and u.level == "province"
    }
    mismatches: list[str] = []
    for name, unit in sorted(old.items()):
        want = RESOLUTION_202_2025.get(name)
        got = new_names.get(unit.current_province_code)
        if want != got:
            mismatches.append(f"{name}: expected {want}, gazetteer says {got}")
    missing = sorted(set(RESOLUTION_202_2025) - set(old))
    return {
        "old_provinces": len(old),
        "current_provinces": len(new_names),
        "targets_in_table": len(set(RESOLUTION_202_2025.values())),
        "mismatches": mismatches + [f"{m}: not in gazetteer" for m in missing],
        "ok": not mismatches and not missing and len(old) == 63 and len(new_names) == 34,
    }


def load_gold(split: str | None = None, path: Path = GOLD_PATH) -> list[dict[str, Any]]:
    """Gold items (all, or those of one split: 'dev' / 'heldout')."""
    items = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                item = json.loads(line)
                if split in (None, "all", item["split"]):
                    items.append(item)
    if not items:
        raise ValueError(f"no gold items for split {split!r} in {path}")
    return items


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def _keys(locs: Iterable[dict[str, Any]]) -> dict[str, set[tuple[str, ...]]]:
    prov: set[tuple[str, ...]] = set()
    comm: set[tuple[str, ...]] = set()
    cur: set[tuple[str, ...]] = set()
    subj: set[tuple[str, ...]] = set()
    for g in locs:
        if g.get("province_code"):
            prov.add((g["province_code"], g.get("province") or ""))
        if g.get("commune_code"):
            comm.add((g["commune_code"],))
        if g.get("current_province_code"):
            cur.add((g["current_province_code"],))
        if g.get("role") == "subject" and g.get("province_code"):
            subj.add((g["province_code"], g.get("province") or ""))
    return {"province": prov, "commune": comm, "current_province": cur, "subject_province": subj}


def _unit_key(loc: dict[str, Any]) -> tuple[str, str, str]:
    """The most specific unit of a locality: (level, code, province name)."""
    code = loc.get("commune_code") or loc.get("district_code") or loc.get("province_code") or ""
    return (loc["level"], code, loc.get("province") or "")


def _published(item: dict[str, Any]) -> datetime | None:
    if not item.get("published_at"):
        return None
    d = datetime.fromisoformat(item["published_at"])
    if d.tzinfo is None:
        d = datetime.combine(d.date(), time(8, 0), tzinfo=_VN_TZ)
    return d


def evaluate_localities(
    split: str = "heldout", path: Path = GOLD_PATH, details: bool = False
) -> dict[str, Any]:
    """Micro precision/recall/F1 at province, commune and current-province level on a gold split."""
    from nlp.localities import tag_localities

    items = load_gold(split, path)
    counts = {k: [0, 0, 0] for k in ("province", "commune", "current_province", "subject_province")}
    errors: list[dict[str, Any]] = []
    roles_right = roles_total = 0
    for item in items:
        pred: list[Locality] = tag_localities(
            item["title"],
            item["body"],
            sapo=item.get("sapo", ""),
            source_province_code=item.get("source_province_code"),
            published_at=_published(item),
        )
        gk = _keys(item["localities"])
        pk = _keys(p.model_dump() for p in pred)
        pred_roles = {_unit_key(p.model_dump()): p.role for p in pred}
        for g in item["localities"]:
            role = pred_roles.get(_unit_key(g))
            if role is not None:
                roles_total += 1
                roles_right += role == g["role"]
        wrong = False
        for level, c in counts.items():
            tp = len(gk[level] & pk[level])
            c[0] += tp
            c[1] += len(pk[level] - gk[level])
            c[2] += len(gk[level] - pk[level])
            if level in ("province", "commune") and gk[level] != pk[level]:
                wrong = True
        if wrong and details:
            errors.append(
                {
                    "id": item["id"],
                    "title": item["title"],
                    "missing": sorted(
                        map(str, (gk["province"] - pk["province"]) | (gk["commune"] - pk["commune"]))
                    ),
                    "extra": sorted(
                        map(str, (pk["province"] - gk["province"]) | (pk["commune"] - gk["commune"]))
                    ),
                    "predicted": [(p.as_written, p.level, p.province, p.commune, p.role) for p in pred],
                }
            )
    out: dict[str, Any] = {"split": split, "articles": len(items)}
    for level, (tp, fp, fn) in counts.items():
        out[level] = _prf(tp, fp, fn)
    out["role_accuracy"] = round(roles_right / roles_total, 4) if roles_total else 1.0
    out["province_mapping"] = check_province_mapping()
    if details:
        out["errors"] = errors
    return out


def main() -> None:  # pragma: no cover - manual tool
    import argparse

    ap = argparse.ArgumentParser(description="Evaluate locality tagging on the gold set")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--details", action="store_true")
    args = ap.parse_args()
    print(json.dumps(evaluate_localities(args.split, details=args.details), ensure_ascii=False, indent=1))


if __name__ == "__main__":  # pragma: no cover
    main()
