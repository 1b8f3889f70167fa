"""Load the tagger's compiled (mypyc) modules when they match the source, else run pure Python.

``lantoa build-native`` (:mod:`nlp.native_build`) compiles the tagger's hot modules from **the same
source files** with mypyc into :func:`native_dir` and writes a manifest of the sources' SHA-256.
:func:`install` (called by ``nlp/__init__``) puts a finder first on ``sys.meta_path`` that serves
those modules from the compiled files, but only when every listed source file still has the hash it
was compiled from: the compiled modules call each other directly, so one edited file makes the whole
set stale, and then the pure Python modules are used (with one warning in the log). The tags are
the same either way (``tests/nlp/test_native.py`` compares them on the whole development corpus);
only the speed differs.

``LANTOA_NATIVE=0`` turns the compiled modules off; ``LANTOA_NATIVE_DIR`` moves them.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

logger = logging.getLogger(__name__)

MANIFEST = "manifest.json"
#: The manifest format this loader reads.
MANIFEST_VERSION = 1
#: The package root (the directory that holds ``nlp/``): module paths in the manifest are relative to it.
SOURCE_ROOT = Path(__file__).resolve().parent.parent


def native_dir() -> Path:
    """Where the compiled modules live: ``LANTOA_NATIVE_DIR``, else ``<python prefix>/lantoa-native``
    (inside the virtual environment, so a new environment or Python starts without stale builds)."""
    configured = os.environ.get("LANTOA_NATIVE_DIR")
    return Path(configured) if configured else Path(sys.prefix) / "lantoa-native"


def enabled() -> bool:
    """False when ``LANTOA_NATIVE`` is ``0``/``false``/``no``/``off``."""
    return os.environ.get("LANTOA_NATIVE", "1").strip().lower() not in {"0", "false", "no", "off"}


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class Build:
    """A compiled set as its manifest describes it."""

    directory: Path
    cache_tag: str  # the interpreter it was built for (sys.implementation.cache_tag)
    group: str  # the shared library module every compiled module imports
    modules: dict[str, dict[str, str]]  # module name -> {"path": file (relative), "sha256": ...}
    compiler: str

    def stale(self, root: Path = SOURCE_ROOT) -> list[str]:
        """The modules whose source differs from (or is missing since) the build, in order."""
        out: list[str] = []
        for name, entry in self.modules.items():
            source = root / entry["path"]
            if not source.is_file() or source_hash(source) != entry["sha256"]:
                out.append(name)
        return out

    def library(self, name: str) -> Path | None:
        """The compiled file of module ``name`` (or of the group library)."""
        parts = name.split(".")
        folder = self.directory.joinpath(*parts[:-1])
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            candidate = folder / f"{parts[-1]}{suffix}"
            if candidate.is_file():
                return candidate
        return None


def read_build(directory: Path | None = None) -> Build | None:
    """The manifest in ``directory`` (default :func:`native_dir`), or None when there is no build."""
    directory = directory or native_dir()
    path = directory / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        logger.warning("unreadable native manifest %s (%s): using pure Python", path, exc)
        return None
    if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION:
        logger.warning("native manifest %s has another format: using pure Python", path)
        return None
    try:
        return Build(
            directory=directory,
            cache_tag=str(data["cache_tag"]),
            group=str(data["group"]),
            modules={
                str(k): {"path": str(v["path"]), "sha256": str(v["sha256"])}
                for k, v in data["modules"].items()
            },
            compiler=str(data.get("compiler", "")),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        logger.warning("native manifest %s is incomplete (%s): using pure Python", path, exc)
        return None


def usable(build: Build | None, root: Path = SOURCE_ROOT) -> tuple[bool, str]:
    """(whether ``build`` can be loaded, why not in one line)."""
    if build is None:
        return False, "no compiled modules (run `lantoa build-native`)"
    if build.cache_tag != sys.implementation.cache_tag:
        return False, f"compiled for {build.cache_tag}, running {sys.implementation.cache_tag}"
    stale = build.stale(root)
    if stale:
        return False, f"source changed since the build: {', '.join(stale)} (run `lantoa build-native`)"
    missing = [m for m in [build.group, *build.modules] if build.library(m) is None]
    if missing:
        return False, f"compiled files missing: {', '.join(missing)}"
    return True, "ok"


class NativeFinder(MetaPathFinder):
    """Serves the compiled modules of one :class:`Build` (checked once, on the first request)."""

    def __init__(self, directory: Path | None = None, root: Path = SOURCE_ROOT) -> None:
        self._directory = directory
        self._root = root
        self._lock = threading.Lock()
        self._checked = False
        self._build: Build | None = None
        self.reason = "not checked yet"

    def _ready(self) -> Build | None:
        with self._lock:
            if not self._checked:
                self._checked = True
                build = read_build(self._directory)
                ok, self.reason = usable(build, self._root)
                if ok:
                    self._build = build
                    logger.debug("compiled tagger modules in use from %s", build.directory if build else "")
                elif build is not None:
                    logger.warning(
                        "không dùng mô-đun biên dịch, chạy Python thuần / compiled tagger modules not used: %s",
                        self.reason,
                    )
            return self._build

    def active(self) -> bool:
        """Whether the compiled modules are served (checks the build on the first call)."""
        return self._ready() is not None

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if not (fullname.startswith("nlp.") or fullname.endswith("__mypyc")):
            return None
        build = self._ready()
        if build is None or (fullname not in build.modules and fullname != build.group):
            return None
        library = build.library(fullname)
        if library is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(library))
        return importlib.util.spec_from_file_location(fullname, library, loader=loader)


_FINDER: NativeFinder | None = None


def install() -> NativeFinder | None:
    """Put the finder first on ``sys.meta_path`` (once; nothing is read until a module is imported)."""
    global _FINDER
    if not enabled():
        return None
    if _FINDER is None:
        _FINDER = NativeFinder()
        sys.meta_path.insert(0, _FINDER)
    return _FINDER


def status() -> tuple[bool, str]:
    """(compiled modules in use, why or why not): for ``lantoa build-native --check`` and the bench."""
    if not enabled():
        return False, "LANTOA_NATIVE=0"
    finder = _FINDER or install()
    if finder is None:
        return False, "LANTOA_NATIVE=0"
    return finder.active(), finder.reason
