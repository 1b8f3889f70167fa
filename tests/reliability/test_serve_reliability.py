"""Reliability of `lantoa serve` as a real process: clean SIGTERM exit, one writer + many readers, bounded load."""

from __future__ import annotations

import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from server_support import Server, make_article

from lantoa.store.sqlite import SqliteStore

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent


def _seed(data_dir: Path, n: int) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    with SqliteStore(data_dir / "lantoa.db") as store:
        store.upsert([make_article(i) for i in range(n)])


def test_serve_shuts_down_gracefully_on_sigterm(tmp_path: Path) -> None:
    _seed(tmp_path, 20)
    server = Server(tmp_path)
    server.wait_ready()
    assert httpx.get(server.url + "/api/search", params={"q": "thoat ngheo"}, timeout=10).status_code == 200
    started = time.monotonic()
    code = server.terminate(timeout=10)
    assert code in (0, -signal.SIGTERM), server.log()
    assert server.shut_down_cleanly(), server.log()
    assert "Application shutdown complete" in server.log()
    print(f"exit {code} {time.monotonic() - started:.2f} s after SIGTERM")


def test_serve_exit_code_is_zero_after_sigterm(tmp_path: Path) -> None:
    server = Server(tmp_path)
    server.wait_ready()
    code = server.terminate(timeout=10)
    assert server.shut_down_cleanly(), server.log()
    assert code == 0


def test_readers_never_see_database_locked_while_another_process_writes(tmp_path: Path) -> None:
    _seed(tmp_path, 200)
    server = Server(tmp_path, LANTOA_API_SEARCH_CACHE_SECONDS="0")
    server.wait_ready()
    writer = subprocess.Popen(
        [sys.executable, str(HERE / "writer_proc.py"), str(tmp_path / "lantoa.db"), "6"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        cwd=HERE,
        text=True,
    )
    failures: list[str] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    paths = [
        ("/api/search", {"q": "thoát nghèo"}),
        ("/api/search", {"q": "bo sinh san", "sort": "newest"}),
        ("/api/search", {"story_type": "good_deed"}),
        ("/api/stats", {}),
        ("/", {"q": "hiến máu"}),
    ]

    def reader(k: int) -> None:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            n = 0
            while writer.poll() is None:
                path, params = paths[(k + n) % len(paths)]
                n += 1
                try:
                    response = client.get(path, params=params)
                except httpx.HTTPError as exc:
                    with lock:
                        failures.append(f"{path}: {exc!r}")
                    continue
                with lock:
                    statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                    if response.status_code >= 500 or "database is locked" in response.text:
                        failures.append(f"{path} {response.status_code}: {response.text[:200]}")

    threads = [threading.Thread(target=reader, args=(k,)) for k in range(6)]
    for thread in threads:
        thread.start()
    out, _ = writer.communicate(timeout=120)
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert writer.returncode == 0, out
        written = int(out.split("WRITTEN ")[1].split()[0])
        assert written > 0
        assert not failures, failures[:5]
        assert sum(statuses.values()) > 20 and set(statuses) == {200}, statuses
        after = httpx.get(server.url + "/api/stats", timeout=10).json()
        print(
            f"writer upserted {written} articles; reader statuses {statuses}; stats {after.get('articles')}"
        )
    finally:
        server.terminate()
        assert server.shut_down_cleanly(), server.log()
    with SqliteStore(tmp_path / "lantoa.db") as store:
        assert store.count() == 200 + written


def test_bounded_load_50_clients_10_seconds_without_errors(tmp_path: Path) -> None:
    _seed(tmp_path, 300)
    server = Server(tmp_path)
    server.wait_ready()
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + 10
    queries = ["thoát nghèo", "bo sinh san", "hiến máu", '"nuôi bò"', "vốn OR máu", "nghèo -máu"]

    def client_loop(k: int) -> None:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            n = 0
            while time.monotonic() < stop_at:
                q = queries[(k + n) % len(queries)]
                n += 1
                t0 = time.perf_counter()
                try:
                    response = client.get("/api/search", params={"q": q})
                except httpx.HTTPError as exc:
                    with lock:
                        errors.append(repr(exc))
                    continue
                elapsed = time.perf_counter() - t0
                with lock:
                    latencies.append(elapsed)
                    if response.status_code != 200:
                        errors.append(f"{response.status_code}: {response.text[:200]}")

    threads = [threading.Thread(target=client_loop, args=(k,)) for k in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert not errors, errors[:5]
        assert len(latencies) > 50
        ordered = sorted(latencies)
        p = {q: ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))] * 1000 for q in (50, 95, 99)}
        print(
            f"50 clients x 10 s: {len(latencies)} requests, 0 errors, {len(latencies) / 10:.0f} req/s, "
            f"p50 {p[50]:.0f} ms, p95 {p[95]:.0f} ms, p99 {p[99]:.0f} ms, mean {statistics.mean(latencies) * 1000:.0f} ms"
        )
    finally:
        server.terminate()
        assert server.shut_down_cleanly(), server.log()
