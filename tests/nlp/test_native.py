"""The compiled (mypyc) tagger modules: in use where they were built, the same tags as pure Python,
and never used when stale, broken or switched off."""

from __future__ import annotations

import importlib.machinery
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nlp import native
from nlp.devcorpus import SPLITS, load_split
from nlp.native_build import GROUP, MODULES, NativeBuildError, build, module_path

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _corpus() -> list[dict[str, object]]:
    docs: list[dict[str, object]] = []
    for split in SPLITS:
        for rec in load_split(split):
            docs.append({k: rec[k] for k in ("title", "sapo", "text", "published_at") if k in rec})
    return docs


_TAG_ALL = """
import json, sys
import nlp
from nlp import native
docs = json.load(sys.stdin)
print(json.dumps({"native": native.status()[0],
                  "tags": [nlp.tag(d).model_dump(mode="json") for d in docs]}, ensure_ascii=False))
"""


def _tag_in_child(docs: list[dict[str, object]], native_on: bool) -> tuple[bool, list[object]]:
    env = {**os.environ, "LANTOA_NATIVE": "1" if native_on else "0", "PYTHONHASHSEED": "0"}
    result = subprocess.run(
        [sys.executable, "-c", _TAG_ALL],
        input=json.dumps(docs, ensure_ascii=False),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
        timeout=600,
    )
    out = json.loads(result.stdout)
    return bool(out["native"]), list(out["tags"])


def test_compiled_modules_are_in_use_where_built() -> None:
    """CI builds them (``make test`` runs ``lantoa build-native``): there they must be in use."""
    in_use, why = native.status()
    if not in_use:
        if IN_CI:
            pytest.fail(f"compiled tagger modules not in use under CI: {why}")
        pytest.skip(f"compiled tagger modules not in use here: {why}")
    import nlp.localities

    assert Path(str(nlp.localities.__file__)).suffix == ".so"
    assert str(native.native_dir()) in str(nlp.localities.__file__)


def test_compiled_and_pure_python_tag_the_whole_dev_corpus_the_same() -> None:
    in_use, why = native.status()
    if not in_use:
        if IN_CI:
            pytest.fail(f"compiled tagger modules not in use under CI: {why}")
        pytest.skip(f"nothing to compare: {why}")
    docs = _corpus()
    assert len(docs) > 500
    compiled_on, compiled = _tag_in_child(docs, native_on=True)
    pure_on, pure = _tag_in_child(docs, native_on=False)
    assert (compiled_on, pure_on) == (True, False)
    assert len(compiled) == len(pure) == len(docs)
    differ = [i for i, (a, b) in enumerate(zip(compiled, pure, strict=True)) if a != b]
    assert not differ, f"{len(differ)} documents tagged differently, first: {docs[differ[0]]['title']!r}"


def _fake_build(tmp_path: Path, *, cache_tag: str | None = None, sha: str | None = None) -> Path:
    """A build directory whose manifest lists nlp.sentences, with an empty file for each library."""
    directory = tmp_path / "native"
    (directory / "nlp").mkdir(parents=True)
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    (directory / "nlp" / f"sentences{suffix}").write_bytes(b"")
    (directory / f"{GROUP}__mypyc{suffix}").write_bytes(b"")
    source = ROOT / module_path("nlp.sentences")
    manifest = {
        "version": native.MANIFEST_VERSION,
        "cache_tag": cache_tag or sys.implementation.cache_tag,
        "group": f"{GROUP}__mypyc",
        "compiler": "test",
        "modules": {
            "nlp.sentences": {"path": "nlp/sentences.py", "sha256": sha or native.source_hash(source)}
        },
    }
    (directory / native.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return directory


def test_a_build_that_matches_the_source_is_usable(tmp_path: Path) -> None:
    build_ = native.read_build(_fake_build(tmp_path))
    assert native.usable(build_, ROOT) == (True, "ok")


def test_an_edited_source_makes_the_whole_build_stale(tmp_path: Path) -> None:
    build_ = native.read_build(_fake_build(tmp_path, sha="0" * 64))
    assert build_ is not None and build_.stale(ROOT) == ["nlp.sentences"]
    ok, why = native.usable(build_, ROOT)
    assert not ok and "nlp.sentences" in why and "build-native" in why
    finder = native.NativeFinder(build_.directory, ROOT)
    assert finder.find_spec("nlp.sentences") is None
    assert not finder.active()


def test_a_build_for_another_python_is_not_used(tmp_path: Path) -> None:
    ok, why = native.usable(native.read_build(_fake_build(tmp_path, cache_tag="cpython-399")), ROOT)
    assert not ok and "cpython-399" in why


def test_missing_compiled_files_are_not_used(tmp_path: Path) -> None:
    directory = _fake_build(tmp_path)
    for lib in directory.glob(f"{GROUP}__mypyc*"):
        lib.unlink()
    ok, why = native.usable(native.read_build(directory), ROOT)
    assert not ok and "missing" in why


def test_a_broken_manifest_means_pure_python(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    directory = _fake_build(tmp_path)
    (directory / native.MANIFEST).write_text("{not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="nlp.native"):
        assert native.read_build(directory) is None
    assert "unreadable native manifest" in caplog.text
    (directory / native.MANIFEST).write_text(json.dumps({"version": 1, "modules": {}}), encoding="utf-8")
    assert native.read_build(directory) is None
    assert native.read_build(tmp_path / "nowhere") is None


def test_the_finder_serves_only_listed_modules(tmp_path: Path) -> None:
    finder = native.NativeFinder(_fake_build(tmp_path), ROOT)
    spec = finder.find_spec("nlp.sentences")
    assert spec is not None and spec.origin is not None and spec.origin.startswith(str(tmp_path))
    assert finder.find_spec(f"{GROUP}__mypyc") is not None
    assert finder.find_spec("nlp.tagger") is None
    assert finder.find_spec("json") is None


def test_switched_off_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANTOA_NATIVE", "0")
    assert not native.enabled()
    assert native.status() == (False, "LANTOA_NATIVE=0")
    code = "import nlp, nlp.localities; print(nlp.localities.__file__)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True, timeout=120
    )
    assert out.stdout.strip().endswith("localities.py")


def test_a_failed_build_says_why_and_keeps_the_previous_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No C compiler: a clear error naming what is needed, and the directory is left as it was."""
    directory = _fake_build(tmp_path)
    before = sorted(p.name for p in directory.rglob("*"))
    monkeypatch.setenv("CC", str(tmp_path / "no-such-compiler"))
    messages: list[str] = []
    with pytest.raises(NativeBuildError) as err:
        build(directory, force=True, modules=("nlp.memo",), say=messages.append)
    assert "C compiler" in str(err.value) and "native build failed" in str(err.value)
    assert sorted(p.name for p in directory.rglob("*")) == before
    assert not [p for p in directory.parent.iterdir() if p.name.startswith("lantoa-native-")]
    assert messages and "mypyc" in messages[0]


def test_an_unwritable_build_directory_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    with pytest.raises(NativeBuildError, match="cannot write to"):
        build(blocker / "native", force=True, modules=("nlp.memo",), say=lambda _: None)


def test_an_unknown_module_is_refused_before_compiling(tmp_path: Path) -> None:
    with pytest.raises(NativeBuildError, match="source not found"):
        build(tmp_path / "out", force=True, modules=("nlp.no_such_module",), say=lambda _: None)


def test_the_compiled_set_lists_real_modules() -> None:
    assert MODULES and len(set(MODULES)) == len(MODULES)
    for name in MODULES:
        assert (ROOT / module_path(name)).is_file(), name
