"""Run every benchmark in bench/ as a subprocess, print one summary table and write bench/RESULTS.md.

Usage::

    .venv/bin/python -m bench            # quick (default): 10k and 100k documents, small crawl/tagging runs
    .venv/bin/python -m bench --full     # also 1M documents and bigger crawl/tagging/API runs (an hour+)
    .venv/bin/python -m bench --no-es    # skip everything that needs an Elasticsearch node
    .venv/bin/python -m bench --es-url http://127.0.0.1:9200   # use a running node instead of starting one

Each benchmark runs in its own process (its output is captured and shown), peak RSS of each process
comes from ``wait4``; every ratio is computed from a baseline measured in the same run. The search
latency and indexing figures of both stores come from this module's own steps (``--step``) over
the shared corpus of :mod:`bench.corpus`, grown in place from 10k to 100k (to 1M with ``--full``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
PY = sys.executable

#: Queries for the search-latency step: words, no-diacritics, phrases, OR, exclusions, filters, sorts.
SEARCH_QUERIES: list[tuple[str, dict[str, Any]]] = [
    ("thoát nghèo", {}),
    ("thoat ngheo", {}),
    ("bò sinh sản", {}),
    ("nuoi bo sinh san", {}),
    ('"nuôi bò sinh sản"', {}),
    ('"người tốt, việc tốt"', {}),
    ("vốn vay ưu đãi", {}),
    ("ngân hàng chính sách xã hội", {}),
    ("hiến máu tình nguyện", {}),
    ("hien dat lam duong", {}),
    ("nhà đại đoàn kết", {}),
    ("du lịch cộng đồng OR homestay", {}),
    ("dê OR bò OR tôm", {}),
    ("giảm nghèo -nghị quyết", {}),
    ("trả lại của rơi", {}),
    ("bếp ăn 0 đồng", {}),
    ("học nghề may", {}),
    ("sản phẩm OCOP", {}),
    ("livestream bán nông sản", {}),
    ("Hội Liên hiệp Phụ nữ", {}),
    ("tỷ lệ hộ nghèo", {"province": ["40"]}),
    ("thoát nghèo", {"sort": "newest"}),
    ("hộ nghèo", {"sort": "oldest", "size": 50}),
    ("", {"story_type": ["good_deed"]}),
    ("", {"model_type": ["livestock"], "sort": "newest"}),
    ("", {"province": ["79"], "date_from": "2024-01-01", "date_to": "2024-12-31"}),
    ("vươn lên", {"story_type": ["poverty_model"], "model_type": ["preferential_credit"]}),
    ("nghĩa cử cao đẹp", {"has_people": True}),
    ("giải bóng đá", {}),
    ("Nguyễn Văn Hùng", {}),
]


# -- steps run in child processes ---------------------------------------------------------------
def _open(store_url: str, alias: str) -> Any:
    if store_url.startswith("sqlite:///"):
        from lantoa.store.sqlite import SqliteStore

        return SqliteStore(Path(store_url[len("sqlite:///") :]))
    from lantoa.store.elasticsearch import ElasticsearchStore

    return ElasticsearchStore(
        store_url, alias=alias, spool_dir=Path(tempfile.gettempdir()) / f"{alias}-spool"
    )


def step_index(
    store_url: str, alias: str, docs: int, skip: int, batch: int, force_merge: int = 0
) -> dict[str, Any]:
    """Upsert generated articles ``skip``..``docs`` (generation is not timed, only the store calls)."""
    from bench.corpus import generate

    if store_url.startswith("http"):
        from elasticsearch import Elasticsearch

        from lantoa.store import es_admin

        client = Elasticsearch(store_url, request_timeout=120)
        if not client.indices.exists_alias(name=alias):
            es_admin.apply(client, alias)
        client.close()
    store = _open(store_url, alias)
    timed = 0.0
    written = 0
    pending = []
    for i, article in enumerate(generate(docs)):
        if i < skip:
            continue
        pending.append(article)
        if len(pending) == batch:
            t0 = time.perf_counter()
            written += store.upsert(pending)
            timed += time.perf_counter() - t0
            pending = []
    if pending:
        t0 = time.perf_counter()
        written += store.upsert(pending)
        timed += time.perf_counter() - t0
    t0 = time.perf_counter()
    store.refresh()
    timed += time.perf_counter() - t0
    total = store.count()
    store.close()
    result: dict[str, Any] = {
        "written": written,
        "seconds": round(timed, 2),
        "docs_per_s": round(written / timed, 1),
        "count": total,
    }
    if force_merge and store_url.startswith("http"):
        # After a bulk load (as after `lantoa import`): fewer, larger segments search faster.
        result.update(force_merge_es(store_url, alias, force_merge))
    return result


def force_merge_es(url: str, alias: str, segments: int) -> dict[str, Any]:
    """Force-merge the index behind ``alias`` down to ``segments`` segments (not in the docs/s)."""
    from elasticsearch import Elasticsearch

    client = Elasticsearch(url, request_timeout=3600)
    before = len(client.cat.segments(index=alias, format="json"))
    t0 = time.perf_counter()
    client.indices.forcemerge(index=alias, max_num_segments=segments, wait_for_completion=True)
    client.indices.refresh(index=alias)
    seconds = time.perf_counter() - t0
    after = len(client.cat.segments(index=alias, format="json"))
    client.close()
    return {"force_merge_s": round(seconds, 1), "segments_before": before, "segments_after": after}


def _clear_request_cache(store: Any) -> None:
    client = getattr(store, "client", None)
    if client is not None:
        client.indices.clear_cache(index=store.alias, request=True)


def _pct(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))]


def step_search(store_url: str, alias: str, rounds: int) -> dict[str, Any]:
    """Latency of :data:`SEARCH_QUERIES` (size 20, facets on) after one warm-up pass."""
    from lantoa.store.base import SearchQuery

    store = _open(store_url, alias)
    prepared: dict[str, Any] = {}
    if hasattr(store, "prepare_search"):  # SQLite: build (or load) the term index first, timed
        c0, t0 = time.process_time(), time.perf_counter()
        index = store.prepare_search()
        prepared = {
            "terms_build_s": round(time.perf_counter() - t0, 2),
            "terms_build_cpu_s": round(time.process_time() - c0, 2),
            "terms_mb": round(index.nbytes / 1e6, 1) if index is not None else None,
        }
    queries = [SearchQuery(q=q, **extra) for q, extra in SEARCH_QUERIES]
    for query in queries:
        store.search(query)
    timings: list[float] = []
    hits: list[int] = []
    per_query: dict[int, list[float]] = {}
    for _ in range(rounds):
        for k, query in enumerate(queries):
            t0 = time.perf_counter()
            result = store.search(query)
            elapsed = (time.perf_counter() - t0) * 1000
            timings.append(elapsed)
            per_query.setdefault(k, []).append(elapsed)
            hits.append(result.total)
    # Elasticsearch serves repeated counts/facets (size 0) from its shard request cache; the
    # same queries with that cache cleared before each one show the cost of a new query.
    uncached: list[float] = []
    if getattr(store, "backend", "") == "elasticsearch":
        for _ in range(rounds):
            for query in queries:
                _clear_request_cache(store)
                t0 = time.perf_counter()
                store.search(query)
                uncached.append((time.perf_counter() - t0) * 1000)
    slowest = sorted(per_query, key=lambda k: -min(per_query[k]))[:3]
    count = store.count()
    store.close()
    extra: dict[str, Any] = {}
    if uncached:
        extra = {
            "uncached_p50_ms": round(_pct(uncached, 50), 2),
            "uncached_p95_ms": round(_pct(uncached, 95), 2),
            "uncached_p99_ms": round(_pct(uncached, 99), 2),
        }
    return {
        **extra,
        **prepared,
        "docs": count,
        "queries": len(timings),
        "p50_ms": round(_pct(timings, 50), 2),
        "p95_ms": round(_pct(timings, 95), 2),
        "p99_ms": round(_pct(timings, 99), 2),
        "zero_hit_queries": sum(1 for h in hits[: len(queries)] if h == 0),
        "slowest": [
            f"{SEARCH_QUERIES[k][0] or '(filters only)'} {SEARCH_QUERIES[k][1] or ''} "
            f"{min(per_query[k]):.0f} ms, {hits[k]} hits".replace(" {}", "").strip()
            for k in slowest
        ],
    }


def run_step(args: argparse.Namespace) -> int:
    if args.step == "index":
        result = step_index(args.store, args.alias, args.docs, args.skip, args.batch, args.force_merge)
    else:
        result = step_search(args.store, args.alias, args.rounds)
    print("RESULT " + json.dumps(result))
    return 0


# -- the runner ----------------------------------------------------------------------------------
@dataclass
class Run:
    """One benchmark process: its command, output, exit code, wall time and peak RSS."""

    name: str
    command: list[str]
    output: str = ""
    code: int | None = None
    seconds: float = 0.0
    rss_mb: float = 0.0
    load: tuple[float, float] = (0.0, 0.0)
    skipped: str = ""

    def result(self) -> dict[str, Any]:
        for line in reversed(self.output.splitlines()):
            if line.startswith("RESULT "):
                return dict(json.loads(line[len("RESULT ") :]))
        return {}

    def find(self, pattern: str) -> str | None:
        match = re.search(pattern, self.output, re.MULTILINE)
        return match.group(1) if match else None


@dataclass
class Bench:
    """All runs of one invocation plus what is needed to write the report."""

    full: bool
    runs: list[Run] = field(default_factory=list)
    es: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    #: started (ISO time) and load_start (1/5/15-minute load averages) of the run
    meta: dict[str, Any] = field(default_factory=dict)
    save_path: Path | None = None

    def run(
        self, name: str, command: list[str], timeout: float = 3600, env: dict[str, str] | None = None
    ) -> Run:
        record = Run(name, command)
        self.runs.append(record)
        print(f"\n== {name}: {' '.join(command[1:])}", flush=True)
        with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
            load_before = os.getloadavg()[0]
            started = time.perf_counter()
            proc = subprocess.Popen(
                command, stdout=out, stderr=subprocess.STDOUT, cwd=REPO, env={**os.environ, **(env or {})}
            )
            usage = None
            while usage is None:
                pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    proc.returncode = os.waitstatus_to_exitcode(status)
                    usage = rusage
                    break
                if time.perf_counter() - started > timeout:
                    proc.kill()
                    record.skipped = f"timed out after {timeout:.0f} s"
                time.sleep(0.1)
            record.seconds = time.perf_counter() - started
            record.code = proc.returncode
            record.rss_mb = usage.ru_maxrss / 1024
            record.load = (load_before, os.getloadavg()[0])
            out.seek(0)
            record.output = out.read()
        for line in record.output.splitlines()[-25:]:
            print("   " + line)
        status = "ok" if record.code == 0 else f"FAILED (exit {record.code})"
        print(f"   -> {status}, {record.seconds:.1f} s, peak RSS {record.rss_mb:.0f} MB", flush=True)
        if self.save_path is not None:  # a run cut short can still be reported with --report-from
            save_runs(self, self.save_path)
        return record

    def get(self, name: str) -> Run | None:
        return next((r for r in self.runs if r.name == name and r.code == 0), None)


def _es_module() -> Any:
    spec = importlib.util.spec_from_file_location("lantoa_es_node", REPO / "scripts" / "es_node.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _es_java_pid(state_dir: str) -> int | None:
    for name in ("es.pid", "pid", "node.pid"):
        path = Path(state_dir) / name
        if path.exists():
            try:
                return int(path.read_text().strip())
            except ValueError:
                return None
    return None


def run_all(args: argparse.Namespace, meta: dict[str, Any], save_path: Path) -> Bench:
    bench = Bench(full=args.full, meta=meta, save_path=save_path)
    sizes = [int(n) for n in args.sizes.split(",")] if args.sizes else [10_000, 100_000]
    if args.full and not args.sizes:
        sizes.append(1_000_000)
    aliases = {"elasticsearch": "es", "es": "es", "sqlite": "sqlite"}
    stores = {aliases.get(name.strip(), name.strip()) for name in args.stores.split(",")}
    if args.no_es:
        stores.discard("es")
    work = Path(tempfile.mkdtemp(prefix="lantoa-bench-"))
    me = [PY, "-m", "bench", "--step"]
    try:
        if not args.only_stores:
            run_pipeline_benches(bench, args, work)
        if "es" in stores:
            run_es(bench, args, sizes, me)
        if "sqlite" in stores:
            sqlite_sizes = [int(n) for n in args.sqlite_sizes.split(",")] if args.sqlite_sizes else sizes
            run_sqlite(bench, args, sqlite_sizes, me, work)
        return bench
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_pipeline_benches(bench: Bench, args: argparse.Namespace, work: Path) -> None:
    """Crawl, tagging (one core and all cores), localities and digest benchmarks."""
    if "crawl" in args.without:
        bench.notes.append("crawl benchmark left out of this run (--without crawl)")
    elif (BENCH / "bench_crawl.py").exists():  # real spider vs the bare crawl ceiling
        bench.run("crawl", [PY, "bench/bench_crawl.py", "--pages", "5000", "--repeat", "2"])
    else:
        bench.notes.append("bench/bench_crawl.py is absent: no crawl figures")
    bench.run(
        "tagging-1core",
        [PY, "bench/bench_tagging.py", "--json", "--articles", "600" if args.full else "150"],
    )
    n_import = 10_000 if args.full else 2000
    raw = work / "raw.jsonl"
    subprocess.run(
        [PY, "-m", "bench.corpus", "--raw", "--docs", str(n_import), "--out", str(raw)], check=True
    )
    for w in sorted({1, os.cpu_count() or 1}):
        data = work / f"import-{w}"
        bench.run(
            f"import-{w}w",
            [PY, "-m", "lantoa.cli", "import", str(raw), "--workers", str(w)],
            env={"LANTOA_DATA_DIR": str(data), "LANTOA_STORE": f"sqlite:///{data}/lantoa.db"},
        )
    bench.run("localities", [PY, "bench/bench_localities.py"])
    bench.run(
        "digest", [PY, "bench/bench_digest.py", *(["--full"] if args.full else ["--articles", "10000"])]
    )


def run_sqlite(bench: Bench, args: argparse.Namespace, sizes: list[int], me: list[str], work: Path) -> None:
    """Grow one SQLite store through ``sizes``; search latency at each size; the API on the first and last."""
    db = f"sqlite:///{work}/grow.db"
    previous = 0
    for n in sizes:
        bench.run(
            f"sqlite-index-{n}", [*me, "index", "--store", db, "--docs", str(n), "--skip", str(previous)]
        )
        bench.run(f"sqlite-search-{n}", [*me, "search", "--store", db, "--rounds", "3"])
        previous = n
        if n == sizes[0] and len(sizes) > 1:
            shutil.copy(f"{work}/grow.db", f"{work}/api-first.db")
    if args.only_stores:
        return
    if len(sizes) > 1:
        bench.run(
            f"api-{sizes[0]}",
            [
                PY,
                "bench/bench_api.py",
                "--db",
                f"{work}/api-first.db",
                "--json",
                "--requests",
                "400",
                "--concurrency",
                "2,8",
            ],
        )
    bench.run(
        f"api-{sizes[-1]}",
        [
            PY,
            "bench/bench_api.py",
            "--db",
            f"{work}/grow.db",
            "--json",
            "--requests",
            "400",
            "--concurrency",
            "2,8",
        ],
    )


def _es_node_facts(client: Any) -> dict[str, Any]:
    """Version and JVM heap of the (single) node, for the report."""
    nodes = client.nodes.info(metric="jvm")["nodes"]
    node = next(iter(nodes.values()))
    return {
        "version": node.get("version"),
        "heap_mb": round(int(node["jvm"]["mem"]["heap_max_in_bytes"]) / 2**20),
    }


def _heap(bench: Bench) -> str:
    heap = bench.es.get("heap_mb") if bench.es else None
    return f"{heap} MB heap" if heap else "heap not recorded"


def run_es(bench: Bench, args: argparse.Namespace, sizes: list[int], me: list[str]) -> None:
    stop = None
    url = args.es_url or os.environ.get("LANTOA_TEST_ES_URL")
    try:
        if not url:
            node = _es_module()
            try:
                info = node.start(heap=args.es_heap)
            except Exception as exc:  # noqa: BLE001 - a missing JDK/Maven must not lose the other figures
                bench.notes.append(f"Elasticsearch node could not start ({exc}); no Elasticsearch figures")
                return
            url = str(info["url"])
            bench.es = {"version": info.get("version"), "startup_s": info.get("startup_s"), "url": url}
            bench.es["state_dir"] = str(info["state_dir"])
            stop = lambda: node.stop_state(Path(str(info["state_dir"])))  # noqa: E731
        env = {"LANTOA_TEST_ES_URL": url}
        n_idx = "50000" if args.full else "10000"
        if not args.only_stores:
            bench.run(
                "es-indexing", [PY, "bench/bench_es_indexing.py", "--docs", n_idx, "--url", url], env=env
            )
        alias = f"lantoa-bench-grow-{os.getpid()}"
        previous = 0
        for n in sizes:
            bench.run(
                f"es-index-{n}",
                [*me, "index", "--store", url, "--alias", alias, "--docs", str(n), "--skip", str(previous)]
                + ["--force-merge", str(args.es_force_merge)],
            )
            bench.run(f"es-search-{n}", [*me, "search", "--store", url, "--alias", alias, "--rounds", "3"])
            previous = n
        if not args.only_stores:
            bench.run(
                "es-search-bench", [PY, "bench/bench_es_search.py", "--docs", "10000", "--url", url], env=env
            )
        pid = _es_java_pid(bench.es.get("state_dir", "")) if bench.es else None
        if pid:
            bench.es["peak_rss_mb"] = _vm_hwm_mb(pid)
        try:
            from elasticsearch import Elasticsearch

            client = Elasticsearch(url, request_timeout=60)
            bench.es.update(_es_node_facts(client))
            if args.keep_es_index:
                print(f"kept the Elasticsearch bench index: alias {alias} on {url}")
            else:
                client.indices.delete(index=f"{alias}-v*", ignore_unavailable=True, allow_no_indices=True)
            client.close()
        except Exception:  # noqa: BLE001 - cleanup only
            pass
    finally:
        if stop is not None:
            stop()


# -- the report ----------------------------------------------------------------------------------
def _fmt(value: Any, unit: str = "") -> str:
    if value is None or value == "":
        return "n/a"
    if isinstance(value, float):
        value = f"{value:,.1f}" if abs(value) >= 10 else f"{value:.2f}"
    return f"{value}{unit}"


NAMES = {"sqlite": "SQLite", "es": "Elasticsearch"}


def growth_lines(bench: Bench) -> list[str]:
    """How indexing and search costs grow with the store size, per backend."""
    lines = [
        "| store | documents | indexing docs/s (this step) | search p50 ms | p95 ms | p99 ms | p95 × previous size "
        "| slowest queries (best of rounds) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for backend in ("sqlite", "es"):
        previous_p95 = None
        for run in bench.runs:
            if not (run.name.startswith(f"{backend}-search-") and run.name[-1].isdigit() and run.code == 0):
                continue
            size = run.name.rsplit("-", 1)[1]
            index = bench.get(f"{backend}-index-{size}")
            r = run.result()
            rate = index.result().get("docs_per_s") if index else None
            growth = f"{r['p95_ms'] / previous_p95:.1f}×" if previous_p95 else ""
            lines.append(
                f"| {NAMES[backend]} | {int(size):,} | {_fmt(rate)} | {r['p50_ms']} | {r['p95_ms']} | "
                f"{r['p99_ms']} | {growth} | {'; '.join(r.get('slowest', [])) or 'n/a'} |"
            )
            previous_p95 = r["p95_ms"]
    return lines


def aims_lines(bench: Bench) -> list[str]:
    """The issue's two aims, measured or projected from this run's figures (projections say so)."""
    lines: list[str] = []
    rates = {}
    for run in bench.runs:
        rate = run.find(r"\((\d+) bài/giây\) / imported") if run.name.startswith("import-") else None
        if rate and run.code == 0:
            rates[run.name] = float(rate)
    tag_rate = max(rates.values()) if rates else None
    es_runs = [r for r in bench.runs if r.name.startswith("es-index-") and r.code == 0]
    if tag_rate and es_runs:
        last = es_runs[-1].result()
        es_rate = float(last.get("docs_per_s", 0))
        tag_h = 1_000_000 / tag_rate / 3600
        idx_h = 1_000_000 / es_rate / 3600 if es_rate else float("nan")
        lines.append(
            f"- Tag + index 1M articles on Elasticsearch in under an hour: **projected {tag_h + idx_h:.1f} h** "
            f"on this machine = tagging at {tag_rate:.0f} articles/s (the faster `lantoa import` run, SQLite, "
            f"~{_mean_words(bench)} words/article) → {tag_h:.1f} h, plus Elasticsearch upsert at {es_rate:.0f} docs/s "
            f"(step ending at {last.get('count'):,} docs) → {idx_h:.2f} h: "
            f"{'met' if tag_h + idx_h < 1 else 'not met'} (tagging {'dominates' if tag_h > idx_h else 'is the smaller part'})."
        )
    es_search = [
        r for r in bench.runs if r.name.startswith("es-search-") and r.name[-1].isdigit() and r.code == 0
    ]
    if es_search:
        r = es_search[-1].result()
        verdict = "met" if r["p95_ms"] < 100 else "not met"
        lines.append(
            f"- Search p95 under 100 ms at 1M documents on Elasticsearch: measured p95 **{r['p95_ms']} ms** at "
            f"{r['docs']:,} documents ({verdict} at that size; size 20 with all facets, {_heap(bench)}, shared machine)."
        )
    return lines


def _mean_words(bench: Bench) -> str:
    """Mean words per body of the generated import corpus (same generator and seed as the import step)."""
    from bench.corpus import generate

    bodies = [len(a.body.split()) for a in generate(2000)]
    return f"{sum(bodies) / len(bodies):.0f}"


def summary_rows(bench: Bench) -> list[tuple[str, str, str, str]]:
    """(measure, figure, baseline/ratio, peak RSS) rows of the summary table."""
    rows: list[tuple[str, str, str, str]] = []
    if crawl := bench.get("crawl"):
        real = crawl.find(r"real crawl.*?([\d.]+) articles/s")
        bare = crawl.find(r"bare crawl.*?([\d.]+) articles/s")
        ratio = crawl.find(r"^\s*ratio real/bare\s+([\d.]+)")
        cpu_ratio = crawl.find(r"CPU ratio real/bare\s+([\d.]+)")
        rss = crawl.find(r"real crawl.*peak RSS (\d+) MB")
        rows.append(
            (
                "crawl rate (real spider)",
                f"{real} articles/s",
                f"bare ceiling {bare}/s, ratio {ratio}"
                + (f" (CPU-time ratio {cpu_ratio})" if cpu_ratio else ""),
                f"{rss} MB",
            )
        )
    if tag := bench.get("tagging-1core"):
        data = json.loads(tag.find(r"^(\{.*\})$") or "{}")
        aps, words = data.get("articles_per_s"), data.get("mean_words")
        rows.append(
            (
                "tagging, 1 core (bench_tagging)",
                f"{aps} articles/s ({words} words)",
                "",
                f"{tag.rss_mb:.0f} MB",
            )
        )
    rates: dict[str, float] = {}
    for run in bench.runs:
        if run.name.startswith("import-") and run.code == 0:
            rate = run.find(r"\((\d+) bài/giây\) / imported")  # the importer's own rate, startup excluded
            if rate:
                rates[run.name] = float(rate)
    one = rates.get("import-1w")
    for name, rate in sorted(rates.items()):
        ratio = f"{rate / one:.2f}x of 1 worker" if one and name != "import-1w" else "baseline"
        run = next(r for r in bench.runs if r.name == name)
        rows.append(
            (
                f"tag+index, `lantoa import --workers {name[7:-1]}`",
                f"{rate:.1f} articles/s",
                ratio,
                f"{run.rss_mb:.0f} MB",
            )
        )
    if es_idx := bench.get("es-indexing"):
        raw = es_idx.find(r"raw _bulk \(pre-serialised\): (\d+) docs/s")
        mine = es_idx.find(r"ElasticsearchStore.upsert:\s+(\d+) docs/s")
        ratio = es_idx.find(r"ratio backend/raw: ([\d.]+) best-of")
        rows.append(
            (
                "ES indexing (bench_es_indexing)",
                f"{mine} docs/s",
                f"raw _bulk {raw}/s, ratio {ratio}",
                f"{es_idx.rss_mb:.0f} MB",
            )
        )
    for backend in ("sqlite", "es"):
        for run in bench.runs:
            if run.name.startswith(f"{backend}-index-") and run.code == 0:
                r = run.result()
                start = int(r.get("count", 0)) - int(r.get("written", 0))
                rows.append(
                    (
                        f"{NAMES[backend]} indexing {start:,} → {r.get('count'):,} docs",
                        f"{r.get('docs_per_s')} docs/s",
                        (
                            f"then force-merge {r['segments_before']} → {r['segments_after']} segments "
                            f"in {r['force_merge_s']} s"
                            if "force_merge_s" in r
                            else ""
                        ),
                        f"{run.rss_mb:.0f} MB",
                    )
                )
        for run in bench.runs:
            if run.name.startswith(f"{backend}-search-") and run.name[-1].isdigit() and run.code == 0:
                r = run.result()
                rows.append(
                    (
                        f"{NAMES[backend]} search at {r.get('docs'):,} docs",
                        f"p50 {r.get('p50_ms')} / p95 {r.get('p95_ms')} / p99 {r.get('p99_ms')} ms",
                        f"{r.get('queries')} queries",
                        f"{run.rss_mb:.0f} MB",
                    )
                )
                if "uncached_p95_ms" in r:
                    rows.append(
                        (
                            f"{NAMES[backend]} search at {r.get('docs'):,} docs, request cache cleared each query",
                            f"p50 {r['uncached_p50_ms']} / p95 {r['uncached_p95_ms']} / p99 {r['uncached_p99_ms']} ms",
                            f"{r.get('queries')} queries",
                            "",
                        )
                    )
    for run in bench.runs:
        if run.name.startswith("api-") and run.code == 0:
            match = re.search(r"\{.*\}", run.output, re.DOTALL)
            if not match:
                continue
            data = json.loads(match.group(0))
            rows.append(
                (
                    f"API overhead at {data['documents']} docs",
                    f"{data['api_median_ms']:.1f} ms median via HTTP",
                    f"direct {data['direct_median_ms']:.1f} ms, ratio {data['overhead_ratio']:.2f}",
                    f"{run.rss_mb:.0f} MB (server or client)",
                )
            )
            for load in data.get("load") or [data]:
                rows.append(
                    (
                        f"API load at {data['documents']} docs, {load['concurrency']} clients",
                        f"p50 {load['p50_ms']:.1f} / p95 {load['p95_ms']:.1f} / p99 {load['p99_ms']:.1f} ms",
                        f"{load['requests']} req, {data.get('workers', 1)} server processes, cache off, "
                        f"{load['errors']} errors, {load['throughput_rps']:.0f} req/s",
                        "",
                    )
                )
    if digest := bench.get("digest"):
        wall = digest.find(r"build_digest \S+: wall min ([\d.]+) s")
        store = digest.find(r"store: (\d+) articles")
        docx = digest.find(r"render docx: ([\d.]+) s")
        rows.append(
            (
                f"digest build ({store} articles)",
                f"{wall} s",
                f"render docx {docx} s",
                f"{digest.rss_mb:.0f} MB",
            )
        )
    if loc := bench.get("localities"):
        rate = loc.find(r"locality tagging \(1 core\)\s+([\d.]+)")
        rows.append(("locality tagging, 1 core", f"{rate} articles/s", "", f"{loc.rss_mb:.0f} MB"))
    if bench.es.get("peak_rss_mb"):
        rows.append(
            (
                "Elasticsearch node (JVM)",
                "",
                f"version {bench.es.get('version')}",
                f"{bench.es['peak_rss_mb']:.0f} MB",
            )
        )
    return rows


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        memory = f"{mem_kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        memory = "unknown"
    versions = []
    for package in ("scrapy", "spacy", "fastapi", "uvicorn", "elasticsearch", "pydantic"):
        try:
            from importlib.metadata import version

            versions.append(f"{package} {version(package)}")
        except Exception:  # noqa: BLE001
            continue
    import sqlite3

    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "packages": ", ".join(versions),
    }


def write_report(bench: Bench, path: Path, started: datetime, load_start: tuple[float, float, float]) -> str:
    info = machine()
    rows = summary_rows(bench)
    lines = [
        "# Lan Tỏa benchmark results",
        "",
        f"Measured {started:%Y-%m-%d %H:%M} UTC with `{bench.meta.get('command', 'python -m bench')}` "
        f"(every figure and ratio below comes from this one run).",
        "",
        "## Machine",
        "",
        f"- CPU: {info['cpu']}, {info['cores']} cores; memory {info['memory']}",
        f"- OS: {info['os']}; Python {info['python']}; SQLite {info['sqlite']}",
        f"- Packages: {info['packages']}"
        + (f"; Elasticsearch {bench.es.get('version')} (single node, {_heap(bench)})" if bench.es else ""),
        f"- Load average at start: {load_start[0]:.2f} / {load_start[1]:.2f} / {load_start[2]:.2f} "
        "(the machine is shared with other work; each step's load is in the process table)",
        "",
        "## Summary",
        "",
        "| measure | figure | baseline / ratio (same run) | peak RSS |",
        "| --- | --- | --- | --- |",
        *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows],
        "",
        "## How costs grow with the store",
        "",
        *growth_lines(bench),
        "",
        "## The issue's aims",
        "",
        *aims_lines(bench),
        "",
        "## Processes",
        "",
        "| step | exit | wall s | peak RSS MB | load before → after |",
        "| --- | --- | --- | --- | --- |",
        *[
            f"| {r.name} | {r.code}{' ' + r.skipped if r.skipped else ''} | {r.seconds:.1f} | {r.rss_mb:.0f} | "
            f"{r.load[0]:.2f} → {r.load[1]:.2f} |"
            for r in bench.runs
        ],
        "",
    ]
    if bench.notes:
        lines += ["## Notes", "", *[f"- {note}" for note in bench.notes], ""]
    lines += ["## Raw output", ""]
    for run in bench.runs:
        lines += [f"### {run.name}", "", "```", f"$ {' '.join(run.command[1:])}"]
        lines += [line for line in run.output.splitlines()[-30:] if line.strip()]
        lines += ["```", ""]
    text = "\n".join(lines)
    path.write_text(text, encoding="utf-8")
    return text


def save_runs(bench: Bench, path: Path) -> None:
    """Keep the raw runs so the report can be rewritten without measuring again."""
    data = {
        "full": bench.full,
        "es": bench.es,
        "notes": bench.notes,
        "meta": bench.meta,
        "runs": [r.__dict__ for r in bench.runs],
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def load_runs(path: Path) -> Bench:
    data = json.loads(path.read_text(encoding="utf-8"))
    runs = [Run(**{**r, "load": tuple(r["load"])}) for r in data["runs"]]
    return Bench(full=data["full"], runs=runs, es=data["es"], notes=data["notes"], meta=data.get("meta", {}))


def print_table(bench: Bench) -> None:
    rows = summary_rows(bench)
    widths = [
        max(len(r[i]) for r in [("measure", "figure", "baseline / ratio", "peak RSS"), *rows])
        for i in range(4)
    ]
    print()
    for row in [("measure", "figure", "baseline / ratio", "peak RSS"), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    for note in bench.notes:
        print("note: " + note)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="10k and 100k documents (default)")
    mode.add_argument("--full", action="store_true", help="also 1M documents; bigger runs")
    parser.add_argument("--no-es", action="store_true", help="skip the Elasticsearch benchmarks")
    parser.add_argument("--es-url", help="an existing Elasticsearch node to use")
    parser.add_argument("--stores", default="sqlite,es", help="stores to measure (default sqlite,es)")
    parser.add_argument(
        "--only-stores",
        action="store_true",
        help="only store indexing and search (no crawl, tagging, API, digest)",
    )
    parser.add_argument(
        "--without",
        type=lambda text: {name.strip() for name in text.split(",") if name.strip()},
        default=set(),
        metavar="NAMES",
        help="leave these pipeline benchmarks out (only: crawl)",
    )
    parser.add_argument("--sqlite-sizes", help="sizes for the SQLite store only (default: --sizes)")
    parser.add_argument("--sizes", help="store sizes to measure, e.g. 10000,100000 (default by mode)")
    parser.add_argument("--out", type=Path, default=BENCH / "RESULTS.md", help="report file")
    parser.add_argument("--report-from", type=Path, help="rewrite the report from a saved run (JSON)")
    parser.add_argument("--step", choices=("index", "search"), help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    parser.add_argument("--alias", default="lantoa-bench", help=argparse.SUPPRESS)
    parser.add_argument("--docs", type=int, default=10_000, help=argparse.SUPPRESS)
    parser.add_argument("--skip", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--batch", type=int, default=1000, help=argparse.SUPPRESS)
    parser.add_argument("--rounds", type=int, default=3, help=argparse.SUPPRESS)
    parser.add_argument("--force-merge", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument(
        "--es-force-merge",
        type=int,
        default=1,
        metavar="N",
        help="force-merge the Elasticsearch index to N segments after each bulk load, as "
        "docs/production.md advises (default 1; 0: never)",
    )
    parser.add_argument(
        "--es-heap", help="heap of the node the bench starts, e.g. 2g (default: LANTOA_ES_JAVA_OPTS or 512m)"
    )
    parser.add_argument(
        "--keep-es-index", action="store_true", help="keep the Elasticsearch bench index (with --es-url)"
    )
    args = parser.parse_args(argv)
    if args.step:
        return run_step(args)
    started = datetime.now(UTC)
    load_start = os.getloadavg()
    if args.report_from:
        bench = load_runs(args.report_from)
        started = datetime.fromisoformat(bench.meta["started"])
        load_start = tuple(bench.meta["load_start"])
    else:
        saved = Path(tempfile.gettempdir()) / "lantoa-bench-last.json"
        bench = run_all(
            args,
            {
                "started": started.isoformat(),
                "load_start": list(load_start),
                "command": " ".join(["python -m bench", *(argv if argv is not None else sys.argv[1:])]),
            },
            saved,
        )
        print(f"raw runs saved to {saved} (rewrite the report with --report-from {saved})")
    print_table(bench)
    write_report(bench, args.out, started, load_start)
    print(f"\nwrote {args.out}")
    failed = [r.name for r in bench.runs if r.code != 0]
    if failed:
        print("failed steps: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    raise SystemExit(main())
