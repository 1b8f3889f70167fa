"""Search API benchmark: API latency vs a direct store query, and p50/p95 under concurrent load.

Usage::

    .venv/bin/python bench/bench_api.py                  # 2 000 generated documents (quick)
    .venv/bin/python bench/bench_api.py --100k           # 100 000 documents (a few minutes)
    .venv/bin/python bench/bench_api.py --db /tmp/b.db   # reuse a generated database

The API runs in a separate uvicorn process on a free loopback port (rate limit off), so the
load generator does not share its interpreter lock.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx

from lantoa.schema import Article, Locality, Person, Tags, article_id, content_hash
from lantoa.store.base import SearchQuery
from lantoa.store.sqlite import SqliteStore

VN = timezone(timedelta(hours=7))

# (old code, old name, current code, current name, communes)
PROVINCES = [
    ("11", "Điện Biên", "11", "Điện Biên", ["Mường Phăng", "Thanh Nưa", "Mường Nhé"]),
    ("40", "Nghệ An", "40", "Nghệ An", ["Châu Quang", "Mường Xén", "Nghĩa Đàn"]),
    ("49", "Quảng Nam", "48", "Đà Nẵng", ["Lăng", "Trà Mai", "Phước Sơn"]),
    ("64", "Gia Lai", "52", "Gia Lai", ["Ia Ka", "Kông Chro", "Ia Grai"]),
    ("02", "Hà Giang", "08", "Tuyên Quang", ["Pả Vi", "Lũng Cú", "Sủng Là"]),
    ("89", "An Giang", "91", "An Giang", ["An Cư", "Núi Sam", "Ô Lâm"]),
    ("94", "Sóc Trăng", "92", "Cần Thơ", ["Vĩnh Hải", "Lai Hòa", "Trần Đề"]),
    ("96", "Cà Mau", "96", "Cà Mau", ["An Xuyên", "Đất Mũi", "Năm Căn"]),
    ("15", "Yên Bái", "15", "Lào Cai", ["Viễn Sơn", "Mù Cang Chải", "Trạm Tấu"]),
    ("66", "Đắk Lắk", "66", "Đắk Lắk", ["Krông Pắc", "Ea Súp", "Buôn Đôn"]),
    ("04", "Cao Bằng", "04", "Cao Bằng", ["Bảo Lâm", "Trùng Khánh", "Hà Quảng"]),
    ("52", "Bình Định", "52", "Gia Lai", ["Vân Canh", "An Lão", "Vĩnh Thạnh"]),
]
MODELS = {
    "livestock": ["nuôi bò sinh sản", "nuôi dê", "nuôi gà thả vườn", "nuôi heo đen"],
    "crops_aquaculture": ["trồng quế hữu cơ", "nuôi cá lóc", "trồng rau an toàn", "trồng cây dược liệu"],
    "preferential_credit": ["vốn vay ưu đãi", "Ngân hàng Chính sách xã hội", "tín dụng chính sách"],
    "housing": ["nhà đại đoàn kết", "xóa nhà tạm", "nhà tình thương"],
    "vocational_training": ["đào tạo nghề", "học nghề may công nghiệp", "dạy nghề cho lao động nông thôn"],
    "community_tourism": ["du lịch cộng đồng", "homestay"],
    "blood_donation": ["hiến máu tình nguyện", "hiến máu nhân đạo"],
    "returning_lost_property": ["trả lại của rơi", "nhặt được ví tiền"],
    "digital_transformation": ["livestream bán nông sản", "thương mại điện tử"],
}
GOOD_DEEDS = {"blood_donation", "returning_lost_property"}
PEOPLE = [
    "Lò Văn Phương",
    "Vi Thị Hoa",
    "Nguyễn Văn Thành",
    "Giàng Thị Mai",
    "Triệu Văn Sinh",
    "Hoàng Thị Thu",
]
SENTENCES = [
    "Từ nguồn vốn hỗ trợ, gia đình {person} ở xã {commune} đã mạnh dạn {model}.",
    "Sau ba năm, thu nhập của gia đình tăng lên hơn {n} triệu đồng mỗi năm.",
    "Theo UBND xã {commune}, toàn xã có thêm {n} hộ thoát nghèo nhờ mô hình {model}.",
    "Tỷ lệ hộ nghèo của tỉnh {province} giảm còn {n},5% trong năm nay.",
    "Cán bộ khuyến nông thường xuyên tập huấn kỹ thuật cho bà con.",
    "Hội Liên hiệp Phụ nữ và Hội Nông dân phối hợp hỗ trợ con giống, phân bón.",
    "Mô hình {model} đang được nhân rộng ra các thôn bản lân cận.",
    "Người dân phấn khởi vì có sinh kế ổn định, con em được đến trường đầy đủ.",
    "Chính quyền địa phương đã biểu dương {person} là tấm gương người tốt việc tốt.",
    "Nhiều hộ đồng bào dân tộc thiểu số đã vươn lên làm giàu chính đáng.",
]
QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("bò sinh sản", {}),
    ("bo sinh san", {"sort": "newest"}),
    ("thoát nghèo", {"province": ["40"]}),
    ("", {"story_type": ["good_deed"]}),
    ('"nhà đại đoàn kết"', {}),
    ("tín dụng chính sách", {"model_type": ["preferential_credit"], "size": 50}),
    ("hiến máu", {"date_from": "2024-06-01", "date_to": "2025-06-30"}),
    ("du lịch cộng đồng OR homestay", {}),
    ("", {"province": ["48"], "sort": "oldest"}),
    ("nuôi -dê", {"has_people": True}),
]


def generate(n: int, seed: int = 7) -> Iterator[Article]:
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, 7, tzinfo=VN)
    model_ids = list(MODELS)
    for i in range(n):
        old_code, old_name, cur_code, cur_name, communes = rng.choice(PROVINCES)
        commune = rng.choice(communes)
        models = rng.sample(model_ids, rng.choice([1, 1, 2]))
        phrase = rng.choice(MODELS[models[0]])
        person = rng.choice(PEOPLE)
        fill = {"person": person, "commune": commune, "model": phrase, "province": old_name}
        paragraphs = [
            " ".join(rng.choice(SENTENCES).format(n=rng.randint(2, 90), **fill) for _ in range(3))
            for _ in range(4)
        ]
        published = start + timedelta(minutes=rng.randint(0, 60 * 24 * 640))
        url = f"https://bench.example.vn/{old_code}/{i}.html"
        title = f"{phrase.capitalize()} giúp người dân xã {commune} vươn lên ({i})"
        body = "\n\n".join(paragraphs)
        story = "good_deed" if models[0] in GOOD_DEEDS else "poverty_model"
        yield Article(
            id=article_id(url),
            url=url,
            canonical_url=url,
            source_id=f"bao{old_code}",
            source_name=f"Báo {old_name}",
            title=title,
            sapo=paragraphs[0][:200],
            body=body,
            published_at=published,
            content_hash=content_hash(title, body),
            tags=Tags(
                relevant=True,
                story_type=story,
                model_types=models,
                localities=[
                    Locality(
                        as_written=f"xã {commune}",
                        level="commune",
                        province=old_name,
                        province_code=old_code,
                        commune=commune,
                        current_province=cur_name,
                        current_province_code=cur_code,
                    )
                ],
                people=[Person(name=person)] if rng.random() < 0.6 else [],
            ),
        )


def build_db(path: Path, n: int) -> float:
    started = time.perf_counter()
    store = SqliteStore(path)
    batch: list[Article] = []
    for article in generate(n):
        batch.append(article)
        if len(batch) == 1000:
            store.upsert(batch)
            batch = []
    if batch:
        store.upsert(batch)
    store.close()
    return time.perf_counter() - started


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(db: Path, port: int, cache_seconds: float) -> None:
    """Run the API on ``db`` (used in the server subprocess)."""
    import uvicorn

    from lantoa.settings import Settings
    from search_api.app import create_app

    settings = Settings(_env_file=None, data_dir=db.parent, store=f"sqlite:///{db}")  # type: ignore[call-arg]
    app = create_app(settings, rate_limit_per_minute=0, search_cache_seconds=cache_seconds)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def start_server(db: Path, cache_seconds: float) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    command = [sys.executable, __file__, "--serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen([*command, "--cache-seconds", str(cache_seconds)])
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("API server did not start")


def _params(q: str, extra: dict[str, Any]) -> dict[str, Any]:
    return {"q": q, **extra} if q else dict(extra)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def measure_overhead(store: SqliteStore, url: str, repeats: int) -> dict[str, float]:
    """Median time per query: direct ``store.search`` vs GET /api/search (sequential, warm)."""
    direct: list[float] = []
    api: list[float] = []
    with httpx.Client(base_url=url, timeout=30) as client:
        for q, extra in QUERIES:  # warm both paths
            store.search(SearchQuery(q=q, **extra))
            client.get("/api/search", params=_params(q, extra)).raise_for_status()
        for _ in range(repeats):
            for q, extra in QUERIES:
                t0 = time.perf_counter()
                store.search(SearchQuery(q=q, **extra))
                direct.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                client.get("/api/search", params=_params(q, extra)).raise_for_status()
                api.append(time.perf_counter() - t0)
    d, a = statistics.median(direct), statistics.median(api)
    return {"direct_median_ms": d * 1000, "api_median_ms": a * 1000, "overhead_ratio": a / d}


def measure_load(url: str, total: int, concurrency: int) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0

    def worker(i: int) -> None:
        nonlocal errors
        q, extra = QUERIES[i % len(QUERIES)]
        t0 = time.perf_counter()
        response = client.get("/api/search", params=_params(q, extra))
        latencies.append(time.perf_counter() - t0)
        if response.status_code != 200:
            errors += 1

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    with httpx.Client(base_url=url, timeout=60, limits=limits) as client:
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            list(pool.map(worker, range(total)))
        elapsed = time.perf_counter() - started
    return {
        "requests": total,
        "concurrency": concurrency,
        "errors": errors,
        "p50_ms": percentile(latencies, 50) * 1000,
        "p95_ms": percentile(latencies, 95) * 1000,
        "max_ms": max(latencies) * 1000,
        "throughput_rps": total / elapsed,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="generated documents (default 2000)")
    parser.add_argument("--100k", dest="hundred_k", action="store_true", help="use 100 000 documents")
    parser.add_argument("--db", type=Path, help="database to use (generated if missing)")
    parser.add_argument("--requests", type=int, default=400, help="requests in the load test")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument(
        "--repeats", type=int, default=5, help="rounds of the query set for the overhead test"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--cache-seconds",
        type=float,
        default=0.0,
        help="API search-result cache (default 0: every request reaches the store)",
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.db, args.port, args.cache_seconds)
        return 0

    n = 100_000 if args.hundred_k else args.docs
    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="lantoa-bench-")
        db = Path(tmp.name) / "bench.db"
    figures: dict[str, Any] = {"documents": n}
    if not db.exists():
        print(f"generating {n} documents into {db} …", file=sys.stderr)
        figures["build_seconds"] = round(build_db(db, n), 1)
    store = SqliteStore(db)
    figures["documents"] = store.count()
    proc, url = start_server(db, args.cache_seconds)
    figures["cache_seconds"] = args.cache_seconds
    try:
        figures.update(measure_overhead(store, url, args.repeats))
        figures.update(measure_load(url, args.requests, args.concurrency))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        store.close()
        if tmp is not None:
            tmp.cleanup()
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"documents            {figures['documents']} (API result cache {args.cache_seconds:g} s)")
        if "build_seconds" in figures:
            print(f"build                {figures['build_seconds']} s")
        print(f"direct store median  {figures['direct_median_ms']:.2f} ms")
        print(f"API median           {figures['api_median_ms']:.2f} ms")
        print(f"overhead ratio       {figures['overhead_ratio']:.2f}x (aim <= 1.3x)")
        print(
            f"load                 {figures['requests']} requests, concurrency {figures['concurrency']}, "
            f"{figures['errors']} errors, {figures['throughput_rps']:.0f} req/s"
        )
        print(
            f"latency p50 / p95    {figures['p50_ms']:.1f} / {figures['p95_ms']:.1f} ms (aim p95 <= 100 ms)"
        )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
