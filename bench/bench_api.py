"""Search API benchmark: API latency vs a direct store query, and p50/p95/p99 under concurrent load.

Usage::

    .venv/bin/python bench/bench_api.py                  # 2 000 generated documents (quick)
    .venv/bin/python bench/bench_api.py --100k           # 100 000 documents (a few minutes)
    .venv/bin/python bench/bench_api.py --db /tmp/b.db   # reuse a generated database
    .venv/bin/python bench/bench_api.py --db /tmp/b.db --concurrency 2,8 --cache-seconds 0
    .venv/bin/python bench/bench_api.py --concurrency 200 --duration 60

The API is the real ``lantoa serve`` (``--workers``, default: number of CPUs) in its own
processes on a free loopback port, with the rate limit raised out of the way; the load
generator (``bench/loadgen.py``, asyncio clients) runs in this process. The overhead ratio is
measured sequentially on a warm server with the result cache off: the API's median wall time
per request over the direct ``store.search`` median, and the server's CPU time per request over
the direct search's CPU time (both measured in this same run). Those requests go through the
load generator's minimal HTTP/1.1 client (``--client httpx`` for httpx's, whose own parsing adds
~0.6 ms per answer to the wall time). Each load test also reports the load generator's own CPU
per request (it runs on the same cores as the server).
"""

from __future__ import annotations

import argparse
import asyncio
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
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere

from bench.loadgen import Connection, run_load  # noqa: E402
from lantoa.schema import Article, Locality, Person, Tags, article_id, content_hash  # noqa: E402
from lantoa.store.base import SearchQuery  # noqa: E402
from lantoa.store.sqlite import SqliteStore  # noqa: E402

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


def start_server(
    db: Path, cache_seconds: float, workers: int, log: Path | None = None, http_parser: str = "auto"
) -> tuple[subprocess.Popen[bytes], str]:
    """``lantoa serve`` on ``db`` (rate limit raised, given cache and workers); waits until it answers."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANTOA_")}
    env.update(
        LANTOA_DATA_DIR=str(db.parent),
        LANTOA_STORE=f"sqlite:///{db}",
        LANTOA_API_RATE_LIMIT_PER_MINUTE="1000000000",
        LANTOA_API_SEARCH_CACHE_SECONDS=str(cache_seconds),
        LANTOA_API_HTTP_PARSER=http_parser,
        PYTHONUNBUFFERED="1",
    )
    command = [sys.executable, "-m", "lantoa.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    output = log.open("wb") if log else subprocess.DEVNULL
    proc = subprocess.Popen([*command, "--workers", str(workers)], env=env, stdout=output, stderr=output)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"API server exited with {proc.returncode}")
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                # Every worker warms its columns on its first searches.
                for _ in range(4 * workers):
                    httpx.get(url + "/api/search", params={"q": "nghèo"}, timeout=120)
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("API server did not start")


def _params(q: str, extra: dict[str, Any]) -> dict[str, Any]:
    return {"q": q, **extra} if q else dict(extra)


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of ``pid`` and all its descendants (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        total += times.get(current, 0.0)
        todo.extend(child for child, parent in parents.items() if parent == current)
    return total


def measure_overhead(
    store: SqliteStore, url: str, server_pid: int, repeats: int, client: str = "raw"
) -> dict[str, float]:
    """Per query, sequential and warm: direct ``store.search`` vs GET /api/search (wall and CPU).

    ``client="raw"`` sends the requests with the load generator's minimal keep-alive HTTP/1.1
    client (about 0.04 ms of CPU per answer); ``"httpx"`` with ``httpx.Client``, whose own parsing
    adds about 0.6 ms per ~50 KB answer to the API's wall time (the client's cost, not the API's).
    """
    if client == "raw":
        return asyncio.run(_overhead_raw(store, url, server_pid, repeats))
    direct: list[float] = []
    api: list[float] = []
    direct_cpu = server_cpu = 0.0
    with httpx.Client(base_url=url, timeout=60) as http:
        for q, extra in QUERIES:  # warm both paths
            store.search(SearchQuery(q=q, **extra))
            http.get("/api/search", params=_params(q, extra)).raise_for_status()
        for _ in range(repeats):
            for q, extra in QUERIES:
                c0, t0 = time.process_time(), time.perf_counter()
                store.search(SearchQuery(q=q, **extra))
                direct.append(time.perf_counter() - t0)
                direct_cpu += time.process_time() - c0
                s0, t0 = tree_cpu_seconds(server_pid), time.perf_counter()
                http.get("/api/search", params=_params(q, extra)).raise_for_status()
                api.append(time.perf_counter() - t0)
                server_cpu += tree_cpu_seconds(server_pid) - s0
    return _overhead_figures(direct, api, direct_cpu, server_cpu)


async def _overhead_raw(store: SqliteStore, url: str, server_pid: int, repeats: int) -> dict[str, float]:
    parsed = httpx.URL(url)
    connection = Connection(parsed.host, parsed.port or 80, timeout=60)
    targets = [str(httpx.URL("/api/search", params=_params(q, extra))) for q, extra in QUERIES]
    queries = [SearchQuery(q=q, **extra) for q, extra in QUERIES]

    async def get(target: str) -> None:
        status, body = await connection.get(target)
        if status != 200:
            raise SystemExit(f"GET {target}: HTTP {status} {body[:200]!r}")

    direct: list[float] = []
    api: list[float] = []
    direct_cpu = server_cpu = 0.0
    try:
        for query, target in zip(queries, targets, strict=True):  # warm both paths
            store.search(query)
            await get(target)
        for _ in range(repeats):
            for query, target in zip(queries, targets, strict=True):
                c0, t0 = time.process_time(), time.perf_counter()
                store.search(query)
                direct.append(time.perf_counter() - t0)
                direct_cpu += time.process_time() - c0
                s0, t0 = tree_cpu_seconds(server_pid), time.perf_counter()
                await get(target)
                api.append(time.perf_counter() - t0)
                server_cpu += tree_cpu_seconds(server_pid) - s0
    finally:
        await connection.close()
    return _overhead_figures(direct, api, direct_cpu, server_cpu)


def _overhead_figures(
    direct: list[float], api: list[float], direct_cpu: float, server_cpu: float
) -> dict[str, float]:
    d, a = statistics.median(direct), statistics.median(api)
    return {
        "direct_median_ms": round(d * 1000, 2),
        "api_median_ms": round(a * 1000, 2),
        "overhead_ratio": round(a / d, 3),
        "direct_cpu_ms": round(direct_cpu / len(direct) * 1000, 2),
        "server_cpu_ms": round(server_cpu / len(api) * 1000, 2),
        "cpu_overhead_ratio": round(server_cpu / direct_cpu, 3) if direct_cpu else 0.0,
    }


def worker_memory(pid: int) -> list[dict[str, float]]:
    """RSS, PSS (shared pages split between the processes mapping them) and private memory of
    each server process under ``pid`` (Linux ``smaps_rollup``), in MB."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(child for child, parent in parents.items() if parent == current)
    figures = []
    for process in found:
        try:
            rollup = (Path("/proc") / str(process) / "smaps_rollup").read_text()
        except OSError:
            continue
        kb = {
            line.split(":")[0]: int(line.split()[1])
            for line in rollup.splitlines()[1:]
            if line.endswith("kB")
        }
        private = kb.get("Private_Clean", 0) + kb.get("Private_Dirty", 0)
        figures.append(
            {
                "pid": process,
                "rss_mb": round(kb.get("Rss", 0) / 1024, 1),
                "pss_mb": round(kb.get("Pss", 0) / 1024, 1),
                "private_mb": round(private / 1024, 1),
                "anonymous_mb": round(kb.get("Anonymous", 0) / 1024, 1),
            }
        )
    return figures


def measure_load(url: str, total: int, concurrency: int, duration: float = 0.0) -> dict[str, float]:
    """Closed-loop load over :data:`QUERIES`: ``total`` requests, or for ``duration`` seconds."""
    requests = [("/api/search", _params(q, extra)) for q, extra in QUERIES]
    c0 = time.process_time()
    report = run_load(
        url, requests, concurrency=concurrency, duration=duration, total=0 if duration > 0 else total
    )
    client_cpu = time.process_time() - c0
    for error in [*report.errors, *report.bad_answers][:5]:
        print("error:", error, file=sys.stderr)
    figures = report.figures()
    # The load generator's own CPU per answer (this process): it shares the cores with the server.
    figures["client_cpu_ms"] = round(client_cpu / report.requests * 1000, 3) if report.requests else 0.0
    return figures


def _load_average() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="generated documents (default 2000)")
    parser.add_argument("--100k", dest="hundred_k", action="store_true", help="use 100 000 documents")
    parser.add_argument("--db", type=Path, help="database to use (generated if missing)")
    parser.add_argument("--requests", type=int, default=400, help="requests per load test (default 400)")
    parser.add_argument(
        "--duration", type=float, default=0.0, help="seconds per load test (instead of --requests)"
    )
    parser.add_argument(
        "--concurrency", default="8", help="concurrent clients; a comma list runs one load test each (2,8)"
    )
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="API server processes")
    parser.add_argument(
        "--repeats", type=int, default=5, help="rounds of the query set for the overhead test"
    )
    parser.add_argument(
        "--client",
        choices=["raw", "httpx"],
        default="raw",
        help="HTTP client of the sequential overhead measure (default raw: the load generator's)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--cache-seconds",
        type=float,
        default=0.0,
        help="API search-result cache (default 0: every request reaches the store)",
    )
    parser.add_argument("--server-log", type=Path, help="write the server's output here")
    parser.add_argument(
        "--http-parser", choices=["auto", "httptools", "h11"], default="auto", help="the server's HTTP parser"
    )
    args = parser.parse_args(argv)
    levels = [int(c) for c in str(args.concurrency).split(",") if c.strip()]

    n = 100_000 if args.hundred_k else args.docs
    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="lantoa-bench-")
        db = Path(tmp.name) / "bench.db"
    figures: dict[str, Any] = {"documents": n, "load_average_start": _load_average()}
    if not db.exists():
        print(f"generating {n} documents into {db} …", file=sys.stderr)
        figures["build_seconds"] = round(build_db(db, n), 1)
    store = SqliteStore(db)
    figures["documents"] = store.count()
    c0, t0 = time.process_time(), time.perf_counter()
    index = store.prepare_search()  # the term index, saved beside the database for the workers
    figures["terms_build_s"] = round(time.perf_counter() - t0, 2)
    figures["terms_build_cpu_s"] = round(time.process_time() - c0, 2)
    figures["terms_mb"] = round(index.nbytes / 1e6, 1) if index is not None else None
    proc, url = start_server(db, args.cache_seconds, args.workers, args.server_log, args.http_parser)
    figures["http_parser"] = args.http_parser
    figures["cache_seconds"] = args.cache_seconds
    figures["workers"] = args.workers
    loads: list[dict[str, float]] = []
    try:
        if args.cache_seconds <= 0:
            figures.update(measure_overhead(store, url, proc.pid, args.repeats, args.client))
            figures["overhead_client"] = args.client
        for concurrency in levels:
            loads.append(measure_load(url, args.requests, concurrency, args.duration))
        figures["worker_memory_mb"] = worker_memory(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        store.close()
        if tmp is not None:
            tmp.cleanup()
    figures["load"] = loads
    if len(loads) == 1:
        figures.update(loads[0])  # flat keys, as read by ``python -m bench``
    figures["load_average_end"] = _load_average()
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(
        f"documents            {figures['documents']} (API result cache {args.cache_seconds:g} s, "
        f"{args.workers} worker processes)"
    )
    if "build_seconds" in figures:
        print(f"build                {figures['build_seconds']} s")
    if "overhead_ratio" in figures:
        print(
            f"direct store median  {figures['direct_median_ms']:.2f} ms ({figures['direct_cpu_ms']:.2f} ms CPU)"
        )
        print(
            f"API median           {figures['api_median_ms']:.2f} ms ({figures['server_cpu_ms']:.2f} ms server CPU; "
            f"{args.client} client)"
        )
        print(
            f"overhead ratio       {figures['overhead_ratio']:.2f}x wall, {figures['cpu_overhead_ratio']:.2f}x CPU "
            "(aim <= 1.3x)"
        )
    else:
        print("overhead ratio       n/a (measured with the cache off)")
    for load in loads:
        print(
            f"load                 {load['requests']} requests, concurrency {load['concurrency']}, "
            f"{load['errors']} errors, {load['throughput_rps']:.0f} req/s; p50 / p95 / p99 "
            f"{load['p50_ms']:.1f} / {load['p95_ms']:.1f} / {load['p99_ms']:.1f} ms (aim p95 <= 100 ms); "
            f"load generator {load['client_cpu_ms']:.3f} ms CPU per request"
        )
    print(
        f"term index           {figures['terms_mb']} MB, built (or loaded) in {figures['terms_build_s']} s "
        f"({figures['terms_build_cpu_s']} s CPU)"
    )
    for memory in figures.get("worker_memory_mb", []):
        print(
            f"server process {memory['pid']:>7} RSS {memory['rss_mb']} MB, PSS {memory['pss_mb']} MB, "
            f"private {memory['private_mb']} MB, anonymous {memory['anonymous_mb']} MB"
        )
    print(
        f"load average         {figures['load_average_start']} at start, {figures['load_average_end']} at end"
    )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
