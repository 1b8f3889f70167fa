"""Durable on-disk spool for articles that could not be indexed, replayed later.

Each failed batch becomes one ``spool-*.jsonl`` file (one Article JSON per line),
written to a temporary name, fsynced and renamed, so a crash never leaves half a file.
Articles the backend rejects for good (e.g. a mapping error) go to ``rejected/`` with
the error, so nothing is ever silently lost.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from lantoa.schema import Article

logger = logging.getLogger(__name__)

#: A writer takes a batch and returns the articles it could NOT write (to keep spooled).
BatchWriter = Callable[[list[Article]], Sequence[Article]]


@dataclass
class ReplayReport:
    files: int = 0
    replayed: int = 0
    remaining: int = 0
    rejected: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.remaining == 0


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_atomic(path: Path, lines: Iterable[str]) -> int:
    tmp = path.with_name(path.name + ".tmp")
    count = 0
    with open(tmp, "w", encoding="utf-8") as out:
        for line in lines:
            out.write(line + "\n")
            count += 1
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)
    return count


def _count_lines(path: Path) -> int:
    with open(path, encoding="utf-8") as handle:
        return sum(1 for line in handle if line.strip())


class Spool:
    """A folder of pending articles (``<data_dir>/spool`` by default)."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    @property
    def rejected_dir(self) -> Path:
        return self.directory / "rejected"

    def _new_name(self, prefix: str) -> str:
        now = time.time_ns()
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(now // 10**9))
        # Names sort in creation order (replay keeps the order articles were spooled in).
        return f"{prefix}-{stamp}.{now % 10**9:09d}-{os.getpid()}-{uuid.uuid4().hex[:8]}.jsonl"

    def append(self, articles: Iterable[Article]) -> int:
        """Spool ``articles`` durably; returns how many were written."""
        batch = list(articles)
        if not batch:
            return 0
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / self._new_name("spool")
        count = _write_atomic(path, (a.model_dump_json() for a in batch))
        logger.warning("Spooled %d articles to %s", count, path)
        return count

    def reject(self, failures: Iterable[tuple[Article | str, str]]) -> int:
        """Keep articles (or raw lines) the backend refused for good, with the reason."""
        rows = []
        for item, error in failures:
            raw = item.model_dump(mode="json") if isinstance(item, Article) else item
            rows.append(json.dumps({"error": error, "article": raw}, ensure_ascii=False))
        if not rows:
            return 0
        self.rejected_dir.mkdir(parents=True, exist_ok=True)
        path = self.rejected_dir / self._new_name("rejected")
        count = _write_atomic(path, rows)
        logger.error("Kept %d rejected articles in %s", count, path)
        return count

    def files(self) -> list[Path]:
        if not self.directory.is_dir():
            return []
        return sorted(self.directory.glob("spool-*.jsonl"))

    def pending(self) -> int:
        return sum(_count_lines(path) for path in self.files())

    def _read(self, path: Path) -> tuple[list[Article], list[tuple[str, str]]]:
        articles: list[Article] = []
        bad: list[tuple[str, str]] = []
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    articles.append(Article.model_validate_json(line))
                except ValidationError as exc:
                    bad.append((line.rstrip("\n"), f"{path.name}:{number}: {exc.errors()[0]['msg']}"))
        return articles, bad

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self.directory.mkdir(parents=True, exist_ok=True)
        with open(self.directory / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def replay(self, write: BatchWriter, batch_size: int = 500) -> ReplayReport:
        """Feed every spooled article to ``write``; files are removed once fully written.

        Stops at the first batch that could not be written completely (the backend is
        still down): what is left stays spooled for the next attempt.
        """
        report = ReplayReport()
        if not self.files():
            return report
        with self._locked():
            for path in self.files():
                report.files += 1
                articles, bad = self._read(path)
                if bad:
                    report.rejected += self.reject(bad)
                    report.errors.extend(error for _line, error in bad)
                left: list[Article] = []
                for start in range(0, len(articles), batch_size):
                    batch = articles[start : start + batch_size]
                    if left:
                        left.extend(batch)
                        continue
                    failed = list(write(batch))
                    report.replayed += len(batch) - len(failed)
                    left.extend(failed)
                if left:
                    _write_atomic(path, (a.model_dump_json() for a in left))
                    report.remaining += len(left)
                    for later in self.files():
                        if later > path:
                            report.remaining += _count_lines(later)
                    logger.warning("Replay stopped: %d articles still spooled", report.remaining)
                    return report
                path.unlink()
                _fsync_dir(self.directory)
        if report.replayed:
            logger.info("Replayed %d spooled articles from %d files", report.replayed, report.files)
        return report
