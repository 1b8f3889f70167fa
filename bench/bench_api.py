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
from typing import Any, NamedTuple

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
    db: Path,
    cache_seconds: float,
    workers: int,
    log: Path | None = None,
    http_parser: str = "auto",
    loop: str = "auto",
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
    if loop != "auto":  # (older code has no --loop; its uvicorn picks uvloop when installed)
        command += ["--loop", loop]
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


def server_processes(pid: int) -> list[int]:
    """``pid`` and all its descendants (Linux /proc)."""
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
    return found


def process_cpu_seconds(pid: int) -> float:
    """CPU seconds of another process, all its threads, to the nanosecond: Linux's per-process
    CPU clock (``clock_gettime`` on ``MAKE_PROCESS_CPUCLOCK(pid, CPUCLOCK_SCHED)``); 0 once it exited."""
    try:
        return time.clock_gettime(((~pid) << 3) | 2)
    except OSError:
        return 0.0


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds of ``pid`` and all its descendants."""
    return sum(process_cpu_seconds(process) for process in server_processes(pid))


class _HttpxConnection:
    """``--client httpx``: one ``httpx.AsyncClient`` (one keep-alive connection) per worker."""

    def __init__(self, url: str) -> None:
        self.client = httpx.AsyncClient(base_url=url, timeout=60)

    async def get(self, target: str) -> tuple[int, bytes]:
        response = await self.client.get(target)
        return response.status_code, response.content

    async def close(self) -> None:
        await self.client.aclose()


def measure_overhead(
    store: SqliteStore,
    url: str,
    server_pid: int,
    repeats: int,
    client: str = "raw",
    workers: int = 1,
) -> dict[str, Any]:
    """Direct ``store.search`` against GET /api/search, query by query, on every worker.

    The method, so that two runs agree (the ratio used to swing from 1.25 to 1.83 between runs
    at 10 000 documents): one keep-alive connection per worker process (each connection is
    attributed to the worker whose CPU clock moved while it answered), every worker warmed with
    the query set; then each round sends every query directly and to every worker, in pairs
    (direct then API, API then direct in the next round), so both sides of a pair see the same
    machine state. Each query's direct and API times are the medians over its pairs (robust to
    bursts of other work on the shared machine); the ratio is their sum over the query set, API
    over direct (each query weighs its own cost), with the same figure on each block of five
    rounds as its spread. The server's CPU per request is read from the answering worker's own
    CPU clock (nanoseconds, all its threads) around each request.

    ``client="raw"`` sends the requests with the load generator's minimal keep-alive HTTP/1.1
    client (about 0.04 ms of CPU per answer); ``"httpx"`` with ``httpx``, whose own parsing adds
    about 0.6 ms per ~50 KB answer to the API's wall time (the client's cost, not the API's).
    """
    return asyncio.run(_overhead(store, url, server_pid, repeats, client, workers))


async def _connect_workers(
    url: str, server_pid: int, workers: int, client: str, probe: str
) -> dict[int, Any]:
    """One connection per worker process (pid -> connection), found by trial: a new connection is
    kept when a worker that has none yet answered it. Workers missed after many tries are left out."""
    parsed = httpx.URL(url)
    found: dict[int, Any] = {}
    spare: list[Any] = []
    for _ in range(20 * workers):
        if len(found) >= workers:
            break
        connection = (
            Connection(parsed.host, parsed.port or 80, timeout=60)
            if client == "raw"
            else _HttpxConnection(url)
        )
        pids = [p for p in server_processes(server_pid) if p != server_pid] or [server_pid]
        before = {p: process_cpu_seconds(p) for p in pids}
        status, _ = await connection.get(probe)
        if status != 200:
            raise SystemExit(f"GET {probe}: HTTP {status}")
        grew = max(pids, key=lambda p: process_cpu_seconds(p) - before[p])
        if grew in found:
            spare.append(connection)
        else:
            found[grew] = connection
    for connection in spare:
        await connection.close()
    return found


async def _overhead(
    store: SqliteStore, url: str, server_pid: int, repeats: int, client: str, workers: int
) -> dict[str, Any]:
    targets = [str(httpx.URL("/api/search", params=_params(q, extra))) for q, extra in QUERIES]
    queries = [SearchQuery(q=q, **extra) for q, extra in QUERIES]
    connections = await _connect_workers(url, server_pid, workers, client, targets[0])

    async def get(connection: Any, target: str) -> None:
        status, body = await connection.get(target)
        if status != 200:
            raise SystemExit(f"GET {target}: HTTP {status} {body[:200]!r}")

    # (round, worker pid, query index, direct wall, API wall, direct CPU, server CPU), in seconds.
    samples: list[Sample] = []
    try:
        for _ in range(2):  # warm every worker and the direct path
            for query, target in zip(queries, targets, strict=True):
                store.search(query)
                for connection in connections.values():
                    await get(connection, target)
        for round_ in range(repeats):
            for index, (query, target) in enumerate(zip(queries, targets, strict=True)):
                for pid, connection in connections.items():
                    # Direct first in even rounds, the API first in odd ones: neither side always
                    # finds the caches as the other left them.
                    if round_ % 2:
                        api, server_cpu = await _timed_api(get, connection, target, pid)
                        direct, direct_cpu = _timed_direct(store, query)
                    else:
                        direct, direct_cpu = _timed_direct(store, query)
                        api, server_cpu = await _timed_api(get, connection, target, pid)
                    samples.append(Sample(round_, pid, index, direct, api, direct_cpu, server_cpu))
    finally:
        for connection in connections.values():
            await connection.close()
    figures = _overhead_figures(samples)
    figures["overhead_workers"] = len(connections)
    return figures


def _timed_direct(store: SqliteStore, query: SearchQuery) -> tuple[float, float]:
    c0, t0 = time.process_time(), time.perf_counter()
    store.search(query)
    return time.perf_counter() - t0, time.process_time() - c0


async def _timed_api(get: Any, connection: Any, target: str, pid: int) -> tuple[float, float]:
    s0, t0 = process_cpu_seconds(pid), time.perf_counter()
    await get(connection, target)
    return time.perf_counter() - t0, process_cpu_seconds(pid) - s0


class Sample(NamedTuple):
    round: int
    pid: int
    query: int
    direct: float
    api: float
    direct_cpu: float
    server_cpu: float


def _ratios(samples: list[Sample]) -> tuple[float, float, float]:
    """Wall ratio, CPU ratio and added wall ms per request: each query's median over the
    samples (robust to a burst of other work on the machine), summed over the query set."""
    by_query: dict[int, list[Sample]] = {}
    for sample in samples:
        by_query.setdefault(sample.query, []).append(sample)
    med = {
        field: sum(statistics.median(getattr(s, field) for s in group) for group in by_query.values())
        for field in ("direct", "api", "direct_cpu", "server_cpu")
    }
    cpu = med["server_cpu"] / med["direct_cpu"] if med["direct_cpu"] else 0.0
    return med["api"] / med["direct"], cpu, (med["api"] - med["direct"]) / len(by_query) * 1000


def _overhead_figures(samples: list[Sample], block: int = 5) -> dict[str, Any]:
    """The headline: for each query the median over rounds and workers of its direct and its API
    time; the ratio of their sums over the query set (each query weighs its own cost). The
    spread: the same figure on each block of ``block`` rounds."""
    ratio, cpu_ratio, added = _ratios(samples)
    rounds = max(s.round for s in samples) + 1
    blocks = [
        _ratios([s for s in samples if first <= s.round < first + block])
        for first in range(0, rounds - block + 1, block)
    ] or [(ratio, cpu_ratio, added)]
    per_worker = {}
    for pid in dict.fromkeys(s.pid for s in samples):
        w_ratio, w_cpu, w_added = _ratios([s for s in samples if s.pid == pid])
        per_worker[str(pid)] = {
            "ratio": round(w_ratio, 3),
            "cpu_ratio": round(w_cpu, 3),
            "added_ms": round(w_added, 2),
        }
    direct = [s.direct for s in samples]
    api = [s.api for s in samples]
    return {
        "direct_median_ms": round(statistics.median(direct) * 1000, 2),
        "api_median_ms": round(statistics.median(api) * 1000, 2),
        "overhead_ratio": round(ratio, 3),
        "overhead_ratio_spread": [round(min(b[0] for b in blocks), 3), round(max(b[0] for b in blocks), 3)],
        "median_over_median_ratio": round(statistics.median(api) / statistics.median(direct), 3),
        "added_ms_per_request": round(added, 2),
        "direct_cpu_ms": round(sum(s.direct_cpu for s in samples) / len(samples) * 1000, 2),
        "server_cpu_ms": round(sum(s.server_cpu for s in samples) / len(samples) * 1000, 2),
        "cpu_overhead_ratio": round(cpu_ratio, 3),
        "cpu_overhead_ratio_spread": [
            round(min(b[1] for b in blocks), 3),
            round(max(b[1] for b in blocks), 3),
        ],
        "overhead_blocks": len(blocks),
        "overhead_per_worker": per_worker,
    }


def worker_memory(pid: int) -> list[dict[str, float]]:
    """RSS, PSS (shared pages split between the processes mapping them) and private memory of
    each server process under ``pid`` (Linux ``smaps_rollup``), in MB."""
    figures = []
    for process in server_processes(pid):
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


def measure_load(
    url: str, total: int, concurrency: int, duration: float = 0.0, server_pid: int | None = None
) -> dict[str, Any]:
    """Closed-loop load over :data:`QUERIES`: ``total`` requests, or for ``duration`` seconds.
    With ``server_pid``, also each server process's share of the server's CPU time (how evenly
    the connections spread over the workers)."""
    requests = [("/api/search", _params(q, extra)) for q, extra in QUERIES]
    pids = server_processes(server_pid) if server_pid is not None else []
    before = {pid: process_cpu_seconds(pid) for pid in pids}
    machine0, w0 = _machine_busy_seconds(), time.monotonic()
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
    used = {pid: process_cpu_seconds(pid) - before[pid] for pid in pids}
    total_cpu = sum(used.values())
    # The cores taken meanwhile by everything else on the machine (other jobs, not this benchmark).
    elapsed = time.monotonic() - w0
    if elapsed > 0:
        figures["other_cores_busy"] = round(
            max(0.0, _machine_busy_seconds() - machine0 - total_cpu - client_cpu) / elapsed, 2
        )
    figures["worker_cpu_shares"] = (
        sorted(
            (
                round(seconds / total_cpu, 2)
                for pid, seconds in used.items()
                if pid != server_pid and seconds > 0
            ),
            reverse=True,
        )
        if total_cpu > 0
        else []
    )
    if report.requests:
        figures["server_cpu_ms"] = round(total_cpu / report.requests * 1000, 3)
    return figures


def _machine_busy_seconds() -> float:
    """CPU seconds spent by the whole machine outside idle and I/O wait (Linux /proc/stat)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


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
    parser.add_argument(
        "--loop", choices=["auto", "uvloop", "asyncio"], default="auto", help="the server's event loop"
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
    proc, url = start_server(
        db, args.cache_seconds, args.workers, args.server_log, args.http_parser, args.loop
    )
    figures["http_parser"] = args.http_parser
    figures["cache_seconds"] = args.cache_seconds
    figures["workers"] = args.workers
    loads: list[dict[str, float]] = []
    try:
        if args.cache_seconds <= 0:
            figures.update(measure_overhead(store, url, proc.pid, args.repeats, args.client, args.workers))
            figures["overhead_client"] = args.client
        for concurrency in levels:
            loads.append(measure_load(url, args.requests, concurrency, args.duration, proc.pid))
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
            f"{args.client} client, {figures['overhead_workers']} workers)"
        )
        lo, hi = figures["overhead_ratio_spread"]
        cpu_lo, cpu_hi = figures["cpu_overhead_ratio_spread"]
        print(
            f"overhead ratio       {figures['overhead_ratio']:.2f}x wall ({lo:.2f}-{hi:.2f} over "
            f"{figures['overhead_blocks']} blocks of 5 rounds), {figures['cpu_overhead_ratio']:.2f}x server CPU "
            f"({cpu_lo:.2f}-{cpu_hi:.2f}) (aim <= 1.3x); +{figures['added_ms_per_request']:.2f} ms "
            f"per request; median/median {figures['median_over_median_ratio']:.2f}x"
        )
        for pid, worker in figures["overhead_per_worker"].items():
            print(
                f"  worker {pid:>7}       {worker['ratio']:.2f}x wall, {worker['cpu_ratio']:.2f}x CPU, "
                f"+{worker['added_ms']:.2f} ms per request"
            )
    else:
        print("overhead ratio       n/a (measured with the cache off)")
    for load in loads:
        print(
            f"load                 {load['requests']} requests, concurrency {load['concurrency']}, "
            f"{load['errors']} errors, {load['throughput_rps']:.0f} req/s; p50 / p95 / p99 "
            f"{load['p50_ms']:.1f} / {load['p95_ms']:.1f} / {load['p99_ms']:.1f} ms (aim p95 <= 100 ms); "
            f"load generator {load['client_cpu_ms']:.3f} ms CPU per request; server "
            f"{load.get('server_cpu_ms', 0):.2f} ms CPU per request, shares by worker "
            f"{' / '.join(str(x) for x in load.get('worker_cpu_shares', []))}; other jobs "
            f"{load.get('other_cores_busy', 0):.2f} cores"
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
