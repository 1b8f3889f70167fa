"""``lantoa build-native``: compile the tagger's hot modules with mypyc (same source, C speed-up).

mypyc (it comes with mypy) turns the type-annotated modules listed in :data:`MODULES` into C
extension modules; :mod:`nlp.native` loads them in place of the ``.py`` files while those files are
unchanged. The build needs a C compiler and the Python headers; without them the command fails with
a clear message and the tagger keeps running in pure Python, with the same tags, only slower.

The build runs in a temporary directory and replaces the previous one only when it succeeded, so an
interrupted or failed build never leaves a half-written set behind.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .native import MANIFEST, MANIFEST_VERSION, SOURCE_ROOT, native_dir, read_build, source_hash, usable

logger = logging.getLogger(__name__)

#: The modules compiled, in the order of the tagging pipeline. Each is plain, type-annotated Python
#: that mypy checks; the ones left out gain nothing measurable or rely on dynamic Python.
MODULES: tuple[str, ...] = (
    "nlp.localities",
    "nlp.places_matcher",
    "nlp.places_roles",
    "nlp.people",
    "nlp.figures",
    "nlp.exemplary",
    "nlp.entities",
    "nlp.organizations",
    "nlp.features",
    "nlp.summary",
    "nlp.sentences",
    "nlp.numbers",
    "nlp.tokens",
    "nlp.pipeline",
    "nlp.tagger",
)
#: The name of the shared library that holds the compiled code of every module.
GROUP = "lantoa_nlp"


class NativeBuildError(RuntimeError):
    """The compiled modules could not be built (message in Vietnamese and English)."""


def module_path(name: str) -> str:
    return name.replace(".", "/") + ".py"


def _build_script(modules: tuple[str, ...], target: Path, out: Path) -> str:
    """The child process's program: mypycify the modules, compile them into ``out``."""
    paths = [module_path(m) for m in modules]
    return f"""
import sys
from setuptools import Distribution
from setuptools.command.build_ext import build_ext
from mypyc.build import mypycify

exts = mypycify({paths!r}, opt_level="3", multi_file=True, group_name={GROUP!r}, target_dir={str(target)!r})
dist = Distribution({{"ext_modules": exts}})
cmd = build_ext(dist)
cmd.build_lib = {str(out)!r}
cmd.build_temp = {str(target / "temp")!r}
cmd.parallel = {max(1, min(4, os.cpu_count() or 1))}
cmd.ensure_finalized()
cmd.run()
"""


def build(
    directory: Path | None = None,
    *,
    force: bool = False,
    modules: tuple[str, ...] = MODULES,
    say: Callable[[str], None] = print,
) -> Path:
    """Compile ``modules`` into ``directory`` (default :func:`nlp.native.native_dir`); returns it.

    Does nothing when the build there is already up to date (unless ``force``). Raises
    :class:`NativeBuildError` with the compiler's last lines when the build fails.
    """
    directory = directory or native_dir()
    if not force:
        current = read_build(directory)
        if usable(current)[0] and current is not None and tuple(current.modules) == modules:
            say(f"Mô-đun biên dịch đã cập nhật / compiled modules up to date: {directory}")
            return directory
    try:
        import mypyc  # noqa: F401  (only to tell a missing mypy apart from a failed build)
    except ImportError:
        raise NativeBuildError(
            "thiếu mypy (mypyc) / mypy (mypyc) is not installed: pip install 'mypy>=1.10'"
        ) from None
    sources = {m: SOURCE_ROOT / module_path(m) for m in modules}
    missing = [str(p) for p in sources.values() if not p.is_file()]
    if missing:
        raise NativeBuildError(f"không thấy mã nguồn / source not found: {', '.join(missing)}")
    hashes = {m: source_hash(p) for m, p in sources.items()}
    try:
        directory.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix="lantoa-native-", dir=directory.parent))
    except OSError as exc:
        raise NativeBuildError(
            f"không ghi được vào / cannot write to {directory.parent} ({exc.strerror or exc}); "
            "đặt / set LANTOA_NATIVE_DIR"
        ) from None
    try:
        out = work / "out"
        script = _build_script(modules, work / "c", out)
        say(f"Biên dịch {len(modules)} mô-đun bằng mypyc / compiling {len(modules)} modules with mypyc …")
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-c", script],
            cwd=SOURCE_ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
            raise NativeBuildError(
                "biên dịch thất bại / native build failed "
                f"(exit {result.returncode}; cần trình biên dịch C và Python headers / "
                f"needs a C compiler and the Python headers):\n{tail}"
            )
        # the sources must not have changed while they were compiled
        if any(source_hash(p) != hashes[m] for m, p in sources.items()):
            raise NativeBuildError("mã nguồn đã đổi trong lúc biên dịch / sources changed during the build")
        manifest = {
            "version": MANIFEST_VERSION,
            "cache_tag": sys.implementation.cache_tag,
            "group": f"{GROUP}__mypyc",
            "compiler": _mypy_version(),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "modules": {m: {"path": module_path(m), "sha256": hashes[m]} for m in modules},
        }
        (out / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        ok, why = usable(read_build(out))
        if not ok:
            raise NativeBuildError(f"bản biên dịch không dùng được / the build is not usable: {why}")
        _replace(out, directory)
        say(
            f"Xong sau {time.monotonic() - started:.0f} s / done in {time.monotonic() - started:.0f} s: {directory}"
        )
        return directory
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _replace(new: Path, directory: Path) -> None:
    """Swap ``new`` in for ``directory`` (the old set is removed only after the new one is in place)."""
    old = directory.with_name(directory.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if directory.exists():
        os.replace(directory, old)
    os.replace(new, directory)
    shutil.rmtree(old, ignore_errors=True)


def _mypy_version() -> str:
    try:
        from mypy.version import __version__

        return f"mypyc {__version__}"
    except ImportError:
        return "mypyc"
