"""Build the labelled development corpus: ``python -m nlp.corpusgen.build`` (fixed seed, reproducible).

Articles are composed from the hand-written sentence pools in :mod:`nlp.corpusgen.pools`; the
held-out split only uses odd-numbered pool variants, so it tests phrasing the classifier never saw.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from . import places, pools

SEED = 20251127
HELDOUT_SHARE = 0.3
COUNTS = {"poverty_model": 125, "good_deed": 105, "policy_news": 65, "other": 105}
OUT_DIR = Path(__file__).resolve().parent.parent / "data" / "devcorpus"
_TZ = timezone(timedelta(hours=7))
_CAP = re.compile(r"(^|[.!?]\s+)([\"“]?)(\w)")


def _fmt_int(n: int) -> str:
    s = f"{n:,}".replace(",", ".")
    return s


def _fmt_dec(x: float) -> str:
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def _capitalise(text: str) -> str:
    return _CAP.sub(lambda m: m.group(1) + m.group(2) + m.group(3).upper(), text)


@dataclass
class Ctx:
    rng: random.Random
    heldout: bool
    slots: dict[str, str] = field(default_factory=dict)
    figures: dict[str, tuple[str, float, str]] = field(default_factory=dict)  # slot → (kind, value, written)
    extra_models: set[str] = field(default_factory=set)

    def pick(self, pool: list[str]) -> str:
        if len(pool) == 1:
            return pool[0]
        parity = 1 if self.heldout else 0
        choices = [x for i, x in enumerate(pool) if i % 2 == parity]
        return self.rng.choice(choices)

    def picks(self, pool: list[str], k: int) -> list[str]:
        parity = 1 if self.heldout else 0
        choices = [x for i, x in enumerate(pool) if i % 2 == parity] or pool
        return self.rng.sample(choices, min(k, len(choices)))

    def render(self, template: str) -> str:
        parts = template.split("§")
        for label in parts[1:]:
            self.extra_models.add(label)
        return _capitalise(parts[0].format(**self.slots))


def _money(rng: random.Random, kind: str) -> tuple[str, float]:
    if kind == "loan":
        n = rng.choice([30, 40, 50, 60, 70, 80, 100, 120])
        return f"{n} triệu đồng", n * 1e6
    if kind == "income":
        if rng.random() < 0.2:
            x = rng.choice([1.2, 1.5, 2.0, 1.8])
            return f"{_fmt_dec(x)} tỷ đồng", x * 1e9
        n = rng.choice([80, 120, 150, 200, 250, 300, 350, 400])
        return f"{n} triệu đồng", n * 1e6
    if kind == "gift":
        options = [
            ("500.000 đồng", 5e5),
            ("1 triệu đồng", 1e6),
            ("1,5 triệu đồng", 1.5e6),
            ("2 triệu đồng", 2e6),
            ("15 triệu đồng", 15e6),
            ("60 triệu đồng", 60e6),
            ("300.000 đồng", 3e5),
            ("5 triệu đồng", 5e6),
            ("120 triệu đồng", 120e6),
            ("2.500.000 đồng", 2.5e6),
        ]
        return rng.choice(options)
    options = [
        ("1,5 tỷ đồng", 1.5e9),
        ("12 tỷ đồng", 12e9),
        ("250 tỷ đồng", 250e9),
        ("2.350 tỷ đồng", 2350e9),
        ("3 tỷ 200 triệu đồng", 3.2e9),
        ("850 triệu đồng", 850e6),
        ("45,6 tỷ đồng", 45.6e9),
        ("7.200 tỷ đồng", 7200e9),
    ]
    return rng.choice(options)


def _animals(rng: random.Random) -> tuple[str, float, str]:
    species = rng.choice(
        [
            ("bò", 2, 10, "bò"),
            ("bò sinh sản", 2, 8, "bò"),
            ("trâu", 2, 6, "trâu"),
            ("dê", 10, 60, "dê"),
            ("heo", 10, 80, "heo"),
            ("lợn nái", 3, 20, "lợn"),
            ("gà", 200, 3000, "gà"),
            ("vịt", 300, 2000, "vịt"),
        ]
    )
    n = rng.randint(species[1], species[2])
    if n >= 100:
        n = n // 100 * 100
    return f"{_fmt_int(n)} con {species[0]}", float(n), species[3]


def _setup(ctx: Ctx, index: int) -> dict[str, Any]:
    rng = ctx.rng
    post = rng.random() < 0.4
    if post:
        tinh = rng.choice(places.PROVINCES_NEW)
        huyen = rng.choice(rng.choice(places.PROVINCES_OLD)[1])
        published = datetime(2025, 7, 5, 8, tzinfo=_TZ) + timedelta(
            days=rng.randint(0, 500), hours=rng.randint(0, 12)
        )
    else:
        tinh, districts = rng.choice(places.PROVINCES_OLD)
        huyen = rng.choice(districts)
        published = datetime(2019, 1, 10, 8, tzinfo=_TZ) + timedelta(
            days=rng.randint(0, 2330), hours=rng.randint(0, 12)
        )
    xa = rng.choice(places.COMMUNES)
    thon = rng.choice(places.VILLAGES)
    dia = f"xã {xa}, tỉnh {tinh}" if post else f"xã {xa}, huyện {huyen}, tỉnh {tinh}"
    female = rng.random() < 0.45
    if rng.random() < 0.2:
        name = rng.choice(places.MINORITY_F if female else places.MINORITY_M)
    else:
        name = " ".join(
            [
                rng.choice(places.SURNAMES),
                rng.choice(places.MIDDLE_F if female else places.MIDDLE_M),
                rng.choice(places.GIVEN_F if female else places.GIVEN_M),
            ]
        )
    title = rng.choice(["chị", "bà", "cô"] if female else ["anh", "ông", "anh", "cựu chiến binh"])
    if rng.random() < 0.12:
        title = (
            rng.choice(["em", "cháu"])
            if rng.random() < 0.5
            else rng.choice(["Thượng tá", "Đại úy", "Trung úy"])
        )
    short_title = (
        "anh" if title in ("cựu chiến binh", "Thượng tá", "Đại úy", "Trung úy") and not female else title
    )
    short_title = "chị" if female and title not in ("bà", "cô", "em", "cháu") else short_title
    given = name.split()[-1]
    official_name = " ".join(
        [rng.choice(places.SURNAMES), rng.choice(places.MIDDLE_M), rng.choice(places.GIVEN_M)]
    )
    position = rng.choice(pools.OFFICIAL_POSITIONS).format(xa=xa, huyen=huyen, tinh=tinh)
    o = f"ông {official_name}, {position}"
    year = published.year - rng.randint(3, 6)
    slots = {
        "P": f"{title} {name}",
        "p": f"{short_title} {given}",
        "Pshort": f"{short_title} {given}".capitalize(),
        "Pcap": f"{title} {name}"[0].upper() + f"{title} {name}"[1:],
        "O": o,
        "Ocap": o[0].upper() + o[1:],
        "xa": xa,
        "huyen": huyen,
        "tinh": tinh,
        "thon": thon,
        "dia": dia,
        "year": str(year),
        "year2": str(min(published.year, year + rng.randint(2, 4))),
        "year3": str(published.year + 3),
        "date": f"{rng.randint(1, 28)}/{rng.randint(1, 12)}",
        "n": str(rng.randint(3, 40)),
        "m": str(rng.randint(2, 30)),
    }
    figs: dict[str, tuple[str, float, str]] = {}
    for slot in ("loan", "income", "gift", "budget"):
        written, value = _money(rng, slot)
        figs[slot] = ("money_vnd", value, written)
    written, value, _ = _animals(rng)
    figs["animals"] = ("animals", value, written)
    written, value, _ = _animals(rng)
    figs["animals2"] = ("animals", value, written)
    n = rng.choice([12, 25, 38, 56, 120, 345, 1250, 2480])
    figs["hh_esc"] = (
        "households_escaped_poverty",
        float(n),
        f"{_fmt_int(n)} hộ {rng.choice(['thoát nghèo', 'vươn lên thoát nghèo', 'đã thoát nghèo'])}",
    )
    n = rng.choice([45, 87, 156, 230, 1320])
    figs["poor"] = ("poor_households", float(n), f"{_fmt_int(n)} hộ nghèo")
    r1 = rng.choice([4.2, 5.87, 7.5, 12.3, 3.6, 9.15])
    r2 = round(r1 * rng.uniform(0.3, 0.7), 2)
    figs["rate"] = ("poverty_rate", r1, f"{_fmt_dec(r1)}%")
    figs["rate2"] = ("poverty_rate", r2, f"{_fmt_dec(r2)}%")
    n = rng.choice([5, 12, 36, 150, 1200, 2345])
    figs["houses"] = (
        "houses",
        float(n),
        f"{_fmt_int(n)} {rng.choice(['căn nhà', 'ngôi nhà', 'nhà đại đoàn kết', 'nhà tình thương'])}",
    )
    n = rng.choice([20, 50, 100, 150, 320])
    figs["schol"] = ("scholarships", float(n), f"{n} suất học bổng")
    area = rng.choice(
        [
            ("300 m2", 300.0),
            ("500 m²", 500.0),
            ("1.200 m2", 1200.0),
            ("1,5 ha", 15000.0),
            ("2 ha", 20000.0),
            ("800 mét vuông", 800.0),
        ]
    )
    figs["area"] = ("land_area_m2", area[1], area[0])
    for slot, (_, _, written) in figs.items():
        slots[slot] = written
    ctx.slots = slots
    ctx.figures = figs
    return {
        "published_at": published.isoformat(),
        "source": rng.choice(places.OUTLETS),
        "name": name,
        "post": post,
    }


def _gold_figures(ctx: Ctx, text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for kind, value, written in ctx.figures.values():
        if not re.search(r"(?<![\d.,])" + re.escape(written), text):
            continue
        if kind == "poverty_rate" and not re.search(r"tỷ lệ hộ nghèo[^.;]*" + re.escape(written), text):
            continue
        item = {"kind": kind, "value": value}
        if item not in out:
            out.append(item)
    return out


def _dateline(ctx: Ctx, para: str) -> str:
    if ctx.rng.random() < 0.3:
        return f"{ctx.slots['tinh'].upper()} - {para}"
    return para


def _poverty(ctx: Ctx, snippet: bool) -> tuple[str, str, list[str], list[str]]:
    rng = ctx.rng
    mts = rng.sample(sorted(pools.MT_POOL), 1 if snippet else rng.choice([1, 1, 2, 2, 3]))
    title_pool = pools.POV_TITLES[mts[0]] if rng.random() < 0.65 else pools.POV_TITLES_GENERIC
    ctx.slots["mtphrase"] = ctx.pick(pools.MT_PHRASE[mts[0]])
    title = ctx.render(ctx.pick(title_pool))
    sapo = ctx.render(ctx.pick(pools.POV_SAPO))
    if snippet:
        return title, sapo, [" ".join(ctx.render(s) for s in ctx.picks(pools.MT_POOL[mts[0]], 2))], mts
    paras = [ctx.render(ctx.pick(pools.POV_BACKGROUND))]
    for mt in mts:
        paras.append(" ".join(ctx.render(s) for s in ctx.picks(pools.MT_POOL[mt], 2)))
    paras.append(ctx.render(ctx.pick(pools.POV_RESULT)) + " " + ctx.render(ctx.pick(pools.POV_QUOTE)))
    if rng.random() < 0.6:
        paras.append(ctx.render(ctx.pick(pools.POV_COMMUNITY)))
    paras.append(ctx.render(ctx.pick(pools.POV_CLOSING)))
    return title, sapo, paras, mts


def _deed(ctx: Ctx, kind: str, snippet: bool) -> tuple[str, str, list[str], list[str]]:
    rng = ctx.rng
    deed = pools.DEEDS[kind]
    title = ctx.render(ctx.pick(deed["titles"]))
    sapo = ctx.render(ctx.pick(pools.DEED_SAPO))
    body = [ctx.render(s) for s in ctx.picks(deed["body"], 2 if snippet else 3)]
    paras = [" ".join(body[:2]), " ".join(body[2:])]
    labels = [kind, *deed["extra"]]
    if snippet:
        return title, sapo, paras[:1], labels
    if rng.random() < 0.3:
        second = rng.choice(
            [
                k
                for k in pools.DEEDS
                if k != kind
                and k
                in ("charity_donation", "education_support", "health_support", "fund_raising", "housing")
            ]
        )
        paras.append(ctx.render(ctx.pick(pools.DEEDS[second]["body"])))
        labels.append(second)
    paras.append(ctx.render(ctx.pick(pools.DEED_CLOSING)))
    return title, sapo, [p for p in paras if p], labels


def _policy(ctx: Ctx, topic: str, snippet: bool) -> tuple[str, str, list[str], list[str]]:
    spec = pools.POLICY[topic]
    title = ctx.render(ctx.pick(spec["titles"]))
    body = [ctx.render(s) for s in ctx.picks(spec["body"], 2 if snippet else 4)]
    sapo = body[0]
    paras = [" ".join(body[1:3]), " ".join(body[3:])]
    return title, sapo, [p for p in paras if p], list(spec["models"])


def _other(ctx: Ctx, topic: str, snippet: bool) -> tuple[str, str, list[str], list[str]]:
    spec = pools.OTHER[topic]
    title = ctx.render(ctx.pick(spec["titles"]))
    body = [ctx.render(s) for s in ctx.picks(spec["body"], 2 if snippet else 4)]
    return title, body[0], [" ".join(body[1:3]), " ".join(body[3:])], []


def build(seed: int = SEED) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    plan: list[tuple[str, str]] = []
    plan += [("poverty_model", "")] * COUNTS["poverty_model"]
    plan += [
        ("good_deed", k)
        for k in sorted(pools.DEEDS)
        for _ in range(COUNTS["good_deed"] // len(pools.DEEDS) + 1)
    ]
    plan += [
        ("policy_news", k)
        for k in sorted(pools.POLICY)
        for _ in range(COUNTS["policy_news"] // len(pools.POLICY) + 1)
    ]
    plan += [
        ("other", k) for k in sorted(pools.OTHER) for _ in range(COUNTS["other"] // len(pools.OTHER) + 1)
    ]
    records: list[dict[str, Any]] = []
    for i, (story, kind) in enumerate(plan):
        ctx = Ctx(rng=random.Random(rng.random()), heldout=(i % 10) in (1, 4, 7))
        meta = _setup(ctx, i)
        snippet = ctx.rng.random() < 0.2  # a short snippet: title, sapo and one paragraph
        if story == "poverty_model":
            title, sapo, paras, models = _poverty(ctx, snippet)
        elif story == "good_deed":
            title, sapo, paras, models = _deed(ctx, kind, snippet)
        elif story == "policy_news":
            title, sapo, paras, models = _policy(ctx, kind, snippet)
        else:
            title, sapo, paras, models = _other(ctx, kind, snippet)
        paras = [p for p in paras if p.strip()] or [sapo]
        paras[0] = _dateline(ctx, paras[0])
        text = "\n\n".join(paras)
        full = f"{title}\n{sapo}\n{text}"
        model_types = sorted(set(models) | (ctx.extra_models if story != "other" else set()))
        if story != "other" and not model_types:
            model_types = ["other"]
        people = [meta["name"]] if story in ("poverty_model", "good_deed") and meta["name"] in full else []
        records.append(
            {
                "id": f"dev-{i:04d}",
                "split": "heldout" if ctx.heldout else "train",
                "title": title,
                "sapo": sapo,
                "text": text,
                "published_at": meta["published_at"],
                "source": meta["source"],
                "labels": {
                    "story_type": story,
                    "model_types": model_types,
                    "people": people,
                    "figures": _gold_figures(ctx, full),
                },
                "structure": "post2025" if meta["post"] else "pre2025",
            }
        )
    records.extend(_handwritten())
    return records


def _handwritten() -> list[dict[str, Any]]:
    from . import handwritten, handwritten2, handwritten3, handwritten4

    items = handwritten.ITEMS + handwritten2.ITEMS + handwritten3.ITEMS + handwritten4.ITEMS
    out: list[dict[str, Any]] = []
    for k, item in enumerate(items):
        published = datetime(2023, 3, 1, 9, tzinfo=_TZ) + timedelta(days=19 * k)
        out.append(
            {
                "id": f"hw-{k:03d}",
                "split": item["split"],
                "title": item["title"],
                "sapo": item["sapo"],
                "text": item["text"],
                "published_at": published.isoformat(),
                "source": "handwritten",
                "labels": {
                    "story_type": item["story_type"],
                    "model_types": sorted(item["model_types"]),
                    "people": list(item["people"]),
                    "figures": [{"kind": kind, "value": float(value)} for kind, value in item["figures"]],
                },
                "structure": "pre2025",
            }
        )
    return out


def main() -> None:
    records = build()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for split in ("train", "heldout"):
        rows = [r for r in records if r["split"] == split]
        path = OUT_DIR / f"{split}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{path}: {len(rows)} records")


if __name__ == "__main__":
    main()
