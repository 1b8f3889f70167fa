"""Benchmark nlp.tag: articles/s on one core for ~800-word articles, model load time, peak RSS, stage costs.

Run: ``.venv/bin/python bench/bench_tagging.py [--articles 300] [--json]``

Prints the whole-tagger rate, then CPU milliseconds per article for each stage, and a before/after
measured in the same run for the Doc construction: spaCy's blank Vietnamese tokenizer (before) versus
the Doc built directly from whitespace words (``nlp.pipeline.make_doc``, after). On a shared machine
compare ``articles_per_cpu_s`` (CPU time) rather than wall-clock figures.
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
from collections.abc import Callable, Sequence  # noqa: E402
from typing import Any  # noqa: E402


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


def _cpu_ms(fn: Callable[[Any], object], items: Sequence[Any]) -> float:
    start = time.process_time()
    for item in items:
        fn(item)
    return round(1000 * (time.process_time() - start) / len(items), 3)


def _stages(docs: list[dict[str, str]]) -> dict[str, float]:
    """CPU ms per article of each stage of ``nlp.tag`` (each run on its own, so they overlap a little)."""
    from nlp import tagger
    from nlp.classifier import load_classifier
    from nlp.figures import extract_figures
    from nlp.organizations import extract_organizations
    from nlp.people import extract_people
    from nlp.pipeline import get_pipeline, make_doc, run
    from nlp.tokens import tokenize

    inputs = [tagger._prepare(d) for d in docs]
    texts = [f"{i.title}\n\n{i.sapo}\n\n{i.text}" for i in inputs]
    toks = [(t, tokenize(t)) for t in texts]
    vocab = get_pipeline().vocab
    clf = load_classifier()
    return {
        "prepare (kernel normalize)": _cpu_ms(tagger._prepare, docs),
        "doc: spaCy tokenizer (before)": _cpu_ms(get_pipeline().make_doc, texts),
        "doc: direct from words (after)": _cpu_ms(lambda t: make_doc(vocab, t), texts),
        "spaCy pipeline (doc+cues+entities+figures)": _cpu_ms(run, texts),
        "  tokens for names": _cpu_ms(tokenize, texts),
        "  people": _cpu_ms(lambda a: extract_people(a[0], toks=a[1]), toks),
        "  organisations": _cpu_ms(lambda a: extract_organizations(a[0], toks=a[1]), toks),
        "  figures": _cpu_ms(extract_figures, texts),
        "classifier": _cpu_ms(lambda i: clf.predict(i.title, i.sapo, i.text, {}) if clf else None, inputs),
        "localities (nlp.localities)": _cpu_ms(tagger._localities, inputs),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage breakdown")
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
    result: dict[str, Any] = {
        "articles": len(docs),
        "mean_words": round(words),
        "articles_per_s": round(len(docs) / elapsed, 1),
        "articles_per_cpu_s": round(len(docs) / cpu, 1),
        "ms_per_article": round(1000 * elapsed / len(docs), 2),
        "cpu_ms_per_article": round(1000 * cpu / len(docs), 2),
        "load_s": round(load_s, 2),
        "peak_rss_mb": round(rss_mb, 1),
    }
    if not args.no_stages:
        stages = _stages(docs)
        before = stages["doc: spaCy tokenizer (before)"]
        after = stages["doc: direct from words (after)"]
        result["stages_cpu_ms"] = stages
        result["doc_speedup_vs_spacy_tokenizer"] = round(before / after, 2) if after else None
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for key, value in result.items():
            if isinstance(value, dict):
                print(f"{key}:")
                for stage, ms in value.items():
                    print(f"  {stage:<44} {ms:>7.3f} ms")
            else:
                print(f"{key:>28}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
