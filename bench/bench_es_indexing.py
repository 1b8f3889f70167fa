"""Benchmark: ElasticsearchStore.upsert throughput vs raw ``_bulk`` of the same pre-serialised documents.

Usage: ``python bench/bench_es_indexing.py [--docs 20000] [--url http://127.0.0.1:9200]``.
Both runs index into fresh indices of the same node, in the same process, alternating
order over ``--rounds``. Prints docs/s and the ratio (aim: backend >= 0.8 of raw); asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_es_search import generate, node_url, raw_bulk, serialise  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--url")
    parser.add_argument("--chunk-size", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=2, help="bulk requests in flight (backend)")
    args = parser.parse_args()
    from elasticsearch import Elasticsearch

    from lantoa.store import es_admin
    from lantoa.store.elasticsearch import ElasticsearchStore

    url, stop = node_url(args.url)
    client = Elasticsearch(url, request_timeout=120)
    articles = list(generate(args.docs, seed=11))
    bodies = serialise(articles, chunk=args.chunk_size)
    raw_rates: list[float] = []
    store_rates: list[float] = []
    try:
        for round_no in range(args.rounds):
            for kind in ("raw", "store") if round_no % 2 == 0 else ("store", "raw"):
                alias = f"lantoa-bench-idx-{kind}-{os.getpid()}-{round_no}"
                es_admin.apply(client, alias)
                began = time.perf_counter()
                if kind == "raw":
                    raw_bulk(client, alias, bodies)
                else:
                    store = ElasticsearchStore(
                        url, alias=alias, spool_dir=Path("/tmp") / alias, chunk_size=500
                    )
                    written = store.upsert(articles)
                    assert written == len(articles), written
                    store.close()
                client.indices.refresh(index=alias)
                elapsed = time.perf_counter() - began
                assert int(client.count(index=alias)["count"]) == len(articles)
                (raw_rates if kind == "raw" else store_rates).append(len(articles) / elapsed)
                print(
                    f"round {round_no + 1} {kind:5s}: {len(articles) / elapsed:8.0f} docs/s ({elapsed:.1f} s)"
                )
                client.indices.delete(index=f"{alias}-v*", ignore_unavailable=True, allow_no_indices=True)
        raw, mine = max(raw_rates), max(store_rates)
        print(f"raw _bulk (pre-serialised): {raw:.0f} docs/s (best of {args.rounds})")
        print(f"ElasticsearchStore.upsert:  {mine:.0f} docs/s (best of {args.rounds})")
        median = statistics.median(store_rates) / statistics.median(raw_rates)
        print(f"ratio backend/raw: {mine / raw:.2f} best-of, {median:.2f} median (aim >= 0.80)")
        print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    finally:
        client.close()
        stop()


if __name__ == "__main__":
    main()
