"""Seeded, streaming generator of realistic tagged Vietnamese articles for benchmarks (10k to 1M+).

Usage::

    .venv/bin/python -m bench.corpus --docs 100000 --out /tmp/c.jsonl          # tagged Article JSONL
    .venv/bin/python -m bench.corpus --docs 10000 --raw --out /tmp/raw.jsonl   # untagged news records

In code: ``from bench.corpus import generate; for article in generate(1_000_000, seed=7): ...``.
Articles are produced one at a time (memory stays flat at any size); the same seed gives the
same corpus. Every story type and model type of the taxonomy occurs, localities are drawn from
the bundled gazetteer (old communes with their district, province and current province),
lengths vary from a short note to a long feature, and a share of articles are syndicated
near-duplicates of a recent article on another outlet (same ``cluster_id``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from lantoa.schema import Article, Figure, Locality, Person, Tags, article_id, content_hash

VN = timezone(timedelta(hours=7))
START = datetime(2023, 1, 1, 6, tzinfo=VN)
SPAN_MINUTES = 60 * 24 * 365 * 3  # three years of news

#: model type id -> phrases written in articles about it
MODEL_PHRASES: dict[str, tuple[str, ...]] = {
    "livestock": ("nuôi bò sinh sản", "nuôi dê núi", "nuôi gà thả vườn", "nuôi lợn đen bản địa"),
    "crops_aquaculture": ("trồng quế hữu cơ", "nuôi tôm quảng canh", "trồng nấm rơm", "nuôi cá lồng"),
    "preferential_credit": ("vốn vay ưu đãi", "tín dụng chính sách", "vốn Ngân hàng Chính sách xã hội"),
    "savings_loan_groups": ("tổ tiết kiệm và vay vốn", "tổ vay vốn của Hội Phụ nữ"),
    "vocational_training": ("học nghề may công nghiệp", "đào tạo nghề cho lao động nông thôn"),
    "job_placement_labor_export": ("xuất khẩu lao động", "giới thiệu việc làm tại khu công nghiệp"),
    "housing": ("xây nhà đại đoàn kết", "xóa nhà tạm, nhà dột nát", "nhà tình nghĩa"),
    "cooperative_value_chain": ("hợp tác xã cà phê", "liên kết chuỗi giá trị bao tiêu sản phẩm"),
    "community_tourism": ("du lịch cộng đồng", "homestay của đồng bào"),
    "craft_village_ocop": ("sản phẩm OCOP", "làng nghề dệt thổ cẩm"),
    "education_support": ("trao học bổng", "hỗ trợ học sinh nghèo đến trường"),
    "health_support": ("cấp thẻ bảo hiểm y tế", "khám chữa bệnh miễn phí"),
    "clean_water_sanitation": ("công trình nước sạch", "nhà tiêu hợp vệ sinh"),
    "infrastructure_roads": ("bê tông hóa đường giao thông nông thôn", "xây cầu dân sinh"),
    "land_donation": ("hiến đất làm đường", "hiến đất xây trường"),
    "charity_donation": ("ủng hộ quỹ Vì người nghèo", "trao quà cho hộ khó khăn"),
    "fund_raising": ("vận động quyên góp", "gây quỹ từ thiện"),
    "mentoring_sponsorship": ("nhận đỡ đầu hộ nghèo", "đỡ đầu trẻ em mồ côi"),
    "digital_transformation": ("livestream bán nông sản", "thương mại điện tử"),
    "agricultural_extension": ("tập huấn khuyến nông", "chuyển giao kỹ thuật canh tác"),
    "rescue_lifesaving": ("cứu người đuối nước", "lao vào đám cháy cứu người"),
    "returning_lost_property": ("trả lại của rơi", "nhặt được ví tiền trả người đánh mất"),
    "blood_donation": ("hiến máu tình nguyện", "hiến máu nhân đạo"),
    "volunteering": ("bếp ăn 0 đồng", "tình nguyện mùa hè xanh"),
    "other": ("hoạt động an sinh xã hội",),
}
GOOD_DEED_MODELS = frozenset(
    {
        "land_donation",
        "charity_donation",
        "fund_raising",
        "mentoring_sponsorship",
        "rescue_lifesaving",
        "returning_lost_property",
        "blood_donation",
        "volunteering",
    }
)
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Lò", "Giàng", "Hà", "Y", "Thạch")
MIDDLE = ("Văn", "Thị", "Đức", "Ngọc", "Minh", "Thanh", "A", "Hữu")
GIVEN = ("Hùng", "Lan", "Thắng", "Hoa", "Pết", "Mai", "Sinh", "Thủy", "Hòa", "Khỏe", "Quý", "Dũng", "Nga")
ORGS = (
    "Ngân hàng Chính sách xã hội",
    "Hội Liên hiệp Phụ nữ",
    "Hội Nông dân",
    "Ủy ban Mặt trận Tổ quốc",
    "Đoàn Thanh niên",
    "Hội Chữ thập đỏ",
)
KINDS = ("provincial_newspaper", "provincial_portal", "national_outlet", "mass_organisation")
POVERTY_SENTENCES = (
    "Từ {model}, gia đình {person} ở {place} đã có thu nhập ổn định, vươn lên thoát nghèo.",
    "Sau {y} năm, thu nhập bình quân của các hộ tham gia đạt {m} triệu đồng mỗi năm.",
    "Theo UBND {place}, toàn xã có thêm {n} hộ thoát nghèo nhờ mô hình {model}.",
    "Tỷ lệ hộ nghèo của {province} giảm còn {r},{d}%, hộ cận nghèo cũng giảm mạnh.",
    "{org} phối hợp hỗ trợ con giống, vật tư và tập huấn kỹ thuật cho bà con.",
    "Mô hình {model} đang được nhân rộng ra các thôn, bản lân cận.",
    "Nhiều hộ đồng bào dân tộc thiểu số đã mạnh dạn vay {n} triệu đồng để đầu tư sản xuất.",
    "Công tác giảm nghèo gắn với chương trình xây dựng nông thôn mới được triển khai đồng bộ.",
)
DEED_SENTENCES = (
    "Nghĩa cử cao đẹp của {person} ở {place} được nhân dân trong vùng học tập, làm theo.",
    "{person} đã {model} và được {org} biểu dương là tấm gương người tốt, việc tốt.",
    "Đây là lần thứ {y} anh chị tham gia, với tổng giá trị hơn {m} triệu đồng.",
    "Chính quyền {place} đã trao giấy khen cho {n} cá nhân tiêu biểu trong phong trào.",
    "Việc làm ấy lan tỏa tinh thần tương thân tương ái trong cộng đồng {province}.",
)
POLICY_SENTENCES = (
    "HĐND {province} ban hành nghị quyết hỗ trợ {n} tỷ đồng cho chương trình giảm nghèo bền vững.",
    "Kế hoạch đặt mục tiêu giảm tỷ lệ hộ nghèo bình quân {r}% mỗi năm giai đoạn 2026 - 2030.",
    "Các sở, ngành được giao rà soát, hướng dẫn thực hiện chính sách {model}.",
)
OTHER_SENTENCES = (
    "Giải bóng đá thanh niên {province} khai mạc với sự tham gia của {n} đội.",
    "Thời tiết {place} trong tuần tới có mưa rào và dông vài nơi.",
    "Giá xăng dầu được điều chỉnh tăng nhẹ từ chiều nay.",
)


@dataclass(frozen=True, slots=True)
class Place:
    """One old-structure commune with its parents and the current province it belongs to."""

    commune: str
    commune_code: str
    district: str
    district_code: str
    province: str
    province_code: str
    current_province: str
    current_province_code: str
    province_short: str = ""


def places(count: int = 3000, seed: int = 7) -> list[Place]:
    """``count`` old communes of the bundled gazetteer, chosen reproducibly, with their parents."""
    from lantoa.gazetteer import load_gazetteer

    gz = load_gazetteer()
    uids = sorted(uid for uid in gz.units if uid.startswith("o:c:"))
    chosen = random.Random(seed).sample(uids, min(count, len(uids)))
    out: list[Place] = []
    for uid in chosen:
        unit = gz.units[uid]
        district = gz.get(f"o:d:{unit.district_code}") if unit.district_code else None
        province = gz.province(unit.province_code, "old")
        current = gz.province(unit.current_province_code, "current")
        if district is None or province is None or current is None:
            continue
        out.append(
            Place(
                commune=unit.full_name,
                commune_code=unit.code,
                district=district.full_name,
                district_code=district.code,
                province=province.full_name,
                province_code=province.code,
                current_province=current.full_name,
                current_province_code=current.code,
                province_short=province.name,
            )
        )
    return out


def _lower_first(name: str) -> str:
    """ "Xã Lộc Hưng" -> "xã Lộc Hưng" for use inside a sentence."""
    return name[:1].lower() + name[1:]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _paragraph_count(rng: random.Random) -> int:
    """Mostly 3-8 paragraphs, sometimes a one-paragraph note or a 30-paragraph feature."""
    return max(1, min(30, int(rng.lognormvariate(1.6, 0.6))))


def _syndicate(
    original: Article, i: int, rng: random.Random, sources: list[tuple[str, str, str, Place]]
) -> Article:
    source_id, source_name, kind, home = rng.choice(sources)
    url = f"https://{source_id}.example.vn/tin/{i}.html"
    paras = original.paragraphs
    if len(paras) > 2:
        paras.pop(rng.randrange(1, len(paras)))  # an editor trims one paragraph
    body = "\n\n".join(paras)
    title = original.title if rng.random() < 0.5 else original.title + f" (theo {original.source_name})"
    delay = timedelta(minutes=rng.randint(30, 60 * 48))
    return original.model_copy(
        update={
            "id": article_id(url),
            "url": url,
            "canonical_url": url,
            "source_id": source_id,
            "source_name": source_name,
            "source_kind": kind,
            "source_province_code": home.province_code,
            "source_current_province_code": home.current_province_code,
            "title": title,
            "body": body,
            "published_at": (original.published_at or START) + delay,
            "content_hash": content_hash(title, body),
            "cluster_id": original.cluster_id,
            "first_in_cluster": False,
        }
    )


def generate(
    n: int, seed: int = 7, *, duplicate_rate: float = 0.08, place_count: int = 3000
) -> Iterator[Article]:
    """Yield ``n`` tagged articles, deterministic for ``seed``; cheap enough for millions."""
    rng = random.Random(seed)
    pool = places(place_count, seed)
    models = list(MODEL_PHRASES)
    sources = [
        (f"nguon{k:03d}", f"Báo {p.province_short}", KINDS[k % 4], p) for k, p in enumerate(pool[:120])
    ]
    recent: deque[Article] = deque(maxlen=200)
    for i in range(n):
        if recent and rng.random() < duplicate_rate:
            copy = _syndicate(rng.choice(recent), i, rng, sources)
            yield copy
            continue
        place = rng.choice(pool)
        roll = rng.random()
        story = (
            "poverty_model"
            if roll < 0.45
            else "good_deed"
            if roll < 0.75
            else "policy_news"
            if roll < 0.9
            else "other"
        )
        if story == "good_deed":
            chosen = [rng.choice(sorted(GOOD_DEED_MODELS))]
            templates = DEED_SENTENCES
        elif story == "other":
            chosen = []
            templates = OTHER_SENTENCES
        else:
            chosen = rng.sample([m for m in models if m not in GOOD_DEED_MODELS], rng.choice((1, 1, 2, 3)))
            templates = POLICY_SENTENCES if story == "policy_news" else POVERTY_SENTENCES
        phrase = rng.choice(MODEL_PHRASES[chosen[0] if chosen else "other"])
        person = _person(rng)
        fill: dict[str, Any] = {
            "model": phrase,
            "person": person,
            "place": _lower_first(place.commune),
            "province": _lower_first(place.province),
            "org": rng.choice(ORGS),
        }
        paragraphs = []
        for _ in range(_paragraph_count(rng)):
            sentences = []
            for _ in range(rng.randint(2, 5)):
                numbers = {
                    "n": rng.randint(2, 500), "y": rng.randint(2, 9), "m": rng.randint(30, 300),
                    "r": rng.randint(1, 30), "d": rng.randint(0, 9),
                }  # fmt: skip
                sentences.append(rng.choice(templates).format(**fill, **numbers))
            paragraphs.append(" ".join(sentences))
        source_id, source_name, kind, home = rng.choice(sources)
        url = f"https://{source_id}.example.vn/tin/{i}.html"
        title = (
            f"{place.commune}: {phrase} giúp {fill['person']} vươn lên"
            if story != "other"
            else (f"{place.province}: tin tổng hợp số {i}")
        )
        body = "\n\n".join(paragraphs)
        relevant = story != "other"
        households = rng.randint(3, 400)
        article = Article(
            id=article_id(url),
            url=url,
            canonical_url=url,
            source_id=source_id,
            source_name=source_name,
            source_kind=kind,
            source_province_code=home.province_code,
            source_current_province_code=home.current_province_code,
            title=title,
            sapo=paragraphs[0][:220],
            body=body,
            authors=[_person(rng)] if rng.random() < 0.7 else [],
            published_at=START + timedelta(minutes=rng.randint(0, SPAN_MINUTES)),
            published_at_source=rng.choice(("jsonld", "meta", "feed", "text")),
            content_hash=content_hash(title, body),
            cluster_id=article_id(url),
            tags=Tags(
                relevant=relevant,
                story_type=story,
                story_type_scores={story: round(rng.uniform(0.5, 0.95), 3)},
                model_types=chosen,
                localities=[
                    Locality(
                        as_written=place.commune,
                        level="commune",
                        province=place.province,
                        province_code=place.province_code,
                        district=place.district,
                        district_code=place.district_code,
                        commune=place.commune,
                        commune_code=place.commune_code,
                        current_province=place.current_province,
                        current_province_code=place.current_province_code,
                    )
                ],
                people=[Person(name=person, as_written=person)] if relevant and rng.random() < 0.6 else [],
                organizations=[fill["org"]] if relevant else [],
                figures=(
                    [
                        Figure(
                            kind="households_escaped_poverty",
                            value=households,
                            unit="hộ",
                            as_written=f"{households} hộ thoát nghèo",
                        )
                    ]
                    if story == "poverty_model"
                    else []
                ),  # fmt: skip
                summary=[paragraphs[0].split(". ")[0]],
                tagger_version="bench-corpus-1",
            ),
        )
        recent.append(article)
        yield article


def raw_record(article: Article) -> dict[str, Any]:
    """The article as an untagged news record (what ``lantoa import`` reads from public corpora)."""
    return {
        "url": article.url,
        "title": article.title,
        "sapo": article.sapo,
        "text": article.body,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "source": article.source_id,
        "source_name": article.source_name,
        "source_province": article.source_province_code,
    }


def write_jsonl(path: Path, n: int, seed: int = 7, *, raw: bool = False) -> int:
    """Write ``n`` generated articles (or raw records) to ``path`` as JSON lines; returns the count."""
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        for article in generate(n, seed):
            line = json.dumps(raw_record(article), ensure_ascii=False) if raw else article.model_dump_json()
            handle.write(line + "\n")
            written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--raw", action="store_true", help="untagged news records instead of Articles")
    parser.add_argument("--out", type=Path, required=True, help="output JSONL file ('-' for stdout)")
    args = parser.parse_args(argv)
    if str(args.out) == "-":
        for article in generate(args.docs, args.seed):
            line = (
                json.dumps(raw_record(article), ensure_ascii=False) if args.raw else article.model_dump_json()
            )
            sys.stdout.write(line + "\n")
        return 0
    write_jsonl(args.out, args.docs, args.seed, raw=args.raw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
