"""Benchmark nlp.tag: articles/s on one core for ~800-word articles, model load time and peak RSS.

Run: ``.venv/bin/python bench/bench_tagging.py [--articles 300]``
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402


def _articles(n: int, words: int = 800) -> list[dict[str, str]]:
    from nlp.devcorpus import load_split

    records = load_split("train") + load_split("heldout")
    out: list[dict[str, str]] = []
    i = 0
    while len(out) < n:
        head = records[i % len(records)]
        paras: list[str] = []
        j = i
        while sum(len(p.split()) for p in paras) < words:
            paras.extend(records[j % len(records)]["text"].split("\n\n"))
            j += 7
        text = "\n\n".join(paras)
        text = " ".join(text.split(" ")[:words])
        out.append({"title": head["title"], "sapo": head["sapo"], "text": text})
        i += 1
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    t0 = time.perf_counter()
    import nlp

    nlp.tag({"title": "Khởi động", "text": "Chị vươn lên thoát nghèo nhờ nuôi bò sinh sản."})
    load_s = time.perf_counter() - t0
    docs = _articles(args.articles)
    words = sum(len(d["text"].split()) for d in docs) / len(docs)
    t1, c1 = time.perf_counter(), time.process_time()
    for doc in docs:
        nlp.tag(doc)
    elapsed, cpu = time.perf_counter() - t1, time.process_time() - c1
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "articles": len(docs),
        "mean_words": round(words),
        "articles_per_s": round(len(docs) / elapsed, 1),
        "articles_per_cpu_s": round(len(docs) / cpu, 1),
        "ms_per_article": round(1000 * elapsed / len(docs), 2),
        "load_s": round(load_s, 2),
        "peak_rss_mb": round(rss_mb, 1),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>16}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
