"""Count the CPU instructions ``nlp.tag`` executes per article, with valgrind's callgrind.

Run: ``.venv/bin/python bench/bench_instructions.py [--articles 100] [--before REV]``

Timing on a shared machine moves by ±5 % from run to run (and with the hash seed), as much as most
single changes are worth; an instruction count does not move at all for the same code, articles and
``PYTHONHASHSEED``, so it tells a 1 % change apart where timing cannot. It is not a time: C-level
``map`` passes, for instance, run more instructions per cycle than compiled loops, so confirm a
gain with ``bench_tagging.py`` before keeping it.

The articles are ``bench_tagging``'s first ``--articles`` (first pass: one warm-up article, then
every memo and spaCy's vocabulary cold, as in ``articles_per_cpu_s``). Collection is switched on
with ``callgrind_control`` after loading and the warm-up, and off after the last article. With the
compiled modules (``lantoa build-native``) in use, that is what is counted; ``--before REV``
unpacks ``lantoa`` and ``nlp`` at ``REV`` with ``git archive``, builds its compiled modules when
``REV`` has them (about a minute) and counts both, each in its own process, at the same time.

Needs valgrind (``apt-get install valgrind``); without it the script says so and exits with 2.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The child: load, tag one article, count the first pass over the others.
_CHILD = """
import os, subprocess, sys
sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
import bench_tagging
import nlp
from nlp import tagger
docs = bench_tagging._articles({n})
nlp.tag(docs[0])
compiled = type(tagger.tag).__name__ == "builtin_function_or_method"
subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=True)
for d in docs:
    nlp.tag(d)
subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], capture_output=True, check=True)
print("COMPILED" if compiled else "PURE", file=sys.stderr)
"""


def _count(root: Path, native_dir: Path | None, articles: int, seed: int) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONPATH=str(root))
    if native_dir is not None:
        env["LANTOA_NATIVE_DIR"] = str(native_dir)
    script = _CHILD.format(root=str(root), bench=str(ROOT / "bench"), n=articles)
    out = Path(tempfile.mkstemp(prefix="lantoa-callgrind-")[1])
    return subprocess.Popen(
        [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-c",
            script,
        ],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _result(proc: subprocess.Popen[str], articles: int) -> tuple[float, str]:
    output, _ = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"callgrind run failed (exit {proc.returncode}):\n{output[-2000:]}")
    collected = re.search(r"Collected\s*:\s*(\d+)", output)
    if collected is None:
        raise SystemExit(f"no instruction count in callgrind's output:\n{output[-2000:]}")
    mode = "compiled" if "COMPILED" in output else "pure Python"
    return int(collected.group(1)) / articles / 1e6, mode


def _before_tree(rev: str, work: Path) -> tuple[Path, Path | None]:
    """``lantoa`` and ``nlp`` at ``rev`` in ``work`` (with ``pyproject.toml``, which holds the
    type-checking settings the build needs), with their compiled modules when ``rev`` has them."""
    archive = subprocess.run(
        ["git", "archive", rev, "lantoa", "nlp", "pyproject.toml"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(work, filter="data")
    if not (work / "nlp" / "native_build.py").is_file():
        return work, None
    native = work / "native"
    build = f"from pathlib import Path; from nlp.native_build import build; build(Path({str(native)!r}))"
    subprocess.run(
        [sys.executable, "-c", build],
        cwd=work,
        env=dict(os.environ, PYTHONPATH=str(work), LANTOA_NATIVE="0"),
        check=True,
    )
    return work, native


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="articles counted (default 100)")
    parser.add_argument("--seed", type=int, default=0, help="PYTHONHASHSEED of the runs (default 0)")
    parser.add_argument("--before", metavar="REV", help="also count the code at this git revision")
    args = parser.parse_args()
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print(
            "thiếu valgrind / valgrind is not installed (apt-get install valgrind): "
            "instruction counts need callgrind",
            file=sys.stderr,
        )
        return 2
    with tempfile.TemporaryDirectory(prefix="lantoa-instr-") as tmp:
        runs = {"now": _count(ROOT, None, args.articles, args.seed)}
        if args.before:
            tree, native = _before_tree(args.before, Path(tmp))
            runs[args.before] = _count(tree, native, args.articles, args.seed)
        results = {label: _result(proc, args.articles) for label, proc in runs.items()}
    for label, (millions, mode) in results.items():
        print(f"{label:>12}: {millions:6.2f} M instructions per article ({mode})")
    if args.before:
        now, before = results["now"][0], results[args.before][0]
        print(f"{'now/before':>12}: {now / before:.3f} ({100 * (now / before - 1):+.1f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
