"""Crawl output files that were crawled but not yet stored.

The crawler marks each article as seen the moment it writes it to the run's JSONL, so a run that
is killed after crawling but before storing would otherwise leave those articles only in that
file: the next crawl skips them as already seen. ``lantoa crawl`` therefore registers its output
file here before crawling and removes it once the store has taken every article; the next run
stores whatever is still registered first. Storing is an idempotent upsert, so storing a file twice
is harmless.
"""

from __future__ import annotations

import os
from pathlib import Path


class PendingFiles:
    """A small list of paths kept in a text file, rewritten atomically on every change."""

    def __init__(self, registry: Path) -> None:
        self.registry = registry

    def paths(self) -> list[Path]:
        """Registered files that still exist, oldest first (missing ones are forgotten)."""
        if not self.registry.exists():
            return []
        lines = self.registry.read_text(encoding="utf-8").splitlines()
        return [Path(line) for line in dict.fromkeys(lines) if line.strip() and Path(line).exists()]

    def add(self, path: Path) -> None:
        self._write([*self.paths(), path.resolve()])

    def remove(self, path: Path) -> None:
        resolved = path.resolve()
        self._write([p for p in self.paths() if p.resolve() != resolved])

    def _write(self, paths: list[Path]) -> None:
        self.registry.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.registry.with_name(self.registry.name + ".tmp")
        tmp.write_text("".join(f"{p}\n" for p in dict.fromkeys(paths)), encoding="utf-8")
        os.replace(tmp, self.registry)
