"""Benchmark nlp.tag: articles/s on one core for ~800-word articles, model load time, peak RSS, stage costs.

Run: ``.venv/bin/python bench/bench_tagging.py [--articles 300] [--json] [--before REV]``

Prints the whole-tagger rate, then CPU milliseconds per article for each stage, then the stages this
project made faster measured before and after **in the same run**: the "before" code is read from git
revision ``--before`` (default :data:`BEFORE_REV`, the last commit before that work) and loaded beside
the current code, and both are timed in alternation on the same articles (best of ``--repeat`` rounds).
Shared helpers are the current ones in both (the old locality tagger gets today's ``fold``), so each
ratio is what that stage's own change bought. The whole ``nlp.tag`` is compared too: ``lantoa`` and
``nlp`` at ``--before`` are unpacked with ``git archive`` into a temporary directory and each version
tags the same articles in its own child process, alternating, round ``r`` with ``PYTHONHASHSEED=r``
for every version (the seed alone moves the time by about ±5 %); that part prints means over the
``--repeat`` seeds and their range. Without git the before/after part is skipped.

``articles_per_cpu_s`` is the first pass over the articles (every memo cold but for one warm-up
article, another of the same kind, tagged as part of the load time), ``warm_articles_per_cpu_s`` a second pass over the same articles (the memos hold their
words, as in a long crawl). ``compiled_modules`` tells whether the mypyc build (``lantoa
build-native``) is in use; the whole-tagger comparison also runs the current code in pure Python.

On a shared machine compare CPU time (``articles_per_cpu_s``) rather than wall-clock figures; the
load average is printed with the results.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tarfile  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import types  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: The last commit before the hot modules were compiled with mypyc (issue #5, eighth round,
#: ``lantoa build-native``): the "before" here runs in pure Python. The ninth round's base, 07c9005,
#: has compiled modules too; compare with it by instruction counts (``bench_instructions.py
#: --before 07c9005`` builds them for it) or by timing a build of it. The seventh round's base was 310c2b6, the
#: sixth's 310c2b6 too, the fifth's 937f723, the fourth's 1cb34cb, the third's 09f3856, the second's
#: 952dda7.
BEFORE_REV = "36d7bf3"


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
    from nlp.pipeline import get_pipeline, make_doc, make_doc_and_tokens, run

    inputs = [tagger._prepare(d) for d in docs]
    texts = [f"{i.title}\n\n{i.sapo}\n\n{i.text}" for i in inputs]
    vocab = get_pipeline().vocab
    split = [make_doc_and_tokens(vocab, t) for t in texts]
    toks = [(t, s[1]) for t, s in zip(texts, split, strict=True)]
    clf = load_classifier()
    return {
        "prepare (kernel normalize)": _cpu_ms(tagger._prepare, docs),
        "doc: spaCy tokenizer": _cpu_ms(get_pipeline().make_doc, texts),
        "doc: direct from words": _cpu_ms(lambda t: make_doc(vocab, t), texts),
        "doc + name tokens (one split)": _cpu_ms(lambda t: make_doc_and_tokens(vocab, t), texts),
        "spaCy pipeline (doc+cues+entities+figures)": _cpu_ms(run, texts),
        "  people": _cpu_ms(lambda a: extract_people(a[0], toks=a[1]), toks),
        "  organisations": _cpu_ms(lambda a: extract_organizations(a[0], toks=a[1]), toks),
        "  figures": _cpu_ms(extract_figures, texts),
        "classifier": _cpu_ms(lambda i: clf.predict(i.title, i.sapo, i.text, {}) if clf else None, inputs),
        "localities (nlp.localities)": _cpu_ms(tagger._localities, inputs),
        "localities, given the name tokens": _cpu_ms(
            lambda a: tagger._localities(a[0], a[1]), [(i, s[1]) for i, s in zip(inputs, split, strict=True)]
        ),
    }


def _git_source(rev: str, path: str) -> str:
    return subprocess.run(
        ["git", "show", f"{rev}:{path}"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def _load_before(rev: str, path: str, name: str, replace: Sequence[tuple[str, str]] = ()) -> Any:
    """Module ``path`` as it was at ``rev``, loaded as ``name`` beside the current code."""
    source = _git_source(rev, path)
    for old, new in replace:
        source = source.replace(old, new)
    module = types.ModuleType(name)
    module.__file__ = f"{rev}:{path}"
    module.__package__ = path.split("/")[0]
    sys.modules[name] = module
    exec(compile(source, module.__file__, "exec"), module.__dict__)
    return module


#: Run in a child process: CPU ms per article of ``nlp.tag`` on the articles read from stdin.
_WHOLE_CHILD = """
import json, sys, time
docs = json.load(sys.stdin)
import nlp
nlp.tag(docs[0])
start = time.process_time()
for doc in docs:
    nlp.tag(doc)
native = getattr(nlp, "native", None)  # (older trees have no compiled modules)
print(json.dumps({"cpu_ms": 1000 * (time.process_time() - start) / len(docs), "module": nlp.__file__,
                  "native": bool(native and native.status()[0])}))
"""


def _old_tree(rev: str, directory: Path) -> None:
    """``lantoa`` and ``nlp`` as they were at ``rev`` (``git archive``: nothing in the repository changes)."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", rev, "lantoa", "nlp"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(directory, filter="data")


def _whole_before_after(docs: list[dict[str, str]], rev: str, rounds: int) -> dict[str, Any]:
    """The whole ``nlp.tag``, the code at ``rev`` against the current code, the current code both with
    its compiled modules (``lantoa build-native``, when built) and in pure Python (``LANTOA_NATIVE=0``):
    CPU ms per article, each in a fresh child process on the same articles, in turn.

    Round ``r`` runs all three with ``PYTHONHASHSEED=r``: the hash seed alone moves the time by about
    ±5 % (dict and set layouts), as much as most changes measured, so each version gets the same seeds
    and the figures are means over the rounds (with their range)."""
    payload = json.dumps(docs, ensure_ascii=False)
    with tempfile.TemporaryDirectory(prefix="lantoa-before-") as tmp:
        _old_tree(rev, Path(tmp))
        runs = {
            "before": (Path(tmp), {}),
            "pure": (ROOT, {"LANTOA_NATIVE": "0"}),
            "after": (ROOT, {}),
        }
        times: dict[str, list[float]] = {label: [] for label in runs}
        native: dict[str, bool] = {}
        for seed in range(rounds):
            for label, (tree, extra) in runs.items():
                env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": str(seed), **extra}
                done = subprocess.run(
                    [sys.executable, "-c", _WHOLE_CHILD],
                    input=payload,
                    capture_output=True,
                    text=True,
                    cwd=tree,
                    env=env,
                    check=True,
                )
                out = json.loads(done.stdout.strip().splitlines()[-1])
                if not str(out["module"]).startswith(str(tree)):
                    raise RuntimeError(f"{label}: imported nlp from {out['module']}, not {tree}")
                times[label].append(float(out["cpu_ms"]))
                native[label] = bool(out["native"])
    mean = {label: round(sum(ts) / len(ts), 3) for label, ts in times.items()}
    return {
        "before_ms": mean["before"],
        "after_ms": mean["after"],
        "speedup": round(mean["before"] / mean["after"], 3),
        "pure_python_ms": mean["pure"],
        "pure_python_speedup": round(mean["before"] / mean["pure"], 3),
        "compiled_modules_in_use": native["after"],
        "compiled_vs_pure": round(mean["pure"] / mean["after"], 3),
        "hash_seeds": rounds,
        "range_ms": {label: [round(min(ts), 3), round(max(ts), 3)] for label, ts in times.items()},
    }


def _before_after(docs: list[dict[str, str]], rev: str, repeat: int) -> dict[str, dict[str, float]]:
    """Stages replaced since ``rev``: CPU ms per article before and after, timed in alternation."""
    from spacy.tokens import Doc

    import lantoa.text as text_now
    from nlp import tagger
    from nlp.classifier import load_classifier
    from nlp.features import cue_counts
    from nlp.figures import extract_figures
    from nlp.localities import tag_localities
    from nlp.people import extract_people
    from nlp.pipeline import WORDS_KEY, CueMatcher, get_pipeline, make_doc, make_doc_and_tokens
    from nlp.sentences import split_sentences

    text_then = _load_before(rev, "lantoa/text.py", "lantoa._before_text")
    tokens_then = _load_before(rev, "nlp/tokens.py", "nlp._before_tokens")
    sentences_then = _load_before(rev, "nlp/sentences.py", "nlp._before_sentences")
    people_then = _load_before(rev, "nlp/people.py", "nlp._before_people")
    _load_before(rev, "nlp/features.py", "nlp._before_features")
    classifier_then = _load_before(
        rev,
        "nlp/classifier.py",
        "nlp._before_classifier",
        [("from .features import", "from nlp._before_features import")],
    )
    figures_then = _load_before(rev, "nlp/figures.py", "nlp._before_figures")
    _load_before(rev, "nlp/places_matcher.py", "nlp._before_places_matcher")
    localities_then = _load_before(
        rev,
        "nlp/localities.py",
        "nlp._before_localities",
        [("from nlp.places_matcher import", "from nlp._before_places_matcher import")],
    )
    # The spaCy components are registered by the current module; the old one is loaded without
    # its registration decorators and its cue matcher is called directly.
    pipeline_src = re.sub(
        r"^@Language\.(?:factory|component)\(.*\)\n", "", _git_source(rev, "nlp/pipeline.py"), flags=re.M
    )
    pipeline_then = types.ModuleType("nlp._before_pipeline")
    pipeline_then.__package__ = "nlp"
    sys.modules["nlp._before_pipeline"] = pipeline_then
    exec(compile(pipeline_src, f"{rev}:nlp/pipeline.py", "exec"), pipeline_then.__dict__)

    nlp_pipe = get_pipeline()
    vocab = nlp_pipe.vocab
    cues_now = nlp_pipe.get_pipe("lantoa_cues")
    cues_then = pipeline_then.CueMatcher(nlp_pipe)
    inputs = [tagger._prepare(d) for d in docs]
    texts = [f"{i.title}\n\n{i.sapo}\n\n{i.text}" for i in inputs]
    raw = [d["text"] for d in docs]
    # Both matchers get the same kind of Doc (with its words kept, as the pipeline makes it), so the
    # ratio is the matcher's own (before 1cb34cb "then" got a plain Doc and read it token by token).
    docs_then = [make_doc_and_tokens(vocab, t)[0] for t in texts]
    docs_now = [make_doc_and_tokens(vocab, t)[0] for t in texts]
    for doc, t in zip(docs_then + docs_now, texts + texts, strict=True):
        doc.user_data["lantoa_text"] = t

    def localities(module: Any) -> Callable[[Any], object]:
        return lambda i: module.tag_localities(
            i.title, i.text, sapo=i.sapo, source_province_code=i.source_province, published_at=i.published_at
        )

    def localities_given_tokens(module: Any) -> Callable[[Any], object]:
        return lambda a: module.tag_localities(
            a[0].title,
            a[0].text,
            sapo=a[0].sapo,
            source_province_code=a[0].source_province,
            published_at=a[0].published_at,
            chunks=(a[1], a[2].cores, a[2].starts),
        )

    clf_now = load_classifier()
    clf_then = classifier_then.load_classifier()
    scored = [(i, cue_counts(*tagger.cue_evidence(i)[:2])) for i in inputs]
    with_tokens = [(i, t, make_doc_and_tokens(vocab, t)[1]) for i, t in zip(inputs, texts, strict=True)]
    name_tokens = [(t, toks) for _, t, toks in with_tokens]

    pairs: dict[str, tuple[Callable[[Any], object], Callable[[Any], object], Sequence[Any]]] = {
        "normalize (lantoa.text)": (text_then.normalize, text_now.normalize, raw),
        "fold (lantoa.text)": (text_then.fold, text_now.fold, texts),
        "Doc + name tokens": (
            lambda t: (make_doc(vocab, t), tokens_then.tokenize(t)),
            lambda t: make_doc_and_tokens(vocab, t),
            texts,
        ),
        "split + Doc (the words split once)": (
            lambda t: (lambda s: Doc(vocab, words=s.words, spaces=s.spaces))(tokens_then.split_words(t)),
            lambda t: make_doc_and_tokens(vocab, t),
            texts,
        ),
        "cue matcher": (cues_then, cues_now, list(zip(docs_then, docs_now, strict=True))),
        "figures": (figures_then.extract_figures, extract_figures, texts),
        "figures, given the Doc's words": (
            lambda a: figures_then.extract_figures(a[0]),
            lambda a: extract_figures(a[0], words=a[1]),
            [(t, d.user_data[WORDS_KEY]) for t, d in zip(texts, docs_now, strict=True)],
        ),
        "localities": (localities(localities_then), localities(sys.modules["nlp.localities"]), inputs),
        "localities, given the name tokens": (
            localities_given_tokens(localities_then),
            localities_given_tokens(sys.modules["nlp.localities"]),
            with_tokens,
        ),
        "classifier (features + model)": (
            lambda a: clf_then.predict(a[0].title, a[0].sapo, a[0].text, a[1]) if clf_then else None,
            lambda a: clf_now.predict(a[0].title, a[0].sapo, a[0].text, a[1]) if clf_now else None,
            scored,
        ),
        "classifier, given the tokens (as nlp.tag)": (
            lambda a: clf_then.predict(a[0].title, a[0].sapo, a[0].text, a[1]) if clf_then else None,
            lambda a: (
                clf_now.predict(a[0].title, a[0].sapo, a[0].text, a[1], zones=_zones(a[0], a[2]))
                if clf_now
                else None
            ),
            [(i, c, toks) for (i, c), (_, _, toks) in zip(scored, with_tokens, strict=True)],
        ),
        "sentences (body)": (sentences_then.split_sentences, split_sentences, [i.text for i in inputs]),
        "people": (
            lambda a: people_then.extract_people(a[0], toks=a[1]),
            lambda a: extract_people(a[0], toks=a[1]),
            name_tokens,
        ),
    }
    _ = tag_localities  # the current module, imported above so sys.modules has it
    results: dict[str, dict[str, float]] = {}

    def same(fn: Callable[[Any], object]) -> Callable[[], Callable[[Any], object]]:
        return lambda: fn

    for stage, (before, after, items) in pairs.items():
        fresh_before, fresh_after = same(before), same(after)
        if stage == "cue matcher":
            b_items: Sequence[Any] = [d for d, _ in items]
            a_items: Sequence[Any] = [d for _, d in items]
            # a new matcher each round (built outside the timing): its memos start empty, as in a
            # process that tags these articles once
            fresh_before = lambda: pipeline_then.CueMatcher(nlp_pipe)  # noqa: E731
            fresh_after = lambda: CueMatcher(nlp_pipe)  # noqa: E731
        else:
            b_items = a_items = items
        b = min(_cpu_ms(fresh_before(), b_items) for _ in range(repeat))
        a = min(_cpu_ms(fresh_after(), a_items) for _ in range(repeat))
        for _ in range(repeat - 1):  # alternate again so both see the same load
            b = min(b, _cpu_ms(fresh_before(), b_items))
            a = min(a, _cpu_ms(fresh_after(), a_items))
        results[stage] = {"before_ms": b, "after_ms": a, "speedup": round(b / a, 2) if a else 0.0}
    return results


def _zones(inp: Any, toks: Any) -> list[list[str]]:
    """The classifier's zones from the tokens of ``inp``'s combined text, as :func:`nlp.tagger.score`
    makes them."""
    from bisect import bisect_left

    from nlp.features import feature_zones_from_cores

    sapo_start = len(inp.title) + 2
    return feature_zones_from_cores(
        toks.cores,
        bisect_left(toks.starts, sapo_start),
        bisect_left(toks.starts, sapo_start + len(inp.sapo) + 2),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage breakdown")
    parser.add_argument("--before", default=BEFORE_REV, help="git revision of the 'before' code ('' to skip)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds per before/after stage (best is kept)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    # One more article than measured: the last one is the warm-up, tagged as part of loading, so
    # that everything built on first use (the classifier's n-gram index, the figure patterns, the
    # place matcher, the name vocabularies…) counts in the load time and not in the first pass, as
    # in the whole-tagger comparison's child processes.
    *docs, warm_up = _articles(args.articles + 1)
    t0, c0 = time.perf_counter(), time.process_time()
    import nlp

    nlp.tag(warm_up)
    load_s, load_cpu_s = time.perf_counter() - t0, time.process_time() - c0
    from nlp import native

    native_in_use, native_why = native.status()
    words = sum(len(d["text"].split()) for d in docs) / len(docs)
    t1, c1 = time.perf_counter(), time.process_time()
    for doc in docs:
        nlp.tag(doc)
    elapsed, cpu = time.perf_counter() - t1, time.process_time() - c1
    # The same articles again: every per-word memo (and spaCy's vocabulary) now holds their words,
    # as in a long crawl or import where the syllables, places and cue words keep recurring.
    c2 = time.process_time()
    for doc in docs:
        nlp.tag(doc)
    warm_cpu = time.process_time() - c2
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result: dict[str, Any] = {
        "articles": len(docs),
        "compiled_modules": "in use" if native_in_use else f"not in use ({native_why})",
        "mean_words": round(words),
        "articles_per_s": round(len(docs) / elapsed, 1),
        "articles_per_cpu_s": round(len(docs) / cpu, 1),
        "ms_per_article": round(1000 * elapsed / len(docs), 2),
        "cpu_ms_per_article": round(1000 * cpu / len(docs), 2),
        "warm_articles_per_cpu_s": round(len(docs) / warm_cpu, 1),
        "warm_cpu_ms_per_article": round(1000 * warm_cpu / len(docs), 2),
        "load_s": round(load_s, 2),
        "load_cpu_s": round(load_cpu_s, 2),
        "peak_rss_mb": round(rss_mb, 1),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    if not args.no_stages:
        stages = _stages(docs)
        before = stages["doc: spaCy tokenizer"]
        after = stages["doc: direct from words"]
        result["stages_cpu_ms"] = stages
        result["doc_speedup_vs_spacy_tokenizer"] = round(before / after, 2) if after else None
        if args.before:
            try:
                if native_in_use:
                    # The old stage modules are loaded beside the current ones and share their helpers,
                    # which the compiled classes refuse; the whole-tagger comparison below runs in
                    # child processes and covers compiled, pure Python and the old code.
                    result["before_after_cpu_ms"] = "per stage: only in pure Python (LANTOA_NATIVE=0)"
                    subprocess.run(
                        ["git", "rev-parse", "--verify", f"{args.before}^{{commit}}"],
                        cwd=ROOT,
                        capture_output=True,
                        check=True,
                    )
                else:
                    result["before_after_cpu_ms"] = _before_after(docs, args.before, max(1, args.repeat))
                result["before_rev"] = args.before
            except (OSError, subprocess.CalledProcessError) as exc:
                result["before_after_cpu_ms"] = f"skipped: git revision {args.before} not available ({exc})"
            else:
                result["whole_tagger_before_after_cpu_ms"] = {
                    "nlp.tag (fresh process each, mean over hash seeds)": _whole_before_after(
                        docs, args.before, max(1, args.repeat)
                    )
                }
        result["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for key, value in result.items():
            if isinstance(value, dict):
                print(f"{key}:")
                for stage, v in value.items():
                    if isinstance(v, dict):
                        print(
                            f"  {stage:<44} {v['before_ms']:>7.3f} -> {v['after_ms']:>7.3f} ms"
                            f"  ({v['speedup']:.2f}x)"
                        )
                        if "pure_python_ms" in v:
                            print(
                                f"  {'  in pure Python (LANTOA_NATIVE=0)':<44} {v['before_ms']:>7.3f} -> "
                                f"{v['pure_python_ms']:>7.3f} ms  ({v['pure_python_speedup']:.2f}x); "
                                f"compiled modules in use: {v['compiled_modules_in_use']}, "
                                f"compiled vs pure {v['compiled_vs_pure']:.2f}x"
                            )
                        if "range_ms" in v:
                            spread = ", ".join(
                                f"{k} {lo:.3f}-{hi:.3f}" for k, (lo, hi) in v["range_ms"].items()
                            )
                            print(
                                f"  {'  range over hash seeds 0..' + str(v['hash_seeds'] - 1):<44} {spread} ms"
                            )
                    else:
                        print(f"  {stage:<44} {v:>7.3f} ms")
            else:
                print(f"{key:>28}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
