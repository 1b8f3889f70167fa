"""Benchmark: Elasticsearch backend search latency (p50/p95), 50 Vietnamese queries over generated articles.

Usage: ``python bench/bench_es_search.py [--docs 100000] [--url http://127.0.0.1:9200]``.
Without ``--url`` (or ``LANTOA_TEST_ES_URL``) a throwaway node is started with scripts/es_node.py.
Prints figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from lantoa.schema import Article, Locality, Person, Tags, article_id  # noqa: E402
from lantoa.store.base import SearchQuery  # noqa: E402

VN = timezone(timedelta(hours=7))
PLACES = [
    ("xã Mường Động", "17", "25"), ("xã Pù Nhi", "38", "38"), ("xã Diễn Lâm", "40", "40"),
    ("xã Quảng Hòa", "44", "45"), ("xã Ia Blang", "64", "52"), ("xã Nhơn Lý", "52", "52"),
    ("xã Khánh Bình", "96", "96"), ("xã Long Điền", "95", "96"), ("xã Hoằng Đạo", "38", "38"),
    ("xã Thanh Sơn", "25", "25"), ("xã Yên Thành", "40", "40"), ("xã Tà Xùa", "14", "14"),
]  # fmt: skip
SUBJECTS = [
    ("nuôi bò sinh sản", "livestock"), ("nuôi dê núi", "livestock"), ("trồng nấm rơm", "crops_aquaculture"),
    ("nuôi tôm quảng canh", "crops_aquaculture"), ("vay vốn ưu đãi", "preferential_credit"),
    ("tổ tiết kiệm và vay vốn", "savings_loan_groups"), ("xây nhà đại đoàn kết", "housing"),
    ("hợp tác xã cà phê", "cooperative_value_chain"), ("du lịch cộng đồng", "community_tourism"),
    ("học nghề may công nghiệp", "vocational_training"), ("hiến đất làm đường", "land_donation"),
    ("hiến máu tình nguyện", "blood_donation"), ("trao học bổng", "education_support"),
    ("bếp ăn 0 đồng", "volunteering"), ("trả lại của rơi", "returning_lost_property"),
]  # fmt: skip
SENTENCES = [
    "Từ nguồn vốn vay của Ngân hàng Chính sách xã hội, {n} hộ nghèo ở {place} đã đầu tư {subject}.",
    "Sau {y} năm, nhiều hộ đã vươn lên thoát nghèo bền vững, thu nhập bình quân đạt {m} triệu đồng.",
    "Mô hình {subject} được chính quyền địa phương đánh giá cao và đề nghị nhân rộng.",
    "Ông {person}, trưởng thôn, cho biết bà con rất phấn khởi khi tham gia mô hình.",
    "Tỷ lệ hộ nghèo của {place} giảm còn {r}%, hộ cận nghèo giảm mạnh.",
    "Hội Liên hiệp Phụ nữ và Hội Nông dân tổ chức tập huấn kỹ thuật cho hội viên.",
    "Công tác giảm nghèo được triển khai đồng bộ với chương trình xây dựng nông thôn mới.",
    "Nghĩa cử cao đẹp của {person} được nhân dân trong vùng học tập làm theo.",
]
PEOPLE = ["Bùi Văn Thắng", "Lê Văn Hùng", "Nguyễn Thị Hoa", "Trần Văn Nam", "Hà Thị Lan", "Lò Văn Pết"]
SOURCES = [
    "baophutho",
    "baothanhhoa",
    "baonghean",
    "baoquangbinh",
    "baogialai",
    "baocamau",
    "nhandan",
    "vietnamplus",
]

QUERIES = [
    "giảm nghèo", "giam ngheo", "thoát nghèo", "thoat ngheo ben vung", "bò sinh sản", "nuoi bo", "nuôi dê",
    '"nuôi bò sinh sản"', '"giảm nghèo bền vững"', "vay vốn ưu đãi", "ngân hàng chính sách xã hội",
    "tổ tiết kiệm", "nhà đại đoàn kết", "hiến đất", "hien dat lam duong", "hiến máu", "học bổng",
    "bếp ăn 0 đồng", "trả lại của rơi", "hợp tác xã -cà", "cà phê OR tôm", "du lịch cộng đồng",
    "Mường Động", "muong dong", "Pù Nhi", "Quảng Hòa", "quang hoa", "Ia Blang", "Nhơn Lý", "Long Điền",
    "Bùi Văn Thắng", "nguyen thi hoa", "trưởng thôn", "nông thôn mới", "tập huấn kỹ thuật",
    "Hội Liên hiệp Phụ nữ", "hội nông dân", "thu nhập bình quân", "hộ cận nghèo", "nghĩa cử cao đẹp",
    "nhân rộng mô hình", "nghèo -bò", "dê OR bò OR tôm", "học nghề may", "tỷ lệ hộ nghèo", "chính quyền",
    "nấm rơm", "tôm quảng canh", "vươn lên", "phấn khởi",
]  # fmt: skip


def generate(count: int, seed: int = 7) -> Iterator[Article]:
    """Cheap, realistic-looking articles (deterministic for a seed)."""
    rnd = random.Random(seed)
    start = datetime(2023, 1, 1, 8, tzinfo=VN)
    for i in range(count):
        place, old, new = rnd.choice(PLACES)
        subject, model = rnd.choice(SUBJECTS)
        person = rnd.choice(PEOPLE)
        values = {
            "n": rnd.randint(5, 300), "y": rnd.randint(2, 6), "m": rnd.randint(30, 200),
            "r": rnd.randint(2, 40), "place": place, "subject": subject, "person": person,
        }  # fmt: skip
        paras = [s.format(**values) for s in rnd.sample(SENTENCES, 5)]
        url = f"https://bench.vn/{i}.html"
        published = start + timedelta(minutes=rnd.randint(0, 1_500_000))
        yield Article(
            id=article_id(url),
            url=url,
            canonical_url=url,
            source_id=rnd.choice(SOURCES),
            title=f"{place.capitalize()}: {subject} giúp {values['n']} hộ thoát nghèo",
            sapo=paras[0],
            body="\n\n".join(paras[1:]),
            published_at=published,
            tags=Tags(
                relevant=True,
                story_type=rnd.choice(["poverty_model", "good_deed", "policy_news"]),
                model_types=[model],
                localities=[
                    Locality(
                        as_written=place,
                        level="commune",
                        province_code=old,
                        current_province_code=new,
                        commune=place,
                    )
                ],
                people=[Person(name=person)] if rnd.random() < 0.5 else [],
            ),
        )


def es_node() -> Any:
    spec = importlib.util.spec_from_file_location("lantoa_es_node", REPO / "scripts" / "es_node.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def node_url(url: str | None) -> tuple[str, Any]:
    """(URL, stop callback): the given node, or a throwaway one."""
    url = url or os.environ.get("LANTOA_TEST_ES_URL")
    if url:
        return url, lambda: None
    node = es_node()
    info = node.start()
    print(f"started Elasticsearch {info['version']} in {info['startup_s']} s")
    return str(info["url"]), lambda: node.stop_state(Path(str(info["state_dir"])))


def raw_bulk(client: Any, alias: str, bodies: list[bytes]) -> None:
    for body in bodies:
        response = client.bulk(operations=body, index=alias)
        if response["errors"]:
            raise RuntimeError("bulk errors")


def serialise(articles: list[Article], chunk: int = 500) -> list[bytes]:
    from lantoa.store.elasticsearch import to_document

    bodies = []
    for start in range(0, len(articles), chunk):
        lines = []
        for article in articles[start : start + chunk]:
            lines.append(json.dumps({"index": {"_id": article.id}}))
            lines.append(json.dumps(to_document(article), ensure_ascii=False))
        bodies.append(("\n".join(lines) + "\n").encode("utf-8"))
    return bodies


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--url")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes over the 50 queries")
    args = parser.parse_args()
    from elasticsearch import Elasticsearch

    from lantoa.store import es_admin
    from lantoa.store.elasticsearch import ElasticsearchStore

    url, stop = node_url(args.url)
    alias = f"lantoa-bench-search-{os.getpid()}"
    client = Elasticsearch(url, request_timeout=120)
    try:
        es_admin.apply(client, alias)
        began = time.perf_counter()
        articles = list(generate(args.docs))
        generated = time.perf_counter() - began
        bodies = serialise(articles)
        began = time.perf_counter()
        raw_bulk(client, alias, bodies)
        client.indices.refresh(index=alias)
        client.indices.forcemerge(index=alias, max_num_segments=1)
        loaded = time.perf_counter() - began
        print(f"generated {args.docs} articles in {generated:.1f} s; indexed (raw _bulk) in {loaded:.1f} s")
        store = ElasticsearchStore(url, alias=alias, spool_dir=Path("/tmp") / alias)
        for q in QUERIES:  # warm-up
            store.search(SearchQuery(q=q))
        timings: list[float] = []
        totals: dict[str, int] = {}
        for _ in range(args.rounds):
            for q in QUERIES:
                began = time.perf_counter()
                result = store.search(SearchQuery(q=q, size=20))
                timings.append((time.perf_counter() - began) * 1000)
                totals[q] = result.total
        filtered: list[float] = []
        for q in QUERIES[:20]:
            began = time.perf_counter()
            store.search(SearchQuery(q=q, province=["25"], model_type=["livestock"], sort="newest"))
            filtered.append((time.perf_counter() - began) * 1000)
        print(
            f"queries: {len(QUERIES)} x {args.rounds} rounds over {store.count()} docs (size 20, facets on)"
        )
        print(
            f"search latency ms: p50 {percentile(timings, 50):.1f}  p95 {percentile(timings, 95):.1f}  "
            f"mean {statistics.mean(timings):.1f}  max {max(timings):.1f}"
        )
        print(
            f"with filters + newest: p50 {percentile(filtered, 50):.1f}  p95 {percentile(filtered, 95):.1f}"
        )
        print(f"median hits per query: {statistics.median(totals.values()):.0f}; zero-hit queries: "
              f"{[q for q, v in totals.items() if v == 0]}")  # fmt: skip
        store.close()
    finally:
        client.indices.delete(index=f"{alias}-v*", ignore_unavailable=True, allow_no_indices=True)
        client.close()
        stop()


if __name__ == "__main__":
    main()
